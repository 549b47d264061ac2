"""The workshop library as a table, with search and filters in a proxy model."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from hallbar_desktop.domain.contents import WorkshopOverview
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_words import shown_instead
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel

Index = QModelIndex | QPersistentModelIndex
OVERVIEW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The workshop's field each of the first columns shows.
_COLUMN_FIELDS = ("title", "organisation", "held_on", "status")
ORIGIN_COLUMN = 6


def is_imported(o: WorkshopOverview) -> bool:
    return o.origin_id is not None


def imported_local_time(o: WorkshopOverview) -> str:
    """When it was imported, in this computer's time, as ÅÅÅÅ-MM-DD TT:MM ("" if never)."""
    if o.imported_at is None:
        return ""
    at = o.imported_at
    if at.tzinfo is None:  # stored as UTC; a naive value would otherwise be read as local
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class WorkshopLibraryTableModel(RowTupleTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Titel"),
        QT_TRANSLATE_NOOP("Header", "Organisation"),
        QT_TRANSLATE_NOOP("Header", "Datum"),
        QT_TRANSLATE_NOOP("Header", "Status"),
        QT_TRANSLATE_NOOP("Header", "Deltagare"),
        QT_TRANSLATE_NOOP("Header", "Åtgärder"),
        QT_TRANSLATE_NOOP("Header", "Ursprung"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WorkshopOverview, ...] = ()
        # The workshops past their retention date that still hold personal data, each with
        # that date (see set_past_retention).
        self._past_retention: dict[UUID, date] = {}

    def set_overviews(self, overviews: tuple[WorkshopOverview, ...]) -> None:
        self.beginResetModel()
        self._rows = overviews
        self.endResetModel()

    def overview(self, row: int) -> WorkshopOverview:
        return self._rows[row]

    def set_past_retention(self, past: dict[UUID, date]) -> None:
        """Mark these workshops (with their retention dates) as due to be purged."""
        self._past_retention = dict(past)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def past_retention(self, o: WorkshopOverview) -> date | None:
        """The retention date a workshop holding personal data has passed, or None."""
        return self._past_retention.get(o.workshop.id)

    def retention_text(self, o: WorkshopOverview) -> str:
        passed = self.past_retention(o)
        if passed is None:
            return ""
        return self.tr(
            "Gallringsdatumet {0} har passerat och workshoppen har fortfarande personuppgifter "
            "(namn, roller, inskrivna alias eller vem som skrev eller ändrade något). "
            "Välj Gallra… för att ta bort dem eller hela workshoppen."
        ).format(passed.isoformat())

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
                choice_text(w.status),
                str(o.participants),
                self._actions_text(o),
                self.origin_cell(o),
            )[column]
        if role == SORT_ROLE:
            return (
                swedish_key(w.title),
                swedish_key(w.organisation),
                (w.held_on or date.min).toordinal(),
                list(WorkshopStatus).index(w.status),
                o.participants,
                o.actions,
                self._origin_key(o),
            )[column]
        if column == 0 and self.past_retention(o) is not None:
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.retention_text(o)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{0}, gallringsdatumet har passerat").format(w.title)
        if role == Qt.ItemDataRole.ToolTipRole and column == ORIGIN_COLUMN:
            return self.origin_tooltip(o)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == ORIGIN_COLUMN:
            return self.origin_text(o)
        if role == Qt.ItemDataRole.DecorationRole and column == ORIGIN_COLUMN and o.conflicts:
            # A mark that fits the narrow column; the count is in the tooltip and the details.
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def computer_name(self, computer: str) -> str:
        # A package may come from a computer that did not tell its name.
        return computer or self.tr("okänd dator")

    def origin_text(self, o: WorkshopOverview) -> str:
        """Where the workshop comes from: this computer, or the computer and time of its last
        import; with the number of import conflicts still to choose, if any."""
        if not is_imported(o):
            text = self.tr("Den här datorn")
        elif o.imported_at is None:
            text = self.computer_name(o.origin_computer)
        else:
            text = self.tr("{0}, importerad {1}").format(
                self.computer_name(o.origin_computer), imported_local_time(o)
            )
        if o.conflicts > 0:
            # "antal"/colon phrasing: no singular and plural forms until Qt's %n is used.
            text += self.tr(" – konflikter att välja: {0}").format(o.conflicts)
        return text

    def origin_cell(self, o: WorkshopOverview) -> str:
        """``origin_text`` short enough for its column beside the titles: the computer and the
        day of the import (the time and any conflicts, marked by an icon, are in the tooltip
        and the details)."""
        if not is_imported(o):
            text = self.tr("Den här datorn")
        elif o.imported_at is None:
            text = self.computer_name(o.origin_computer)
        else:
            text = self.tr("{0}, {1}").format(
                self.computer_name(o.origin_computer), imported_local_time(o)[:10]
            )
        return text

    def origin_tooltip(self, o: WorkshopOverview) -> str:
        if not is_imported(o):
            lines = [self.tr("Skapad i den här databasen och aldrig importerad.")]
            if o.conflicts > 0:
                lines.append(self.origin_text(o))
            return "\n".join(lines)
        return "\n".join(
            (
                self.origin_text(o),
                self.tr("Installations-id: {0}").format(o.origin_id),
            )
        )

    @staticmethod
    def _origin_key(o: WorkshopOverview) -> tuple[Any, ...]:
        # This computer's own first, then by computer in Swedish order, then oldest import.
        if not is_imported(o):
            return (0, swedish_key(""), 0.0, o.conflicts)
        at = o.imported_at.timestamp() if o.imported_at else 0.0
        return (1, swedish_key(o.origin_computer), at, o.conflicts)

    @staticmethod
    def _shown_instead(o: WorkshopOverview, column: int) -> str | None:
        # A stored value the program could not use is named, not shown as its stand-in.
        if column >= len(_COLUMN_FIELDS) or not o.problems:
            return None
        return shown_instead(o.problems, "workshops", _COLUMN_FIELDS[column])

    def _actions_text(self, o: WorkshopOverview) -> str:
        if o.overdue_actions:
            return self.tr("{0} (%n försenade)", "", o.overdue_actions).format(o.actions)
        return str(o.actions)


