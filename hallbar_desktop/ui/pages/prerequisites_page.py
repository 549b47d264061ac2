"""Förutsättningar och framgångsfaktorer: a traffic light per checklist line, and the strengths."""

from __future__ import annotations

import dataclasses
from html import escape
from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.note_conversion import success_factor_from_note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.summary import AreaLights, area_lights_of
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_prerequisites_page import Ui_PrerequisitesPage
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import ANSWER_PARTS, StepPage, style_heading
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.style_sheet import TRAFFIC_LIGHT, light_code, set_look
from hallbar_desktop.ui.widgets.committing_text_edit import CommittingLineEdit
from hallbar_desktop.ui.widgets.notes_panel import NotesPanel
from hallbar_desktop.ui.widgets.traffic_light_chooser import (
    TrafficLightChooser,
    light_swatch,
    light_text,
)

LIGHT_SPAN = '<span style="background-color: {fill}; color: {ink};">&nbsp;{text}&nbsp;</span>'


def _on_its_light(light: TrafficLight, text: str) -> str:
    swatch = light_swatch(light)
    return LIGHT_SPAN.format(fill=swatch.fill, ink=swatch.ink, text=escape(text))


def fill_area_combo(combo: QComboBox, none_text: str) -> None:
    combo.addItem(none_text, None)
    for area in Area:
        combo.addItem(choice_text(area), area)


class CheckRow(QWidget):
    """One line of the checklist: the prompt, its traffic light, a note and "Styrka"."""

    def __init__(self, check: PrerequisiteCheck, page: PrerequisitesPage) -> None:
        super().__init__()
        self.setObjectName("check_row")
        self.check_id = check.id
        self.prompt_label = QLabel(check.prompt)
        self.prompt_label.setWordWrap(True)
        font = QFont(self.prompt_label.font())
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.chooser = TrafficLightChooser()
        self.strength_box = QCheckBox(self.tr("Styrka att bygga vidare på"))
        self.strength_box.setAccessibleName(
            self.tr("Styrka att bygga vidare på: {0}").format(check.prompt)
        )
        self.remove_button = QPushButton(self.tr("Ta bort punkt"))
        self.remove_button.setAccessibleName(self.tr("Ta bort punkten {0}").format(check.prompt))
        self.note_edit = CommittingLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Anteckning: vad ser vi, vad saknas?"))
        self.note_edit.setAccessibleName(self.tr("Anteckning: {0}").format(check.prompt))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(4)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.chooser)
        # Note, strength and removal share the second line, so the row fits a narrow window.
        below = QHBoxLayout()
        below.setSpacing(12)
        below.addWidget(self.note_edit, 1)
        below.addWidget(self.strength_box)
        below.addWidget(self.remove_button)
        layout.addLayout(below)

        self.chooser.chosen.connect(
            lambda light: page.store_check(self.check_id, self.tr("Ändra trafikljus"), light=light)
        )
        self.note_edit.committed.connect(
            lambda note: page.store_check(self.check_id, self.tr("Ändra anteckning"), note=note)
        )
        self.strength_box.toggled.connect(
            lambda on: page.store_check(
                self.check_id, self.tr("Ändra styrka att bygga vidare på"), is_strength=on
            )
        )
        self.remove_button.clicked.connect(lambda: page.remove_check(self.check_id))

    def show_stored(self, check: PrerequisiteCheck) -> None:
        self.prompt_label.setText(check.prompt)
        self.chooser.show_stored(check.light)
        self.note_edit.show_stored(check.note)
        self.strength_box.blockSignals(True)
        self.strength_box.setChecked(check.is_strength)
        self.strength_box.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        return [
            *self.chooser.buttons.values(),
            self.note_edit,
            self.strength_box,
            self.remove_button,
        ]


