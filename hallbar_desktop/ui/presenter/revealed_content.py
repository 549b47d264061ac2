"""The revealed results as the room sees them: charts and notes built only once revealed."""

from __future__ import annotations

from datetime import date
from html import escape
from uuid import UUID

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hallbar_desktop.domain.action import action_order_key
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, numbered_dependencies
from hallbar_desktop.domain.note import Note, notes_by_group
from hallbar_desktop.domain.readiness import Dimension, DimensionResult
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.ui.charts.answer_colours import decimal_text, scale_legend_html
from hallbar_desktop.ui.charts.dependency_marks import CATEGORY_MARKS
from hallbar_desktop.ui.charts.dimension_bars_chart import DimensionBarsChart
from hallbar_desktop.ui.charts.impact_matrix import ImpactMatrix
from hallbar_desktop.ui.charts.ranked_votes_chart import RankedVotesChart, VotedItem
from hallbar_desktop.ui.charts.statement_distribution_chart import (
    CHART_FONT_SCALE,
    WRAP,
    StatementDistributionChart,
)
from hallbar_desktop.ui.choice_words import choice_text, word_text
from hallbar_desktop.ui.presenter.room_views import (
    DIMENSION_PREFIX,
    MATRIX,
    NOTES,
    OVERVIEW,
    VOTES,
    RoomView,
)
from hallbar_desktop.ui.style_sheet import NOTE_CARD, SECONDARY, set_look, set_text_role
from hallbar_desktop.ui.theme import current_theme

MAX_DOTS_DRAWN = 10  # more dots on a note are said by their number only


