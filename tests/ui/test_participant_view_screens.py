"""Where Deltagarvyn opens: full screen on the projector when there are two screens, else a
normal window. The two-screen layout is Qt's offscreen platform with a screen file, which needs
a process of its own (the platform is chosen when the QApplication starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hallbar_desktop.app import open_services
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer
from tests.conftest import TODAY

SCREENS = {
    "screens": [
        {
            "name": "Laptop",
            "x": 0,
            "y": 0,
            "width": 1600,
            "height": 900,
            "logicalDpiX": 96,
            "logicalDpiY": 96,
            "dpr": 1,
        },
        {
            "name": "Projektor",
            "x": 1600,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpiX": 96,
            "logicalDpiY": 96,
            "dpr": 1,
        },
    ]
}

OPEN_ON_TWO_SCREENS = """
import json, sys
from pathlib import Path
from uuid import UUID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer

app = QApplication([])
with open_services(Path(sys.argv[1]), create_if_missing=False) as services:
    workshop = OpenWorkshop(services.workshops, UUID(sys.argv[2]))
    facilitator = QWidget()
    facilitator.setGeometry(100, 100, 1200, 700)
    facilitator.show()
    room = RoomState(workshop)
    view = ParticipantView(room, StepTimer(), facilitator)
    view.open()
    room.set_step(WorkshopStep.RATING)
    app.processEvents()
    screen = view.full_screen_on
    print(json.dumps({
        "screens": [s.name() for s in app.screens()],
        "facilitator_on": facilitator.screen().name(),
        "full_screen_on": screen.name() if screen else None,
        "geometry": view.geometry().getRect(),
        "frameless": bool(view.windowFlags() & Qt.WindowType.FramelessWindowHint),
        "title": view.ui.step_title_label.text(),
        "title_points": view.ui.step_title_label.font().pointSizeF(),
    }))
"""


def test_opens_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        workshop_id = add_demo_workshop(services.workshops, TODAY)
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_ON_TWO_SCREENS, str(db), str(workshop_id)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["screens"] == ["Laptop", "Projektor"]
    assert seen["facilitator_on"] == "Laptop"
    assert seen["full_screen_on"] == "Projektor"
    assert seen["geometry"] == [1600, 0, 1920, 1080]
    assert seen["frameless"] is True
    assert seen["title"] == "Individuell skattning"
    assert seen["title_points"] >= 40


def test_opens_as_a_normal_window_on_one_screen(qtbot, demo_workshop: OpenWorkshop) -> None:
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    facilitator.show()
    view = ParticipantView(RoomState(demo_workshop), StepTimer(), facilitator)
    qtbot.addWidget(view)
    view.open()
    assert view.isVisible()
    assert view.full_screen_on is None
    assert not view.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert view.windowTitle().startswith("Deltagarvy")
