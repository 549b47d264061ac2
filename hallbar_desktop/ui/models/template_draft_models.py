"""Rows of a template being edited (dimensions, statements, anchors, prompts) for the views."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel

# (row, column) -> what is wrong there, in words.
Problems = Mapping[tuple[int, int], Sequence[str]]


class DraftRowsModel(RowTupleTableModel):
    """Text rows of the draft and the problems found in them. An edit is not kept here: it goes
    to ``edit(row, column, text)``, which makes an undo step of it, and the dialog then shows
    the new draft with show()."""

    def __init__(
        self,
        headers: tuple[str, ...],
        editable_columns: frozenset[int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.HEADERS = headers
        self._editable = editable_columns
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._problems: Problems = {}
        self.read_only = False
        self.edit: Callable[[int, int, str], None] | None = None

    def show(
        self, rows: Sequence[Sequence[str]], problems: Problems, read_only: bool = False
    ) -> None:
        rows = tuple(tuple(r) for r in rows)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows, self._problems, self.read_only = rows, problems, read_only
            self.endResetModel()
            return
        changed = rows != self._rows or problems != self._problems or read_only != self.read_only
        self._rows, self._problems, self.read_only = rows, problems, read_only
        if changed and rows:
            # Same rows: the view keeps its current cell and selection.
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1)
            )

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def problems_at(self, row: int, column: int) -> Sequence[str]:
        return self._problems.get((row, column), ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        said = self._problems.get((index.row(), index.column()), ())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([*said, text] if said else [text]) or None
        if role == Qt.ItemDataRole.DecorationRole and said:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and said:
            return " ".join(said)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.read_only and index.column() in self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        text = str(value)
        if text != self._rows[index.row()][index.column()]:
            self.edit(index.row(), index.column(), text)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)


def first_problem_cell(model: DraftRowsModel) -> QModelIndex | None:
    """The first cell that has a problem, row by row."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.problems_at(row, column):
                return model.index(row, column)
    return None
