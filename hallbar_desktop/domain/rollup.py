"""The roll-up read model: many workshops side by side for a coordinator, per organisation."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.dependency import DependencyCategory, DependencyStatus
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.summary import ActionLine, AreaLights, DependencyLine, WorkshopSummary

NO_ORGANISATION = "Utan organisation"
CRITICAL_SHOWN_PER_ORGANISATION = 5
CRITICAL_SHOWN_IN_REGION = 10


@dataclass(frozen=True, slots=True)
class DimensionColumn:
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One workshop's dimension means, and those of the workshop it follows up, if known."""

    summary: WorkshopSummary
    means: tuple[float | None, ...]
    earlier: WorkshopSummary | None
    earlier_means: tuple[float | None, ...] | None

    @property
    def changes(self) -> tuple[float | None, ...] | None:
        """After minus before per dimension; None where either side has no mean."""
        if self.earlier_means is None:
            return None
        return tuple(
            None if after is None or before is None else after - before
            for after, before in zip(self.means, self.earlier_means, strict=True)
        )


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """One dependency type across the region's current workshops."""

    category: DependencyCategory
    dependencies: int
    open_high_priority: int  # high priority and not handled
    organisations: int  # organisations with at least one such open high-priority dependency


@dataclass(frozen=True, slots=True)
class OrganisationGroup:
    organisation: str
    rows: tuple[ComparisonRow, ...]
    # Over the current workshops only (see ``current_rows``): a first workshop and its
    # follow-up are never averaged together.
    dimension_means: tuple[float | None, ...]
    dependency_count: int
    action_count: int
    overdue_count: int
    done_count: int
    critical_dependencies: tuple[tuple[WorkshopSummary, DependencyLine], ...]
    overdue_actions: tuple[tuple[WorkshopSummary, ActionLine], ...]
    readiness_mean: float | None = None  # over the current workshops, as dimension_means

    @property
    def done_share(self) -> float | None:
        return self.done_count / self.action_count if self.action_count else None


@dataclass(frozen=True, slots=True)
class RollupSummary:
    today: date
    dimensions: tuple[DimensionColumn, ...]
    rows: tuple[ComparisonRow, ...]
    organisations: tuple[OrganisationGroup, ...]
    # Region-wide, over the current workshops: dependencies per type, the most critical open
    # ones, and the prerequisite lights per area summed over the workshops.
    categories: tuple[CategoryCount, ...] = ()
    critical_dependencies: tuple[tuple[WorkshopSummary, DependencyLine], ...] = ()
    area_lights: tuple[AreaLights, ...] = ()

    @property
    def summaries(self) -> tuple[WorkshopSummary, ...]:
        return tuple(row.summary for row in self.rows)

    @property
    def first_date(self) -> date | None:
        return min((s.workshop.held_on for s in self.summaries if s.workshop.held_on), default=None)

    @property
    def last_date(self) -> date | None:
        return max((s.workshop.held_on for s in self.summaries if s.workshop.held_on), default=None)


def organisation_label(summary: WorkshopSummary) -> str:
    return summary.workshop.organisation.strip() or NO_ORGANISATION


def current_rows(rows: Iterable[ComparisonRow]) -> tuple[ComparisonRow, ...]:
    """The rows no selected follow-up follows up: each chain of workshops counts once, by its
    latest, so a first workshop and its follow-up are never averaged or counted together."""
    chosen = tuple(rows)
    followed = {r.earlier.workshop.id for r in chosen if r.earlier is not None}
    return tuple(r for r in chosen if r.summary.workshop.id not in followed)


def _open_critical(summary: WorkshopSummary) -> list[DependencyLine]:
    return [
        line
        for line in summary.dependencies
        if line.priority is not None
        and line.priority.is_high_priority
        and line.dependency.status is not DependencyStatus.HANDLED
    ]


def _critical_order(pair: tuple[WorkshopSummary, DependencyLine]) -> tuple[int, int, int]:
    line = pair[1]
    return (
        line.priority.rank if line.priority else 9,
        -(line.dependency.impact or 0),
        -line.dependency.votes,
    )


