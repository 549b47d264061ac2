"""One participant's turn at the statements: one statement at a time, six big answer buttons."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QPushButton, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_rating_turn import Ui_RatingTurn
from hallbar_desktop.ui.input_mode.input_round import InputRound
from hallbar_desktop.ui.input_mode.input_turn import InputTurn
from hallbar_desktop.ui.input_mode.touch_style import TwoLineButton, touch_button
from hallbar_desktop.ui.models.rating_table_model import DONT_KNOW
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.widgets.participant_rating_widget import ANSWER_KEYS

JUMPS_PER_ROW = 8  # "10 ✓" fits eight to a row from 1024 pixels; the ORIC module's 27 take four
DONT_KNOW_ID = 0  # button id of "Vet ej"; the scale values 1–5 are their own ids


class RatingTurn(InputTurn):
    """Starts empty whoever answers, since anyone can pick any alias: earlier answers stored
    for this alias are not shown, and each answer given here replaces the stored one at once.
    ``finished`` fires on "Klar – lämna över", which needs an answer to every statement."""

    def build(self, input_round: InputRound) -> None:
        template = self.workshop.contents.template
        self.statements = template.statements
        self._dimension_of = {s.code: d.label for d in template.dimensions for s in d.statements}
        self.answers: dict[str, int | None] = {}
        self.index = 0

        self.ui = Ui_RatingTurn()
        self.ui.setupUi(self)
        # The parts the window, the screenshots and the tests reach.
        self.progress_label = self.ui.progress_label
        self.answered_label = self.ui.answered_label
        self.previous_button = self.ui.previous_button
        self.next_button = self.ui.next_button
        self.done_button = self.ui.done_button
        self.problem_label = self.ui.problem_label

        self.ui.who_label.setText(
            self.tr("Du svarar som {0}").format(
                self.participant.shown_as(show_names=self.show_names)
            )
        )

        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(False)  # a page without an answer shows none chosen
        answer_row = self.ui.answer_grid
        # Named here after the general anchors, and in _show after the statement's own.
        self.anchor_buttons: dict[int, TwoLineButton] = {}
        for column, anchor in enumerate(template.scale):
            button = TwoLineButton(str(anchor.value), anchor.label, self)
            button.setToolTip(anchor.description)
            self.anchor_buttons[anchor.value] = button
            self.answer_group.addButton(button, anchor.value)
            answer_row.addWidget(button, 0, column)
            answer_row.setColumnStretch(column, 1)
        dont_know = TwoLineButton(self.tr("Vet ej"), template.dont_know_label, self)
        self.answer_group.addButton(dont_know, DONT_KNOW_ID)
        answer_row.addWidget(dont_know, 0, len(template.scale))
        answer_row.setColumnStretch(len(template.scale), 1)
        self.answer_group.idClicked.connect(self._answer_clicked)

        # Every statement of this turn by number: ✓ where answered, the one shown is chosen.
        self.jump_group = QButtonGroup(self)
        for number, statement in enumerate(self.statements):
            jump = touch_button(str(number + 1), self)
            jump.setCheckable(True)
            jump.setAccessibleName(self.tr("Påstående {0}").format(number + 1))
            jump.setToolTip(statement.text)
            self.jump_group.addButton(jump, number)
            self.ui.jump_grid.addWidget(jump, number // JUMPS_PER_ROW, number % JUMPS_PER_ROW)
        self.jump_group.idClicked.connect(self.go_to)
        # The answers and numbers are made after the form, but come first: answer, go to a
        # statement, previous, next, done.
        tab_order = (
            *self.answer_group.buttons(),
            *self.jump_group.buttons(),
            self.previous_button,
            self.next_button,
            self.done_button,
        )
        for first, second in pairwise(tab_order):
            QWidget.setTabOrder(first, second)

        self.previous_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        self.done_button.clicked.connect(self.finish)
        set_text_role(self.problem_label, PROBLEM)
        self._show()

    # --- what is shown ---------------------------------------------------------------------

    def _show(self) -> None:
        statement = self.statements[self.index]
        total = len(self.statements)
        self.progress_label.setText(self.tr("Påstående {0} av {1}").format(self.index + 1, total))
        self.ui.dimension_label.setText(self._dimension_of[statement.code])
        self.ui.statement_label.setText(statement.text)
        for anchor in self.workshop.contents.template.statement_scale(statement.code):
            button = self.anchor_buttons[anchor.value]
            button.set_meaning(anchor.label)
            button.setToolTip(anchor.description)
        chosen_id = -1  # no button
        if statement.code in self.answers:
            value = self.answers[statement.code]
            chosen_id = DONT_KNOW_ID if value is None else value
        for button in self.answer_group.buttons():
            button.setChecked(self.answer_group.id(button) == chosen_id)
        for number, jump in enumerate(self.jump_group.buttons()):
            answered_here = self.statements[number].code in self.answers
            jump.setText(f"{number + 1} ✓" if answered_here else str(number + 1))
            jump.setChecked(number == self.index)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < total)
        answered = len(self.answers)
        self.answered_label.setText(self.tr("{0} av {1} besvarade").format(answered, total))
        self.done_button.setEnabled(answered == total)
        self.done_button.setToolTip(
            ""
            if answered == total
            else self.tr("Svara på alla påståenden först. Vet ej går också bra.")
        )

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.statements):
            self.index = index
            self.problem_label.hide()
            self._show()

    # --- answering -------------------------------------------------------------------------

    def _answer_clicked(self, button_id: int) -> None:
        self.answer(None if button_id == DONT_KNOW_ID else button_id)

    def answer(self, value: int | None) -> None:
        """Store ``value`` for the statement shown, then show the next one without an answer."""
        statement = self.statements[self.index]
        rating = Rating(
            participant_id=self.participant.id, statement_code=statement.code, value=value
        )
        try:
            self.workshop.record_ratings(
                (rating,),
                self.tr("Svar från {0} i inmatningsläget").format(self.participant.alias),
            )
        except HallbarError as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.show()
            self._show()
            return
        self.answers[statement.code] = value
        upcoming = self._next_unanswered()
        self.go_to(self.index if upcoming is None else upcoming)
        if upcoming is None:
            # All answered: Enter or Space hands over, and the ring shows where that is.
            self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_unanswered(self) -> int | None:
        total = len(self.statements)
        for step in range(1, total + 1):
            index = (self.index + step) % total
            if self.statements[index].code not in self.answers:
                return index
        return None

    def finish(self) -> None:
        if len(self.answers) == len(self.statements):
            self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The keys of the facilitator's rating page work here too: 1–5, 0 or V, and arrows.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in ANSWER_KEYS:
                value = ANSWER_KEYS[key]
                self.answer(None if value == DONT_KNOW else value)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
                self.go_to(self.index - 1)
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
                self.go_to(self.index + 1)
                return
            on_button = isinstance(QApplication.focusWidget(), QPushButton)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not on_button:
                # Enter with every statement answered is "Klar – lämna över"; on a button it
                # presses that button (the window sees to it).
                if self.done_button.isEnabled():
                    self.finish()
                return
        super().keyPressEvent(event)
