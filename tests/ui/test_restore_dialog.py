"""Återställ från säkerhetskopia…: the list of backups, the confirmation, and the window's part."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hallbar_desktop.domain.backup import BackupKind
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.backup_service import BackupService
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.backups import SqliteBackupFiles
from hallbar_desktop.ui.application_setup import configure_application
from hallbar_desktop.ui.dialogs.restore_dialog import RestoreDialog
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.models.backup_table_model import BackupTableModel, size_text
from hallbar_desktop.ui.ui_settings import UiSettings
from tests.conftest import TODAY
from tests.ui.conftest import export_service_for


@pytest.fixture(autouse=True)
def swedish_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """As the app sets itself up: Swedish locale (decimal comma) and Qt's Swedish buttons."""
    configure_application(qapp)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 8, 15, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def backups(db_path: Path, tmp_path: Path, service: WorkshopService) -> BackupService:
    """Three backups over three days: one workshop, then two, then two again."""
    clock = Clock()
    backups = BackupService(SqliteBackupFiles(db_path, tmp_path / "backups"), clock=clock)
    add_demo_workshop(service, TODAY)
    backups.back_up(BackupKind.DAILY)
    service.create_workshop(Workshop(title="Uppföljning"), participant_count=2)
    clock.now += timedelta(days=1)
    backups.back_up(BackupKind.DAILY)
    clock.now += timedelta(days=1, hours=2)
    backups.back_up(BackupKind.BEFORE_UPGRADE)
    return backups


def shown(dialog: RestoreDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_model_passes_qt_checks(qtmodeltester, backups: BackupService) -> None:  # type: ignore[no-untyped-def]
    model = BackupTableModel()
    model.set_backups(backups.backups())
    qtmodeltester.check(model)


def test_backups_are_listed_newest_first_with_date_time_workshops_size_and_kind(
    qtbot,  # type: ignore[no-untyped-def]
    backups: BackupService,
) -> None:
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    rows = shown(dialog)
    assert [row[:3] for row in rows] == [
        ["2026-11-26", "10:15:00", "2"],
        ["2026-11-25", "08:15:00", "2"],
        ["2026-11-24", "08:15:00", "1"],
    ]
    assert [row[4] for row in rows] == ["Före uppgradering", "Daglig", "Daglig"]
    assert all(row[3].endswith(" kB") for row in rows)
    assert str(backups.database_path) in dialog.ui.database_label.text()
    assert str(backups.folder) in dialog.ui.folder_label.text()
    assert dialog.selected() == backups.backups()[0]
    assert dialog.restore_button.isEnabled()


def test_choosing_asks_first_and_cancelling_chooses_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    backups: BackupService,
) -> None:
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    oldest = backups.backups()[-1]
    dialog.ui.backup_table.selectRow(2)
    dialog.restore_button.click()
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Vill du återställa databasen till hur den var 2026-11-24 klockan 08:15?"
    assert "innehåller 1 workshop." in box.informativeText()
    assert "så du kan ångra" in box.informativeText()
    cancel = next(b for b in box.buttons() if b.text() == "Avbryt")
    cancel.click()
    assert dialog.chosen is None and dialog.isVisible()

    dialog.restore_button.click()
    confirm = next(b for b in dialog.confirmation.buttons() if b.text() == "Återställ")
    with qtbot.waitSignal(dialog.accepted):
        confirm.click()
    assert dialog.chosen == oldest