class AreaGroup(QWidget):
    """The checklist of one area, with the area's overall light in its heading."""

    def __init__(self, area: Area, page: PrerequisitesPage) -> None:
        super().__init__()
        self.area = area
        self.rows: dict[UUID, CheckRow] = {}
        self.title_label = QLabel(choice_text(area))
        style_heading(self.title_label, 1.2)
        self.light_label = QLabel()
        self.light_label.setTextFormat(Qt.TextFormat.RichText)
        self.light_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.title_label)
        heading.addWidget(self.light_label)
        heading.addStretch(1)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        self.empty_label = QLabel(self.tr("Inga punkter för området. Skriv en egen punkt nedan."))
        self.new_prompt_edit = QLineEdit()
        self.new_prompt_edit.setPlaceholderText(
            self.tr("Egen punkt för {0}").format(choice_text(area))
        )
        self.new_prompt_edit.setAccessibleName(
            self.tr("Ny punkt för {0}").format(choice_text(area))
        )
        self.add_button = QPushButton(self.tr("Lägg till punkt"))
        self.add_button.setAccessibleName(
            self.tr("Lägg till punkt för {0}").format(choice_text(area))
        )
        adding = QHBoxLayout()
        adding.setSpacing(8)
        adding.addWidget(self.new_prompt_edit, 1)
        adding.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.empty_label)
        layout.addLayout(adding)

        self.new_prompt_edit.returnPressed.connect(lambda: page.add_check(self))
        self.add_button.clicked.connect(lambda: page.add_check(self))

    def _show_lights(self, lights: AreaLights) -> None:
        """How the area's lines spread over the lights, each count on its light's colour: one
        red line among green ones is another picture than all red, which one verdict hid."""
        shown = [(light, n) for light, n in lights.counts if n]
        if not shown:
            self.light_label.setText(self.tr("Inte bedömt ännu"))
            set_look(self.light_label, TRAFFIC_LIGHT, light_code(None))
            self.light_label.setAccessibleName(self.light_label.text())
            return
        set_look(self.light_label, TRAFFIC_LIGHT, "")
        words = [f"{light_text(light)} {n}" for light, n in shown]
        spans = [_on_its_light(light, word) for (light, _n), word in zip(shown, words, strict=True)]
        if lights.unrated:
            words.append(self.tr("inte bedömda %n", "", lights.unrated))
            spans.append(words[-1])
        self.light_label.setText(" ".join(spans))
        self.light_label.setAccessibleName(
            self.tr("Ljusen i området: {0}").format(", ".join(words))
        )

    def show_stored(self, checks: list[PrerequisiteCheck], page: PrerequisitesPage) -> None:
        self._show_lights(area_lights_of(tuple(checks), self.area))
        wanted = [c.id for c in checks]
        for check_id in list(self.rows):
            if check_id not in wanted:
                self.rows.pop(check_id).deleteLater()
        for index, check in enumerate(checks):
            row = self.rows.get(check.id)
            if row is None:
                row = CheckRow(check, page)
                self.rows[check.id] = row
            if self.rows_layout.indexOf(row) != index:
                self.rows_layout.insertWidget(index, row)
            row.show_stored(check)
        self.empty_label.setVisible(not checks)

    def focus_chain(self) -> list[QWidget]:
        ordered = sorted(self.rows.values(), key=lambda r: self.rows_layout.indexOf(r))
        chain: list[QWidget] = [w for row in ordered for w in row.focus_chain()]
        return [*chain, self.new_prompt_edit, self.add_button]


