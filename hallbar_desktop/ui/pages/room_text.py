"""Text the room reads from a projector: larger sizes, quiet secondary text, refillable grids."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QLayout, QWidget

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
