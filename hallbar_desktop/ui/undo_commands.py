"""Undo commands: each edit is a pair of service calls, so undo and redo commit at once too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from hallbar_desktop.domain.errors import HallbarError


class ServiceCommand(QUndoCommand):
    """An edit already carried out once; the stack replays ``do`` and ``undo`` from then on.

    The first redo() that QUndoStack.push() triggers is skipped, because the caller ran the edit
    itself first to learn whether it was valid (E4 in the architecture guide)."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[], None],
        on_error: Callable[[HallbarError], None],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], object]) -> None:
        try:
            call()
        except HallbarError as error:
            # The data moved on (the workshop was deleted, say): this step cannot be replayed.
            self.setObsolete(True)
            self._on_error(error)
        self._after()
