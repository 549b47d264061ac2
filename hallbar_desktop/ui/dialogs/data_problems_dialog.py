"""Problem i databasen: every value in the file that could not be used as it is, and a way to it.

The dialog only lists and chooses; "Öppna och rätta" hands the workshop and the step where the
field is edited to whoever opened it (``open_requested``), since the window owns the open
workshop."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.generated.ui_data_problems_dialog import Ui_DataProblemsDialog
from hallbar_desktop.ui.models.data_problem_table_model import DataProblemTableModel

# Where each kind of record is edited; a workshop's own fields are on the preparation page,
# except the texts written during the day.
_STEP_OF_RECORD = {
    "workshops": WorkshopStep.PREPARATION,
    "participants": WorkshopStep.PREPARATION,
    "ratings": WorkshopStep.RATING,
    "rating_tallies": WorkshopStep.RATING,
    "group_scores": WorkshopStep.RESULTS,
    "dependencies": WorkshopStep.DEPENDENCIES,
    "actions": WorkshopStep.ACTIONS,
    "action_dependencies": WorkshopStep.ACTIONS,
    "prerequisite_checks": WorkshopStep.PREREQUISITES,
    "success_factors": WorkshopStep.PREREQUISITES,
}
_STEP_OF_WORKSHOP_FIELD = {
    "current_state": WorkshopStep.CURRENT_AND_TARGET,
    "target_picture": WorkshopStep.CURRENT_AND_TARGET,
    "next_steps": WorkshopStep.SUMMARY,
}


def step_for(problem: DataProblem) -> WorkshopStep | None:
    """The step whose page edits the problem's field, or None where there is none."""
    if problem.record == "workshops" and problem.field in _STEP_OF_WORKSHOP_FIELD:
        return _STEP_OF_WORKSHOP_FIELD[problem.field]
    return _STEP_OF_RECORD.get(problem.record)


class DataProblemsDialog(QDialog):
    """Emits ``open_requested(workshop id, step or None)`` for the chosen problem, and
    ``keep_requested(problem)`` when the user wants what the program shows written in its
    place (the window asks first and writes it)."""

    open_requested = Signal(UUID, object)
    keep_requested = Signal(object)

    def __init__(self, problems: tuple[DataProblem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DataProblemsDialog()
        self.ui.setupUi(self)
        self.model = DataProblemTableModel(self)
        table = self.ui.problem_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, 170)
        # Wrapped rows are as tall as their text at the columns' current widths; the last column
        # stretches with the dialog, so the heights are measured again whenever a column changes
        # (the first measure, before the dialog is shown, is at a much narrower last column).
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self._open_selected())

        self.open_button: QPushButton = self.ui.button_box.addButton(
            self.tr("Öppna och rätta"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setToolTip(self.tr("Öppnar workshoppen på steget där fältet ändras."))
        self.open_button.clicked.connect(self._open_selected)
        self.keep_button: QPushButton = self.ui.button_box.addButton(
            self.tr("Använd värdet som visas"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep_button.setToolTip(
            self.tr(
                "Sparar det värde som programmet visar i stället för det som inte går att "
                "använda, om det är det du vill ha."
            )
        )
        self.keep_button.clicked.connect(self._keep_selected)
        self.ui.button_box.rejected.connect(self.reject)
        self.set_problems(problems)

    def set_problems(self, problems: tuple[DataProblem, ...]) -> None:
        self.model.set_problems(problems)
        self.ui.problem_table.setVisible(bool(problems))
        self.ui.problems_label.setVisible(bool(problems))
        self.ui.empty_label.setVisible(not problems)
        if problems:
            self.ui.problem_table.selectRow(0)
            self.ui.problem_table.resizeRowsToContents()
            self.ui.problem_table.setFocus()
        self._selection_changed()

    def selected(self) -> DataProblem | None:
        rows = self.ui.problem_table.selectionModel().selectedRows()
        return self.model.problem(rows[0].row()) if rows else None

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        problem = self.selected()
        self.open_button.setEnabled(problem is not None and problem.workshop_id is not None)
        self.keep_button.setEnabled(problem is not None and problem.can_keep_stand_in)

    def _open_selected(self) -> None:
        problem = self.selected()
        if problem is None or problem.workshop_id is None:
            return
        self.open_requested.emit(problem.workshop_id, step_for(problem))
        self.accept()

    def _keep_selected(self) -> None:
        problem = self.selected()
        if problem is not None and problem.can_keep_stand_in:
            self.keep_requested.emit(problem)
