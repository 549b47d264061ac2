"""Text fields that store their text on their own: on leaving the field and after a typing pause."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

IDLE_MS = 1500


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
