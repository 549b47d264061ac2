"""The input mode's screens for `hallbar screenshots`: five pictures, the room left as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from hallbar_desktop.ui.input_mode.input_mode_screenshots import render_input_mode
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import export_service_for


def test_the_input_mode_screens_are_drawn_at_the_asked_size(
    qtbot,
    service,
    demo,
    ui_settings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    service.add_workshop(demo)
    window = MainWindow(service, export_service_for(service), ui_settings, "test")
    qtbot.addWidget(window)
    window.show()
    written = render_input_mode(window, demo.workshop.id, tmp_path, QSize(1366, 768))
    assert [p.name for p in written] == [
        "input-aliases.png",
        "input-rating.png",
        "input-handover.png",
        "input-notes.png",
        "input-dot-voting.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)
    # Every input window was left again, so the room counts nobody and the window is back.
    assert window.workshop_view is not None
    assert window.workshop_view.room.collecting is None
    # The rating was shown on a copy: the demo's own answers are untouched.
    stored = service.contents(demo.workshop.id)
    assert sorted((r.participant_id, r.statement_code, r.value) for r in stored.ratings) == sorted(
        (r.participant_id, r.statement_code, r.value) for r in demo.ratings
    )
