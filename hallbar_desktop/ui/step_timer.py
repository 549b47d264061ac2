"""One countdown: elapsed and remaining time against a length in minutes that can be changed."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

# The longest a step or a break can be set to: a whole workshop day.
MAX_MINUTES = 8 * 60


class StepTimer(QObject):
    """Counts from start() until pause(); ``ticked`` fires on every change and each second
    while it runs, ``ran_out`` once when the length is used up. The clock is a monotonic
    clock function, so tests can move time on without sleeping."""

    ticked = Signal()
    ran_out = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._planned = 0.0
        self._elapsed_before = 0.0
        self._started_at: float | None = None
        self._announced = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)

    def reset(self, minutes: int | None) -> None:
        """Stopped at zero, with a length of ``minutes`` (None or 0: no length, it counts up)."""
        self._planned = float(_within_limits(minutes or 0) * 60)
        self._elapsed_before = 0.0
        self._started_at = None
        self._announced = False
        self._tick.stop()
        self.ticked.emit()

    def set_length(self, minutes: int) -> None:
        """A new length; the time already used is kept, so the time left moves with it."""
        self._planned = float(_within_limits(minutes) * 60)
        if not self.is_over:
            self._announced = False  # lengthened past the time used: it can run out again
        self.ticked.emit()

    def carry_on(self, elapsed_seconds: float, running: bool) -> None:
        """Take over a timer kept from before: ``elapsed_seconds`` used, and running or not.
        A length that ran out before is not announced again."""
        self._elapsed_before = max(0.0, elapsed_seconds)
        self._started_at = self._clock() if running else None
        self._announced = self.is_over
        if running:
            self._tick.start()
        else:
            self._tick.stop()
        self.ticked.emit()

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()
            self._tick.start()
            self.ticked.emit()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before += self._clock() - self._started_at
            self._started_at = None
            self._tick.stop()
            self.ticked.emit()

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def started(self) -> bool:
        """True once it has been started, running or paused, until it is reset."""
        return self.running or self._elapsed_before > 0

    @property
    def planned_seconds(self) -> float:
        return self._planned

    @property
    def length_minutes(self) -> int:
        return int(self._planned // 60)

    @property
    def elapsed_seconds(self) -> float:
        running = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + running

    @property
    def remaining_seconds(self) -> float:
        return self._planned - self.elapsed_seconds

    @property
    def is_over(self) -> bool:
        return self._planned > 0 and self.remaining_seconds <= 0

    def tick(self) -> None:
        """Tell the listeners the time now; the QTimer calls it each second while running."""
        self.ticked.emit()
        if self.is_over and not self._announced:
            self._announced = True
            self.ran_out.emit()


def _within_limits(minutes: int) -> int:
    return max(0, min(int(minutes), MAX_MINUTES))


def clock_text(seconds: float) -> str:
    """Minutes and seconds, e.g. 12:05; negative time is shown with a minus sign."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"
