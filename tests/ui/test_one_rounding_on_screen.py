"""The screen writes a figure as the exports do: 4,35 is 4,4 everywhere, never Qt's 4,3."""

from __future__ import annotations

from hallbar_desktop.export.plain_text import decimal_comma
from hallbar_desktop.ui.charts.answer_colours import decimal_text, median_text


def test_the_screen_and_the_exports_round_a_mean_the_same_way() -> None:
    for value in (4.25, 4.35, 87 / 20, 1.05, 2.45, 3.75):
        assert decimal_text(value) == decimal_comma(value)
    assert decimal_text(4.35) == "4,4"
    assert median_text(3.5) == "3,5"
    assert median_text(4.0) == "4"
