"""Starting the app: the window appears first, the library and the workshop load after it.

Run in a separate process, since ending the app's event loop would end every later test's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hallbar_desktop.app import open_services
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from tests.conftest import TODAY

START = """
import json, sys
from pathlib import Path
from uuid import UUID
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hallbar_desktop.app import run_gui
from hallbar_desktop.ui.main_window import MainWindow

app = QApplication([])
seen = {}

def window():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return found[-1] if found else None

def first_look():
    w = window()
    seen["shown_before_loading"] = w is not None and w.isVisible() and not hasattr(w, "library")
    QTimer.singleShot(20, wait_for_workshop)

def wait_for_workshop():
    w = window()
    if w is None or w.workshop is None:
        QTimer.singleShot(20, wait_for_workshop)
        return
    seen["title"] = w.workshop.contents.workshop.title
    seen["step"] = w.workshop_view.current_step.label
    import gc
    tracked = {id(o) for o in gc.get_objects()}  # the frozen ones are not among them
    view = w.workshop_view
    seen["collector"] = [gc.get_freeze_count() > 0, id(w) in tracked, id(view) in tracked]
    from hallbar_desktop.ui.keyboard_focus import FocusInView, FocusRingStyle
    from hallbar_desktop.ui.wheel_guard import WheelGuard
    seen["input_helpers"] = [
        isinstance(app.style(), FocusRingStyle),
        app.findChild(FocusInView) is not None,
        app.findChild(WheelGuard) is not None,
    ]
    w.close()
    app.quit()

QTimer.singleShot(0, first_look)
seen["exit"] = run_gui(Path(sys.argv[1]), workshop_id=UUID(sys.argv[2]))
print(json.dumps(seen))
"""


def test_run_gui_shows_the_window_first_then_opens_the_workshop(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        workshop_id = add_demo_workshop(services.workshops, TODAY)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", START, str(db), str(workshop_id)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "shown_before_loading": True,
        "title": "Hållbarhetsbedömning i regionala projektmedel",
        "step": "Förberedelser",
        # Added once the window was shown, before the library's first field.
        "input_helpers": [True, True, True],
        # The start's objects (the window among them) out of the cycle collector's reach,
        # frozen before the workshop opened: its pages are collected as usual.
        "collector": [True, False, True],
        "exit": 0,
    }


def test_the_app_has_its_own_window_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.ui.application_setup import configure_application

    configure_application(qapp)
    assert not qapp.windowIcon().isNull()
    assert not qapp.windowIcon().pixmap(32, 32).isNull()


FIRST_SHOW = """
import json, os, sys
from pathlib import Path
from hallbar_desktop.ui.main_window import MainWindow

def show(window):
    QMainWindow.show(window)
    print(json.dumps(sorted(m for m in sys.modules if m in sys.argv[2:])))
    sys.stdout.flush()
    os._exit(0)

from PySide6.QtWidgets import QMainWindow
MainWindow.show = show
from hallbar_desktop.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""

# What the window shell does not wait for: the database layer, the exporters, the domain, the
# pages, the crash reporting, the focus ring and wheel guard (added right after), what
# xml.sax.saxutils would bring (urllib, http) and platformdirs (the file is named).
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",
    "openpyxl",
    "reportlab",
    "urllib.request",
    "http.client",
    "hallbar_desktop.domain.palette",
    "hallbar_desktop.domain.export_settings",
    "hallbar_desktop.storage.workshop_store",
    "hallbar_desktop.services.workshop_service",
    "hallbar_desktop.ui.library_view",
    "hallbar_desktop.ui.error_reporting",
    "hallbar_desktop.ui.background_job",
    "hallbar_desktop.ui.keyboard_focus",
    "hallbar_desktop.ui.wheel_guard",
    "platformdirs",
)


def test_the_window_is_shown_before_the_heavy_modules_load(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        add_demo_workshop(services.workshops, TODAY)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SHOW, str(db), *NOT_BEFORE_THE_WINDOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


COLLECTOR = """
import gc, json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from hallbar_desktop.app import run_gui
from hallbar_desktop.ui.main_window import MainWindow

seen = {}

def show(window):
    seen["while_shown"] = gc.isenabled()
    QMainWindow.show(window)
    QTimer.singleShot(0, wait_for_library)

def wait_for_library():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not found or not hasattr(found[0], "library"):
        QTimer.singleShot(20, wait_for_library)
        return
    seen["running"] = gc.isenabled()
    found[0].close()
    QApplication.instance().quit()

MainWindow.show = show
seen["exit"] = run_gui(Path(sys.argv[1]))
seen["after"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_the_cycle_collector_waits_until_the_window_is_shown_then_runs(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        add_demo_workshop(services.workshops, TODAY)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", COLLECTOR, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {
        # Paused while the start makes its modules, types and windows (none of them garbage).
        "while_shown": False,
        "running": True,
        "exit": 0,
        "after": True,
    }


FIRST_FRAME = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
from hallbar_desktop.app import run_gui
from hallbar_desktop.ui.main_window import MainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app = QApplication.instance()
            print(json.dumps({
                "theme": app.property("hallbar_theme"),
                "loading": "hallbar_desktop.storage.workshop_store" in sys.modules,
                "input_helpers": "hallbar_desktop.ui.keyboard_focus" in sys.modules,
            }))
            sys.stdout.flush()
            os._exit(0)
        return False


def show(window):
    window.installEventFilter(FirstPaint(window))
    QMainWindow.show(window)

MainWindow.show = show
run_gui(Path(sys.argv[1]))
"""


def test_the_first_frame_is_in_the_theme_and_waits_for_nothing_else(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        add_demo_workshop(services.workshops, TODAY)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # In the chosen theme (light until another is chosen), before the loading of the services
    # and the input helpers, which both held it back.
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "theme": "light",
        "loading": False,
        "input_helpers": False,
    }
