"""A running step timer goes on while its workshop is closed and is there when it is reopened."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.step_timer import clock_text
from hallbar_desktop.ui.ui_settings import UiSettings
from hallbar_desktop.ui.workshop_timers import TimerMemory
from hallbar_desktop.ui.workshop_view import WorkshopView
from tests.ui.conftest import settle
from tests.ui.test_step_timers import FakeClock, advance, header, minutes_of


def _view(qtbot, workshop, settings, clock, memory) -> WorkshopView:  # type: ignore[no-untyped-def]
    view = WorkshopView(workshop, settings, clock=clock, timer_memory=memory)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    return view


def _close(view: WorkshopView) -> None:
    view.close()
    view.deleteLater()
    settle()


def test_a_running_timer_has_run_on_when_the_workshop_is_opened_again(
    qtbot, empty_workshop: OpenWorkshop, ui_settings: UiSettings
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    memory = TimerMemory(clock)
    view = _view(qtbot, empty_workshop, ui_settings, clock, memory)
    view.go_to(WorkshopStep.RATING)
    view.timer_controls.set_length(25)  # set by hand, not the step's suggestion
    view.timers.toggle()
    advance(view, clock, 60)
    view.go_to(WorkshopStep.WELCOME)  # looking at another step while the rating runs
    welcome = view.timers.for_step(WorkshopStep.WELCOME)
    welcome.start()
    clock.now += 10
    welcome.pause()  # started and paused: kept as it was
    view.go_to(WorkshopStep.RATING)
    advance(view, clock, 30)
    _close(view)

    clock.now += 60  # a minute with the workshop closed
    again = _view(qtbot, empty_workshop, ui_settings, clock, memory)
    rating = again.timers.for_step(WorkshopStep.RATING)
    assert rating.running
    assert rating.elapsed_seconds == 60 + 10 + 30 + 60
    assert rating.length_minutes == 25
    assert again.timers.step_being_run() is WorkshopStep.RATING
    # The step shown is Förberedelser; the header offers the way back to the running step.
    assert again.timer_controls.ui.elsewhere_button.isVisibleTo(again)
    again.go_to(WorkshopStep.RATING)
    assert header(again) == f"{clock_text(25 * 60 - 160)} kvar av 25 min"
    paused = again.timers.for_step(WorkshopStep.WELCOME)
    assert paused.started and not paused.running and paused.elapsed_seconds == 10
    assert paused.length_minutes == minutes_of(empty_workshop, WorkshopStep.WELCOME)


def test_the_window_keeps_the_timers_of_a_workshop_closed_and_opened_again(
    qtbot,
    window_with_workshop,  # type: ignore[no-untyped-def]
) -> None:
    window, contents = window_with_workshop
    window.resize(1366, 768)
    window.show()
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    view.go_to(WorkshopStep.RESULTS)
    view.timers.toggle()
    before = view.timers.for_step(WorkshopStep.RESULTS).elapsed_seconds
    window.show_library()
    settle()
    window.open_workshop(contents.workshop.id)
    QApplication.processEvents()
    timer = window.workshop_view.timers.for_step(WorkshopStep.RESULTS)
    assert timer.running
    assert timer.elapsed_seconds >= before
