"""Handuppräckning and paper forms: counted answers are stored, undone and counted like ratings."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workshop import InputMode, Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.input_mode.input_mode_window import InputModeWindow
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound, in_turn_order
from hallbar_desktop.ui.models.tally_table_model import (
    COUNTED_VALUES,
    FIRST_COUNT_COLUMN,
    SUM_COLUMN,
    TallyTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.rating_page import RatingPage
from hallbar_desktop.ui.pages.results_page import ResultsPage
from tests.conftest import TODAY
from tests.ui.keyboard import press

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton


def _in_mode(workshop: OpenWorkshop, mode: InputMode) -> OpenWorkshop:
    workshop.update_workshop(
        dataclasses.replace(workshop.contents.workshop, input_mode=mode), "Sätt att svara"
    )
    return workshop


def _page(qtbot, workshop: OpenWorkshop) -> RatingPage:  # type: ignore[no-untyped-def]
    page = RatingPage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    page.activateWindow()
    QApplication.processEvents()
    return page


def _column(value: int | None) -> int:
    return FIRST_COUNT_COLUMN + COUNTED_VALUES.index(value)


def _type_count(qtbot, page: RatingPage, row: int, value: int | None, count: int) -> None:  # type: ignore[no-untyped-def]
    """Select the cell and type the number, as a facilitator does while counting hands."""
    view = page.ui.tally_view
    view.setFocus()
    view.setCurrentIndex(page.tallies.index(row, _column(value)))
    qtbot.keyClicks(view, str(count))  # digits only: keyClicks is safe for them
    editor = QApplication.focusWidget()
    assert editor is not view, "typing a digit opens the cell for editing"
    qtbot.keyClick(editor, K.Key_Return)
    QApplication.processEvents()  # the delegate stores and closes the editor in a queued call
    assert page.ui.tally_view.state() is not page.ui.tally_view.State.EditingState


def _stored_tallies(workshop: OpenWorkshop) -> set[tuple[str, int | None, int]]:
    contents = workshop.service.contents(workshop.workshop_id)
    return {(t.statement_code, t.value, t.count) for t in contents.tallies}


def test_the_tally_model_passes_qt_checks(qtmodeltester, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    model = TallyTableModel(empty_workshop)
    model.show_contents(empty_workshop.contents)
    qtmodeltester.check(model)


def test_hand_counts_typed_into_the_grid_are_stored_and_can_be_undone(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, _in_mode(empty_workshop, InputMode.HAND_COUNT))
    assert page.ui.entry_tabs.currentWidget() is page.ui.hand_count_tab
    code = empty_workshop.contents.template.statements[0].code

    _type_count(qtbot, page, 0, 4, 3)  # "tre fyror"
    _type_count(qtbot, page, 0, 5, 2)  # "två femmor"
    _type_count(qtbot, page, 0, None, 1)

    assert _stored_tallies(empty_workshop) == {(code, 4, 3), (code, 5, 2), (code, None, 1)}
    model = page.tallies
    assert model.index(0, SUM_COLUMN).data() == "6"
    assert model.index(0, _column(4)).data() == "3"
    assert model.index(0, _column(1)).data() == ""  # nobody: an empty cell, not a zero
    assert page.ui.tally_total_label.text() == "6 handuppräknade svar"

    empty_workshop.undo_stack.undo()
    assert _stored_tallies(empty_workshop) == {(code, 4, 3), (code, 5, 2)}
    assert model.index(0, SUM_COLUMN).data() == "5"
    empty_workshop.undo_stack.redo()
    assert _stored_tallies(empty_workshop) == {(code, 4, 3), (code, 5, 2), (code, None, 1)}

    # A count set back to zero is no count at all.
    _type_count(qtbot, page, 0, 5, 0)
    assert _stored_tallies(empty_workshop) == {(code, 4, 3), (code, None, 1)}


def test_a_count_out_of_range_is_refused_with_a_sentence(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, _in_mode(empty_workshop, InputMode.HAND_COUNT))
    model = page.tallies
    assert model.setData(model.index(1, _column(3)), 2) is True
    assert model.setData(model.index(1, _column(3)), -1) is False
    assert model.setData(model.index(1, _column(3)), 20000) is False
    assert page.ui.tally_problem_label.isVisible()
    assert "Antalet" in page.ui.tally_problem_label.text()
    code = empty_workshop.contents.template.statements[1].code
    assert _stored_tallies(empty_workshop) == {(code, 3, 2)}


def test_a_new_paper_form_is_one_key_away(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, _in_mode(empty_workshop, InputMode.PAPER))
    assert page.ui.entry_tabs.currentWidget() is page.ui.per_participant_tab
    assert page.ui.add_participant_button.text() == "N&ytt pappersformulär"

    qtbot.mouseClick(page.ui.add_participant_button, LEFT)
    contents = empty_workshop.contents
    newest = max(contents.participants, key=lambda p: p.position)
    assert (newest.alias, newest.name) == ("Deltagare 4", "")
    assert page.selected_participant_id() == newest.id
    assert page.answers.grid.hasFocus()
    for key in (K.Key_3, K.Key_4, K.Key_V):
        press(page.answers.grid, key)
    stored = {
        (r.statement_code, r.value)
        for r in empty_workshop.service.contents(empty_workshop.workshop_id).ratings
        if r.participant_id == newest.id
    }
    codes = [s.code for s in contents.template.statements]
    assert stored == {(codes[0], 3), (codes[1], 4), (codes[2], None)}


def test_the_tab_follows_a_changed_input_mode(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert page.ui.entry_tabs.currentWidget() is page.ui.per_participant_tab
    assert "inmatningsläget (F6)" in page.ui.intro_label.text()
    _in_mode(empty_workshop, InputMode.HAND_COUNT)
    assert page.ui.entry_tabs.currentWidget() is page.ui.hand_count_tab
    assert page.ui.intro_label.text().startswith("Räkna händerna")


# --- the same answers, counted or taken in turn ---------------------------------------------


# Six people's answers to each statement, by statement number: one list per participant. Some
# "Vet ej" (None) and wide spreads, so that every measure has something to show.
def _answers_of(person: int, statement: int) -> int | None:
    if (person + statement) % 9 == 0:
        return None
    return 1 + (person * 3 + statement * 2) % 5


@pytest.fixture
def two_workshops(
    service: WorkshopService,
) -> tuple[OpenWorkshop, OpenWorkshop]:
    taken = service.create_workshop(Workshop(title="Turvis"), participant_count=6)
    counted = service.create_workshop(
        Workshop(title="Handuppräckning", input_mode=InputMode.HAND_COUNT), participant_count=6
    )
    return OpenWorkshop(service, taken.workshop.id), OpenWorkshop(service, counted.workshop.id)


def _enter_both_ways(qtbot, taken: OpenWorkshop, counted: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    """The same answers: six participants in turn at the computer in ``taken``, and as hands
    counted by the facilitator and typed into the grid in ``counted``."""
    statements = taken.contents.template.statements
    digit = {1: K.Key_1, 2: K.Key_2, 3: K.Key_3, 4: K.Key_4, 5: K.Key_5, None: K.Key_V}
    window = InputModeWindow(taken, InputRound(InputActivity.RATING))
    qtbot.addWidget(window, before_close_func=lambda w: w.leave() if w.isVisible() else None)
    window.show()
    for person, participant in enumerate(in_turn_order(taken.contents)):
        if person:
            qtbot.mouseClick(window.ui.next_participant_button, LEFT)
        qtbot.mouseClick(window.alias_buttons[participant.id], LEFT)
        for number in range(len(statements)):
            press(window.turn, digit[_answers_of(person, number)])
        qtbot.mouseClick(window.turn.done_button, LEFT)
    window.leave()

    page = _page(qtbot, counted)
    for number in range(len(statements)):
        for value in COUNTED_VALUES:
            count = sum(1 for person in range(6) if _answers_of(person, number) == value)
            if count:
                _type_count(qtbot, page, number, value, count)


def test_counted_and_turn_taken_answers_give_the_same_statistics(
    qtbot,
    two_workshops: tuple[OpenWorkshop, OpenWorkshop],  # type: ignore[no-untyped-def]
) -> None:
    taken, counted = two_workshops
    _enter_both_ways(qtbot, taken, counted)
    statements = taken.contents.template.statements
    stored = counted.service.contents(counted.workshop_id)
    assert stored.ratings == ()
    assert sum(t.count for t in stored.tallies) == 6 * len(statements)
    assert len(taken.service.contents(taken.workshop_id).ratings) == 6 * len(statements)

    by_turns = summarize(taken.service.contents(taken.workshop_id), TODAY)
    by_hands = summarize(stored, TODAY)
    assert [s.stats for s in by_turns.statements] == [s.stats for s in by_hands.statements]
    for turns, hands in zip(by_turns.dimensions, by_hands.dimensions, strict=True):
        assert turns.mean == hands.mean
        assert turns.stats.counts == hands.stats.counts
        assert turns.stats.dont_know == hands.stats.dont_know
    assert by_turns.readiness_mean == by_hands.readiness_mean
    assert by_turns.strengths == by_hands.strengths
    assert by_turns.weaknesses == by_hands.weaknesses
    assert by_turns.large_spreads == by_hands.large_spreads


def test_the_results_page_shows_counted_answers_like_turn_taken_ones(
    qtbot,
    two_workshops: tuple[OpenWorkshop, OpenWorkshop],  # type: ignore[no-untyped-def]
) -> None:
    taken, counted = two_workshops
    _enter_both_ways(qtbot, taken, counted)
    shown = []
    for workshop in (taken, counted):
        results = ResultsPage(workshop)
        qtbot.addWidget(results)
        results.refresh()
        assert results.ui.results_scroll.isVisibleTo(results)
        assert not results.ui.empty_label.isVisibleTo(results)
        distributions = {
            code: [section.chart.detail_text(r) for r in section.chart._results]
            for code, section in results.sections.items()
        }
        readiness = [
            (r.dimension.code, r.mean, r.stats.counts, r.stats.dont_know)
            for r in results.ui.readiness_chart.results()
        ]
        shown.append((results.ui.readiness_heading.text(), readiness, distributions))
    assert shown[0] == shown[1]
    assert len(shown[0][2]) == len(taken.contents.template.dimensions)
    statements = len(taken.contents.template.statements)
    # Counted answers are not anybody's: the page says how many there are instead.
    results = ResultsPage(counted)
    qtbot.addWidget(results)
    results.refresh()
    assert results.ui.status_label.text() == f"{6 * statements} handuppräknade svar."
