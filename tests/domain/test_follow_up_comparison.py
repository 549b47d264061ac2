"""A follow-up against the workshop it follows up: change per dimension and statement, and
how much of the earlier plan is done."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from hallbar_desktop.domain.action import Action, ActionStatus
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.follow_up_comparison import compare_follow_up
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Variant, Workshop

TODAY = date(2026, 11, 26)


def rated(
    template: ReadinessTemplate,
    values: dict[str, list[int | None]],
    *,
    actions: tuple[Action, ...] = (),
    follows_up: Workshop | None = None,
) -> WorkshopSummary:
    workshop = Workshop(
        title="Uppföljning" if follows_up else "Första",
        variant=Variant.FOLLOW_UP if follows_up else Variant.HALF_DAY,
        follows_up_id=follows_up.id if follows_up else None,
    )
    people = [uuid4() for _ in range(max(len(v) for v in values.values()))]
    ratings = tuple(
        Rating(participant_id=person, statement_code=code, value=value)
        for code, answers in values.items()
        for person, value in zip(people, answers, strict=False)
    )
    return summarize(WorkshopContents(workshop, template, ratings=ratings, actions=actions), TODAY)


def test_change_per_dimension_and_statement(template: ReadinessTemplate) -> None:
    dimension = template.dimensions[0]
    first_code, second_code = (s.code for s in dimension.statements[:2])
    before = rated(template, {first_code: [2, 3], second_code: [2, 2]})
    after = rated(
        template, {first_code: [4, 4], second_code: [None, 3]}, follows_up=before.workshop
    )

    comparison = compare_follow_up(before, after)

    first = next(c for c in comparison.statements if c.code == first_code)
    assert (first.before, first.after, first.change) == (2.5, 4.0, 1.5)
    second = next(c for c in comparison.statements if c.code == second_code)
    assert second.change == pytest.approx(1.0)  # "Vet ej" is left out of the mean
    row = next(c for c in comparison.dimensions if c.code == dimension.code)
    assert row.before == pytest.approx(2.25)
    assert row.after == pytest.approx(3.5)
    assert row.change == pytest.approx(1.25)
    assert row.improved is True
    # A dimension nobody rated has no mean and so no change.
    unrated = next(c for c in comparison.dimensions if c.code == template.dimensions[1].code)
    assert unrated.before is None and unrated.change is None


def test_a_lower_exposure_is_an_improvement(template: ReadinessTemplate) -> None:
    exposure = next(d for d in template.dimensions if d.higher_is_worse)
    code = exposure.statements[0].code
    before = rated(template, {code: [5, 4]})
    after = rated(template, {code: [3, 3]}, follows_up=before.workshop)

    change = next(c for c in compare_follow_up(before, after).dimensions if c.code == exposure.code)

    assert change.change == pytest.approx(-1.5)
    assert change.improved is True
    assert not change.in_readiness


def test_share_of_the_earlier_actions_done(template: ReadinessTemplate) -> None:
    code = template.statements[0].code
    statuses = [ActionStatus.DONE, ActionStatus.DONE, ActionStatus.CANCELLED, ActionStatus.PAUSED]
    actions = tuple(Action(title=f"Gör {n}", status=s) for n, s in enumerate(statuses))
    before = rated(template, {code: [3]}, actions=actions)
    after = rated(template, {code: [4]}, follows_up=before.workshop)

    comparison = compare_follow_up(before, after)

    assert comparison.earlier_action_count == len(statuses)
    assert comparison.earlier_done_count == statuses.count(ActionStatus.DONE)
    assert comparison.earlier_cancelled_count == 1
    assert comparison.done_share == pytest.approx(2 / 4)
    no_actions = compare_follow_up(after, after)
    assert no_actions.done_share is None
