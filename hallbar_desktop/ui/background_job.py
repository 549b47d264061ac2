"""Slow work on a pool thread, owned by the widget that waits for it, outcome on the GUI thread."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from shiboken6 import isValid

from hallbar_desktop.domain.errors import HallbarError


class BackgroundJob(QObject):
    """Runs ``work`` once on a thread of the pool; the work must not touch any widget.

    The job is a child of ``parent``, so it lives exactly as long as the one waiting for it
    (as Anki's ``QueryOp(parent=…)``): nobody holds it by hand. Its outcome arrives on the
    GUI thread as one signal, then the job deletes itself; a parent closed meanwhile gets
    nothing. ``succeeded`` carries the work's return value, ``refused`` an expected
    HallbarError, ``crashed`` any other exception (its ``__traceback__`` intact for the crash
    report)."""

    succeeded = Signal(object)
    refused = Signal(object)
    crashed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._finished = False

    def start(self, pool: QThreadPool | None = None) -> BackgroundJob:
        relay = _relay()
        work = self._work

        def run() -> None:
            # The worker never touches the job: its C++ half may go with its parent any time.
            with _collector_paused():
                try:
                    outcome = ("succeeded", work())
                except HallbarError as error:
                    outcome = ("refused", error)
                except Exception as error:  # handed to the GUI thread's crash handling
                    outcome = ("crashed", error)
            relay.arrived.emit(self, *outcome)

        (pool or QThreadPool.globalInstance()).start(run)
        return self

    @staticmethod
    def running(parent: QObject) -> bool:
        """Whether a job of ``parent``'s own has not yet delivered its outcome."""
        return any(
            not job._finished
            for job in parent.findChildren(
                BackgroundJob, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
        )

    def _deliver(self, kind: str, value: object) -> None:
        self._finished = True
        getattr(self, kind).emit(value)
        self.deleteLater()


class _Relay(QObject):
    """One per application, on its thread: a signal that outlives every job, to carry their
    outcomes from the pool to the GUI thread (a queued connection, since it is emitted there)."""

    arrived = Signal(object, str, object)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, job: BackgroundJob, kind: str, value: object) -> None:
        if isValid(job):  # its parent, and the job with it, may be gone by now
            job._deliver(kind, value)


def _relay() -> _Relay:
    app = QCoreApplication.instance()
    assert app is not None, "a background job needs the application"
    relay = app.findChild(_Relay)
    return relay if relay is not None else _Relay(app)


# How many running jobs paused the cycle collector, and the lock that guards the count.
_pausing_jobs = 0
_pausing_lock = threading.Lock()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector's automatic passes paused while jobs work; then one pass over the
    young generation on the job's own thread, and what survives it (the export's libraries,
    imported on its first run) joins the oldest generation as if it had always been there.

    Otherwise a job's new long-lived objects (some 30 000 from the export's first imports)
    pass a quarter of the old ones, which sets off a full pass on the pool thread over every
    object in the process, the window's too: 45-65 ms in which the window waited for the
    interpreter with nothing to do. freeze() and unfreeze() at once move the young to the
    oldest generation without counting them towards that quarter (nothing stays frozen).
    A pause made by someone else (the start) is left as it was."""
    global _pausing_jobs
    with _pausing_lock:
        pausing = _pausing_jobs > 0 or gc.isenabled()
        if pausing:
            _pausing_jobs += 1
            gc.disable()
    try:
        yield
    finally:
        if pausing:
            with _pausing_lock:
                _pausing_jobs -= 1
                last = not _pausing_jobs
            if last:
                # Outside the lock: a finalizer the pass runs may start a job.
                gc.collect(0)
                with _pausing_lock:
                    if not _pausing_jobs:
                        gc.freeze()
                        gc.unfreeze()
                        gc.enable()
