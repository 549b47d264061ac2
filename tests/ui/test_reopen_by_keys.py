"""Close a workshop with Ctrl+O and open it again with Enter: the window's Ångra and Gör om
still work (their wrappers were invalidated, and opening again crashed)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import settle


def test_ctrl_o_then_enter_opens_the_workshop_again_with_undo_in_the_menu(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    configure_application(QApplication.instance())  # type: ignore[arg-type]
    window, contents = window_with_workshop
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.open_workshop(contents.workshop.id)
    settle()
    assert window.workshop_view is not None
    steps = window.workshop_view.ui.step_list
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    settle()
    table = window.library.ui.workshop_table
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    assert window.workshop_view is not None and window.workshop is not None
    assert shiboken6.isValid(window.undo_action) and shiboken6.isValid(window.redo_action)
    assert window.undo_action in window.ui.edit_menu.actions()
