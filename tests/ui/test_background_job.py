"""A background job belongs to the widget that waits for it: nobody keeps it alive by hand."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from hallbar_desktop.domain.errors import NotFoundError
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.ui.background_job import BackgroundJob


def _start(parent: QWidget, work, seen: list) -> None:  # type: ignore[no-untyped-def]
    # No reference to the job survives this function: only its parent holds it.
    job = BackgroundJob(work, parent)
    job.succeeded.connect(lambda value: seen.append(("succeeded", value)))
    job.refused.connect(lambda error: seen.append(("refused", error_message(error))))
    job.crashed.connect(lambda error: seen.append(("crashed", type(error).__name__)))
    job.start()


def test_a_job_nobody_holds_still_delivers_its_outcome_and_then_goes(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list = []
    _start(parent, lambda: 42, seen)
    gc.collect()
    qtbot.waitUntil(lambda: seen == [("succeeded", 42)])
    qtbot.waitUntil(lambda: not parent.findChildren(BackgroundJob))


def test_an_expected_error_is_refused_and_any_other_crashed(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list = []

    def refuse() -> None:
        raise NotFoundError("workshop_gone")

    _start(parent, refuse, seen)
    _start(parent, lambda: 1 / 0, seen)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert sorted(seen) == [
        ("crashed", "ZeroDivisionError"),
        ("refused", "Workshoppen finns inte (längre) i databasen."),
    ]


def test_the_parent_knows_while_its_job_runs_and_not_when_it_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    go_on = threading.Event()
    running_when_answered: list[bool] = []
    job = BackgroundJob(lambda: go_on.wait(10), parent)
    job.succeeded.connect(lambda _: running_when_answered.append(BackgroundJob.running(parent)))
    job.start()
    del job
    assert BackgroundJob.running(parent)
    go_on.set()
    qtbot.waitUntil(lambda: running_when_answered == [False])


def test_a_parent_closed_before_the_work_ends_gets_nothing_and_nothing_breaks(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    go_on = threading.Event()
    seen: list = []
    _start(parent, lambda: go_on.wait(10), seen)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    go_on.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # the outcome's queued delivery has had its turn
    assert seen == []


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


class _Node:
    """A little object in a cycle of its own, as exports leave behind."""

    def __init__(self) -> None:
        self.me = self


def test_a_job_sets_off_no_collector_pass_on_its_thread_and_leaves_what_it_kept_old(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A pass on the pool thread holds the interpreter, and a full one walks the window's
    # objects too: the window waits. What the job keeps (an export's libraries) must then
    # not count towards the next full pass, which the window's thread would run.
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list = []
    passes_on_the_job: list[int] = []
    job_thread: list[int] = []

    def noted(phase: str, info: dict) -> None:
        if phase == "start" and threading.get_ident() in job_thread:
            passes_on_the_job.append(info["generation"])

    def work() -> list:
        job_thread.append(threading.get_ident())
        for _ in range(5000):
            _Node()  # garbage that only the collector takes
        return [[n] for n in range(50_000)]  # kept: tracked objects that outlive the job

    gc.callbacks.append(noted)
    try:
        _start(parent, work, seen)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=20_000)
    finally:
        gc.callbacks.remove(noted)
    assert passes_on_the_job == [0]  # one pass over the young, after the work
    assert gc.isenabled()
    ((kind, kept),) = seen
    oldest = {id(o) for o in gc.get_objects(2)}
    assert kind == "succeeded"
    assert all(id(item) in oldest for item in kept[::1000])
    assert not any(type(o) is _Node for o in gc.get_objects())
