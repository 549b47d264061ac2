"""Åtgärder: the table, the form that stores every field at once, and the dependency check."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QScrollBar, QWidget

from hallbar_desktop.domain.action import ActionStatus, ActionType, Priority, is_overdue
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.ui.models.action_table_model import (
    ACTION_ROLE,
    DUE,
    OWNER,
    STATUS,
    TITLE,
    ActionTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.actions_page import DEPENDENCY_ROLE, ActionsPage
from tests.ui.conftest import TODAY, settle
from tests.ui.keyboard import type_text

ELECTION = "Hållbarhetsfrågan konkurrerar med andra prioriteringar efter valet"


def _late(deadline_text: str) -> bool:
    """Klart senast says how many days late: "2026-11-25  ⚠ 10 dagar"."""
    return re.search(r"⚠ \d+ dag", deadline_text) is not None


def _page(qtbot, workshop: OpenWorkshop) -> ActionsPage:  # type: ignore[no-untyped-def]
    page = ActionsPage(workshop, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _stored_action(workshop: OpenWorkshop, action_id):  # type: ignore[no-untyped-def]
    contents = workshop.service.contents(workshop.workshop_id)
    return next((a for a in contents.actions if a.id == action_id), None)


def _column(page: ActionsPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_demo_table_shows_three_overdue_rows_sorted_by_priority(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    overdue = sum(1 for a in demo_workshop.contents.actions if is_overdue(a, TODAY))
    assert sum(_late(text) for text in _column(page, DUE)) == overdue > 0
    assert "Försenad" not in _column(page, STATUS)  # the stored status stays in view
    ranks = [page.model.action(row).priority.rank for row in range(page.model.rowCount())]
    assert ranks == sorted(ranks)
    missing_owner = [row for row, text in enumerate(_column(page, OWNER)) if "Saknas" in text]
    assert len(missing_owner) == 1
    assert "Saknas" in _column(page, DUE)[missing_owner[0]]
    overdue_row = next(i for i, text in enumerate(_column(page, DUE)) if _late(text))
    assert page.model.index(overdue_row, STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_overdue_follows_the_injected_today(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    model = ActionTableModel(today=lambda: date(2020, 1, 1))
    model.set_contents(demo_workshop.contents)
    assert not any(_late(model.index(r, DUE).data()) for r in range(model.rowCount()))


def test_the_action_table_model_passes_the_model_tester(qtmodeltester, demo_workshop) -> None:  # type: ignore[no-untyped-def]
    model = ActionTableModel(today=lambda: TODAY)
    model.set_contents(demo_workshop.contents)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ACTION_ROLE) is model.action(0)


def test_form_fields_are_stored_at_once_and_undoable(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    page.ui.action_table.selectRow(0)
    action = page.selected_action()
    assert action is not None
    ui = page.ui

    ui.title_edit.setFocus()
    ui.title_edit.selectAll()
    type_text(ui.title_edit, "Förankra kriterierna i ledningsgruppen")
    ui.title_edit.commit()
    ui.owner_edit.setText("Åsa Öberg, enhetschef")
    ui.owner_edit.commit()
    ui.description_edit.setPlainText("Två möten före jul")
    ui.description_edit.commit()
    ui.type_combo.setCurrentIndex(ui.type_combo.findData(ActionType.COMPETENCE.code))
    ui.type_combo.activated.emit(ui.type_combo.currentIndex())
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(ActionStatus.PAUSED.code))
    ui.status_combo.activated.emit(ui.status_combo.currentIndex())
    ui.priority_combo.setCurrentIndex(ui.priority_combo.findData(Priority.LOW.code))
    ui.priority_combo.activated.emit(ui.priority_combo.currentIndex())
    ui.area_combo.setCurrentIndex(ui.area_combo.findData("dimension:D"))
    ui.area_combo.activated.emit(ui.area_combo.currentIndex())
    ui.follow_up_date.set_value(date(2027, 3, 15))
    ui.follow_up_date.commit()

    stored = _stored_action(demo_workshop, action.id)
    assert stored.title == "Förankra kriterierna i ledningsgruppen"
    assert stored.owner == "Åsa Öberg, enhetschef"
    assert stored.description == "Två möten före jul"
    assert stored.action_type is ActionType.COMPETENCE
    assert stored.status is ActionStatus.PAUSED
    assert stored.priority is Priority.LOW
    assert stored.dimension_code == "D" and stored.area is None
    assert stored.follow_up_on == date(2027, 3, 15)
    assert ui.follow_up_date.week_label.text() == "v. 11"

    ui.area_combo.setCurrentIndex(ui.area_combo.findData(f"area:{Area.LEARNING.code}"))
    ui.area_combo.activated.emit(ui.area_combo.currentIndex())
    stored = _stored_action(demo_workshop, action.id)
    assert stored.area is Area.LEARNING and stored.dimension_code is None

    demo_workshop.undo_stack.undo()
    demo_workshop.undo_stack.undo()
    assert _stored_action(demo_workshop, action.id).follow_up_on == action.follow_up_on
    assert ui.follow_up_date.value() == action.follow_up_on


def test_linked_dependencies_are_a_multi_select(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    page.ui.action_table.selectRow(0)
    action = page.selected_action()
    listing = page.ui.dependencies_list

    def item_for(dependency_id):  # type: ignore[no-untyped-def]
        # The items are rebuilt after each stored change, so look them up every time.
        return next(
            listing.item(r)
            for r in range(listing.count())
            if listing.item(r).data(DEPENDENCY_ROLE) == dependency_id
        )

    targets = [
        listing.item(r).data(DEPENDENCY_ROLE)
        for r in range(listing.count())
        if listing.item(r).checkState() == Qt.CheckState.Unchecked
    ][:2]
    for target in targets:
        item_for(target).setCheckState(Qt.CheckState.Checked)
    stored = _stored_action(demo_workshop, action.id)
    assert stored.dependency_ids == action.dependency_ids | set(targets)
    assert item_for(targets[1]).checkState() == Qt.CheckState.Checked
    (linked,) = action.dependency_ids
    item_for(linked).setCheckState(Qt.CheckState.Unchecked)
    assert _stored_action(demo_workshop, action.id).dependency_ids == frozenset(targets)
    demo_workshop.undo_stack.undo()
    demo_workshop.undo_stack.undo()
    assert _stored_action(demo_workshop, action.id).dependency_ids == (
        action.dependency_ids | {targets[0]}
    )


def test_a_date_can_be_cleared(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    page.ui.action_table.selectRow(0)
    action = page.selected_action()
    assert action.start_on is not None
    page.ui.start_date.clear_button.click()
    assert _stored_action(demo_workshop, action.id).start_on is None
    assert page.ui.start_date.week_label.text() == ""


def test_deadline_before_start_shows_the_rule_and_stores_nothing(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    page.ui.action_table.selectRow(0)
    action = page.selected_action()
    steps = demo_workshop.undo_stack.count()
    page.ui.due_date.set_value(date(2020, 1, 1))
    page.ui.due_date.commit()
    assert page.ui.dates_problem_label.isVisibleTo(page)
    assert page.ui.dates_problem_label.text() == "Klart senast kan inte ligga före startdatumet."
    assert _stored_action(demo_workshop, action.id).due_on == action.due_on
    assert demo_workshop.undo_stack.count() == steps


def test_last_update_comment_is_stamped_with_the_time(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    page.ui.action_table.selectRow(1)
    action = page.selected_action()
    assert action.last_update_at is None
    page.ui.last_update_edit.setPlainText("Förslaget är skickat till nämndens sekreterare")
    page.ui.last_update_edit.commit()
    stored = _stored_action(demo_workshop, action.id)
    assert stored.last_update_comment == "Förslaget är skickat till nämndens sekreterare"
    assert stored.last_update_at is not None
    assert "Uppdaterad" in page.ui.last_update_time_label.text()


def test_removing_an_action_and_undo_restores_it_with_its_links(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    page.ui.action_table.selectRow(0)
    action = page.selected_action()
    assert action.dependency_ids
    page.activateWindow()
    page.ui.action_table.setFocus()
    qtbot.waitUntil(page.ui.action_table.hasFocus, timeout=1000)
    qtbot.keyClick(page.ui.action_table, Qt.Key.Key_Delete)  # the table's Delete shortcut
    assert _stored_action(demo_workshop, action.id) is None
    assert page.model.row_of(action.id) is None
    demo_workshop.undo_stack.undo()
    restored = _stored_action(demo_workshop, action.id)
    assert restored is not None
    assert restored.dependency_ids == action.dependency_ids
    assert page.model.row_of(action.id) is not None


def test_an_unhandled_dependency_gets_a_linked_action(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workshop)
    listing = page.ui.unhandled_list
    titles = [listing.item(r).text() for r in range(listing.count())]
    assert ELECTION in titles
    assert not page.ui.all_handled_label.isVisibleTo(page)
    listing.setCurrentRow(titles.index(ELECTION))
    count = len(demo_workshop.contents.actions)
    page.add_item()  # Ctrl+Enter with the dependency chosen
    contents = demo_workshop.service.contents(demo_workshop.workshop_id)
    assert len(contents.actions) == count + 1
    election = next(d for d in contents.dependencies if d.title == ELECTION)
    new = page.selected_action()
    assert new is not None and new.dependency_ids == frozenset({election.id})
    assert new.priority is Priority.HIGH
    # Still listed: the action has neither owner nor date yet.
    assert ELECTION in [listing.item(r).text() for r in range(listing.count())]
    page.ui.owner_edit.setText("Regional utvecklingsdirektör")
    page.ui.owner_edit.commit()
    page.ui.due_date.set_value(date(2027, 2, 1))
    page.ui.due_date.commit()
    assert ELECTION not in [listing.item(r).text() for r in range(listing.count())]
    assert page.ui.all_handled_label.isVisibleTo(page)
    assert page.ui.all_handled_label.text().startswith("✓ Alla högt prioriterade")


def test_an_empty_workshop_teaches_how_to_start(qtbot, empty_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, empty_workshop)
    assert page.ui.actions_empty_label.isVisibleTo(page)
    assert page.ui.form_empty_label.isVisibleTo(page)
    page.ui.add_action_button.click()
    (action,) = empty_workshop.service.contents(empty_workshop.workshop_id).actions
    assert action.title == "Ny åtgärd"
    assert page.selected_action() == action
    assert not page.ui.actions_empty_label.isVisibleTo(page)


def _fully_in_view(scroll: QScrollArea, widget: QWidget) -> bool:
    viewport = scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def _scrolled_to_the_end(page: ActionsPage) -> QScrollBar:
    page.resize(1200, 600)  # the form taller than its scroll area, as at 1366 × 768
    QApplication.processEvents()
    scrollbar = page.ui.form_scroll.verticalScrollBar()
    assert scrollbar.maximum() > 0
    scrollbar.setValue(scrollbar.maximum())
    assert not _fully_in_view(page.ui.form_scroll, page.ui.title_edit)
    return scrollbar


def test_choosing_another_action_shows_its_title_and_an_edit_keeps_the_place(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    page.select_action(page.model.action(0).id)
    scrollbar = _scrolled_to_the_end(page)
    at_the_end = scrollbar.value()
    page.ui.last_update_edit.setFocus()
    type_text(page.ui.last_update_edit, "Skickat till nämnden")
    page.ui.last_update_edit.commit()
    assert scrollbar.value() == at_the_end
    table = page.ui.action_table
    cell = table.visualRect(page.model.index(2, OWNER))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert page.selected_action() == page.model.action(2)
    assert scrollbar.value() == 0
    assert _fully_in_view(page.ui.form_scroll, page.ui.form_heading_label)
    assert _fully_in_view(page.ui.form_scroll, page.ui.title_edit)


def test_a_new_action_shows_its_title_in_view_with_focus(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    page.select_action(page.model.action(0).id)
    _scrolled_to_the_end(page)
    qtbot.mouseClick(page.ui.add_action_button, Qt.MouseButton.LeftButton)
    assert page.ui.title_edit.text() == "Ny åtgärd"
    assert page.ui.title_edit.hasFocus()
    assert _fully_in_view(page.ui.form_scroll, page.ui.title_edit)


def test_a_refused_date_is_left_behind_when_another_action_is_chosen(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    first, second = page.model.action(0), page.model.action(1)
    page.select_action(first.id)
    field = page.ui.start_date
    field.setFocus()
    field.date_edit.selectAll()
    qtbot.keyClicks(field.date_edit, "2027-02-30")
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Return)
    assert field.problem_label.isVisibleTo(page)
    table = page.ui.action_table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(page.model.index(1, OWNER)).center(),
    )
    assert page.selected_action() == second
    assert field.date_edit.text() == (second.start_on.isoformat() if second.start_on else "")
    assert not field.problem_label.isVisibleTo(page)
    assert _stored_action(demo_workshop, first.id).start_on == first.start_on


def test_an_empty_date_steps_from_the_pages_today(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    page.add_item()
    field = page.ui.follow_up_date
    assert field.value() is None
    field.setFocus()
    qtbot.keyClick(field.date_edit, Qt.Key.Key_Up)
    assert field.value() == TODAY


def test_tab_goes_through_the_dates_field_by_field(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.select_action(page.model.action(0).id)
    ui = page.ui
    ui.decision_by_edit.setFocus()
    stops = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops == [
        ui.start_date.date_edit,
        ui.start_date.clear_button,
        ui.due_date.date_edit,
        ui.due_date.clear_button,
    ]


def test_at_1366_the_titles_keep_their_room_beside_an_overdue_deadline(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 14 finding 2 came back once 'Klart senast' said '⚠ försenad 10 dagar': the
    action titles were cut to a few letters. The page is as wide as at 1366 × 768."""
    page = _page(qtbot, demo_workshop)
    page.resize(1120, 640)
    page.show()
    settle()
    assert any(_late(text) for text in _column(page, DUE))
    header = page.ui.action_table.horizontalHeader()
    chars = page.ui.action_table.fontMetrics().averageCharWidth()
    assert header.sectionSize(TITLE) >= 16 * chars  # with "⚠ försenad 10 dagar": 10
