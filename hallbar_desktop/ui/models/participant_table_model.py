"""The workshop's participants as an editable table: alias, name, role and how far they rated."""

from __future__ import annotations

import dataclasses
from typing import Any
from uuid import UUID

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
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.models.row_tuple_table_model import RowTupleTableModel
from hallbar_desktop.ui.open_workshop import OpenWorkshop

Index = QModelIndex | QPersistentModelIndex
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
ALIAS, NAME, ROLE, ANSWERS = range(4)
EDITABLE_FIELDS = {ALIAS: "alias", NAME: "name", ROLE: "role"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantTableModel", text)


class ParticipantTableModel(RowTupleTableModel):
    """Rows in list order (``position``). Edits go through OpenWorkshop, so they can be undone;
    a rule the edit breaks is reported through ``problem`` as a Swedish sentence."""

    problem = Signal(str)
    HEADERS = (
        QT_TRANSLATE_NOOP("Header", "Alias"),
        QT_TRANSLATE_NOOP("Header", "Namn (frivilligt)"),
        QT_TRANSLATE_NOOP("Header", "Roll (frivillig)"),
        QT_TRANSLATE_NOOP("Header", "Svar"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Så syns deltagaren i rummet och i exporterna."),
        QT_TRANSLATE_NOOP(
            "ParticipantTableModel",
            "Namn är personuppgifter. Fyll bara i dem om ni behöver dem; "
            "de visas bara när du slår på ”Visa deltagarnas namn”.",
        ),
        QT_TRANSLATE_NOOP(
            "ParticipantTableModel",
            "Till exempel handläggare eller enhetschef. Beskriv roller, inte personer.",
        ),
        QT_TRANSLATE_NOOP(
            "ParticipantTableModel", "Hur många av påståendena deltagaren har svarat på."
        ),
    )

    def __init__(self, workshop: OpenWorkshop, parent: Any = None) -> None:
        super().__init__(parent)
        self._workshop = workshop
        self._rows: tuple[Participant, ...] = ()
        self._answers: dict[UUID, int] = {}
        self._statement_count = 0

    def show_contents(self, contents: WorkshopContents) -> None:
        rows = tuple(sorted(contents.participants, key=lambda p: p.position))
        answers: dict[UUID, int] = {}
        for rating in contents.ratings:
            answers[rating.participant_id] = answers.get(rating.participant_id, 0) + 1
        self._answers = answers
        self._statement_count = len(contents.template.statements)
        if [p.id for p in rows] == [p.id for p in self._rows]:
            # Same people in the same order: keep the view's selection and editor.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, ANSWERS))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def row_of(self, participant_id: UUID) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == participant_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Header", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(self.HEADER_TIPS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == PARTICIPANT_ROLE:
            return p
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in EDITABLE_FIELDS:
                return getattr(p, EDITABLE_FIELDS[column])
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ParticipantTableModel", "{0} av {1}").format(
                    self._answers.get(p.id, 0), self._statement_count
                )
            return self._answers.get(p.id, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ANSWERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in EDITABLE_FIELDS
        ):
            return False
        field = EDITABLE_FIELDS[index.column()]
        p = self._rows[index.row()]
        text = str(value).strip()
        if getattr(p, field) == text:
            return False
        try:
            self._workshop.save_part(
                dataclasses.replace(p, **{field: text}),
                QCoreApplication.translate("ParticipantTableModel", "Ändra deltagare"),
            )
        except HallbarError as error:
            self.problem.emit(error_text(error))
            return False
        return True