class Origin:
    """The origin filter's choices; one computer is ``COMPUTER`` followed by its name."""

    HERE = "here"
    CONFLICTS = "conflicts"
    COMPUTER = "computer:"


def origin_matches(o: WorkshopOverview, origin: str | None) -> bool:
    if origin is None:
        return True
    if origin == Origin.HERE:
        return not is_imported(o)
    if origin == Origin.CONFLICTS:
        return o.conflicts > 0
    return is_imported(o) and origin == Origin.COMPUTER + o.origin_computer


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
    """Filters on search text, organisation, period, status and origin; sorts in Swedish
    order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._organisation: str | None = None
        self._period = Period.ALL
        self._status: WorkshopStatus | None = None
        self._origin: str | None = None
        self.today = date.today()

    def set_filters(
        self,
        text: str | None = None,
        organisation: str | bool | None = False,
        period: str | None = None,
        status: WorkshopStatus | bool | None = False,
        origin: str | bool | None = False,
    ) -> None:
        """Change the given filters; False leaves organisation, status and origin as they are.

        ``origin`` is None for all, or one of ``Origin``'s choices."""
        if text is not None:
            self._text = text.casefold().strip()
        if organisation is not False:
            self._organisation = organisation  # type: ignore[assignment]
        if period is not None:
            self._period = period
        if status is not False:
            self._status = status  # type: ignore[assignment]
        if origin is not False:
            self._origin = origin  # type: ignore[assignment]
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
        if not origin_matches(o, self._origin):
            return False
        return in_period(w.held_on, self._period, self.today)
