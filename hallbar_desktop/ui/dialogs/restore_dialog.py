"""Choosing a backup of the database to go back to, with a confirmation before anything happens.

The dialog only chooses (``chosen``); whoever opened it restores, since the open services must
be closed first and opened again afterwards."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hallbar_desktop.domain.backup import Backup
from hallbar_desktop.services.backup_service import BackupService
from hallbar_desktop.ui.generated.ui_restore_dialog import Ui_RestoreDialog
from hallbar_desktop.ui.models.backup_table_model import BackupTableModel
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role


class RestoreDialog(QDialog):
    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._backups = backups
        self.chosen: Backup | None = None
        self.confirmation: QMessageBox | None = None

        self.model = BackupTableModel(self)
        table = self.ui.backup_table
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self.confirm())

        self.restore_button: QPushButton = self.ui.button_box.addButton(
            self.tr("Återställ…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.confirm)
        self.ui.button_box.rejected.connect(self.reject)

        self.ui.database_label.setText(self.tr("Databas: {0}").format(backups.database_path))
        set_text_role(self.ui.problem_label, PROBLEM)
        self.reload()

    def reload(self) -> None:
        backups = self._backups.backups()
        # Where new backups go, and the other place too when older ones lie there.
        folder, *others = self._backups.folders
        elsewhere = [f for f in others if any(b.path.parent == f for b in backups)]
        if elsewhere:
            where = self.tr("Säkerhetskopiorna ligger i {0} och i {1}.").format(
                folder, elsewhere[0]
            )
        else:
            where = self.tr("Säkerhetskopiorna ligger i {0}.").format(folder)
        self.ui.folder_label.setText(where)
        self.model.set_backups(backups)
        self.ui.backup_table.setVisible(bool(backups))
        self.ui.backups_label.setVisible(bool(backups))
        self.ui.empty_label.setVisible(not backups)
        if backups:
            self.ui.backup_table.selectRow(0)
            self.ui.backup_table.setFocus()
        self._selection_changed()

    def selected(self) -> Backup | None:
        rows = self.ui.backup_table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        backup = self.selected()
        unreadable = backup is not None and not backup.readable
        self.restore_button.setEnabled(backup is not None and backup.readable)
        self.ui.problem_label.setText(
            self.tr("Den här säkerhetskopian går inte att läsa, så den kan inte återställas.")
            if unreadable
            else ""
        )
        self.ui.problem_label.setVisible(unreadable)

    def confirm(self) -> None:
        """Ask before restoring; the answer comes back through the box's finished signal."""
        backup = self.selected()
        if backup is None or not backup.readable:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        box.setText(
            self.tr("Vill du återställa databasen till hur den var {0} klockan {1}?").format(
                backup.made_at.date().isoformat(), f"{backup.made_at:%H:%M}"
            )
        )
        count = self.tr("%n workshoppar", "", backup.workshops)
        box.setInformativeText(
            self.tr(
                "Säkerhetskopian innehåller {0}. Det du har ändrat efter den tiden försvinner ur "
                "databasen, men databasen som den är nu sparas först som en ny säkerhetskopia, så "
                "du kan ångra."
            ).format(count)
        )
        restore = box.addButton(self.tr("Återställ"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.finished.connect(lambda _result: self._answered(box, restore, backup))
        self.confirmation = box
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def _answered(self, box: QMessageBox, restore: QPushButton, backup: Backup) -> None:
        self.confirmation = None
        box.deleteLater()
        if box.clickedButton() is restore:
            self.chosen = backup
            self.accept()
