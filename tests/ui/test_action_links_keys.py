"""Åtgärder: ticking linked dependencies by keyboard keeps the keys on the line ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.actions_page import DEPENDENCY_ROLE, ActionsPage
from tests.conftest import TODAY


def test_space_and_down_tick_one_line_after_another(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = ActionsPage(demo_workshop, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.ui.action_table.selectRow(0)
    action = page.selected_action()
    assert action is not None
    listing = page.ui.dependencies_list
    assert listing.count() >= 3
    listing.setFocus(Qt.FocusReason.TabFocusReason)
    listing.setCurrentRow(0)
    ids = [listing.item(row).data(DEPENDENCY_ROLE) for row in range(3)]

    qtbot.keyClick(listing, Qt.Key.Key_Space)  # stored, and the list made anew
    assert listing.currentRow() == 0
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert listing.currentRow() == 1

    stored = next(a for a in demo_workshop.contents.actions if a.id == action.id)
    assert stored.dependency_ids == action.dependency_ids ^ {ids[0], ids[1]}
