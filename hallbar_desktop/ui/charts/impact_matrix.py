"""The impact × influence matrix: numbered dependency marks that can be dragged to another cell."""

from __future__ import annotations

import math
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hallbar_desktop.domain.dependency import (
    HIGH_IMPACT_AT_LEAST,
    IMPACT_LABELS,
    Dependency,
    DependencyCategory,
    Influence,
    Quadrant,
)
from hallbar_desktop.domain.palette import Theme
from hallbar_desktop.ui.charts.dependency_marks import CATEGORY_MARKS, mark_path
from hallbar_desktop.ui.choice_words import choice_text, word_text
from hallbar_desktop.ui.theme import current_theme

# Left to right: the less we can influence it, the further left.
COLUMNS = (Influence.OUTSIDE, Influence.CAN_INFLUENCE, Influence.CONTROL)
IMPACTS_TOP_DOWN = (5, 4, 3, 2, 1)
DRAG_START_DISTANCE = 6
MAX_VOTES_GROWTH = 10
PAD = 8.0
MIN_ROW_HEIGHT = 22.0


@dataclass(frozen=True, slots=True)
class _MatrixColours:
    """What the matrix paints with, in one theme's colours."""

    quadrant: dict[Quadrant, QColor]
    text: QColor
    grid: QColor
    accent: QColor
    focus_ring: QColor
    background: QColor
    selection_ring: QColor
    mark_outline: QColor
    category: dict[DependencyCategory, tuple[QColor, QColor]]  # fill and the text on it

    @classmethod
    def of(cls, theme: Theme) -> _MatrixColours:
        return cls(
            quadrant={q: QColor(fill) for q, fill in theme.quadrant.items()},
            text=QColor(theme.text),
            grid=QColor(theme.matrix_grid),
            accent=QColor(theme.accent),
            focus_ring=QColor(theme.focus_ring),
            background=QColor(theme.page),
            selection_ring=QColor(theme.selection_ring),
            mark_outline=QColor(theme.mark_outline),
            category={
                c: (QColor(swatch.fill), QColor(swatch.ink))
                for c, swatch in theme.dependency_category.items()
            },
        )


@dataclass(frozen=True, slots=True)
class _Mark:
    number: int
    dependency: Dependency
    centre: QPointF
    radius: float


# The plot area, the heights of the two quadrant label bands, and the area below the plot.
_Frame = tuple[QRectF, tuple[float, float], QRectF]


