"""The roll-up read model: per organisation and region-wide, follow-ups never averaged in."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from uuid import uuid4

import pytest

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import DependencyCategory, DependencyStatus
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import summarize
from hallbar_desktop.domain.workshop import Variant

TODAY = date(2026, 11, 26)


def _follow_up_of(first: WorkshopContents) -> WorkshopContents:
    """A follow-up a quarter later where everyone rates one step higher (up to 5)."""
    assert first.workshop.held_on is not None
    return dataclasses.replace(
        first,
        workshop=dataclasses.replace(
            first.workshop,
            id=uuid4(),
            title="Uppföljning",
            held_on=first.workshop.held_on + timedelta(days=91),
            variant=Variant.FOLLOW_UP,
            follows_up_id=first.workshop.id,
        ),
        ratings=tuple(
            dataclasses.replace(r, value=None if r.value is None else min(5, r.value + 1))
            for r in first.ratings
        ),
    )


def test_a_first_workshop_and_its_follow_up_are_never_averaged_together(
    demo: WorkshopContents,
) -> None:
    follow = _follow_up_of(demo)
    rollup = summarize_rollup([summarize(demo, TODAY), summarize(follow, TODAY)], TODAY)
    (group,) = rollup.organisations
    later = summarize(follow, TODAY)
    by_code = {d.dimension.code: d.mean for d in later.dimensions}
    expected = tuple(by_code[c.code] for c in rollup.dimensions)
    assert group.dimension_means == pytest.approx(expected)
    assert group.readiness_mean == pytest.approx(later.readiness_mean)
    # Region-wide, the chain counts once: the follow-up's dependencies, not both copies.
    counts = {c.category: c.dependencies for c in rollup.categories}
    assert counts == {
        category: sum(1 for d in follow.dependencies if d.category is category)
        for category in DependencyCategory
    }
    lights = {a.area: a for a in rollup.area_lights}
    assert lights == {a.area: a for a in later.area_light_counts}


def test_the_regions_critical_dependencies_leave_handled_ones_out_and_count_organisations(
    demo: WorkshopContents,
) -> None:
    other = dataclasses.replace(
        demo,
        workshop=dataclasses.replace(demo.workshop, id=uuid4(), organisation="Region Östra"),
    )
    high = [d for d in other.dependencies if d.is_high_priority]
    for dependency in high:
        other = other.with_part(dataclasses.replace(dependency, status=DependencyStatus.HANDLED))
    rollup = summarize_rollup([summarize(demo, TODAY), summarize(other, TODAY)], TODAY)
    assert rollup.critical_dependencies
    assert {s.workshop.organisation for s, _ in rollup.critical_dependencies} == {
        demo.workshop.organisation
    }
    assert all(
        line.dependency.status is not DependencyStatus.HANDLED
        for _, line in rollup.critical_dependencies
    )
    for count in rollup.categories:
        open_high = [
            d
            for d in demo.dependencies
            if d.is_high_priority
            and d.status is not DependencyStatus.HANDLED
            and d.category is count.category
        ]
        assert count.open_high_priority == len(open_high)
        assert count.organisations == (1 if open_high else 0)
