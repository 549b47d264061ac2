"""One participant's dots: a set number to spread over the dependencies or the actions."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_dot_vote_turn import Ui_DotVoteTurn
from hallbar_desktop.ui.input_mode.input_round import InputRound
from hallbar_desktop.ui.input_mode.input_turn import InputTurn
from hallbar_desktop.ui.input_mode.touch_style import label, touch_button
from hallbar_desktop.ui.style_sheet import BIG, HEADING, HINT, PROBLEM, SIGN, set_text_role

DOT = "●"


class DotVoteTurn(InputTurn):
    """Dots are placed with + and − and stored together on "Klar – lämna över", so a
    participant can move them around first. The total others gave is not shown."""

    def build(self, input_round: InputRound) -> None:
        self.budget = input_round.budget
        self.targets = input_round.vote_targets(self.workshop.contents)
        self.dots: dict[UUID, int] = {t.id: 0 for t in self.targets}
        self._count_labels: dict[UUID, QLabel] = {}
        self._plus: dict[UUID, QPushButton] = {}
        self._minus: dict[UUID, QPushButton] = {}

        self.ui = Ui_DotVoteTurn()
        self.ui.setupUi(self)
        # The parts the window, the screenshots and the tests reach.
        self.remaining_label = self.ui.remaining_label
        self.done_button = self.ui.done_button

        on_dependencies = input_round.step is WorkshopStep.DEPENDENCIES
        self.ui.heading_label.setText(
            self.tr("Vilka beroenden är viktigast att hantera?")
            if on_dependencies
            else self.tr("Vilka åtgärder är viktigast att komma igång med?")
        )
        self.ui.hint_label.setText(
            self.tr(
                "Du har {0} att fördela. Lägg dem med + och ta bort med −. Du kan lägga flera "
                "på samma. Prickarna är anonyma."
            ).format(self._dots_text(self.budget))
        )
        # The turn itself takes the keys first: a screen reader says its question and budget.
        self.setAccessibleName(self.ui.heading_label.text())
        self.setAccessibleDescription(self.ui.hint_label.text())
        rows = self.ui.target_rows
        for row, target in enumerate(self.targets):
            self._add_row(rows, row, target, self.ui.target_holder)
        rows.setRowStretch(len(self.targets), 1)
        scroll = self.ui.target_scroll
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        scroll.setAccessibleName(
            self.tr("Beroenden att rösta på")
            if on_dependencies
            else self.tr("Åtgärder att rösta på")
        )
        # The rows are made after the form: + and − first, then the list and "Klar".
        if self.targets:
            QWidget.setTabOrder(self._plus[self.targets[-1].id], scroll)
        QWidget.setTabOrder(scroll, self.done_button)
        set_text_role(self.ui.problem_label, PROBLEM)
        self.done_button.clicked.connect(self.finish)
        self._show()

    def _add_row(
        self, rows: QGridLayout, row: int, target: Dependency | Action, holder: QWidget
    ) -> None:
        title = label(target.title, BIG, holder)
        if isinstance(target, Dependency):
            kind = choice_text(target.category)
        else:
            # Owners are often people: shown only where names are on, as on the participant view.
            owner = target.owner.strip() if self.show_names else ""
            kind = self.tr("Ansvarig: {0}").format(owner) if owner else ""
        kind_label = label(kind, HINT, holder)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        if kind:
            titles.addWidget(kind_label)
        else:
            kind_label.hide()
        minus = touch_button("−", holder, SIGN)
        plus = touch_button("+", holder, SIGN)
        count = label("", HEADING, holder, wrap=False)
        count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        count.setMinimumWidth(count.fontMetrics().horizontalAdvance(DOT * 4 + " 10") + 16)
        minus.setAccessibleName(self.tr("Ta bort en prick från {0}").format(target.title))
        plus.setAccessibleName(self.tr("Lägg en prick på {0}").format(target.title))
        minus.setToolTip(self.tr("Ta bort en prick"))
        plus.setToolTip(self.tr("Lägg en prick"))
        minus.clicked.connect(lambda _checked=False, i=target.id: self.remove_dot(i))
        plus.clicked.connect(lambda _checked=False, i=target.id: self.add_dot(i))
        rows.addLayout(titles, row, 0)
        rows.addWidget(minus, row, 1, Qt.AlignmentFlag.AlignVCenter)
        rows.addWidget(count, row, 2, Qt.AlignmentFlag.AlignVCenter)
        rows.addWidget(plus, row, 3, Qt.AlignmentFlag.AlignVCenter)
        self._count_labels[target.id] = count
        self._minus[target.id] = minus
        self._plus[target.id] = plus

    # --- placing dots ----------------------------------------------------------------------

    @property
    def remaining(self) -> int:
        return self.budget - sum(self.dots.values())

    def add_dot(self, target_id: UUID) -> bool:
        """One more dot on ``target_id``; refused when none is left."""
        if self.remaining <= 0:
            return False
        self.dots[target_id] += 1
        self._show()
        return True

    def remove_dot(self, target_id: UUID) -> bool:
        if self.dots[target_id] <= 0:
            return False
        self.dots[target_id] -= 1
        self._show()
        return True

    def _dots_text(self, number: int) -> str:
        return self.tr("%n prickar", "", number)

    def _show(self) -> None:
        left = self.remaining
        self.remaining_label.setText(
            self.tr("Inga prickar kvar")
            if left == 0
            else self.tr("{0} kvar").format(self._dots_text(left))
        )
        for target_id, number in self.dots.items():
            shown = f"{DOT * min(number, 4)} {number}" if number else "0"
            self._count_labels[target_id].setText(shown)
            self._minus[target_id].setEnabled(number > 0)
            self._plus[target_id].setEnabled(left > 0)

    def finish(self) -> None:
        """Store the dots in one go (the service checks the budget once more)."""
        placed = {target_id: n for target_id, n in self.dots.items() if n}
        if placed:
            try:
                self.workshop.add_votes(placed, self.budget, self.tr("Prickar i inmatningsläget"))
            except HallbarError as error:
                self.ui.problem_label.setText(error_text(error))
                self.ui.problem_label.show()
                return
        self.finished.emit()
