"""One participant's answers to every statement, typed fast with the keys 1–5, 0, V and Delete."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.models.rating_table_model import (
    ANSWER_COLUMN,
    ANSWER_ROLE,
    CLEARED,
    CODE_COLUMN,
    DIMENSION_COLUMN,
    DONT_KNOW,
    TEXT_COLUMN,
    Answer,
    RatingTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role

# The answer keys, here and in the input mode: 1–5, and 0 or V for "Vet ej".
ANSWER_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
    Qt.Key.Key_0: DONT_KNOW,
    Qt.Key.Key_V: DONT_KNOW,
}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class RatingGridView(QTableView):
    """The statements as rows; answer keys are turned into signals instead of cell editing."""

    answer_typed = Signal(object)  # 1–5 or DONT_KNOW
    clear_typed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            key = Qt.Key(event.key())
            if key in ANSWER_KEYS:
                self.answer_typed.emit(ANSWER_KEYS[key])
                return
            if key in CLEAR_KEYS:
                self.clear_typed.emit()
                return
        super().keyPressEvent(event)


class ParticipantRatingWidget(QWidget):
    """Shows and stores one participant's answers. Used by the facilitator's rating page, and
    meant for the participants' own turn-taking view as well, so it knows nothing about who
    is typing. ``all_answered`` fires when an answer leaves no statement unanswered."""

    all_answered = Signal()

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.model = RatingTableModel(workshop, self)

        self.title_label = QLabel(self)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress_label")

        self.grid = RatingGridView(self)
        self.grid.setObjectName("rating_grid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Påståenden och svar"))
        self.grid.setAccessibleDescription(
            self.tr(
                "En rad per påstående med deltagarens svar. Tryck 1–5 för att svara, 0 eller V "
                "för Vet ej och Delete för att ta bort svaret."
            )
        )
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.setAlternatingRowColors(True)
        self.grid.setTabKeyNavigation(False)
        rows = self.grid.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(30)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(CODE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DIMENSION_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ANSWER_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DIMENSION_COLUMN, 150)
        header.resizeSection(ANSWER_COLUMN, 190)
        self.grid.answer_typed.connect(self.answer_current)
        self.grid.clear_typed.connect(self.clear_current)
        self.grid.doubleClicked.connect(lambda _index: self.grid.setFocus())

        self.current_label = QLabel(self)
        self.current_label.setObjectName("current_label")
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        current_font = QFont(self.current_label.font())
        current_font.setPointSizeF(current_font.pointSizeF() * 1.15)
        self.current_label.setFont(current_font)

        # The anchor buttons are the legend of the scale and the way to answer with the mouse
        # or a touch screen; they take no focus so the keyboard stays in the grid.
        self.answer_buttons: dict[object, QPushButton] = {}
        self.answer_grid = QGridLayout()
        self.answer_grid.setSpacing(4)
        for anchor in workshop.contents.template.scale:
            self._answer_button(f"{anchor.value}  {anchor.label}", anchor.description, anchor.value)
        self._answer_button(
            self.tr("0 eller V  Vet ej"), workshop.contents.template.dont_know_label, DONT_KNOW
        )
        self._answer_button(
            self.tr("Delete  Rensa svaret"), self.tr("Ta bort svaret på påståendet"), CLEARED
        )
        self._answer_columns = 0
        self._place_answer_buttons()

        self.keys_label = QLabel(
            self.tr(
                "Tangenter: 1–5 sparar svaret och går till nästa påstående, 0 eller V betyder "
                "Vet ej, Delete rensar, piltangenterna flyttar."
            ),
            self,
        )
        self.keys_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.progress_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.current_label)
        layout.addLayout(self.answer_grid)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.problem_label)

        self.grid.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self._show_current())
        self._show_current()

    def _answer_button(self, text: str, tip: str, value: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ignored: the widths of five buttons in a row would otherwise be the page's least width
        # (the window needed 1450 px at the largest text size); they go in more rows instead.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setCheckable(True)
        button.clicked.connect(lambda _checked=False, v=value: self._button_answer(v))
        self.answer_buttons[value] = button
        return button

    # --- what is shown ---------------------------------------------------------------------

    @property
    def participant_id(self) -> UUID | None:
        return self.model.participant_id

    def show_participant(self, participant_id: UUID | None) -> None:
        """Show this participant's answers, starting at the first unanswered statement."""
        if participant_id == self.model.participant_id:
            return
        self.model.show_participant(participant_id)
        start = self.model.first_unanswered()
        self.set_current_row(0 if start is None else start)

    def current_row(self) -> int:
        return self.grid.currentIndex().row()

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(row, ANSWER_COLUMN))
            self.grid.scrollTo(self.model.index(row, TEXT_COLUMN))

    def _after_reset(self) -> None:
        self._show_current()

    def _show_current(self) -> None:
        model = self.model
        total = model.rowCount()
        enabled = total > 0
        for button in self.answer_buttons.values():
            button.setEnabled(enabled)
        if not enabled:
            self.title_label.setText(self.tr("Ingen deltagare vald"))
            self.progress_label.clear()
            self.current_label.setText(self.tr("Välj en deltagare för att skriva in svar."))
            return
        self.title_label.setText(self.tr("Svar från {0}").format(model.participant_label))
        row = self.current_row()
        self.progress_label.setText(
            self.tr("Påstående {0} av {1} · {2} besvarade").format(
                max(row, 0) + 1, total, model.answered_count()
            )
        )
        if row < 0:
            self.current_label.clear()
            return
        statement_row = model.statement_row(row)
        code = statement_row.statement.code
        self._show_anchors(code)
        answer = model.data(model.index(row, 0), ANSWER_ROLE)
        for value, button in self.answer_buttons.items():
            button.setChecked(value == answer and value is not CLEARED)
        if answer == Answer.MISSING:
            answer_text = self.tr("inget svar ännu")
        elif answer == DONT_KNOW:
            answer_text = self.workshop.contents.template.dont_know_label
        else:
            anchor = self.workshop.contents.template.anchor(answer, code)
            answer_text = f"{anchor.value} – {anchor.label} ({anchor.description.lower()})"
        self.current_label.setText(
            self.tr("{0}. {1}\nSvar: {2}").format(
                statement_row.statement.code, statement_row.statement.text, answer_text
            )
        )

    def _show_anchors(self, statement_code: str) -> None:
        """The buttons name the anchors of the statement shown: its block may have its own."""
        for anchor in self.workshop.contents.template.statement_scale(statement_code):
            button = self.answer_buttons[anchor.value]
            button.setText(f"{anchor.value}  {anchor.label}")
            button.setToolTip(anchor.description)
        self._place_answer_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_answer_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger text size: wider buttons
            self._place_answer_buttons()

    def _place_answer_buttons(self) -> None:
        """The scale's buttons in one row where their words fit, else in as many rows as it
        takes; Vet ej and Rensa svaret in the row below, each as wide as two of them."""
        grid = self.answer_grid
        anchors = [b for v, b in self.answer_buttons.items() if v not in (DONT_KNOW, CLEARED)]
        widest = max(button.sizeHint().width() for button in self.answer_buttons.values())
        room = self.contentsRect().width() + grid.spacing()
        columns = max(2, min(len(anchors), room // (widest + grid.spacing())))
        if columns == self._answer_columns:
            return
        self._answer_columns = columns
        for button in self.answer_buttons.values():
            grid.removeWidget(button)
        for place, button in enumerate(anchors):
            grid.addWidget(button, *divmod(place, columns))
        below = (len(anchors) + columns - 1) // columns
        half = columns // 2
        grid.addWidget(self.answer_buttons[DONT_KNOW], below, 0, 1, half)
        grid.addWidget(self.answer_buttons[CLEARED], below, half, 1, half)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    # --- answering -------------------------------------------------------------------------

    def answer_current(self, value: object) -> None:
        """Store ``value`` for the current statement and move on: to the next statement, then
        to a skipped one; when none is left ``all_answered`` fires."""
        row = self.current_row()
        if row < 0 or not self._store(row, value):
            return
        if row + 1 < self.model.rowCount():
            self.set_current_row(row + 1)
            return
        skipped = self.model.first_unanswered()
        if skipped is not None:
            self.set_current_row(skipped)
        else:
            self.all_answered.emit()

    def clear_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._store(row, CLEARED)

    def _button_answer(self, value: object) -> None:
        if value is CLEARED:
            self.clear_current()
        else:
            self.answer_current(value)
        self._show_current()

    def _store(self, row: int, value: object) -> bool:
        self.problem_label.hide()
        try:
            return self.model.setData(self.model.index(row, ANSWER_COLUMN), value)
        except HallbarError as error:
            set_text_role(self.problem_label, PROBLEM)
            self.problem_label.setText(error_text(error))
            self.problem_label.show()
            return False
