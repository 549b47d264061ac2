"""GUI speed figures: start-up against a bare PySide6 window, opening a workshop, one edit.

Run: .venv/bin/python benchmarks/gui_speed.py   (offscreen; prints a table, asserts nothing)
Targets from the GUI issue: the main window is usable within 2x the time a bare PySide6 window
takes to appear; no action blocks the GUI thread for more than 100 ms."""

from __future__ import annotations

import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = 7

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1366, 768); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

HALLBAR = """
import time, sys; t0 = time.perf_counter()
from pathlib import Path
from hallbar_desktop.cli import main  # the `hallbar` command's own imports come first
from hallbar_desktop.storage.database_file import check_database_path
check_database_path(Path(sys.argv[1]), create_if_missing=False)
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings
app = QApplication([]); configure_application(app)
w = MainWindow(None, None, UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
w.resize(1366, 768); w.show(); app.processEvents()
shown = time.perf_counter() - t0
from hallbar_desktop.app import open_services
with open_services(Path(sys.argv[1]), create_if_missing=False) as s:
    w.attach(s.workshops, s.exports, "")
    app.processEvents()
    print(shown, time.perf_counter() - t0)
"""


def _median_of_runs(code: str, *args: str) -> tuple[float, ...]:
    """Median of each figure the snippet prints on its last line, over RUNS fresh processes."""
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        ).stdout
        runs.append([float(x) for x in out.strip().splitlines()[-1].split()])
    return tuple(statistics.median(column) for column in zip(*runs, strict=True))


def _large_contents(service):  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.action import Action
    from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, Influence
    from hallbar_desktop.domain.readiness import Rating
    from hallbar_desktop.domain.workshop import Workshop
    from hallbar_desktop.services.workshop_service import new_workshop_contents

    contents = new_workshop_contents(Workshop(title="Stor workshop"), service.current_template, 40)
    deps = tuple(
        Dependency(
            category=list(DependencyCategory)[i % 4],
            title=f"Beroende nummer {i}",
            impact=1 + i % 5,
            influence=list(Influence)[i % 3],
            votes=i % 7,
            position=i,
        )
        for i in range(300)
    )
    actions = tuple(
        Action(
            title=f"Åtgärd nummer {i}",
            dependency_ids=frozenset({deps[i].id}),
            owner="Enhetschef",
            due_on=date(2027, 1, 1),
            position=i,
        )
        for i in range(300)
    )
    ratings = tuple(
        Rating(participant_id=p.id, statement_code=s.code, value=1 + (i % 5))
        for i, p in enumerate(contents.participants)
        for s in service.current_template.statements
    )
    return dataclasses.replace(contents, dependencies=deps, actions=actions, ratings=ratings)


def _in_process_figures(db: Path, ini: Path) -> list[tuple[str, float]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.app import open_services
    from hallbar_desktop.domain.workflow import WorkshopStep
    from hallbar_desktop.services.demo_workshop import add_demo_workshop
    from hallbar_desktop.ui.application_setup import configure_application
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    figures = []
    with open_services(db, create_if_missing=False) as services:
        demo_id = add_demo_workshop(services.workshops, date.today())
        large = services.workshops.add_workshop(_large_contents(services.workshops))
        window = MainWindow(
            services.workshops,
            services.exports,
            UiSettings(QSettings(str(ini), QSettings.Format.IniFormat)),
            "",
        )
        window.resize(1366, 768)
        window.show()
        # Half a second in the library, as a person would spend, lets idle loading finish.
        until = time.perf_counter() + 0.5
        while time.perf_counter() < until:
            app.processEvents()
        for label, workshop_id in (("demo", demo_id), ("large", large.workshop.id)):
            t0 = time.perf_counter()
            window.open_workshop(workshop_id)
            app.processEvents()
            figures.append((f"open {label} workshop", time.perf_counter() - t0))
            view = window.workshop_view
            assert view is not None
            worst = 0.0
            for step in view.steps:
                t0 = time.perf_counter()
                view.go_to(step)
                app.processEvents()
                worst = max(worst, time.perf_counter() - t0)
            figures.append((f"slowest step change, {label}", worst))
            view.go_to(WorkshopStep.DEPENDENCIES)
            app.processEvents()
            workshop = window.workshop
            assert workshop is not None
            dep = workshop.contents.dependencies[0]
            t0 = time.perf_counter()
            workshop.save_part(dataclasses.replace(dep, votes=dep.votes + 1), "Prickar")
            app.processEvents()
            figures.append(
                (f"one edit on the dependencies page, {label}", time.perf_counter() - t0)
            )
            t0 = time.perf_counter()
            workshop.undo_stack.undo()
            app.processEvents()
            figures.append((f"undo that edit, {label}", time.perf_counter() - t0))
        window.close()
    return figures


def main() -> None:
    from hallbar_desktop.app import open_services

    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "bench.sqlite3"
        ini = Path(scratch) / "ui.ini"
        with open_services(db, create_if_missing=True):
            pass
        (bare,) = _median_of_runs(BARE)
        ours, listed = _median_of_runs(HALLBAR, str(db), str(ini))
        rows = [
            ("bare PySide6 window shown (median of 7 processes)", bare),
            ("hallbar main window shown (median of 7 processes)", ours),
            ("hallbar library listed (median of 7 processes)", listed),
        ]
        rows += _in_process_figures(db, ini)
    width = max(len(label) for label, _ in rows)
    for label, seconds in rows:
        print(f"{label:<{width}}  {seconds * 1000:8.1f} ms")
    print(f"{'start-up ratio (target at most 2,0)':<{width}}  {ours / bare:8.2f}")


if __name__ == "__main__":
    main()
