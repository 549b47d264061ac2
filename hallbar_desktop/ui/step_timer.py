"""The step timer: elapsed and remaining time against the step's suggested minutes."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal


class StepTimer(QObject):
    """Counts from start() until pause(); ``ticked`` fires each second, ``ran_out`` once."""

    ticked = Signal()
    ran_out = Signal()

    def __init__(self, parent: QObject | None = None, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._clock = clock
        self._planned = 0.0
        self._elapsed_before = 0.0
        self._started_at: float | None = None
        self._announced = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    def reset(self, minutes: int | None) -> None:
        self._planned = float((minutes or 0) * 60)
        self._elapsed_before = 0.0
        self._started_at = None
        self._announced = False
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
    def planned_seconds(self) -> float:
        return self._planned

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

    def _on_tick(self) -> None:
        self.ticked.emit()
        if self.is_over and not self._announced:
            self._announced = True
            self.ran_out.emit()


def clock_text(seconds: float) -> str:
    """Minutes and seconds, e.g. 12:05; negative time is shown with a minus sign."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"
