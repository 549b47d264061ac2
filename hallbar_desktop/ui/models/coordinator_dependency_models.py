"""The coordinator's dependency tables: counts per type, and the most critical open ones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt

from hallbar_desktop.domain.coordinator import CriticalDependency, DependencyTypeCount
from hallbar_desktop.domain.dependency import IMPACT_LABELS, DependencyCategory, Quadrant
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.ui.choice_words import choice_text, word_text
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
WORKSHOP_TITLE = 1
DEPENDENCY_TITLE = 3
ACTION_TITLES = 9
_NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SwedishSortProxy(QSortFilterProxyModel):
    """Sorts by each row's ``SORT_ROLE``: Swedish order for texts (å ä ö after z)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        # The keys are Python tuples, which Qt cannot compare itself.
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


class DependencyTypeModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Typ av beroende"),
        QT_TRANSLATE_NOOP("Header", "Organisationer"),
        QT_TRANSLATE_NOOP("Header", "Workshoppar"),
        QT_TRANSLATE_NOOP("Header", "Beroenden"),
        QT_TRANSLATE_NOOP("Header", "Inte hanterade"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DependencyTypeCount, ...] = ()

    def set_counts(self, counts: tuple[DependencyTypeCount, ...]) -> None:
        self.beginResetModel()
        self._rows = counts
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        values = (c.organisations, c.workshops, c.dependencies, c.open_dependencies)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_text(c.category) if column == 0 else str(values[column - 1])
        if role == SORT_ROLE:
            if column == 0:
                return list(DependencyCategory).index(c.category)
            # Ties go to the type more workshops, then more dependencies, name.
            return (values[column - 1], *values)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _NUMBER_ALIGNMENT
        return None


class CriticalDependencyModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Organisation"),
        QT_TRANSLATE_NOOP("Header", "Workshop"),
        QT_TRANSLATE_NOOP("Header", "Nr"),
        QT_TRANSLATE_NOOP("Header", "Beroende"),
        QT_TRANSLATE_NOOP("Header", "Typ"),
        QT_TRANSLATE_NOOP("Header", "Prioritet"),
        QT_TRANSLATE_NOOP("Header", "Påverkan"),
        QT_TRANSLATE_NOOP("Header", "Prickar"),
        QT_TRANSLATE_NOOP("Header", "Status"),
        QT_TRANSLATE_NOOP("Header", "Åtgärd"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CriticalDependency, ...] = ()

    def set_dependencies(self, dependencies: tuple[CriticalDependency, ...]) -> None:
        self.beginResetModel()
        self._rows = dependencies
        self.endResetModel()

    def critical(self, row: int) -> CriticalDependency:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, column)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), c, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (WORKSHOP_TITLE, DEPENDENCY_TITLE, 9):
            return self._text(c, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 6, 7):
            return _NUMBER_ALIGNMENT
        return None

    def _text(self, c: CriticalDependency, column: int) -> str:
        d = c.line.dependency
        if column == 0:
            return c.organisation
        if column == 1:
            return c.workshop.title
        if column == 2:
            return str(c.line.number)
        if column == 3:
            return d.title
        if column == 4:
            return choice_text(d.category)
        if column == 5:
            return choice_text(c.line.priority) if c.line.priority else ""
        if column == 6:
            return (
                self.tr("{0} {1}").format(d.impact, word_text(IMPACT_LABELS[d.impact]))
                if (d.impact)
                else ""
            )
        if column == 7:
            return str(d.votes)
        if column == 8:
            return choice_text(d.status)
        # The dependencies that lack an action are named as such, not only counted.
        return "; ".join(c.line.action_titles) or self.tr("⚠ Ingen åtgärd")

    def _sort_key(self, row: int, c: CriticalDependency, column: int) -> Any:
        d = c.line.dependency
        if column == 2:
            return c.line.number
        if column == 5:
            # The ranking itself: the order the rows came in.
            return row if c.line.priority is not None else len(Quadrant) * 1000
        if column == 6:
            return d.impact or 0
        if column == 7:
            return d.votes
        return swedish_key(self._text(c, column))
