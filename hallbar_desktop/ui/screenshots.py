"""Renders the library and every step of a workshop to PNG files, offscreen."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.workflow import WorkshopStep, steps_for
from hallbar_desktop.ui.main_window import MainWindow


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
    step of ``follow_up_id`` if given; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    window.resize(size)
    window.show()
    window.show_library()
    window.library.reload(select=workshop_id)
    _settle()
    written = [out / "library.png"]
    window.grab().save(str(written[0]))
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
    return written
