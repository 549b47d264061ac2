"""One rounding rule: half up from the figure's first 15 digits, as people and Excel round."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.rounding import fixed_point, half_up
from hallbar_desktop.export.plain_text import counted, decimal_comma, signed_decimal_comma


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (4.25, 1, 4.3),  # exact half: Python's round() gives 4,2
        (4.35, 1, 4.4),  # stored as 4,3499…; Excel shows 4,4
        (87 / 20, 1, 4.4),  # a mean that lands on the half
        (2.675, 2, 2.68),
        (4.15, 1, 4.2),
        (4.24, 1, 4.2),
        (-0.25, 1, -0.3),  # halves away from zero, as Excel
        (3.0, 1, 3.0),
        (0.05, 1, 0.1),
    ],
)
def test_halves_round_up(value: float, decimals: int, expected: float) -> None:
    assert half_up(value, decimals) == expected


def test_the_exports_figures_use_the_rule() -> None:
    assert [decimal_comma(v) for v in (4.25, 4.35, 87 / 20)] == ["4,3", "4,4", "4,4"]
    assert decimal_comma(2.5, 0) == "3"
    assert signed_decimal_comma(-0.25) == "−0,3"
    assert signed_decimal_comma(0.25) == "+0,3"
    assert fixed_point(1.005, 2) == "1.01"


def test_a_count_takes_its_nouns_number() -> None:
    assert counted(1, "workshop", "workshoppar") == "1 workshop"
    assert counted(2, "workshop", "workshoppar") == "2 workshoppar"
    assert counted(0, "klar", "klara") == "0 klara"
