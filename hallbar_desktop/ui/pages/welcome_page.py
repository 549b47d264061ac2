"""Välkommen och syfte: what the room sees while the facilitator opens the workshop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workflow import STEPS, WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_welcome_page import Ui_WelcomePage
from hallbar_desktop.ui.keyboard_focus import frame_when_focused
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.room_text import (
    BODY_SCALE,
    HEADING_SCALE,
    clear_grid,
    lay_out_pairs,
    scale_text,
    settle_later,
)
from hallbar_desktop.ui.pages.step_page import StepPage, style_heading
from hallbar_desktop.ui.style_sheet import KEY_CAP, SECONDARY, set_look, set_text_role

# Below this width the paired sections stand on top of each other instead of side by side.
TWO_COLUMNS_FROM = 900


class WelcomePage(StepPage):
    step = WorkshopStep.WELCOME

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        ui = self.ui
        scale_text(ui.welcome_label, BODY_SCALE)
        style_heading(ui.title_label, 2.2)
        scale_text(ui.details_label, BODY_SCALE)
        set_text_role(ui.details_label, SECONDARY)
        scale_text(ui.change_label, 1.5)
        for heading in (
            ui.agenda_heading_label,
            ui.model_heading_label,
            ui.rules_heading_label,
            ui.scale_heading_label,
        ):
            style_heading(heading, HEADING_SCALE)
        for subheading in (ui.areas_heading_label, ui.dependencies_heading_label):
            scale_text(subheading, BODY_SCALE * 1.1, bold=True)
        for body in (
            ui.agenda_total_label,
            ui.area_leadership_label,
            ui.area_implementation_label,
            ui.area_learning_label,
            ui.dependency_decision_label,
            ui.dependency_person_label,
            ui.dependency_endurance_label,
            ui.rules_label,
            ui.scale_intro_label,
        ):
            scale_text(body, BODY_SCALE)
        set_text_role(ui.model_source_label, SECONDARY)
        set_text_role(ui.agenda_total_label, SECONDARY)
        self._pairs = (ui.upper_row, ui.lower_row)
        # The page is a text to read out: Tab and Ctrl+PgDown stop on it, and PgDown and the
        # arrows scroll it.
        frame_when_focused(ui.scroll_area)
        # What the agenda and the scale were made for: made again at every refresh, they cost
        # going back to this step 40-60 ms once the phones' answers had changed the workshop.
        self._agenda_made_for: Variant | None = None
        self._scale_made_for: ReadinessTemplate | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        lay_out_pairs(self._pairs, event.size().width(), TWO_COLUMNS_FROM)
        super().resizeEvent(event)
        settle_later(self, self.ui.contents_layout)

    def refresh(self) -> None:
        contents = self.workshop.contents
        w = contents.workshop
        ui = self.ui
        ui.title_label.setText(w.title)
        details = [w.organisation, w.unit, w.held_on.isoformat() if w.held_on else "", w.place]
        ui.details_label.setText(" · ".join(d for d in details if d.strip()))
        ui.details_label.setVisible(any(d.strip() for d in details))
        if w.change_focus.strip():
            ui.change_label.setText(w.change_focus)
            set_text_role(ui.change_label, "")
        else:
            ui.change_label.setText(
                self.tr(
                    "Förändringen i fokus är inte beskriven än. "
                    "Skriv in den under Förberedelser eller Nuläge och målbild."
                )
            )
            set_text_role(ui.change_label, SECONDARY)
        self._show_agenda()
        self._show_scale()

    def _show_agenda(self) -> None:
        variant = self.workshop.contents.workshop.variant
        if variant == self._agenda_made_for:
            return
        self._agenda_made_for = variant
        grid = self.ui.agenda_grid
        clear_grid(grid)
        # Preparation happens before the day, so it is not part of the room's agenda.
        steps = [
            (step, minutes)
            for step, minutes in STEPS[variant]
            if step is not WorkshopStep.PREPARATION
        ]
        for row, (step, minutes) in enumerate(steps):
            number = QLabel(f"{row + 1}.")
            name = QLabel(choice_text(step))
            name.setWordWrap(True)
            time = QLabel(self.tr("{0} min").format(minutes))
            time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if step is WorkshopStep.WELCOME:
                # We are here now: the bold line shows the room where the day starts.
                name.setText(self.tr("{0} (nu)").format(choice_text(step)))
                for label in (number, name, time):
                    scale_text(label, BODY_SCALE, bold=True)
            else:
                for label in (number, name, time):
                    scale_text(label, BODY_SCALE)
            grid.addWidget(number, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(time, row, 2)
        grid.setColumnStretch(1, 1)
        total = sum(minutes for _, minutes in steps)
        hours, rest = divmod(total, 60)
        length = (
            self.tr("{0} h {1} min").format(hours, rest) if rest else self.tr("{0} h").format(hours)
        )
        self.ui.agenda_total_label.setText(
            self.tr("Sammanlagt {0} ({1} min), pauser tillkommer.").format(length, total)
        )

    def _show_scale(self) -> None:
        template = self.workshop.contents.template
        if template == self._scale_made_for:
            return
        self._scale_made_for = template
        grid = self.ui.scale_grid
        clear_grid(grid)
        rows = [(str(a.value), a.label, a.description) for a in template.scale]
        rows.append(
            (
                self.tr("0 / V"),
                template.dont_know_label,
                self.tr("Räknas inte med i medelvärdena."),
            )
        )
        # A block with anchors of its own gets a column of its own meanings beside the
        # general ones, under headings that say which statements each column is for.
        own = template.dimensions_with_own_scale
        first = 1 if own else 0
        if own:
            headings = [self.tr("Förändringsberedskap"), *(d.label for d in own)]
            for column, text in enumerate(headings, start=2):
                heading = QLabel(text)
                heading.setWordWrap(True)
                scale_text(heading, BODY_SCALE, bold=True)
                grid.addWidget(heading, 0, column)
        for column, dimension in enumerate(own, start=3):
            for row, (general, anchor) in enumerate(
                zip(template.scale, dimension.scale, strict=True), start=first
            ):
                text = (
                    anchor.description
                    if anchor.label == general.label
                    else f"{anchor.label} – {anchor.description}"
                )
                meaning = QLabel(text)
                scale_text(meaning, BODY_SCALE)
                meaning.setWordWrap(True)
                set_text_role(meaning, SECONDARY)
                grid.addWidget(meaning, row, column)
            grid.setColumnStretch(column, 1)
        for row, (value, label, description) in enumerate(rows, start=first):
            value_label = QLabel(value)
            scale_text(value_label, 1.6, bold=True)
            value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_look(value_label, KEY_CAP, "true")
            # A key cap as wide as its keys ("0 / V" is two), border and padding included.
            value_label.setMinimumWidth(max(40, value_label.sizeHint().width()))
            anchor = QLabel(label)
            scale_text(anchor, BODY_SCALE, bold=True)
            meaning = QLabel(description)
            scale_text(meaning, BODY_SCALE)
            meaning.setWordWrap(True)
            set_text_role(meaning, SECONDARY)
            grid.addWidget(value_label, row, 0)
            grid.addWidget(anchor, row, 1)
            grid.addWidget(meaning, row, 2)
        grid.setColumnStretch(2, 1)
