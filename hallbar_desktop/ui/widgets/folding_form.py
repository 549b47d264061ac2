"""A form of two label-and-field columns that folds into one where its words need the room."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLayout, QWidget

# A choice longer than this many characters may end in "…" in a closed drop-down (its list
# shows it whole) rather than fold the form: Var finns beroendet? has one of 62.
LONGEST_COUNTED_CHOICE = 32


@dataclass(frozen=True)
class _Place:
    """Where a widget or a layout of the grid was put in Designer."""

    part: QWidget | QLayout
    row: int
    column: int
    column_span: int
    alignment: Qt.AlignmentFlag


class FoldingForm(QObject):
    """Keeps ``grid`` (label | field | label | field, as made in Designer) in its two columns
    of pairs while the room it has shows every label and every choice whole, and otherwise puts
    each right-hand pair on a row of its own below its left-hand one; a grid of check boxes
    (``boxes``, in a cell of the grid) gets as many columns as fit, up to the ones it was made
    with. Decided again when the room or the text size changes.

    ``room`` is the widget whose width the form may fill: a scroll area's viewport, so that a
    form wider than it never needs scrolling sideways."""

    def __init__(self, grid: QGridLayout, room: QWidget, boxes: QGridLayout | None = None) -> None:
        super().__init__(grid)
        self._grid = grid
        self._room = room
        self._boxes = boxes
        self._box_columns = boxes.columnCount() if boxes is not None else 0
        self._places = [self._place_of(index) for index in range(grid.count())]
        self.folded = False
        self._pending = False
        room.installEventFilter(self)
        form = grid.parentWidget()
        if form is not None:
            form.installEventFilter(self)

    def _place_of(self, index: int) -> _Place:
        row, column, _rows, columns = self._grid.getItemPosition(index)
        item = self._grid.itemAt(index)
        # The part, not its item: the grid deletes a widget's item when the widget moves.
        part = item.widget() or item.layout()
        assert part is not None
        return _Place(part, row, column, columns, item.alignment())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._room and event.type() == QEvent.Type.Resize:
            self.arrange()
        elif (
            event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange)
            and not self._pending
        ):
            # A label's or a choice's width changed (a new text size, a new language): decided
            # once the other widgets have their new fonts too.
            self._pending = True
            QTimer.singleShot(0, self, self._arrange_pending)
        return False

    def _arrange_pending(self) -> None:
        self._pending = False
        self.arrange()

    def arrange(self) -> None:
        """Two columns of pairs if they fit the room, else one; the boxes in as many columns as
        fit beside the labels."""
        room = self._room_width()
        labels, fields = self._column_widths()
        side_by_side = sum(labels) + sum(fields) + 3 * self._grid.horizontalSpacing()
        fold = side_by_side > room
        if fold != self.folded:
            self.folded = fold
            self._place_items()
        # The grid shares out the room by size hints, where the longest choice of a left-hand
        # drop-down would take a right-hand one's room: each column keeps what it was counted.
        wanted = (max(labels), 0, 0, 0) if fold else (labels[0], fields[0], labels[1], fields[1])
        for column, width in enumerate(wanted):
            if self._grid.columnMinimumWidth(column) != width:
                self._grid.setColumnMinimumWidth(column, width)
        if self._boxes is not None:
            label_width = max(labels) if fold else labels[0]
            self._place_boxes(room - label_width - self._grid.horizontalSpacing())

    def _room_width(self) -> int:
        """The room's width less the margins of the layouts between it and the grid."""
        width = self._room.width()
        widget = self._grid.parentWidget()
        while widget is not None and widget is not self._room:
            layout = widget.layout()
            if layout is not None:
                margins = layout.contentsMargins()
                width -= margins.left() + margins.right()
            widget = widget.parentWidget()
        return width

    def _column_widths(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """The widest label of each pair's column, and the widest field (by its size hint)."""
        widths = [0, 0, 0, 0]
        for place in self._places:
            if place.column_span == 1 and not (
                isinstance(place.part, QWidget) and place.part.isHidden()
            ):
                widths[place.column] = max(widths[place.column], _counted_width(place.part))
        return (widths[0], widths[2]), (widths[1], widths[3])

    def _place_items(self) -> None:
        row = 0
        for original in sorted({p.row for p in self._places}):
            in_row = [p for p in self._places if p.row == original]
            left = [p for p in in_row if p.column < 2]
            right = [p for p in in_row if p.column >= 2]
            if self.folded:
                if left:
                    for place in left:
                        self._put(place, row, place.column, 1)
                    row += 1
                if right:
                    for place in right:
                        self._put(place, row, place.column - 2, 1)
                    row += 1
            else:
                for place in in_row:
                    self._put(place, original, place.column, place.column_span)
        self._grid.invalidate()

    def _put(self, place: _Place, row: int, column: int, columns: int) -> None:
        if isinstance(place.part, QWidget):
            self._grid.removeWidget(place.part)
            self._grid.addWidget(place.part, row, column, 1, columns, place.alignment)
        else:
            self._grid.removeItem(place.part)
            self._grid.addLayout(place.part, row, column, 1, columns, place.alignment)

    def _place_boxes(self, width: int) -> None:
        boxes = self._boxes
        assert boxes is not None
        widgets = [
            item.widget()
            for item in (boxes.itemAt(i) for i in range(boxes.count()))
            if item is not None and item.widget() is not None
        ]
        columns = self._box_columns
        while columns > 1 and _boxes_width(widgets, columns, boxes) > width:
            columns -= 1
        if _in_order(boxes, widgets, columns):
            return
        for widget in widgets:
            boxes.removeWidget(widget)
        for index, widget in enumerate(widgets):
            boxes.addWidget(widget, index // columns, index % columns)


def _counted_width(part: QWidget | QLayout) -> int:
    """The width ``part`` asks for; a drop-down's for its longest choice, or for
    LONGEST_COUNTED_CHOICE characters and its arrow when that is longer."""
    if isinstance(part, QLayout):
        return part.sizeHint().width()
    wide = max(part.sizeHint().width(), part.minimumWidth())
    if isinstance(part, QComboBox):
        metrics = part.fontMetrics()
        texts = max(
            (metrics.horizontalAdvance(part.itemText(i)) for i in range(part.count())), default=0
        )
        longest = metrics.averageCharWidth() * LONGEST_COUNTED_CHOICE
        return min(wide, wide - texts + longest)
    return wide


def _boxes_width(widgets: list[QWidget], columns: int, boxes: QGridLayout) -> int:
    widths = [0] * columns
    for index, widget in enumerate(widgets):
        widths[index % columns] = max(widths[index % columns], widget.sizeHint().width())
    margins = boxes.contentsMargins()
    return (
        sum(widths) + (columns - 1) * boxes.horizontalSpacing() + margins.left() + margins.right()
    )


def _in_order(boxes: QGridLayout, widgets: list[QWidget], columns: int) -> bool:
    for index, widget in enumerate(widgets):
        row, column, _rows, _columns = boxes.getItemPosition(boxes.indexOf(widget))
        if (row, column) != (index // columns, index % columns):
            return False
    return True
