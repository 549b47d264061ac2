"""Inmatningsläge on a laptop screen: the statement numbers keep their text when answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from tests.ui.keyboard import press


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800), (1024, 768)])
def test_answered_statement_numbers_are_not_squeezed(
    qtbot, empty_workshop: OpenWorkshop, size
) -> None:  # type: ignore[no-untyped-def]
    window = InputModeWindow(empty_workshop, InputRound(InputActivity.RATING))
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.resize(*size)
    window.show()
    qtbot.mouseClick(window.ui.new_participant_button, Qt.MouseButton.LeftButton)
    turn = window.turn
    assert isinstance(turn, RatingTurn)
    for _ in range(len(turn.statements) - 1):  # every number but the last gets its ✓
        press(turn, Qt.Key.Key_3)
    QApplication.processEvents()
    jumps = turn.jump_group.buttons()
    assert sum("✓" in b.text() for b in jumps) == len(jumps) - 1
    squeezed = [
        (b.text(), b.width(), b.sizeHint().width())
        for b in jumps
        if b.width() < b.sizeHint().width()
    ]
    assert squeezed == []
    assert all(b.geometry().right() <= turn.width() for b in jumps)
