"""The timers of one open workshop: one per step and one for breaks, one running at a time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from hallbar_desktop.domain.workflow import WorkshopStep, suggested_minutes
from hallbar_desktop.ui.room_state import RoomState, ScreenMode
from hallbar_desktop.ui.step_timer import StepTimer
from hallbar_desktop.ui.ui_settings import DEFAULT_BREAK_MINUTES


class WorkshopTimers(QObject):
    """Each step keeps its own timer, time and length while the facilitator looks at other
    steps; starting one pauses the others, since the room works on one step at a time. While
    the shared screen shows Paus, the break timer runs and the step being run waits for it.

    It reads like a StepTimer, as the timer the room sees: the break's while the screen shows
    Paus, else the timer of the step shown. ``ticked`` fires on every change of any timer and
    of what is shown; ``ran_out`` carries the timer whose time is up."""

    ticked = Signal()
    ran_out = Signal(object)

    def __init__(
        self,
        room: RoomState,
        break_minutes: int = DEFAULT_BREAK_MINUTES,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self._clock = clock
        self._steps: dict[WorkshopStep, StepTimer] = {}
        # Steps whose length the facilitator set; the others follow the variant's suggestion.
        self._set_by_hand: set[WorkshopStep] = set()
        self.break_timer = self._new_timer()
        self.break_timer.reset(break_minutes)
        # No step shown yet: an idle timer, so the room's timer always reads as something.
        self._idle = self._new_timer()
        # The step timer the break stopped, to go on when the break is over.
        self._after_break: StepTimer | None = None
        self._mode = room.mode
        room.changed.connect(self._follow_room)

    def _new_timer(self) -> StepTimer:
        timer = StepTimer(self, self._clock)
        timer.ticked.connect(self.ticked)
        timer.ran_out.connect(lambda: self.ran_out.emit(timer))
        return timer

    # --- which timer -----------------------------------------------------------------------

    def for_step(self, step: WorkshopStep) -> StepTimer:
        timer = self._steps.get(step)
        if timer is None:
            timer = self._new_timer()
            self._steps[step] = timer
        if not timer.started and step not in self._set_by_hand:
            # Förberedelser may have changed the variant, and with it the suggested minutes.
            minutes = suggested_minutes(self.room.workshop.contents.workshop.variant, step) or 0
            if minutes != timer.length_minutes:
                timer.reset(minutes)
        return timer

    @property
    def shown(self) -> StepTimer:
        """The timer the room sees and the facilitator's header shows."""
        if self.room.mode is ScreenMode.PAUSE:
            return self.break_timer
        step = self.room.step
        return self._idle if step is None else self.for_step(step)

    @property
    def is_break(self) -> bool:
        return self.shown is self.break_timer

    def step_being_run(self) -> WorkshopStep | None:
        """The step whose timer runs, or waits for the break to end."""
        for step, timer in self._steps.items():
            if timer.running or timer is self._after_break:
                return step
        return None

    # --- what the facilitator does to the shown timer --------------------------------------

    def toggle(self) -> None:
        timer = self.shown
        if timer.running:
            timer.pause()
        else:
            self.start(timer)

    def start(self, timer: StepTimer) -> None:
        for other in (*self._steps.values(), self.break_timer):
            if other is not timer:
                other.pause()
        if timer is not self.break_timer:
            self._after_break = None
        timer.start()

    def reset(self) -> None:
        """The shown timer back to zero, stopped, keeping its length."""
        timer = self.shown
        if timer is self._after_break:
            self._after_break = None
        timer.reset(timer.length_minutes)

    def set_length(self, minutes: int) -> None:
        timer = self.shown
        step = self.room.step
        if timer is not self.break_timer and step is not None:
            self._set_by_hand.add(step)  # first: set_length's listeners read it back
        timer.set_length(minutes)

    # --- the room's Paus -------------------------------------------------------------------

    def _follow_room(self) -> None:
        mode, previous = self.room.mode, self._mode
        self._mode = mode
        if mode is ScreenMode.PAUSE and previous is not ScreenMode.PAUSE:
            running = [t for t in self._steps.values() if t.running]
            self._after_break = running[0] if running else None
            self.break_timer.reset(self.break_timer.length_minutes)
            self.start(self.break_timer)
        elif previous is ScreenMode.PAUSE and mode is not ScreenMode.PAUSE:
            self.break_timer.pause()
            waiting, self._after_break = self._after_break, None
            if waiting is not None and not any(t.running for t in self._steps.values()):
                waiting.start()
        self.ticked.emit()

    # --- read as the room's timer (the participant view reads these) -----------------------

    @property
    def running(self) -> bool:
        return self.shown.running

    @property
    def planned_seconds(self) -> float:
        return self.shown.planned_seconds

    @property
    def elapsed_seconds(self) -> float:
        return self.shown.elapsed_seconds

    @property
    def remaining_seconds(self) -> float:
        return self.shown.remaining_seconds

    @property
    def is_over(self) -> bool:
        return self.shown.is_over

    # --- kept while the workshop is closed (see TimerMemory) -------------------------------

    def kept(self, now: float) -> KeptTimers:
        steps = {
            step: _KeptTimer(timer.elapsed_seconds, timer.length_minutes, timer.running)
            for step, timer in self._steps.items()
            if timer.started or step in self._set_by_hand
        }
        return KeptTimers(now, steps, frozenset(self._set_by_hand), self.break_timer.length_minutes)

    def carry_on(self, kept: KeptTimers, now: float) -> None:
        """The timers as they were kept, a running one with the time since then added."""
        self._set_by_hand = set(kept.set_by_hand)
        self.break_timer.reset(kept.break_minutes)
        for step, was in kept.steps.items():
            timer = self.for_step(step)
            timer.reset(was.minutes)
            away = now - kept.at if was.running else 0.0
            timer.carry_on(was.elapsed + away, was.running)
        self.ticked.emit()


@dataclass(frozen=True)
class _KeptTimer:
    elapsed: float
    minutes: int
    running: bool


@dataclass(frozen=True)
class KeptTimers:
    """One workshop's timers at the monotonic time ``at``."""

    at: float
    steps: dict[WorkshopStep, _KeptTimer]
    set_by_hand: frozenset[WorkshopStep]
    break_minutes: int


class TimerMemory:
    """The step timers of the workshops opened in this session, by workshop id. A facilitator
    who closes the workshop and opens it again a minute later finds the step's timer still
    running, with that minute counted. It is how the room's time is kept, not workshop data,
    so it lives as long as the app does and is never stored."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._kept: dict[UUID, KeptTimers] = {}

    def follow(self, workshop_id: UUID, timers: WorkshopTimers) -> None:
        """Take over what was kept for ``workshop_id``, then keep ``timers`` on every change."""
        kept = self._kept.get(workshop_id)
        if kept is not None:
            timers.carry_on(kept, self._clock())
        timers.ticked.connect(lambda: self._keep(workshop_id, timers))

    def _keep(self, workshop_id: UUID, timers: WorkshopTimers) -> None:
        self._kept[workshop_id] = timers.kept(self._clock())
