"""Inmatningsläge on a laptop screen: numbers and names keep their text, no sideways scroll,
also at a larger text size."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound
from hallbar_desktop.ui.input_mode.notes_turn import NotesTurn
from hallbar_desktop.ui.input_mode.rating_turn import RatingTurn
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.theme import apply_text_size
from hallbar_desktop.ui.ui_settings import TEXT_SIZES
from tests.ui.conftest import settle
from tests.ui.keyboard import press
from tests.ui.test_labels_fit import cut_widgets


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


LONG_NAMES = (
    "Anna-Karin Johansson Lindqvist",
    "Mohammed Al-Rashidi Svensson",
    "Eva Öberg",
    "Per-Olof Åkerström Wallin",
)


def _alias_window(qtbot, workshop: OpenWorkshop) -> InputModeWindow:  # type: ignore[no-untyped-def]
    window = InputModeWindow(workshop, InputRound(InputActivity.RATING))
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    return window


def _columns(window: InputModeWindow) -> int:
    tops = [b.geometry().top() for b in window.alias_buttons.values()]
    return tops.count(tops[0])


def test_long_names_take_fewer_columns_instead_of_a_sideways_scroll(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    workshop = empty_workshop
    for _ in range(5):
        workshop.add_participant("Deltagare")
    assert _columns(_alias_window(qtbot, workshop)) == 4  # short aliases: four across

    for participant, name in zip(workshop.contents.participants, LONG_NAMES * 2, strict=True):
        workshop.save_part(dataclasses.replace(participant, name=name), "Namn")
    named = dataclasses.replace(workshop.contents.workshop, show_names=True)
    workshop.update_workshop(named, "Visa namn")
    window = _alias_window(qtbot, workshop)
    viewport = window.ui.alias_scroll.viewport()
    assert not window.ui.alias_scroll.horizontalScrollBar().isVisible()
    for button in window.alias_buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert right < viewport.width(), button.text()
    assert 1 <= _columns(window) < 4


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
@pytest.mark.parametrize(
    "step", [WorkshopStep.DEPENDENCIES, WorkshopStep.PREREQUISITES, WorkshopStep.ACTIONS]
)
def test_note_types_keep_their_text_and_leave_room_for_the_own_notes(
    qtbot,
    empty_workshop: OpenWorkshop,
    size,
    step,  # type: ignore[no-untyped-def]
) -> None:
    window = InputModeWindow(empty_workshop, InputRound(InputActivity.NOTES, step))
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.resize(*size)
    window.show()
    qtbot.mouseClick(window.ui.new_participant_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    turn = window.turn
    assert isinstance(turn, NotesTurn)
    squeezed = [b.text() for b in turn.type_group.buttons() if b.width() < b.sizeHint().width()]
    assert squeezed == []
    # The participant's own notes, the column beside, keep a readable width.
    assert turn.written_holder.width() >= turn.width() // 5


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_touch_sizes_grow_with_the_text_size(
    qtbot, qapp, empty_workshop: OpenWorkshop, size
) -> None:  # type: ignore[no-untyped-def]
    """Arkiv › Textstorlek: the input mode's type and buttons grow with the larger sizes too,
    as far as the screen's width has room for."""
    heights = {}
    for percent in TEXT_SIZES:
        apply_text_size(qapp, percent)
        try:
            window = _window(qtbot, empty_workshop, InputRound(InputActivity.RATING), size)
            heights[percent] = window.ui.new_participant_button.height()
            window.leave()
        finally:
            apply_text_size(qapp, TEXT_SIZES[0])
    assert heights[TEXT_SIZES[0]] < heights[TEXT_SIZES[1]] <= heights[TEXT_SIZES[2]]


def _window(qtbot, workshop: OpenWorkshop, input_round: InputRound, size) -> InputModeWindow:  # type: ignore[no-untyped-def]
    window = InputModeWindow(workshop, input_round)
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (1920, 1080)])
@pytest.mark.parametrize("percent", TEXT_SIZES)
def test_every_input_screen_shows_its_whole_text(
    qtbot, qapp, empty_workshop: OpenWorkshop, size, percent: int
) -> None:  # type: ignore[no-untyped-def]
    """The aliases, a statement and the notes of each step, at each text size: nothing wider
    than the screen, no label or button cut."""
    apply_text_size(qapp, percent)
    problems = []
    try:
        for input_round in (
            InputRound(InputActivity.RATING),
            InputRound(InputActivity.NOTES, WorkshopStep.DEPENDENCIES),
            InputRound(InputActivity.NOTES, WorkshopStep.PREREQUISITES),
            InputRound(InputActivity.NOTES, WorkshopStep.ACTIONS),
        ):
            window = _window(qtbot, empty_workshop, input_round, size)
            problems += [f"aliases: {p}" for p in cut_widgets(window)]
            qtbot.mouseClick(window.ui.new_participant_button, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
            where = f"{input_round.activity.value} {input_round.step or ''}"
            turn = window.turn
            if isinstance(turn, NotesTurn):  # a note of the participant's own, with Ta bort
                turn.text_edit.setPlainText("Arbetet står still när projektmedlen tar slut")
                turn.add_note()
                settle()
                settle()  # the rows' heights follow the column's width once it is settled
                viewport = turn.ui.written_scroll.viewport()
                problems += [
                    f"{where}: ”{b.text()}” past the own notes' edge"
                    for b in turn.written_holder.findChildren(QPushButton)
                    if b.mapTo(viewport, b.rect().topRight()).x() >= viewport.width()
                ]
            problems += [f"{where}: {p}" for p in cut_widgets(window)]
            window.leave()
    finally:
        apply_text_size(qapp, TEXT_SIZES[0])
    assert not problems, "\n".join(problems)
