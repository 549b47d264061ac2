"""A database's backups as a table: date, time, workshops, size and kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QPersistentModelIndex, Qt

from hallbar_desktop.domain.backup import Backup
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel

Index = QModelIndex | QPersistentModelIndex
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1

_NUMBER_COLUMNS = (2, 3)


def size_text(size_bytes: int, locale: QLocale | None = None) -> str:
    """1,2 MB / 180 kB / 900 byte, with the decimal comma."""
    locale = locale or QLocale()
    if size_bytes >= 1_000_000:
        return f"{locale.toString(size_bytes / 1_000_000, 'f', 1)} MB"
    if size_bytes >= 1_000:
        return f"{locale.toString(round(size_bytes / 1_000))} kB"
    return f"{size_bytes} byte"


class BackupTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Datum"),
        QT_TRANSLATE_NOOP("Header", "Tid"),
        QT_TRANSLATE_NOOP("Header", "Workshoppar"),
        QT_TRANSLATE_NOOP("Header", "Storlek"),
        QT_TRANSLATE_NOOP("Header", "Slag"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Backup, ...] = ()

    def set_backups(self, backups: tuple[Backup, ...]) -> None:
        self.beginResetModel()
        self._rows = backups
        self.endResetModel()

    def backup(self, row: int) -> Backup:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if role == BACKUP_ROLE:
            return backup
        if role == Qt.ItemDataRole.DisplayRole:
            workshops = (
                str(backup.workshops) if backup.workshops is not None else self.tr("Kan inte läsas")
            )
            return (
                backup.made_at.date().isoformat(),
                f"{backup.made_at:%H:%M:%S}",
                workshops,
                size_text(backup.size_bytes),
                choice_text(backup.kind),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None
