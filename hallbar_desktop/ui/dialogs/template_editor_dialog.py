"""Arkiv > Mallar för skattningen: edit a copy of a template and save it as the organisation's."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.readiness import (
    Dimension,
    PrerequisitePrompt,
    ReadinessTemplate,
    Statement,
)
from hallbar_desktop.domain.template_rules import (
    Part,
    TemplateProblem,
    free_dimension_code,
    free_statement_code,
)
from hallbar_desktop.services.template_service import TemplateService
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.generated.ui_template_editor_dialog import Ui_TemplateEditorDialog
from hallbar_desktop.ui.models.row_tuple_table_model import Index
from hallbar_desktop.ui.models.template_draft_models import DraftRowsModel, first_problem_cell
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.ui_settings import UiSettings

T = TypeVar("T")
# Where the editor is: the tab, the dimension and the row of the tab's table (None: as it is).
Place = tuple[int, int | None, int | None]
DIMENSIONS_TAB, SCALE_TAB, PROMPTS_TAB, SOURCES_TAB = range(4)
# The columns of the tables: statements (code, text), anchors (value, label, meaning) and
# prerequisite prompts (area, text).
CODE, TEXT = 0, 1
LABEL, MEANING = 1, 2
AREA = 0


def _replaced(items: tuple[T, ...], index: int, item: T) -> tuple[T, ...]:
    return (*items[:index], item, *items[index + 1 :])


def _inserted(items: tuple[T, ...], index: int, item: T) -> tuple[T, ...]:
    return (*items[:index], item, *items[index:])


def _removed(items: tuple[T, ...], index: int) -> tuple[T, ...]:
    return (*items[:index], *items[index + 1 :])


def _moved(items: tuple[T, ...], index: int, to: int) -> tuple[T, ...]:
    rest = list(_removed(items, index))
    rest.insert(to, items[index])
    return tuple(rest)


class _DraftStep(QUndoCommand):
    """One edit of the draft: the whole template before and after, and where the editor was
    before and after it, so undo and redo show that place again."""

    def __init__(
        self,
        dialog: TemplateEditorDialog,
        before: tuple[ReadinessTemplate, Place],
        after: tuple[ReadinessTemplate, Place],
        text: str,
    ) -> None:
        super().__init__(text)
        self._dialog = dialog
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._dialog.show_draft(*self._after)

    def undo(self) -> None:
        self._dialog.show_draft(*self._before)


class _AreaDelegate(QStyledItemDelegate):
    """Chooses a prompt's area from a list instead of typing its name."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for area in Area:
            combo.addItem(choice_text(area), area.label)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TemplateEditorDialog(QDialog):
    """Starts from a copy of the shipped template or one of the organisation's; every edit is a
    step on the dialog's own undo stack (not the workshop's) and nothing is written before
    Spara. Problems are said beside the part they are in as soon as they arise."""

    # The template as saved (a new one, or the next version of an own one).
    saved_template = Signal(object)

    def __init__(
        self,
        templates: TemplateService,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
        start_from: ReadinessTemplate | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateEditorDialog()
        self.ui.setupUi(self)
        self._templates = templates
        self._settings = settings
        self._draft = templates.builtin
        self._problems: tuple[TemplateProblem, ...] = ()
        self._dimension = 0
        self.saved: ReadinessTemplate | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.canUndoChanged.connect(self.ui.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.ui.redo_button.setEnabled)
        self.ui.undo_button.setEnabled(False)
        self.ui.redo_button.setEnabled(False)
        self.ui.undo_button.clicked.connect(self.undo_stack.undo)
        self.ui.redo_button.clicked.connect(self.undo_stack.redo)
        # Ctrl+Z in a field first stores what is typed there, then comes here (as in a page).
        undo = QAction(self.tr("Ångra"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo_stack.undo)
        redo = QAction(self.tr("Gör om"), self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self.undo_stack.redo)
        self.addActions([undo, redo])
        # Ctrl+Enter adds an item where the user is, as on the workshop's pages.
        key_map.bind(key_map.ADD_TO_TEMPLATE, self, self._add_here)
        self.ui.undo_button.setToolTip(self.tr("Ctrl+Z. Tar tillbaka den senaste ändringen."))
        self.ui.redo_button.setToolTip(self.tr("Ctrl+Shift+Z"))

        for label in self._problem_labels():
            set_text_role(label, PROBLEM)
            label.hide()
        self._build_models()
        self._connect_fields()
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Spara som organisationens mall"))
        save.setToolTip(
            self.tr("Sparar mallen som en ny version. Nya workshoppar kan sedan använda den.")
        )
        save.clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

        self._fill_bases(start_from)
        self.ui.base_combo.activated.connect(self._base_chosen)
        if settings is not None:
            geometry = settings.geometry("template_editor")
            if geometry is not None:
                self.restoreGeometry(geometry)
        self._start(self.ui.base_combo.currentData())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # --- setting up ------------------------------------------------------------------------

    def _problem_labels(self) -> tuple[QLabel, ...]:
        ui = self.ui
        return (
            ui.name_problem_label,
            ui.dimensions_problem_label,
            ui.dimension_problem_label,
            ui.statement_problem_label,
            ui.scale_problem_label,
            ui.dont_know_problem_label,
            ui.prompt_problem_label,
            ui.sources_problem_label,
            ui.problems_label,
        )

    def _build_models(self) -> None:
        ui = self.ui
        self.dimension_model = DraftRowsModel((self.tr("Dimension"),), frozenset(), self)
        ui.dimension_list.setModel(self.dimension_model)
        # The warning icon of a dimension with a problem, at text height, keeps the rows even.
        height = ui.dimension_list.fontMetrics().height()
        ui.dimension_list.setIconSize(QSize(height, height))
        ui.dimension_list.selectionModel().currentChanged.connect(self._dimension_chosen)

        self.statement_model = DraftRowsModel(
            (self.tr("Kod"), self.tr("Påstående")), frozenset({CODE, TEXT}), self
        )
        self.statement_model.edit = self._statement_edited
        self._set_up_table(ui.statement_table, self.statement_model, stretch=TEXT)

        self.scale_model = DraftRowsModel(
            (self.tr("Värde"), self.tr("Etikett"), self.tr("Betydelse")),
            frozenset({LABEL, MEANING}),
            self,
        )
        self.scale_model.edit = self._anchor_edited
        self._set_up_table(ui.scale_table, self.scale_model, stretch=MEANING)

        self.prompt_model = DraftRowsModel(
            (self.tr("Område"), self.tr("Punkt")), frozenset({AREA, TEXT}), self
        )
        self.prompt_model.edit = self._prompt_edited
        self._set_up_table(ui.prompt_table, self.prompt_model, stretch=TEXT)
        ui.prompt_table.setItemDelegateForColumn(AREA, _AreaDelegate(ui.prompt_table))

    def _set_up_table(self, table: QTableView, model: DraftRowsModel, stretch: int) -> None:
        table.setModel(model)
        header = table.horizontalHeader()
        for column in range(model.columnCount()):
            fits = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column == stretch else fits
            )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Qt's button where the row numbers meet the headings has no name of its own.
        corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Markera alla celler"))

    def _connect_fields(self) -> None:
        ui = self.ui
        ui.name_edit.committed.connect(
            lambda text: self._change(dataclasses.replace(self._draft, name=text), self.tr("namn"))
        )
        ui.dont_know_edit.committed.connect(
            lambda text: self._change(
                dataclasses.replace(self._draft, dont_know_label=text), self.tr("”Vet ej”")
            )
        )
        ui.dimension_code_edit.committed.connect(lambda t: self._dimension_edited(code=t))
        ui.dimension_label_edit.committed.connect(lambda t: self._dimension_edited(label=t))
        ui.dimension_description_edit.committed.connect(
            lambda t: self._dimension_edited(description=t)
        )
        ui.in_readiness_check.clicked.connect(lambda on: self._dimension_edited(in_readiness=on))
        ui.higher_is_worse_check.clicked.connect(
            lambda on: self._dimension_edited(higher_is_worse=on)
        )
        ui.add_dimension_button.clicked.connect(self._add_dimension)
        ui.remove_dimension_button.clicked.connect(self._remove_dimension)
        ui.dimension_up_button.clicked.connect(lambda: self._move_dimension(-1))
        ui.dimension_down_button.clicked.connect(lambda: self._move_dimension(1))
        ui.add_statement_button.clicked.connect(self._add_statement)
        ui.remove_statement_button.clicked.connect(self._remove_statement)
        ui.statement_up_button.clicked.connect(lambda: self._move_statement(-1))
        ui.statement_down_button.clicked.connect(lambda: self._move_statement(1))
        ui.scale_for_combo.activated.connect(lambda _: self._refresh())
        ui.own_scale_check.clicked.connect(self._own_scale_toggled)
        ui.add_prompt_button.clicked.connect(self._add_prompt)
        ui.remove_prompt_button.clicked.connect(self._remove_prompt)
        ui.prompt_up_button.clicked.connect(lambda: self._move_prompt(-1))
        ui.prompt_down_button.clicked.connect(lambda: self._move_prompt(1))
        ui.sources_edit.committed.connect(self._sources_edited)
        ui.statement_table.selectionModel().currentChanged.connect(self._update_buttons)
        ui.prompt_table.selectionModel().currentChanged.connect(self._update_buttons)

    def _fill_bases(self, start_from: ReadinessTemplate | None) -> None:
        combo = self.ui.base_combo
        combo.clear()
        for template in self._templates.choices():
            if self._templates.is_own(template):
                text = self.tr("{0} (egen, version {1})")
            else:
                text = self.tr("{0} (inbyggd, version {1}) – sparas som en ny mall")
            combo.addItem(text.format(template.name, template.version), template)
            combo.setItemData(
                combo.count() - 1, combo.itemText(combo.count() - 1), Qt.ItemDataRole.ToolTipRole
            )
            if start_from is not None and template.key == start_from.key:
                combo.setCurrentIndex(combo.count() - 1)

    # --- the draft -------------------------------------------------------------------------

    @property
    def draft(self) -> ReadinessTemplate:
        return self._draft

    def _copy_name(self, name: str, number: int) -> str:
        """The name offered for a copy of the template ``name``, numbered from the second."""
        if number == 1:
            return self.tr("Kopia av {0}").format(name)
        return self.tr("Kopia {0} av {1}").format(number, name)

    def _start(self, base: ReadinessTemplate) -> None:
        self.undo_stack.clear()
        self._dimension = 0
        self.show_draft(
            self._templates.draft_from(base, self._copy_name), (DIMENSIONS_TAB, 0, None)
        )
        self.undo_stack.setClean()
        self.setWindowModified(False)

    def _base_chosen(self, index: int) -> None:
        base: ReadinessTemplate = self.ui.base_combo.itemData(index)
        if not self.undo_stack.isClean() and not self._may_discard():
            self._select_base(self._draft)
            return
        self._start(base)

    def _select_base(self, template: ReadinessTemplate) -> None:
        for row in range(self.ui.base_combo.count()):
            if self.ui.base_combo.itemData(row).key == template.key:
                self.ui.base_combo.setCurrentIndex(row)

    def _change(
        self,
        after: ReadinessTemplate,
        what: str,
        place: Place | None = None,
    ) -> None:
        """One undo step from the draft to ``after``; ``place`` is (tab, dimension, row) to
        show on undo and redo, by default where the edit was made."""
        if after == self._draft:
            return
        here = self._here()
        text = self.tr("Ändring av {0}").format(what)
        self.undo_stack.push(_DraftStep(self, (self._draft, here), (after, place or here), text))

    def _here(self) -> Place:
        tab = self.ui.tabs.currentIndex()
        table = {DIMENSIONS_TAB: self.ui.statement_table, PROMPTS_TAB: self.ui.prompt_table}
        current = table[tab].currentIndex() if tab in table else QModelIndex()
        return (tab, self._dimension, current.row() if current.isValid() else None)

    def show_draft(self, draft: ReadinessTemplate, place: Place) -> None:
        """Show ``draft`` with the tab, dimension and row of ``place`` in view."""
        tab, dimension, row = place
        self._draft = draft
        if dimension is not None:
            self._dimension = dimension
        self._dimension = max(0, min(self._dimension, len(draft.dimensions) - 1))
        self._refresh()
        self.ui.tabs.setCurrentIndex(tab)
        if row is not None:
            table = {DIMENSIONS_TAB: self.ui.statement_table, PROMPTS_TAB: self.ui.prompt_table}
            if tab in table and 0 <= row < table[tab].model().rowCount():
                view = table[tab]
                column = view.currentIndex().column() if view.currentIndex().isValid() else 1
                view.setCurrentIndex(view.model().index(row, max(column, 0)))
        self._update_buttons()

    def _current_dimension(self) -> Dimension | None:
        dimensions = self._draft.dimensions
        return dimensions[self._dimension] if 0 <= self._dimension < len(dimensions) else None

    def _with_dimension(self, dimension: Dimension, index: int | None = None) -> ReadinessTemplate:
        at = self._dimension if index is None else index
        return dataclasses.replace(
            self._draft, dimensions=_replaced(self._draft.dimensions, at, dimension)
        )

    # --- showing ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        draft = self._draft
        ui = self.ui
        self._problems = self._templates.problems(draft)
        ui.name_edit.show_stored(draft.name)
        ui.dont_know_edit.show_stored(draft.dont_know_label)
        ui.sources_edit.show_stored("\n".join(draft.sources))

        self.dimension_model.show(
            [(f"{d.code}  {d.label}".strip(),) for d in draft.dimensions],
            {
                (d, 0): [error_text(p.problem) for p in self._problems if p.dimension == d]
                for d in range(len(draft.dimensions))
                if any(p.dimension == d for p in self._problems)
            },
        )
        current = self.dimension_model.index(self._dimension, 0)
        if current.isValid() and ui.dimension_list.currentIndex() != current:
            ui.dimension_list.setCurrentIndex(current)
        dimension = self._current_dimension()
        ui.dimension_panel.setEnabled(dimension is not None)
        shown = dimension or Dimension("", "", "", ())
        ui.dimension_code_edit.show_stored(shown.code)
        ui.dimension_label_edit.show_stored(shown.label)
        ui.dimension_description_edit.show_stored(shown.description)
        ui.in_readiness_check.setChecked(shown.in_readiness)
        ui.higher_is_worse_check.setChecked(shown.higher_is_worse)
        self.statement_model.show(
            [(s.code, s.text) for s in shown.statements],
            self._cells(Part.STATEMENT, self._dimension, {"code": CODE, "text": TEXT}),
        )
        self._refresh_scale()
        self.prompt_model.show(
            [(choice_text(p.area), p.text) for p in draft.prerequisite_prompts],
            self._cells(Part.PROMPT, None, {"text": TEXT}),
        )
        self._show_problems()

    def _refresh_scale(self) -> None:
        ui = self.ui
        combo = ui.scale_for_combo
        wanted = [self.tr("Alla dimensioner utan en egen skala")] + [
            self.tr("Dimension {0} {1}").format(d.code, d.label) for d in self._draft.dimensions
        ]
        if [combo.itemText(i) for i in range(combo.count())] != wanted:
            chosen = combo.currentIndex()
            combo.clear()
            combo.addItems(wanted)
            combo.setCurrentIndex(max(0, min(chosen, len(wanted) - 1)))
        dimension = self._scale_dimension()
        own = dimension is not None and bool(self._draft.dimensions[dimension].scale)
        ui.own_scale_check.setVisible(dimension is not None)
        ui.own_scale_check.setChecked(own)
        scale = (
            self._draft.dimensions[dimension].scale
            if own and dimension is not None
            else (self._draft.scale)
        )
        self.scale_model.show(
            [(str(a.value), a.label, a.description) for a in scale],
            self._cells(
                Part.SCALE, dimension if own else None, {"label": LABEL, "description": MEANING}
            ),
            read_only=dimension is not None and not own,
        )

    def _scale_dimension(self) -> int | None:
        """The dimension whose scale the Skala tab shows; None for the general scale."""
        index = self.ui.scale_for_combo.currentIndex()
        return index - 1 if 0 < index <= len(self._draft.dimensions) else None

    def _cells(
        self, part: Part, dimension: int | None, columns: dict[str, int]
    ) -> dict[tuple[int, int], list[str]]:
        cells: dict[tuple[int, int], list[str]] = {}
        for p in self._problems:
            if p.part is part and p.dimension == dimension and p.row is not None:
                cells.setdefault((p.row, columns.get(p.field, 0)), []).append(error_text(p.problem))
        return cells

    def _show_problems(self) -> None:
        ui = self.ui
        scale_dimension = self._scale_dimension()

        def said(label: QLabel, found: Sequence[TemplateProblem]) -> None:
            label.setText("\n".join(error_text(p.problem) for p in found))
            label.setVisible(bool(found))

        problems = self._problems
        said(ui.name_problem_label, [p for p in problems if p.part is Part.NAME])
        said(ui.dimensions_problem_label, [p for p in problems if p.part is Part.DIMENSIONS])
        said(
            ui.dimension_problem_label,
            [p for p in problems if p.part is Part.DIMENSION and p.dimension == self._dimension],
        )
        said(
            ui.statement_problem_label,
            [p for p in problems if p.part is Part.STATEMENT and p.dimension == self._dimension],
        )
        said(
            ui.scale_problem_label,
            [p for p in problems if p.part is Part.SCALE and p.dimension == scale_dimension],
        )
        said(ui.dont_know_problem_label, [p for p in problems if p.part is Part.DONT_KNOW])
        said(ui.prompt_problem_label, [p for p in problems if p.part is Part.PROMPT])
        said(ui.sources_problem_label, [p for p in problems if p.part is Part.SOURCES])
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        parts_of_tab = {
            DIMENSIONS_TAB: {Part.DIMENSIONS, Part.DIMENSION, Part.STATEMENT},
            SCALE_TAB: {Part.SCALE, Part.DONT_KNOW},
            PROMPTS_TAB: {Part.PROMPT},
            SOURCES_TAB: {Part.SOURCES},
        }
        for tab, parts in parts_of_tab.items():
            has = any(p.part in parts for p in problems)
            ui.tabs.setTabIcon(tab, warning if has else QIcon())
            ui.tabs.setTabToolTip(
                tab, self.tr("Här finns något att rätta innan mallen kan sparas.") if has else ""
            )
        if problems:
            ui.problems_label.setText(
                self.tr(
                    "Rätta det som är markerat innan du sparar (antal: {0}). Först: {1}"
                ).format(len(problems), error_text(problems[0].problem))
            )
        ui.problems_label.setVisible(bool(problems))

    def _update_buttons(self) -> None:
        ui = self.ui
        count = len(self._draft.dimensions)
        ui.remove_dimension_button.setEnabled(count > 0)
        ui.dimension_up_button.setEnabled(self._dimension > 0)
        ui.dimension_down_button.setEnabled(self._dimension < count - 1)
        row = ui.statement_table.currentIndex().row()
        statements = self.statement_model.rowCount()
        ui.remove_statement_button.setEnabled(0 <= row < statements)
        ui.statement_up_button.setEnabled(0 < row < statements)
        ui.statement_down_button.setEnabled(0 <= row < statements - 1)
        prompt = ui.prompt_table.currentIndex().row()
        prompts = self.prompt_model.rowCount()
        ui.remove_prompt_button.setEnabled(0 <= prompt < prompts)
        ui.prompt_up_button.setEnabled(0 < prompt < prompts)
        ui.prompt_down_button.setEnabled(0 <= prompt < prompts - 1)

    def _add_here(self) -> None:
        if self.ui.tabs.currentIndex() == PROMPTS_TAB:
            self._add_prompt()
        elif self.ui.tabs.currentIndex() == DIMENSIONS_TAB and self.ui.dimension_list.hasFocus():
            self._add_dimension()
        elif self.ui.tabs.currentIndex() == DIMENSIONS_TAB:
            self._add_statement()

    # --- dimensions ------------------------------------------------------------------------

    def _dimension_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self._dimension:
            self._dimension = current.row()
            self._refresh()
            self._update_buttons()

    def _dimension_edited(self, **changes: Any) -> None:
        dimension = self._current_dimension()
        if dimension is None:
            return
        self._change(
            self._with_dimension(dataclasses.replace(dimension, **changes)), self.tr("dimension")
        )

    def _add_dimension(self) -> None:
        code = free_dimension_code(self._draft)
        added = Dimension(
            code=code,
            label=self.tr("Ny dimension"),
            description="",
            statements=(Statement(f"{code}1", ""),),
        )
        at = len(self._draft.dimensions)
        after = dataclasses.replace(self._draft, dimensions=(*self._draft.dimensions, added))
        self._change(after, self.tr("tillägg av dimension"), (DIMENSIONS_TAB, at, None))
        self.ui.dimension_label_edit.setFocus()
        self.ui.dimension_label_edit.selectAll()

    def _remove_dimension(self) -> None:
        if self._current_dimension() is None:
            return
        at = self._dimension
        after = dataclasses.replace(self._draft, dimensions=_removed(self._draft.dimensions, at))
        self._change(after, self.tr("borttagning av dimension"), (DIMENSIONS_TAB, at, None))

    def _move_dimension(self, step: int) -> None:
        to = self._dimension + step
        if not 0 <= to < len(self._draft.dimensions):
            return
        moved = _moved(self._draft.dimensions, self._dimension, to)
        self._change(
            dataclasses.replace(self._draft, dimensions=moved),
            self.tr("ordning av dimensioner"),
            (DIMENSIONS_TAB, to, None),
        )

    # --- statements ------------------------------------------------------------------------

    def _statement_edited(self, row: int, column: int, text: str) -> None:
        dimension = self._current_dimension()
        if dimension is None:
            return
        statement = dimension.statements[row]
        changed = (
            dataclasses.replace(statement, code=text.strip())
            if column == CODE
            else dataclasses.replace(statement, text=text)
        )
        statements = _replaced(dimension.statements, row, changed)
        self._change(
            self._with_dimension(dataclasses.replace(dimension, statements=statements)),
            self.tr("påstående"),
            (DIMENSIONS_TAB, self._dimension, row),
        )

    def _add_statement(self) -> None:
        dimension = self._current_dimension()
        if dimension is None:
            return
        current = self.ui.statement_table.currentIndex().row()
        at = current + 1 if current >= 0 else len(dimension.statements)
        added = Statement(free_statement_code(self._draft, dimension.code), "")
        statements = _inserted(dimension.statements, at, added)
        self._change(
            self._with_dimension(dataclasses.replace(dimension, statements=statements)),
            self.tr("tillägg av påstående"),
            (DIMENSIONS_TAB, self._dimension, at),
        )
        table = self.ui.statement_table
        table.setFocus()
        table.setCurrentIndex(self.statement_model.index(at, TEXT))
        table.edit(table.currentIndex())

    def _remove_statement(self) -> None:
        dimension = self._current_dimension()
        row = self.ui.statement_table.currentIndex().row()
        if dimension is None or not 0 <= row < len(dimension.statements):
            return
        statements = _removed(dimension.statements, row)
        self._change(
            self._with_dimension(dataclasses.replace(dimension, statements=statements)),
            self.tr("borttagning av påstående"),
            (DIMENSIONS_TAB, self._dimension, min(row, len(statements) - 1)),
        )

    def _move_statement(self, step: int) -> None:
        dimension = self._current_dimension()
        row = self.ui.statement_table.currentIndex().row()
        if dimension is None or not 0 <= row < len(dimension.statements):
            return
        to = row + step
        if not 0 <= to < len(dimension.statements):
            return
        statements = _moved(dimension.statements, row, to)
        self._change(
            self._with_dimension(dataclasses.replace(dimension, statements=statements)),
            self.tr("ordning av påståenden"),
            (DIMENSIONS_TAB, self._dimension, to),
        )

    # --- scale -----------------------------------------------------------------------------

    def _anchor_edited(self, row: int, column: int, text: str) -> None:
        dimension = self._scale_dimension()
        own = dimension is not None and bool(self._draft.dimensions[dimension].scale)
        scale = (
            self._draft.dimensions[dimension].scale
            if own and dimension is not None
            else (self._draft.scale)
        )
        field = "label" if column == LABEL else "description"
        scale = _replaced(scale, row, dataclasses.replace(scale[row], **{field: text}))
        place = (SCALE_TAB, None, row)
        if own and dimension is not None:
            changed = dataclasses.replace(self._draft.dimensions[dimension], scale=scale)
            self._change(self._with_dimension(changed, dimension), self.tr("skala"), place)
        else:
            self._change(dataclasses.replace(self._draft, scale=scale), self.tr("skala"), place)

    def _own_scale_toggled(self, on: bool) -> None:
        dimension = self._scale_dimension()
        if dimension is None:
            return
        changed = dataclasses.replace(
            self._draft.dimensions[dimension], scale=self._draft.scale if on else ()
        )
        self._change(
            self._with_dimension(changed, dimension), self.tr("egen skala"), (SCALE_TAB, None, None)
        )

    # --- prerequisite prompts and sources ---------------------------------------------------

    def _prompt_edited(self, row: int, column: int, text: str) -> None:
        prompt = self._draft.prerequisite_prompts[row]
        if column == AREA:
            area = next((a for a in Area if a.label == text), prompt.area)
            changed = dataclasses.replace(prompt, area=area)
        else:
            changed = dataclasses.replace(prompt, text=text)
        prompts = _replaced(self._draft.prerequisite_prompts, row, changed)
        self._change(
            dataclasses.replace(self._draft, prerequisite_prompts=prompts),
            self.tr("förutsättning"),
            (PROMPTS_TAB, None, row),
        )

    def _add_prompt(self) -> None:
        prompts = self._draft.prerequisite_prompts
        current = self.ui.prompt_table.currentIndex().row()
        at = current + 1 if current >= 0 else len(prompts)
        area = prompts[current].area if 0 <= current < len(prompts) else Area.LEADERSHIP
        self._change(
            dataclasses.replace(
                self._draft,
                prerequisite_prompts=_inserted(prompts, at, PrerequisitePrompt(area, "")),
            ),
            self.tr("tillägg av förutsättning"),
            (PROMPTS_TAB, None, at),
        )
        table = self.ui.prompt_table
        table.setFocus()
        table.setCurrentIndex(self.prompt_model.index(at, TEXT))
        table.edit(table.currentIndex())

    def _remove_prompt(self) -> None:
        prompts = self._draft.prerequisite_prompts
        row = self.ui.prompt_table.currentIndex().row()
        if not 0 <= row < len(prompts):
            return
        self._change(
            dataclasses.replace(self._draft, prerequisite_prompts=_removed(prompts, row)),
            self.tr("borttagning av förutsättning"),
            (PROMPTS_TAB, None, min(row, len(prompts) - 2)),
        )

    def _move_prompt(self, step: int) -> None:
        prompts = self._draft.prerequisite_prompts
        row = self.ui.prompt_table.currentIndex().row()
        to = row + step
        if not (0 <= row < len(prompts) and 0 <= to < len(prompts)):
            return
        self._change(
            dataclasses.replace(self._draft, prerequisite_prompts=_moved(prompts, row, to)),
            self.tr("ordning av förutsättningar"),
            (PROMPTS_TAB, None, to),
        )

    def _sources_edited(self, text: str) -> None:
        sources = tuple(line.strip() for line in text.splitlines() if line.strip())
        self._change(dataclasses.replace(self._draft, sources=sources), self.tr("källor"))

    # --- saving and leaving ----------------------------------------------------------------

    def _commit_fields(self) -> None:
        """Store what is being typed in a field or a table cell before the draft is used."""
        focused = QApplication.focusWidget()
        for view in (self.ui.statement_table, self.ui.scale_table, self.ui.prompt_table):
            if focused is not None and view.isAncestorOf(focused) and focused is not view:
                # An open cell editor hands its text to the model when it loses focus.
                view.setFocus()
        ui = self.ui
        for field in (
            ui.name_edit,
            ui.dimension_code_edit,
            ui.dimension_label_edit,
            ui.dimension_description_edit,
            ui.dont_know_edit,
            ui.sources_edit,
        ):
            field.commit()

    def save(self) -> None:
        self._commit_fields()
        if self._problems:
            self._go_to(self._problems[0])
            return
        try:
            saved = self._templates.save(self._draft)
        except HallbarError as error:
            self.ui.problems_label.setText(error_text(error))
            self.ui.problems_label.show()
            return
        self.saved = saved
        self.undo_stack.setClean()
        self.saved_template.emit(saved)
        self.accept()

    def _go_to(self, problem: TemplateProblem) -> None:
        """Bring the part with ``problem`` into view and put the cursor on its field."""
        ui = self.ui
        self._show_problems()
        if problem.part is Part.NAME:
            ui.name_edit.setFocus()
            return
        if problem.part in (Part.DIMENSIONS, Part.DIMENSION, Part.STATEMENT):
            if problem.dimension is not None:
                self.show_draft(self._draft, (DIMENSIONS_TAB, problem.dimension, problem.row))
            ui.tabs.setCurrentIndex(DIMENSIONS_TAB)
            fields: dict[str, QWidget] = {
                "code": ui.dimension_code_edit,
                "label": ui.dimension_label_edit,
                "description": ui.dimension_description_edit,
                "in_readiness": ui.in_readiness_check,
            }
            if problem.part is Part.STATEMENT:
                cell = first_problem_cell(self.statement_model)
                ui.statement_table.setFocus()
                if cell is not None:
                    ui.statement_table.setCurrentIndex(cell)
            elif problem.part is Part.DIMENSION:
                fields.get(problem.field, ui.statement_table).setFocus()
            else:
                ui.dimension_list.setFocus()
            return
        if problem.part in (Part.SCALE, Part.DONT_KNOW):
            ui.tabs.setCurrentIndex(SCALE_TAB)
            if problem.part is Part.DONT_KNOW:
                ui.dont_know_edit.setFocus()
                return
            ui.scale_for_combo.setCurrentIndex(
                0 if problem.dimension is None else problem.dimension + 1
            )
            self._refresh()
            cell = first_problem_cell(self.scale_model)
            ui.scale_table.setFocus()
            if cell is not None:
                ui.scale_table.setCurrentIndex(cell)
            return
        if problem.part is Part.PROMPT:
            ui.tabs.setCurrentIndex(PROMPTS_TAB)
            ui.prompt_table.setFocus()
            if problem.row is not None:
                ui.prompt_table.setCurrentIndex(self.prompt_model.index(problem.row, TEXT))
            return
        ui.tabs.setCurrentIndex(SOURCES_TAB)
        ui.sources_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in a field has stored it; it must not also press Spara (the button box makes
        # that the default button) and close the dialog. On a button it presses that button.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(self.focusWidget(), QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def _may_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mallen är inte sparad"),
            self.tr("Du har ändrat i mallen utan att spara. Vill du lämna ändringarna?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        leave = box.addButton(self.tr("Lämna ändringarna"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Fortsätt redigera"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def reject(self) -> None:
        self._commit_fields()
        if not self.undo_stack.isClean() and not self._may_discard():
            return
        self._keep_geometry()
        super().reject()

    def accept(self) -> None:
        self._keep_geometry()
        super().accept()

    def _keep_geometry(self) -> None:
        if self._settings is not None:
            self._settings.set_geometry("template_editor", self.saveGeometry())
