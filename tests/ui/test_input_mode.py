"""Inmatningsläge: participants answer in turn; nothing of one is left for the next to see."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.input_mode.dot_vote_turn import DotVoteTurn
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.input_mode.notes_turn import NotesTurn
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import RoomState
from tests.ui.keyboard import press, type_text

K = Qt.Key
M = Qt.KeyboardModifier
LEFT = Qt.MouseButton.LeftButton
LEAVE = M.ControlModifier | M.AltModifier | M.ShiftModifier


def _window(qtbot, workshop: OpenWorkshop, input_round: InputRound, room=None) -> InputModeWindow:  # type: ignore[no-untyped-def]
    window = InputModeWindow(workshop, input_round, room)
    # Only leave() closes the window; a window left open would keep the app modal for later
    # tests.
    qtbot.addWidget(window, before_close_func=_leave_if_open)
    window.resize(1366, 768)
    window.show()
    return window


def _leave_if_open(window: InputModeWindow) -> None:
    if window.isVisible():
        window.leave()


def _leave_chord(qtbot, window: InputModeWindow) -> None:  # type: ignore[no-untyped-def]
    # Shortcuts work in the active window; activation arrives as an event.
    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(window, K.Key_L, LEAVE)


def _pick(qtbot, window: InputModeWindow, participant_id) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.alias_buttons[participant_id], LEFT)


def _stored_ratings(workshop: OpenWorkshop) -> dict[tuple[object, str], int | None]:
    contents = workshop.service.contents(workshop.workshop_id)
    return {(r.participant_id, r.statement_code): r.value for r in contents.ratings}


def _leftovers(window: QWidget, secrets: tuple[str, ...] = ()) -> list[str]:
    """Every widget of the window that still holds an answer: a chosen toggle, typed text, a
    number in a spin box, or a label that shows one of ``secrets``."""
    found = []
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton) and widget.isChecked():
            found.append(f"{name} is checked")
        if isinstance(widget, QLineEdit) and widget.text():
            found.append(f"{name} holds {widget.text()!r}")
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.toPlainText():
            found.append(f"{name} holds {widget.toPlainText()!r}")
        if isinstance(widget, QAbstractSpinBox) and widget.text() not in ("", "0"):
            found.append(f"{name} shows {widget.text()!r}")
        if isinstance(widget, QLabel) and any(s in widget.text() for s in secrets):
            found.append(f"{name} shows {widget.text()!r}")
        if isinstance(widget, (RatingTurn, NotesTurn, DotVoteTurn)):
            found.append(f"{name}: a turn is still there")
    return found


def _answer_all_by_keys(turn: RatingTurn, keys: list[Qt.Key]) -> None:
    for key in keys:
        press(turn, key)


# --- rating in turn ------------------------------------------------------------------------


def test_the_screen_clears_completely_between_participants(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
    first, second, _third = in_turn_order(empty_workshop.contents)
    statements = empty_workshop.contents.template.statements

    _pick(qtbot, window, first.id)
    turn = window.turn
    assert isinstance(turn, RatingTurn)
    keys = [K.Key_4, K.Key_5, K.Key_0] + [K.Key_2] * (len(statements) - 3)
    _answer_all_by_keys(turn, keys)
    assert turn.answered_label.text() == f"{len(statements)} av {len(statements)} besvarade"
    # The last answer stays shown, chosen, until the participant hands over.
    assert _leftovers(window)
    qtbot.mouseClick(turn.done_button, LEFT)

    assert window.ui.screen_stack.currentWidget() is window.ui.handover_page
    assert window.ui.done_count_label.text() == "1 av 3 klara"
    assert _leftovers(window) == []
    qtbot.mouseClick(window.ui.next_participant_button, LEFT)
    assert not window.alias_buttons[first.id].isEnabled()
    assert "klar" in window.alias_buttons[first.id].text()
    assert _leftovers(window) == []

    _pick(qtbot, window, second.id)
    fresh = window.turn
    assert isinstance(fresh, RatingTurn) and fresh is not turn
    assert fresh.answered_label.text() == f"0 av {len(statements)} besvarade"
    assert fresh.progress_label.text() == f"Påstående 1 av {len(statements)}"
    assert not fresh.done_button.isEnabled()
    # Only the statement being shown is "chosen" in the row of statement numbers.
    assert [b.text() for b in fresh.jump_group.buttons() if b.isChecked()] == ["1"]
    assert all("✓" not in b.text() for b in fresh.jump_group.buttons())
    assert not any(b.isChecked() for b in fresh.answer_group.buttons())


def test_a_turn_starts_empty_even_for_an_alias_with_stored_answers(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    """Anyone can tap any alias that is not done, so half-given answers are not shown."""
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
    first = in_turn_order(empty_workshop.contents)[0]
    _pick(qtbot, window, first.id)
    _answer_all_by_keys(window.turn, [K.Key_5, K.Key_1])
    _leave_chord(qtbot, window)
    assert not window.isVisible()

    again = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
    assert again.alias_buttons[first.id].isEnabled()
    _pick(qtbot, again, first.id)
    assert not any(b.isChecked() for b in again.turn.answer_group.buttons())
    assert again.turn.answered_label.text().startswith("0 av")


def test_nothing_of_the_previous_participant_can_be_reached(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
    first = in_turn_order(empty_workshop.contents)[0]
    count = len(empty_workshop.contents.template.statements)
    _pick(qtbot, window, first.id)
    _answer_all_by_keys(window.turn, [K.Key_3] * count)
    qtbot.mouseClick(window.turn.done_button, LEFT)
    stored = _stored_ratings(empty_workshop)
    assert len(stored) == count

    for key, modifiers in (
        (K.Key_Z, M.ControlModifier),  # undo
        (K.Key_Z, M.ControlModifier | M.ShiftModifier),
        (K.Key_Left, M.AltModifier),  # back
        (K.Key_Backspace, M.NoModifier),
        (K.Key_Escape, M.NoModifier),
        (K.Key_PageUp, M.ControlModifier),  # previous step in the facilitator's window
        (K.Key_F4, M.AltModifier),
    ):
        qtbot.keyClick(window, key, modifiers)
    window.close()

    assert window.isVisible()
    assert window.ui.screen_stack.currentWidget() is window.ui.handover_page
    assert window.turn is None
    assert _stored_ratings(empty_workshop) == stored
    # The handover screen offers one way on: the next participant's choice of alias.
    buttons = [b for b in window.ui.handover_page.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons == [window.ui.next_participant_button]
    # The rest of the app takes no input meanwhile.
    assert window.windowModality() is Qt.WindowModality.ApplicationModal


def test_the_count_shows_on_the_screen_and_in_the_room(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    room = RoomState(empty_workshop)
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING), room)
    assert room.collecting == (0, 3)
    assert window.ui.alias_count_label.text() == "0 av 3 klara"
    first = in_turn_order(empty_workshop.contents)[0]
    _pick(qtbot, window, first.id)
    _answer_all_by_keys(window.turn, [K.Key_4] * len(empty_workshop.contents.template.statements))
    assert room.collecting == (1, 3)
    qtbot.mouseClick(window.turn.done_button, LEFT)
    assert window.ui.done_count_label.text() == "1 av 3 klara"

    qtbot.mouseClick(window.ui.next_participant_button, LEFT)
    qtbot.mouseClick(window.ui.new_participant_button, LEFT)
    assert len(empty_workshop.contents.participants) == 4
    assert room.collecting == (1, 4)
    assert isinstance(window.turn, RatingTurn)
    assert window.turn.participant.alias == "Deltagare 4"

    _leave_chord(qtbot, window)
    assert room.collecting is None


# --- leaving -------------------------------------------------------------------------------


def test_leaving_needs_the_key_chord(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
    left = []
    window.left.connect(lambda: left.append(True))
    window.close()
    qtbot.keyClick(window, K.Key_Escape)
    qtbot.keyClick(window, K.Key_L, M.ControlModifier | M.AltModifier)
    assert window.isVisible() and not left

    _leave_chord(qtbot, window)
    assert not window.isVisible()
    assert left == [True]


def test_leaving_with_a_pin_needs_the_right_pin(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING, pin="2468"))
    _leave_chord(qtbot, window)
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.textEchoMode().name == "Password"
    dialog.setTextValue("1357")
    dialog.accept()
    assert window.isVisible()
    assert window.unlock_dialog is not None
    assert window.unlock_dialog.labelText().startswith("Fel PIN-kod")

    window.unlock_dialog.reject()
    assert window.isVisible() and window.unlock_dialog is None

    _leave_chord(qtbot, window)
    window.unlock_dialog.setTextValue("2468")
    window.unlock_dialog.accept()
    assert not window.isVisible()


# --- notes ---------------------------------------------------------------------------------


def test_notes_are_stored_anonymously_and_gone_before_the_next_participant(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(
        qtbot, empty_workshop, InputRound(InputActivity.NOTES, WorkshopStep.DEPENDENCIES)
    )
    first, second, _third = in_turn_order(empty_workshop.contents)
    _pick(qtbot, window, first.id)
    turn = window.turn
    assert isinstance(turn, NotesTurn)
    qtbot.mouseClick(turn.type_group.button(1), LEFT)  # Personberoende
    type_text(turn.text_edit, "Bara en strateg kan bedömningsmallen")
    qtbot.mouseClick(turn.add_button, LEFT)
    type_text(turn.text_edit, "Beslut i nämnden dröjer")  # handed over without pressing add
    assert turn.written_label.text() == "Dina lappar: 1"
    qtbot.mouseClick(turn.done_button, LEFT)

    notes = empty_workshop.service.contents(empty_workshop.workshop_id).notes
    assert sorted((n.text, n.cluster, n.author_id, n.step) for n in notes) == [
        ("Bara en strateg kan bedömningsmallen", "Personberoende", None, WorkshopStep.DEPENDENCIES),
        ("Beslut i nämnden dröjer", "Personberoende", None, WorkshopStep.DEPENDENCIES),
    ]
    secrets = ("strateg", "nämnden")
    assert _leftovers(window, secrets) == []
    assert window.ui.done_count_label.text() == "1 av 3 klara"

    qtbot.mouseClick(window.ui.next_participant_button, LEFT)
    _pick(qtbot, window, second.id)
    assert window.turn.written_label.text() == "Dina lappar: 0"
    assert window.turn.text_edit.toPlainText() == ""
    assert _leftovers(window.turn, secrets) == []


def test_with_names_on_a_note_carries_its_author(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    first = in_turn_order(empty_workshop.contents)[0]
    empty_workshop.save_part(dataclasses.replace(first, name="Åsa Öberg"), "Namn")
    empty_workshop.update_workshop(
        dataclasses.replace(empty_workshop.contents.workshop, show_names=True), "Visa namn"
    )
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.NOTES, WorkshopStep.ACTIONS))
    assert window.alias_buttons[first.id].text() == "Åsa Öberg"
    _pick(qtbot, window, first.id)
    type_text(window.turn.text_edit, "Ta fram en checklista för handläggarna")
    qtbot.mouseClick(window.turn.done_button, LEFT)
    (note,) = empty_workshop.service.contents(empty_workshop.workshop_id).notes
    assert (note.author_id, note.cluster, note.step) == (first.id, "Annat", WorkshopStep.ACTIONS)


def test_a_participant_can_take_back_a_note_of_their_own_turn(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(
        qtbot, empty_workshop, InputRound(InputActivity.NOTES, WorkshopStep.PREREQUISITES)
    )
    _pick(qtbot, window, in_turn_order(empty_workshop.contents)[0].id)
    turn = window.turn
    type_text(turn.text_edit, "Ledningen följer upp varje kvartal")
    qtbot.mouseClick(turn.add_button, LEFT)
    assert len(empty_workshop.contents.notes) == 1
    remove = next(
        b for b in turn.written_holder.findChildren(QAbstractButton) if b.text() == "Ta bort"
    )
    qtbot.mouseClick(remove, LEFT)
    assert empty_workshop.service.contents(empty_workshop.workshop_id).notes == ()
    assert turn.written_label.text() == "Dina lappar: 0"


# --- dot votes -----------------------------------------------------------------------------


@pytest.fixture
def voting_workshop(empty_workshop: OpenWorkshop) -> OpenWorkshop:
    for number, title in enumerate(
        ("Nämndbeslut saknas", "En nyckelperson", "Projektmedel tar slut")
    ):
        empty_workshop.save_part(
            Dependency(
                category=DependencyCategory.DECISION, title=title, impact=4, position=number
            ),
            "Lägg till beroende",
        )
    return empty_workshop


def test_the_dot_budget_is_enforced_in_the_screen(
    qtbot,
    voting_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(
        qtbot,
        voting_workshop,
        InputRound(InputActivity.DOT_VOTES, WorkshopStep.DEPENDENCIES, budget=3),
    )
    first, second, _third = in_turn_order(voting_workshop.contents)
    _pick(qtbot, window, first.id)
    turn = window.turn
    assert isinstance(turn, DotVoteTurn)
    a, b, c = (t.id for t in turn.targets)
    assert turn.remaining_label.text() == "3 prickar kvar"
    qtbot.mouseClick(turn._plus[a], LEFT)
    qtbot.mouseClick(turn._plus[a], LEFT)
    assert turn.remaining_label.text() == "1 prick kvar"
    qtbot.mouseClick(turn._plus[b], LEFT)
    assert turn.remaining_label.text() == "Inga prickar kvar"
    assert not turn._plus[c].isEnabled()
    qtbot.mouseClick(turn._plus[c], LEFT)  # a fourth dot: refused
    assert turn.add_dot(c) is False
    assert turn.dots == {a: 2, b: 1, c: 0}
    qtbot.mouseClick(turn._minus[a], LEFT)
    qtbot.mouseClick(turn._plus[c], LEFT)
    qtbot.mouseClick(turn.done_button, LEFT)

    votes = {
        d.id: d.votes
        for d in voting_workshop.service.contents(voting_workshop.workshop_id).dependencies
    }
    assert votes == {a: 1, b: 1, c: 1}
    assert _leftovers(window, ("●",)) == []
    qtbot.mouseClick(window.ui.next_participant_button, LEFT)
    assert not window.alias_buttons[first.id].isEnabled()
    _pick(qtbot, window, second.id)
    assert window.turn.dots == {a: 0, b: 0, c: 0}
    assert window.turn.remaining_label.text() == "3 prickar kvar"


def test_the_service_refuses_dots_over_the_budget_too(
    voting_workshop: OpenWorkshop,
) -> None:
    service: WorkshopService = voting_workshop.service
    target = voting_workshop.contents.dependencies[0].id
    with pytest.raises(ValidationError) as refused:
        service.add_votes(voting_workshop.workshop_id, {target: 4}, budget=3)
    assert error_message(refused.value) == "Du har 3 prickar att fördela och har lagt 4."
    assert all(d.votes == 0 for d in service.contents(voting_workshop.workshop_id).dependencies)


# --- a whole round -------------------------------------------------------------------------


def test_six_participants_rate_in_turn_and_what_is_stored_matches(
    qtbot,
    service: WorkshopService,  # type: ignore[no-untyped-def]
) -> None:
    from hallbar_desktop.domain.workshop import Workshop

    contents = service.create_workshop(Workshop(title="Sex deltagare"), participant_count=6)
    workshop = OpenWorkshop(service, contents.workshop.id)
    room = RoomState(workshop)
    window = _window(qtbot, workshop, InputRound(InputActivity.RATING), room)
    statements = contents.template.statements
    digit = {1: K.Key_1, 2: K.Key_2, 3: K.Key_3, 4: K.Key_4, 5: K.Key_5, None: K.Key_V}
    expected: dict[tuple[object, str], int | None] = {}
    for number, participant in enumerate(in_turn_order(contents)):
        if number:
            qtbot.mouseClick(window.ui.next_participant_button, LEFT)
        assert window.ui.screen_stack.currentWidget() is window.ui.alias_page
        _pick(qtbot, window, participant.id)
        turn = window.turn
        assert turn.answered_label.text() == f"0 av {len(statements)} besvarade"
        answers = [
            None if (number + i) % 7 == 0 else 1 + (number * 2 + i) % 5
            for i in range(len(statements))
        ]
        for i, (statement, value) in enumerate(zip(statements, answers, strict=True)):
            if i % 2:  # every other answer by tapping its button, the rest by key
                button = turn.answer_group.button(0 if value is None else value)
                qtbot.mouseClick(button, LEFT)
            else:
                press(turn, digit[value])
            expected[(participant.id, statement.code)] = value
        qtbot.mouseClick(turn.done_button, LEFT)
        assert window.ui.done_count_label.text() == f"{number + 1} av 6 klara"
        assert room.collecting == (number + 1, 6)
        assert _leftovers(window) == []
    assert window.ui.handover_label.text().startswith("Alla är klara")
    assert _stored_ratings(workshop) == expected


def test_a_participant_can_go_back_within_their_own_turn(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING))
    first = in_turn_order(empty_workshop.contents)[0]
    code = empty_workshop.contents.template.statements[0].code
    _pick(qtbot, window, first.id)
    turn = window.turn
    press(turn, K.Key_2)
    assert turn.progress_label.text().startswith("Påstående 2 av")
    qtbot.mouseClick(turn.previous_button, LEFT)
    assert turn.answer_group.button(2).isChecked()
    assert turn.answer_group.button(2).value_label.text() == "✓ 2"
    qtbot.mouseClick(turn.answer_group.button(5), LEFT)
    assert _stored_ratings(empty_workshop) == {(first.id, code): 5}
    # The facilitator can undo the turn afterwards, as one step like every other edit.
    window.leave()
    empty_workshop.undo_stack.undo()
    assert _stored_ratings(empty_workshop) == {}


def test_f6_in_the_workshop_window_hands_the_screen_over_and_back(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    from hallbar_desktop.ui.workshop_view import WorkshopView

    view = WorkshopView(empty_workshop, ui_settings)
    qtbot.addWidget(view)
    view.show()
    view.go_to(WorkshopStep.DEPENDENCIES)
    view.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(view, K.Key_F6)
    dialog = view.input_mode.dialog
    assert dialog is not None and dialog.isVisible()
    # The step the facilitator is on decides what is suggested: its brainstorm.
    assert dialog.chosen() == (InputActivity.NOTES, WorkshopStep.DEPENDENCIES)
    assert "Ctrl+Alt+Shift+L" in dialog.ui.chord_label.text().replace("Skift", "Shift")
    qtbot.mouseClick(dialog.start_button, LEFT)

    window = view.input_mode.window
    assert window is not None and window.isVisible() and window.isFullScreen()
    assert not view.isVisible()  # the facilitator's window shows what is typed in
    assert view.room.collecting == (0, 3)
    _leave_chord(qtbot, window)
    assert view.isVisible()
    assert view.input_mode.window is None
    assert view.room.collecting is None


# --- the facilitator's start dialog --------------------------------------------------------


def _dialog(qtbot, workshop: OpenWorkshop, step: WorkshopStep, earlier=None):  # type: ignore[no-untyped-def]
    from hallbar_desktop.ui.dialogs.input_mode_dialog import InputModeDialog

    dialog = InputModeDialog(workshop.contents, step, earlier or {})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog, activity: InputActivity, step: WorkshopStep) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.ui.activity_combo
    combo.setCurrentIndex(
        next(i for i in range(combo.count()) if combo.itemData(i) == (activity, step))
    )


def test_dot_voting_needs_something_to_vote_on(qtbot, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, empty_workshop, WorkshopStep.RATING)
    assert dialog.chosen() == (InputActivity.RATING, WorkshopStep.RATING)
    assert not dialog.ui.budget_spin.isEnabled()
    _choose(dialog, InputActivity.DOT_VOTES, WorkshopStep.DEPENDENCIES)
    assert dialog.ui.budget_spin.isEnabled() and dialog.ui.budget_spin.value() == 3
    assert not dialog.start_button.isEnabled()
    assert dialog.ui.problem_label.text().startswith("Det finns inga beroenden att rösta på")


def test_the_dialog_makes_the_round_with_budget_pin_and_earlier_turns(
    qtbot,
    voting_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    first = in_turn_order(voting_workshop.contents)[0]
    earlier = {(InputActivity.DOT_VOTES, WorkshopStep.DEPENDENCIES): {first.id}}
    dialog = _dialog(qtbot, voting_workshop, WorkshopStep.DEPENDENCIES, earlier)
    assert dialog.chosen() == (InputActivity.NOTES, WorkshopStep.DEPENDENCIES)
    assert dialog.ui.continue_check.isHidden()
    _choose(dialog, InputActivity.DOT_VOTES, WorkshopStep.DEPENDENCIES)
    assert not dialog.ui.continue_check.isHidden() and dialog.ui.continue_check.isChecked()
    assert "1 av 3 har redan tagit sin tur" in dialog.ui.continue_check.text()
    dialog.ui.budget_spin.setValue(5)
    dialog.ui.pin_edit.setText("1234")
    dialog.ui.pin_again_edit.setText("1234")
    qtbot.mouseClick(dialog.start_button, LEFT)

    made = dialog.input_round
    assert made is not None
    assert (made.activity, made.step, made.budget, made.pin) == (
        InputActivity.DOT_VOTES,
        WorkshopStep.DEPENDENCIES,
        5,
        "1234",
    )
    # The round goes on where it was: the one who voted cannot vote again.
    assert made.taken == {first.id}
    window = _window(qtbot, voting_workshop, made)
    assert not window.alias_buttons[first.id].isEnabled()
    assert window.ui.alias_count_label.text() == "1 av 3 klara"


ON_TWO_SCREENS = """
import json, sys
from pathlib import Path
from uuid import UUID
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from hallbar_desktop.app import open_services
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings

