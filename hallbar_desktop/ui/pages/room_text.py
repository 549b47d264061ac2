"""Text the room reads from a projector: larger sizes, quiet secondary text, refillable grids."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QLayout, QWidget

from hallbar_desktop.ui.style_sheet import set_text_role

# Read from the back of a room: body text a size up from the window's, headings larger still.
BODY_SCALE = 1.2
HEADING_SCALE = 1.5


def scale_text(label: QLabel, scale: float, *, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    # A rich-text label measures its wrapped height with the font it had when its text was set;
    # setting the text again makes it measure with the new font.
    label.setText(label.text())


def room_label(text: str, scale: float = BODY_SCALE, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    scale_text(label, scale, bold=bold)
    return label


@dataclass(frozen=True)
class Cell:
    """One label of a LabelGrid: its text and tooltip, and the look it is made with."""

    text: str
    scale: float = BODY_SCALE
    bold: bool = False
    wrap: bool = False
    role: str = ""  # a text role of style_sheet's (SECONDARY, PROBLEM, ...)
    text_format: Qt.TextFormat = Qt.TextFormat.AutoText
    alignment: Qt.AlignmentFlag | None = None  # of the text in its label
    placed: Qt.AlignmentFlag | None = None  # of the label in its cell
    columns: int = 1
    tooltip: str = ""

    def look(self) -> Cell:
        return replace(self, text="", tooltip="")


class LabelGrid:
    """A grid of labels filled again at each refresh that keeps every label whose place and look
    stay and only sets the texts that changed: made anew, a page's hundred-odd labels cost the
    step change to Sammanfattning 40-60 ms of Qt's events, layout and painting each time the
    room's answers had changed it."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self._shown: dict[tuple[int, int], tuple[Cell, QLabel]] = {}

    def show(self, cells: dict[tuple[int, int], Cell]) -> None:
        """Show ``cells`` by (row, column); labels at places not among them go."""
        for place, (cell, label) in list(self._shown.items()):
            wanted = cells.get(place)
            if wanted is None or wanted.look() != cell.look():
                del self._shown[place]
                self.grid.removeWidget(label)
                label.hide()
                label.deleteLater()
        for place, cell in cells.items():
            shown = self._shown.get(place)
            if shown is None:
                label = self._make(cell)
                row, column = place
                if cell.placed is None:
                    self.grid.addWidget(label, row, column, 1, cell.columns)
                else:
                    self.grid.addWidget(label, row, column, 1, cell.columns, cell.placed)
            else:
                label = shown[1]
                if label.text() != cell.text:
                    label.setText(cell.text)
                if label.toolTip() != cell.tooltip:
                    label.setToolTip(cell.tooltip)
            self._shown[place] = (cell, label)

    def labels(self) -> list[QLabel]:
        return [label for _cell, label in self._shown.values()]

    @staticmethod
    def _make(cell: Cell) -> QLabel:
        label = room_label(cell.text, cell.scale, bold=cell.bold)
        if cell.text_format is not Qt.TextFormat.AutoText:
            label.setTextFormat(cell.text_format)
        if cell.wrap:
            label.setWordWrap(True)
        if cell.alignment is not None:
            label.setAlignment(cell.alignment)
        if cell.role:
            set_text_role(label, cell.role)
        if cell.tooltip:
            label.setToolTip(cell.tooltip)
        return label


def clear_grid(grid: QGridLayout) -> None:
    """Remove and delete every widget in ``grid`` before it is filled again."""
    while grid.count():
        item = grid.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().deleteLater()


def settle_later(owner: QWidget, layout: QLayout) -> None:
    """Lay ``layout`` out again once the event loop is free.

    A scroll area sizes its contents from their wrapped height before its scroll bar takes a
    share of the width; without a second pass wrapped labels are cut off at the bottom."""

    def settle() -> None:
        layout.invalidate()
        layout.activate()

    QTimer.singleShot(0, owner, settle)


def lay_out_pairs(
    pairs: tuple[QBoxLayout, ...], width: int, two_columns_from: int, beside: int = 0
) -> None:
    """Each pair side by side when the page is wide enough, one above the other when it is
    not: narrower than ``two_columns_from``, or than the pair's columns need side by side (their
    headings at a larger text size) and ``beside`` (the page's margins and scroll bar)."""
    for pair in pairs:
        side_by_side = width >= two_columns_from and width >= _side_by_side(pair) + beside
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        # Setting the same direction again would needlessly re-run the layout mid-resize.
        if pair.direction() != direction:
            pair.setDirection(direction)


def _side_by_side(pair: QBoxLayout) -> int:
    """The least width of ``pair``'s columns side by side, with the spacing between them."""
    columns = [pair.itemAt(index) for index in range(pair.count())]
    shown = [c for c in columns if c is not None and not c.isEmpty()]
    return sum(c.minimumSize().width() for c in shown) + pair.spacing() * max(len(shown) - 1, 0)
