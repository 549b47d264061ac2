"""Close a workshop with Ctrl+O and open it again with Enter: the window's Ångra and Gör om
still work (their wrappers were invalidated, and opening again crashed)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_in_active_window, settle


def test_ctrl_o_then_enter_opens_the_workshop_again_with_undo_in_the_menu(
    qtbot,  # type: ignore[no-untyped-def]
    window_with_workshop: tuple[MainWindow, WorkshopContents],
) -> None:
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
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
