"""Förberedelser: the facts are stored field by field, invalid input is refused with the domain's
message, and participants are added, edited, removed and reordered with undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep, steps_for
from hallbar_desktop.domain.workshop import InputMode, Variant
from hallbar_desktop.ui.models.participant_table_model import ALIAS, NAME, ParticipantTableModel
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.preparation_page import PreparationPage
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.ui.keyboard import type_text


def _page(qtbot, workshop: OpenWorkshop) -> PreparationPage:  # type: ignore[no-untyped-def]
    page = PreparationPage(workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _stored(workshop: OpenWorkshop) -> WorkshopContents:
    return workshop.service.contents(workshop.workshop_id)


def _ordered_aliases(workshop: OpenWorkshop) -> list[str]:
    return [p.alias for p in sorted(_stored(workshop).participants, key=lambda p: p.position)]


def test_typed_swedish_text_is_stored_per_field_and_undo_restores_it(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    page.ui.organisation_edit.setFocus()
    type_text(page.ui.organisation_edit, "Region Västra Götaland – Älvsborg")
    page.ui.organisation_edit.commit()  # what leaving the field does
    page.ui.facilitator_edit.setFocus()
    type_text(page.ui.facilitator_edit, "Åsa Öberg")
    page.ui.facilitator_edit.commit()
    stored = _stored(empty_workshop).workshop
    assert stored.organisation == "Region Västra Götaland – Älvsborg"
    assert stored.facilitator == "Åsa Öberg"
    empty_workshop.undo_stack.undo()
    assert _stored(empty_workshop).workshop.facilitator == ""
    assert _stored(empty_workshop).workshop.organisation == "Region Västra Götaland – Älvsborg"
    assert empty_workshop.undo_stack.undoText() == "Ändra organisation"


def test_an_empty_title_shows_the_domains_message_and_stores_nothing(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    page.ui.title_edit.setFocus()
    page.ui.title_edit.selectAll()
    page.ui.title_edit.del_()
    page.ui.title_edit.commit()
    assert page.ui.title_problem_label.isVisible()
    assert page.ui.title_problem_label.text() == "Titeln måste fyllas i."
    assert _stored(empty_workshop).workshop.title == "Ny workshop"
    assert empty_workshop.undo_stack.count() == 0
    type_text(page.ui.title_edit, "Förändringsberedskap på enheten")
    page.ui.title_edit.commit()
    assert not page.ui.title_problem_label.isVisible()
    assert _stored(empty_workshop).workshop.title == "Förändringsberedskap på enheten"


def test_a_follow_up_before_the_workshop_date_is_refused_next_to_the_field(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    held_on = demo_workshop.contents.workshop.held_on
    follow_up_before = _stored(demo_workshop).workshop.follow_up_on
    assert held_on is not None
    page.ui.follow_up_field.set_value(date(held_on.year, held_on.month, 1))
    page.ui.follow_up_field.commit()
    assert page.ui.follow_up_problem_label.isVisible()
    assert "före själva workshoppen" in page.ui.follow_up_problem_label.text()
    assert _stored(demo_workshop).workshop.follow_up_on == follow_up_before


def test_dates_show_the_week_number_and_can_be_cleared(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert page.ui.held_on_field.date_edit.text() == ""
    page.ui.held_on_field.set_value(date(2026, 11, 26))
    page.ui.held_on_field.commit()
    assert _stored(empty_workshop).workshop.held_on == date(2026, 11, 26)
    assert page.ui.held_on_field.week_label.text() == "v. 48"
    page.ui.held_on_field.clear_button.click()
    assert _stored(empty_workshop).workshop.held_on is None
    assert page.ui.held_on_field.week_label.text() == ""
    empty_workshop.undo_stack.undo()
    assert page.ui.held_on_field.value() == date(2026, 11, 26)


def test_choices_are_stored_when_picked_and_the_variant_locks_once_something_is_recorded(
    qtbot,
    empty_workshop: OpenWorkshop,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    combo = page.ui.input_mode_combo
    combo.setCurrentIndex(combo.findData(InputMode.PAPER))
    combo.activated.emit(combo.currentIndex())
    assert _stored(empty_workshop).workshop.input_mode is InputMode.PAPER
    assert page.ui.variant_combo.isEnabled()
    variant = page.ui.variant_combo
    variant.setCurrentIndex(variant.findData(Variant.SHORT))
    variant.activated.emit(variant.currentIndex())
    assert _stored(empty_workshop).workshop.variant is Variant.SHORT
    page.ui.show_names_check.click()
    assert _stored(empty_workshop).workshop.show_names is True

    demo_page = _page(qtbot, demo_workshop)
    assert not demo_page.ui.variant_combo.isEnabled()
    assert "redan är registrerat" in demo_page.ui.variant_combo.toolTip()
    assert demo_page.ui.show_names_check.isChecked() is False


def test_adding_a_participant_is_stored_and_undone(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    page.add_item()  # Ctrl+Enter in the workshop window
    assert _ordered_aliases(empty_workshop) == [f"Deltagare {n}" for n in range(1, 5)]
    assert page.participants.rowCount() == 4
    assert page.selected_participant() is not None
    assert page.selected_participant().alias == "Deltagare 4"  # type: ignore[union-attr]
    empty_workshop.undo_stack.undo()
    assert len(_stored(empty_workshop).participants) == 3
    assert page.participants.rowCount() == 3
    empty_workshop.undo_stack.redo()
    assert len(_stored(empty_workshop).participants) == 4


def test_editing_a_cell_stores_it_through_the_workshop_and_undo_restores_it(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    model = page.participants
    assert model.setData(model.index(0, NAME), "Sören Ångström")
    assert _stored(empty_workshop).participants[0].name == "Sören Ångström"
    assert model.data(model.index(0, NAME)) == "Sören Ångström"
    empty_workshop.undo_stack.undo()
    assert _stored(empty_workshop).participants[0].name == ""
    assert model.data(model.index(0, NAME)) == ""
    # Two participants cannot share an alias: the rule's sentence is shown, nothing stored.
    assert not model.setData(model.index(1, ALIAS), "Deltagare 1")
    assert page.ui.participants_problem_label.text() == "Två deltagare har samma alias."
    assert _ordered_aliases(empty_workshop)[1] == "Deltagare 2"


def test_removing_a_participant_removes_their_ratings_and_undo_brings_them_back(
    qtbot,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, demo_workshop)
    page.ui.participant_table.setCurrentIndex(page.participants.index(1, ALIAS))
    removed = page.selected_participant()
    assert removed is not None
    own = [r for r in _stored(demo_workshop).ratings if r.participant_id == removed.id]
    assert own
    page.ui.remove_participant_button.click()
    after = _stored(demo_workshop)
    assert removed.id not in {p.id for p in after.participants}
    assert not [r for r in after.ratings if r.participant_id == removed.id]
    demo_workshop.undo_stack.undo()
    restored = _stored(demo_workshop)
    assert removed in restored.participants
    assert sorted(
        (r for r in restored.ratings if r.participant_id == removed.id),
        key=lambda r: r.statement_code,
    ) == sorted(own, key=lambda r: r.statement_code)
    assert page.participants.data(page.participants.index(1, 3)) == "15 av 15"


def test_moving_a_participant_swaps_positions_in_one_undo_step(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    page.ui.participant_table.setCurrentIndex(page.participants.index(0, ALIAS))
    assert not page.ui.move_up_button.isEnabled()
    page.ui.move_down_button.click()
    assert _ordered_aliases(empty_workshop) == ["Deltagare 2", "Deltagare 1", "Deltagare 3"]
    assert page.selected_participant().alias == "Deltagare 1"  # type: ignore[union-attr]
    page.ui.move_down_button.click()
    assert _ordered_aliases(empty_workshop) == ["Deltagare 2", "Deltagare 3", "Deltagare 1"]
    assert not page.ui.move_down_button.isEnabled()
    page.ui.move_up_button.click()
    assert _ordered_aliases(empty_workshop) == ["Deltagare 2", "Deltagare 1", "Deltagare 3"]
    assert empty_workshop.undo_stack.count() == 3
    empty_workshop.undo_stack.undo()
    assert _ordered_aliases(empty_workshop) == ["Deltagare 2", "Deltagare 3", "Deltagare 1"]
    empty_workshop.undo_stack.undo()
    empty_workshop.undo_stack.undo()
    assert _ordered_aliases(empty_workshop) == ["Deltagare 1", "Deltagare 2", "Deltagare 3"]
    assert [page.participants.data(page.participants.index(r, ALIAS)) for r in range(3)] == [
        "Deltagare 1",
        "Deltagare 2",
        "Deltagare 3",
    ]


def test_participant_table_model_passes_the_model_tester(
    qtmodeltester,
    demo_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    model = ParticipantTableModel(demo_workshop)
    model.show_contents(demo_workshop.contents)
    assert model.rowCount() == len(demo_workshop.contents.participants)
    assert model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_an_empty_participant_list_teaches_how_to_add_one(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, empty_workshop)
    assert not page.ui.participants_empty_label.isVisible()
    for participant in list(empty_workshop.contents.participants):
        empty_workshop.remove_part(participant, "Ta bort deltagare")
    assert page.ui.participants_empty_label.isVisible()
    assert "Ctrl+Enter" in page.ui.participants_empty_label.text()
    assert not page.ui.remove_participant_button.isEnabled()


def test_changing_the_variant_changes_the_windows_steps(
    qtbot,
    empty_workshop: OpenWorkshop,
    ui_settings,  # type: ignore[no-untyped-def]
) -> None:
    view = WorkshopView(empty_workshop, ui_settings)
    qtbot.addWidget(view)
    page = view.current_page()
    assert isinstance(page, PreparationPage)
    assert WorkshopStep.PREREQUISITES in view.steps
    combo = page.ui.variant_combo
    combo.setCurrentIndex(combo.findData(Variant.SHORT))
    combo.activated.emit(combo.currentIndex())
    assert view.steps == steps_for(Variant.SHORT)
    assert view.ui.step_list.count() == len(steps_for(Variant.SHORT))
    assert view.current_step is WorkshopStep.PREPARATION
    empty_workshop.undo_stack.undo()
    assert view.steps == steps_for(Variant.HALF_DAY)
    combo.setCurrentIndex(combo.findData(Variant.FOLLOW_UP))
    combo.activated.emit(combo.currentIndex())
    view.go_to(WorkshopStep.FOLLOW_UP)
    assert view.ui.page_stack.currentWidget() is view.pages[WorkshopStep.FOLLOW_UP]
