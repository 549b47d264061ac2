"""A list's items wrapped to the width the list paints them in, never cut to "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem


class WrappedListItems(QStyledItemDelegate):
    """Sizes each item of ``view`` (word wrap on) for the width the list paints it in.

    QListView lays an item out as wide as its one-line text when that is a few pixels wider
    than the viewport, but paints it no wider than the viewport less its spacing: a step's name
    ended in "…" with an empty line below it, depending on the list's width. Here the text is
    wrapped for the painted width, and the list lays its items out again when it is resized."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        painted = self._view.viewport().width() - 2 * self._view.spacing()
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect.setWidth(painted)
        hint = super().sizeHint(wrapped, index)
        return QSize(min(hint.width(), painted), hint.height())
