"""The window's menu keys work from a field too: on X11 a field takes Ctrl+E as "end of line",
and Ctrl+E did not export while the cursor was in a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.ui.dialogs.export_dialog import ExportDialog
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_in_active_window, settle
from tests.ui.keyboard import type_text


class EmacsKeysLineEdit(QLineEdit):
    """A field with X11's key bindings, where Ctrl+E moves to the end of the line (offscreen
    has Windows' bindings, without it)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E")
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E"):
            self.end(False)
            return
        super().keyPressEvent(event)


def test_ctrl_e_exports_from_a_field_that_would_take_it_and_ctrl_a_stays_the_fields(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "open", lambda dialog: opened.append(dialog))
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    settle()
    view = window.workshop_view
    assert view is not None
    field = EmacsKeysLineEdit(view.current_page())
    field.show()
    field.setFocus()
    type_text(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "abc"  # the field's own editing keys stay its own
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
