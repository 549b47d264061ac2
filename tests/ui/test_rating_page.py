"""Individuell skattning: answers typed with the keys are stored one by one and can be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.ui.models.rating_table_model import (
    ANSWER_COLUMN,
    DONT_KNOW,
    RatingTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.rating_page import RatingPage
from tests.ui.keyboard import press

K = Qt.Key


def _page(qtbot, workshop: OpenWorkshop) -> RatingPage:  # type: ignore[no-untyped-def]
    page = RatingPage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _stored(workshop: OpenWorkshop) -> dict[tuple[object, str], int | None]:
    contents = workshop.service.contents(workshop.workshop_id)
    return {(r.participant_id, r.statement_code): r.value for r in contents.ratings}


def test_keys_store_exactly_those_answers_and_move_to_the_next_statement(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    first = sorted(empty_workshop.contents.participants, key=lambda p: p.position)[0]
    codes = [s.code for s in empty_workshop.contents.template.statements]
    grid = page.answers.grid
    assert page.selected_participant_id() == first.id
    assert page.answers.current_row() == 0

    for key in (K.Key_4, K.Key_5, K.Key_0, K.Key_V, K.Key_1):
        press(grid, key)

    assert _stored(empty_workshop) == {
        (first.id, codes[0]): 4,
        (first.id, codes[1]): 5,
        (first.id, codes[2]): None,
        (first.id, codes[3]): None,
        (first.id, codes[4]): 1,
    }
    assert page.answers.current_row() == 5
    assert page.answers.progress_label.text() == "Påstående 6 av 15 · 5 besvarade"
    assert grid.model().index(1, ANSWER_COLUMN).data() == "5 – Stämmer helt"


def test_delete_clears_the_current_answer_and_arrow_keys_move(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    grid = page.answers.grid
    press(grid, K.Key_3)
    press(grid, K.Key_Up)
    assert page.answers.current_row() == 0
    press(grid, K.Key_Delete)
    assert _stored(empty_workshop) == {}
    assert page.answers.current_row() == 0


def test_after_the_last_statement_the_participant_is_done_and_the_next_one_is_selected(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    first, second, _third = sorted(empty_workshop.contents.participants, key=lambda p: p.position)
    grid = page.answers.grid
    count = len(empty_workshop.contents.template.statements)
    for _ in range(count):
        press(grid, K.Key_3)

    contents = empty_workshop.service.contents(empty_workshop.workshop_id)
    assert [p.id for p in contents.participants_done()] == [first.id]
    assert page.ui.participant_list.item(0).text() == f"✓ {first.alias}"
    assert page.ui.done_label.text() == "1 av 3 klara"
    assert page.selected_participant_id() == second.id
    assert page.answers.current_row() == 0

    press(grid, K.Key_2)
    assert _stored(empty_workshop)[(second.id, contents.template.statements[0].code)] == 2


def test_undo_removes_only_the_last_answer_and_redo_brings_it_back(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    grid = page.answers.grid
    pid = page.selected_participant_id()
    codes = [s.code for s in empty_workshop.contents.template.statements]
    press(grid, K.Key_4)
    press(grid, K.Key_2)
    empty_workshop.undo_stack.undo()
    assert _stored(empty_workshop) == {(pid, codes[0]): 4}
    assert grid.model().index(1, ANSWER_COLUMN).data() == ""
    empty_workshop.undo_stack.redo()
    assert _stored(empty_workshop) == {(pid, codes[0]): 4, (pid, codes[1]): 2}
    # A changed answer is one step too, and undo brings back the earlier value.
    page.answers.set_current_row(0)
    press(grid, K.Key_1)
    empty_workshop.undo_stack.undo()
    assert _stored(empty_workshop)[(pid, codes[0])] == 4


def test_the_anchor_buttons_answer_like_the_keys(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    pid = page.selected_participant_id()
    code = empty_workshop.contents.template.statements[0].code
    qtbot.mouseClick(page.answers.answer_buttons[DONT_KNOW], Qt.MouseButton.LeftButton)
    assert _stored(empty_workshop) == {(pid, code): None}
    page.answers.set_current_row(0)
    assert "Vet ej" in page.answers.current_label.text()


def test_the_page_shows_only_the_selected_participants_answers(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    contents = demo_workshop.contents
    pid = page.selected_participant_id()
    own = {r.statement_code: r.value for r in contents.ratings if r.participant_id == pid}
    model = page.answers.model
    for row in range(model.rowCount()):
        code = model.statement_row(row).statement.code
        assert model.index(row, ANSWER_COLUMN).data(Qt.ItemDataRole.EditRole) == (
            DONT_KNOW if own[code] is None else own[code]
        )
    done = len(contents.participants_done())
    assert page.ui.done_label.text() == f"{done} av {len(contents.participants)} klara"


def test_ctrl_enter_adds_a_participant_ready_for_answers(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    page.add_item()
    contents = empty_workshop.service.contents(empty_workshop.workshop_id)
    assert len(contents.participants) == 4
    assert page.ui.participant_list.count() == 4
    assert page.selected_participant_id() == contents.participants[-1].id


def test_rating_table_model_passes_the_model_tester(
    qtmodeltester,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    model = RatingTableModel(demo_workshop)
    model.show_participant(demo_workshop.contents.participants[0].id)
    qtmodeltester.check(model)
    participant = demo_workshop.contents.participants[1].id
    model.show_participant(participant)
    demo_workshop.record_ratings(
        [Rating(participant_id=participant, statement_code="A1", value=1)], "Skattning"
    )
    assert model.index(0, ANSWER_COLUMN).data(Qt.ItemDataRole.EditRole) == 1
    qtmodeltester.check(model)
    model.show_participant(None)
    assert model.rowCount() == 0
