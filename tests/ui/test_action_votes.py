"""Prickar on Åtgärder: totals the facilitator enters, and dots the participants add in turn."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.actions_page import ActionsPage
from tests.ui.conftest import TODAY

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, workshop: OpenWorkshop) -> ActionsPage:  # type: ignore[no-untyped-def]
    page = ActionsPage(workshop, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.ui.action_table.selectRow(0)
    return page


def _votes(workshop: OpenWorkshop, action_id) -> int:  # type: ignore[no-untyped-def]
    contents = workshop.service.contents(workshop.workshop_id)
    return next(a.votes for a in contents.actions if a.id == action_id)


def test_the_facilitator_enters_dot_totals_for_an_action(
    qtbot, demo_workshop: OpenWorkshop
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    action = page.selected_action()
    assert action is not None and action.votes == 0
    ui = page.ui
    assert ui.votes_label.buddy() is ui.votes_spin
    assert not ui.remove_vote_button.isEnabled()

    qtbot.mouseClick(ui.add_vote_button, LEFT)
    qtbot.mouseClick(ui.add_vote_button, LEFT)
    assert _votes(demo_workshop, action.id) == 2
    assert ui.votes_spin.value() == 2
    ui.votes_spin.setFocus()
    ui.votes_spin.selectAll()
    qtbot.keyClicks(ui.votes_spin, "7")  # a digit: keyClicks is safe for it
    qtbot.keyClick(ui.votes_spin, Qt.Key.Key_Return)
    assert _votes(demo_workshop, action.id) == 7
    qtbot.mouseClick(ui.remove_vote_button, LEFT)
    assert _votes(demo_workshop, action.id) == 6

    demo_workshop.undo_stack.undo()
    assert _votes(demo_workshop, action.id) == 7
    assert ui.votes_spin.value() == 7


def test_dots_given_in_turn_add_to_the_actions_totals(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    window = InputModeWindow(
        demo_workshop, InputRound(InputActivity.DOT_VOTES, WorkshopStep.ACTIONS)
    )
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.show()
    page = _page(qtbot, demo_workshop)
    first = page.selected_action()
    assert first is not None

    participant = in_turn_order(demo_workshop.contents)[0]
    qtbot.mouseClick(window.alias_buttons[participant.id], LEFT)
    turn = window.turn
    for _ in range(3):
        qtbot.mouseClick(turn._plus[first.id], LEFT)
    qtbot.mouseClick(turn.done_button, LEFT)
    window.leave()

    assert _votes(demo_workshop, first.id) == 3
    page.refresh()
    assert page.ui.votes_spin.value() == 3
