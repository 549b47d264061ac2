"""Ändringslogg: what was changed in a workshop after its day, and whether the log is whole."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from hallbar_desktop.domain.audit import AuditLog, record_labels
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.ui.generated.ui_audit_log_dialog import Ui_AuditLogDialog
from hallbar_desktop.ui.models.audit_entry_table_model import AuditEntryTableModel
from hallbar_desktop.ui.style_sheet import PROBLEM_STRONG, set_text_role


class AuditLogDialog(QDialog):
    """Only shows: the log cannot be changed in the program."""

    def __init__(
        self, log: AuditLog, contents: WorkshopContents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditLogDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Ändringslogg – {0}").format(contents.workshop.title))
        self.model = AuditEntryTableModel(self)
        self.model.set_entries(log.entries, record_labels(contents), log.broken)
        table = self.ui.entry_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column, width in enumerate((48, 130, 110, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.resizeRowsToContents()
        has_entries = bool(log.entries)
        table.setVisible(has_entries)
        self.ui.entries_label.setVisible(has_entries)
        self.ui.empty_label.setVisible(not has_entries)
        self.ui.broken_label.setVisible(log.broken is not None)
        if log.broken is not None:
            from hallbar_desktop.error_messages import audit_break
            from hallbar_desktop.ui.application_setup import current_language

            # Not only the colour says it: the words do.
            self.ui.broken_label.setText(audit_break(log.broken, current_language()))
            set_text_role(self.ui.broken_label, PROBLEM_STRONG)
        self.ui.button_box.rejected.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The rows' heights follow the last column's width, which is known once shown.
        table = self.ui.entry_table
        # The table as context: a dialog closed at once takes the call with it.
        QTimer.singleShot(0, table, table.resizeRowsToContents)
