"""The input mode by keyboard: the first Tab shows where it is, Enter picks and hands over."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from tests.ui.keyboard import press
from tests.ui.test_input_mode import _leave_if_open

K = Qt.Key


def _window(qtbot, workshop: OpenWorkshop) -> InputModeWindow:  # type: ignore[no-untyped-def]
    window = InputModeWindow(workshop, InputRound(InputActivity.RATING))
    qtbot.addWidget(window, before_close_func=_leave_if_open)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _focused() -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def _edge_colour(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(QPoint(1, button.height() // 2))


def test_the_first_tab_reaches_the_first_alias_and_enter_picks_it(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop)
    first = in_turn_order(empty_workshop.contents)[0]
    qtbot.keyClick(_focused(), K.Key_Tab)
    assert _focused() is window.alias_buttons[first.id]
    qtbot.keyClick(_focused(), K.Key_Return)
    assert isinstance(window.turn, RatingTurn)
    assert window.turn.participant.id == first.id


def test_after_the_last_answer_enter_hands_over_on_a_button_that_shows_focus(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop)
    qtbot.keyClick(_focused(), K.Key_Tab)
    qtbot.keyClick(_focused(), K.Key_Return)
    turn = window.turn
    assert isinstance(turn, RatingTurn)
    unfocused_edge = _edge_colour(turn.done_button)
    for _ in turn.statements:
        press(turn, K.Key_3)
    assert turn.done_button.isEnabled()
    assert _focused() is turn.done_button
    ring = _edge_colour(turn.done_button)
    assert ring == QColor(palette.SELECTION_RING) != unfocused_edge
    qtbot.keyClick(_focused(), K.Key_Return)
    assert window.turn is None
    assert window.ui.screen_stack.currentWidget() is window.ui.handover_page
    # Enter on "Nästa deltagare" goes back to the aliases, as Space does, without a Tab first.
    assert _focused() is window.ui.next_participant_button
    qtbot.keyClick(_focused(), K.Key_Return)
    assert window.ui.screen_stack.currentWidget() is window.ui.alias_page


def test_enter_in_a_turn_with_answers_missing_does_not_hand_over(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop)
    qtbot.keyClick(_focused(), K.Key_Tab)
    qtbot.keyClick(_focused(), K.Key_Return)
    turn = window.turn
    assert isinstance(turn, RatingTurn)
    press(turn, K.Key_4)
    turn.setFocus()
    qtbot.keyClick(turn, K.Key_Return)
    assert window.turn is turn
