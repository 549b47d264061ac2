"""A note in the input mode is added from the keyboard with Ctrl+Enter; Enter is a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.notes_turn import NotesTurn
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from tests.ui.keyboard import type_text
from tests.ui.test_input_mode import _window

K = Qt.Key


def test_ctrl_enter_adds_the_note_and_enter_makes_a_new_line(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(
        qtbot, empty_workshop, InputRound(InputActivity.NOTES, WorkshopStep.PREREQUISITES)
    )
    with qtbot.waitActive(window):
        window.activateWindow()
    first = in_turn_order(empty_workshop.contents)[0]
    window.start_turn(first)
    turn = window.turn
    assert isinstance(turn, NotesTurn)
    assert turn.text_edit.hasFocus()
    type_text(turn.text_edit, "Tid i linjen")
    qtbot.keyClick(turn.text_edit, K.Key_Return)
    type_text(turn.text_edit, "för att lära")
    qtbot.keyClick(turn.text_edit, K.Key_Return, Qt.KeyboardModifier.ControlModifier)

    notes = empty_workshop.service.contents(empty_workshop.workshop_id).notes
    assert [n.text for n in notes] == ["Tid i linjen\nför att lära"]
    assert turn.written_label.text() == "Dina lappar: 1"
    assert turn.text_edit.toPlainText() == "" and turn.text_edit.hasFocus()
    assert "Ctrl+Enter" in turn.add_button.text()
