"""The coordinator's read model: actions, readiness over time and dependencies across workshops."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from hallbar_desktop.domain.action import Action, is_overdue
from hallbar_desktop.domain.contents import WorkshopOverview
from hallbar_desktop.domain.dependency import (
    DependencyCategory,
    DependencyStatus,
    priority_order_key,
)
from hallbar_desktop.domain.rollup import (
    NO_ORGANISATION,
    DimensionColumn,
    organisation_label,
    summarize_rollup,
)
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.summary import DependencyLine, WorkshopSummary
from hallbar_desktop.domain.workshop import Workshop

CRITICAL_SHOWN = 10


@dataclass(frozen=True, slots=True)
class RegisterAction:
    """One action in the cross-workshop register: its stored status is ``action.status``;
    whether it is overdue, and by how many days, is a fact beside it."""

    workshop: Workshop
    action: Action
    days_overdue: int | None  # None: not overdue (no deadline, not passed, or closed)

    @property
    def organisation(self) -> str:
        return self.workshop.organisation.strip() or NO_ORGANISATION

    @property
    def overdue(self) -> bool:
        return self.days_overdue is not None


@dataclass(frozen=True, slots=True)
class ReadinessPoint:
    workshop_id: UUID
    title: str
    held_on: date
    mean: float


@dataclass(frozen=True, slots=True)
class ReadinessSeries:
    """One organisation's workshops on the time line for one dimension; ``links`` join a
    follow-up to the workshop it follows up (both among ``points``)."""

    organisation: str
    points: tuple[ReadinessPoint, ...]
    links: tuple[tuple[UUID, UUID], ...]


@dataclass(frozen=True, slots=True)
class DependencyTypeCount:
    category: DependencyCategory
    organisations: int
    workshops: int
    dependencies: int
    open_dependencies: int


@dataclass(frozen=True, slots=True)
class CriticalDependency:
    organisation: str
    workshop: Workshop
    line: DependencyLine


@dataclass(frozen=True, slots=True)
class CoordinatorOverview:
    """Every workshop as the library lists it, with each one's summary (same ids)."""

    today: date
    overviews: tuple[WorkshopOverview, ...]
    summaries: tuple[WorkshopSummary, ...]

    @property
    def actions(self) -> tuple[RegisterAction, ...]:
        return register_actions(self.summaries, self.today)

    def chosen(self, workshop_ids: Collection[UUID]) -> tuple[WorkshopSummary, ...]:
        return tuple(s for s in self.summaries if s.workshop.id in workshop_ids)


def days_overdue(action: Action, today: date) -> int | None:
    """Days since the deadline of an open action that has passed it; None otherwise."""
    if not is_overdue(action, today) or action.due_on is None:
        return None
    return (today - action.due_on).days


def register_actions(
    summaries: Iterable[WorkshopSummary], today: date
) -> tuple[RegisterAction, ...]:
    """Every action of every workshop, by organisation, then workshop date, then the workshop's
    own order of its actions."""
    ordered = sorted(
        summaries,
        key=lambda s: (
            swedish_key(organisation_label(s)),
            s.workshop.held_on or date.max,
            swedish_key(s.workshop.title),
        ),
    )
    return tuple(
        RegisterAction(s.workshop, line.action, days_overdue(line.action, today))
        for s in ordered
        for line in s.actions
    )


def readiness_dimensions(summaries: Iterable[WorkshopSummary]) -> tuple[DimensionColumn, ...]:
    """The readiness dimensions in use, as the roll-up's comparison names them."""
    return summarize_rollup(summaries, date.min).dimensions


def readiness_series(
    summaries: Iterable[WorkshopSummary], dimension_code: str
) -> tuple[ReadinessSeries, ...]:
    """Per organisation (Swedish order), each dated workshop's mean for the dimension, as the
    roll-up's comparison computes it, in date order; a follow-up is linked to the workshop it
    follows up when both are shown. Workshops without a date or a mean are left out."""
    rollup = summarize_rollup(summaries, date.min)
    codes = [c.code for c in rollup.dimensions]
    if dimension_code not in codes:
        return ()
    column = codes.index(dimension_code)
    series = []
    for group in rollup.organisations:
        points = tuple(
            sorted(
                (
                    ReadinessPoint(w.id, w.title, w.held_on, mean)
                    for row in group.rows
                    if (w := row.summary.workshop).held_on is not None
                    and (mean := row.means[column]) is not None
                ),
                key=lambda p: (p.held_on, swedish_key(p.title)),
            )
        )
        if not points:
            continue
        shown = {p.workshop_id for p in points}
        links = tuple(
            (before, p.workshop_id)
            for row in group.rows
            if (p := _point(points, row.summary.workshop.id)) is not None
            and (before := row.summary.workshop.follows_up_id) in shown
        )
        series.append(ReadinessSeries(group.organisation, points, links))
    return tuple(series)


def _point(points: tuple[ReadinessPoint, ...], workshop_id: UUID) -> ReadinessPoint | None:
    return next((p for p in points if p.workshop_id == workshop_id), None)


def dependency_types(summaries: Iterable[WorkshopSummary]) -> tuple[DependencyTypeCount, ...]:
    """Per type of dependency, how many organisations and workshops name it, how many there
    are and how many are not yet handled; the most frequent type (by organisations) first."""
    chosen = tuple(summaries)
    counts = []
    for category in DependencyCategory:
        named = [
            (s, line)
            for s in chosen
            for line in s.dependencies
            if line.dependency.category is category
        ]
        counts.append(
            DependencyTypeCount(
                category=category,
                organisations=len({organisation_label(s) for s, _ in named}),
                workshops=len({s.workshop.id for s, _ in named}),
                dependencies=len(named),
                open_dependencies=sum(1 for _, line in named if _is_open(line)),
            )
        )
    order = list(DependencyCategory)
    return tuple(
        sorted(
            counts,
            key=lambda c: (
                -c.organisations,
                -c.workshops,
                -c.dependencies,
                order.index(c.category),
            ),
        )
    )


def critical_open_dependencies(
    summaries: Iterable[WorkshopSummary], limit: int = CRITICAL_SHOWN
) -> tuple[CriticalDependency, ...]:
    """The most critical dependencies not yet handled across all workshops: high priority
    only, ranked as each workshop's summary ranks them (quadrant, impact, dots)."""
    found = [
        CriticalDependency(organisation_label(s), s.workshop, line)
        for s in summaries
        for line in s.dependencies
        if line.priority is not None and line.priority.is_high_priority and _is_open(line)
    ]
    found.sort(
        key=lambda c: (
            priority_order_key(c.line.dependency)[:3],
            swedish_key(c.organisation),
            c.workshop.held_on or date.max,
            c.line.number,
        )
    )
    return tuple(found[:limit])


def _is_open(line: DependencyLine) -> bool:
    return line.dependency.status is not DependencyStatus.HANDLED
