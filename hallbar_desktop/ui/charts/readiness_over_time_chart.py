"""The region's readiness in one dimension over time: a line of dots per organisation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.coordinator import ReadinessPoint, ReadinessSeries
from hallbar_desktop.domain.readiness import SCALE_MAX, SCALE_MIN
from hallbar_desktop.ui.charts.answer_colours import (
    ChartColours,
    chart_colours,
    decimal_text,
    draw_focus_frame,
)
from hallbar_desktop.ui.charts.statement_distribution_chart import chart_font
from hallbar_desktop.ui.theme import current_theme

SHAPES = ("circle", "square", "triangle", "diamond")
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)  # months between date marks; the first that gives few
MOST_DATE_MARKS = 8
DOT = 11.0
LEGEND_SWATCH = 14


def month_marks(first: date, last: date) -> list[date]:
    """First days of months between ``first`` and ``last``, every 1, 2, 3, 6 … months, as few
    as can be read (at most 8), so a region's two years are read off the axis, not guessed."""
    months = (last.year - first.year) * 12 + last.month - first.month
    step = next((m for m in MONTH_STEPS if months // m < MOST_DATE_MARKS), MONTH_STEPS[-1])
    index = first.year * 12 + first.month - 1 + 1  # the first whole month after ``first``
    index += -index % step  # on a multiple of the step: January, April, July, October …
    marks = []
    while (mark := date(index // 12, index % 12 + 1, 1)) <= last:
        marks.append(mark)
        index += step
    return marks


def series_colour(index: int, series: tuple[str, ...] = palette.ORGANISATION_SERIES) -> QColor:
    """The colour of the ``index``th organisation among the theme's ``series`` colours."""
    return QColor(series[index % len(series)])


def series_shape(index: int) -> str:
    # Colour and shape change at different paces, so two organisations differ in at least one.
    return SHAPES[(index // len(palette.ORGANISATION_SERIES) + index) % len(SHAPES)]


class ReadinessOverTimeChart(QWidget):
    """x is the workshop's date, y the dimension's mean on the 1–5 scale. An organisation's
    workshops are dots of its colour and shape; a line joins a follow-up to the workshop it
    follows up. The legend names each organisation; every dot has its numbers in a tooltip,
    and the accessible description says all of it in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[ReadinessSeries, ...] = ()
        self._dimension = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 260)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached by Tab; read by a screen reader

    def set_series(self, series: tuple[ReadinessSeries, ...], dimension: str) -> None:
        """``dimension`` names the dimension shown ("A Förändringsvilja")."""
        self._series = series
        self._dimension = dimension
        self.setAccessibleDescription("\n".join(self.lines()))
        self.update()

    def series(self) -> tuple[ReadinessSeries, ...]:
        return self._series

    def lines(self) -> list[str]:
        """The chart in words: per organisation, each workshop's date and mean."""
        if not self._series:
            return [self.empty_text()]
        lines = []
        for s in self._series:
            points = ", ".join(
                self.tr("{0}: {1}").format(p.held_on.isoformat(), decimal_text(p.mean))
                for p in s.points
            )
            lines.append(self.tr("{0} – {1}").format(s.organisation, points))
        return lines

    def empty_text(self) -> str:
        return self.tr("Inga skattningar i urvalet för {0}.").format(self._dimension)

    # --- geometry --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def _text_height(self) -> int:
        return QFontMetrics(chart_font(self.font())).height()

    def _legend_width(self) -> int:
        metrics = QFontMetrics(chart_font(self.font()))
        widest = max((metrics.horizontalAdvance(s.organisation) for s in self._series), default=0)
        return min(max(widest + LEGEND_SWATCH + 24, 140), int(self.width() * 0.34))

    def _plot(self) -> QRectF:
        text = self._text_height()
        left = text * 2.5
        return QRectF(
            left,
            text * 0.8,
            self.width() - left - self._legend_width() - 24,
            self.height() - text * 3.2,
        )

    def _dates(self) -> tuple[date, date]:
        days = [p.held_on for s in self._series for p in s.points]
        first, last = min(days), max(days)
        return first, last

    def point_at(self, p: ReadinessPoint) -> QPointF:
        plot = self._plot()
        first, last = self._dates()
        # A lone date sits in the middle rather than on the left edge.
        x = plot.center().x() if first == last else self._x_of(p.held_on)
        y = plot.bottom() - (p.mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * plot.height()
        return QPointF(x, y)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours()
        series = current_theme().organisation_series
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colours.page)
        font = chart_font(self.font())
        painter.setFont(font)
        text = self._text_height()
        if not self._series:
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), self.empty_text()
            )
            if self.hasFocus():
                draw_focus_frame(painter, self)
            painter.end()
            return
        plot = self._plot()
        for tick in range(SCALE_MIN, SCALE_MAX + 1):
            y = plot.bottom() - (tick - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * plot.height()
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(0, y - text / 2, plot.left() - 8, text),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(tick),
            )
        self._draw_dates(painter, plot, text, colours)

        for index, s in enumerate(self._series):
            colour = series_colour(index, series)
            where = {p.workshop_id: self.point_at(p) for p in s.points}
            for before, after in s.links:
                # An edge under the colour keeps the yellow and orange apart from the page
                # (dark on the light page, light on the dark one).
                painter.setPen(QPen(colours.outline, 4.5))
                painter.drawLine(where[before], where[after])
                painter.setPen(QPen(colour, 2.5))
                painter.drawLine(where[before], where[after])
            for p in s.points:
                self._draw_mark(painter, where[p.workshop_id], index, DOT, colours.outline, series)
        self._draw_legend(painter, plot, text, colours, series)
        if self.hasFocus():
            draw_focus_frame(painter, self)
        painter.end()

    def _draw_dates(
        self, painter: QPainter, plot: QRectF, text: int, colours: ChartColours
    ) -> None:
        first, last = self._dates()
        painter.setPen(colours.muted)
        below = QRectF(plot.left(), plot.bottom() + 6, plot.width(), text * 1.4)
        if first == last:
            painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter), first.isoformat())
            return
        room = QFontMetrics(painter.font()).horizontalAdvance("0000-00") + 8
        for mark in month_marks(first, last):
            x = self._x_of(mark)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(x - room / 2, below.top(), room, below.height()),
                int(Qt.AlignmentFlag.AlignHCenter),
                f"{mark.year}-{mark.month:02d}",
            )

    def _x_of(self, day: date) -> float:
        plot = self._plot()
        first, last = self._dates()
        share = (day - first).days / max((last - first).days, 1)
        return plot.left() + 12 + share * (plot.width() - 24)

    def _draw_mark(
        self,
        painter: QPainter,
        centre: QPointF,
        index: int,
        size: float,
        outline: QColor,
        series: tuple[str, ...],
    ) -> None:
        painter.setPen(QPen(outline, 1))
        painter.setBrush(series_colour(index, series))
        half = size / 2
        shape = series_shape(index)
        if shape == "circle":
            painter.drawEllipse(centre, half, half)
        elif shape == "square":
            painter.drawRect(QRectF(centre.x() - half, centre.y() - half, size, size))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - half - 1),
                        QPointF(centre.x() + half + 1, centre.y() + half),
                        QPointF(centre.x() - half - 1, centre.y() + half),
                    ]
                )
            )
        else:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - half - 1),
                        QPointF(centre.x() + half + 1, centre.y()),
                        QPointF(centre.x(), centre.y() + half + 1),
                        QPointF(centre.x() - half - 1, centre.y()),
                    ]
                )
            )

    def _draw_legend(
        self,
        painter: QPainter,
        plot: QRectF,
        text: int,
        colours: ChartColours,
        series: tuple[str, ...],
    ) -> None:
        left = plot.right() + 24
        metrics = QFontMetrics(painter.font())
        width = self.width() - left - LEGEND_SWATCH - 8
        row = max(text + 6, LEGEND_SWATCH + 6)
        for index, s in enumerate(self._series):
            top = plot.top() + index * row
            if top + row > self.height():
                painter.setPen(colours.muted)
                painter.drawText(
                    QRectF(left, top, width + LEGEND_SWATCH, row),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    self.tr("… och fler (se tabellen)"),
                )
                return
            self._draw_mark(
                painter,
                QPointF(left + LEGEND_SWATCH / 2, top + row / 2),
                index,
                LEGEND_SWATCH,
                colours.outline,
                series,
            )
            painter.setPen(colours.ink)
            painter.drawText(
                QRectF(left + LEGEND_SWATCH + 8, top, width, row),
                int(Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(s.organisation, Qt.TextElideMode.ElideRight, int(width)),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._point_near(QPointF(event.pos()))
            if hit is not None:
                s, p = hit
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("{0}\n{1}, {2}\n{3}: {4}").format(
                        s.organisation,
                        p.title,
                        p.held_on.isoformat(),
                        self._dimension,
                        decimal_text(p.mean),
                    ),
                    self,
                )
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def _point_near(self, at: QPointF) -> tuple[ReadinessSeries, ReadinessPoint] | None:
        for s in self._series:
            for p in s.points:
                centre = self.point_at(p)
                if abs(centre.x() - at.x()) <= DOT and abs(centre.y() - at.y()) <= DOT:
                    return s, p
        return None
