"""The region chart's date axis: month marks a person can read the dates off."""

from __future__ import annotations

from datetime import date

from hallbar_desktop.ui.charts.readiness_over_time_chart import month_marks


def test_a_few_months_are_marked_month_by_month() -> None:
    assert month_marks(date(2026, 3, 12), date(2026, 7, 2)) == [
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 6, 1),
        date(2026, 7, 1),
    ]


def test_two_years_are_marked_by_quarter_and_never_crowd() -> None:
    marks = month_marks(date(2024, 11, 20), date(2026, 8, 2))
    assert marks[0] == date(2025, 1, 1) and marks[-1] == date(2026, 7, 1)
    assert all(m.month in (1, 4, 7, 10) for m in marks)
    assert len(marks) <= 8


def test_a_long_span_stays_within_eight_marks() -> None:
    for first, last in (
        (date(2015, 1, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 30)),
    ):
        marks = month_marks(first, last)
        assert len(marks) <= 8
        assert all(first < m <= last for m in marks)
