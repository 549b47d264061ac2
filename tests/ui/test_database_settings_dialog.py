"""Arkiv › Inställningar för databasen…: where the backups go and the retention months, saved at
once; and Hjälp › Om programmet naming every place a copy is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hallbar_desktop import paths
from hallbar_desktop.app import Services, open_services
from hallbar_desktop.domain.backup import BackupKind, BackupPlace
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.storage.backups import BESIDE_FOLDER, backup_folder_for
from hallbar_desktop.ui.dialogs.about_dialog import AboutDialog
from hallbar_desktop.ui.dialogs.database_settings_dialog import DatabaseSettingsDialog
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.ui_settings import UiSettings

# The backups and their folders are a file's; a server has none of hallbar's.
pytestmark = pytest.mark.sqlite_only

NAME = "Zelmira Hemligsdotter"


@pytest.fixture
def services(db_path: Path, tmp_path: Path) -> Iterator[Services]:
    with open_services(db_path, create_if_missing=True, backups=tmp_path / "backups") as opened:
        yield opened


@pytest.fixture
def window(qtbot, services: Services, ui_settings: UiSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(None, None, ui_settings)
    qtbot.addWidget(shown)
    shown.attach(
        services.workshops,
        services.exports,
        str(services.database_path),
        services.backups,
        retention=services.retention,
    )
    return shown


def _settings_dialog(window: MainWindow) -> DatabaseSettingsDialog:
    assert window.database_settings_action.isEnabled()
    assert window.database_settings_action in window.ui.file_menu.actions()
    window.database_settings_action.trigger()
    dialog = window.database_settings_dialog
    assert isinstance(dialog, DatabaseSettingsDialog) and dialog.isVisible()
    return dialog


def test_the_dialog_shows_both_folders_and_saves_the_place_chosen_at_once(
    window: MainWindow, services: Services, db_path: Path, tmp_path: Path
) -> None:
    dialog = _settings_dialog(window)
    ui = dialog.ui
    beside = db_path.parent / BESIDE_FOLDER / db_path.stem
    user = backup_folder_for(tmp_path / "backups", db_path)
    assert ui.beside_folder_label.text() == str(beside)
    assert ui.user_folder_label.text() == str(user)
    assert str(db_path) in ui.database_label.text()
    # The test's folder is on a local disk, and nothing is chosen: the user's folder.
    assert ui.user_radio.isChecked() and not ui.beside_radio.isChecked()
    assert "den här datorns disk" in ui.medium_label.text()

    ui.beside_radio.click()
    assert services.backups is not None
    assert services.backups.places().chosen is BackupPlace.BESIDE
    assert "Sparat" in ui.saved_label.text() and "bredvid databasen" in ui.saved_label.text()
    assert services.backups.back_up(BackupKind.MANUAL).path.parent == beside
    # Read anew, the dialog shows the choice saved in the database.
    dialog.close()
    again = _settings_dialog(window)
    assert again.ui.beside_radio.isChecked()
    again.ui.user_radio.click()
    assert services.backups.places().chosen is BackupPlace.USER
    assert services.backups.back_up(BackupKind.MANUAL).path.parent == user
    again.close()


def test_the_retention_months_are_saved_at_once_and_the_library_marks_anew(
    window: MainWindow, services: Services
) -> None:
    today = services.workshops.today()
    held = date(today.year - 3, today.month, 1)  # some 36 months ago
    made = services.workshops.create_workshop(Workshop(title="Gammal", held_on=held))
    services.workshops.add_participant(made.workshop.id, name=NAME, role="Chef")
    window.library.reload()
    model = window.library.model
    row = next(r for r in range(model.rowCount()) if model.overview(r).workshop.title == "Gammal")

    def marked() -> bool:
        return model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) is not None

    assert marked()  # past 24 months
    dialog = _settings_dialog(window)
    assert dialog.ui.retention_spin.value() == 24
    assert (dialog.ui.retention_spin.minimum(), dialog.ui.retention_spin.maximum()) == (1, 240)
    dialog.ui.retention_spin.setValue(60)
    assert services.retention.retention_months() == 60
    assert "gallras 60 månader efter workshoppen" in dialog.ui.saved_label.text()
    assert not marked()
    dialog.ui.retention_spin.setValue(1)
    assert "gallras 1 månad efter workshoppen" in dialog.ui.saved_label.text()
    assert marked()
    # A role, a typed alias or the audit log's names keep the mark too, not only names.
    assert "fortfarande har personuppgifter" in dialog.ui.retention_note_label.text()
    dialog.close()


def test_a_folder_beside_that_cannot_be_made_is_said(
    window: MainWindow, services: Services, db_path: Path
) -> None:
    (db_path.parent / BESIDE_FOLDER).write_text("en fil, inte en mapp")
    services.retention.set_backups_place(BackupPlace.BESIDE)
    dialog = _settings_dialog(window)
    assert dialog.ui.beside_radio.isChecked()
    assert "går inte att skapa eller skriva i" in dialog.ui.backups_note_label.text()
    dialog.close()


def test_on_a_server_the_backups_are_the_servers_business(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseSettingsDialog(
        services.retention,
        None,
        "postgresql://hallbar@server/hallbar",
        now=lambda: datetime(2026, 12, 5, 10, 42),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.beside_radio.isVisible() and not dialog.ui.user_radio.isVisible()
    assert "ligger på en server" in dialog.ui.medium_label.text()
    assert "organisationens IT" in dialog.ui.medium_label.text()
    dialog.ui.retention_spin.setValue(36)
    assert dialog.ui.saved_label.text() == "Sparat 10:42: gallras 36 månader efter workshoppen."


def test_about_names_the_database_its_backups_the_settings_and_the_crash_reports(
    window: MainWindow, services: Services, db_path: Path, ui_settings: UiSettings
) -> None:
    services.retention.set_backups_place(BackupPlace.BESIDE)
    logs = paths.data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    window.ui.about_action.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None
    ui = about.ui
    assert ui.database_edit.text() == str(db_path)
    assert ui.backups_edit.text() == str(db_path.parent / BESIDE_FOLDER / db_path.stem)
    assert "bredvid databasen" in ui.backups_note_label.text()
    assert ui.settings_file_edit.text() == ui_settings.file_name() != ""
    assert ui.crash_reports_edit.text() == str(logs) and not ui.crash_reports_edit.isHidden()
    about.close()


def test_about_shows_no_crash_reports_before_there_are_any(window: MainWindow) -> None:
    window.ui.about_action.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None
    if not (paths.data_dir() / "logs").exists():
        assert about.ui.crash_reports_edit.isHidden()
    about.close()


def test_enter_in_the_months_field_saves_and_leaves_the_dialog_open(
    window: MainWindow,
    services: Services,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtTest import QTest

    window.show()
    dialog = _settings_dialog(window)
    spin = dialog.ui.retention_spin
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "36")
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert services.retention.retention_months() == 36
    assert dialog.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
