"""Beroenden: list, place in the impact × influence matrix, dot-vote and describe dependencies."""

from __future__ import annotations

import dataclasses
from collections import Counter
from itertools import pairwise
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QTabWidget,
    QWidget,
)

from hallbar_desktop.domain.choices import Area, LabelledChoice
from hallbar_desktop.domain.contents import unhandled_high_priority
from hallbar_desktop.domain.dependency import (
    IMPACT_LABELS,
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Horizon,
    Influence,
    Location,
    Process,
    Quadrant,
    Strategy,
    dependency_numbers,
)
from hallbar_desktop.domain.note_conversion import dependency_from_note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.charts.dependency_marks import CATEGORY_MARKS, category_icon
from hallbar_desktop.ui.choice_words import choice_text, word_text
from hallbar_desktop.ui.generated.ui_dependencies_page import Ui_DependenciesPage
from hallbar_desktop.ui.models import RESIZE_SAMPLE_ROWS
from hallbar_desktop.ui.models.dependency_table_model import (
    Column,
    DependencyFilterProxy,
    DependencyTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import ANSWER_PARTS, StepPage, style_heading
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import SECONDARY, set_text_role
from hallbar_desktop.ui.widgets.folding_form import FoldingForm
from hallbar_desktop.ui.widgets.notes_panel import NotesPanel

LIKELIHOOD_LABELS = {
    1: QT_TRANSLATE_NOOP("Choice", "Mycket låg"),
    2: QT_TRANSLATE_NOOP("Choice", "Låg"),
    3: QT_TRANSLATE_NOOP("Choice", "Måttlig"),
    4: QT_TRANSLATE_NOOP("Choice", "Hög"),
    5: QT_TRANSLATE_NOOP("Choice", "Mycket hög"),
}
PROCESS_COLUMNS = 3


class DependenciesPage(StepPage):
    step = WorkshopStep.DEPENDENCIES
    unshown_parts = ANSWER_PARTS

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_DependenciesPage()
        self.ui.setupUi(self)
        style_heading(self.ui.heading_label)
        self.ui.problem_label.hide()
        set_text_role(self.ui.description_hint_label, SECONDARY)
        self._current_id: UUID | None = None
        # The ids shown at the last refresh, to find one that came back (None before the first).
        self._known_ids: set[UUID] | None = None
        self._filled_id: UUID | None = None
        self._filling = False
        self._syncing = False

        self.model = DependencyTableModel(workshop, self)
        self.proxy = DependencyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self._set_up_table()
        self._set_up_filters()
        self._set_up_form()

        self.ui.matrix.dependency_selected.connect(self.select_dependency)
        self.ui.matrix.dependency_placed.connect(self._place)
        self.ui.add_button.clicked.connect(self.add_item)
        self.ui.remove_button.clicked.connect(self.remove_current)
        self.notes_panel = NotesPanel(
            workshop,
            self.step,
            Dependency,
            dependency_from_note,
            self.tr("Gör till beroende"),
            self.tr("Gör lapp till beroende"),
            self,
        )
        self.notes_panel.converted.connect(self._note_converted)
        self.notes_panel.counted.connect(self._show_notes_count)
        # The notes share the matrix's place as a second tab: at 1366×768 a third column would
        # leave the table no room for the titles.
        self.board_tabs = QTabWidget(self)
        self.board_tabs.setObjectName("board_tabs")
        self.ui.list_splitter.insertWidget(1, self.board_tabs)
        self.board_tabs.addTab(self.ui.matrix, self.tr("Matrisen"))
        self.board_tabs.addTab(self.notes_panel, self.tr("Lappar från deltagarna"))
        self.notes_panel.ui.heading_label.hide()  # the tab says it already
        self.notes_panel.layout().setContentsMargins(6, 6, 2, 0)
        self.notes_panel.refresh()
        self.ui.list_splitter.setStretchFactor(0, 1)
        self.ui.list_splitter.setStretchFactor(1, 1)
        self.ui.list_splitter.setSizes([560, 480])
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 2)
        self.ui.main_splitter.setSizes([400, 260])

    # --- building ---------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.ui.dependency_table
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        # Measure a sample of rows for ResizeToContents; all rows of a long table is slow.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.TITLE, 240)
        header.setStretchLastSection(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.selectionModel().currentRowChanged.connect(self._table_row_changed)
        key_map.bind(
            key_map.DELETE_ITEM, table, self.remove_current, Qt.ShortcutContext.WidgetShortcut
        )

    def _set_up_filters(self) -> None:
        ui = self.ui
        self._filter_buttons: dict[QAbstractButton, DependencyCategory | None] = {
            ui.filter_all_button: None,
            ui.filter_decision_button: DependencyCategory.DECISION,
            ui.filter_person_button: DependencyCategory.PERSON,
            ui.filter_endurance_button: DependencyCategory.ENDURANCE,
            ui.filter_other_button: DependencyCategory.OTHER,
        }
        self._filter_group = QButtonGroup(self)
        self._filter_group.setExclusive(True)
        for button, category in self._filter_buttons.items():
            self._filter_group.addButton(button)
            if category is not None:
                button.setIcon(category_icon(category))
                button.setToolTip(self.tr("Visa bara {0}").format(choice_text(category).lower()))
            else:
                button.setToolTip(self.tr("Visa alla typer av beroenden"))
        self._filter_group.buttonClicked.connect(
            lambda button: self.set_filter(self._filter_buttons[button])
        )

    def _set_up_form(self) -> None:
        ui = self.ui
        self._choices: dict[QComboBox, list[Any]] = {}
        self._fill_combo(ui.category_combo, [(c, choice_text(c)) for c in DependencyCategory])
        self._fill_combo(ui.status_combo, [(s, choice_text(s)) for s in DependencyStatus])
        self._fill_combo(ui.location_combo, _optional(Location))
        self._fill_combo(ui.horizon_combo, _optional(Horizon))
        self._fill_combo(
            ui.impact_combo,
            [(None, word_text("Inte angiven"))]
            + [(i, f"{i} – {word_text(IMPACT_LABELS[i])}") for i in range(1, 6)],
        )
        self._fill_combo(
            ui.likelihood_combo,
            [(None, word_text("Inte angiven"))]
            + [(i, f"{i} – {word_text(LIKELIHOOD_LABELS[i])}") for i in range(1, 6)],
        )
        self._fill_combo(ui.influence_combo, _optional(Influence))
        self._fill_combo(ui.area_combo, _optional(Area))
        self._fill_combo(ui.strategy_combo, _optional(Strategy))
        self._fill_combo(
            ui.priority_override_combo,
            [(None, self.tr("Nej, den beräknade"))] + [(q, choice_text(q)) for q in Quadrant],
        )
        for index, category in enumerate(DependencyCategory):
            ui.category_combo.setItemIcon(index, category_icon(category))

        for combo, field in (
            (ui.category_combo, "category"),
            (ui.status_combo, "status"),
            (ui.location_combo, "location"),
            (ui.horizon_combo, "horizon"),
            (ui.impact_combo, "impact"),
            (ui.likelihood_combo, "likelihood"),
            (ui.influence_combo, "influence"),
            (ui.area_combo, "area"),
            (ui.strategy_combo, "strategy"),
            (ui.priority_override_combo, "priority_override"),
        ):
            combo.currentIndexChanged.connect(
                lambda index, combo=combo, field=field: self._combo_changed(combo, field, index)
            )
        for edit, field in (
            (ui.title_edit, "title"),
            (ui.description_edit, "description"),
            (ui.owner_edit, "owner"),
            (ui.mitigation_edit, "mitigation"),
        ):
            edit.committed.connect(lambda value, field=field: self._edit(**{field: value}))

        self._process_boxes: dict[Process, QCheckBox] = {}
        for index, process in enumerate(Process):
            box = QCheckBox(choice_text(process), ui.processes_panel)
            box.toggled.connect(self._processes_changed)
            ui.processes_grid.addWidget(box, index // PROCESS_COLUMNS, index % PROCESS_COLUMNS)
            self._process_boxes[process] = box

        ui.votes_spin.valueChanged.connect(lambda value: self._edit_votes(value))
        ui.add_vote_button.clicked.connect(lambda: self._change_votes(+1))
        ui.remove_vote_button.clicked.connect(lambda: self._change_votes(-1))
        bold = QFont(ui.priority_value_label.font())
        bold.setBold(True)
        ui.priority_value_label.setFont(bold)
        heading = QFont(ui.form_heading_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        heading.setBold(True)
        ui.form_heading_label.setFont(heading)
        # Labels of tall fields sit at the top of the field, where the eye starts reading.
        for label in (ui.description_label, ui.processes_label, ui.mitigation_label):
            ui.form_grid.setAlignment(label, Qt.AlignmentFlag.AlignTop)
        # At a larger text size, or in English, the right-hand pairs go below the left-hand ones.
        self.form_folding = FoldingForm(ui.form_grid, ui.form_scroll.viewport(), ui.processes_grid)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.dependency_table,
            ui.matrix,
            ui.category_combo,
            ui.status_combo,
            ui.title_edit,
            ui.description_edit,
            ui.location_combo,
            ui.horizon_combo,
            ui.impact_combo,
            ui.influence_combo,
            ui.likelihood_combo,
            ui.area_combo,
            *self._process_boxes.values(),
            ui.owner_edit,
            ui.strategy_combo,
            ui.mitigation_edit,
            ui.votes_spin,
            ui.remove_vote_button,
            ui.add_vote_button,
            ui.priority_override_combo,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_combo(self, combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        for _value, text in choices:
            combo.addItem(text)
        combo.blockSignals(False)
        self._choices[combo] = [value for value, _text in choices]

    def follow_room(self, room: RoomState) -> None:
        self.notes_panel.follow_room(room)

    def _show_notes_count(self, count: int) -> None:
        tab = self.board_tabs.indexOf(self.notes_panel)
        self.board_tabs.setTabText(tab, self.tr("Lappar från deltagarna ({0})").format(count))
        self.board_tabs.setTabVisible(tab, count > 0)

    def _note_converted(self, dependency_id: UUID) -> None:
        # The new dependency has only a title and a type: select it so its fields come next.
        self.select_dependency(dependency_id)
        self.ui.dependency_table.setFocus()

    # --- reading the workshop ---------------------------------------------------------------

    def refresh(self) -> None:
        contents = self.workshop.contents
        dependencies = contents.dependencies
        self._syncing = True
        try:
            self.model.set_dependencies(dependencies)
        finally:
            self._syncing = False
        self._show_counts()
        ids = {d.id for d in dependencies}
        returned = ids - self._known_ids if self._known_ids is not None else set()
        self._known_ids = ids
        if len(returned) == 1:
            # One dependency came back (an undone removal) or came in: the form shows it, as
            # the room saw it chosen before.
            self._current_id = next(iter(returned))
        if self._current_id not in ids:
            self._current_id = None
        if self._current_id is not None and self._proxy_row(self._current_id) is None:
            # An edit moved the dependency out of the filter (another type): show all types.
            self._apply_filter(None)
        if self._current_id is None and self.proxy.rowCount() > 0:
            self._current_id = self._dependency_at_proxy_row(0).id
        self._select_in_table(self._current_id)
        self._show_matrix()
        self._fill_form()
        has_any = bool(dependencies)
        self.ui.empty_label.setVisible(not has_any)
        self.ui.remove_button.setEnabled(self._current_id is not None)

    def _show_counts(self) -> None:
        # Counted from the dependencies themselves, as the summary counts them: summing up
        # the whole workshop for them (every answer's statistics too) cost each refresh of
        # this page more the more the room had answered.
        contents = self.workshop.contents
        dependencies = contents.dependencies
        per_category = Counter(d.category for d in dependencies)
        total = len(dependencies)
        for button, category in self._filter_buttons.items():
            if category is None:
                button.setText(self.tr("Alla ({0})").format(total))
            else:
                short = word_text(CATEGORY_MARKS[category].short_label)
                button.setText(f"{short} ({per_category.get(category, 0)})")
        per_quadrant = Counter(d.priority for d in dependencies)
        high = per_quadrant.get(Quadrant.ACT_NOW, 0) + per_quadrant.get(Quadrant.ESCALATE, 0)
        unplaced = per_quadrant.get(None, 0)
        parts = [self.tr("%n beroenden", "", total)]
        if total:
            without_action = len(unhandled_high_priority(contents))
            if without_action:
                parts.append(
                    self.tr("{0} med hög prioritet, varav {1} utan åtgärd").format(
                        high, without_action
                    )
                )
            else:
                parts.append(self.tr("{0} med hög prioritet").format(high))
        if unplaced:
            parts.append(self.tr("%n inte placerade", "", unplaced))
        self.ui.summary_label.setText(" · ".join(parts))

    def _show_matrix(self) -> None:
        category = self.proxy.category
        shown = tuple(
            (number, d)
            for number, d in self.model.numbered()
            if category is None or d.category is category
        )
        self.ui.matrix.set_dependencies(shown)
        self.ui.matrix.set_selected(self._current_id)

    def current_dependency(self) -> Dependency | None:
        if self._current_id is None:
            return None
        return next(
            (d for d in self.workshop.contents.dependencies if d.id == self._current_id), None
        )

    def _fill_form(self) -> None:
        ui = self.ui
        d = self.current_dependency()
        new_dependency = d is None or d.id != self._filled_id
        self._filled_id = d.id if d else None
        ui.form_fields.setEnabled(d is not None)
        if d is None:
            ui.form_heading_label.setText(
                self.tr("Välj ett beroende i tabellen eller matrisen för att ändra det.")
                if self.workshop.contents.dependencies
                else ""
            )
            self._filling = True
            for combo in self._choices:
                combo.setCurrentIndex(-1)
            self._filling = False
            for edit in (ui.title_edit, ui.owner_edit, ui.description_edit, ui.mitigation_edit):
                self._show_text(edit, "", True)
            return
        number = dependency_numbers(self.workshop.contents.dependencies)[d.id]
        ui.form_heading_label.setText(self.tr("Valt beroende: {0}. {1}").format(number, d.title))
        self._filling = True
        try:
            for combo, value in (
                (ui.category_combo, d.category),
                (ui.status_combo, d.status),
                (ui.location_combo, d.location),
                (ui.horizon_combo, d.horizon),
                (ui.impact_combo, d.impact),
                (ui.likelihood_combo, d.likelihood),
                (ui.influence_combo, d.influence),
                (ui.area_combo, d.area),
                (ui.strategy_combo, d.strategy),
                (ui.priority_override_combo, d.priority_override),
            ):
                combo.setCurrentIndex(self._choices[combo].index(value))
            for process, box in self._process_boxes.items():
                box.setChecked(process in d.processes)
            ui.votes_spin.setValue(d.votes)
        finally:
            self._filling = False
        ui.remove_vote_button.setEnabled(d.votes > 0)
        self._show_text(ui.title_edit, d.title, new_dependency)
        self._show_text(ui.description_edit, d.description, new_dependency)
        self._show_text(ui.owner_edit, d.owner, new_dependency)
        self._show_text(ui.mitigation_edit, d.mitigation, new_dependency)
        ui.priority_value_label.setText(self._priority_text(d))
        if new_dependency:
            # Another dependency starts at its heading and title, not where the last one was
            # scrolled to; an edit to the same one leaves the form where it is.
            ui.form_scroll.verticalScrollBar().setValue(0)

    def _priority_text(self, d: Dependency) -> str:
        computed = d.quadrant
        if computed is None:
            text = self.tr("Inte placerad ännu: ange påverkan och påverkbarhet.")
        else:
            text = self.tr("{0} (beräknad)").format(choice_text(computed))
        if d.priority_override is not None:
            text = self.tr("{0} (ändrad). {1}").format(choice_text(d.priority_override), text)
        return text

    @staticmethod
    def _show_text(edit: Any, text: str, new_dependency: bool) -> None:
        """Show stored text; for a newly selected dependency even in the field that has focus."""
        if new_dependency:
            edit.blockSignals(True)
            if hasattr(edit, "setPlainText"):
                edit.setPlainText(text)
            else:
                edit.setText(text)
            edit.blockSignals(False)
        edit.show_stored(text)

    # --- selection and filter ---------------------------------------------------------------

    def _proxy_row(self, dependency_id: UUID) -> int | None:
        source_row = self.model.row_of(dependency_id)
        if source_row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        return index.row() if index.isValid() else None

    def _dependency_at_proxy_row(self, row: int) -> Dependency:
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.model.dependency(source.row())

    def _select_in_table(self, dependency_id: UUID | None) -> None:
        table = self.ui.dependency_table
        selection = table.selectionModel()
        self._syncing = True
        try:
            row = self._proxy_row(dependency_id) if dependency_id is not None else None
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.proxy.index(row, Column.NUMBER)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(index, flags)
                table.scrollTo(index)
        finally:
            self._syncing = False

    def _table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        source = self.proxy.mapToSource(current)
        self._make_current(self.model.dependency(source.row()).id)

    def select_dependency(self, dependency_id: UUID) -> None:
        """Select in table, matrix and form (the matrix calls this on a click)."""
        if self._proxy_row(dependency_id) is None:
            self._apply_filter(None)
        self._make_current(dependency_id)
        self._select_in_table(dependency_id)

    def _make_current(self, dependency_id: UUID | None) -> None:
        if dependency_id == self._current_id:
            return
        self._flush_text_fields()
        self._current_id = dependency_id
        self.ui.problem_label.hide()
        self.ui.matrix.set_selected(dependency_id)
        self.ui.remove_button.setEnabled(dependency_id is not None)
        self._fill_form()

    def _flush_text_fields(self) -> None:
        """Store what was typed for the dependency that is about to be left."""
        for edit in (
            self.ui.title_edit,
            self.ui.description_edit,
            self.ui.owner_edit,
            self.ui.mitigation_edit,
        ):
            edit.commit()

    def set_filter(self, category: DependencyCategory | None) -> None:
        """Show one type of dependency (None: all) in the table and the matrix."""
        self._apply_filter(category)
        if self._current_id is None or self._proxy_row(self._current_id) is None:
            first = self._dependency_at_proxy_row(0).id if self.proxy.rowCount() else None
            self._make_current(first)
        self._select_in_table(self._current_id)
        self._show_matrix()

    def _apply_filter(self, category: DependencyCategory | None) -> None:
        self._syncing = True
        try:
            self.proxy.set_category(category)
        finally:
            self._syncing = False
        for button, button_category in self._filter_buttons.items():
            button.setChecked(button_category is category)
        self._show_matrix()

    # --- edits ------------------------------------------------------------------------------

    def _edit(self, undo_text: str | None = None, **changes: Any) -> bool:
        d = self.current_dependency()
        if d is None or self._filling:
            return False
        if all(getattr(d, name) == value for name, value in changes.items()):
            return True
        text = undo_text or self.tr("Ändra beroende")
        return self.try_edit(
            lambda: self.workshop.save_part(dataclasses.replace(d, **changes), text),
            self.ui.problem_label,
        )

    def _combo_changed(self, combo: QComboBox, field: str, index: int) -> None:
        if self._filling or index < 0:
            return
        self._edit(**{field: self._choices[combo][index]})

    def _processes_changed(self) -> None:
        if self._filling:
            return
        chosen = frozenset(p for p, box in self._process_boxes.items() if box.isChecked())
        self._edit(processes=chosen)

    def _edit_votes(self, votes: int) -> None:
        if not self._filling:
            self._edit(self.tr("Ändra prickar"), votes=votes)

    def _change_votes(self, step: int) -> None:
        d = self.current_dependency()
        if d is not None:
            self._edit(self.tr("Ändra prickar"), votes=max(d.votes + step, 0))

    def _place(self, dependency_id: UUID, impact: int, influence: Influence) -> None:
        """A mark dropped in the matrix: impact and influence change in one undoable edit."""
        if dependency_id != self._current_id:
            self.select_dependency(dependency_id)
        self._edit(self.tr("Flytta beroende i matrisen"), impact=impact, influence=influence)

    def add_item(self) -> None:
        """Ctrl+Enter: a new dependency of the type shown, ready for its title to be typed."""
        self._flush_text_fields()
        new = Dependency(
            category=self.proxy.category or DependencyCategory.DECISION,
            title=self.tr("Nytt beroende"),
            position=self.workshop.next_dependency_number(),
        )
        if not self.try_edit(
            lambda: self.workshop.save_part(new, self.tr("Lägg till beroende")),
            self.ui.problem_label,
        ):
            return
        self.select_dependency(new.id)
        self.ui.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.title_edit.selectAll()

    def remove_current(self) -> None:
        d = self.current_dependency()
        if d is None:
            return
        row = self._proxy_row(d.id)
        # Select the neighbour first, so the form never shows the removed dependency.
        neighbour = None
        if row is not None and self.proxy.rowCount() > 1:
            other = row + 1 if row + 1 < self.proxy.rowCount() else row - 1
            neighbour = self._dependency_at_proxy_row(other).id
        self._flush_text_fields()
        removed = self.try_edit(
            lambda: self.workshop.remove_part(d, self.tr("Ta bort beroende")),
            self.ui.problem_label,
        )
        if removed and neighbour is not None:
            self.select_dependency(neighbour)


def _optional(choice: type[LabelledChoice]) -> list[tuple[Any, str]]:
    """An optional field's choices: "Inte angiven" first, then the domain's labels."""
    return [(None, word_text("Inte angiven"))] + [(c, choice_text(c)) for c in choice]
