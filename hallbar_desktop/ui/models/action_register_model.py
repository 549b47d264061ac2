"""Every workshop's actions in one table for the coordinator; status and note edited in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.coordinator import RegisterAction, days_overdue
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.models.row_tuple_table_model import Index, RowTupleTableModel
from hallbar_desktop.ui.theme import current_theme

REGISTER_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ORGANISATION, WORKSHOP, TITLE, OWNER, DUE, STATUS, OVERDUE, NOTE, UPDATED = range(9)
EDITABLE = (STATUS, NOTE)
OVERDUE_MARK = "⚠"


class ActionRegisterModel(RowTupleTableModel):
    """Rows over ``RegisterAction``s. An edit of the status or the note is not stored here:
    ``edit_requested`` carries the row's action as shown and as wanted, and the view stores it
    (undoably) and hands the stored action back with ``replace_action``."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Organisation"),
        QT_TRANSLATE_NOOP("Header", "Workshop"),
        QT_TRANSLATE_NOOP("Header", "Åtgärd"),
        QT_TRANSLATE_NOOP("Header", "Ansvarig"),
        QT_TRANSLATE_NOOP("Header", "Klart senast"),
        QT_TRANSLATE_NOOP("Header", "Status"),
        QT_TRANSLATE_NOOP("Header", "Försenad, dagar"),
        QT_TRANSLATE_NOOP("Header", "Senaste uppföljning"),
        QT_TRANSLATE_NOOP("Header", "Uppföljd"),
    )
    # (RegisterAction as shown, Action as wanted)
    edit_requested = Signal(object, object)

    def __init__(self, now: Callable[[], datetime] = utc_now, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RegisterAction, ...] = ()
        self._today = date.min
        self._now = now  # when a note is written

    def set_actions(self, actions: tuple[RegisterAction, ...], today: date) -> None:
        self.beginResetModel()
        self._rows = actions
        self._today = today
        self.endResetModel()

    def register_action(self, row: int) -> RegisterAction:
        return self._rows[row]

    def row_of(self, action_id: UUID) -> int | None:
        return next((row for row, r in enumerate(self._rows) if r.action.id == action_id), None)

    def replace_action(self, action: Action) -> None:
        """Show ``action`` as stored now (after an edit, its undo or its redo)."""
        row = self.row_of(action.id)
        if row is None:
            return
        old = self._rows[row]
        new = dataclasses.replace(
            old, action=action, days_overdue=days_overdue(action, self._today)
        )
        self._rows = (*self._rows[:row], new, *self._rows[row + 1 :])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        shown = self._rows[index.row()]
        if index.column() == STATUS and isinstance(value, ActionStatus):
            wanted = dataclasses.replace(shown.action, status=value)
        elif index.column() == NOTE and isinstance(value, str):
            if value.strip() == shown.action.last_update_comment:
                return True
            wanted = dataclasses.replace(
                shown.action, last_update_comment=value.strip(), last_update_at=self._now()
            )
        else:
            return False
        if wanted != shown.action:
            self.edit_requested.emit(shown, wanted)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == REGISTER_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == STATUS:
                return r.action.status
            if column == NOTE:
                return r.action.last_update_comment
            return self._text(r, column)
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == OVERDUE:
            if r.days_overdue is None:
                return self.tr("Inte försenad")
            return self.tr("Försenad, dagar: {0}").format(r.days_overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == OVERDUE and r.overdue:
            return QBrush(QColor(current_theme().overdue_row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OVERDUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: RegisterAction, column: int) -> str:
        a = r.action
        if column == ORGANISATION:
            return r.organisation
        if column == WORKSHOP:
            return r.workshop.title
        if column == TITLE:
            return a.title
        if column == OWNER:
            return a.owner
        if column == DUE:
            return a.due_on.isoformat() if a.due_on else ""
        if column == STATUS:
            # The stored status, always: being late is the next column's fact.
            return choice_text(a.status)
        if column == OVERDUE:
            return f"{OVERDUE_MARK} {r.days_overdue}" if r.days_overdue is not None else ""
        if column == NOTE:
            return a.last_update_comment.replace("\n", " ")
        return a.last_update_at.astimezone().date().isoformat() if a.last_update_at else ""

    def _tooltip(self, r: RegisterAction, column: int) -> str | None:
        if column == OVERDUE and r.days_overdue is not None:
            return self.tr(
                "Klart senast passerades för %n dagar sedan och åtgärden är varken klar eller "
                "avbruten.",
                "",
                r.days_overdue,
            )
        if column == STATUS:
            return self.tr("Ändra med F2 eller genom att dubbelklicka.")
        if column == NOTE:
            return r.action.last_update_comment or self.tr(
                "Skriv hur det går: börja skriva, eller tryck F2."
            )
        if column in (WORKSHOP, TITLE):
            return self._text(r, column) or None
        return None

    def _sort_key(self, r: RegisterAction, column: int) -> Any:
        a = r.action
        if column == DUE:
            return (a.due_on or date.max).toordinal()
        if column == STATUS:
            return list(ActionStatus).index(a.status)
        if column == OVERDUE:
            return -1 if r.days_overdue is None else r.days_overdue
        if column == UPDATED:
            return a.last_update_at.timestamp() if a.last_update_at else 0.0
        return swedish_key(self._text(r, column))


class ActionRegisterProxy(QSortFilterProxyModel):
    """The actions of the workshops chosen by the overview's filters; optionally only the
    overdue ones, or those whose texts contain a search text. Sorts in Swedish order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._workshops: Collection[UUID] | None = None
        self._overdue_only = False
        self._text = ""

    def set_filters(
        self,
        *,
        workshops: Collection[UUID] | bool | None = False,
        overdue_only: bool | None = None,
        text: str | None = None,
    ) -> None:
        """Change the given filters; ``workshops`` None shows every workshop's actions."""
        if workshops is not False:
            self._workshops = workshops  # type: ignore[assignment]
        if overdue_only is not None:
            self._overdue_only = overdue_only
        if text is not None:
            self._text = text.casefold().strip()
        self.beginFilterChange()
        self.endFilterChange()

    def lessThan(self, left: Index, right: Index) -> bool:
        # Swedish sort keys are tuples, which Qt cannot compare itself.
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        r: RegisterAction = model.data(model.index(source_row, 0, source_parent), REGISTER_ROLE)
        if self._workshops is not None and r.workshop.id not in self._workshops:
            return False
        if self._overdue_only and not r.overdue:
            return False
        if self._text:
            a = r.action
            fields = (r.organisation, r.workshop.title, a.title, a.owner, a.last_update_comment)
            return any(self._text in f.casefold() for f in fields)
        return True
