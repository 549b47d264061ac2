"""Where Deltagarvyn opens: full screen on the projector when there are two screens, else a
normal window. The two-screen layout is Qt's offscreen platform with a screen file, which needs
a process of its own (the platform is chosen when the QApplication starts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workshop import Workshop, WorkshopStatus
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.presenter.participant_view import ParticipantView
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.step_timer import StepTimer
from tests.conftest import TODAY
from tests.ui.two_screens import run_on_two_screens

OPEN_ON_TWO_SCREENS = """
import json, sys
from pathlib import Path
from uuid import UUID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workshop import Workshop, WorkshopStatus
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
    seen = run_on_two_screens(
        OPEN_ON_TWO_SCREENS, str(db), str(workshop_id), folder=tmp_path, timeout=120
    )
    assert seen["screens"] == ["Laptop", "Projektor"]
    assert seen["facilitator_on"] == "Laptop"
    assert seen["full_screen_on"] == "Projektor"
    assert seen["geometry"] == [1600, 0, 1920, 1080]
    assert seen["frameless"] is True
    assert seen["title"] == "Individuell skattning"
    assert seen["title_points"] >= 40


FACILITATOR_WITH_SIX = """
import json, random, sys
from collections import Counter
from pathlib import Path
from uuid import UUID
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workshop import Workshop, WorkshopStatus
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.charts.dimension_bars_chart import DimensionBarsChart
from hallbar_desktop.ui.charts.statement_distribution_chart import StatementDistributionChart
from hallbar_desktop.ui.input_mode.input_round import InputActivity, InputRound
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.presenter.room_views import dimension_key
from hallbar_desktop.ui.ui_settings import UiSettings

app = QApplication([])
seen = {}
def settle():
    for _ in range(3):
        app.processEvents()
def charts(view):
    # Charts that hold any result (the results page keeps two empty ones while hidden).
    bars = [c for c in view.findChildren(DimensionBarsChart) if c.results()]
    rows = [c for c in view.findChildren(StatementDistributionChart) if c.lines()]
    return len(bars) + len(rows)

with open_services(Path(sys.argv[1]), create_if_missing=False) as services:
    settings = UiSettings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
    window = MainWindow(services.workshops, services.exports, settings, "test")
    window.setGeometry(0, 0, 1366, 740)
    window.show()
    window.open_workshop(UUID(sys.argv[2]))
    window.activateWindow()
    settle()
    view = window.workshop_view
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle()
    room = view.participant_view
    seen["projector"] = room.full_screen_on.name() if room.full_screen_on else None
    # The facilitator's keys still work: Ctrl+PgDown three times to Individuell skattning.
    for _ in range(3):
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    settle()
    seen["room_step"] = room.ui.step_title_label.text()

    statements = [s for d in view.workshop.contents.template.dimensions for s in d.statements]
    choose = random.Random(7)
    entered = {}
    seen["room_during_turns"] = []
    turns = view.input_mode.start(InputRound(InputActivity.RATING))
    for participant in view.workshop.contents.participants:
        QTest.mouseClick(turns.alias_buttons[participant.id], Qt.MouseButton.LeftButton)
        for statement in statements:
            value = choose.choice([1, 2, 3, 4, 5, None])
            turns.turn.answer(value)
            entered[(participant.id, statement.code)] = value
        QTest.mouseClick(turns.turn.done_button, Qt.MouseButton.LeftButton)
        settle()
        count = room.findChild(QLabel, "collecting_label")
        seen["room_during_turns"].append([count.text() if count else None, charts(room)])
    turns.leave()
    settle()

    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = view.current_page()
    seen["before_reveal"] = [page.ui.hidden_panel.isVisible(), charts(page), charts(room)]
    QTest.mouseClick(page.ui.reveal_results_button, Qt.MouseButton.LeftButton)
    settle()
    seen["after_reveal"] = charts(room) > 0
    mismatches = []
    for dimension in view.workshop.contents.template.dimensions:
        view.room.show_view(WorkshopStep.RESULTS, dimension_key(dimension.code))
        for result in room.findChild(StatementDistributionChart)._results:
            given = Counter(v for (_p, code), v in entered.items() if code == result.statement.code)
            if result.stats.counts != tuple(given.get(v, 0) for v in (1, 2, 3, 4, 5)):
                mismatches.append(result.statement.code)
            if result.stats.dont_know != given.get(None, 0):
                mismatches.append(result.statement.code)
    seen["mismatches"] = mismatches
    seen["statements"] = len(statements)
    window.show_library()
    seen["closed_with_workshop"] = view.participant_view is None
    window.close()
print(json.dumps(seen))
"""


def test_a_facilitator_with_six_participants_on_two_screens(tmp_path: Path) -> None:
    """Issue 4's walk: the projector view opens on the second screen with F5, six participants
    rate in turn while the room sees only the count, the facilitator reveals, and the room's
    distributions are exactly what was entered."""
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        contents = services.workshops.create_workshop(
            Workshop(title="Hållbar upphandling", status=WorkshopStatus.IN_PROGRESS),
            participant_count=6,
        )
    seen = run_on_two_screens(
        FACILITATOR_WITH_SIX,
        str(db),
        str(contents.workshop.id),
        str(tmp_path / "ui.ini"),
        folder=tmp_path,
    )
    assert seen["projector"] == "Projektor"
    assert seen["room_step"] == "Individuell skattning"
    assert seen["room_during_turns"] == [[f"{n} av 6 klara", 0] for n in range(1, 7)]
    assert seen["before_reveal"] == [True, 0, 0]
    assert seen["after_reveal"] is True
    assert seen["statements"] > 0
    assert seen["mismatches"] == []
    assert seen["closed_with_workshop"] is True


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


def test_follows_a_projector_plugged_in_and_out(qtbot, demo_workshop, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Qt reports screens coming and going; the view asks again where it belongs. (One real
    offscreen screen here, so which screen counts as the projector is decided by the test.)"""
    from PySide6.QtGui import QGuiApplication

    from hallbar_desktop.ui.presenter import participant_view

    view = ParticipantView(RoomState(demo_workshop), StepTimer())
    qtbot.addWidget(view)
    view.open()
    assert view.full_screen_on is None
    app = QGuiApplication.instance()
    screen = app.primaryScreen()

    monkeypatch.setattr(participant_view, "projector_screen", lambda _facilitator: screen)
    app.screenAdded.emit(screen)
    app.processEvents()  # the screen signals are queued
    assert view.full_screen_on is screen
    assert view.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert view.geometry() == screen.geometry()

    monkeypatch.setattr(participant_view, "projector_screen", lambda _facilitator: None)
    app.screenRemoved.emit(screen)
    app.processEvents()
    assert view.full_screen_on is None
    assert not view.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert view.isVisible()
