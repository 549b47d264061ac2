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
