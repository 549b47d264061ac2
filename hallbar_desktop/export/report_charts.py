"""The report's figures as reportlab drawings: readiness bars, the priority matrix, statuses."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.dependency import (
    HIGH_IMPACT_AT_LEAST,
    Influence,
    Quadrant,
)
from hallbar_desktop.domain.summary import DependencyLine
from hallbar_desktop.export.export_texts import SWEDISH, ExportTexts
from hallbar_desktop.export.pdf_text import single_font_line
from hallbar_desktop.export.plain_text import printable
from hallbar_desktop.export.report_layout import (
    FONT,
    FONT_BOLD,
    INK,
    LIGHT_FILL,
    LIGHT_INK,
    MUTED,
    NAVY,
    RULE,
)

# The dependency types in the same colours as the matrix on screen; text on them reads at 4.5:1.
CATEGORY_FILL = {
    category: colors.HexColor(swatch.fill)
    for category, swatch in palette.DEPENDENCY_CATEGORY.items()
}
CATEGORY_INK = {
    category: colors.HexColor(swatch.ink)
    for category, swatch in palette.DEPENDENCY_CATEGORY.items()
}
STATUS_FILL = {status: colors.HexColor(fill) for status, fill in palette.ACTION_STATUS.items()}
QUADRANT_FILL = {quadrant: colors.HexColor(fill) for quadrant, fill in palette.QUADRANT.items()}
SPREAD = colors.HexColor(palette.SPREAD)
NOT_RATED_FILL = colors.HexColor(palette.NOT_RATED.fill)
NOT_RATED_INK = colors.HexColor(palette.NOT_RATED.ink)
BEFORE = colors.HexColor(palette.CONTROL_BORDER)  # the earlier workshop, greyed beside the later
MARK_EDGE = colors.HexColor(palette.PAGE)  # a thin gap between a bubble or cell and the next


def _fit(label: str, font: str, size: float, width: float) -> str:
    """Shorten a label with an ellipsis so it never runs into the plot; any script, in the order
    it is drawn (pdf_text.single_font_line), shortened at its logical end."""
    label = printable(label)
    shown = single_font_line(label)
    if stringWidth(shown, font, size) <= width:
        return shown
    while label and stringWidth(single_font_line(label + "…", count=False), font, size) > width:
        label = label[:-1]
    return single_font_line(label.rstrip() + "…", count=False)


def _drawing(width: float, height: float) -> Drawing:
    # Without an initial font a drawing selects Helvetica, which would sit unembedded in the PDF.
    return Drawing(width, height, initialFontName=FONT)


@dataclass(frozen=True, slots=True)
class RangeBar:
    label: str
    mean: float | None
    low: float | None
    high: float | None


def readiness_chart(
    bars: Sequence[RangeBar], width: float, *, caption: str, texts: ExportTexts = SWEDISH
) -> Drawing:
    """Horizontal bars of means on the 1–5 scale, with a whisker from the lowest to the highest."""
    row, label_width, top, bottom = 24, 150, 10, 40
    height = top + bottom + row * len(bars)
    drawing = _drawing(width, height)
    plot_left, plot_right = label_width, width - 30

    def x(value: float) -> float:
        return plot_left + (value - 1) / 4 * (plot_right - plot_left)

    for tick in range(1, 6):
        drawing.add(
            Line(x(tick), bottom - 4, x(tick), height - top, strokeColor=RULE, strokeWidth=0.5)
        )
        drawing.add(
            String(
                x(tick),
                bottom - 14,
                str(tick),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            plot_left,
            4,
            single_font_line(printable(caption)),
            fontName=FONT,
            fontSize=7.5,
            fillColor=MUTED,
        )
    )
    for index, bar in enumerate(bars):
        centre = height - top - row * index - row / 2
        drawing.add(
            String(
                plot_left - 8,
                centre - 3,
                _fit(bar.label, FONT, 8.5, label_width - 12),
                fontName=FONT,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        if bar.mean is None:
            drawing.add(
                String(
                    plot_left + 4,
                    centre - 3,
                    texts.gettext("Inga svar"),
                    fontName=FONT,
                    fontSize=8,
                    fillColor=MUTED,
                )
            )
            continue
        drawing.add(
            Rect(
                plot_left, centre - 7, x(bar.mean) - plot_left, 14, fillColor=NAVY, strokeColor=None
            )
        )
        if bar.low is not None and bar.high is not None:
            whisker = SPREAD
            drawing.add(
                Line(x(bar.low), centre, x(bar.high), centre, strokeColor=whisker, strokeWidth=1.6)
            )
            for end in (bar.low, bar.high):
                drawing.add(
                    Line(
                        x(end), centre - 5, x(end), centre + 5, strokeColor=whisker, strokeWidth=1.6
                    )
                )
        label_x = max(x(bar.mean), x(bar.high) if bar.high is not None else 0) + 5
        drawing.add(
            String(
                min(label_x, width - 22),
                centre - 3,
                texts.decimal(bar.mean),
                fontName=FONT_BOLD,
                fontSize=8.5,
                fillColor=INK,
            )
        )
    return drawing


# Columns left to right: outside our influence, then the two levels we can act on.
_INFLUENCE_COLUMNS = (Influence.OUTSIDE, Influence.CAN_INFLUENCE, Influence.CONTROL)


def priority_matrix(
    lines: Sequence[tuple[int, DependencyLine]], width: float, texts: ExportTexts = SWEDISH
) -> Drawing:
    """Impact × influence: 2×2 quadrants, one numbered bubble per dependency, sized by dot
    votes and coloured by type. Bubbles sharing a cell are packed side by side."""
    height = width * 0.62
    left, bottom, right, top = 58, 34, 6, 6
    plot_w, plot_h = width - left - right, height - bottom - top
    col_w, row_h = plot_w / 3, plot_h / 5
    drawing = _drawing(width, height)

    split_x = left + col_w
    split_y = bottom + row_h * (HIGH_IMPACT_AT_LEAST - 1)
    quadrants = (
        (Quadrant.ESCALATE, left, split_y, split_x - left, bottom + plot_h - split_y),
        (Quadrant.ACT_NOW, split_x, split_y, left + plot_w - split_x, bottom + plot_h - split_y),
        (Quadrant.MONITOR, left, bottom, split_x - left, split_y - bottom),
        (Quadrant.HANDLE_ONGOING, split_x, bottom, left + plot_w - split_x, split_y - bottom),
    )
    for quadrant, qx, qy, qw, qh in quadrants:
        drawing.add(
            Rect(
                qx,
                qy,
                qw,
                qh,
                fillColor=QUADRANT_FILL[quadrant],
                strokeColor=MARK_EDGE,
                strokeWidth=2,
            )
        )
        drawing.add(
            String(
                qx + 5,
                qy + qh - 11,
                texts.choice(quadrant),
                fontName=FONT_BOLD,
                fontSize=8.5,
                fillColor=NAVY,
            )
        )
    for impact in range(1, 6):
        drawing.add(
            String(
                left - 6,
                bottom + row_h * (impact - 0.5) - 3,
                str(impact),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(
        String(
            10,
            bottom + plot_h / 2,
            texts.gettext("Påverkan"),
            fontName=FONT_BOLD,
            fontSize=8,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    for column, influence in enumerate(_INFLUENCE_COLUMNS):
        drawing.add(
            String(
                left + col_w * (column + 0.5),
                bottom - 12,
                texts.choice(influence),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            left + plot_w / 2,
            4,
            texts.gettext("Påverkbarhet"),
            fontName=FONT_BOLD,
            fontSize=8,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )

    cells: dict[tuple[int, int], list[tuple[int, DependencyLine]]] = {}
    for number, line in lines:
        d = line.dependency
        if d.impact is None or d.influence is None:
            continue
        cells.setdefault((d.impact, _INFLUENCE_COLUMNS.index(d.influence)), []).append(
            (number, line)
        )
    most_votes = max((line.dependency.votes for _, line in lines), default=0) or 1
    for (impact, column), members in cells.items():
        members.sort(key=lambda m: (-m[1].dependency.votes, m[0]))
        inner_w, inner_h = col_w - 8, row_h - 4
        per_row = max(1, math.ceil(math.sqrt(len(members) * inner_w / inner_h)))
        rows = math.ceil(len(members) / per_row)
        pitch = min(inner_w / per_row, inner_h / rows)
        cell_left = left + col_w * column + (col_w - pitch * per_row) / 2
        cell_top = bottom + row_h * impact - (row_h - pitch * rows) / 2
        for index, (number, line) in enumerate(members):
            d = line.dependency
            r_max = pitch / 2 - 0.8
            radius = min(r_max, 6.5 + 6 * math.sqrt(d.votes / most_votes))
            cx = cell_left + pitch * (index % per_row + 0.5)
            cy = cell_top - pitch * (index // per_row + 0.5)
            drawing.add(
                Circle(
                    cx,
                    cy,
                    radius,
                    fillColor=CATEGORY_FILL[d.category],
                    strokeColor=MARK_EDGE,
                    strokeWidth=0.8,
                )
            )
            size = max(4.0, min(8.0, radius * 1.1))
            drawing.add(
                String(
                    cx,
                    cy - size * 0.35,
                    str(number),
                    fontName=FONT_BOLD,
                    fontSize=size,
                    fillColor=CATEGORY_INK[d.category],
                    textAnchor="middle",
                )
            )
    return drawing


def category_legend(width: float, texts: ExportTexts = SWEDISH) -> Drawing:
    drawing = _drawing(width, 16)
    x = 0.0
    for category, fill in CATEGORY_FILL.items():
        label = texts.choice(category)
        drawing.add(Circle(x + 5, 7, 5, fillColor=fill, strokeColor=None))
        drawing.add(String(x + 14, 4, label, fontName=FONT, fontSize=8, fillColor=INK))
        x += 24 + len(label) * 4.6
    drawing.add(
        String(
            width,
            4,
            texts.gettext("Större bubbla = fler prickar"),
            fontName=FONT,
            fontSize=8,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    return drawing


def status_chart(
    counts: Sequence[tuple[ActionStatus, int]], width: float, texts: ExportTexts = SWEDISH
) -> Drawing:
    """One bar per stored action status with its count (overdue is told apart, in the table)."""
    row, label_width = 17, 90
    height = row * len(counts) + 4
    drawing = _drawing(width, height)
    most = max((n for _, n in counts), default=0) or 1
    plot = width - label_width - 40
    for index, (status, count) in enumerate(counts):
        label = texts.choice(status)
        centre = height - row * index - row / 2
        drawing.add(
            String(
                label_width - 8,
                centre - 3,
                label,
                fontName=FONT,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        bar = plot * count / most
        if count:
            drawing.add(
                Rect(
                    label_width,
                    centre - 6,
                    bar,
                    12,
                    fillColor=STATUS_FILL[status],
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                label_width + bar + 5,
                centre - 3,
                str(count),
                fontName=FONT_BOLD,
                fontSize=8.5,
                fillColor=INK,
            )
        )
    return drawing


def area_lights_chart(
    rows: Sequence[tuple[str, Sequence[tuple[TrafficLight, int]], int]],
    width: float,
    texts: ExportTexts = SWEDISH,
) -> Drawing:
    """Per area a bar stacked from its lines' lights (green, yellow, red, not rated), each part
    with its count, and the counts written out in words beside it."""
    row, words_width = 20, 150
    # Wide enough for the longest area name ("Leadership and governance"), at least 120.
    widest = max((stringWidth(printable(label), FONT, 8.5) for label, _, _ in rows), default=0)
    label_width = min(width * 0.3, max(120, widest + 14))
    height = row * len(rows) + 4
    drawing = _drawing(width, height)
    most = max((sum(n for _, n in counts) + unrated for _, counts, unrated in rows), default=0)
    plot = width - label_width - words_width
    unit = plot / (most or 1)
    for index, (label, counts, unrated) in enumerate(rows):
        centre = height - row * index - row / 2
        drawing.add(
            String(
                label_width - 8,
                centre - 3,
                _fit(label, FONT, 8.5, label_width - 12),
                fontName=FONT,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        x = float(label_width)
        parts = [(LIGHT_FILL[light], LIGHT_INK[light], n) for light, n in counts]
        parts.append((NOT_RATED_FILL, NOT_RATED_INK, unrated))
        for fill, ink, count in parts:
            if not count:
                continue
            drawing.add(
                Rect(x, centre - 7, unit * count, 14, fillColor=fill, strokeColor=MARK_EDGE)
            )
            drawing.add(
                String(
                    x + unit * count / 2,
                    centre - 3,
                    str(count),
                    fontName=FONT_BOLD,
                    fontSize=8,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
            x += unit * count
        words = [f"{n} {texts.choice(light).lower()}" for light, n in counts if n]
        if unrated:
            words.append(texts.gettext("{n} inte bedömda").format(n=unrated))
        drawing.add(
            String(
                label_width + plot + 8,
                centre - 3,
                " · ".join(words) or texts.gettext("Inga punkter"),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
            )
        )
    return drawing


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    label: str
    before: float | None
    after: float | None


def before_after_chart(
    bars: Sequence[BeforeAfter],
    width: float,
    *,
    before_label: str,
    after_label: str,
    texts: ExportTexts = SWEDISH,
) -> Drawing:
    """Two bars per dimension on the 1–5 scale, the earlier workshop's above the later one's,
    each with its value written at its end."""
    pair, top, bottom = 30, 6, 34
    widest = max((stringWidth(printable(b.label), FONT, 8.5) for b in bars), default=0)
    label_width = min(width * 0.4, max(150, widest + 12))
    height = top + bottom + pair * len(bars)
    drawing = _drawing(width, height)
    plot_left, plot_right = label_width, width - 30

    def x(value: float) -> float:
        return plot_left + (value - 1) / 4 * (plot_right - plot_left)

    for tick in range(1, 6):
        drawing.add(
            Line(x(tick), bottom - 4, x(tick), height - top, strokeColor=RULE, strokeWidth=0.5)
        )
        drawing.add(
            String(
                x(tick),
                bottom - 14,
                str(tick),
                fontName=FONT,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for index, bar in enumerate(bars):
        centre = height - top - pair * index - pair / 2
        drawing.add(
            String(
                plot_left - 8,
                centre - 3,
                _fit(bar.label, FONT, 8.5, label_width - 12),
                fontName=FONT,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        for value, fill, y in ((bar.before, BEFORE, centre + 1), (bar.after, NAVY, centre - 11)):
            if value is None:
                drawing.add(
                    String(
                        plot_left + 4,
                        y + 2,
                        texts.gettext("Inga svar"),
                        fontName=FONT,
                        fontSize=7.5,
                        fillColor=MUTED,
                    )
                )
                continue
            drawing.add(
                Rect(
                    plot_left,
                    y,
                    max(0.5, x(value) - plot_left),
                    10,
                    fillColor=fill,
                    strokeColor=None,
                )
            )
            drawing.add(
                String(
                    x(value) + 4,
                    y + 2,
                    texts.decimal(value),
                    fontName=FONT_BOLD,
                    fontSize=8,
                    fillColor=INK,
                )
            )
    legend_y = 4
    left = plot_left
    for fill, label in ((BEFORE, before_label), (NAVY, after_label)):
        drawing.add(Rect(left, legend_y, 10, 8, fillColor=fill, strokeColor=None))
        drawing.add(
            String(
                left + 14, legend_y + 1, printable(label), fontName=FONT, fontSize=8, fillColor=INK
            )
        )
        left += 14 + stringWidth(printable(label), FONT, 8) + 16
    return drawing
