"""The tabs above the window's views (Bibliotek, Översikt för samordnare), tall enough for Ö."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar

# Fusion lifts the chosen tab's text two pixels, which put the dots of Översikt's Ö on the
# tab's top edge; a little more height gives them room.
EXTRA_HEIGHT = 6


class ViewTabBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        return QSize(hint.width(), hint.height() + EXTRA_HEIGHT)
