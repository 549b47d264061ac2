"""Colours and number texts the readiness charts share: Okabe–Ito, decimal comma."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from hallbar_desktop.domain.choices import TrafficLight
from hallbar_desktop.domain.readiness import ScaleAnchor

# A diverging Okabe–Ito scale: orange for low, blue for high; yellow in the middle stays
# distinct from the grey of "Vet ej" also for colour-blind viewers.
SCALE_FILL = {
    1: QColor("#D55E00"),
    2: QColor("#E69F00"),
    3: QColor("#F0E442"),
    4: QColor("#56B4E9"),
    5: QColor("#0072B2"),
}
DONT_KNOW_FILL = QColor("#BBBBBB")
LIGHT_FILL = {
    TrafficLight.RED: QColor("#D55E00"),
    TrafficLight.YELLOW: QColor("#E69F00"),
    TrafficLight.GREEN: QColor("#009E73"),
}
INK = QColor("#1A1A1A")
MUTED = QColor("#555555")
GRID = QColor("#C8C8C8")
WARNING_INK = QColor("#B34700")  # dark orange text, ≥ 4.5:1 on white
WHITE = QColor("#FFFFFF")


def scale_fill(value: int, *, higher_is_worse: bool = False) -> QColor:
    """The colour of an answer; reversed where a high value means more risk."""
    return SCALE_FILL[6 - value if higher_is_worse else value]


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
    items.append(
        f'<span style="background-color:{DONT_KNOW_FILL.name()};">&nbsp;'
        f"{escape(dont_know)}&nbsp;</span>"
    )
    return "&nbsp;&nbsp; ".join(items)


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def ink_on(fill: QColor) -> QColor:
    """Black or white text, whichever has the higher WCAG contrast on ``fill``."""
    luminance = _luminance(fill)
    on_white = 1.05 / (luminance + 0.05)
    on_black = (luminance + 0.05) / (_luminance(INK) + 0.05)
    return WHITE if on_white > on_black else INK


def decimal_text(value: float | None, decimals: int = 1) -> str:
    """3,4 with the Swedish decimal comma; a dash where there is no value."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def median_text(value: float | None) -> str:
    """A median is written without decimals when it is a whole number (4, but 3,5)."""
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else decimal_text(value)
