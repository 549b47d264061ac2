"""Ctrl+Z and Ctrl+Shift+Z in a text field undo and redo the workshop's edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text


def _window_on_preparation(qtbot, service, exports, ui_settings, db_path):  # type: ignore[no-untyped-def]
    contents = service.create_workshop(Workshop(title="Före"), participant_count=2)
    window = MainWindow(service, exports, ui_settings, str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(contents.workshop.id)
    assert window.workshop_view is not None
    window.workshop_view.go_to(WorkshopStep.PREPARATION)
    return window, contents.workshop.id


def test_ctrl_z_in_a_field_after_tab_undoes_the_workshops_last_edit(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, workshop_id = _window_on_preparation(qtbot, service, exports, ui_settings, db_path)
    title = _focused_title(qtbot, window)
    title.selectAll()
    type_text(title, "Efter")
    QTest.keyClick(title, Qt.Key.Key_Tab)  # stored on leaving; the cursor is in the next field
    qtbot.waitUntil(lambda: service.contents(workshop_id).workshop.title == "Efter")
    focused = window.focusWidget()
    assert focused is not title

    QTest.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.contents(workshop_id).workshop.title == "Före"
    assert title.text() == "Före"

    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(focused, Qt.Key.Key_Z, modifiers)
    assert service.contents(workshop_id).workshop.title == "Efter"


def test_ctrl_z_while_typing_takes_back_what_is_being_typed_as_one_step(
    qtbot, service: WorkshopService, exports, ui_settings, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, workshop_id = _window_on_preparation(qtbot, service, exports, ui_settings, db_path)
    title = _focused_title(qtbot, window)
    title.end(False)
    type_text(title, " och efter")
    QTest.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.contents(workshop_id).workshop.title == "Före"
    assert title.text() == "Före"
    # The typing was stored and taken back: redo brings it back whole.
    QTest.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert service.contents(workshop_id).workshop.title == "Före och efter"


def _focused_title(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """The preparation page's title field, with the keyboard focus in it."""
    title = window.workshop_view.current_page().ui.title_edit  # type: ignore[union-attr]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    return title
