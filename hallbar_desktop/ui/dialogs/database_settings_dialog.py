"""Arkiv › Inställningar för databasen…: where its backups are kept, and its retention months."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from hallbar_desktop.domain.backup import BackupPlace, BackupPlaces, StorageMedium
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.services.backup_service import BackupService
from hallbar_desktop.services.retention_service import RetentionService
from hallbar_desktop.ui.error_words import error_text
from hallbar_desktop.ui.generated.ui_database_settings_dialog import Ui_DatabaseSettingsDialog
from hallbar_desktop.ui.style_sheet import PROBLEM, SECONDARY, set_text_role


class DatabaseSettingsDialog(QDialog):
    """Settings of the database itself (its meta table), not of this computer: they travel with
    the file. Each change is saved at once and said so under the settings; a server's
    database has no backups of hallbar's, so only its retention months are shown."""

    # The retention months changed: the library marks the workshops past their date anew.
    retention_changed = Signal()

    def __init__(
        self,
        retention: RetentionService,
        backups: BackupService | None,
        database_label: str,
        *,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DatabaseSettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._retention = retention
        self._backups = backups
        self._now = now
        for heading in (ui.backups_heading, ui.retention_heading):
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
        for note in (ui.medium_label, ui.backups_note_label, ui.retention_note_label):
            set_text_role(note, SECONDARY)
        ui.database_label.setText(self.tr("Databas: {0}").format(database_label))
        ui.button_box.rejected.connect(self.reject)
        # Enter in the months field confirms the number (saved at once), as in the rest of
        # the program; it must not also close the dialog through its only button.
        for button in ui.button_box.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)

        try:
            months = retention.retention_months()
        except HallbarError as error:
            months = ui.retention_spin.value()
            self._say_problem(error)
        ui.retention_spin.setValue(months)
        ui.retention_spin.valueChanged.connect(self._months_chosen)
        self._show_places()
        ui.beside_radio.toggled.connect(lambda on: on and self._place_chosen(BackupPlace.BESIDE))
        ui.user_radio.toggled.connect(lambda on: on and self._place_chosen(BackupPlace.USER))

    def places(self) -> BackupPlaces | None:
        return self._backups.places() if self._backups is not None else None

    def _show_places(self) -> None:
        ui = self.ui
        places = self.places()
        for widget in (
            ui.beside_radio,
            ui.beside_folder_label,
            ui.user_radio,
            ui.user_folder_label,
            ui.backups_note_label,
        ):
            widget.setVisible(places is not None)
        if places is None:
            ui.medium_label.setText(
                self.tr(
                    "Databasen ligger på en server. Programmet gör inga egna säkerhetskopior av "
                    "den: serverns säkerhetskopior och hur länge de sparas sköts av den som "
                    "ansvarar för servern, oftast organisationens IT."
                )
            )
            return
        ui.medium_label.setText(self._medium_text(places))
        ui.beside_folder_label.setText(str(places.beside))
        ui.user_folder_label.setText(str(places.user))
        for radio, place in (
            (ui.beside_radio, BackupPlace.BESIDE),
            (ui.user_radio, BackupPlace.USER),
        ):
            radio.blockSignals(True)
            radio.setChecked(places.meant is place)
            radio.blockSignals(False)
        if places.fell_back:
            note = self.tr(
                "Mappen bredvid databasen går inte att skapa eller skriva i (minnet kan vara "
                "skrivskyddat), så säkerhetskopiorna sparas i din användarmapp tills det går."
            )
            set_text_role(ui.backups_note_label, PROBLEM)
        else:
            note = self.tr(
                "Säkerhetskopior som redan finns ligger kvar där de gjordes. Återställning och "
                "gallring hittar dem på båda ställena."
            )
            set_text_role(ui.backups_note_label, SECONDARY)
        ui.backups_note_label.setText(note)

    def _medium_text(self, places: BackupPlaces) -> str:
        if places.medium is StorageMedium.REMOVABLE:
            where = self.tr("Databasen ligger på ett flyttbart minne eller en extern disk.")
        elif places.medium is StorageMedium.NETWORK:
            where = self.tr("Databasen ligger på en nätverksenhet.")
        else:
            where = self.tr("Databasen ligger på den här datorns disk.")
        if places.chosen is not None:
            return where
        if places.meant is BackupPlace.BESIDE:
            return where + " " + self.tr("Därför sparas säkerhetskopiorna bredvid den.")
        return where + " " + self.tr("Därför sparas säkerhetskopiorna i din användarmapp.")

    def _place_chosen(self, place: BackupPlace) -> None:
        try:
            self._retention.set_backups_place(place)
        except HallbarError as error:
            self._show_places()  # back to the place still in force
            self._say_problem(error)
            return
        self._show_places()
        if place is BackupPlace.BESIDE:
            done = self.tr("Sparat {0:%H:%M}: nya säkerhetskopior sparas bredvid databasen.")
        else:
            done = self.tr("Sparat {0:%H:%M}: nya säkerhetskopior sparas i din användarmapp.")
        self._say_saved(done.format(self._now()))

    def _months_chosen(self, months: int) -> None:
        try:
            self._retention.set_retention_months(months)
        except HallbarError as error:
            spin = self.ui.retention_spin
            spin.blockSignals(True)
            # Unreadable too: the problem said below is the one to act on.
            with contextlib.suppress(HallbarError):
                spin.setValue(self._retention.retention_months())
            spin.blockSignals(False)
            self._say_problem(error)
            return
        self._say_saved(
            self.tr("Sparat {0:%H:%M}: gallras %n månader efter workshoppen.", "", months).format(
                self._now()
            )
        )
        self.retention_changed.emit()

    def _say_saved(self, text: str) -> None:
        set_text_role(self.ui.saved_label, SECONDARY)
        self.ui.saved_label.setText(text)

    def _say_problem(self, error: HallbarError) -> None:
        set_text_role(self.ui.saved_label, PROBLEM)
        self.ui.saved_label.setText(
            self.tr("Ändringen sparades inte. {0}").format(error_text(error))
        )
