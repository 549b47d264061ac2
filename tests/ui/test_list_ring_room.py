"""A list row's focus ring goes around its text, not through the tops of its letters."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget

from hallbar_desktop.ui.keyboard_focus import FocusRingStyle

RING = 3  # the dark ring and the light one inside it, drawn from the row's edge inwards


@pytest.fixture(autouse=True)
def the_apps_style(qapp) -> None:  # type: ignore[no-untyped-def]
    """The style the app runs with (application_setup installs it at start)."""
    if not isinstance(qapp.style(), FocusRingStyle):
        qapp.setStyle(FocusRingStyle("Fusion"))


def test_a_list_row_has_room_for_its_ring_above_and_below_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    steps = QListWidget()
    qtbot.addWidget(steps)
    steps.addItems(["Välkommen och syfte", "Förutsättningar och framgångsfaktorer"])
    steps.show()
    row = steps.visualItemRect(steps.item(0))
    text = steps.fontMetrics().height()
    assert (row.height() - text) / 2 >= RING
