"""The part every table model shares: rows from a tuple of domain objects, named columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RowTupleTableModel(QAbstractTableModel):
    """Subclasses set ``HEADERS`` (Swedish column titles, each marked with
    QT_TRANSLATE_NOOP("Header", …)) and keep their rows in ``_rows``."""

    HEADERS: tuple[str, ...] = ()
    _rows: tuple[Any, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Header", self.HEADERS[section])
        return None