class FactorRow(QWidget):
    """A success factor, edited in place: its text, its area and a button to remove it."""

    def __init__(self, factor: SuccessFactor, page: PrerequisitesPage) -> None:
        super().__init__()
        self.factor_id = factor.id
        self.text_edit = CommittingLineEdit()
        self.text_edit.setAccessibleName(self.tr("Framgångsfaktor"))
        self.area_combo = QComboBox()
        fill_area_combo(self.area_combo, self.tr("Inget område"))
        self.area_combo.setAccessibleName(self.tr("Område för framgångsfaktorn"))
        self.remove_button = QPushButton(self.tr("Ta bort"))
        self.remove_button.setAccessibleName(self.tr("Ta bort framgångsfaktorn"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.text_edit)
        below = QHBoxLayout()
        below.addWidget(self.area_combo, 1)
        below.addWidget(self.remove_button)
        layout.addLayout(below)

        self.text_edit.committed.connect(
            lambda text: page.store_factor(
                self.factor_id, self.tr("Ändra framgångsfaktor"), text=text
            )
        )
        self.area_combo.activated.connect(
            lambda _i: page.store_factor(
                self.factor_id,
                self.tr("Ändra område för framgångsfaktor"),
                area=self.area_combo.currentData(),
            )
        )
        self.remove_button.clicked.connect(lambda: page.remove_factor(self.factor_id))

    def show_stored(self, factor: SuccessFactor) -> None:
        self.text_edit.show_stored(factor.text)
        self.area_combo.setCurrentIndex(self.area_combo.findData(factor.area))


class PrerequisitesPage(StepPage):
    step = WorkshopStep.PREREQUISITES
    unshown_parts = ANSWER_PARTS

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_PrerequisitesPage()
        self.ui.setupUi(self)
        style_heading(self.ui.heading_label)
        style_heading(self.ui.factors_heading_label, 1.2)
        self.ui.problem_label.hide()
        self.ui.factors_problem_label.hide()
        self.ui.content_splitter.setStretchFactor(0, 3)
        self.ui.content_splitter.setStretchFactor(1, 2)
        self.ui.content_splitter.setSizes([640, 420])
        self.ui.factors_panel.setMinimumWidth(260)
        self.ui.checklist_scroll.setMinimumWidth(420)
        fill_area_combo(self.ui.new_factor_area_combo, self.tr("Inget område"))

        self.groups: dict[Area, AreaGroup] = {}
        for area in Area:
            group = AreaGroup(area, self)
            self.groups[area] = group
            self.ui.checklist_layout.addWidget(group)
        self.ui.checklist_layout.addStretch(1)
        self.factor_rows: dict[UUID, FactorRow] = {}

        self.notes_panel = NotesPanel(
            workshop,
            self.step,
            SuccessFactor,
            success_factor_from_note,
            self.tr("Gör till framgångsfaktor"),
            self.tr("Gör lapp till framgångsfaktor"),
            self.ui.factors_panel,
        )
        self.notes_panel.converted.connect(self._note_converted)
        self.notes_panel.counted.connect(lambda count: self.notes_panel.setVisible(count > 0))
        self.ui.factors_layout.addWidget(self.notes_panel)
        self.ui.factors_layout.setStretch(self.ui.factors_layout.count() - 1, 1)
        self.notes_panel.refresh()

        self.ui.new_factor_edit.returnPressed.connect(self.add_factor)
        self.ui.add_factor_button.clicked.connect(self.add_factor)
        # Filled when first shown or by fill(): a page made ahead is filled an area at a time
        # (prepare_ahead), as its checklist rows made in one go held the window 25 ms.
        self.fill_when_shown()
        self._areas_ahead = list(self.groups)

    def follow_room(self, room: RoomState) -> None:
        self.notes_panel.follow_room(room)

    def _note_converted(self, factor_id: UUID) -> None:
        # The new factor may need its area or a shorter wording: put the cursor in it.
        row = self.factor_rows.get(factor_id)
        if row is not None:
            self.ui.factors_scroll.ensureWidgetVisible(row)
            row.text_edit.setFocus()

    # --- showing -----------------------------------------------------------------------------

    def prepare_ahead(self) -> bool:
        """The rows of one more area, made and filled; fill() then finds them made."""
        if not self._areas_ahead:
            return False
        area = self._areas_ahead.pop(0)
        checks = sorted(
            (c for c in self.workshop.contents.prerequisite_checks if c.area is area),
            key=lambda c: c.position,
        )
        self.groups[area].show_stored(checks, self)
        return True

    def refresh(self) -> None:
        self._areas_ahead = []
        contents = self.workshop.contents
        checks = sorted(contents.prerequisite_checks, key=lambda c: c.position)
        for area, group in self.groups.items():
            group.show_stored([c for c in checks if c.area is area], self)
        self._show_factors(sorted(contents.success_factors, key=lambda f: f.position))
        self._set_tab_order()

    def _show_factors(self, factors: list[SuccessFactor]) -> None:
        layout = self.ui.factor_rows_layout
        wanted = [f.id for f in factors]
        for factor_id in list(self.factor_rows):
            if factor_id not in wanted:
                self.factor_rows.pop(factor_id).deleteLater()
        for index, factor in enumerate(factors):
            row = self.factor_rows.get(factor.id)
            if row is None:
                row = FactorRow(factor, self)
                self.factor_rows[factor.id] = row
            if layout.indexOf(row) != index:
                layout.insertWidget(index, row)
            row.show_stored(factor)
        self.ui.factors_empty_label.setVisible(not factors)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [w for group in self.groups.values() for w in group.focus_chain()]
        ordered = sorted(self.factor_rows.values(), key=self.ui.factor_rows_layout.indexOf)
        for row in ordered:
            chain += [row.text_edit, row.area_combo, row.remove_button]
        chain += [
            self.ui.new_factor_edit,
            self.ui.new_factor_area_combo,
            self.ui.add_factor_button,
            # The participants' notes come last, as they stand below the factors; the cards
            # follow the button in the panel's own chain. Before, the checklist rows (made
            # after the panel) came after it, and Ctrl+PgDown landed on Visa resultat.
            *self.notes_panel.tab_stops(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- checklist edits ---------------------------------------------------------------------

    def store_check(self, check_id: UUID, label: str, **changes: object) -> None:
        current = next(
            (c for c in self.workshop.contents.prerequisite_checks if c.id == check_id), None
        )
        if current is None or all(getattr(current, k) == v for k, v in changes.items()):
            return
        self.try_edit(
            lambda: self.workshop.save_part(dataclasses.replace(current, **changes), label),
            self.ui.problem_label,
        )

    def remove_check(self, check_id: UUID) -> None:
        current = next(
            (c for c in self.workshop.contents.prerequisite_checks if c.id == check_id), None
        )
        if current is not None:
            self.try_edit(
                lambda: self.workshop.remove_part(current, self.tr("Ta bort punkt")),
                self.ui.problem_label,
            )

    def add_check(self, group: AreaGroup) -> None:
        prompt = group.new_prompt_edit.text().strip()
        if not prompt:
            group.new_prompt_edit.setFocus()
            return
        positions = [c.position for c in self.workshop.contents.prerequisite_checks]
        if self.try_edit(
            lambda: self.workshop.save_part(
                PrerequisiteCheck(
                    area=group.area, prompt=prompt, position=max(positions, default=0) + 1
                ),
                self.tr("Lägg till punkt"),
            ),
            self.ui.problem_label,
        ):
            group.new_prompt_edit.clear()

    # --- success factors ---------------------------------------------------------------------

    def add_item(self) -> None:
        """Ctrl+Enter adds what is written in the field that has focus: a line or a factor."""
        focused = self.focusWidget()
        for group in self.groups.values():
            if focused is group.new_prompt_edit:
                self.add_check(group)
                return
        self.add_factor()

    def add_factor(self) -> None:
        text = self.ui.new_factor_edit.text().strip()
        if not text:
            self.ui.new_factor_edit.setFocus()
            return
        positions = [f.position for f in self.workshop.contents.success_factors]
        area = self.ui.new_factor_area_combo.currentData()
        position = max(positions, default=0) + 1
        # Built inside try_edit: the constructor's own checks (a text too long) are shown too.
        if self.try_edit(
            lambda: self.workshop.save_part(
                SuccessFactor(text=text, area=area, position=position),
                self.tr("Lägg till framgångsfaktor"),
            ),
            self.ui.factors_problem_label,
        ):
            self.ui.new_factor_edit.clear()
            self.ui.new_factor_edit.setFocus()

    def store_factor(self, factor_id: UUID, label: str, **changes: object) -> None:
        current = next(
            (f for f in self.workshop.contents.success_factors if f.id == factor_id), None
        )
        if current is None or all(getattr(current, k) == v for k, v in changes.items()):
            return
        self.try_edit(
            lambda: self.workshop.save_part(dataclasses.replace(current, **changes), label),
            self.ui.factors_problem_label,
        )

    def remove_factor(self, factor_id: UUID) -> None:
        current = next(
            (f for f in self.workshop.contents.success_factors if f.id == factor_id), None
        )
        if current is not None:
            self.try_edit(
                lambda: self.workshop.remove_part(current, self.tr("Ta bort framgångsfaktor")),
                self.ui.factors_problem_label,
            )