class ImpactMatrix(QWidget):
    """Shows ``(number, dependency)`` pairs: placed ones in their cell, the rest in a row below.

    A click selects (``dependency_selected``); dragging a mark to a cell, or the arrow keys on
    the selected mark, ask to place it (``dependency_placed`` with impact and influence). The
    widget stores nothing itself: the page turns the signal into an undoable edit."""

    dependency_selected = Signal(object)
    dependency_placed = Signal(object, int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[tuple[int, Dependency], ...] = ()
        # The last _frame(): for which size and font, for which marks, and what it was.
        self._measured: tuple[tuple[int, int, str], object, _Frame] | None = None
        self._selected: UUID | None = None
        self._pressed: _Mark | None = None
        self._press_pos = QPointF()
        self._drag_pos: QPointF | None = None
        self._painted_in: tuple[Theme, _MatrixColours] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumWidth(360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Matris: påverkan och påverkbarhet"))
        self.setAccessibleDescription(
            self.tr(
                "Dra ett beroende till en annan ruta, eller välj det och använd piltangenterna: "
                "upp och ner ändrar påverkan, vänster och höger påverkbarheten."
            )
        )

    # --- what is shown ---------------------------------------------------------------------

    def set_dependencies(self, numbered: tuple[tuple[int, Dependency], ...]) -> None:
        self._items = numbered
        if self._pressed and not any(d.id == self._pressed.dependency.id for _, d in numbered):
            self._cancel_drag()
        self.update()

    def set_selected(self, dependency_id: UUID | None) -> None:
        self._selected = dependency_id
        self.update()

    def selected(self) -> UUID | None:
        return self._selected

    def sizeHint(self) -> QSize:
        return QSize(560, 460)

    def minimumSizeHint(self) -> QSize:
        """Tall enough for five rows of marks plus labels, unplaced marks and legend, so a
        splitter never squeezes the legend off the bottom."""
        plot, band, below = self._frame()
        needed = plot.top() + MIN_ROW_HEIGHT * 5 + sum(band) + below.height()
        return QSize(360, int(needed) + 1)

    # --- geometry --------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Axis text, quadrant labels and mark numbers: a little larger than the UI font so the
        back of the room can read them."""
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.05)
        quadrant = QFont(base)
        quadrant.setBold(True)
        number = QFont(base)
        number.setBold(True)
        return base, quadrant, number

    def _frame(self) -> _Frame:
        """The plot area (cells and quadrant label bands), the label band height, and the area
        below the plot for axis labels, unplaced marks and the legend.

        Measured once for a size, font and set of marks: a layout asks for the minimum size
        dozens of times and a paint asks for every cell, and each measuring sets text."""
        key = (self.width(), self.height(), self.font().key())
        cached = self._measured
        if cached is not None and cached[0] == key and cached[1] is self._items:
            plot, band, below = cached[2]
            return QRectF(plot), band, QRectF(below)
        frame = self._measure_frame()
        self._measured = (key, self._items, frame)
        return QRectF(frame[0]), frame[1], QRectF(frame[2])

    def _measure_frame(self) -> _Frame:
        base, quadrant_font, _ = self._fonts()
        fm = QFontMetricsF(base)
        axis_width = max(
            fm.horizontalAdvance(f"{i} {word_text(IMPACT_LABELS[i])}") for i in IMPACTS_TOP_DOWN
        )
        left = PAD + fm.height() + PAD + axis_width + PAD
        right = self.width() - PAD
        plot_width = max(right - left, 120.0)
        column_width = plot_width / 3
        below_height = PAD + self._x_label_height(plot_width) + 4 + fm.height() + PAD
        below_height += self._unplaced_height(plot_width + axis_width + fm.height() + PAD)
        below_height += self._legend_height(self.width() - 3 * PAD - fm.height()) + PAD
        qfm = QFontMetricsF(quadrant_font)

        def label_height(quadrant: Quadrant, span: int) -> float:
            rect = QRectF(0, 0, column_width * span - 10, 1000)
            text = choice_text(quadrant)
            return qfm.boundingRect(rect, Qt.TextFlag.TextWordWrap, text).height() + 6

        # Each half gets its own label band, so a label that wraps in the narrow left column
        # costs room only in its own half.
        band = (
            max(label_height(Quadrant.ESCALATE, 1), label_height(Quadrant.ACT_NOW, 2)),
            max(label_height(Quadrant.MONITOR, 1), label_height(Quadrant.HANDLE_ONGOING, 2)),
        )
        top = PAD
        plot_height = max(self.height() - top - below_height, MIN_ROW_HEIGHT * 5 + sum(band))
        plot = QRectF(left, top, plot_width, plot_height)
        below = QRectF(PAD, plot.bottom(), self.width() - 2 * PAD, below_height)
        return plot, band, below

    def _row_height(self, plot: QRectF, band: tuple[float, float]) -> float:
        return (plot.height() - band[0] - band[1]) / 5

    def cell_rect(self, impact: int, influence: Influence) -> QRectF:
        """Where the marks of one impact and influence are drawn."""
        plot, band, _ = self._frame()
        row_h = self._row_height(plot, band)
        index = IMPACTS_TOP_DOWN.index(impact)
        # A label band sits on top of each half: above impact 5 and above impact 3.
        y = plot.top() + band[0] + index * row_h
        if impact < HIGH_IMPACT_AT_LEAST:
            y += band[1]
        x = plot.left() + COLUMNS.index(influence) * plot.width() / 3
        return QRectF(x, y, plot.width() / 3, row_h)

    def cell_at(self, pos: QPointF) -> tuple[int, Influence] | None:
        """The impact and influence of the cell under ``pos``; a label band counts as the cell
        just below it, so a drop there still lands where the user aimed."""
        plot, band, _ = self._frame()
        if not plot.contains(pos):
            return None
        column = min(int((pos.x() - plot.left()) / (plot.width() / 3)), 2)
        row_h = self._row_height(plot, band)
        y = pos.y() - plot.top()
        high_height = band[0] + 2 * row_h
        if y < high_height:
            index = 0 if y < band[0] else min(int((y - band[0]) / row_h), 1)
        else:
            y -= high_height
            index = 2 + (0 if y < band[1] else min(int((y - band[1]) / row_h), 2))
        return IMPACTS_TOP_DOWN[index], COLUMNS[column]

    def _vote_radius(self, votes: int, base: float) -> float:
        return base * (1 + 0.07 * min(votes, MAX_VOTES_GROWTH))

    def _base_radius(self) -> float:
        _, _, number_font = self._fonts()
        return max(QFontMetricsF(number_font).height() * 0.62, 9.0)

    def _marks(self) -> list[_Mark]:
        base = self._base_radius()
        marks: list[_Mark] = []
        cells: dict[tuple[int, Influence], list[tuple[int, Dependency]]] = {}
        for number, d in self._items:
            if d.impact is not None and d.influence is not None:
                cells.setdefault((d.impact, d.influence), []).append((number, d))
        for (impact, influence), members in cells.items():
            rect = self.cell_rect(impact, influence).adjusted(3, 3, -3, -3)
            n = len(members)
            # Try one to three rows and keep the one that gives each mark the most room.
            rows = max(
                range(1, 4), key=lambda r: min(rect.width() / math.ceil(n / r), rect.height() / r)
            )
            rows = min(rows, n)
            cols = math.ceil(n / rows)
            slot_w, slot_h = rect.width() / cols, rect.height() / rows
            limit = max(min(slot_w, slot_h) / 2 - 2, 4.0)
            for i, (number, d) in enumerate(sorted(members, key=lambda m: m[0])):
                row, col = divmod(i, cols)
                in_row = min(cols, n - row * cols)
                # Centre a short last row instead of leaving it flush left.
                x0 = rect.left() + (rect.width() - in_row * slot_w) / 2
                centre = QPointF(x0 + (col + 0.5) * slot_w, rect.top() + (row + 0.5) * slot_h)
                radius = min(self._vote_radius(d.votes, base), limit)
                marks.append(_Mark(number, d, centre, radius))
        marks.extend(self._unplaced_marks())
        return marks

    def _unplaced(self) -> list[tuple[int, Dependency]]:
        return [(n, d) for n, d in self._items if d.impact is None or d.influence is None]

    def _unplaced_entries(self, width: float) -> list[tuple[int, Dependency, QPointF, QRectF]]:
        """Position of each unplaced mark and its title, flowing left to right in lines,
        relative to the top-left of the unplaced area."""
        base_font, _, _ = self._fonts()
        fm = QFontMetricsF(base_font)
        radius = self._base_radius()
        line_height = max(2 * radius + 6, fm.height() + 6)
        x = fm.horizontalAdvance(self.tr("Inte placerade:")) + PAD
        y = 0.0
        entries = []
        for number, d in self._unplaced():
            title = fm.elidedText(d.title, Qt.TextElideMode.ElideRight, 170)
            entry_width = 2 * radius + 4 + fm.horizontalAdvance(title) + 2 * PAD
            if x + entry_width > width and x > 0:
                x, y = fm.horizontalAdvance(self.tr("Inte placerade:")) + PAD, y + line_height
            centre = QPointF(x + radius, y + line_height / 2)
            text_rect = QRectF(x + 2 * radius + 4, y, entry_width - 2 * radius - 4, line_height)
            entries.append((number, d, centre, text_rect))
            x += entry_width
        return entries

    def _unplaced_height(self, width: float) -> float:
        entries = self._unplaced_entries(width)
        if not entries:
            return 0.0
        return entries[-1][3].bottom() + 4

    def _x_label_height(self, plot_width: float) -> float:
        fm = QFontMetricsF(self._fonts()[0])
        return max(
            fm.boundingRect(
                QRectF(0, 0, plot_width / 3 - 4, 1000), Qt.TextFlag.TextWordWrap, choice_text(c)
            ).height()
            for c in COLUMNS
        )

    def _unplaced_origin(self) -> QPointF:
        plot, _, below = self._frame()
        fm = QFontMetricsF(self._fonts()[0])
        below_axis = PAD + self._x_label_height(plot.width()) + 4 + fm.height() + PAD
        return QPointF(below.left(), plot.bottom() + below_axis)

    def _unplaced_marks(self) -> list[_Mark]:
        plot, _, below = self._frame()
        origin = self._unplaced_origin()
        width = plot.right() - below.left()
        return [
            _Mark(number, d, centre + origin, self._base_radius())
            for number, d, centre, _ in self._unplaced_entries(width)
        ]

    def mark_centre(self, dependency_id: UUID) -> QPointF | None:
        """Where a dependency's mark is drawn now (tests and accessibility use it)."""
        return next((m.centre for m in self._marks() if m.dependency.id == dependency_id), None)

    def _mark_at(self, pos: QPointF) -> _Mark | None:
        hits = [m for m in self._marks() if _distance(m.centre, pos) <= m.radius + 3]
        return min(hits, key=lambda m: _distance(m.centre, pos)) if hits else None

    # --- placing ---------------------------------------------------------------------------

    def drop(self, dependency_id: UUID, pos: QPointF) -> bool:
        """Place a dependency in the cell under ``pos``; False outside the cells or when it
        is already there."""
        cell = self.cell_at(pos)
        dependency = next((d for _, d in self._items if d.id == dependency_id), None)
        if cell is None or dependency is None:
            return False
        impact, influence = cell
        if (dependency.impact, dependency.influence) == (impact, influence):
            return False
        self.dependency_placed.emit(dependency_id, impact, influence)
        return True

    def _cancel_drag(self) -> None:
        self._pressed = None
        self._drag_pos = None
        self.unsetCursor()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        mark = self._mark_at(event.position())
        self._pressed = mark
        self._press_pos = event.position()
        self._drag_pos = None
        if mark is not None:
            self._selected = mark.dependency.id
            self.dependency_selected.emit(mark.dependency.id)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Follows the press recorded above rather than event.buttons(), which synthetic
        # events (QTest) do not always carry.
        if self._pressed is None:
            over = self._mark_at(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
            return
        moved = _distance(event.position(), self._press_pos)
        if self._drag_pos is not None or moved >= DRAG_START_DISTANCE:
            self._drag_pos = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragging = self._pressed, self._drag_pos is not None
        self._cancel_drag()
        if pressed is not None and (
            dragging or _distance(event.position(), self._press_pos) >= DRAG_START_DISTANCE
        ):
            self.drop(pressed.dependency.id, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._pressed is not None:
            self._cancel_drag()
            return
        dependency = next((d for _, d in self._items if d.id == self._selected), None)
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        if dependency is None or key not in steps:
            super().keyPressEvent(event)
            return
        d_impact, d_column = steps[key]
        impact = min(max((dependency.impact or 3) + d_impact, 1), 5)
        column = COLUMNS.index(dependency.influence or Influence.CAN_INFLUENCE) + d_column
        influence = COLUMNS[min(max(column, 0), 2)]
        if (impact, influence) != (dependency.impact, dependency.influence):
            self.dependency_placed.emit(dependency.id, impact, influence)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            mark = self._mark_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if mark is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(mark), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def _tooltip(self, mark: _Mark) -> str:
        d = mark.dependency
        parts = [f"{mark.number}. {d.title}", choice_text(d.category)]
        if d.impact is not None:
            parts.append(
                self.tr("Påverkan: {0} {1}").format(d.impact, word_text(IMPACT_LABELS[d.impact]))
            )
        if d.influence is not None:
            parts.append(self.tr("Påverkbarhet: {0}").format(choice_text(d.influence)))
        parts.append(self.tr("Prickar: {0}").format(d.votes))
        return "\n".join(parts)

    # --- painting --------------------------------------------------------------------------

    def _colours(self) -> _MatrixColours:
        """The theme in use, made into colours once for as long as it stays in use."""
        theme = current_theme()
        if self._painted_in is None or self._painted_in[0] is not theme:
            self._painted_in = (theme, _MatrixColours.of(theme))
        return self._painted_in[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self._colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colours.background)
        plot, band, below = self._frame()
        base_font, quadrant_font, number_font = self._fonts()
        self._paint_quadrants(painter, plot, band, quadrant_font, colours)
        self._paint_grid(painter, plot, band, colours)
        self._paint_axes(painter, plot, band, base_font, colours)
        self._paint_unplaced_label(painter, base_font, colours)
        self._paint_legend(painter, below, base_font, colours)
        dragged = self._pressed.dependency.id if self._pressed and self._drag_pos else None
        for mark in self._marks():
            if mark.dependency.id != dragged:
                self._paint_mark(painter, mark, number_font, colours)
        if self._pressed is not None and self._drag_pos is not None:
            target = self.cell_at(self._drag_pos)
            if target is not None:
                painter.setPen(QPen(colours.accent, 3, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.cell_rect(*target).adjusted(1, 1, -1, -1))
            ghost = _Mark(
                self._pressed.number,
                self._pressed.dependency,
                self._drag_pos,
                self._pressed.radius,
            )
            painter.setOpacity(0.85)
            self._paint_mark(painter, ghost, number_font, colours)
            painter.setOpacity(1.0)
        if self.hasFocus():
            painter.setPen(QPen(colours.focus_ring, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _quadrant_rects(self, plot: QRectF, band: tuple[float, float]) -> dict[Quadrant, QRectF]:
        split_x = plot.left() + plot.width() / 3
        split_y = plot.top() + band[0] + 2 * self._row_height(plot, band)
        return {
            Quadrant.ESCALATE: QRectF(
                plot.left(), plot.top(), split_x - plot.left(), split_y - plot.top()
            ),
            Quadrant.ACT_NOW: QRectF(
                split_x, plot.top(), plot.right() - split_x, split_y - plot.top()
            ),
            Quadrant.MONITOR: QRectF(
                plot.left(), split_y, split_x - plot.left(), plot.bottom() - split_y
            ),
            Quadrant.HANDLE_ONGOING: QRectF(
                split_x, split_y, plot.right() - split_x, plot.bottom() - split_y
            ),
        }

    def _paint_quadrants(
        self,
        painter: QPainter,
        plot: QRectF,
        band: tuple[float, float],
        font: QFont,
        colours: _MatrixColours,
    ) -> None:
        painter.setFont(font)
        for quadrant, rect in self._quadrant_rects(plot, band).items():
            painter.fillRect(rect, colours.quadrant[quadrant])
            painter.setPen(colours.text)
            painter.drawText(
                rect.adjusted(6, 3, -4, 0),
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                choice_text(quadrant),
            )

    def _paint_grid(
        self, painter: QPainter, plot: QRectF, band: tuple[float, float], colours: _MatrixColours
    ) -> None:
        painter.setPen(QPen(colours.grid, 1, Qt.PenStyle.DotLine))
        for influence in COLUMNS[1:]:
            x = self.cell_rect(5, influence).left()
            painter.drawLine(QPointF(x, plot.top() + band[0]), QPointF(x, plot.bottom()))
        for impact in (5, 4, 3, 2, 1):
            r = self.cell_rect(impact, Influence.OUTSIDE)
            painter.drawLine(QPointF(plot.left(), r.bottom()), QPointF(plot.right(), r.bottom()))
        quadrants = self._quadrant_rects(plot, band)
        painter.setPen(QPen(colours.text, 2))
        split = quadrants[Quadrant.ACT_NOW]
        painter.drawLine(split.topLeft(), QPointF(split.left(), plot.bottom()))
        painter.drawLine(
            QPointF(plot.left(), split.bottom()), QPointF(plot.right(), split.bottom())
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

    def _paint_axes(
        self,
        painter: QPainter,
        plot: QRectF,
        band: tuple[float, float],
        font: QFont,
        colours: _MatrixColours,
    ) -> None:
        fm = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(colours.text)
        for impact in IMPACTS_TOP_DOWN:
            r = self.cell_rect(impact, Influence.OUTSIDE)
            painter.drawText(
                QRectF(0, r.top(), plot.left() - PAD, r.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{impact} {word_text(IMPACT_LABELS[impact])}",
            )
        for influence in COLUMNS:
            r = self.cell_rect(1, influence)
            painter.drawText(
                QRectF(r.left() + 2, plot.bottom() + 4, r.width() - 4, 1000),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                choice_text(influence),
            )
        x_label_height = self._x_label_height(plot.width())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(
                plot.left(), plot.bottom() + 4 + x_label_height + 2, plot.width(), fm.height() + 4
            ),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            self.tr("Påverkbarhet / rådighet →"),
        )
        painter.save()
        painter.translate(PAD, plot.bottom())
        painter.rotate(-90)
        title = self.tr("Påverkan om det inte hanteras →")
        # Measured in the bold font it is drawn in.
        if QFontMetricsF(bold).horizontalAdvance(title) > plot.height():
            title = self.tr("Påverkan →")
        painter.drawText(
            QRectF(0, 0, plot.height(), fm.height() + 2),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            title,
        )
        painter.restore()

    def _paint_unplaced_label(
        self, painter: QPainter, font: QFont, colours: _MatrixColours
    ) -> None:
        marks = self._unplaced_marks()
        if not marks:
            return
        fm = QFontMetricsF(font)
        origin = self._unplaced_origin()
        painter.setFont(font)
        painter.setPen(colours.text)
        first = marks[0].centre
        painter.drawText(
            QPointF(origin.x(), first.y() + fm.ascent() / 2 - fm.descent() / 2),
            self.tr("Inte placerade:"),
        )
        plot, _, below = self._frame()
        for number, d, centre, text_rect in self._unplaced_entries(plot.right() - below.left()):
            del number, centre
            title = fm.elidedText(d.title, Qt.TextElideMode.ElideRight, 170)
            painter.drawText(
                text_rect.translated(origin),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                title,
            )

    def _legend_entries(
        self, width: float
    ) -> list[tuple[DependencyCategory | None, str, float, int]]:
        """Each legend entry (a type, or None for the note on size) with its x and line,
        wrapping to a new line where the widget is narrow."""
        fm = QFontMetricsF(self._fonts()[0])
        radius = fm.height() * 0.38
        entries: list[tuple[DependencyCategory | None, str, float, int]] = []
        x, line = 0.0, 0
        items: list[tuple[DependencyCategory | None, str]] = [
            (c, word_text(CATEGORY_MARKS[c].short_label)) for c in DependencyCategory
        ]
        items.append((None, self.tr("Större markering = fler prickar")))
        for category, text in items:
            entry_width = (2 * radius + 4 if category else 0) + fm.horizontalAdvance(text)
            if x > 0 and x + entry_width > width:
                x, line = 0.0, line + 1
            entries.append((category, text, x, line))
            x += entry_width + 2 * PAD
        return entries

    def _legend_height(self, width: float) -> float:
        fm = QFontMetricsF(self._fonts()[0])
        lines = self._legend_entries(width)[-1][3] + 1
        return lines * fm.height() * 1.5 + PAD / 2

    def _paint_legend(
        self, painter: QPainter, below: QRectF, font: QFont, colours: _MatrixColours
    ) -> None:
        fm = QFontMetricsF(font)
        painter.setFont(font)
        width = below.width() - fm.height() - PAD
        top = below.bottom() - self._legend_height(width)
        left = below.left() + fm.height() + PAD
        radius = fm.height() * 0.38
        for category, text, x, line in self._legend_entries(width):
            y = top + (line + 0.5) * fm.height() * 1.5
            x += left
            if category is not None:
                look = CATEGORY_MARKS[category]
                painter.setPen(QPen(colours.text, 1))
                painter.setBrush(colours.category[category][0])
                painter.drawPath(mark_path(look.shape, QPointF(x + radius, y), radius))
                x += 2 * radius + 4
            painter.setPen(colours.text)
            painter.drawText(QPointF(x, y + fm.ascent() / 2 - fm.descent() / 2), text)

    def _paint_mark(
        self, painter: QPainter, mark: _Mark, font: QFont, colours: _MatrixColours
    ) -> None:
        look = CATEGORY_MARKS[mark.dependency.category]
        fill, ink = colours.category[mark.dependency.category]
        path = mark_path(look.shape, mark.centre, mark.radius)
        if mark.dependency.id == self._selected:
            painter.setPen(QPen(colours.selection_ring, 7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(colours.background, 3))
            painter.drawPath(path)
        painter.setPen(QPen(colours.mark_outline, 1.2))
        painter.setBrush(fill)
        painter.drawPath(path)
        text = str(mark.number)
        number_font = QFont(font)
        fm = QFontMetricsF(number_font)
        # Shrink the number rather than let it spill out of a small mark.
        while fm.horizontalAdvance(text) > mark.radius * 1.6 and number_font.pointSizeF() > 6:
            number_font.setPointSizeF(number_font.pointSizeF() - 0.5)
            fm = QFontMetricsF(number_font)
        painter.setFont(number_font)
        painter.setPen(ink)
        box = QRectF(
            mark.centre.x() - mark.radius,
            mark.centre.y() - mark.radius,
            2 * mark.radius,
            2 * mark.radius,
        )
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
