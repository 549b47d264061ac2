"""How a dependency type looks wherever it is drawn: short name, Okabe–Ito colour and shape."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from hallbar_desktop.domain import palette
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.ui.theme import current_theme

_C = DependencyCategory


@dataclass(frozen=True, slots=True)
class CategoryMark:
    short_label: str
    colour: QColor
    text_colour: QColor
    shape: str  # "circle", "square", "diamond" or "hexagon": a second signal besides colour


def _mark(category: DependencyCategory, short_label: str, shape: str) -> CategoryMark:
    swatch = palette.DEPENDENCY_CATEGORY[category]
    return CategoryMark(short_label, QColor(swatch.fill), QColor(swatch.ink), shape)


# The report's matrix has the same colours; each text colour reads at 4.5:1 on its fill.
CATEGORY_MARKS: dict[DependencyCategory, CategoryMark] = {
    _C.DECISION: _mark(_C.DECISION, QT_TRANSLATE_NOOP("Choice", "Beslut"), "circle"),
    _C.PERSON: _mark(_C.PERSON, QT_TRANSLATE_NOOP("Choice", "Person"), "square"),
    _C.ENDURANCE: _mark(_C.ENDURANCE, QT_TRANSLATE_NOOP("Choice", "Uthållighet"), "diamond"),
    _C.OTHER: _mark(_C.OTHER, QT_TRANSLATE_NOOP("Choice", "Annat"), "hexagon"),
}
MARK_OUTLINE = QColor(palette.MARK_OUTLINE)  # the light theme's; painting asks the theme in use


def mark_path(shape: str, centre: QPointF, radius: float) -> QPainterPath:
    """The outline of one mark; every shape fills about the same area as the circle."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if shape == "square":
        side = radius * 1.75
        path.addRoundedRect(QRectF(x - side / 2, y - side / 2, side, side), 3, 3)
    elif shape == "diamond":
        r = radius * 1.25
        path.addPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
        path.closeSubpath()
    elif shape == "hexagon":
        r = radius * 1.08
        corners = [
            QPointF(x + r * math.cos(math.radians(a)), y + r * math.sin(math.radians(a)))
            for a in range(0, 360, 60)
        ]
        path.addPolygon(QPolygonF(corners))
        path.closeSubpath()
    else:
        path.addEllipse(centre, radius, radius)
    return path


def category_icon(category: DependencyCategory, size: int = 16) -> QIcon:
    """A small mark for tables and buttons, so they double as the matrix legend; in the theme
    in use when it is made."""
    mark = CATEGORY_MARKS[category]
    theme = current_theme()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(theme.mark_outline), 1))
    painter.setBrush(QColor(theme.dependency_category[category].fill))
    painter.drawPath(mark_path(mark.shape, QPointF(size / 2, size / 2), size * 0.36))
    painter.end()
    return QIcon(pixmap)