class RevealedContent(QWidget):
    """One revealed view of a step. Built from the stored contents when the facilitator reveals
    it and thrown away when hidden, so nothing hidden is ever laid out or painted."""

    def __init__(
        self,
        step: WorkshopStep,
        view: RoomView,
        contents: WorkshopContents,
        *,
        body_points: float,
        names_shown: bool,
        available: QSize,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revealed_content")
        self.step = step
        self.view = view
        self._contents = contents
        self._today = today
        self._points = body_points
        self._names_shown = names_shown
        self._available = available
        font = QFont(self.font())
        font.setPointSizeF(body_points)
        self.setFont(font)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(int(body_points * 0.6))
        if view.key == OVERVIEW:
            self._overview()
        elif view.key.startswith(DIMENSION_PREFIX):
            self._dimension(view.key.removeprefix(DIMENSION_PREFIX))
        elif view.key == MATRIX:
            self._matrix()
        elif view.key == VOTES:
            self._votes()
        elif view.key == NOTES:
            self._notes()
        if view.key != MATRIX:  # the matrix takes the height; the rest sit at the top
            self._layout.addStretch(1)

    # --- shared pieces ---------------------------------------------------------------------

    def _chart_font(self) -> QFont:
        # Charts draw their text CHART_FONT_SCALE larger than their font; this makes it body size.
        font = QFont(self.font())
        font.setPointSizeF(self._points / CHART_FONT_SCALE)
        return font

    def _label(self, text: str, scale: float = 1.0, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        # Participants' notes and the group's titles as typed: a note "<h1>…" must not take over
        # the projector. The legend and the matrix list set rich text themselves.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(self._points * scale)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _heading(self, text: str) -> QLabel:
        return self._label(text, 1.15, bold=True)

    def _caption(self, text: str) -> QLabel:
        label = self._label(text, 0.85)
        set_text_role(label, SECONDARY)
        return label

    # --- rating results --------------------------------------------------------------------

    def _overview(self) -> None:
        summary = summarize(self._contents, self._today)
        readiness = tuple(d for d in summary.dimensions if d.dimension.in_readiness)
        exposure = tuple(d for d in summary.dimensions if not d.dimension.in_readiness)
        heading = self.tr("Förändringsberedskap per dimension")
        if summary.readiness_mean is not None:
            heading = self.tr("Förändringsberedskap per dimension – medelvärde {0}").format(
                decimal_text(summary.readiness_mean)
            )
        self._layout.addWidget(self._heading(heading))
        self._layout.addWidget(self._bars(readiness, "readiness_chart", heading))
        if exposure:
            exposure_heading = self.tr("Sårbarhet för beroenden – högt värde betyder mer risk")
            self._layout.addWidget(self._heading(exposure_heading))
            self._layout.addWidget(self._bars(exposure, "exposure_chart", exposure_heading))
        self._layout.addWidget(self._caption(self._overview_caption(summary)))

    def _overview_caption(self, summary: WorkshopSummary) -> str:
        """How to read the bars, and how many answered: hand-counted answers belong to nobody,
        so with them the room is told how many there are, not that nobody answered."""
        counted = sum(t.count for t in summary.tallies)
        answered = self.tr("{0} av {1} har svarat.").format(
            summary.rated_participant_count, summary.participant_count
        )
        if not counted:
            return self.tr(
                "Stapeln är medelvärdet. Strecket går från den lägsta till den högsta "
                "deltagarens eget medelvärde: ju längre streck, desto mer skiljer sig svaren. "
                "{0}"
            ).format(answered)
        hands = self.tr("{0} handuppräknade svar.").format(counted)
        if summary.rated_participant_count:
            also = self.tr("Dessutom {0} handuppräknade svar.").format(counted)
            hands = f"{answered} {also}"
        return self.tr(
            "Stapeln är medelvärdet. Strecket går från det lägsta till det högsta värdet, där "
            "varje handuppräknat svar räknas för sig: ju längre streck, desto mer skiljer sig "
            "svaren. {0}"
        ).format(hands)

    def _bars(
        self, results: tuple[DimensionResult, ...], name: str, heading: str
    ) -> DimensionBarsChart:
        chart = DimensionBarsChart(self)
        chart.setObjectName(name)
        # Shown to the room, not used: no Tab stop; a screen reader reads it by its heading.
        chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart.setAccessibleName(heading)
        chart.setFont(self._chart_font())
        chart.set_results(results)
        return chart

    def _dimension(self, code: str) -> None:
        summary = summarize(self._contents, self._today)
        result = next((d for d in summary.dimensions if d.dimension.code == code), None)
        if result is None:
            return
        dimension = result.dimension
        heading = f"{dimension.code}  {dimension.label}"
        if result.mean is not None:
            heading += self.tr(" – medelvärde {0}").format(decimal_text(result.mean))
            if result.stats.light is not None:
                heading += f" · {choice_text(result.stats.light)}"
        self._layout.addWidget(self._heading(heading))
        chart = StatementDistributionChart(self)
        chart.setObjectName("distribution_chart")
        chart.setAccessibleName(heading)
        font = self._chart_font()
        if len(result.statements) <= 3:
            # Few rows leave most of the screen empty: larger still, for the back of the room.
            font.setPointSizeF(font.pointSizeF() * 1.25)
        chart.setFont(font)
        chart.set_results(
            result.statements, self._contents.template, higher_is_worse=dimension.higher_is_worse
        )
        self._layout.addWidget(chart)
        legend = self._label(self._scale_legend(dimension), 0.85)
        legend.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(legend)

    def _scale_legend(self, dimension: Dimension) -> str:
        legend = scale_legend_html(
            self._contents.template.scale_of(dimension),
            self.tr("Vet ej"),
            higher_is_worse=dimension.higher_is_worse,
        )
        hint = escape(self.tr("Siffrorna i staplarna är antal svar."))
        return f"{legend}<br>{hint}"

    # --- dependencies and actions ----------------------------------------------------------

    def _numbered_dependencies(self) -> list[tuple[int, Dependency]]:
        # The same numbers as the facilitator's table and matrix and the exports.
        return list(numbered_dependencies(self._contents.dependencies))

    def _matrix(self) -> None:
        numbered = self._numbered_dependencies()
        if not numbered:
            self._layout.addWidget(self._label(self.tr("Inga beroenden ännu.")))
            return
        row = QHBoxLayout()
        row.setSpacing(int(self._points * 1.5))
        matrix = ImpactMatrix(self)
        matrix.setObjectName("impact_matrix")
        # Shown, not edited: the room cannot drag or select, and the font follows the room.
        matrix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        matrix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont(self.font())
        font.setPointSizeF(self._points * 0.8)
        matrix.setFont(font)
        matrix.set_dependencies(tuple(numbered))
        row.addWidget(matrix, 11)
        row.addWidget(self._dependency_legend(numbered), 9)
        self._layout.addLayout(row, 1)

    def _dependency_legend(self, numbered: list[tuple[int, Dependency]]) -> QLabel:
        """Number and title of each dependency, as many as fit the height; the matrix beside it
        shows the type by colour and shape and has its own legend."""
        label = self._label("", 0.92)
        label.setObjectName("dependency_legend")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        metrics = QFontMetrics(label.font())
        width = int(self._available.width() * 9 / 20) - int(self._points * 3)
        limit = self._available.height() - metrics.height() * 2
        used, rows = 0, []
        for index, (number, d) in enumerate(numbered):
            text = f"{number}  {d.title}"
            height = metrics.boundingRect(0, 0, width, 10_000, WRAP, text).height() + 6
            if used + height > limit and index < len(numbered):
                more = self.tr("… och {0} till").format(len(numbered) - index)
                rows.append(
                    f"<tr><td colspan='2' style='color:{current_theme().secondary_text};'>"
                    f"{escape(more)}</td></tr>"
                )
                break
            used += height
            rows.append(
                f"<tr><td align='right' style='padding-right:12px;'><b>{number}</b></td>"
                f"<td style='padding-bottom:6px;'>{escape(d.title)}</td></tr>"
            )
        label.setText(f"<table cellspacing='0'>{''.join(rows)}</table>")
        return label

    def _votes(self) -> None:
        if self.step is WorkshopStep.ACTIONS:
            ordered = sorted(self._contents.actions, key=action_order_key)
            items = tuple(
                VotedItem(
                    number,
                    a.title,
                    a.votes,
                    a.owner if self._names_shown and a.owner.strip() else "",
                )
                for number, a in enumerate(ordered, start=1)
            )
            empty = self.tr("Inga åtgärder ännu.")
        else:
            items = tuple(
                VotedItem(
                    number, d.title, d.votes, word_text(CATEGORY_MARKS[d.category].short_label)
                )
                for number, d in self._numbered_dependencies()
            )
            empty = self.tr("Inga beroenden ännu.")
        if not items:
            self._layout.addWidget(self._label(empty))
            return
        total = sum(item.votes for item in items)
        if total == 0:
            self._layout.addWidget(self._label(self.tr("Inga prickar ännu.")))
            return
        chart = RankedVotesChart(self)
        chart.setObjectName("votes_chart")
        chart.setAccessibleName(self.tr("Prickar per punkt, flest först"))
        chart.setFont(self._chart_font())
        voted = tuple(item for item in items if item.votes > 0)
        chart.set_items(voted[: self._votes_that_fit(chart)])
        self._layout.addWidget(chart)
        left = len(voted) - len(chart.items())
        caption = self.tr("{0} prickar sammanlagt.").format(total)
        if left > 0:
            caption += " " + self.tr("{0} till med färre prickar visas inte här.").format(left)
        self._layout.addWidget(self._caption(caption))

    def _votes_that_fit(self, chart: RankedVotesChart) -> int:
        line = QFontMetrics(chart.font()).height() * CHART_FONT_SCALE * 1.3 + 10
        return max(int(self._available.height() * 0.85 // line), 3)

    # --- notes -----------------------------------------------------------------------------

    def _notes(self) -> None:
        notes = sorted(
            (n for n in self._contents.notes if n.step is self.step), key=lambda n: n.position
        )
        if not notes:
            self._layout.addWidget(self._label(self.tr("Inga lappar ännu.")))
            return
        groups = notes_by_group(notes)
        columns = min(len(groups), 4)
        # Room for at least three columns, so a single group's cards stay card-sized.
        slots = max(columns, 3)
        board = QHBoxLayout()
        board.setSpacing(int(self._points * 1.2))
        spacing = int(self._points * 0.5)
        # Each column stacks its own groups: a long note in one column leaves no gap in the next.
        stacks = [QVBoxLayout() for _ in range(slots)]
        for stack in stacks:
            stack.setSpacing(spacing)
            board.addLayout(stack, 1)
        column_width = (self._available.width() - board.spacing() * (slots - 1)) // slots
        heights = [0] * columns
        padding = int(self._points * 0.4)
        limit = int(self._available.height() * 0.92)
        names = {p.id: p.shown_as(show_names=True) for p in self._contents.participants}
        for index, (cluster, members) in enumerate(groups):
            column = index % columns
            stack = stacks[column]
            if heights[column]:
                stack.addSpacing(spacing)  # groups further apart than a heading and its notes
                heights[column] += spacing
            heading_text = self.tr("{0} ({1})").format(
                word_text(cluster) if cluster else self.tr("Utan grupp"), len(members)
            )
            votes = sum(note.votes for note in members)
            if votes:
                # On a line of its own: a column is narrow, and a number cut off at the end of
                # a line reads as a different number.
                heading_text += "\n" + self.tr("prickar: {0}").format(votes)
            heading = self._label(heading_text, 1.0, bold=True)
            heading.setObjectName("note_group_heading")
            stack.addWidget(heading)
            heights[column] += heading.heightForWidth(column_width) + spacing
            for shown, note in enumerate(members):
                card = self._note_card(note, names, padding)
                height = card.heightForWidth(column_width) + spacing
                left = len(members) - shown
                if heights[column] + height > limit and left > 0:
                    stack.addWidget(self._caption(self.tr("+ {0} lappar till").format(left)))
                    heights[column] = limit
                    break
                stack.addWidget(card)
                heights[column] += height
        for stack in stacks:
            stack.addStretch(1)
        self._layout.addLayout(board, 1)

    def _note_card(self, note: Note, names: dict[UUID, str], padding: int) -> QLabel:
        text = note.text
        if self._names_shown and note.author_id in names:
            text += f"\n– {names[note.author_id]}"
        if note.votes:
            # The dots drawn as dots for the room, up to ten, and always their number.
            text += "\n" + "●" * min(note.votes, MAX_DOTS_DRAWN) + f" {note.votes}"
        card = self._label(text, 0.95)
        card.setObjectName("note_card")
        set_look(card, NOTE_CARD, "room")
        card.setContentsMargins(padding, padding, padding, padding)
        return card
