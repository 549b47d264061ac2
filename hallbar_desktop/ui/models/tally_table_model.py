"""Hand counts per statement and scale value ("tre fyror, två femmor") as an editable grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.readiness import SCALE_VALUES, ScaleAnchor, Statement
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel
from hallbar_desktop.ui.open_workshop import OpenWorkshop

Index = QModelIndex | QPersistentModelIndex
STATEMENT_COLUMN = 0
# The counted columns, in order: the scale values 1–5, then "Vet ej" (value None).
COUNTED_VALUES: tuple[int | None, ...] = (*SCALE_VALUES, None)
FIRST_COUNT_COLUMN = 1
SUM_COLUMN = FIRST_COUNT_COLUMN + len(COUNTED_VALUES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TallyTableModel", text)


def _anchor_texts(scale: tuple[ScaleAnchor, ...], dont_know: str) -> dict[int | None, str]:
    texts: dict[int | None, str] = {a.value: f"{a.value} – {a.label}" for a in scale}
    texts[None] = dont_know
    return texts


class TallyTableModel(RowTupleTableModel):
    """Rows are the statements in template order; a count cell's edit stores the statement's
    counts through OpenWorkshop (undoable); a refused number comes out of ``problem`` as a
    sentence."""

    problem = Signal(str)
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Påstående"),
        "1",
        "2",
        "3",
        "4",
        "5",
        QT_TRANSLATE_NOOP("Header", "Vet ej"),
        QT_TRANSLATE_NOOP("Header", "Summa"),
    )

    def __init__(self, workshop: OpenWorkshop, parent: Any = None) -> None:
        super().__init__(parent)
        self._workshop = workshop
        self._rows: tuple[Statement, ...] = ()
        self._counts: dict[str, dict[int | None, int]] = {}
        self._anchors: dict[int | None, str] = {}
        # Each statement's own: its block may have anchors of its own.
        self._statement_anchors: dict[str, dict[int | None, str]] = {}

    def show_contents(self, contents: WorkshopContents) -> None:
        template = contents.template
        statements = template.statements
        self._counts = {s.code: contents.tallies_for(s.code) for s in statements}
        self._anchors = _anchor_texts(template.scale, template.dont_know_label)
        self._statement_anchors = {
            s.code: _anchor_texts(template.scale_of(d), template.dont_know_label)
            for d in template.dimensions
            for s in d.statements
        }
        if statements == self._rows:
            if statements:
                last = self.index(len(statements) - 1, SUM_COLUMN)
                self.dataChanged.emit(self.index(0, FIRST_COUNT_COLUMN), last)
            return
        self.beginResetModel()
        self._rows = statements
        self.endResetModel()

    def statement(self, row: int) -> Statement:
        return self._rows[row]

    def total(self) -> int:
        """Every hand-counted answer, over all statements."""
        return sum(sum(counts.values()) for counts in self._counts.values())

    @staticmethod
    def value_of(column: int) -> int | None:
        return COUNTED_VALUES[column - FIRST_COUNT_COLUMN]

    # --- QAbstractTableModel ---------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return self._rows[section].code
            return None
        if not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Header", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_COUNT_COLUMN <= section < SUM_COLUMN:
            return QCoreApplication.translate(
                "TallyTableModel", "Hur många som svarade {0}"
            ).format(self._anchors.get(self.value_of(section), ""))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FIRST_COUNT_COLUMN <= index.column() < SUM_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        statement = self._rows[index.row()]
        column = index.column()
        counts = self._counts.get(statement.code, {})
        if column == STATEMENT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return statement.text
            if role == Qt.ItemDataRole.ToolTipRole:
                return statement.text
            return None
        number = (
            sum(counts.values()) if column == SUM_COLUMN else counts.get(self.value_of(column), 0)
        )
        if role == Qt.ItemDataRole.DisplayRole:
            # An empty cell reads faster than a wall of zeros while counting.
            return str(number) if number else ""
        if role == Qt.ItemDataRole.EditRole:
            return number
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            anchors = self._statement_anchors.get(statement.code, self._anchors)
            what = (
                QCoreApplication.translate("TallyTableModel", "Summa")
                if column == SUM_COLUMN
                else anchors.get(self.value_of(column))
            )
            return QCoreApplication.translate("TallyTableModel", "{0}, {1}: {2}").format(
                statement.code, what, number
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not FIRST_COUNT_COLUMN <= index.column() < SUM_COLUMN
        ):
            return False
        statement = self._rows[index.row()]
        try:
            number = int(value) if value not in (None, "") else 0
        except (TypeError, ValueError):
            self.problem.emit(
                QCoreApplication.translate(
                    "TallyTableModel", "Skriv antalet som en siffra, till exempel 3."
                )
            )
            return False
        counts = dict(self._counts.get(statement.code, {}))
        value_counted = self.value_of(index.column())
        if counts.get(value_counted, 0) == number:
            return False
        counts[value_counted] = number
        try:
            self._workshop.set_statement_tallies(
                statement.code,
                counts,
                QCoreApplication.translate(
                    "TallyTableModel", "Handuppräckning: påstående {0}"
                ).format(statement.code),
            )
        except HallbarError as error:
            self.problem.emit(error_text(error))
            return False
        return True
