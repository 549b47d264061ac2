"""Colours and number texts the readiness charts share: Okabe–Ito, decimal comma."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.palette import Theme
from hallbar_desktop.domain.readiness import ScaleAnchor
from hallbar_desktop.domain.rounding import half_up
from hallbar_desktop.ui.theme import current_theme

# Each answer has the colour of the traffic light its median would get (see domain.palette);
# the grey of "Vet ej" stays apart from all of them, also for colour-blind viewers. Every theme
# has these fills; what is drawn on the page around them comes from chart_colours().
SCALE_FILL = {value: QColor(swatch.fill) for value, swatch in palette.ANSWER.items()}
DONT_KNOW_FILL = QColor(palette.DONT_KNOW.fill)
LIGHT_FILL = {light: QColor(swatch.fill) for light, swatch in palette.TRAFFIC_LIGHT.items()}


@dataclass(frozen=True, slots=True)
class ChartColours:
    """What the charts paint with, in one theme's colours."""

    scale_fill: Mapping[int, QColor]
    dont_know_fill: QColor
    light_fill: Mapping[TrafficLight, QColor]
    ink: QColor
    muted: QColor
    grid: QColor
    warning_ink: QColor
    page: QColor
    outline: QColor  # edges a light's bar and dot: yellow is faint on white
    focus_ring: QColor
    dot_votes: QColor


def _colours_of(theme: Theme) -> ChartColours:
    return ChartColours(
        scale_fill={value: QColor(swatch.fill) for value, swatch in theme.answer.items()},
        dont_know_fill=QColor(theme.dont_know.fill),
        light_fill={light: QColor(swatch.fill) for light, swatch in theme.traffic_light.items()},
        ink=QColor(theme.text),
        muted=QColor(theme.secondary_text),
        grid=QColor(theme.chart_grid),
        warning_ink=QColor(theme.problem_text),
        page=QColor(theme.page),
        outline=QColor(theme.mark_outline),
        focus_ring=QColor(theme.focus_ring),
        dot_votes=QColor(theme.dot_votes),
    )


# Made once per theme: a chart asks at every paint, and a theme can change between two paints.
_MADE: dict[str, tuple[Theme, ChartColours]] = {}


def chart_colours(theme: Theme | None = None) -> ChartColours:
    """The charts' colours in ``theme``, by default the theme the application draws in now."""
    theme = theme or current_theme()
    made = _MADE.get(theme.code)
    if made is None or made[0] is not theme:
        made = _MADE[theme.code] = (theme, _colours_of(theme))
    return made[1]


def scale_fill(
    value: int, *, higher_is_worse: bool = False, fills: Mapping[int, QColor] = SCALE_FILL
) -> QColor:
    """The colour of an answer in ``fills``; reversed where a high value means more risk."""
    return fills[6 - value if higher_is_worse else value]


def scale_legend_html(
    scale: Iterable[ScaleAnchor], dont_know: str, *, higher_is_worse: bool = False
) -> str:
    """Rich text for a legend: each answer's colour with its number, then its label, and
    ``dont_know`` ("Vet ej", translated by the caller) in its grey."""
    items = []
    for anchor in scale:
        fill = scale_fill(anchor.value, higher_is_worse=higher_is_worse)
        items.append(
            f'<span style="background-color:{fill.name()}; color:{ink_on(fill).name()};">'
            f"&nbsp;{anchor.value}&nbsp;</span>&nbsp;{escape(anchor.label)}"
        )
    grey, on_grey = DONT_KNOW_FILL.name(), ink_on(DONT_KNOW_FILL).name()
    items.append(
        f'<span style="background-color:{grey}; color:{on_grey};">&nbsp;'
        f"{escape(dont_know)}&nbsp;</span>"
    )
    return "&nbsp;&nbsp; ".join(items)


def draw_focus_frame(painter: QPainter, widget: QWidget) -> None:
    """The dotted frame in the focus ring's colour that a chart with the keyboard in it shows, as
    the dependency matrix does: a chart is a Tab stop so that a screen reader reads its
    figures, and Tab must show where it went."""
    painter.save()
    painter.setPen(QPen(chart_colours().focus_ring, 2, Qt.PenStyle.DotLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(widget.rect()).adjusted(1, 1, -1, -1))
    painter.restore()


def ink_on(fill: QColor) -> QColor:
    """Black or white text, whichever has the higher WCAG contrast on ``fill``."""
    return QColor(palette.text_on(fill.name()))


def decimal_text(value: float | None, decimals: int = 1) -> str:
    """3,4 with the Swedish decimal comma; a dash where there is no value."""
    if value is None:
        return "–"
    # Qt rounds the binary value (4,35 → 4,3); the one rule rounds it as the exports do.
    return QLocale().toString(half_up(float(value), decimals), "f", decimals)


def median_text(value: float | None) -> str:
    """A median is written without decimals when it is a whole number (4, but 3,5)."""
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else decimal_text(value)
