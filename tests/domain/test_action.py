"""Overdue actions, their status wording and their order."""

from __future__ import annotations

from datetime import date

import pytest

from hallbar_desktop.domain.action import (
    Action,
    ActionStatus,
    Priority,
    action_order_key,
    days_overdue,
    is_overdue,
)
from hallbar_desktop.domain.errors import ValidationError

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        (date(2026, 11, 25), ActionStatus.NOT_STARTED, True),
        (date(2026, 11, 25), ActionStatus.IN_PROGRESS, True),
        (date(2026, 11, 25), ActionStatus.PAUSED, True),
        (date(2026, 11, 25), ActionStatus.DONE, False),
        (date(2026, 11, 25), ActionStatus.CANCELLED, False),
        (TODAY, ActionStatus.NOT_STARTED, False),  # due today is not late yet
        (date(2026, 11, 27), ActionStatus.NOT_STARTED, False),
        (None, ActionStatus.NOT_STARTED, False),
    ],
)
def test_overdue_when_deadline_passed_and_still_open(
    due: date | None, status: ActionStatus, overdue: bool
) -> None:
    action = Action(title="Ta fram riktlinjer", due_on=due, status=status)
    assert is_overdue(action, TODAY) is overdue
    # Overdue is told beside the status, never instead of it.
    assert days_overdue(action, TODAY) == ((TODAY - due).days if overdue and due else 0)


def test_owner_and_deadline_both_needed() -> None:
    assert not Action(title="a", owner="Enhetschef").has_owner_and_deadline
    assert not Action(title="a", due_on=TODAY).has_owner_and_deadline
    assert not Action(title="a", owner="  ", due_on=TODAY).has_owner_and_deadline
    assert Action(title="a", owner="Enhetschef", due_on=TODAY).has_owner_and_deadline


def test_order_is_priority_then_deadline_with_missing_deadlines_last() -> None:
    actions = [
        Action(title="låg", priority=Priority.LOW, due_on=date(2026, 1, 1)),
        Action(title="hög utan datum", priority=Priority.HIGH),
        Action(title="hög sen", priority=Priority.HIGH, due_on=date(2027, 1, 1)),
        Action(title="hög tidig", priority=Priority.HIGH, due_on=date(2026, 12, 1)),
        Action(title="medel", priority=Priority.MEDIUM, due_on=date(2026, 12, 1)),
    ]
    assert [a.title for a in sorted(actions, key=action_order_key)] == [
        "hög tidig",
        "hög sen",
        "hög utan datum",
        "medel",
        "låg",
    ]


def test_deadline_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Action(title="a", start_on=date(2026, 5, 1), due_on=date(2026, 4, 30))
    assert caught.value.field == "due_on"


def test_title_is_required_and_limited() -> None:
    with pytest.raises(ValidationError):
        Action(title="")
    with pytest.raises(ValidationError):
        Action(title="x" * 121)
    Action(title="x" * 120)
