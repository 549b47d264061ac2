"""A workshop's audit log after its day, one change a row: when, who, on which computer, what."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from hallbar_desktop.domain.audit import AuditEntry, ChainBreak
from hallbar_desktop.ui.dialogs.import_packages import local_time
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel


class AuditEntryTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Nr"),
        QT_TRANSLATE_NOOP("Header", "När"),
        QT_TRANSLATE_NOOP("Header", "Vem"),
        QT_TRANSLATE_NOOP("Header", "Dator"),
        QT_TRANSLATE_NOOP("Header", "Vad"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AuditEntry, ...] = ()
        self._labels: Mapping[str, str] = {}
        self._broken: ChainBreak | None = None

    def set_entries(
        self,
        entries: tuple[AuditEntry, ...],
        labels: Mapping[str, str],
        broken: ChainBreak | None = None,
    ) -> None:
        """``labels``: what a person knows each record still there by, by its id; ``broken``:
        where the log stops holding, so that the rows from there on are marked."""
        self.beginResetModel()
        self._rows = entries
        self._labels = labels
        self._broken = broken
        self.endResetModel()

    def untrusted(self, entry: AuditEntry) -> bool:
        """From the first entry that is not what the program wrote, its chain cannot be
        trusted (the entries before it have the same number as their place in the chain)."""
        broken = self._broken
        return broken is not None and entry.chain == broken.chain and entry.seq > broken.after

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        # Imported when first shown: the window is made before the message table is.
        from hallbar_desktop.error_messages import audit_what
        from hallbar_desktop.ui.application_setup import current_language

        entry: AuditEntry = self._rows[index.row()]
        column = index.column()
        if column == 0:
            if not self.untrusted(entry):
                return str(entry.seq)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Posten går inte att lita på: loggen har ändrats utanför programmet."
                )
            # A sign beside the number, not a colour only; the dialog says it in words above.
            return f"{entry.seq} ⚠"
        if column == 1:
            return local_time(entry.at)
        if column in (2, 3):
            if entry.names_purged:
                return self.tr("(gallrat)")  # blanked by a purge of names
            return entry.user if column == 2 else entry.computer
        label = self._labels.get(entry.record_id, "")
        return audit_what(entry, current_language(), label)
