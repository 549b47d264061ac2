"""Beroenden: adding, editing every kind of field, filtering, removing, and placing by dragging."""

from __future__ import annotations

import dataclasses
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QScrollBar, QWidget

from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Influence,
    Location,
    Process,
    Quadrant,
    Strategy,
)
from hallbar_desktop.ui.models.dependency_table_model import (
    DEPENDENCY_ROLE,
    Column,
    DependencyFilterProxy,
    DependencyTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.dependencies_page import DependenciesPage
from tests.ui.keyboard import press, type_text


def stored(workshop: OpenWorkshop) -> WorkshopContents:
    return workshop.service.contents(workshop.workshop_id)


def stored_dependency(workshop: OpenWorkshop, dependency_id: UUID) -> Dependency:
    return stored(workshop).dependency(dependency_id)


@pytest.fixture
def page(qtbot, demo_workshop: OpenWorkshop) -> DependenciesPage:  # type: ignore[no-untyped-def]
    return open_page(qtbot, demo_workshop)


def open_page(qtbot, workshop: OpenWorkshop) -> DependenciesPage:  # type: ignore[no-untyped-def]
    page = DependenciesPage(workshop)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def demo_dependency(workshop: OpenWorkshop, position: int) -> Dependency:
    return next(d for d in workshop.contents.dependencies if d.position == position)


def shown_categories(page: DependenciesPage) -> set[DependencyCategory]:
    proxy = page.proxy
    return {proxy.index(row, 0).data(DEPENDENCY_ROLE).category for row in range(proxy.rowCount())}


def test_a_new_dependency_gets_the_title_typed_into_the_focused_title_field(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(qtbot, empty_workshop)
    assert page.ui.empty_label.isVisible()
    page.add_item()
    assert page.focusWidget() is page.ui.title_edit
    type_text(page.ui.title_edit, "Nyckelpersonen slutar – kunskap om åtgärder försvinner")
    page.ui.title_edit.commit()  # what leaving the field does
    (dependency,) = stored(empty_workshop).dependencies
    assert dependency.title == "Nyckelpersonen slutar – kunskap om åtgärder försvinner"
    assert dependency.category is DependencyCategory.DECISION
    assert not page.ui.empty_label.isVisible()
    assert page.proxy.rowCount() == 1
    assert empty_workshop.undo_stack.undoText() == "Ändra beroende"
    empty_workshop.undo_stack.undo()
    empty_workshop.undo_stack.undo()
    assert stored(empty_workshop).dependencies == ()


def test_the_type_of_a_new_dependency_follows_the_filter(qtbot, page: DependenciesPage) -> None:  # type: ignore[no-untyped-def]
    workshop = page.workshop
    before = {d.id for d in workshop.contents.dependencies}
    page.ui.filter_endurance_button.click()
    page.add_item()
    (new,) = [d for d in stored(workshop).dependencies if d.id not in before]
    assert new.category is DependencyCategory.ENDURANCE
    assert new.position == 13
    assert page.current_dependency() == new
    assert page.ui.filter_endurance_button.text() == "Uthållighet (4)"


def test_the_filter_shows_only_dependencies_of_that_type(qtbot, page: DependenciesPage) -> None:  # type: ignore[no-untyped-def]
    assert page.proxy.rowCount() == 12
    assert page.ui.filter_all_button.text() == "Alla (12)"
    page.ui.filter_person_button.click()
    assert page.proxy.rowCount() == 4
    assert shown_categories(page) == {DependencyCategory.PERSON}
    assert page.current_dependency().category is DependencyCategory.PERSON  # type: ignore[union-attr]
    matrix_items = page.ui.matrix._items
    assert {d.category for _, d in matrix_items} == {DependencyCategory.PERSON}
    # The numbers stay those of the whole list, so the room can still refer to "nummer 5".
    assert [number for number, _ in matrix_items] == [5, 6, 7, 8]
    page.ui.filter_other_button.click()
    assert shown_categories(page) == {DependencyCategory.OTHER}
    page.ui.filter_all_button.click()
    assert page.proxy.rowCount() == 12


def test_each_form_field_is_stored_as_an_undoable_edit(qtbot, page: DependenciesPage) -> None:  # type: ignore[no-untyped-def]
    workshop = page.workshop
    target = demo_dependency(workshop, 8)
    page.select_dependency(target.id)
    ui = page.ui
    assert ui.title_edit.text() == target.title
    steps_before = workshop.undo_stack.count()

    ui.impact_combo.setCurrentIndex(5)  # "5 – Mycket stor"
    ui.likelihood_combo.setCurrentIndex(4)
    ui.influence_combo.setCurrentIndex(1)  # Inom vår rådighet
    ui.location_combo.setCurrentIndex(0)  # Inte angiven
    ui.horizon_combo.setCurrentIndex(3)
    ui.area_combo.setCurrentIndex(3)
    ui.strategy_combo.setCurrentIndex(3)
    ui.status_combo.setCurrentIndex(3)
    ui.category_combo.setCurrentIndex(3)
    dropped = sorted(target.processes, key=lambda p: p.code)[0]
    added = next(p for p in Process if p not in target.processes)
    page._process_boxes[added].setChecked(True)
    page._process_boxes[dropped].setChecked(False)
    ui.votes_spin.setValue(4)
    ui.add_vote_button.click()
    ui.priority_override_combo.setCurrentIndex(4)  # Bevaka
    for edit, text in (
        (ui.description_edit, "Kontaktrollen finns bara hos en handläggare – ändå viktig."),
        (ui.mitigation_edit, "Dela upp kontakterna på två roller."),
        (ui.owner_edit, "Näringslivsansvarig"),
    ):
        edit.setFocus()
        edit.selectAll()
        type_text(edit, text)
        edit.commit()

    d = stored_dependency(workshop, target.id)
    assert d.impact == 5
    assert d.likelihood == 4
    assert d.influence is Influence.CONTROL
    assert d.location is None
    assert d.horizon is list(type(d.horizon))[2]  # type: ignore[arg-type]
    assert d.area is Area.LEARNING
    assert d.strategy is Strategy.MONITOR
    assert d.status is DependencyStatus.REMAINS
    assert d.category is DependencyCategory.OTHER
    assert d.processes == (target.processes | {added}) - {dropped}
    assert d.votes == 5
    assert d.priority_override is Quadrant.MONITOR
    assert d.priority is Quadrant.MONITOR and d.quadrant is Quadrant.ACT_NOW
    assert d.description == "Kontaktrollen finns bara hos en handläggare – ändå viktig."
    assert d.mitigation == "Dela upp kontakterna på två roller."
    assert d.owner == "Näringslivsansvarig"
    assert "Bevaka (ändrad)" in ui.priority_value_label.text()
    assert "Agera nu (beräknad)" in ui.priority_value_label.text()
    assert workshop.undo_stack.count() - steps_before == 17

    while workshop.undo_stack.index() > steps_before:
        workshop.undo_stack.undo()
    assert stored_dependency(workshop, target.id) == dataclasses.replace(
        target, updated_at=stored_dependency(workshop, target.id).updated_at
    )
    assert ui.location_combo.currentText() == target.location.label  # type: ignore[union-attr]


def test_optional_choices_can_be_set_back_to_not_given(qtbot, page: DependenciesPage) -> None:  # type: ignore[no-untyped-def]
    workshop = page.workshop
    target = demo_dependency(workshop, 1)
    page.select_dependency(target.id)
    assert target.horizon is not None and target.area is not None and target.likelihood
    for combo in (
        page.ui.horizon_combo,
        page.ui.area_combo,
        page.ui.likelihood_combo,
        page.ui.impact_combo,
    ):
        assert combo.itemText(0) == "Inte angiven"
        combo.setCurrentIndex(0)
    d = stored_dependency(workshop, target.id)
    assert (d.horizon, d.area, d.likelihood, d.impact) == (None, None, None, None)
    assert d.quadrant is None
    assert page.ui.priority_value_label.text().startswith("Inte placerad")
    row = page.model.row_of(target.id)
    assert page.model.index(row, Column.PRIORITY).data() == "Inte placerad"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "message"),
    [("", "Rubriken måste fyllas i."), ("x" * 101, "högst 100 tecken (nu 101)")],
)
def test_an_invalid_title_shows_the_reason_and_stores_nothing(
    qtbot,
    page: DependenciesPage,
    title: str,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    workshop = page.workshop
    target = demo_dependency(workshop, 2)
    page.select_dependency(target.id)
    steps = workshop.undo_stack.count()
    page.ui.title_edit.setText(title)
    page.ui.title_edit.commit()
    assert page.ui.problem_label.isVisible()
    assert message in page.ui.problem_label.text()
    assert stored_dependency(workshop, target.id).title == target.title
    assert workshop.undo_stack.count() == steps


def test_votes_can_be_counted_with_the_buttons_and_sorted_on(qtbot, page: DependenciesPage) -> None:  # type: ignore[no-untyped-def]
    workshop = page.workshop
    target = demo_dependency(workshop, 12)  # 1 prick
    page.select_dependency(target.id)
    for _ in range(9):
        page.ui.add_vote_button.click()
    page.ui.remove_vote_button.click()
    assert stored_dependency(workshop, target.id).votes == 9
    assert page.ui.votes_spin.value() == 9
    page.ui.dependency_table.sortByColumn(Column.VOTES, Qt.SortOrder.DescendingOrder)
    top = page.proxy.index(0, 0).data(DEPENDENCY_ROLE)
    assert top.id == target.id
    # The row of the sorted table still carries the number of the dot in the matrix.
    assert page.proxy.index(0, Column.NUMBER).data() == "12"


def test_delete_removes_the_dependency_and_undo_brings_back_its_action_links(
    qtbot,
    page: DependenciesPage,  # type: ignore[no-untyped-def]
) -> None:
    workshop = page.workshop
    linked = next(d for d in workshop.contents.dependencies if workshop.contents.actions_for(d.id))
    action_ids = {a.id for a in workshop.contents.actions_for(linked.id)}
    page.select_dependency(linked.id)
    page.ui.dependency_table.setFocus()
    press(page.ui.dependency_table, Qt.Key.Key_Delete)
    after = stored(workshop)
    assert linked.id not in {d.id for d in after.dependencies}
    assert not any(linked.id in a.dependency_ids for a in after.actions)
    assert page.proxy.rowCount() == 11
    assert page.current_dependency() is not None
    assert page.current_dependency().id != linked.id  # type: ignore[union-attr]
    assert workshop.undo_stack.undoText() == "Ta bort beroende"

    workshop.undo_stack.undo()
    restored = stored(workshop)
    assert restored.dependency(linked.id).title == linked.title
    assert {a.id for a in restored.actions_for(linked.id)} == action_ids
    assert page.proxy.rowCount() == 12


def test_dragging_a_dot_to_another_cell_places_it_and_undo_moves_it_back(
    qtbot,
    page: DependenciesPage,  # type: ignore[no-untyped-def]
) -> None:
    workshop = page.workshop
    target = demo_dependency(workshop, 12)  # impact 2, outside our influence: Bevaka
    matrix = page.ui.matrix
    start = matrix.mark_centre(target.id)
    assert start is not None
    goal = matrix.cell_rect(5, Influence.CONTROL).center()
    steps = workshop.undo_stack.count()
    QTest.mousePress(
        matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start.toPoint()
    )
    assert page.current_dependency().id == target.id  # type: ignore[union-attr]
    midway = QPointF((start.x() + goal.x()) / 2, (start.y() + goal.y()) / 2)
    QTest.mouseMove(matrix, midway.toPoint())
    QTest.mouseMove(matrix, goal.toPoint())
    QTest.mouseRelease(
        matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, goal.toPoint()
    )

    moved = stored_dependency(workshop, target.id)
    assert (moved.impact, moved.influence) == (5, Influence.CONTROL)
    assert workshop.undo_stack.count() == steps + 1
    assert "Agera nu" in page.ui.priority_value_label.text()
    assert page.ui.impact_combo.currentText() == "5 – Mycket stor"
    row = page.model.row_of(target.id)
    assert page.model.index(row, Column.PRIORITY).data() == "Agera nu"  # type: ignore[arg-type]
    assert matrix.cell_rect(5, Influence.CONTROL).contains(matrix.mark_centre(target.id))  # type: ignore[arg-type]

    workshop.undo_stack.undo()
    back = stored_dependency(workshop, target.id)
    assert (back.impact, back.influence) == (2, Influence.OUTSIDE)
    assert page.model.index(row, Column.PRIORITY).data() == "Bevaka"  # type: ignore[arg-type]


def test_an_unplaced_dependency_is_listed_and_can_be_dropped_or_moved_by_keys(
    qtbot,
    page: DependenciesPage,  # type: ignore[no-untyped-def]
) -> None:
    workshop = page.workshop
    target = demo_dependency(workshop, 3)
    workshop.save_part(dataclasses.replace(target, impact=None), "Ändra beroende")
    matrix = page.ui.matrix
    start = matrix.mark_centre(target.id)
    assert start is not None
    assert not any(matrix.cell_rect(i, c).contains(start) for i in range(1, 6) for c in Influence)
    assert "1 inte placerat" in page.ui.summary_label.text()  # one, in the singular
    assert matrix.drop(target.id, matrix.cell_rect(3, Influence.OUTSIDE).center())
    placed = stored_dependency(workshop, target.id)
    assert (placed.impact, placed.influence) == (3, Influence.OUTSIDE)

    page.select_dependency(target.id)
    matrix.setFocus()
    press(matrix, Qt.Key.Key_Up)
    press(matrix, Qt.Key.Key_Right)
    keyed = stored_dependency(workshop, target.id)
    assert (keyed.impact, keyed.influence) == (4, Influence.CAN_INFLUENCE)
    assert keyed.quadrant is Quadrant.ACT_NOW


def test_selecting_in_the_table_selects_in_the_matrix_and_back(
    qtbot, page: DependenciesPage
) -> None:  # type: ignore[no-untyped-def]
    workshop = page.workshop
    fifth = demo_dependency(workshop, 5)
    page.ui.dependency_table.selectRow(page._proxy_row(fifth.id))  # type: ignore[arg-type]
    assert page.ui.matrix.selected() == fifth.id
    assert page.ui.title_edit.text() == fifth.title
    ninth = demo_dependency(workshop, 9)
    centre = page.ui.matrix.mark_centre(ninth.id)
    QTest.mouseClick(
        page.ui.matrix,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        centre.toPoint(),  # type: ignore[union-attr]
    )
    current = page.ui.dependency_table.currentIndex()
    assert current.data(DEPENDENCY_ROLE).id == ninth.id
    assert page.ui.form_heading_label.text() == f"Valt beroende: 9. {ninth.title}"


def test_the_table_model_passes_the_model_tester(
    qtmodeltester, demo_workshop: OpenWorkshop
) -> None:  # type: ignore[no-untyped-def]
    model = DependencyTableModel(demo_workshop)
    model.set_dependencies(demo_workshop.contents.dependencies)
    qtmodeltester.check(model)
    proxy = DependencyFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_category(DependencyCategory.DECISION)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4


def test_votes_typed_into_the_table_are_stored(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    model = DependencyTableModel(demo_workshop)
    model.set_dependencies(demo_workshop.contents.dependencies)
    index = model.index(0, Column.VOTES)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, 11)
    first = demo_dependency(demo_workshop, 1)
    assert stored_dependency(demo_workshop, first.id).votes == 11
    assert not model.setData(index, -1)
    assert stored_dependency(demo_workshop, first.id).votes == 11


def test_location_labels_and_strategies_are_offered_in_swedish(
    qtbot, page: DependenciesPage
) -> None:  # type: ignore[no-untyped-def]
    combo_texts = [
        page.ui.location_combo.itemText(i) for i in range(page.ui.location_combo.count())
    ]
    assert combo_texts == ["Inte angiven"] + [loc.label for loc in Location]
    strategy_texts = [
        page.ui.strategy_combo.itemText(i) for i in range(page.ui.strategy_combo.count())
    ]
    assert strategy_texts == ["Inte angiven"] + [s.label for s in Strategy]
    assert page.ui.description_hint_label.text() == "Beskriv roller, inte personer."


def test_the_wheel_over_a_choice_scrolls_the_form_and_changes_nothing(
    qtbot, demo_workshop: OpenWorkshop
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.ui.application_setup import configure_application

    configure_application(QApplication.instance())  # type: ignore[arg-type]
    # Made after: the style gives its combo boxes the guard as it polishes them.
    page = open_page(qtbot, demo_workshop)
    page.resize(1200, 360)  # the form taller than its scroll area
    dependency = demo_dependency(demo_workshop, 1)
    page.select_dependency(dependency.id)
    combo = page.ui.likelihood_combo
    page.ui.title_edit.setFocus()
    qtbot.wait(10)
    scroll = page.ui.form_scroll.verticalScrollBar()
    scroll.setValue(0)
    index, steps = combo.currentIndex(), demo_workshop.undo_stack.count()
    centre = QPointF(combo.rect().center())

    def wheel() -> None:
        QApplication.sendEvent(
            combo,
            QWheelEvent(
                centre,
                QPointF(combo.mapToGlobal(centre.toPoint())),
                QPoint(0, 0),
                QPoint(0, -120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )

    for _ in range(3):
        wheel()
    assert combo.currentIndex() == index and not combo.hasFocus()
    assert demo_workshop.undo_stack.count() == steps
    assert stored_dependency(demo_workshop, dependency.id).likelihood == dependency.likelihood
    assert scroll.maximum() == 0 or scroll.value() > 0  # the form scrolled instead
    combo.setFocus()  # chosen on purpose: then the wheel does change it
    qtbot.waitUntil(combo.hasFocus)
    wheel()
    assert combo.currentIndex() != index


def fully_in_view(scroll: QScrollArea, widget: QWidget) -> bool:
    """Whether the whole widget shows in the scroll area's viewport, not scrolled off."""
    viewport = scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def scrolled_to_the_end(page: DependenciesPage) -> QScrollBar:
    page.resize(1200, 600)  # the form taller than its scroll area, as at 1366 × 768
    QApplication.processEvents()
    scrollbar = page.ui.form_scroll.verticalScrollBar()
    assert scrollbar.maximum() > 0
    scrollbar.setValue(scrollbar.maximum())
    assert not fully_in_view(page.ui.form_scroll, page.ui.form_heading_label)
    return scrollbar


def test_choosing_another_dependency_shows_its_heading_and_title(
    qtbot, page: DependenciesPage
) -> None:  # type: ignore[no-untyped-def]
    scrollbar = scrolled_to_the_end(page)
    table = page.ui.dependency_table
    third = demo_dependency(page.workshop, 3)
    cell = table.visualRect(page.proxy.index(page._proxy_row(third.id), Column.TITLE))  # type: ignore[arg-type]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert page.current_dependency() == third
    assert scrollbar.value() == 0
    assert fully_in_view(page.ui.form_scroll, page.ui.form_heading_label)
    assert fully_in_view(page.ui.form_scroll, page.ui.title_edit)


def test_an_edit_in_the_form_keeps_its_scroll_position(qtbot, page: DependenciesPage) -> None:  # type: ignore[no-untyped-def]
    scrollbar = scrolled_to_the_end(page)
    at_the_end = scrollbar.value()
    votes = page.current_dependency().votes  # type: ignore[union-attr]
    qtbot.mouseClick(page.ui.add_vote_button, Qt.MouseButton.LeftButton)
    assert page.current_dependency().votes == votes + 1  # type: ignore[union-attr]
    assert scrollbar.value() == at_the_end


def test_a_dependency_added_under_the_person_filter_is_a_person_dependency_in_view(
    qtbot, page: DependenciesPage
) -> None:  # type: ignore[no-untyped-def]
    scrolled_to_the_end(page)
    qtbot.mouseClick(page.ui.filter_person_button, Qt.MouseButton.LeftButton)
    page.ui.form_scroll.verticalScrollBar().setValue(10_000)
    qtbot.mouseClick(page.ui.add_button, Qt.MouseButton.LeftButton)
    new = page.current_dependency()
    assert new is not None
    assert new.category is DependencyCategory.PERSON
    assert page.ui.category_combo.currentText() == "Personberoende"
    assert page.ui.title_edit.hasFocus()
    assert fully_in_view(page.ui.form_scroll, page.ui.form_heading_label)
    assert fully_in_view(page.ui.form_scroll, page.ui.title_edit)


def test_an_undone_removal_shows_the_dependency_that_came_back(
    qtbot,
    page: DependenciesPage,  # type: ignore[no-untyped-def]
) -> None:
    """After Ctrl+Z of a delete, the form stayed on the neighbour the delete had moved to."""
    removed = page.workshop.contents.dependencies[2]
    page.select_dependency(removed.id)
    page.remove_current()
    assert page.current_dependency() is not None
    assert page.current_dependency().id != removed.id  # type: ignore[union-attr]
    page.workshop.undo_stack.undo()
    shown = page.current_dependency()
    assert shown is not None and shown.id == removed.id
    assert page.ui.title_edit.text() == removed.title


def test_the_counts_are_those_of_the_workshop_s_summary(qtbot, demo_workshop: OpenWorkshop) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.summary import summarize

    # One dependency taken off the matrix, so that every kind of count has something in it.
    first = demo_dependency(demo_workshop, 1)
    demo_workshop.service.save_dependency(
        demo_workshop.workshop_id, dataclasses.replace(first, impact=None, likelihood=None)
    )
    demo_workshop.refresh()
    page = open_page(qtbot, demo_workshop)
    summary = summarize(demo_workshop.contents, demo_workshop.today())
    per_quadrant = dict(summary.dependencies_per_quadrant)
    high = per_quadrant[Quadrant.ACT_NOW] + per_quadrant[Quadrant.ESCALATE]
    unplaced = sum(1 for line in summary.dependencies if line.priority is None)
    assert unplaced and summary.unhandled_high_priority
    # "1 inte placerat", "2 inte placerade": the plural is the translation's.
    assert page.ui.summary_label.text().startswith(
        f"{len(summary.dependencies)} beroenden · {high} med hög prioritet, varav "
        f"{len(summary.unhandled_high_priority)} utan åtgärd · {unplaced} inte placera"
    )
    shown = {button.text() for button in page._filter_buttons}
    assert f"Alla ({len(summary.dependencies)})" in shown
    for category, count in summary.dependencies_per_category:
        assert any(text.endswith(f"({count})") for text in shown), category
