"""Renders the library, each step, the participant view and the input mode to PNGs, offscreen."""

from __future__ import annotations

import dataclasses
import time
from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEventLoop, QSize
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workflow import WorkshopStep, steps_for
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.input_mode.input_mode_screenshots import render_input_mode
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.presenter.room_views import dimension_key

# The projector's size, whatever size the facilitator's window is drawn at.
PARTICIPANT_VIEW_SIZE = QSize(1920, 1080)


LOADING_WAIT_S = 30  # the overview reads every workshop on a pool thread


def _settle() -> None:
    # Layouts and deferred deletes finish in the event loop; drain it before grabbing.
    for _ in range(3):
        QApplication.processEvents()


def render_screenshots(
    window: MainWindow,
    workshop_id: UUID,
    out: Path,
    size: QSize,
    follow_up_id: UUID | None = None,
) -> list[Path]:
    """Save the library and each step of ``workshop_id`` as PNGs in ``out``, plus the follow-up
    step of ``follow_up_id`` if given, the participant view (participant-*.png, always
    1920×1080) and the input mode at ``size`` (input-*.png); return the files."""
    out.mkdir(parents=True, exist_ok=True)
    window.resize(size)
    window.show()
    window.show_library()
    window.library.reload(select=workshop_id)
    _settle()
    written = [out / "library.png"]
    window.grab().save(str(written[0]))
    written += render_coordinator_view(window, out)
    window.open_workshop(workshop_id)
    view = window.workshop_view
    assert view is not None
    for number, step in enumerate(steps_for(view.workshop.contents.workshop.variant), start=1):
        view.go_to(step)
        _settle()
        path = out / f"step-{number:02d}-{step.code.replace('_', '-')}.png"
        window.grab().save(str(path))
        written.append(path)
    if follow_up_id is not None:
        window.open_workshop(follow_up_id)
        view = window.workshop_view
        assert view is not None
        view.go_to(WorkshopStep.FOLLOW_UP)
        _settle()
        path = out / f"step-{len(written):02d}-follow-up.png"
        window.grab().save(str(path))
        written.append(path)
    written += render_participant_view(window, workshop_id, out)
    written += render_input_mode(window, workshop_id, out, size)
    return written


def render_coordinator_view(window: MainWindow, out: Path) -> list[Path]:
    """Each tab of Översikt för samordnare as coordinator-<tab>.png, once its reading is done."""
    window.show_coordinator()
    view = window.coordinator_view
    if view is None:  # a window without the coordinator's service
        return []
    deadline = time.monotonic() + LOADING_WAIT_S
    while view.ui.busy_label.isVisible() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    written = []
    for name, tab in (
        ("workshops", view.ui.workshops_tab),
        ("actions", view.ui.actions_tab),
        ("readiness", view.ui.readiness_tab),
        ("dependencies", view.ui.dependencies_tab),
    ):
        view.ui.section_tabs.setCurrentWidget(tab)
        _settle()
        path = out / f"coordinator-{name}.png"
        window.grab().save(str(path))
        written.append(path)
    window.show_library()
    return written


def render_participant_view(window: MainWindow, workshop_id: UUID, out: Path) -> list[Path]:
    """The projector's view of ``workshop_id`` in four states: a prompt with the timer running,
    participants taking turns, and the revealed results of the rating and of the dependencies.

    It changes the workshop's status to Pågår, since a held workshop shows everything revealed;
    call it on a throw-away database only."""
    from hallbar_desktop.ui.presenter.participant_view import ParticipantView

    window.open_workshop(workshop_id)
    view = window.workshop_view
    assert view is not None
    workshop = view.workshop
    stored = workshop.contents.workshop
    workshop.update_workshop(
        dataclasses.replace(stored, status=WorkshopStatus.IN_PROGRESS), "Status för bilderna"
    )
    room = view.room
    projector = ParticipantView(room, view.timers)
    step_timer = view.timers.for_step(WorkshopStep.DEPENDENCIES)
    projector.resize(PARTICIPANT_VIEW_SIZE)
    projector.show()
    written: list[Path] = []

    def save(name: str) -> None:
        _settle()
        path = out / f"participant-{name}.png"
        projector.grab().save(str(path))
        written.append(path)

    try:
        view.go_to(WorkshopStep.DEPENDENCIES)
        view.timers.start(step_timer)
        save("prompt")
        view.go_to(WorkshopStep.RATING)
        room.set_collecting(7, len(workshop.contents.participants))
        save("collecting")
        room.clear_collecting()
        view.go_to(WorkshopStep.RESULTS)
        room.reveal(WorkshopStep.RESULTS)
        save("results")
        # The area a group would talk about first: the lowest mean.
        results = summarize(workshop.contents, date.today()).dimensions
        lowest = min(
            (r for r in results if r.dimension.in_readiness and r.mean is not None),
            key=lambda r: r.mean or 0.0,
        )
        room.show_view(WorkshopStep.RESULTS, dimension_key(lowest.dimension.code))
        save("results-area")
        view.go_to(WorkshopStep.DEPENDENCIES)
        room.reveal(WorkshopStep.DEPENDENCIES)
        save("matrix")
    finally:
        step_timer.pause()
        projector.close()
        projector.deleteLater()
    return written
