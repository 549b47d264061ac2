"""Sammanfattning och nästa steg: the numbers the exports show, and the follow-up agreed on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QStyle, QWidget

from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.charts.answer_colours import decimal_text
from hallbar_desktop.ui.choice_words import choice_text, word_text
from hallbar_desktop.ui.generated.ui_summary_page import Ui_SummaryPage
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.room_text import (
    BODY_SCALE,
    HEADING_SCALE,
    Cell,
    LabelGrid,
    lay_out_pairs,
    scale_text,
    settle_later,
)
from hallbar_desktop.ui.pages.step_page import StepPage, style_heading
from hallbar_desktop.ui.style_sheet import (
    DONE_STRONG,
    PROBLEM,
    PROBLEM_STRONG,
    SECONDARY,
    set_text_role,
)
from hallbar_desktop.ui.theme import current_theme

TWO_COLUMNS_FROM = 900


def decimal(value: float | None) -> str:
    """One decimal with a decimal comma, or a dash where nobody gave a value."""
    return decimal_text(value)


def light_html(light: TrafficLight | None) -> str:
    if light is None:
        return "–"
    # The word on its light's colour, as on the prerequisites page; a dot of yellow on white
    # would hardly show.
    swatch = current_theme().traffic_light[light]
    return (
        f'<span style="background-color: {swatch.fill}; color: {swatch.ink};">'
        f"&nbsp;{choice_text(light)}&nbsp;</span>"
    )


class SummaryPage(StepPage):
    step = WorkshopStep.SUMMARY

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_SummaryPage()
        self.ui.setupUi(self)
        ui = self.ui
        style_heading(ui.heading_label, 1.8)
        for heading in (
            ui.readiness_heading_label,
            ui.strengths_heading_label,
            ui.critical_heading_label,
            ui.unhandled_heading_label,
            ui.prerequisites_heading_label,
            ui.success_factors_heading_label,
            ui.actions_heading_label,
            ui.counts_heading_label,
            ui.next_steps_heading_label,
        ):
            style_heading(heading, HEADING_SCALE)
        for body in (ui.unhandled_label, ui.follow_up_label, ui.next_steps_label):
            scale_text(body, BODY_SCALE)
        set_text_role(ui.readiness_note_label, SECONDARY)
        set_text_role(ui.prerequisites_note_label, SECONDARY)
        ui.follow_up_problem_label.hide()
        ui.next_steps_problem_label.hide()
        ui.follow_up_field.committed.connect(
            lambda value: self.store_workshop_field(
                "follow_up_on",
                value,
                self.tr("Ändra datum för uppföljningsmöte"),
                ui.follow_up_problem_label,
            )
        )
        ui.next_steps_edit.committed.connect(
            lambda value: self.store_workshop_field(
                "next_steps", value, self.tr("Ändra nästa steg"), ui.next_steps_problem_label
            )
        )
        # Filled again at every refresh, keeping the labels whose place and look stay.
        self._grids = {
            name: LabelGrid(getattr(ui, name))
            for name in (
                "figures_grid",
                "dimension_grid",
                "strengths_grid",
                "critical_grid",
                "prerequisites_grid",
                "success_factors_grid",
                "actions_grid",
                "counts_grid",
            )
        }
        self._pairs = (
            ui.results_row,
            ui.dependencies_row,
            ui.prerequisites_row,
            ui.closing_row,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out_pairs(event.size().width())
        super().resizeEvent(event)
        settle_later(self, self.ui.contents_layout)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Arkiv › Textstorlek: the headings get their new sizes after the page its font.
            QTimer.singleShot(0, self, lambda: self._lay_out_pairs(self.width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A layout counts a widget's width only once it is shown: a page made before it was
        # first shown measured its sections without their headings.
        QTimer.singleShot(0, self, lambda: self._lay_out_pairs(self.width()))

    def _lay_out_pairs(self, width: int) -> None:
        """The pairs of sections side by side where their headings have room, with the
        contents' margins and the scroll bar beside them."""
        margins = self.ui.contents_layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        beside = margins.left() + margins.right() + scroll_bar
        lay_out_pairs(self._pairs, width, TWO_COLUMNS_FROM, beside)
        settle_later(self, self.ui.contents_layout)

    # --- showing the summary -----------------------------------------------------------------

    def refresh(self) -> None:
        summary = summarize(self.workshop.contents, self.workshop.today())
        self._show_figures(summary)
        self._show_dimensions(summary)
        self._show_strengths(summary)
        self._show_critical(summary)
        self._show_unhandled(summary)
        self._show_prerequisites(summary)
        self._show_success_factors(summary)
        self._show_actions(summary)
        self._show_counts(summary)
        w = summary.workshop
        self.ui.follow_up_field.show_stored(w.follow_up_on)
        self.ui.next_steps_edit.show_stored(w.next_steps)
        # What the sections now hold may need more room side by side than before.
        self._lay_out_pairs(self.width())

    def _show_figures(self, s: WorkshopSummary) -> None:
        grid = self.ui.figures_grid
        high = sum(n for q, n in s.dependencies_per_quadrant if q.is_high_priority)
        figures = (
            (
                self.tr("{0} av 5").format(decimal(s.readiness_mean)),
                self.tr("förändringsberedskap, medelvärde"),
            ),
            (
                str(s.participant_count),
                self.tr("deltagare, {0} har skattat").format(s.rated_participant_count),
            ),
            (
                str(len(s.dependencies)),
                self.tr("beroenden", "", len(s.dependencies))
                + ", "
                + self.tr("varav %n högt prioriterade", "", high),
            ),
            (
                str(len(s.actions)),
                self.tr("åtgärder", "", len(s.actions))
                + ", "
                + self.tr("varav %n försenade", "", s.overdue_count),
            ),
        )
        cells: dict[tuple[int, int], Cell] = {}
        for column, (number, caption) in enumerate(figures):
            cells[0, column] = Cell(number, 2.2, bold=True)
            cells[1, column] = Cell(
                caption, wrap=True, role=SECONDARY, placed=Qt.AlignmentFlag.AlignTop
            )
            grid.setColumnStretch(column, 1)
        self._grids["figures_grid"].show(cells)

    def _show_dimensions(self, s: WorkshopSummary) -> None:
        cells: dict[tuple[int, int], Cell] = {}
        for row, result in enumerate(s.dimensions):
            name = result.dimension.label
            if result.dimension.higher_is_worse:
                name = self.tr("{0} (högre värde = mer sårbart)").format(name)
            cells[row, 0] = Cell(name, wrap=True)
            cells[row, 1] = Cell(
                decimal(result.mean),
                bold=True,
                alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            cells[row, 2] = Cell(light_html(result.stats.light), text_format=Qt.TextFormat.RichText)
        self._grids["dimension_grid"].show(cells)
        self.ui.dimension_grid.setColumnStretch(0, 1)
        self.ui.readiness_note_label.setText(
            self.tr(
                "Medelvärden på skalan 1–5. Trafikljuset följer medianen: "
                "2 eller lägre Röd, 3 Gul, 4 eller högre Grön. "
                "Vet ej räknas inte med."
            )
            if s.readiness_mean is not None
            else self.tr("Inga skattningar ännu. Resultaten visas här när deltagarna har svarat.")
        )

    def _show_strengths(self, s: WorkshopSummary) -> None:
        grid = self._grids["strengths_grid"]
        if not s.strengths:
            grid.show({(0, 0): self._empty(self.tr("Inga skattningar ännu."))})
            return
        cells: dict[tuple[int, int], Cell] = {}
        for row, result in enumerate(s.strengths):
            cells[row, 0] = Cell(f"{row + 1}.", placed=Qt.AlignmentFlag.AlignTop)
            cells[row, 1] = Cell(result.statement.text, wrap=True)
            cells[row, 2] = Cell(
                decimal(result.stats.mean),
                bold=True,
                alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            )
        grid.show(cells)
        self.ui.strengths_grid.setColumnStretch(1, 1)

    def _show_critical(self, s: WorkshopSummary) -> None:
        grid = self._grids["critical_grid"]
        if not s.critical_dependencies:
            grid.show(
                {
                    (0, 0): self._empty(
                        self.tr(
                            "Inga högt prioriterade beroenden. De visas här när de har placerats."
                        )
                    )
                }
            )
            return
        cells: dict[tuple[int, int], Cell] = {}
        for row, line in enumerate(s.critical_dependencies):
            quadrant = choice_text(line.priority) if line.priority else "–"
            # Ranked here, so the number the matrix and the report give it goes beside, as in
            # the dot-vote ranking.
            number = self.tr("nr {0}").format(line.number)
            # What ranks it, so the room can check the order: impact, then dots.
            ranking = self.tr("påverkan {0} · prickar: {1} · {2}").format(
                line.dependency.impact or "–",
                line.dependency.votes,
                choice_text(line.dependency.status),
            )
            kind = f"{choice_text(line.dependency.category)} · {quadrant} · {number} · {ranking}"
            cells[2 * row, 0] = Cell(f"{row + 1}.", placed=Qt.AlignmentFlag.AlignTop)
            cells[2 * row, 1] = Cell(line.dependency.title, bold=True, wrap=True)
            cells[2 * row + 1, 1] = Cell(kind, wrap=True, role=SECONDARY)
        grid.show(cells)
        self.ui.critical_grid.setColumnStretch(1, 1)

    def _show_unhandled(self, s: WorkshopSummary) -> None:
        label = self.ui.unhandled_label
        if s.unhandled_high_priority:
            lines = "".join(f"<li>{escape(d.title)}</li>" for d in s.unhandled_high_priority)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(
                self.tr("Saknar en åtgärd med ansvarig och datum:")
                + f'<ul style="margin-left: 0px;">{lines}</ul>'
            )
            set_text_role(label, PROBLEM)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(
                self.tr("✓ Alla högt prioriterade beroenden har en åtgärd med ansvarig och datum.")
            )
            set_text_role(label, DONE_STRONG)

    def _show_prerequisites(self, s: WorkshopSummary) -> None:
        """How each area's lines are spread over the lights, as the exports give it (one red
        line does not make the area red); the lines themselves are in the tooltip and on the
        step's own page."""
        grid = self._grids["prerequisites_grid"]
        if not s.prerequisite_checks:
            grid.show({(0, 0): self._empty(self.tr("Ingen checklista för förutsättningarna."))})
            self.ui.prerequisites_note_label.clear()
            return
        cells: dict[tuple[int, int], Cell] = {}
        for row, area in enumerate(a.area for a in s.area_light_counts):
            checks = [c for c in s.prerequisite_checks if c.area is area]
            # Rich text from the start, so a prompt is shown as written, also one with a "<".
            lines = (
                escape(
                    f"{choice_text(c.light) if c.light else word_text('Inte bedömd')}: {c.prompt}"
                    + (self.tr(" (styrka)") if c.is_strength else "")
                )
                for c in checks
            )
            cells[row, 0] = Cell(choice_text(area), placed=Qt.AlignmentFlag.AlignTop)
            cells[row, 1] = Cell(
                self._light_counts(checks),
                text_format=Qt.TextFormat.RichText,
                placed=Qt.AlignmentFlag.AlignTop,
                tooltip=f"<p>{'<br>'.join(lines)}</p>",
            )
        grid.show(cells)
        self.ui.prerequisites_grid.setColumnStretch(1, 1)
        self.ui.prerequisites_note_label.setText(
            self.tr(
                "Siffrorna är antal punkter med varje ljus: ett rött ljus gör inte hela "
                "området rött."
            )
        )

    def _light_counts(self, checks: list[PrerequisiteCheck]) -> str:
        parts = [
            f"{light_html(light)} {sum(1 for c in checks if c.light is light)}"
            for light in (TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED)
        ]
        unrated = sum(1 for c in checks if c.light is None)
        if unrated:
            parts.append(escape(self.tr("inte bedömda: {0}").format(unrated)))
        return " · ".join(parts)

    def _show_success_factors(self, s: WorkshopSummary) -> None:
        grid = self._grids["success_factors_grid"]
        if not s.success_factors:
            grid.show(
                {
                    (0, 0): self._empty(
                        self.tr(
                            "Inga framgångsfaktorer ännu. Lägg till dem i steget Förutsättningar "
                            "och framgångsfaktorer."
                        )
                    )
                }
            )
            return
        cells: dict[tuple[int, int], Cell] = {}
        for row, factor in enumerate(s.success_factors):
            cells[row, 0] = Cell(f"{row + 1}.", placed=Qt.AlignmentFlag.AlignTop)
            cells[row, 1] = Cell(factor.text, wrap=True, text_format=Qt.TextFormat.PlainText)
            cells[row, 2] = Cell(
                choice_text(factor.area) if factor.area else "–",
                role=SECONDARY,
                placed=Qt.AlignmentFlag.AlignTop,
            )
        grid.show(cells)
        self.ui.success_factors_grid.setColumnStretch(1, 1)

    def _show_actions(self, s: WorkshopSummary) -> None:
        grid = self._grids["actions_grid"]
        if not s.top_actions:
            grid.show(
                {
                    (0, 0): self._empty(
                        self.tr("Inga öppna åtgärder ännu. Lägg till dem i steget Åtgärder.")
                    )
                }
            )
            return
        cells: dict[tuple[int, int], Cell] = {}
        for column, header in enumerate(
            (self.tr("Åtgärd"), self.tr("Ansvarig"), self.tr("Klart senast"), self.tr("Status"))
        ):
            cells[0, column] = Cell(header, bold=True, role=SECONDARY)
        for row, line in enumerate(s.top_actions, start=1):
            a = line.action
            texts = (
                a.title,
                a.owner or self.tr("Ingen ansvarig"),
                a.due_on.isoformat() if a.due_on else self.tr("Datum saknas"),
                word_text(line.status_label)
                + (
                    "  " + self.tr("⚠ försenad %n dagar", "", line.days_overdue)
                    if line.overdue
                    else ""
                ),
            )
            for column, text in enumerate(texts):
                cells[row, column] = Cell(
                    text,
                    wrap=column < 2,
                    role=PROBLEM_STRONG if column == 3 and line.overdue else "",
                    placed=Qt.AlignmentFlag.AlignTop,
                )
        grid.show(cells)
        self.ui.actions_grid.setColumnStretch(0, 3)
        self.ui.actions_grid.setColumnStretch(1, 2)

    def _show_counts(self, s: WorkshopSummary) -> None:
        rows: list[tuple[str, str]] = [
            (self.tr("Deltagare"), str(s.participant_count)),
            (self.tr("Har skattat klart"), str(s.complete_participant_count)),
        ]
        rows += [(choice_text(c), str(n)) for c, n in s.dependencies_per_category]
        rows += [(choice_text(status), str(n)) for status, n in s.actions_per_status]
        group_starts = {2: self.tr("Beroenden per typ")}
        group_starts[2 + len(s.dependencies_per_category)] = self.tr("Åtgärder per status")
        cells: dict[tuple[int, int], Cell] = {}
        grid_row = 0
        for index, (name, count) in enumerate(rows):
            if index in group_starts:
                cells[grid_row, 0] = Cell(group_starts[index], bold=True, columns=2)
                grid_row += 1
            cells[grid_row, 0] = Cell(name)
            cells[grid_row, 1] = Cell(
                count, alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            grid_row += 1
        self._grids["counts_grid"].show(cells)
        self.ui.counts_grid.setColumnStretch(2, 1)

    def _empty(self, text: str) -> Cell:
        return Cell(text, wrap=True, role=SECONDARY)
