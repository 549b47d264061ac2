"""Slow work (an export) on a pool thread, with its outcome delivered to the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hallbar_desktop.domain.errors import HallbarError


class JobSignals(QObject):
    """Created on the GUI thread, so receivers there get each signal queued, never on the worker.

    ``succeeded`` carries the work's return value, ``refused`` an expected HallbarError,
    ``crashed`` any other exception (its ``__traceback__`` intact for the crash report)."""

    succeeded = Signal(object)
    refused = Signal(object)
    crashed = Signal(object)


class BackgroundJob(QRunnable):
    """Runs ``work`` once on a thread of the pool; the work must not touch any widget."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except HallbarError as error:
            self.signals.refused.emit(error)
        except Exception as error:  # handed to the GUI thread's crash handling
            self.signals.crashed.emit(error)
        else:
            self.signals.succeeded.emit(result)


def start_job(job: BackgroundJob, pool: QThreadPool | None = None) -> None:
    (pool or QThreadPool.globalInstance()).start(job)
