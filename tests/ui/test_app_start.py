"""Starting the app: the window appears first, the library and the workshop load after it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hallbar_desktop.app import open_services, run_gui
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


def test_run_gui_opens_straight_on_the_workshop(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = tmp_path / "ws.sqlite3"
    with open_services(db, create_if_missing=True) as services:
        workshop_id = add_demo_workshop(services.workshops, TODAY)
    seen: dict[str, object] = {}

    def window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[-1] if found else None

    def first_look() -> None:
        # Before the pool thread has finished, the shell is already on screen.
        w = window()
        seen["shown_first"] = w is not None and w.isVisible()
        QTimer.singleShot(50, wait_for_workshop)

    def wait_for_workshop() -> None:
        w = window()
        if w is None or w.workshop is None:
            QTimer.singleShot(50, wait_for_workshop)
            return
        seen["title"] = w.workshop.contents.workshop.title
        seen["step"] = w.workshop_view.current_step.label  # type: ignore[union-attr]
        w.close()
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(0, first_look)
    assert run_gui(db, workshop_id=workshop_id) == 0
    assert seen == {
        "shown_first": True,
        "title": "Hållbarhetsbedömning i regionala projektmedel",
        "step": "Förberedelser",
    }
