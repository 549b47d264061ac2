"""The workshop's dependencies as a table, numbered as in the matrix, with a filter by type."""

from __future__ import annotations

import dataclasses
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hallbar_desktop.domain.dependency import (
    IMPACT_LABELS,
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Influence,
    Quadrant,
    numbered_dependencies,
)
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.ui.charts.dependency_marks import CATEGORY_MARKS, category_icon
from hallbar_desktop.ui.choice_words import choice_text, word_text
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel
from hallbar_desktop.ui.open_workshop import OpenWorkshop

Index = QModelIndex | QPersistentModelIndex
DEPENDENCY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOT_SET = "–"


class Column:
    NUMBER, CATEGORY, TITLE, IMPACT, INFLUENCE, PRIORITY, VOTES, STATUS, OWNER = range(9)


_INFLUENCE_ORDER = {Influence.OUTSIDE: 1, Influence.CAN_INFLUENCE: 2, Influence.CONTROL: 3}


class DependencyTableModel(RowTupleTableModel):
    """Rows in number order; the Nr column is the dependency's number, the one its dot in the
    matrix and every export carry (``numbered_dependencies``), kept when others are removed.

    The Prickar column can be edited in place: the new count is stored through the open
    workshop, so it can be undone like any other edit."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Nr"),
        QT_TRANSLATE_NOOP("Header", "Typ"),
        QT_TRANSLATE_NOOP("Header", "Rubrik"),
        QT_TRANSLATE_NOOP("Header", "Påverkan"),
        QT_TRANSLATE_NOOP("Header", "Påverkbarhet"),
        QT_TRANSLATE_NOOP("Header", "Prioritet"),
        QT_TRANSLATE_NOOP("Header", "Prickar"),
        QT_TRANSLATE_NOOP("Header", "Status"),
        QT_TRANSLATE_NOOP("Header", "Bevakas av"),
    )

    def __init__(self, workshop: OpenWorkshop | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._workshop = workshop
        self._rows: tuple[Dependency, ...] = ()
        self._numbers: tuple[int, ...] = ()

    def set_dependencies(self, dependencies: tuple[Dependency, ...]) -> None:
        """Show these dependencies; when the same ones are only edited, the view keeps its
        selection and scroll position."""
        numbered = numbered_dependencies(dependencies)
        ordered = tuple(d for _, d in numbered)
        numbers = tuple(number for number, _ in numbered)
        if [d.id for d in ordered] == [d.id for d in self._rows] and numbers == self._numbers:
            self._rows = ordered
            if ordered:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(ordered) - 1, len(self.HEADERS) - 1)
                )
            return
        self.beginResetModel()
        self._rows = ordered
        self._numbers = numbers
        self.endResetModel()

    def dependency(self, row: int) -> Dependency:
        return self._rows[row]

    def row_of(self, dependency_id: UUID) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.id == dependency_id), None)

    def numbered(self) -> tuple[tuple[int, Dependency], ...]:
        """Each dependency with the number it carries in the table and the matrix."""
        return tuple(zip(self._numbers, self._rows, strict=True))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.VOTES and self._workshop is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        number = self._numbers[index.row()]
        column = index.column()
        if role == DEPENDENCY_ROLE:
            return d
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(d, number, column)
        if role == Qt.ItemDataRole.EditRole:
            return d.votes if column == Column.VOTES else self._text(d, number, column)
        if role == SORT_ROLE:
            return self._sort_key(d, number, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.CATEGORY:
            return category_icon(d.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CATEGORY:
                return choice_text(d.category)
            if column == Column.TITLE:
                return d.description or d.title
            if column == Column.VOTES and self._workshop is not None:
                return self.tr("Dubbelklicka eller tryck F2 för att skriva in antalet prickar.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER, Column.VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            self._workshop is None
            or not index.isValid()
            or index.column() != Column.VOTES
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        d = self._rows[index.row()]
        try:
            votes = int(value)
            if votes == d.votes:
                return True
            self._workshop.save_part(
                dataclasses.replace(d, votes=votes), self.tr("Ändra antal prickar")
            )
        except (HallbarError, ValueError, TypeError):
            return False
        return True

    def _text(self, d: Dependency, number: int, column: int) -> str:
        if column == Column.NUMBER:
            return str(number)
        if column == Column.CATEGORY:
            return word_text(CATEGORY_MARKS[d.category].short_label)
        if column == Column.TITLE:
            return d.title
        if column == Column.IMPACT:
            if d.impact is None:
                return NOT_SET
            return f"{d.impact} {word_text(IMPACT_LABELS[d.impact])}"
        if column == Column.INFLUENCE:
            return choice_text(d.influence) if d.influence else NOT_SET
        if column == Column.PRIORITY:
            return self._priority_text(d)
        if column == Column.VOTES:
            return str(d.votes)
        if column == Column.STATUS:
            return choice_text(d.status)
        return d.owner

    def _priority_text(self, d: Dependency) -> str:
        if d.priority_override is not None:
            return self.tr("{0} (ändrad)").format(choice_text(d.priority_override))
        if d.quadrant is None:
            return self.tr("Inte placerad")
        return choice_text(d.quadrant)

    @staticmethod
    def _sort_key(d: Dependency, number: int, column: int) -> Any:
        if column == Column.NUMBER:
            return number
        if column == Column.CATEGORY:
            return list(DependencyCategory).index(d.category)
        if column == Column.TITLE:
            return swedish_key(d.title)
        if column == Column.IMPACT:
            return d.impact or 0
        if column == Column.INFLUENCE:
            return _INFLUENCE_ORDER.get(d.influence, 0) if d.influence else 0
        if column == Column.PRIORITY:
            # Most urgent first when sorted ascending; unplaced last.
            return d.priority.rank if d.priority else len(Quadrant)
        if column == Column.VOTES:
            return d.votes
        if column == Column.STATUS:
            return list(DependencyStatus).index(d.status)
        return swedish_key(d.owner)


class DependencyFilterProxy(QSortFilterProxyModel):
    """Shows one type of dependency, or all; sorts on numbers and in Swedish order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._category: DependencyCategory | None = None

    @property
    def category(self) -> DependencyCategory | None:
        return self._category

    def set_category(self, category: DependencyCategory | None) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange()

    def lessThan(self, left: Index, right: Index) -> bool:
        # Compare the Python sort keys here; Qt cannot order tuples wrapped in a QVariant.
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._category is None:
            return True
        model = self.sourceModel()
        d: Dependency = model.data(model.index(source_row, 0, source_parent), DEPENDENCY_ROLE)
        return d.category is self._category
