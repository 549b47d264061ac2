"""Undo commands: each edit is a pair of service calls, so undo and redo commit at once too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

# How many steps the stack keeps: a long day of edits stays undoable without the memory of
# every step since the window opened (some 3 KB each).
UNDO_LIMIT = 1000


class ServiceCommand(QUndoCommand):
    """An edit already carried out once; the stack replays ``do`` and ``undo`` from then on.

    The first redo() that QUndoStack.push() triggers is skipped, because the caller ran the edit
    itself first to learn whether it was valid (E4 in the architecture guide). Each replayed
    call goes to ``run``, which keeps a failure for the step's transaction to act on: an
    exception cannot leave a method that Qt calls."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        run: Callable[[Callable[[], object]], None],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._run = run
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class StoredElsewhereCommand(ServiceCommand):
    """An edit another process stored and takes back or gives again (the phones' server): the
    stack moves over it outside a transaction of the window's, which would hold the file that
    process has to write."""


class TransactionalUndoStack(QUndoStack):
    """A QUndoStack whose undo() and redo() go through ``replay(step, back)``: ``step`` moves
    the stack (running the commands' calls), ``back`` moves it back without running anything,
    for when the step's transaction did not commit. So a step of many rows (a participant's
    answers, a whole input-mode turn) is undone whole or not at all, and stays on the stack to
    be tried again."""

    def __init__(
        self,
        replay: Callable[[Callable[[], None], Callable[[], None]], None],
        parent: QObject | None = None,
        *,
        replay_elsewhere: Callable[[Callable[[], None], Callable[[], None]], None] | None = None,
    ) -> None:
        """``replay_elsewhere`` moves the stack over a StoredElsewhereCommand (default:
        ``replay``)."""
        super().__init__(parent)
        self._replay = replay
        self._replay_elsewhere = replay_elsewhere or replay
        self.setUndoLimit(UNDO_LIMIT)

    def undo(self) -> None:
        if self.canUndo():
            replay = self._replay_for(self.index() - 1)
            replay(lambda: QUndoStack.undo(self), lambda: QUndoStack.redo(self))

    def redo(self) -> None:
        if self.canRedo():
            replay = self._replay_for(self.index())
            replay(lambda: QUndoStack.redo(self), lambda: QUndoStack.undo(self))

    def _replay_for(self, index: int) -> Callable[[Callable[[], None], Callable[[], None]], None]:
        if isinstance(self.command(index), StoredElsewhereCommand):
            return self._replay_elsewhere
        return self._replay
