"""Stacked horizontal bars: how many answered 1–5 and Vet ej on each statement, with the median."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hallbar_desktop.domain.readiness import SCALE_VALUES, ReadinessTemplate, StatementResult
from hallbar_desktop.ui.charts.answer_colours import (
    ChartColours,
    chart_colours,
    decimal_text,
    ink_on,
    median_text,
    scale_fill,
)
from hallbar_desktop.ui.choice_words import choice_text

WRAP = int(Qt.TextFlag.TextWordWrap)
ROW_GAP = 14
BAR_HEIGHT = 34
CHART_FONT_SCALE = 1.25  # projector-readable next to the window's normal text


def chart_font(base: QFont, scale: float = CHART_FONT_SCALE, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * scale, 12.0))
    font.setBold(bold)
    return font


@dataclass(frozen=True, slots=True)
class _RowLayout:
    top: int
    height: int


class StatementDistributionChart(QWidget):
    """One row per statement: its text, a bar split by answer with the counts written in the
    segments, and the median, traffic light and spread flag written out to the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: tuple[StatementResult, ...] = ()
        self._template: ReadinessTemplate | None = None
        self._higher_is_worse = False
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(480)

    def set_results(
        self,
        results: tuple[StatementResult, ...],
        template: ReadinessTemplate,
        *,
        higher_is_worse: bool = False,
    ) -> None:
        self._results = results
        self._template = template
        self._higher_is_worse = higher_is_worse
        self.setAccessibleDescription("\n".join(self.lines()))
        self.updateGeometry()
        self.update()

    # --- the numbers as text ---------------------------------------------------------------

    def summary_text(self, result: StatementResult) -> str:
        """What the right-hand column says: median, traffic light and the spread flag."""
        s = result.stats
        if s.n == 0:
            text = self.tr("Inga svar") if s.dont_know == 0 else self.tr("Bara Vet ej")
        else:
            light = f" · {choice_text(s.light)}" if s.light else ""
            text = self.tr("Median {0}{1}").format(median_text(s.median), light)
        if s.large_spread:
            text += "\n" + self.tr("⚠ Stor spridning – diskutera")
        return text

    def detail_text(self, result: StatementResult) -> str:
        """Every number of the statement, for the tooltip and screen readers."""
        s = result.stats
        counts = ", ".join(
            self.tr("{0}: {1} st").format(value, count)
            for value, count in zip(SCALE_VALUES, s.counts, strict=True)
        )
        return self.tr(
            "{0} {1}\nSvar: {2}, Vet ej: {3} st\nMedian {4}, medelvärde {5}, lägst {6}, "
            "högst {7}, spridning {8}"
        ).format(
            result.statement.code,
            result.statement.text,
            counts,
            s.dont_know,
            median_text(s.median),
            decimal_text(s.mean),
            median_text(s.minimum),
            median_text(s.maximum),
            median_text(s.spread),
        ) + ("\n" + self.tr("Stor spridning – diskutera") if s.large_spread else "")

    def lines(self) -> list[str]:
        return [
            f"{r.statement.code}: {self.summary_text(r).replace(chr(10), ' · ')}"
            for r in self._results
        ]

    # --- geometry --------------------------------------------------------------------------

    def _columns(self, width: int) -> tuple[QRect, QRect, QRect]:
        """The statement text, the bar and the summary, as x ranges (height unused)."""
        text_width = int(width * 0.34)
        summary_width = max(int(width * 0.27), 150)
        bar_left = text_width + 12
        bar_width = max(width - bar_left - summary_width - 12, 60)
        return (
            QRect(0, 0, text_width, 0),
            QRect(bar_left, 0, bar_width, 0),
            QRect(bar_left + bar_width + 12, 0, summary_width, 0),
        )

    def _bar_height(self) -> int:
        """The bar's height: fixed at window sizes, growing with the font in large type (the
        participant view sets a projector-sized font), so the counts still fit inside."""
        return max(BAR_HEIGHT, int(QFontMetrics(chart_font(self.font(), bold=True)).height() * 1.5))

    def _row_gap(self) -> int:
        return max(ROW_GAP, self._bar_height() // 2)

    def _row_layouts(self, width: int) -> list[_RowLayout]:
        text_column, _bar, summary_column = self._columns(width)
        text_metrics = QFontMetrics(chart_font(self.font()))
        summary_metrics = QFontMetrics(chart_font(self.font(), bold=True))
        bar_height, row_gap = self._bar_height(), self._row_gap()
        rows, top = [], 0
        for result in self._results:
            text_height = text_metrics.boundingRect(
                QRect(0, 0, text_column.width(), 10_000), WRAP, self._statement_label(result)
            ).height()
            summary_height = summary_metrics.boundingRect(
                QRect(0, 0, summary_column.width(), 10_000), WRAP, self.summary_text(result)
            ).height()
            height = max(text_height, summary_height, bar_height)
            rows.append(_RowLayout(top, height))
            top += height + row_gap
        return rows

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self._row_layouts(width)
        return rows[-1].top + rows[-1].height + 4 if rows else 0

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(max(self.width(), 480)))

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        # The wrapped statement texts need more or less height at the new width.
        self.setMinimumHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)  # type: ignore[arg-type]

    @staticmethod
    def _statement_label(result: StatementResult) -> str:
        return f"{result.statement.code}  {result.statement.text}"

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_column, bar_column, summary_column = self._columns(self.width())
        text_font = chart_font(self.font())
        bold_font = chart_font(self.font(), bold=True)
        bar_height = self._bar_height()
        for result, row in zip(self._results, self._row_layouts(self.width()), strict=True):
            painter.setFont(text_font)
            painter.setPen(colours.ink)
            painter.drawText(
                QRect(text_column.left(), row.top, text_column.width(), row.height),
                WRAP | int(Qt.AlignmentFlag.AlignVCenter),
                self._statement_label(result),
            )
            bar = QRectF(
                bar_column.left(),
                row.top + (row.height - bar_height) / 2,
                bar_column.width(),
                bar_height,
            )
            self._paint_bar(painter, bar, result, bold_font, colours)
            self._paint_summary(
                painter,
                QRect(summary_column.left(), row.top, summary_column.width(), row.height),
                result,
                bold_font,
                text_font,
                colours,
            )
        painter.end()

    def _segments(
        self, result: StatementResult, colours: ChartColours
    ) -> list[tuple[int, QColor, str]]:
        s = result.stats
        fills = colours.scale_fill
        segments = [
            (
                count,
                scale_fill(value, higher_is_worse=self._higher_is_worse, fills=fills),
                str(value),
            )
            for value, count in zip(SCALE_VALUES, s.counts, strict=True)
        ]
        segments.append((s.dont_know, colours.dont_know_fill, self.tr("Vet ej")))
        return [seg for seg in segments if seg[0] > 0]

    def _paint_bar(
        self,
        painter: QPainter,
        bar: QRectF,
        result: StatementResult,
        font: QFont,
        colours: ChartColours,
    ) -> None:
        segments = self._segments(result, colours)
        total = sum(count for count, _fill, _label in segments)
        painter.setFont(font)
        if total == 0:
            painter.setPen(QPen(colours.muted, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            painter.drawText(bar, int(Qt.AlignmentFlag.AlignCenter), self.tr("Inga svar ännu"))
            return
        metrics = QFontMetrics(font)
        left = bar.left()
        for count, fill, _label in segments:
            width = bar.width() * count / total
            segment = QRectF(left, bar.top(), width, bar.height())
            painter.setPen(QPen(colours.page, 1.5))
            painter.setBrush(fill)
            painter.drawRect(segment)
            number = str(count)
            if metrics.horizontalAdvance(number) + 6 <= width:
                painter.setPen(ink_on(fill))
                painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter), number)
            left += width

    def _paint_summary(
        self,
        painter: QPainter,
        area: QRect,
        result: StatementResult,
        bold_font: QFont,
        text_font: QFont,
        colours: ChartColours,
    ) -> None:
        s = result.stats
        lines = self.summary_text(result).split("\n")
        metrics = QFontMetrics(bold_font)
        heights = [
            metrics.boundingRect(QRect(0, 0, area.width(), 10_000), WRAP, line).height()
            for line in lines
        ]
        top = area.top() + (area.height() - sum(heights)) // 2
        for index, (line, height) in enumerate(zip(lines, heights, strict=True)):
            rect = QRect(area.left(), top, area.width(), height)
            if index == 0:
                x = area.left()
                if s.light is not None:
                    swatch = metrics.height() // 2 + 4
                    painter.setPen(QPen(colours.outline, 1))
                    painter.setBrush(colours.light_fill[s.light])
                    painter.drawEllipse(x, top + (metrics.height() - swatch) // 2, swatch, swatch)
                    rect.setLeft(x + swatch + 6)
                painter.setFont(bold_font if s.n else text_font)
                painter.setPen(colours.ink if s.n else colours.muted)
            else:
                painter.setFont(bold_font)
                painter.setPen(colours.warning_ink)
            painter.drawText(rect, WRAP, line)
            top += height

    # --- tooltips --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            y = event.pos().y()
            for result, row in zip(self._results, self._row_layouts(self.width()), strict=True):
                if row.top <= y <= row.top + row.height:
                    QToolTip.showText(event.globalPos(), self.detail_text(result), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
