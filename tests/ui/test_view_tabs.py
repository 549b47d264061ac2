"""The tabs above the views leave room for the dots of Översikt's Ö on the chosen tab."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from hallbar_desktop.ui.main_window import MainWindow

FUSION_LIFT = 2  # Fusion draws the chosen tab's text this much higher
ROOM = 4  # pixels between the Ö's dots and the tab's top edge


def test_the_chosen_tabs_o_umlaut_keeps_its_dots(window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = window_with_workshop[0]
    window.show()
    tabs = window.view_tabs
    metrics = QFontMetrics(tabs.font())
    above_ascent = -metrics.tightBoundingRect("Ö").top() - metrics.ascent()
    for index in range(tabs.count()):
        height = tabs.tabSizeHint(index).height()
        top_of_text = (height - metrics.height()) // 2 - FUSION_LIFT
        assert top_of_text - above_ascent >= ROOM, tabs.tabText(index)
