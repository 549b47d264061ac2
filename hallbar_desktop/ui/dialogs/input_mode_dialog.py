"""The facilitator's choices before handing the computer round: what to collect, dots, PIN."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep, steps_for
from hallbar_desktop.ui.generated.ui_input_mode_dialog import Ui_InputModeDialog
from hallbar_desktop.ui.input_mode.input_mode_window import leave_chord_text
from hallbar_desktop.ui.input_mode.input_round import (
    DEFAULT_BUDGET,
    InputActivity,
    InputRound,
)
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role

RoundKey = tuple[InputActivity, WorkshopStep]
_A, _S = InputActivity, WorkshopStep


class InputModeDialog(QDialog):
    """On accept, ``input_round`` holds the round to start. ``earlier`` are who took a turn in
    earlier rounds of this session, by round; the facilitator chooses to continue one."""

    def __init__(
        self,
        contents: WorkshopContents,
        current_step: WorkshopStep,
        earlier: Mapping[RoundKey, set[UUID]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InputModeDialog()
        self.ui.setupUi(self)
        self._contents = contents
        self._earlier = earlier
        self.input_round: InputRound | None = None

        choices: tuple[tuple[InputActivity, WorkshopStep, str], ...] = (
            (_A.RATING, _S.RATING, self.tr("Skatta påståendena (individuell skattning)")),
            (_A.NOTES, _S.DEPENDENCIES, self.tr("Skriva lappar om beroenden")),
            (
                _A.NOTES,
                _S.PREREQUISITES,
                self.tr("Skriva lappar om förutsättningar och framgångsfaktorer"),
            ),
            (_A.NOTES, _S.ACTIONS, self.tr("Skriva lappar med förslag på åtgärder")),
            (_A.DOT_VOTES, _S.DEPENDENCIES, self.tr("Prickrösta på beroendena")),
            (_A.DOT_VOTES, _S.ACTIONS, self.tr("Prickrösta på åtgärderna")),
        )
        steps = steps_for(contents.workshop.variant)
        for activity, step, text in choices:
            if step in steps:
                self.ui.activity_combo.addItem(text, (activity, step))
        self.ui.activity_combo.setCurrentIndex(self._suggested_index(current_step))
        self.ui.budget_spin.setValue(DEFAULT_BUDGET)
        self.ui.chord_label.setText(
            self.tr(
                "Du lämnar inmatningsläget med tangenterna {0}, och PIN-koden om du anger en. "
                "Deltagarna får inte se kombinationen, och den visas inte i inmatningsläget."
            ).format(leave_chord_text())
        )
        set_text_role(self.ui.problem_label, PROBLEM)
        self.start_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Starta inmatningsläget"))
        self.ui.button_box.accepted.connect(self._start)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.activity_combo.currentIndexChanged.connect(self._activity_changed)
        self.ui.pin_edit.textChanged.connect(self._activity_changed)
        self.ui.pin_again_edit.textChanged.connect(self._activity_changed)
        self._activity_changed()

    def _suggested_index(self, step: WorkshopStep) -> int:
        # The step the facilitator is on says what the room is doing: its brainstorm, or the
        # statements from any other step.
        brainstorm = step in (_S.DEPENDENCIES, _S.PREREQUISITES, _S.ACTIONS)
        wanted = (_A.NOTES, step) if brainstorm else (_A.RATING, _S.RATING)
        combo = self.ui.activity_combo
        return next((i for i in range(combo.count()) if combo.itemData(i) == wanted), 0)

    def chosen(self) -> RoundKey:
        return self.ui.activity_combo.currentData()  # type: ignore[no-any-return]

    def _activity_changed(self) -> None:
        activity, step = self.chosen()
        dots = activity is InputActivity.DOT_VOTES
        self.ui.budget_spin.setEnabled(dots)
        self.ui.budget_label.setEnabled(dots)
        present = {p.id for p in self._contents.participants}
        earlier = self._earlier.get((activity, step), set()) & present
        # The rating knows from the stored answers who is done; other rounds from this session.
        can_continue = bool(earlier) and activity is not InputActivity.RATING
        self.ui.continue_check.setVisible(can_continue)
        self.ui.continue_check.setChecked(can_continue)
        self.ui.continue_check.setText(
            self.tr("&Fortsätt omgången: {0} av {1} har redan tagit sin tur").format(
                len(earlier), len(present)
            )
        )
        problem = ""
        if dots and step is WorkshopStep.DEPENDENCIES and not self._contents.dependencies:
            problem = self.tr(
                "Det finns inga beroenden att rösta på ännu. Lägg till dem först, eller låt "
                "deltagarna skriva lappar om beroenden."
            )
        elif dots and step is WorkshopStep.ACTIONS and not self._contents.actions:
            problem = self.tr(
                "Det finns inga åtgärder att rösta på ännu. Lägg till dem först, eller låt "
                "deltagarna skriva lappar med förslag på åtgärder."
            )
        elif self._pin() != self.ui.pin_again_edit.text().strip():
            # The PIN is typed unseen, and the only way out of the mode for the facilitator: a
            # typing error would lock them out in front of the room.
            problem = self.tr(
                "PIN-koderna är olika. Skriv samma PIN-kod i båda fälten, eller töm båda."
            )
        self.ui.problem_label.setText(problem)
        self.ui.problem_label.setVisible(bool(problem))
        self.start_button.setEnabled(not problem)

    def _pin(self) -> str:
        return self.ui.pin_edit.text().strip()

    def _start(self) -> None:
        activity, step = self.chosen()
        earlier = self._earlier.get((activity, step))
        keep = not self.ui.continue_check.isHidden() and self.ui.continue_check.isChecked()
        self.input_round = InputRound(
            activity,
            step,
            budget=self.ui.budget_spin.value(),
            pin=self._pin(),
            taken=earlier if keep and earlier is not None else set(),
        )
        self.accept()
