"""The facilitator's side of the shared screen: reveal, paus and blank, names, F5."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import ScreenMode
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_view import WorkshopView


def workshop_view(qtbot, workshop: OpenWorkshop, settings: UiSettings, status: WorkshopStatus):  # type: ignore[no-untyped-def]
    w = workshop.contents.workshop
    workshop.update_workshop(dataclasses.replace(w, status=status), "Status")
    view = WorkshopView(workshop, settings)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    return view


def test_results_are_hidden_on_the_facilitators_page_until_revealed(
    qtbot, demo_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    view = workshop_view(qtbot, demo_workshop, ui_settings, WorkshopStatus.IN_PROGRESS)
    view.go_to(WorkshopStep.RESULTS)
    page = view.current_page()
    assert page.ui.hidden_panel.isVisible()
    assert not page.ui.results_scroll.isVisible()
    assert page.ui.readiness_chart.results() == ()
    assert page.sections == {}
    controls = view.room_controls.ui
    assert controls.room_status_label.text() == "Resultaten är dolda för rummet."

    qtbot.mouseClick(page.ui.reveal_results_button, Qt.MouseButton.LeftButton)
    assert view.room.is_revealed(WorkshopStep.RESULTS)
    assert page.ui.results_scroll.isVisible()
    assert len(page.ui.readiness_chart.results()) == 5
    assert set(page.sections) == {d.code for d in demo_workshop.contents.template.dimensions}
    assert controls.reveal_button.text() == "Dölj resultat"
    assert controls.room_status_label.text() == "Rummet ser: Översikt per dimension."

    # The room bar hides them again, on the page too.
    qtbot.mouseClick(controls.reveal_button, Qt.MouseButton.LeftButton)
    assert not view.room.is_revealed(WorkshopStep.RESULTS)
    assert page.ui.readiness_chart.results() == ()
    assert page.sections == {}
    assert controls.reveal_button.text() == "Visa resultat"


def test_the_view_chooser_picks_what_the_room_sees(
    qtbot, demo_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    view = workshop_view(qtbot, demo_workshop, ui_settings, WorkshopStatus.IN_PROGRESS)
    view.go_to(WorkshopStep.DEPENDENCIES)
    controls = view.room_controls.ui
    assert controls.reveal_button.isEnabled()
    assert not controls.view_combo.isEnabled()  # nothing to choose before the reveal
    qtbot.mouseClick(controls.reveal_button, Qt.MouseButton.LeftButton)
    labels = [controls.view_combo.itemText(i) for i in range(controls.view_combo.count())]
    assert labels == ["Matrisen", "Prickröstning", "Lappar"]
    controls.view_combo.setCurrentIndex(1)
    controls.view_combo.activated.emit(1)
    assert view.room.shown_view(WorkshopStep.DEPENDENCIES) == "votes"
    view.go_to(WorkshopStep.CURRENT_AND_TARGET)
    assert not controls.reveal_button.isEnabled()  # nothing here waits for a reveal


def test_paus_and_blank_buttons(qtbot, demo_workshop: OpenWorkshop, ui_settings) -> None:  # type: ignore[no-untyped-def]
    view = workshop_view(qtbot, demo_workshop, ui_settings, WorkshopStatus.IN_PROGRESS)
    controls = view.room_controls.ui
    qtbot.mouseClick(controls.pause_mode_button, Qt.MouseButton.LeftButton)
    assert view.room.mode is ScreenMode.PAUSE
    assert controls.room_status_label.text() == "Deltagarvyn visar paus."
    qtbot.mouseClick(controls.blank_mode_button, Qt.MouseButton.LeftButton)
    assert view.room.mode is ScreenMode.BLANK
    assert not controls.pause_mode_button.isChecked()
    qtbot.mouseClick(controls.step_mode_button, Qt.MouseButton.LeftButton)
    assert view.room.mode is ScreenMode.STEP


def test_names_switch_is_stored_and_undoable(
    qtbot, demo_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    view = workshop_view(qtbot, demo_workshop, ui_settings, WorkshopStatus.IN_PROGRESS)
    check = view.room_controls.ui.names_check
    assert not check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    stored = demo_workshop.service.contents(demo_workshop.workshop_id).workshop
    assert stored.show_names
    demo_workshop.undo_stack.undo()
    assert not demo_workshop.service.contents(demo_workshop.workshop_id).workshop.show_names
    assert not check.isChecked()


def test_a_held_workshop_shows_everything(qtbot, demo_workshop, ui_settings) -> None:  # type: ignore[no-untyped-def]
    view = workshop_view(qtbot, demo_workshop, ui_settings, WorkshopStatus.HELD)
    view.go_to(WorkshopStep.RESULTS)
    assert view.current_page().ui.results_scroll.isVisible()
    controls = view.room_controls.ui
    assert not controls.reveal_button.isEnabled()
    assert controls.room_status_label.text() == "Allt visas: workshoppen är genomförd."


def test_f5_opens_and_closes_the_participant_view(
    qtbot, demo_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    view = workshop_view(qtbot, demo_workshop, ui_settings, WorkshopStatus.IN_PROGRESS)
    view.go_to(WorkshopStep.RATING)
    view.toggle_participant_view()
    room_view = view.participant_view
    assert room_view is not None and room_view.isVisible()
    qtbot.addWidget(room_view)
    assert view.ui.participant_view_button.isChecked()
    assert room_view.ui.step_title_label.text() == "Individuell skattning"
    view.next_step()
    assert room_view.ui.step_title_label.text() == "Resultat och samtal"
    # The same timer as the facilitator's: the step's 25 suggested minutes.
    assert room_view.ui.timer_label.text() == "25:00"
    assert view.timer_controls.ui.timer_label.text() == "Planerad tid: 25 min"

    view.toggle_participant_view()
    assert not room_view.isVisible()
    assert not view.ui.participant_view_button.isChecked()
    # Closing it from its own window unchecks the button as well.
    view.toggle_participant_view()
    room_view.close()
    assert not view.ui.participant_view_button.isChecked()
    view.close_participant_view()
    assert view.participant_view is None
