"""The workshop's actions as a table, highest priority and nearest deadline first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hallbar_desktop.domain.action import Action, action_order_key, days_overdue, is_overdue
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import numbered_dependencies
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel
from hallbar_desktop.ui.theme import current_theme

Index = QModelIndex | QPersistentModelIndex
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_TEXT = QT_TRANSLATE_NOOP("ActionTableModel", "⚠ Saknas")
# Light tints behind dark text: the words "⚠ försenad" and "⚠ Saknas" carry the meaning too.
TITLE, OWNER, DUE, STATUS, PRIORITY, DEPENDENCIES = range(6)


class ActionTableModel(RowTupleTableModel):
    """Read-only rows over the workshop's actions; the page's form does the editing.

    ``today`` decides which actions are overdue; tests pass a fixed date."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Åtgärd"),
        QT_TRANSLATE_NOOP("Header", "Ansvarig"),
        QT_TRANSLATE_NOOP("Header", "Klart senast"),
        QT_TRANSLATE_NOOP("Header", "Status"),
        QT_TRANSLATE_NOOP("Header", "Prioritet"),
        QT_TRANSLATE_NOOP("Header", "Beroende nr"),
    )

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: tuple[Action, ...] = ()
        # Each dependency's number and title, as the link column names it.
        self._dependencies: dict[UUID, tuple[int, str]] = {}

    def set_contents(self, contents: WorkshopContents) -> None:
        self.beginResetModel()
        self._rows = tuple(sorted(contents.actions, key=action_order_key))
        self._dependencies = {
            d.id: (number, d.title) for number, d in numbered_dependencies(contents.dependencies)
        }
        self.endResetModel()

    def action(self, row: int) -> Action:
        return self._rows[row]

    def row_of(self, action_id: UUID) -> int | None:
        return next((row for row, a in enumerate(self._rows) if a.id == action_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = index.column()
        missing = self._missing(action, column)
        if role == ACTION_ROLE:
            return action
        if role == Qt.ItemDataRole.DisplayRole:
            if missing:
                return self.tr(MISSING_TEXT)
            return self._text(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column, missing)
        if role == Qt.ItemDataRole.BackgroundRole:
            if missing:
                return QBrush(QColor(current_theme().missing_row))
            if is_overdue(action, self._today()):
                return QBrush(QColor(current_theme().overdue_row))
        if role == Qt.ItemDataRole.FontRole and column == DUE and is_overdue(action, self._today()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _missing(self, action: Action, column: int) -> bool:
        if column == OWNER:
            return not action.owner.strip()
        if column == DUE:
            return action.due_on is None
        return False

    def _text(self, action: Action, column: int) -> str:
        if column == TITLE:
            return action.title
        if column == OWNER:
            return action.owner
        if column == DUE:
            if action.due_on is None:
                return ""
            # Overdue is told beside the stored status, never instead of it.
            late = days_overdue(action, self._today())
            if not late:
                return action.due_on.isoformat()
            # Short, so the titles keep their room at 1366; the tooltip says it in full.
            return action.due_on.isoformat() + "  " + self.tr("⚠ %n dagar", "", late)
        if column == STATUS:
            return choice_text(action.status)
        if column == PRIORITY:
            return choice_text(action.priority)
        # The numbers the room saw, so the column stays narrow; the titles are in the tooltip.
        return ", ".join(str(number) for number, _title in self._linked(action))

    def _linked(self, action: Action) -> list[tuple[int, str]]:
        return sorted(
            self._dependencies[i] for i in action.dependency_ids if i in self._dependencies
        )

    def _tooltip(self, action: Action, column: int, missing: bool) -> str | None:
        if missing and column == OWNER:
            return self.tr("Åtgärden behöver en ansvarig.")
        if missing and column == DUE:
            return self.tr("Åtgärden behöver ett datum för när den ska vara klar.")
        if column == DUE and is_overdue(action, self._today()):
            return self.tr(
                "Försenad: klart senast passerades för %n dagar sedan och åtgärden är inte klar.",
                "",
                days_overdue(action, self._today()),
            )
        if column == DEPENDENCIES:
            linked = self._linked(action)
            return "\n".join(f"{number}. {title}" for number, title in linked) or None
        if column == TITLE:
            return self._text(action, column) or None
        return None
