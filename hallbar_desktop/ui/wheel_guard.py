"""The mouse wheel scrolls the page; it changes a combo box, spin box or date only with focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

if TYPE_CHECKING:
    from hallbar_desktop.ui.keyboard_focus import FocusRingStyle

# Every edit is saved at once: a value changed by a wheel passing over a form would be stored
# without the facilitator noticing (it happened to Sannolikhet in the dependency form).
_GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox covers spin boxes and dates


class WheelGuard(QObject):
    """Made once for the application, and given each combo box and spin box as the style
    polishes it (``guard``). A guarded field without focus passes the wheel to the scroll area
    around it; a wheel never gives it focus (StrongFocus instead of WheelFocus). A filter on
    the guarded fields only: one on the application passed every event of every widget
    through Python, a step change some 900, for the few wheel turns among them."""

    def guard(self, widget: QWidget) -> None:
        if not isinstance(widget, _GUARDED):
            return
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)  # once: installing it again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, _GUARDED):
            return False
        if watched.hasFocus():
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


def install_wheel_guard(app: QApplication, style: FocusRingStyle) -> WheelGuard:
    """The application's wheel guard, given every combo box and spin box ``style`` polishes."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        style.widget_hooks.append(guard.guard)
    return guard
