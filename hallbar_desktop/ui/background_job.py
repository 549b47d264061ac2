"""Slow work on a pool thread, owned by the widget that waits for it, outcome on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

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
