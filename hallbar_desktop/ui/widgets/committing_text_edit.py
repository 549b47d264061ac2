"""Text fields that store their text on their own: on leaving the field and after a typing pause."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

IDLE_MS = 1500


def leaves_undo_to_the_workshop(event: QEvent, commit: Callable[[], None]) -> bool:
    """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) in a field undo and redo the workshop's edits, which
    is where a facilitator is after Tab: the field does not keep the keys for its own undo.
    Before an undo, what is being typed is stored (``commit``), so that Ctrl+Z takes back
    just that, and redo brings it back."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    undo = event.matches(QKeySequence.StandardKey.Undo)
    if not (
        undo
        or event.matches(QKeySequence.StandardKey.Redo)
        or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")
    ):
        return False
    if undo:
        commit()  # a step on the workshop's stack, which the window's Ctrl+Z then undoes
    event.ignore()  # not taken by the field: the window's shortcut gets the key
    return True


class CommittingTextEdit(QPlainTextEdit):
    """Emits ``committed`` with the text when the user leaves the field or stops typing.

    Nothing is emitted for text set by the program, so a refresh never writes back."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        self.setTabChangesFocus(True)

    def show_stored(self, text: str) -> None:
        """Show what is stored, unless the user is in the middle of changing it (typed text
        that is not stored yet). An undo while the field has focus is shown too."""
        typing = self.toPlainText() != self._stored and self.hasFocus()
        self._stored = text
        if self.toPlainText() != text and not typing:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def commit(self) -> None:
        # The text counts as stored only when show_stored() says so, after the save went
        # through; a refused text is offered again next time instead of looking saved.
        self._idle.stop()
        text = self.toPlainText()
        if text != self._stored:
            self.committed.emit(text)

    def _typed(self) -> None:
        self._idle.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_the_workshop(event, self.commit):
            return True
        return super().event(event)


class CommittingLineEdit(QLineEdit):
    """A one-line field with the same behaviour as CommittingTextEdit."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self.editingFinished.connect(self.commit)

    def show_stored(self, text: str) -> None:
        typing = self.text() != self._stored and self.hasFocus()
        self._stored = text
        if self.text() != text and not typing:
            self.setText(text)
            self.setCursorPosition(0)  # show the start of a long text, not its end

    def commit(self) -> None:
        text = self.text()
        if text != self._stored:
            self.committed.emit(text)

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_the_workshop(event, self.commit):
            return True
        return super().event(event)