def test_no_backups_yet_teaches_when_they_are_made(qtbot, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(BackupService(SqliteBackupFiles(db_path, tmp_path / "none")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.empty_label.isVisible() and not dialog.ui.backup_table.isVisible()
    assert "första gången du öppnar databasen varje dag" in dialog.ui.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    cancel = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"


def test_an_unreadable_backup_cannot_be_chosen(
    qtbot,  # type: ignore[no-untyped-def]
    backups: BackupService,
) -> None:
    backups.backups()[0].path.write_bytes(b"trasig")
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    assert shown(dialog)[0][2] == "Kan inte läsas"
    assert not dialog.restore_button.isEnabled()
    assert "går inte att läsa" in dialog.ui.problem_label.text()
    dialog.confirm()
    assert dialog.confirmation is None
    dialog.ui.backup_table.selectRow(1)
    assert dialog.restore_button.isEnabled() and not dialog.ui.problem_label.isVisible()


def test_size_text_uses_the_decimal_comma() -> None:
    assert size_text(1_234_567) == "1,2 MB"
    assert size_text(184_320) == "184 kB"
    assert size_text(900) == "900 byte"


def test_the_window_offers_restore_only_with_backups_and_hands_the_choice_on(
    qtbot,  # type: ignore[no-untyped-def]
    service: WorkshopService,
    backups: BackupService,
    ui_settings: UiSettings,
) -> None:
    window = MainWindow(None, None, ui_settings)
    qtbot.addWidget(window)
    assert not window.ui.restore_action.isEnabled()
    assert window.ui.restore_action.text() == "Åte&rställ från säkerhetskopia…"
    window.attach(service, export_service_for(service), "db", backups)
    assert window.ui.restore_action.isEnabled()
    new_workshop = window.ui.new_workshop_action
    receivers = new_workshop.receivers(SIGNAL("triggered(bool)"))
    window.ui.restore_action.trigger()
    dialog = window.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    dialog.restore_button.click()
    confirm = next(b for b in dialog.confirmation.buttons() if b.text() == "Återställ")
    with qtbot.waitSignal(window.restore_requested) as requested:
        confirm.click()
    assert requested.args == [backups.backups()[0]]

    # The composition root lets go of the services, restores, and attaches anew.
    window.detach()
    assert (
        not window.ui.restore_action.isEnabled() and not window.ui.new_workshop_action.isEnabled()
    )
    window.attach(service, export_service_for(service), "db", backups)
    assert len(window.library.overviews) == 2
    assert new_workshop.receivers(SIGNAL("triggered(bool)")) == receivers  # not twice
    window.close()


RESTORE_IN_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from hallbar_desktop.app import run_gui
from hallbar_desktop.ui.main_window import MainWindow

app = QApplication([])
seen = {}

def window():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return found[-1] if found else None

def step(name, wait=30):
    QTimer.singleShot(wait, name)

def ready():
    w = window()
    if w is None or not hasattr(w, "library"):
        return step(ready)
    seen["before"] = len(w.library.overviews)
    w.ui.restore_action.trigger()
    dialog = w.restore_dialog
    dialog.ui.backup_table.selectRow(dialog.model.rowCount() - 1)  # the oldest
    dialog.restore_button.click()
    confirm = next(b for b in dialog.confirmation.buttons() if b.text() == "Återställ")
    confirm.click()
    step(restored)

def restored():
    w = window()
    box = getattr(w, "message_box", None)
    if not hasattr(w, "library") or box is None or not box.isVisible():
        return step(restored)
    seen["after"] = len(w.library.overviews)
    seen["message"] = box.text()
    box.close()
    w.close()

step(ready)
seen["exit"] = run_gui(Path(sys.argv[1]))
print(json.dumps(seen, ensure_ascii=False))
"""


def test_restoring_in_the_window_reopens_it_on_the_restored_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hallbar_desktop.app import backup_service_for, open_services

    db = tmp_path / "ws.sqlite3"
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    monkeypatch.setenv("XDG_DATA_HOME", str(data))  # the backups below go where the app looks
    with open_services(db, create_if_missing=True) as services:
        add_demo_workshop(services.workshops, TODAY)
    backup_service_for(db).back_up()
    with open_services(db, create_if_missing=False) as services:
        add_demo_workshop(services.workshops, TODAY)

    result = subprocess.run(
        [sys.executable, "-c", RESTORE_IN_WINDOW, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert (seen["before"], seen["after"], seen["exit"]) == (2, 1, 0)
    assert seen["message"].startswith("Databasen är återställd till hur den var ")
    kinds = {b.kind for b in backup_service_for(db).backups()}
    assert BackupKind.BEFORE_RESTORE in kinds
    assert not (tmp_path / "ws.sqlite3.lock").exists()


@pytest.mark.parametrize("listed", [True, False])
def test_the_message_after_restoring_says_where_the_previous_file_is(
    qtbot, service: WorkshopService, ui_settings: UiSettings, tmp_path: Path, listed: bool
) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.domain.backup import Backup, RestoreResult

    window = MainWindow(service, export_service_for(service), ui_settings, "test")
    qtbot.addWidget(window)
    restored = Backup(tmp_path / "b.sqlite3", datetime(2026, 11, 25, 16, 5), BackupKind.DAILY, 1)
    kept = tmp_path / ("ws-före.sqlite3" if listed else "ws-original.bin")
    window.show_restored(RestoreResult(restored, kept, previous_listed=listed))
    text = window.message_box.text()
    assert text.startswith("Databasen är återställd till hur den var 2026-11-25 klockan 16:05.")
    if listed:
        assert "bland säkerhetskopiorna" in text and str(kept) not in text
    else:
        assert "gick inte att läsa som databas" in text and str(kept) in text
        assert "bland säkerhetskopiorna" not in text
