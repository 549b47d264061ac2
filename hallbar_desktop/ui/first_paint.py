"""Work that waits until a window has been painted once, so that the first frame is not late."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is not painted soon (started minimised, say) does not hold the work back
# longer than this.
AT_MOST_MS = 500


class _FirstPaint(QObject):
    """Watches one widget until its first paint, then calls ``then`` once from the event loop."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(AT_MOST_MS, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After the paint is done and on its way to the screen, not inside it.
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            self.deleteLater()
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``widget`` (shown or about to be) has painted for the first time, or
    after AT_MOST_MS if it has not."""
    _FirstPaint(widget, then)
