"""The values in the database that could not be used as they are, one row each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt

from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel


class DataProblemTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Workshop"),
        QT_TRANSLATE_NOOP("Header", "Post"),
        QT_TRANSLATE_NOOP("Header", "Fält"),
        QT_TRANSLATE_NOOP("Header", "Värde i filen"),
        QT_TRANSLATE_NOOP("Header", "Vad det betyder"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DataProblem, ...] = ()

    def set_problems(self, problems: tuple[DataProblem, ...]) -> None:
        self.beginResetModel()
        self._rows = problems
        self.endResetModel()

    def problem(self, row: int) -> DataProblem:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        # Imported when first shown: the window is made before the message table is.
        from hallbar_desktop.error_messages import (
            data_field_label,
            data_problem_meaning,
            data_problem_record,
            data_problem_value,
        )
        from hallbar_desktop.ui.application_setup import current_language

        p: DataProblem = self._rows[index.row()]
        language = current_language()
        column = index.column()
        if column == 0:
            return p.workshop_title or self.tr("(utan titel)")
        if column == 1:
            return data_problem_record(p, language)
        if column == 2:
            return data_field_label(p.field, language)
        if column == 3:
            return data_problem_value(p, language)
        return data_problem_meaning(p, language)

    def index_of(self, problem: DataProblem) -> QModelIndex:
        return self.index(self._rows.index(problem), 0)
