"""Dot votes ranked: one row per item, most dots first, with the count written beside its bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hallbar_desktop.ui.charts.answer_colours import chart_colours
from hallbar_desktop.ui.charts.statement_distribution_chart import WRAP, chart_font

ROW_GAP = 10


@dataclass(frozen=True, slots=True)
class VotedItem:
    """One row: the number the item carries elsewhere (matrix, table), its text and its dots."""

    number: int
    text: str
    votes: int
    detail: str = ""  # e.g. the dependency's type, written small after the text


def ranked(items: tuple[VotedItem, ...]) -> tuple[VotedItem, ...]:
    """Most dots first; equal counts keep their own order (list number)."""
    return tuple(sorted(items, key=lambda item: (-item.votes, item.number)))


class RankedVotesChart(QWidget):
    """Rows of rank, number and text, a bar as long as the share of the most-voted item, and
    "5 prickar" written out; sized from the font, so a large font makes it projector-sized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[VotedItem, ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(320)

    def set_items(self, items: tuple[VotedItem, ...]) -> None:
        self._items = ranked(items)
        self.setAccessibleDescription("\n".join(self.lines()))
        self.updateGeometry()
        self.update()

    def items(self) -> tuple[VotedItem, ...]:
        return self._items

    def votes_text(self, votes: int) -> str:
        return self.tr("%n prickar", "", votes)

    def lines(self) -> list[str]:
        return [
            f"{rank}. ({item.number}) {item.text}: {self.votes_text(item.votes)}"
            for rank, item in enumerate(self._items, start=1)
        ]

    # --- geometry --------------------------------------------------------------------------

    def _columns(self, width: int) -> tuple[int, int, int, int]:
        """x and width of the text column, then of the bar column."""
        metrics = QFontMetrics(chart_font(self.font(), bold=True))
        rank_width = metrics.horizontalAdvance("00.") + 8
        text_width = int((width - rank_width) * 0.55)
        bar_left = rank_width + text_width + 16
        return rank_width, text_width, bar_left, max(width - bar_left, 60)

    def _row_heights(self, width: int) -> list[int]:
        _rank, text_width, _bar_left, _bar_width = self._columns(width)
        metrics = QFontMetrics(chart_font(self.font()))
        line = QFontMetrics(chart_font(self.font(), bold=True)).height()
        return [
            max(
                metrics.boundingRect(
                    QRect(0, 0, text_width, 10_000), WRAP, self._label(i)
                ).height(),
                int(line * 1.3),
            )
            for i in self._items
        ]

    def _label(self, item: VotedItem) -> str:
        number = self.tr("nr {0}").format(item.number)
        return (
            f"{item.text} ({item.detail}, {number})" if item.detail else f"{item.text} ({number})"
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._row_heights(width)
        return sum(heights) + ROW_GAP * max(len(heights) - 1, 0)

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(max(self.width(), 320)))

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self.setMinimumHeight(self.heightForWidth(self.width()))
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_font = chart_font(self.font())
        bold_font = chart_font(self.font(), bold=True)
        bold_metrics = QFontMetrics(bold_font)
        rank_width, text_width, bar_left, bar_width = self._columns(self.width())
        most = max((item.votes for item in self._items), default=0)
        count_width = bold_metrics.horizontalAdvance(self.votes_text(88)) + 12
        top = 0
        for rank, (item, height) in enumerate(
            zip(self._items, self._row_heights(self.width()), strict=True), start=1
        ):
            painter.setFont(bold_font)
            painter.setPen(colours.ink)
            painter.drawText(
                QRect(0, top, rank_width, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{rank}.",
            )
            painter.setFont(text_font)
            painter.drawText(
                QRect(rank_width, top, text_width, height),
                WRAP | int(Qt.AlignmentFlag.AlignVCenter),
                self._label(item),
            )
            room = max(bar_width - count_width, 20)
            length = room * item.votes / most if most else 0.0
            bar_height = bold_metrics.height() * 0.9
            if length > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.dot_votes)
                painter.drawRect(
                    QRectF(bar_left, top + (height - bar_height) / 2, length, bar_height)
                )
            painter.setFont(bold_font)
            painter.setPen(colours.ink if item.votes else colours.muted)
            painter.drawText(
                QRectF(bar_left + length + 8, top, count_width, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.votes_text(item.votes),
            )
            top += height + ROW_GAP
        painter.end()
