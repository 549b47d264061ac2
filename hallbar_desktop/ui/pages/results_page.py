"""Resultat och samtal: distributions and dimension bars, and the group's agreed score per area."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hallbar_desktop.domain.readiness import (
    DimensionResult,
    GroupScore,
    ReadinessTemplate,
)
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui import key_map
from hallbar_desktop.ui.charts.answer_colours import (
    decimal_text,
    median_text,
    scale_legend_html,
)
from hallbar_desktop.ui.charts.statement_distribution_chart import StatementDistributionChart
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.generated.ui_results_page import Ui_ResultsPage
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import StepPage, style_heading
from hallbar_desktop.ui.room_state import RoomState
from hallbar_desktop.ui.widgets.committing_text_edit import CommittingTextEdit

NO_SCORE_ROW = 0


class ScoreComboBox(QComboBox):
    """Scrolling the page over the combo box scrolls the page instead of changing the score."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DimensionDiscussion(QWidget):
    """One dimension: its statements' distributions, the agreed group score and a comment."""

    score_chosen = Signal(str, object)  # dimension code, 1–5 or None
    comment_committed = Signal(str, str)  # dimension code, text

    def __init__(
        self,
        template: ReadinessTemplate,
        dimension_code: str,
        parent: QWidget | None = None,
        *,
        number: int | None = None,
    ) -> None:
        """``number`` counts the sections from the top; the first nine get Alt+1 … Alt+9."""
        super().__init__(parent)
        dimension = template.dimension(dimension_code)
        self.code = dimension_code
        self.setObjectName(f"dimension_{dimension_code}")
        risk = dimension.higher_is_worse

        self.heading_label = QLabel(self)
        heading = f"{dimension.code}  {dimension.label}"
        if risk:
            heading += self.tr(" – riskprofil")
        self.heading_label.setText(heading)
        style_heading(self.heading_label, 1.3)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        summary_font = QFont(self.summary_label.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.15)
        self.summary_label.setFont(summary_font)
        self.chart = StatementDistributionChart(self)
        self.chart.setAccessibleName(self.tr("Fördelning av svaren för {0}").format(heading))

        self.score_combo = ScoreComboBox(self)
        self.score_combo.setAccessibleName(self.tr("Gruppens skattning för {0}").format(heading))
        self.score_combo.addItem(self.tr("Inte bestämd"), None)
        for anchor in template.scale_of(dimension):
            self.score_combo.addItem(f"{anchor.value} – {anchor.label}", anchor.value)
            self.score_combo.setItemData(
                self.score_combo.count() - 1, anchor.description, Qt.ItemDataRole.ToolTipRole
            )
        self.score_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.score_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.score_combo.currentIndexChanged.connect(
            lambda row: self.score_chosen.emit(self.code, self.score_combo.itemData(row))
        )
        self.comment_edit = CommittingTextEdit(self)
        self.comment_edit.setAccessibleName(self.tr("Kommentar för {0}").format(heading))
        self.comment_edit.setPlaceholderText(
            self.tr("Vad kom ni fram till? Varför blev det den skattningen?")
        )
        self.comment_edit.setMaximumHeight(72)
        self.comment_edit.committed.connect(
            lambda text: self.comment_committed.emit(self.code, text)
        )

        score_label = QLabel(self.tr("Gruppens skattning:"), self)
        keys = key_map.GROUP_SCORE.sequences()
        if number is not None and number <= len(keys):
            # Its own key, not an Alt letter every section shares (see key_map.GROUP_SCORE).
            shortcut = QShortcut(keys[number - 1], self)
            shortcut.activated.connect(
                lambda: self.score_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
            )
            shown = keys[number - 1].toString(QKeySequence.SequenceFormat.NativeText)
            score_label.setText(self.tr("Gruppens skattning ({0}):").format(shown))
        score_label.setBuddy(self.score_combo)
        # No Alt letter: each section has a comment, and it is one Tab after the score.
        comment_label = QLabel(self.tr("Kommentar:"), self)
        comment_label.setBuddy(self.comment_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(score_label, self.score_combo)
        form.addRow(comment_label, self.comment_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.chart)
        layout.addLayout(form)
        self.setTabOrder(self.score_combo, self.comment_edit)

    def show_result(self, result: DimensionResult, template: ReadinessTemplate) -> None:
        dimension = result.dimension
        self.summary_label.setText(dimension_summary(self, result))
        self.chart.set_results(
            result.statements, template, higher_is_worse=dimension.higher_is_worse
        )
        score = result.group_score.score if result.group_score else None
        self.score_combo.blockSignals(True)
        self.score_combo.setCurrentIndex(max(self.score_combo.findData(score), NO_SCORE_ROW))
        self.score_combo.blockSignals(False)
        self.comment_edit.show_stored(result.group_score.comment if result.group_score else "")


def dimension_summary(widget: QWidget, result: DimensionResult) -> str:
    """The dimension's numbers in one line, the way the exports give them."""
    s = result.stats
    if result.mean is None:
        return QCoreApplication.translate("DimensionSummary", "Inga svar ännu.")
    parts = [
        QCoreApplication.translate("DimensionSummary", "Medelvärde {0}").format(
            decimal_text(result.mean)
        ),
        QCoreApplication.translate("DimensionSummary", "median {0}").format(median_text(s.median)),
        QCoreApplication.translate("DimensionSummary", "lägst {0}, högst {1}").format(
            decimal_text(s.minimum), decimal_text(s.maximum)
        ),
    ]
    if s.light is not None:
        parts.append(choice_text(s.light))
    if s.large_spread:
        parts.append(QCoreApplication.translate("DimensionSummary", "⚠ Stor spridning – diskutera"))
    return " · ".join(parts)


class ResultsPage(StepPage):
    """Everything is read from the same summary the exports use, so the numbers agree."""

    step = WorkshopStep.RESULTS

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_ResultsPage()
        self.ui.setupUi(self)
        style_heading(self.ui.heading_label)
        for label in (
            self.ui.readiness_heading,
            self.ui.exposure_heading,
            self.ui.statements_heading,
        ):
            style_heading(label, 1.2)
        self.ui.problem_label.hide()
        self.sections: dict[str, DimensionDiscussion] = {}
        self._room: RoomState | None = None
        self._shown_revealed: bool | None = None
        hidden_font = QFont(self.ui.hidden_label.font())
        hidden_font.setPointSizeF(hidden_font.pointSizeF() * 1.15)
        self.ui.hidden_label.setFont(hidden_font)
        self.ui.reveal_results_button.clicked.connect(lambda: self._set_revealed(True))
        self.ui.hide_results_button.clicked.connect(lambda: self._set_revealed(False))
        self.ui.legend_label.setText(self._legend_html())
        for label in (self.ui.legend_label, self.ui.readiness_caption, self.ui.exposure_caption):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 1.1)
            label.setFont(font)

    def _legend_html(self) -> str:
        template = self.workshop.contents.template
        legend = scale_legend_html(template.scale, self.tr("Vet ej"))
        general_labels = [a.label for a in template.scale]
        for dimension in template.dimensions_with_own_scale:
            if [a.label for a in dimension.scale] != general_labels:
                own = scale_legend_html(
                    dimension.scale, self.tr("Vet ej"), higher_is_worse=dimension.higher_is_worse
                )
                legend += f"<br>{escape(dimension.label)}: {own}"
        hint = escape(
            self.tr(
                "Siffrorna i staplarna är antal svar. Håll muspekaren över en rad för alla "
                "siffror. I riskprofilen är färgerna omvända."
            )
        )
        return f"{legend}<br>{hint}"

    # --- hidden until revealed -------------------------------------------------------------

    def follow_room(self, room: RoomState) -> None:
        self._room = room
        room.changed.connect(self._room_changed)
        self._room_changed()

    def results_revealed(self) -> bool:
        """Without a room (a page on its own) there is nobody to hide the results from."""
        return self._room is None or self._room.is_revealed(self.step)

    def _room_changed(self) -> None:
        if self.results_revealed() != self._shown_revealed:
            self._contents_changed()

    def _set_revealed(self, revealed: bool) -> None:
        if self._room is None:
            return
        pressed = (self.ui.reveal_results_button, self.ui.hide_results_button)
        keys_here = any(button.hasFocus() for button in pressed)
        if revealed:
            self._room.reveal(self.step)
        else:
            self._room.hide(self.step)
        # The button pressed is hidden now; without this the keys fell to the timer's Starta
        # in the header, and the next Space started it.
        counterpart = self.ui.hide_results_button if revealed else self.ui.reveal_results_button
        if keys_here and counterpart.isVisible():
            counterpart.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_hidden(self) -> None:
        """The calm hidden state: the laptop may be passed around, so the numbers are not
        merely covered but taken out of the charts and the per-area sections."""
        ui = self.ui
        ui.hidden_panel.show()
        ui.empty_label.hide()
        ui.results_scroll.hide()
        ui.hide_results_button.hide()
        ui.readiness_chart.set_results(())
        ui.exposure_chart.set_results(())
        for section in self.sections.values():
            ui.dimension_sections_layout.removeWidget(section)
            section.hide()
            section.setParent(None)
            section.deleteLater()
        self.sections.clear()

    def refresh(self) -> None:
        contents = self.workshop.contents
        summary = summarize(contents, self.workshop.today())
        codes = contents.template.statement_codes
        counted = sum(t.count for t in contents.tallies if t.statement_code in codes)
        # Hand-counted answers are answers too: they show like everyone's own.
        anyone = counted > 0 or any(r.statement_code in codes for r in contents.ratings)
        revealed = self.results_revealed()
        self._shown_revealed = revealed
        status = self.tr("{0} av {1} deltagare har svarat, {2} på alla påståenden.").format(
            summary.rated_participant_count,
            summary.participant_count,
            summary.complete_participant_count,
        )
        if counted and not summary.rated_participant_count:
            status = self.tr("{0} handuppräknade svar.").format(counted)
        elif counted:
            status += " " + self.tr("Dessutom {0} handuppräknade svar.").format(counted)
        self.ui.status_label.setText(status)
        if not revealed:
            self._show_hidden()
            return
        self.ui.hidden_panel.hide()
        self.ui.hide_results_button.setVisible(
            self._room is not None and not self._room.reveal_is_fixed
        )
        self.ui.empty_label.setVisible(not anyone)
        self.ui.results_scroll.setVisible(anyone)
        readiness = tuple(d for d in summary.dimensions if d.dimension.in_readiness)
        exposure = tuple(d for d in summary.dimensions if not d.dimension.in_readiness)
        self.ui.readiness_chart.set_results(readiness)
        self.ui.exposure_chart.set_results(exposure)
        for widget in (
            self.ui.exposure_heading,
            self.ui.exposure_caption,
            self.ui.exposure_chart,
        ):
            widget.setVisible(bool(exposure))
        if summary.readiness_mean is not None:
            self.ui.readiness_heading.setText(
                self.tr("Förändringsberedskap per dimension – medelvärde {0}").format(
                    decimal_text(summary.readiness_mean)
                )
            )
        else:
            self.ui.readiness_heading.setText(self.tr("Förändringsberedskap per dimension"))
        for result in summary.dimensions:
            self._section(result.dimension.code).show_result(result, contents.template)

    def _section(self, code: str) -> DimensionDiscussion:
        section = self.sections.get(code)
        if section is None:
            template = self.workshop.contents.template
            section = DimensionDiscussion(template, code, self, number=len(self.sections) + 1)
            section.score_chosen.connect(self._store_score)
            section.comment_committed.connect(self._store_comment)
            self.ui.dimension_sections_layout.addWidget(section)
            self.sections[code] = section
        return section

    def _stored_score(self, code: str) -> GroupScore:
        return next(
            (g for g in self.workshop.contents.group_scores if g.dimension_code == code),
            GroupScore(dimension_code=code, score=None),
        )

    def _name(self, code: str) -> str:
        dimension = self.workshop.contents.template.dimension(code)
        return f"{dimension.code} {dimension.label}"

    def _store_score(self, code: str, score: int | None) -> None:
        stored = self._stored_score(code)
        if stored.score == score:
            return
        self.try_edit(
            lambda: self.workshop.set_group_score(
                GroupScore(dimension_code=code, score=score, comment=stored.comment),
                self.tr("Gruppens skattning: {0}").format(self._name(code)),
            ),
            self.ui.problem_label,
        )

    def _store_comment(self, code: str, comment: str) -> None:
        stored = self._stored_score(code)
        if stored.comment == comment:
            return
        self.try_edit(
            lambda: self.workshop.set_group_score(
                GroupScore(dimension_code=code, score=stored.score, comment=comment),
                self.tr("Kommentar: {0}").format(self._name(code)),
            ),
            self.ui.problem_label,
        )
