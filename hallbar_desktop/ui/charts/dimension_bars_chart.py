"""Bars of each dimension's mean on the 1–5 scale, with a min–max whisker and the traffic light."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hallbar_desktop.domain.palette import contrast_ratio
from hallbar_desktop.domain.readiness import SCALE_MAX, SCALE_MIN, DimensionResult
from hallbar_desktop.ui.charts.answer_colours import (
    chart_colours,
    decimal_text,
    draw_focus_frame,
    median_text,
)
from hallbar_desktop.ui.charts.statement_distribution_chart import WRAP, chart_font
from hallbar_desktop.ui.choice_words import choice_text

ROW_HEIGHT = 48
BAR_HEIGHT = 28
AXIS_HEIGHT = 30
COMPONENT_CONTRAST = 3.0  # WCAG 2.1 1.4.11: a line that carries meaning against what it crosses


class DimensionBarsChart(QWidget):
    """One row per dimension. The bar is the mean of the statement means (as in the exports),
    the whisker runs from the lowest to the highest participant's own mean, and the traffic
    light is written as a word beside a coloured dot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: tuple[DimensionResult, ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setMinimumWidth(480)
        # A Tab stop on the facilitator's page: a screen reader reads the figures, which are
        # the description. The participant view's copy is shown, not used (NoFocus there).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_results(self, results: tuple[DimensionResult, ...]) -> None:
        self._results = results
        self.setFixedHeight(self.sizeHint().height())
        self.setAccessibleDescription("\n".join(self.lines()))
        self.update()

    def results(self) -> tuple[DimensionResult, ...]:
        return self._results

    # --- the numbers as text ---------------------------------------------------------------

    def light_text(self, result: DimensionResult) -> str:
        light = result.stats.light
        return choice_text(light) if light is not None else self.tr("Inga svar")

    def mean_text(self, result: DimensionResult) -> str:
        return decimal_text(result.mean)

    def detail_text(self, result: DimensionResult) -> str:
        s = result.stats
        text = self.tr(
            "{0} {1}\nMedelvärde {2} · {3}\nMedian {4}, lägst {5}, högst {6} "
            "(deltagarnas egna medelvärden)"
        ).format(
            result.dimension.code,
            result.dimension.label,
            decimal_text(result.mean),
            self.light_text(result),
            median_text(s.median),
            decimal_text(s.minimum),
            decimal_text(s.maximum),
        )
        if s.large_spread:
            text += "\n" + self.tr("Stor spridning – diskutera")
        if result.group_score is not None and result.group_score.score is not None:
            text += "\n" + self.tr("Gruppens skattning: {0}").format(result.group_score.score)
        return text

    def lines(self) -> list[str]:
        return [
            self.tr("{0} {1}: medelvärde {2}, lägst {3}, högst {4}, {5}").format(
                r.dimension.code,
                r.dimension.label,
                self.mean_text(r),
                decimal_text(r.stats.minimum),
                decimal_text(r.stats.maximum),
                self.light_text(r),
            )
            for r in self._results
        ]

    # --- geometry --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, self._row_height() * len(self._results) + self._axis_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.sizeHint().height())

    def _row_height(self) -> int:
        return max(ROW_HEIGHT, self._text_height() * 2 + 8)

    # Sizes are fixed at window font sizes and grow with the font in large type (the
    # participant view sets a projector-sized font), so bars, whiskers and numbers stay in
    # proportion to the text.
    def _text_height(self) -> int:
        return QFontMetrics(chart_font(self.font())).height()

    def _bar_height(self) -> float:
        return max(BAR_HEIGHT, self._text_height() * 1.2)

    def _axis_height(self) -> int:
        return max(AXIS_HEIGHT, int(self._text_height() * 1.5))

    def _plot(self) -> tuple[int, int, int]:
        """Label column width, and the x of scale value 1 and 5."""
        label_width = max(int(self.width() * 0.26), 150)
        right_width = max(int(self.width() * 0.16), 120, self._text_height() * 6)
        return label_width, label_width + 16, self.width() - right_width - 24

    def _x(self, value: float) -> float:
        _label, left, right = self._plot()
        return left + (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * (right - left)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = chart_font(self.font())
        bold = chart_font(self.font(), bold=True)
        label_width, left, right = self._plot()
        row_height = self._row_height()
        plot_bottom = row_height * len(self._results)
        text_height = self._text_height()
        bar_height = self._bar_height()
        axis_height = self._axis_height()
        whisker = max(9.0, text_height * 0.45)

        painter.setFont(font)
        for tick in range(SCALE_MIN, SCALE_MAX + 1):
            x = self._x(tick)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, plot_bottom + 4))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(x - text_height, plot_bottom + 6, 2 * text_height, axis_height - 6),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                str(tick),
            )

        bold_metrics = QFontMetrics(bold)
        for index, result in enumerate(self._results):
            top = index * row_height
            centre = top + row_height / 2
            painter.setFont(font)
            painter.setPen(colours.ink)
            painter.drawText(
                QRect(0, top, label_width, row_height),
                WRAP | int(Qt.AlignmentFlag.AlignVCenter),
                f"{result.dimension.code}  {result.dimension.label}",
            )
            s = result.stats
            if result.mean is None:
                painter.setPen(colours.muted)
                painter.drawText(
                    QRectF(left + 6, top, right - left, row_height),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    self.tr("Inga svar ännu"),
                )
                continue
            fill = colours.light_fill[s.light] if s.light is not None else colours.grid
            bar = QRectF(left, centre - bar_height / 2, self._x(result.mean) - left, bar_height)
            painter.setPen(QPen(colours.outline, 1))
            painter.setBrush(fill)
            painter.drawRect(bar)
            end = self._x(result.mean)
            if s.minimum is not None and s.maximum is not None:
                low, high = self._x(s.minimum), self._x(s.maximum)
                line = max(2.5, text_height / 12)
                pens = [QPen(colours.ink, line)]
                # On a dark page the light whisker crosses a light bar: an edge of the page's
                # colour under it keeps it apart from the fill (the dark one stands out alone).
                if contrast_ratio(colours.ink.name(), fill.name()) < COMPONENT_CONTRAST:
                    pens.insert(0, QPen(colours.page, line + 4))
                for pen in pens:
                    painter.setPen(pen)
                    painter.drawLine(QPointF(low, centre), QPointF(high, centre))
                    for x in (low, high):
                        painter.drawLine(QPointF(x, centre - whisker), QPointF(x, centre + whisker))
                end = max(end, high)
            mean = self.mean_text(result)
            painter.setFont(bold)
            painter.setPen(colours.ink)
            mean_width = bold_metrics.horizontalAdvance(mean) + 8
            # The mean goes right of the bar and whisker; near 5 it goes inside the bar instead.
            if end + mean_width + 6 <= right + 20:
                painter.drawText(
                    QRectF(end + 6, top, mean_width, row_height),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    mean,
                )
            else:
                painter.setBrush(colours.page)
                box_height = max(24.0, text_height * 1.2)
                box = QRectF(
                    bar.right() - mean_width - 14,
                    centre - box_height / 2,
                    mean_width + 4,
                    box_height,
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(colours.ink)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mean)

            light_left = right + 36
            swatch = bold_metrics.height() // 2 + 4
            painter.setPen(QPen(colours.outline, 1))
            painter.setBrush(fill)
            painter.drawEllipse(QRectF(light_left, centre - swatch / 2, swatch, swatch))
            painter.setPen(colours.ink)
            painter.drawText(
                QRectF(light_left + swatch + 6, top, self.width() - light_left, row_height),
                int(Qt.AlignmentFlag.AlignVCenter),
                self.light_text(result),
            )
        if self.hasFocus():
            draw_focus_frame(painter, self)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = int(event.pos().y() // self._row_height())
            if 0 <= row < len(self._results):
                QToolTip.showText(event.globalPos(), self.detail_text(self._results[row]), self)
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
