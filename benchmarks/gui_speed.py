"""The GUI thread's longest wait on the large workshop and a roll-up (gui_large_max_lag_ms).

Part of `python -m benchmarks` (benchmarks/__main__.py), beside gui_lag.py, whose walk of the
demo workshop gives the issue's gui_max_lag_ms; this one is the heavier case, opening included.
In a process of its own, on Xvfb when it is installed (else offscreen; the figures name which),
a timer every 5 ms notes the longest gap between its ticks while a script opens the large
workshop (40 participants, 300 dependencies, 300 actions), walks its steps, types into the
first field of Förberedelser one key at a time, reveals the results, undoes, exports the
workshop and then a roll-up of the library through the export dialog (its worker thread)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 26)


@contextlib.contextmanager
def _display() -> Iterator[tuple[dict[str, str], str]]:
    """The environment that puts a child's windows on an X server, and its name."""
    if os.environ.get("DISPLAY"):
        yield {"QT_QPA_PLATFORM": "xcb"}, f"X server {os.environ['DISPLAY']}"
        return
    if shutil.which("Xvfb") is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}, "offscreen"
        return
    reading, writing = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(writing), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(writing,),
        stderr=subprocess.DEVNULL,
    )
    os.close(writing)
    with os.fdopen(reading) as announced:
        number = announced.readline().strip()
    try:
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}, f"Xvfb :{number}"
    finally:
        server.terminate()
        server.wait()


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


def walk_with_lag_probe(db: Path, folder: Path, workshop_id: str) -> dict[str, Any]:
    """Run in a process of its own (see _lag_figures): the walk, and the longest gap."""
    from uuid import UUID

    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

    from hallbar_desktop.app import open_services
    from hallbar_desktop.domain.workflow import WorkshopStep
    from hallbar_desktop.ui.application_setup import configure_application
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    with open_services(db, create_if_missing=False, window=True) as services:
        window = MainWindow(None, None, settings)
        window.resize(1366, 768)
        window.show()
        window.attach(
            services.workshops,
            services.exports,
            str(db),
            services.backups,
            services.packages,
            services.imports,
            services.coordinator,
        )
        steps: list[tuple[str, Any]] = []
        typed: list[str] = []  # the object name of the field typed into
        field: list[QLineEdit] = []

        def view() -> Any:
            assert window.workshop_view is not None
            return window.workshop_view

        def first_field() -> None:
            fields = [
                f
                for f in view().findChildren(QLineEdit)
                if f.isVisible() and f.isEnabled() and not f.isReadOnly()
            ]
            if fields:
                typed.append(fields[0].objectName())
                field.append(fields[0])
                fields[0].setFocus()

        def key(text: str) -> None:
            if field:
                QTest.keyClick(field[-1], text)

        def reveal() -> None:
            for button in view().findChildren(QPushButton):
                if button.isVisible() and button.text() == "Visa resultat":
                    button.click()
                    return

        def export(rollup: bool) -> None:
            window.export()
            dialog = window.export_dialog
            assert dialog is not None
            if rollup:
                dialog.ui.all_radio.setChecked(True)
            dialog.ui.folder_edit.setText(str(folder))
            dialog.start_export()

        def exported() -> bool:
            dialog = window.export_dialog
            if dialog is None or dialog.is_busy():
                return False
            dialog.reject()
            return True

        steps.append(("öppna workshoppen", lambda: window.open_workshop(UUID(workshop_id))))
        walk = [*view_steps(services, workshop_id)]
        for step in walk:
            steps.append((f"gå till {step.name}", lambda step=step: view().go_to(step)))
            if step is WorkshopStep.PREPARATION:
                steps.append(("välj ett fält", first_field))
                steps += [(f"skriv {c!r}", lambda c=c: key(c)) for c in " nytt namn"]
                steps.append(("Tab", lambda: key(Qt.Key.Key_Tab)))  # type: ignore[arg-type]
            if step is WorkshopStep.RESULTS:
                steps.append(("Visa resultat", reveal))
        steps.append(("ångra", lambda: window.workshop.undo_stack.undo()))  # type: ignore[union-attr]
        steps.append(("exportera workshoppen", lambda: export(False)))
        steps.append(("vänta på exporten", exported))
        steps.append(("tillbaka till biblioteket", window.show_library))
        steps.append(("exportera alla", lambda: export(True)))
        steps.append(("vänta på sammanställningen", exported))

        clock = QElapsedTimer()
        clock.start()
        worst = {"gap": 0, "during": "", "last": 0}
        now_doing = [""]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gap = now - worst["last"]
            if gap > worst["gap"]:
                worst.update(gap=gap, during=now_doing[0])
            worst["last"] = now

        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(5)
        probe.timeout.connect(tick)
        remaining = list(steps)
        deadline = time.monotonic() + 300

        def next_step() -> None:
            if not remaining:
                app.quit()
                return
            label, work = remaining[0]
            now_doing[0] = label
            if work() is False:  # a wait: asked again until it is over
                if time.monotonic() > deadline:
                    raise RuntimeError(f"gave up waiting: {label}")
            else:
                remaining.pop(0)
            QTimer.singleShot(20, next_step)

        worst["last"] = clock.nsecsElapsed()
        probe.start()
        QTimer.singleShot(200, next_step)
        app.exec()
        probe.stop()
        window.close()
    return {
        "gui_large_max_lag_ms": worst["gap"] / 1e6,
        "gui_large_max_lag_during": worst["during"],
        "gui_large_walk_actions": len(steps),
        # What the walk did, so a walk that silently did less is seen.
        "gui_large_walk_typed_into": typed[0] if typed else "",
        "gui_large_walk_files_exported": len([*folder.glob("*.xlsx"), *folder.glob("*.pdf")]),
    }


def view_steps(services: Any, workshop_id: str) -> list[Any]:
    """The steps of the workshop's variant, in the order the window lists them."""
    from uuid import UUID

    from hallbar_desktop.domain.workflow import steps_for

    variant = services.workshops.contents(UUID(workshop_id)).workshop.variant
    return list(steps_for(variant))


WALK = """
import json, sys
from pathlib import Path
from benchmarks.gui_speed import walk_with_lag_probe
print(json.dumps(walk_with_lag_probe(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])))
"""


def measure(quick: bool) -> dict[str, Any]:
    """The median of three walks' longest gaps (quick: one walk)."""
    from hallbar_desktop.app import open_services
    from hallbar_desktop.services.demo_workshop import add_demo_workshop

    with tempfile.TemporaryDirectory(prefix="hallbar-gui-") as scratch, _display() as shown:
        folder = Path(scratch)
        environment = {
            **os.environ,
            **shown[0],
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
        }
        walked = folder / "walk.sqlite3"
        with open_services(walked, create_if_missing=True) as services:
            add_demo_workshop(services.workshops, TODAY)
            large = services.workshops.add_workshop(_large_contents(services.workshops))
        walks = []
        for _ in range(1 if quick else 3):
            lag = subprocess.run(
                [sys.executable, "-c", WALK, str(walked), str(folder), str(large.workshop.id)],
                env=environment,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=600,
            )
            if lag.returncode:
                raise RuntimeError(f"the walk failed: {lag.stderr[-800:]}")
            walks.append(json.loads(lag.stdout.strip().splitlines()[-1]))
    walks.sort(key=lambda walk: walk["gui_large_max_lag_ms"])
    return {"gui_large_display": shown[1], **walks[len(walks) // 2]}


if __name__ == "__main__":
    print(json.dumps(measure("--quick" in sys.argv), indent=2, ensure_ascii=False))
