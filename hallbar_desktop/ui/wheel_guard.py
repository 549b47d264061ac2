"""The mouse wheel scrolls the page; it changes a combo box, spin box or date only with focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

# Every edit is saved at once: a value changed by a wheel passing over a form would be stored
# without the facilitator noticing (it happened to Sannolikhet in the dependency form).
_GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers spin boxes and dates


class WheelGuard(QObject):
    """Installed on the application once. A guarded field without focus passes the wheel to the
    scroll area around it; a wheel never gives it focus (StrongFocus instead of WheelFocus)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, _GUARDED):
            return False
        if event.type() == QEvent.Type.Polish:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        area = _scroll_area_around(watched)
        if area is not None:
            viewport = area.viewport()
            QApplication.sendEvent(
                viewport,
                QWheelEvent(
                    viewport.mapFromGlobal(event.globalPosition()),
                    event.globalPosition(),
                    event.pixelDelta(),
                    event.angleDelta(),
                    event.buttons(),
                    event.modifiers(),
                    event.phase(),
                    event.inverted(),
                ),
            )
        return True  # the field itself never sees it


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install_wheel_guard(app: QApplication) -> WheelGuard:
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