def summarize_rollup(
    summaries: Iterable[WorkshopSummary],
    today: date,
    earlier: Mapping[UUID, WorkshopSummary] | None = None,
) -> RollupSummary:
    """Group the workshops by organisation (Swedish order), each by date then title.

    ``earlier`` holds the workshops that follow-ups refer to but that are not selected
    themselves; a follow-up whose earlier workshop is selected finds it among ``summaries``."""
    chosen = tuple(summaries)
    known = {**(earlier or {}), **{s.workshop.id: s for s in chosen}}
    columns = _dimension_columns(chosen)

    def means(summary: WorkshopSummary) -> tuple[float | None, ...]:
        by_code = {d.dimension.code: d.mean for d in summary.dimensions}
        return tuple(by_code.get(c.code) for c in columns)

    def row(summary: WorkshopSummary) -> ComparisonRow:
        before = (
            known.get(summary.workshop.follows_up_id) if summary.workshop.follows_up_id else None
        )
        return ComparisonRow(summary, means(summary), before, means(before) if before else None)

    ordered = sorted(
        chosen,
        key=lambda s: (
            swedish_key(organisation_label(s)),
            s.workshop.held_on or date.max,
            swedish_key(s.workshop.title),
        ),
    )
    rows = tuple(row(s) for s in ordered)
    groups: dict[str, list[ComparisonRow]] = {}
    for r in rows:
        groups.setdefault(organisation_label(r.summary), []).append(r)
    critical = sorted(
        ((r.summary, line) for r in current_rows(rows) for line in _open_critical(r.summary)),
        key=_critical_order,
    )
    return RollupSummary(
        today=today,
        dimensions=columns,
        rows=rows,
        organisations=tuple(_group(name, tuple(g), len(columns)) for name, g in groups.items()),
        categories=_categories(rows),
        critical_dependencies=tuple(critical[:CRITICAL_SHOWN_IN_REGION]),
        area_lights=_region_area_lights(rows),
    )


def _dimension_columns(summaries: tuple[WorkshopSummary, ...]) -> tuple[DimensionColumn, ...]:
    """The readiness dimensions of every template in use, in the order first met."""
    seen: dict[str, DimensionColumn] = {}
    for summary in summaries:
        for d in summary.template.dimensions:
            if d.in_readiness and d.code not in seen:
                seen[d.code] = DimensionColumn(d.code, d.label)
    return tuple(seen.values())


def _group(name: str, rows: tuple[ComparisonRow, ...], width: int) -> OrganisationGroup:
    summaries = [r.summary for r in rows]
    current = current_rows(rows)
    dimension_means = tuple(
        statistics.fmean(values)
        if (values := [m for r in current if (m := r.means[i]) is not None])
        else None
        for i in range(width)
    )
    readiness = [m for r in current if (m := r.summary.readiness_mean) is not None]
    critical = sorted(
        ((r.summary, line) for r in current for line in _open_critical(r.summary)),
        key=_critical_order,
    )
    return OrganisationGroup(
        organisation=name,
        rows=rows,
        dimension_means=dimension_means,
        dependency_count=sum(len(s.dependencies) for s in summaries),
        action_count=sum(len(s.actions) for s in summaries),
        overdue_count=sum(s.overdue_count for s in summaries),
        done_count=sum(
            1 for s in summaries for a in s.actions if a.action.status is ActionStatus.DONE
        ),
        critical_dependencies=tuple(critical[:CRITICAL_SHOWN_PER_ORGANISATION]),
        overdue_actions=tuple((s, a) for s in summaries for a in s.actions if a.overdue),
        readiness_mean=statistics.fmean(readiness) if readiness else None,
    )


def _categories(rows: tuple[ComparisonRow, ...]) -> tuple[CategoryCount, ...]:
    current = [r.summary for r in current_rows(rows)]
    return tuple(
        CategoryCount(
            category=category,
            dependencies=sum(
                1
                for s in current
                for line in s.dependencies
                if line.dependency.category is category
            ),
            open_high_priority=sum(
                1
                for s in current
                for line in _open_critical(s)
                if line.dependency.category is category
            ),
            organisations=len(
                {
                    organisation_label(s)
                    for s in current
                    for line in _open_critical(s)
                    if line.dependency.category is category
                }
            ),
        )
        for category in DependencyCategory
    )


def _region_area_lights(rows: tuple[ComparisonRow, ...]) -> tuple[AreaLights, ...]:
    current = [r.summary for r in current_rows(rows)]

    def total(area: Area) -> AreaLights:
        parts = [a for s in current for a in s.area_light_counts if a.area is area]
        return AreaLights(
            area=area,
            green=sum(a.green for a in parts),
            yellow=sum(a.yellow for a in parts),
            red=sum(a.red for a in parts),
            unrated=sum(a.unrated for a in parts),
        )

    return tuple(total(area) for area in Area)
