"""The workshop library as a table, with search and filters in a proxy model."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hallbar_desktop.domain.contents import WorkshopOverview
from hallbar_desktop.domain.data_problems import shown_instead
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel

Index = QModelIndex | QPersistentModelIndex
OVERVIEW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The workshop's field each of the first columns shows.
_COLUMN_FIELDS = ("title", "organisation", "held_on", "status")


class WorkshopLibraryTableModel(RowTupleTableModel):
    HEADERS = ("Titel", "Organisation", "Datum", "Status", "Deltagare", "Åtgärder")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WorkshopOverview, ...] = ()

    def set_overviews(self, overviews: tuple[WorkshopOverview, ...]) -> None:
        self.beginResetModel()
        self._rows = overviews
        self.endResetModel()

    def overview(self, row: int) -> WorkshopOverview:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        o = self._rows[index.row()]
        w = o.workshop
        column = index.column()
        if role == OVERVIEW_ROLE:
            return o
        if role == Qt.ItemDataRole.DisplayRole:
            instead = self._shown_instead(o, column)
            if instead is not None:
                return instead
            return (
                w.title,
                w.organisation,
                w.held_on.isoformat() if w.held_on else "",
                self.tr(w.status.label),
                str(o.participants),
                self._actions_text(o),
            )[column]
        if role == SORT_ROLE:
            return (
                swedish_key(w.title),
                swedish_key(w.organisation),
                (w.held_on or date.min).toordinal(),
                list(WorkshopStatus).index(w.status),
                o.participants,
                o.actions,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _shown_instead(o: WorkshopOverview, column: int) -> str | None:
        # A stored value the program could not use is named, not shown as its stand-in.
        if column >= len(_COLUMN_FIELDS) or not o.problems:
            return None
        return shown_instead(o.problems, "workshops", _COLUMN_FIELDS[column])

    def _actions_text(self, o: WorkshopOverview) -> str:
        if o.overdue_actions:
            return self.tr("{0} ({1} försenade)").format(o.actions, o.overdue_actions)
        return str(o.actions)


class Period:
    ALL = "all"
    UPCOMING = "upcoming"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"


def in_period(held_on: date | None, period: str, today: date) -> bool:
    if period == Period.ALL:
        return True
    if held_on is None:
        return period == Period.UPCOMING
    if period == Period.UPCOMING:
        return held_on >= today
    if period == Period.LAST_12_MONTHS:
        return today - timedelta(days=365) <= held_on <= today
    if period == Period.THIS_YEAR:
        return held_on.year == today.year
    return held_on.year == today.year - 1


class WorkshopFilterProxy(QSortFilterProxyModel):
    """Filters on search text, organisation, period and status; sorts in Swedish order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._organisation: str | None = None
        self._period = Period.ALL
        self._status: WorkshopStatus | None = None
        self.today = date.today()

    def set_filters(
        self,
        text: str | None = None,
        organisation: str | bool | None = False,
        period: str | None = None,
        status: WorkshopStatus | bool | None = False,
    ) -> None:
        """Change the given filters; False leaves organisation and status as they are."""
        if text is not None:
            self._text = text.casefold().strip()
        if organisation is not False:
            self._organisation = organisation  # type: ignore[assignment]
        if period is not None:
            self._period = period
        if status is not False:
            self._status = status  # type: ignore[assignment]
        self.beginFilterChange()
        self.endFilterChange()

    def lessThan(self, left: Index, right: Index) -> bool:
        # The sort keys are Python tuples (Swedish collation), which Qt cannot compare itself.
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        o: WorkshopOverview = model.data(model.index(source_row, 0, source_parent), OVERVIEW_ROLE)
        w = o.workshop
        if self._text and not any(
            self._text in field.casefold()
            for field in (w.title, w.organisation, w.unit, w.change_focus)
        ):
            return False
        if self._organisation is not None and w.organisation != self._organisation:
            return False
        if self._status is not None and w.status is not self._status:
            return False
        return in_period(w.held_on, self._period, self.today)
