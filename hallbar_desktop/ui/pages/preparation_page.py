"""Förberedelser: the workshop's facts, its arrangement and dates, and who takes part."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHeaderView, QLabel, QWidget

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import InputMode, Participant, Variant, WorkshopStatus
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_preparation_page import Ui_PreparationPage
from hallbar_desktop.ui.models import RESIZE_SAMPLE_ROWS
from hallbar_desktop.ui.models.participant_table_model import (
    ALIAS,
    ANSWERS,
    NAME,
    ROLE,
    ParticipantTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.room_text import settle_later
from hallbar_desktop.ui.pages.step_page import StepPage, style_heading
from hallbar_desktop.ui.style_sheet import PROBLEM, SECONDARY, set_text_role

# Below this width the two field columns stand on top of each other instead of side by side.
TWO_COLUMNS_FROM = 960


def has_recordings(contents: WorkshopContents) -> bool:
    """Whether anything has been recorded during the workshop itself (answers, dependencies…).

    The variant decides which steps exist, so it may only change before any of this exists."""
    return bool(
        contents.ratings
        or contents.group_scores
        or contents.dependencies
        or contents.actions
        or contents.success_factors
        or contents.notes
        or any(c.light is not None or c.note.strip() for c in contents.prerequisite_checks)
    )


class PreparationPage(StepPage):
    step = WorkshopStep.PREPARATION

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_PreparationPage()
        self.ui.setupUi(self)
        ui = self.ui
        style_heading(ui.heading_label)
        for label in (
            ui.facts_heading_label,
            ui.arrangement_heading_label,
            ui.participants_heading_label,
        ):
            style_heading(label, 1.15)
        for label in (ui.names_hint_label, ui.participants_hint_label, ui.variant_note_label):
            set_text_role(label, SECONDARY)
        self._problem_labels = [
            child
            for child in self.findChildren(QLabel)
            if child.objectName().endswith("problem_label")
        ]
        for label in self._problem_labels:
            label.hide()

        for edit, field, text, problem in (
            (ui.title_edit, "title", self.tr("Ändra titel"), ui.title_problem_label),
            (
                ui.organisation_edit,
                "organisation",
                self.tr("Ändra organisation"),
                ui.organisation_problem_label,
            ),
            (ui.unit_edit, "unit", self.tr("Ändra enhet"), ui.unit_problem_label),
            (
                ui.change_edit,
                "change_focus",
                self.tr("Ändra förändringen i fokus"),
                ui.change_problem_label,
            ),
            (ui.place_edit, "place", self.tr("Ändra plats"), ui.place_problem_label),
            (
                ui.facilitator_edit,
                "facilitator",
                self.tr("Ändra processledare"),
                ui.facilitator_problem_label,
            ),
        ):
            edit.committed.connect(
                lambda value, field=field, text=text, problem=problem: self.store_workshop_field(
                    field, value, text, problem
                )
            )
        for date_field, field, text, problem in (
            (ui.held_on_field, "held_on", self.tr("Ändra datum"), ui.held_on_problem_label),
            (
                ui.follow_up_field,
                "follow_up_on",
                self.tr("Ändra datum för uppföljning"),
                ui.follow_up_problem_label,
            ),
            (
                ui.retention_field,
                "retention_until",
                self.tr("Ändra gallringsdatum"),
                ui.retention_problem_label,
            ),
        ):
            date_field.committed.connect(
                lambda value, field=field, text=text, problem=problem: self.store_workshop_field(
                    field, value, text, problem
                )
            )

        for combo, choices, field, text, problem in (
            (
                ui.variant_combo,
                Variant,
                "variant",
                self.tr("Ändra variant"),
                ui.variant_problem_label,
            ),
            (
                ui.status_combo,
                WorkshopStatus,
                "status",
                self.tr("Ändra status"),
                ui.status_problem_label,
            ),
            (
                ui.input_mode_combo,
                InputMode,
                "input_mode",
                self.tr("Ändra inmatning"),
                ui.input_mode_problem_label,
            ),
        ):
            for choice in choices:
                combo.addItem(choice_text(choice), choice)
            # activated: only what the user picks, never what refresh() shows.
            combo.activated.connect(
                lambda _row, c=combo, f=field, t=text, p=problem: self.store_workshop_field(
                    f, c.currentData(), t, p
                )
            )
        ui.show_names_check.clicked.connect(
            lambda checked: self.store_workshop_field(
                "show_names",
                checked,
                self.tr("Visa namn") if checked else self.tr("Dölj namn"),
                ui.names_problem_label,
            )
        )

        self.participants = ParticipantTableModel(workshop, self)
        self.participants.problem.connect(self._show_participant_problem)
        table = ui.participant_table
        table.setModel(self.participants)
        header = table.horizontalHeader()
        # Measure a sample of rows for ResizeToContents; all rows of a long table is slow.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(ALIAS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWERS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ALIAS, 160)
        table.verticalHeader().setVisible(False)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_buttons())
        ui.add_participant_button.clicked.connect(self.add_item)
        ui.remove_participant_button.clicked.connect(self.remove_selected)
        ui.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        ui.move_down_button.clicked.connect(lambda: self.move_selected(1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= TWO_COLUMNS_FROM
            else QBoxLayout.Direction.TopToBottom
        )
        if self.ui.columns_layout.direction() != direction:
            self.ui.columns_layout.setDirection(direction)
        super().resizeEvent(event)
        settle_later(self, self.ui.contents_layout)

    # --- showing what is stored --------------------------------------------------------------

    def refresh(self) -> None:
        contents = self.workshop.contents
        w = contents.workshop
        ui = self.ui
        ui.title_edit.show_stored(w.title)
        ui.organisation_edit.show_stored(w.organisation)
        ui.unit_edit.show_stored(w.unit)
        ui.change_edit.show_stored(w.change_focus)
        ui.place_edit.show_stored(w.place)
        ui.facilitator_edit.show_stored(w.facilitator)
        ui.held_on_field.show_stored(w.held_on)
        ui.follow_up_field.show_stored(w.follow_up_on)
        ui.retention_field.show_stored(w.retention_until)
        self._show_choice(ui.variant_combo, w.variant)
        self._show_choice(ui.status_combo, w.status)
        self._show_choice(ui.input_mode_combo, w.input_mode)
        ui.show_names_check.setChecked(w.show_names)

        locked = has_recordings(contents)
        ui.variant_combo.setEnabled(not locked)
        why = (
            self.tr(
                "Upplägget går inte att ändra när något redan är registrerat i workshoppen, "
                "eftersom den bestämmer vilka steg som finns."
            )
            if locked
            else self.tr("Upplägget bestämmer vilka steg workshoppen har och hur lång den är.")
        )
        ui.variant_combo.setToolTip(why)
        ui.variant_note_label.setText(why if locked else "")
        ui.variant_note_label.setVisible(locked)

        selected = self.selected_participant()
        self.participants.show_contents(contents)
        if selected is not None:
            self._select(selected.id)
        has_rows = self.participants.rowCount() > 0
        ui.participants_empty_label.setVisible(not has_rows)
        self._enable_buttons()

    @staticmethod
    def _show_choice(combo: QComboBox, choice: LabelledChoice) -> None:
        combo.setCurrentIndex(combo.findData(choice))

    # --- participants ------------------------------------------------------------------------

    def selected_participant(self) -> Participant | None:
        index = self.ui.participant_table.currentIndex()
        if not index.isValid():
            return None
        return self.participants.participant(index.row())

    def add_item(self) -> None:
        before = {p.id for p in self.workshop.contents.participants}
        if self.try_edit(
            lambda: self.workshop.add_participant(self.tr("Lägg till deltagare")),
            self.ui.participants_problem_label,
        ):
            added = [p for p in self.workshop.contents.participants if p.id not in before]
            if added:
                self._select(added[0].id, NAME)
                self.ui.participant_table.setFocus()

    def remove_selected(self) -> None:
        participant = self.selected_participant()
        if participant is None:
            return
        row = self.ui.participant_table.currentIndex().row()
        if self.try_edit(
            lambda: self.workshop.remove_part(participant, self.tr("Ta bort deltagare")),
            self.ui.participants_problem_label,
        ):
            remaining = self.participants.rowCount()
            if remaining:
                self._select(self.participants.participant(min(row, remaining - 1)).id)

    def move_selected(self, step: int) -> None:
        """Move the selected participant one place up (-1) or down (1), as one undo step."""
        participant = self.selected_participant()
        if participant is None:
            return
        order = list(sorted(self.workshop.contents.participants, key=lambda p: p.position))
        row = next(i for i, p in enumerate(order) if p.id == participant.id)
        other = row + step
        if not 0 <= other < len(order):
            return
        order[row], order[other] = order[other], order[row]
        # Number everyone from 1, so that equal positions from older data cannot block a move.
        changed = [
            dataclasses.replace(p, position=n)
            for n, p in enumerate(order, start=1)
            if p.position != n
        ]
        text = self.tr("Flytta deltagare upp") if step < 0 else self.tr("Flytta deltagare ned")
        if self.try_edit(
            lambda: self.workshop.save_parts(changed, text), self.ui.participants_problem_label
        ):
            self._select(participant.id)

    def _select(self, participant_id: Any, column: int | None = None) -> None:
        row = self.participants.row_of(participant_id)
        if row is None:
            return
        table = self.ui.participant_table
        current = table.currentIndex()
        index = self.participants.index(
            row, column if column is not None else max(current.column(), 0)
        )
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        index = self.ui.participant_table.currentIndex()
        rows = self.participants.rowCount()
        selected = index.isValid()
        self.ui.remove_participant_button.setEnabled(selected)
        self.ui.move_up_button.setEnabled(selected and index.row() > 0)
        self.ui.move_down_button.setEnabled(selected and index.row() < rows - 1)

    def _show_participant_problem(self, message: str) -> None:
        label = self.ui.participants_problem_label
        set_text_role(label, PROBLEM)
        label.setText(message)
        label.show()
