"""One participant's answers to the template's statements, as a table the keyboard can fill in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hallbar_desktop.domain.readiness import SCALE_MAX, SCALE_MIN, Rating, Statement
from hallbar_desktop.ui.open_workshop import OpenWorkshop

Index = QModelIndex | QPersistentModelIndex
ANSWER_ROLE = Qt.ItemDataRole.UserRole + 1
# Values the answer column's setData takes besides 1–5: a "Vet ej" answer and an empty cell.
DONT_KNOW = 0
CLEARED = None
CODE_COLUMN, TEXT_COLUMN, DIMENSION_COLUMN, ANSWER_COLUMN = range(4)


class Answer:
    """What ANSWER_ROLE returns for a statement nobody has answered yet."""

    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class StatementRow:
    statement: Statement
    dimension_label: str
    answered: bool
    value: int | None  # None with answered=True is "Vet ej"


class RatingTableModel(QAbstractTableModel):
    """Rows are the statements of the workshop's template in order; only the answer column is
    editable, and an edit goes through OpenWorkshop so it is stored at once and can be undone."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Kod"),
        QT_TRANSLATE_NOOP("Header", "Påstående"),
        QT_TRANSLATE_NOOP("Header", "Dimension"),
        QT_TRANSLATE_NOOP("Header", "Svar"),
    )

    def __init__(self, workshop: OpenWorkshop, parent: Any = None) -> None:
        super().__init__(parent)
        self._workshop = workshop
        self._participant_id: UUID | None = None
        self._participant_label = ""
        self._rows: tuple[StatementRow, ...] = ()
        # Each statement's anchor labels by value: its dimension may have its own.
        self._anchors: dict[str, dict[int, str]] = {}
        self._dont_know = ""
        workshop.changed.connect(self.reload)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def participant_id(self) -> UUID | None:
        return self._participant_id

    @property
    def participant_label(self) -> str:
        return self._participant_label

    def reload(self) -> None:
        """Re-read the stored answers after a change (an answer, an undo, a removed participant)."""
        self.show_participant(self._participant_id)

    def show_participant(self, participant_id: UUID | None) -> None:
        """Show ``participant_id``'s stored answers; keeps the view's place when only the
        answers changed, so typing a value does not lose the current statement."""
        contents = self._workshop.contents
        participant = next((p for p in contents.participants if p.id == participant_id), None)
        if participant is None:
            participant_id = None
        template = contents.template
        given = {
            r.statement_code: r.value
            for r in contents.ratings
            if r.participant_id == participant_id
        }
        rows = (
            tuple(
                StatementRow(
                    statement=s,
                    dimension_label=d.label,
                    answered=s.code in given,
                    value=given.get(s.code),
                )
                for d in template.dimensions
                for s in d.statements
            )
            if participant_id is not None
            else ()
        )
        self._anchors = {
            s.code: {a.value: a.label for a in template.scale_of(d)}
            for d in template.dimensions
            for s in d.statements
        }
        self._dont_know = template.dont_know_label
        self._participant_label = (
            participant.shown_as(show_names=contents.workshop.show_names) if participant else ""
        )
        same_rows = participant_id == self._participant_id and [r.statement for r in rows] == [
            r.statement for r in self._rows
        ]
        if same_rows:
            changed = [i for i, (a, b) in enumerate(zip(rows, self._rows, strict=True)) if a != b]
            self._rows = rows
            for row in changed:
                self.dataChanged.emit(
                    self.index(row, ANSWER_COLUMN), self.index(row, ANSWER_COLUMN)
                )
            return
        self.beginResetModel()
        self._participant_id = participant_id
        self._rows = rows
        self.endResetModel()

    def statement_row(self, row: int) -> StatementRow:
        return self._rows[row]

    def answered_count(self) -> int:
        return sum(1 for r in self._rows if r.answered)

    def first_unanswered(self, start: int = 0) -> int | None:
        """The first row from ``start`` on (then from the top) that has no answer yet."""
        order = list(range(start, len(self._rows))) + list(range(0, start))
        return next((i for i in order if not self._rows[i].answered), None)

    def answer_text(self, row: StatementRow) -> str:
        if not row.answered:
            return ""
        if row.value is None:
            return self.tr("Vet ej")
        labels = self._anchors.get(row.statement.code, {})
        return f"{row.value} – {labels.get(row.value, '')}"

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Header", self.HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ANSWER_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.statement.code,
                row.statement.text,
                row.dimension_label,
                self.answer_text(row),
            )[column]
        if role == Qt.ItemDataRole.EditRole and column == ANSWER_COLUMN:
            if not row.answered:
                return CLEARED
            return DONT_KNOW if row.value is None else row.value
        if role == ANSWER_ROLE:
            if not row.answered:
                return Answer.MISSING
            return DONT_KNOW if row.value is None else row.value
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT_COLUMN:
            return row.statement.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CODE_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store 1–5, DONT_KNOW ("Vet ej") or CLEARED for the statement; HallbarError from the
        workshop reaches the caller, which shows it as a sentence."""
        if (
            not index.isValid()
            or index.column() != ANSWER_COLUMN
            or role != Qt.ItemDataRole.EditRole
            or self._participant_id is None
        ):
            return False
        code = self._rows[index.row()].statement.code
        where = self.tr("{0}, påstående {1}").format(self._participant_label, code)
        if value is CLEARED:
            self._workshop.clear_rating(
                self._participant_id, code, self.tr("Rensa skattning: {0}").format(where)
            )
            return True
        if value != DONT_KNOW and not (isinstance(value, int) and SCALE_MIN <= value <= SCALE_MAX):
            return False
        rating = Rating(
            participant_id=self._participant_id,
            statement_code=code,
            value=None if value == DONT_KNOW else int(value),
        )
        self._workshop.record_ratings([rating], self.tr("Skattning: {0}").format(where))
        return True
