"""The workshop's timers: each step keeps its own, lengths can be set, Paus has a break timer."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from hallbar_desktop.domain.workflow import WorkshopStep, suggested_minutes
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.room_state import RoomState, ScreenMode
from hallbar_desktop.ui.timer_controls import TimerControls
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_timers import WorkshopTimers
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.ui.keyboard import press, type_text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def minutes_of(workshop: OpenWorkshop, step: WorkshopStep) -> int:
    minutes = suggested_minutes(workshop.contents.workshop.variant, step)
    assert minutes  # the steps used here all have a suggested time
    return minutes


def open_view(qtbot, workshop: OpenWorkshop, settings: UiSettings, clock: FakeClock):  # type: ignore[no-untyped-def]
    view = WorkshopView(workshop, settings, clock=clock)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    return view


def advance(view: WorkshopView, clock: FakeClock, seconds: float) -> None:
    """Time passes; every running timer ticks as its QTimer would."""
    clock.now += seconds
    for timer in (*view.timers._steps.values(), view.timers.break_timer):
        if timer.running:
            timer.tick()


def header(view: WorkshopView) -> str:
    return view.timer_controls.ui.timer_label.text()


def test_a_steps_timer_keeps_running_while_the_facilitator_looks_at_other_steps(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    view = open_view(qtbot, empty_workshop, ui_settings, clock)
    controls = view.timer_controls.ui
    results = minutes_of(empty_workshop, WorkshopStep.RESULTS)
    dependencies = minutes_of(empty_workshop, WorkshopStep.DEPENDENCIES)
    view.go_to(WorkshopStep.RESULTS)
    qtbot.mouseClick(controls.start_button, Qt.MouseButton.LeftButton)
    advance(view, clock, 60)
    assert header(view) == f"{results - 1}:00 kvar av {results} min"

    view.next_step()  # a look at the next step's guidance while the group talks on
    assert view.current_step is WorkshopStep.DEPENDENCIES
    assert header(view) == f"Planerad tid: {dependencies} min"
    assert controls.start_button.text() == "Starta timer"
    # The running timer stays in sight, and leads back to its step.
    assert controls.elsewhere_button.isVisible()
    assert controls.elsewhere_button.text() == f"Resultat och samtal: {results - 1}:00 kvar"
    advance(view, clock, 90)
    assert controls.elsewhere_button.text() == f"Resultat och samtal: {results - 3}:30 kvar"

    qtbot.mouseClick(controls.elsewhere_button, Qt.MouseButton.LeftButton)
    assert view.current_step is WorkshopStep.RESULTS
    assert header(view) == f"{results - 3}:30 kvar av {results} min"
    assert controls.start_button.text() == "Pausa timer"
    assert not controls.elsewhere_button.isVisible()


def test_starting_another_steps_timer_stops_the_first(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    view = open_view(qtbot, empty_workshop, ui_settings, clock)
    controls = view.timer_controls.ui
    results = minutes_of(empty_workshop, WorkshopStep.RESULTS)
    view.go_to(WorkshopStep.RESULTS)
    view.toggle_timer()  # Ctrl+T
    advance(view, clock, 120)
    view.go_to(WorkshopStep.DEPENDENCIES)
    view.toggle_timer()
    assert not controls.elsewhere_button.isVisible()  # the room has moved on
    advance(view, clock, 300)
    view.go_to(WorkshopStep.RESULTS)
    assert header(view) == f"Stoppad: {results - 2}:00 kvar av {results} min"
    assert controls.start_button.text() == "Fortsätt"
    assert controls.elsewhere_button.text().startswith("Beroenden: ")
    qtbot.mouseClick(controls.reset_button, Qt.MouseButton.LeftButton)
    assert header(view) == f"Planerad tid: {results} min"


def test_five_minutes_more_or_less_changes_the_length_and_keeps_the_time_used(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    view = open_view(qtbot, empty_workshop, ui_settings, clock)
    controls = view.timer_controls.ui
    planned = minutes_of(empty_workshop, WorkshopStep.DEPENDENCIES)
    view.go_to(WorkshopStep.DEPENDENCIES)
    qtbot.mouseClick(controls.longer_button, Qt.MouseButton.LeftButton)
    assert header(view) == f"Planerad tid: {planned + 5} min"
    assert controls.length_spin.value() == planned + 5
    view.toggle_timer()
    advance(view, clock, 60)
    qtbot.mouseClick(controls.shorter_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controls.shorter_button, Qt.MouseButton.LeftButton)
    assert header(view) == f"{planned - 6}:00 kvar av {planned - 5} min"
    # The length set by hand stays with the step.
    view.previous_step()
    view.next_step()
    assert header(view) == f"{planned - 6}:00 kvar av {planned - 5} min"


def test_a_length_typed_in_minutes_sets_the_timer_on_both_screens(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    view = open_view(qtbot, empty_workshop, ui_settings, clock)
    view.go_to(WorkshopStep.ACTIONS)
    view.toggle_participant_view()
    projector = view.participant_view
    assert projector is not None
    qtbot.addWidget(projector)
    spin = view.timer_controls.ui.length_spin
    spin.setFocus()
    spin.selectAll()
    type_text(spin, "12")
    press(spin, Qt.Key.Key_Return)
    assert header(view) == "Planerad tid: 12 min"
    assert projector.ui.timer_label.text() == "12:00"
    view.toggle_timer()
    advance(view, clock, 12 * 60 + 5)
    assert header(view) == "Tiden är slut (0:05 över 12 min)"
    assert projector.ui.timer_label.text() == "Tiden är slut"
    view.close_participant_view()


def test_the_planned_length_shows_before_the_timer_is_started(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    view = open_view(qtbot, empty_workshop, ui_settings, clock)
    assert view.current_step is WorkshopStep.PREPARATION  # no time is suggested for it
    assert header(view) == "Ingen planerad tid"
    planned = minutes_of(empty_workshop, WorkshopStep.WELCOME)
    view.go_to(WorkshopStep.WELCOME)
    assert header(view) == f"Planerad tid: {planned} min"
    assert view.timer_controls.ui.length_spin.value() == planned
    assert not view.timer_controls.ui.reset_button.isEnabled()


def test_paus_counts_down_a_break_of_its_own_on_both_screens(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    view = open_view(qtbot, empty_workshop, ui_settings, clock)
    controls = view.timer_controls.ui
    planned = minutes_of(empty_workshop, WorkshopStep.DEPENDENCIES)
    view.go_to(WorkshopStep.DEPENDENCIES)
    view.toggle_timer()
    advance(view, clock, 5 * 60)
    view.toggle_participant_view()
    projector = view.participant_view
    assert projector is not None
    qtbot.addWidget(projector)

    qtbot.mouseClick(view.room_controls.ui.pause_mode_button, Qt.MouseButton.LeftButton)
    assert header(view) == "Paus: 10:00 kvar av 10 min"  # the break starts with Paus
    assert projector.ui.pause_timer_label.text() == "10:00"
    advance(view, clock, 90)
    assert header(view) == "Paus: 8:30 kvar av 10 min"
    assert projector.ui.pause_timer_label.text() == "8:30"
    # The step waits for the break, and stays in sight meanwhile.
    assert controls.elsewhere_button.text() == f"Beroenden: {planned - 5}:00 kvar"
    qtbot.mouseClick(controls.longer_button, Qt.MouseButton.LeftButton)
    assert header(view) == "Paus: 13:30 kvar av 15 min"
    assert ui_settings.break_minutes() == 15  # the next break gets the same length

    qtbot.mouseClick(view.room_controls.ui.step_mode_button, Qt.MouseButton.LeftButton)
    assert header(view) == f"{planned - 5}:00 kvar av {planned} min"  # the break did not count
    advance(view, clock, 60)
    assert header(view) == f"{planned - 6}:00 kvar av {planned} min"
    assert projector.ui.timer_label.text() == f"{planned - 6}:00"
    view.room.set_mode(ScreenMode.PAUSE)
    assert header(view) == "Paus: 15:00 kvar av 15 min"
    view.close_participant_view()


def test_a_sound_when_time_is_up_only_when_turned_on(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:
    clock = FakeClock()
    room = RoomState(empty_workshop)
    room.set_step(WorkshopStep.WELCOME)
    timers = WorkshopTimers(room, clock=clock)
    beeps: list[str] = []
    controls = TimerControls(timers, ui_settings, beep=lambda: beeps.append("pip"))
    qtbot.addWidget(controls)
    assert ui_settings.timer_sound() is False  # off unless turned on
    timer = timers.shown
    timers.start(timer)
    clock.now += timer.planned_seconds + 1
    timer.tick()
    assert beeps == []
    ui_settings.set_timer_sound(True)
    timers.reset()
    timers.start(timer)
    clock.now += timer.planned_seconds + 1
    timer.tick()
    timer.tick()
    assert beeps == ["pip"]  # once, not every second


def test_an_untouched_step_follows_the_variants_suggested_time(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    room = RoomState(empty_workshop)
    timers = WorkshopTimers(room, clock=FakeClock())
    half_day = minutes_of(empty_workshop, WorkshopStep.DEPENDENCIES)
    assert timers.for_step(WorkshopStep.DEPENDENCIES).length_minutes == half_day
    room.set_step(WorkshopStep.ACTIONS)
    timers.set_length(33)
    w = empty_workshop.contents.workshop
    empty_workshop.update_workshop(dataclasses.replace(w, variant=Variant.SHORT), "Upplägg")
    short = suggested_minutes(Variant.SHORT, WorkshopStep.DEPENDENCIES)
    assert short != half_day
    assert timers.for_step(WorkshopStep.DEPENDENCIES).length_minutes == short
    assert timers.for_step(WorkshopStep.ACTIONS).length_minutes == 33  # set by hand


def test_the_participant_view_reads_the_rooms_timer(qtbot, empty_workshop: OpenWorkshop) -> None:
    clock = FakeClock()
    room = RoomState(empty_workshop)
    room.set_step(WorkshopStep.RATING)
    timers = WorkshopTimers(room, break_minutes=7, clock=clock)
    projector = ParticipantView(room, timers)
    qtbot.addWidget(projector)
    projector.resize(1366, 768)
    projector.show()
    planned = minutes_of(empty_workshop, WorkshopStep.RATING)
    assert projector.ui.timer_label.text() == f"{planned}:00"
    room.set_mode(ScreenMode.PAUSE)
    assert projector.ui.pause_timer_label.text() == "7:00"