app = QApplication([])
def settle():
    for _ in range(3):
        app.processEvents()
seen = {}
with open_services(Path(sys.argv[1]), create_if_missing=False) as services:
    settings = UiSettings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
    window = MainWindow(services.workshops, services.exports, settings, "test")
    window.setGeometry(0, 0, 1366, 740)
    window.show()
    window.open_workshop(UUID(sys.argv[2]))
    window.activateWindow()
    settle()
    view = window.workshop_view
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_F6)
    settle()
    QTest.mouseClick(view.input_mode.dialog.start_button, Qt.MouseButton.LeftButton)
    settle()
    turns = view.input_mode.window
    seen["input_on"] = turns.screen().name()
    seen["input_geometry"] = list(turns.geometry().getRect())
    seen["projector_on"] = view.participant_view.full_screen_on.name()
    seen["facilitator_hidden"] = not window.isVisible()
    turns.activateWindow()
    settle()
    QTest.keyClick(turns, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    seen["facilitator_back"] = window.isVisible()
    window.show_library()
    window.close()
print(json.dumps(seen))
"""


def test_the_input_mode_stays_on_the_facilitators_screen_with_a_projector(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Answers are typed on the laptop, never on the projector the room looks at."""
    from hallbar_desktop.app import open_services
    from hallbar_desktop.domain.workshop import Workshop
    from tests.ui.two_screens import run_on_two_screens

    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        contents = services.workshops.create_workshop(Workshop(title="Två skärmar"), 4)
    seen = run_on_two_screens(
        ON_TWO_SCREENS,
        str(db),
        str(contents.workshop.id),
        str(tmp_path / "ui.ini"),
        folder=tmp_path,
        timeout=120,
    )
    assert seen == {
        "input_on": "Laptop",
        "input_geometry": [0, 0, 1600, 900],
        "projector_on": "Projektor",
        "facilitator_hidden": True,
        "facilitator_back": True,
    }


def test_each_turn_is_one_undo_step_and_an_empty_turn_none(
    qtbot, empty_workshop: OpenWorkshop
) -> None:  # type: ignore[no-untyped-def]
    workshop = empty_workshop
    window = _window(qtbot, workshop, InputRound(InputActivity.RATING))
    first, second = in_turn_order(workshop.contents)[:2]
    statements = workshop.contents.template.statements
    _pick(qtbot, window, first.id)
    _answer_all_by_keys(window.turn, [K.Key_4] * len(statements))
    qtbot.mouseClick(window.turn.done_button, LEFT)
    assert workshop.undo_stack.count() == 1
    assert workshop.undo_stack.undoText() == f"Inmatning: {first.alias}"
    qtbot.mouseClick(window.ui.next_participant_button, LEFT)
    _pick(qtbot, window, second.id)
    window.leave()  # the facilitator ends the round before the second one answered
    assert workshop.undo_stack.count() == 1  # nothing entered, no step to undo
    assert len(_stored_ratings(workshop)) == len(statements)
    workshop.undo_stack.undo()
    assert _stored_ratings(workshop) == {}
    workshop.undo_stack.redo()
    assert set(_stored_ratings(workshop).values()) == {4}
