"""Handuppräckning: the sentence about a refused count goes once a count is stored."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from hallbar_desktop.domain.workshop import InputMode
from hallbar_desktop.ui.models.tally_table_model import COUNTED_VALUES, FIRST_COUNT_COLUMN
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.rating_page import RatingPage


def test_a_refused_count_is_no_longer_reported_after_a_stored_one(
    qtbot,
    empty_workshop: OpenWorkshop,  # type: ignore[no-untyped-def]
) -> None:
    empty_workshop.update_workshop(
        dataclasses.replace(empty_workshop.contents.workshop, input_mode=InputMode.HAND_COUNT),
        "Sätt att svara",
    )
    page = RatingPage(empty_workshop)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    QApplication.processEvents()
    model = page.tallies
    cell = model.index(0, FIRST_COUNT_COLUMN + COUNTED_VALUES.index(3))
    assert model.setData(cell, 20000) is False
    assert page.ui.tally_problem_label.isVisible()
    assert model.setData(cell, 2) is True
    assert not page.ui.tally_problem_label.isVisible()
    assert model.index(0, FIRST_COUNT_COLUMN + COUNTED_VALUES.index(3)).data() == "2"
