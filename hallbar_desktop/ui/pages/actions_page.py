"""Åtgärder: the action table, a form with every field of the selected action, and the check
that every high-priority dependency has an action with an owner and a date."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QWidget,
)

from hallbar_desktop.domain.action import (
    Action,
    ActionStatus,
    ActionType,
    Priority,
    is_overdue,
)
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.contents import unhandled_high_priority
from hallbar_desktop.domain.dependency import Dependency, numbered_dependencies
from hallbar_desktop.domain.note_conversion import action_from_note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_actions_page import Ui_ActionsPage
from hallbar_desktop.ui.models import RESIZE_SAMPLE_ROWS
from hallbar_desktop.ui.models.action_table_model import (
    DEPENDENCIES,
    DUE,
    OWNER,
    PRIORITY,
    STATUS,
    TITLE,
    ActionTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import (
    ANSWER_PARTS,
    StepPage,
    style_heading,
)
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import (
    DONE_STRONG,
    PROBLEM,
    PROBLEM_STRONG,
    SECONDARY,
    set_text_role,
)
from hallbar_desktop.ui.widgets.notes_panel import NotesPanel

DEPENDENCY_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_TITLE = QT_TRANSLATE_NOOP("ActionsPage", "Ny åtgärd")
LINKED_TITLE = QT_TRANSLATE_NOOP("ActionsPage", "Hantera beroendet: {0}")


class ActionsPage(StepPage):
    step = WorkshopStep.ACTIONS
    unshown_parts = ANSWER_PARTS

    def __init__(
        self,
        workshop: OpenWorkshop,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(workshop, parent)
        self.today = today
        self.ui = Ui_ActionsPage()
        self.ui.setupUi(self)
        ui = self.ui
        style_heading(ui.heading_label)
        style_heading(ui.unhandled_heading_label, 1.15)
        style_heading(ui.form_heading_label, 1.15)
        for label in (ui.title_problem_label, ui.dates_problem_label, ui.problem_label):
            set_text_role(label, PROBLEM)
            label.hide()
        set_text_role(ui.overdue_label, PROBLEM_STRONG)
        for date_field in (ui.start_date, ui.due_date, ui.follow_up_date):
            date_field.today = today  # where an empty date's calendar and arrow keys start
        set_text_role(ui.title_hint_label, SECONDARY)
        set_text_role(ui.last_update_time_label, SECONDARY)
        set_text_role(ui.all_handled_label, DONE_STRONG)
        self.notes_panel = NotesPanel(
            workshop,
            self.step,
            Action,
            action_from_note,
            self.tr("Gör till åtgärd"),
            self.tr("Gör lapp till åtgärd"),
            self,
        )
        self.notes_panel.converted.connect(self._note_converted)
        self.notes_panel.counted.connect(lambda count: self.notes_panel.setVisible(count > 0))
        # The notes go under the form: the selected action and the notes still to go through
        # share the right-hand column, and the table keeps its width.
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.setObjectName("side_splitter")
        self.side_splitter.setChildrenCollapsible(False)
        ui.main_splitter.insertWidget(1, self.side_splitter)
        self.side_splitter.addWidget(ui.form_scroll)
        self.side_splitter.addWidget(self.notes_panel)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.notes_panel.refresh()
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 2)
        ui.main_splitter.setSizes([680, 480])
        ui.list_panel.setMinimumWidth(380)

        self.model = ActionTableModel(today, self)
        ui.action_table.setModel(self.model)
        header = ui.action_table.horizontalHeader()
        # Measure a sample of rows for ResizeToContents; all rows of a long table is slow.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        # The title gets the room that is left; a long owner is cut with "…" and shown whole in
        # the tooltip and the form; the dependencies are their numbers (titles in the tooltip).
        for column, mode in (
            (TITLE, QHeaderView.ResizeMode.Stretch),
            (OWNER, QHeaderView.ResizeMode.Interactive),
            (DUE, QHeaderView.ResizeMode.ResizeToContents),
            (STATUS, QHeaderView.ResizeMode.ResizeToContents),
            (PRIORITY, QHeaderView.ResizeMode.ResizeToContents),
            (DEPENDENCIES, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(OWNER, 120)
        ui.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes from field to field; the scroll area itself was a stop with nothing to show,
        # between "Beslut krävs av" and the start date.
        ui.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ui.dependencies_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.dependencies_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.unhandled_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.action_table.verticalHeader().hide()
        ui.action_table.selectionModel().currentRowChanged.connect(self._row_changed)
        key_map.bind(
            key_map.DELETE_ITEM,
            ui.action_table,
            self.remove_action,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self._fill_choices()
        # On a narrow screen the labels go above their fields instead of being cut off; the form
        # scrolls only vertically, so it must never be narrower than its fields need.
        ui.action_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scrollbar = ui.form_scroll.verticalScrollBar().sizeHint().width()
        ui.form_scroll.setMinimumWidth(ui.form_container.minimumSizeHint().width() + scrollbar)
        self._selected_id: UUID | None = None
        self._shown_id: UUID | None = None
        self._showing = False
        self._connect_form()
        ui.add_action_button.clicked.connect(self.add_item)
        ui.remove_action_button.clicked.connect(self.remove_action)
        ui.create_linked_button.clicked.connect(self._create_for_selected_dependency)
        ui.unhandled_list.itemActivated.connect(
            lambda item: self.add_action(item.data(DEPENDENCY_ROLE))
        )
        self.refresh()

    # --- setting up --------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.area_combo.addItem(self.tr("Inget område"), "")
        for area in Area:
            ui.area_combo.addItem(choice_text(area), f"area:{area.code}")
        for dimension in self.workshop.contents.template.dimensions:
            ui.area_combo.addItem(
                f"{dimension.code} – {dimension.label}", f"dimension:{dimension.code}"
            )
        ui.type_combo.addItem(self.tr("Ingen typ vald"), "")
        for kind in ActionType:
            ui.type_combo.addItem(choice_text(kind), kind.code)
        for status in ActionStatus:
            ui.status_combo.addItem(choice_text(status), status.code)
        for priority in Priority:
            ui.priority_combo.addItem(choice_text(priority), priority.code)

    def _connect_form(self) -> None:
        ui = self.ui
        text_fields = (
            (ui.title_edit, "title", self.tr("Ändra åtgärdens namn"), ui.title_problem_label),
            (ui.description_edit, "description", self.tr("Ändra beskrivning"), None),
            (ui.owner_edit, "owner", self.tr("Ändra ansvarig"), None),
            (ui.contributors_edit, "contributors", self.tr("Ändra medverkande"), None),
            (ui.decision_by_edit, "decision_by", self.tr("Ändra beslut krävs av"), None),
            (
                ui.success_indicator_edit,
                "success_indicator",
                self.tr("Ändra hur vi vet att det är klart"),
                None,
            ),
            (ui.resources_edit, "resources", self.tr("Ändra resursbehov"), None),
        )
        for edit, field, text, problem in text_fields:
            edit.committed.connect(
                lambda value, field=field, text=text, problem=problem: self._store(
                    text, problem, **{field: value}
                )
            )
        ui.last_update_edit.committed.connect(
            lambda value: self._store(
                self.tr("Skriv senaste uppdatering"),
                None,
                last_update_comment=value,
                last_update_at=utc_now(),
            )
        )
        for field_widget, field, text in (
            (ui.start_date, "start_on", self.tr("Ändra startdatum")),
            (ui.due_date, "due_on", self.tr("Ändra klart senast")),
            (ui.follow_up_date, "follow_up_on", self.tr("Ändra uppföljningsdatum")),
        ):
            field_widget.committed.connect(
                lambda value, field=field, text=text: self._store(
                    text, ui.dates_problem_label, **{field: value}
                )
            )
        ui.area_combo.activated.connect(lambda _i: self._area_chosen())
        ui.type_combo.activated.connect(
            lambda _i: self._store(
                self.tr("Ändra typ av åtgärd"),
                None,
                action_type=_choice(ActionType, ui.type_combo.currentData()),
            )
        )
        ui.status_combo.activated.connect(
            lambda _i: self._store(
                self.tr("Ändra status"),
                None,
                status=ActionStatus.from_code(ui.status_combo.currentData()),
            )
        )
        ui.priority_combo.activated.connect(
            lambda _i: self._store(
                self.tr("Ändra prioritet"),
                None,
                priority=Priority.from_code(ui.priority_combo.currentData()),
            )
        )
        ui.dependencies_list.itemChanged.connect(lambda _item: self._links_changed())
        # Dot votes counted on paper or a board; the participants' own dots come through the
        # input mode (F6) and add to this number.
        ui.votes_spin.valueChanged.connect(
            lambda value: self._store(self.tr("Ändra prickar"), None, votes=value)
        )
        ui.add_vote_button.clicked.connect(lambda: self._change_votes(+1))
        ui.remove_vote_button.clicked.connect(lambda: self._change_votes(-1))

    def follow_room(self, room: RoomState) -> None:
        self.notes_panel.follow_room(room)

    def _note_converted(self, action_id: UUID) -> None:
        # The new action lacks an owner and a deadline: select it so its form comes next.
        self.select_action(action_id)
        self.ui.action_table.setFocus()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        contents = self.workshop.contents
        self._showing = True
        try:
            self.model.set_contents(contents)
            if self._selected_id is not None and self.model.row_of(self._selected_id) is None:
                self._selected_id = None
            self._select(self._selected_id)
            self._show_unhandled(unhandled_high_priority(contents))
            self.ui.actions_empty_label.setVisible(not contents.actions)
            self.ui.remove_action_button.setEnabled(self._selected_id is not None)
            self._show_form(self.selected_action())
        finally:
            self._showing = False

    def selected_action(self) -> Action | None:
        return next((a for a in self.workshop.contents.actions if a.id == self._selected_id), None)

    def select_action(self, action_id: UUID | None) -> None:
        self._selected_id = action_id
        self.refresh()

    def _select(self, action_id: UUID | None) -> None:
        table = self.ui.action_table
        row = self.model.row_of(action_id) if action_id is not None else None
        selection = table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clear()
        else:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        selection.blockSignals(False)
        table.viewport().update()

    def _row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if self._showing:
            return
        self._selected_id = self.model.action(current.row()).id if current.isValid() else None
        for label in (self.ui.title_problem_label, self.ui.dates_problem_label):
            label.hide()
        for date_field in (self.ui.start_date, self.ui.due_date, self.ui.follow_up_date):
            date_field.discard_unsaved()  # a refused date belongs to the action left behind
        self.refresh()

    def _show_unhandled(self, dependencies: tuple[Dependency, ...]) -> None:
        listing = self.ui.unhandled_list
        chosen = self._chosen_dependency_id()
        listing.clear()
        for dependency in dependencies:
            item = QListWidgetItem(dependency.title)
            item.setData(DEPENDENCY_ROLE, dependency.id)
            item.setToolTip(self.tr("Dubbelklicka eller tryck Enter för att skapa en åtgärd."))
            listing.addItem(item)
            if dependency.id == chosen:
                listing.setCurrentItem(item)
        has_any = bool(dependencies)
        listing.setVisible(has_any)
        self.ui.unhandled_intro_label.setVisible(has_any)
        self.ui.create_linked_button.setVisible(has_any)
        self.ui.all_handled_label.setVisible(not has_any)

    def _show_form(self, action: Action | None) -> None:
        ui = self.ui
        ui.form_widget.setVisible(action is not None)
        ui.form_empty_label.setVisible(action is None)
        shown_before, self._shown_id = self._shown_id, action.id if action else None
        if action is None:
            return
        if action.id != shown_before:
            # Another action starts at its title, not where the last one was scrolled to; an
            # edit to the same one leaves the form where it is.
            ui.form_scroll.verticalScrollBar().setValue(0)
        ui.title_edit.show_stored(action.title)
        ui.description_edit.show_stored(action.description)
        ui.owner_edit.show_stored(action.owner)
        ui.contributors_edit.show_stored(action.contributors)
        ui.decision_by_edit.show_stored(action.decision_by)
        ui.success_indicator_edit.show_stored(action.success_indicator)
        ui.resources_edit.show_stored(action.resources)
        ui.last_update_edit.show_stored(action.last_update_comment)
        for line_edit in (ui.title_edit, ui.owner_edit, ui.contributors_edit, ui.decision_by_edit):
            if not line_edit.hasFocus():
                line_edit.setCursorPosition(0)  # show the start of a long text, not its end
        ui.start_date.show_stored(action.start_on)
        ui.due_date.show_stored(action.due_on)
        ui.follow_up_date.show_stored(action.follow_up_on)
        if action.area is not None:
            area_key = f"area:{action.area.code}"
        elif action.dimension_code is not None:
            area_key = f"dimension:{action.dimension_code}"
        else:
            area_key = ""
        _show_data(ui.area_combo, area_key)
        _show_data(ui.type_combo, action.action_type.code if action.action_type else "")
        _show_data(ui.status_combo, action.status.code)
        _show_data(ui.priority_combo, action.priority.code)
        ui.votes_spin.setValue(action.votes)
        ui.remove_vote_button.setEnabled(action.votes > 0)
        self._show_links(action)
        overdue = is_overdue(action, self.today())
        ui.overdue_label.setVisible(overdue)
        if overdue and action.due_on is not None:
            ui.overdue_label.setText(
                self.tr("⚠ Försenad: klart senast ({0}) har passerat.").format(
                    action.due_on.isoformat()
                )
            )
        if action.last_update_at is not None:
            local = action.last_update_at.astimezone()
            ui.last_update_time_label.setText(
                self.tr("Uppdaterad {0}").format(local.strftime("%Y-%m-%d %H:%M"))
            )
        else:
            ui.last_update_time_label.setText(self.tr("Ingen uppdatering skriven ännu."))

    def _show_links(self, action: Action) -> None:
        listing = self.ui.dependencies_list
        listing.blockSignals(True)
        # The list is made anew after every stored change: the keys stay on the line they
        # ticked, or its ring vanished and the next ↓ started again from the top.
        was_current = listing.currentItem()
        current_id = was_current.data(DEPENDENCY_ROLE) if was_current is not None else None
        listing.clear()
        dependencies = numbered_dependencies(self.workshop.contents.dependencies)
        for number, dependency in dependencies:
            # The number the room saw in the matrix, and the one the exports link by.
            item = QListWidgetItem(f"{number}. {dependency.title}")
            item.setToolTip(dependency.title)
            item.setData(DEPENDENCY_ROLE, dependency.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            linked = dependency.id in action.dependency_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            listing.addItem(item)
            if dependency.id == current_id:
                listing.setCurrentItem(item)
        if not dependencies:
            item = QListWidgetItem(self.tr("Workshoppen har inga beroenden ännu."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(item)
        listing.blockSignals(False)

    # --- edits -------------------------------------------------------------------------------

    def _store(self, text: str, problem: QLabel | None, **changes: object) -> None:
        if self._showing:
            return
        current = self.selected_action()
        if current is None or all(getattr(current, k) == v for k, v in changes.items()):
            return
        for label in (self.ui.title_problem_label, self.ui.dates_problem_label):
            if label is not problem:
                label.hide()
        self.try_edit(
            lambda: self.workshop.save_part(dataclasses.replace(current, **changes), text),
            problem or self.ui.problem_label,
        )

    def _change_votes(self, step: int) -> None:
        current = self.selected_action()
        if current is not None:
            self._store(self.tr("Ändra prickar"), None, votes=max(current.votes + step, 0))

    def _area_chosen(self) -> None:
        key: str = self.ui.area_combo.currentData()
        kind, _, code = key.partition(":")
        self._store(
            self.tr("Ändra kopplat område"),
            None,
            area=Area.from_code(code) if kind == "area" else None,
            dimension_code=code if kind == "dimension" else None,
        )

    def _links_changed(self) -> None:
        listing = self.ui.dependencies_list
        linked = frozenset(
            listing.item(row).data(DEPENDENCY_ROLE)
            for row in range(listing.count())
            if listing.item(row).checkState() == Qt.CheckState.Checked
        )
        self._store(self.tr("Ändra kopplade beroenden"), None, dependency_ids=linked)

    def first_field(self) -> QWidget | None:
        """The actions table; while it is empty, the button that adds the first: an empty
        table has no cell for the focus ring, so the keyboard showed nowhere."""
        if self.model.rowCount() == 0:
            return self.ui.add_action_button
        return super().first_field()

    def add_item(self) -> None:
        """Ctrl+Enter: a new action, linked to the dependency chosen in the list if there is one."""
        self.add_action(self._chosen_dependency_id())

    def add_action(self, dependency_id: UUID | None = None) -> None:
        focused = self.focusWidget()
        if focused is not None and self.ui.form_widget.isAncestorOf(focused):
            # Leaving the field stores what was typed there for the action shown until now.
            focused.clearFocus()
        contents = self.workshop.contents
        dependency = (
            next((d for d in contents.dependencies if d.id == dependency_id), None)
            if dependency_id is not None
            else None
        )
        positions = [a.position for a in contents.actions]
        action = Action(
            title=self.tr(LINKED_TITLE).format(dependency.title)
            if dependency is not None
            else self.tr(NEW_TITLE),
            dependency_ids=frozenset({dependency.id}) if dependency is not None else frozenset(),
            priority=Priority.HIGH
            if dependency is not None and dependency.is_high_priority
            else Priority.MEDIUM,
            position=max(positions, default=0) + 1,
        )
        self._selected_id = action.id
        if self.try_edit(
            lambda: self.workshop.save_part(action, self.tr("Lägg till åtgärd")),
            self.ui.problem_label,
        ):
            self.refresh()
            self.ui.title_edit.setFocus()
            self.ui.title_edit.selectAll()

    def remove_action(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        row = self.model.row_of(action.id) or 0
        if self.try_edit(
            lambda: self.workshop.remove_part(action, self.tr("Ta bort åtgärd")),
            self.ui.problem_label,
        ):
            if self.model.rowCount():
                self.select_action(self.model.action(min(row, self.model.rowCount() - 1)).id)
            self.ui.action_table.setFocus()

    def _chosen_dependency_id(self) -> UUID | None:
        items = self.ui.unhandled_list.selectedItems()
        return items[0].data(DEPENDENCY_ROLE) if items else None

    def _create_for_selected_dependency(self) -> None:
        chosen = self._chosen_dependency_id()
        if chosen is None and self.ui.unhandled_list.count():
            chosen = self.ui.unhandled_list.item(0).data(DEPENDENCY_ROLE)
        if chosen is not None:
            self.add_action(chosen)


def _choice(kind: type[ActionType], code: str) -> ActionType | None:
    return kind.from_code(code) if code else None


def _show_data(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(max(combo.findData(data), 0))
