"""A row of controls whose last ones go on a second row where the first does not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget


class FoldingRow(QObject):
    """Moves ``tail`` (the last widgets of the row ``first``) to ``second``, a row below it,
    while ``first`` would need more than the width of ``owner`` to show every text whole (a
    larger text size, English), and back when it fits again. Decided again when the owner is
    resized or a control's text or size changes.

    Qt's layouts would squeeze a button or a check box below its text, and a label would widen
    the window past the screen."""

    def __init__(
        self, owner: QWidget, first: QBoxLayout, second: QBoxLayout, tail: tuple[QWidget, ...]
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._first = first
        self._second = second
        self._tail = tail
        # Where each goes back to in the first row, and with what stretch.
        self._places = [(first.indexOf(w), first.stretch(first.indexOf(w))) for w in tail]
        self._pending = False
        owner.installEventFilter(self)

    @property
    def folded(self) -> bool:
        """Whether the tail is on the second row."""
        return bool(self._tail) and self._second.indexOf(self._tail[0]) >= 0

    def one_row_width(self) -> int:
        """The width the row needs to show every text whole on one row."""
        widgets = [w for w in _widgets_of(self._first) if w not in self._tail]
        return _row_width([*widgets, *self._tail], self._first.spacing())

    def two_rows_width(self) -> int:
        """The width the wider of the two rows needs with the tail on the second."""
        widgets = [w for w in _widgets_of(self._first) if w not in self._tail]
        return max(
            _row_width(widgets, self._first.spacing()),
            _row_width(list(self._tail), self._second.spacing()),
        )

    def arrange(self) -> None:
        """The tail on the second row if the row does not fit the owner, else on the first."""
        self._pending = False
        fold = self._room() < self.one_row_width()
        if fold == self.folded:
            return
        if fold:
            for widget, (_index, stretch) in zip(self._tail, self._places, strict=True):
                self._first.removeWidget(widget)
                self._second.addWidget(widget, stretch)
        else:
            for widget, (index, stretch) in zip(self._tail, self._places, strict=True):
                self._second.removeWidget(widget)
                self._first.insertWidget(index, widget, stretch)

    def _room(self) -> int:
        layout = self._owner.layout()
        width = self._owner.width()
        if layout is not None:
            margins = layout.contentsMargins()
            width -= margins.left() + margins.right()
        return width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type()
            in (
                QEvent.Type.Resize,
                QEvent.Type.LayoutRequest,
                QEvent.Type.FontChange,
                QEvent.Type.LanguageChange,
            )
            and not self._pending
        ):
            # Not at once: moving a widget while the layout places it deletes its layout item.
            self._pending = True
            QTimer.singleShot(0, self, self.arrange)
        return False


def _widgets_of(row: QBoxLayout) -> list[QWidget]:
    found = []
    for index in range(row.count()):
        item = row.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            found.append(widget)
    return found


def _row_width(widgets: list[QWidget], spacing: int) -> int:
    shown = [w for w in widgets if not w.isHidden()]
    return sum(whole_text_width(w) for w in shown) + max(len(shown) - 1, 0) * spacing


def whole_text_width(widget: QWidget) -> int:
    """The width ``widget`` shows its whole text in: its size hint, since Qt's layouts squeeze
    a button or a check box below it; nothing for one that shortens its text with "…"
    (an ignored width)."""
    if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
        return widget.minimumWidth()
    return max(widget.sizeHint().width(), widget.minimumSizeHint().width(), widget.minimumWidth())
