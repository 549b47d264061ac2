"""The crash dialog and log, the step timer and the stored UI preferences."""

from __future__ import annotations

import sys
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from hallbar_desktop.ui.error_reporting import ExceptionReporter
from hallbar_desktop.ui.step_timer import StepTimer, clock_text
from hallbar_desktop.ui.ui_settings import UiSettings


def test_an_unexpected_error_becomes_a_dialog_with_copyable_details_and_a_log(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    reporter = ExceptionReporter(tmp_path / "logs")
    try:
        raise ValueError("något gick sönder – ö")
    except ValueError:
        reporter.hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: hasattr(reporter, "dialog") and reporter.dialog.isVisible())
    box: QMessageBox = reporter.dialog
    # Only what is true: what was shown as saved is stored, the last moment may not be.
    assert "Det som visades som sparat finns i databasen" in box.text()
    assert "Allt du har gjort hittills är sparat" not in box.text()
    assert "ValueError: något gick sönder – ö" in box.detailedText()
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "något gick sönder – ö" in logs[0].read_text(encoding="utf-8")
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Kopiera detaljer")
    copy.click()
    assert "ValueError" in QApplication.clipboard().text()
    assert box.isVisible()  # copying does not close the dialog
    box.close()


def test_timer_counts_down_and_signals_once_when_time_is_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [100.0]
    timer = StepTimer(clock=lambda: now[0])
    timer.reset(2)
    assert timer.remaining_seconds == 120 and not timer.running
    timer.start()
    now[0] += 30
    assert timer.elapsed_seconds == 30
    timer.pause()
    now[0] += 500  # paused time does not count
    assert timer.elapsed_seconds == 30
    timer.start()
    now[0] += 100
    with qtbot.waitSignal(timer.ran_out, timeout=3000):
        pass
    assert timer.is_over and clock_text(timer.remaining_seconds) == "−0:10"


def test_clock_text() -> None:
    assert clock_text(754) == "12:34"
    assert clock_text(5) == "0:05"


def test_settings_remember_recent_workshops_newest_first(ui_settings: UiSettings) -> None:
    first, second = uuid4(), uuid4()
    ui_settings.add_recent_workshop(first)
    ui_settings.add_recent_workshop(second)
    ui_settings.add_recent_workshop(first)
    assert ui_settings.recent_workshops() == [first, second]
    ui_settings.forget_recent_workshop(first)
    assert ui_settings.recent_workshops() == [second]


def test_settings_remember_geometry_and_guidance(ui_settings: UiSettings) -> None:
    assert ui_settings.geometry("main_window") is None
    ui_settings.set_geometry("main_window", QByteArray(b"\x01\x02"))
    assert ui_settings.geometry("main_window") == QByteArray(b"\x01\x02")
    ui_settings.set_guidance_visible(False)
    assert ui_settings.guidance_visible() is False


def test_a_save_dialog_starts_in_a_folder_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ui_settings: UiSettings
) -> None:
    """A fresh Linux may have no Documents folder; a folder used last time may be gone."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert ui_settings.start_folder("export") == tmp_path  # no Documents: home
    (tmp_path / "Documents").mkdir()
    assert ui_settings.start_folder("export") == tmp_path / "Documents"
    ui_settings.set_last_folder("export", str(tmp_path / "borta"))
    assert ui_settings.start_folder("export") == tmp_path / "Documents"
    (tmp_path / "ut").mkdir()
    ui_settings.set_last_folder("export", str(tmp_path / "ut"))
    assert ui_settings.start_folder("export") == tmp_path / "ut"
