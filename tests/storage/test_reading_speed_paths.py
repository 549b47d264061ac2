"""Reading many rows takes the short way for ordinary values and still names every bad one."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.data_problems import OUT_OF_RANGE, UNKNOWN_CHOICE
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, DependencyStatus
from hallbar_desktop.storage.row_mapping import RowReader

COLUMNS = ("category", "title", "impact", "status")


def test_a_known_choice_is_read_without_calling_its_enum_and_bad_values_keep_their_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A roll-up reads a choice in every other field of some 100,000 rows: a stored code is
    looked up, not passed through the enum's constructor each time. An unknown code and a
    value the record refuses are still named with what the file holds."""
    read = RowReader(Dependency, COLUMNS)
    called: list[object] = []
    from_code = DependencyStatus.from_code.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        DependencyStatus,
        "from_code",
        classmethod(lambda cls, code: (called.append(code), from_code(cls, code))[1]),
    )

    made = read(("decision", "Kriterier", 3, "new"))
    assert (made.category, made.status, made.impact) == (
        DependencyCategory.DECISION,
        DependencyStatus.NEW,
        3,
    )
    assert read.faults == ()
    assert called == []

    made = read(("decision", "Kriterier", 9, "closed_for_good"))
    assert made.status is DependencyStatus.NEW and made.impact is None
    named = {f.field: (f.raw, f.reason) for f in read.faults}
    assert named == {
        "status": ("closed_for_good", UNKNOWN_CHOICE),
        "impact": (9, OUT_OF_RANGE),
    }
    assert called == ["closed_for_good"]
