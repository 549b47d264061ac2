"""The roll-up read model: many workshops side by side for a coordinator, per organisation."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.summary import ActionLine, DependencyLine, WorkshopSummary

NO_ORGANISATION = "Utan organisation"
CRITICAL_SHOWN_PER_ORGANISATION = 5


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
class OrganisationGroup:
    organisation: str
    rows: tuple[ComparisonRow, ...]
    dimension_means: tuple[float | None, ...]
    dependency_count: int
    action_count: int
    overdue_count: int
    done_count: int
    critical_dependencies: tuple[tuple[WorkshopSummary, DependencyLine], ...]
    overdue_actions: tuple[tuple[WorkshopSummary, ActionLine], ...]


@dataclass(frozen=True, slots=True)
class RollupSummary:
    today: date
    dimensions: tuple[DimensionColumn, ...]
    rows: tuple[ComparisonRow, ...]
    organisations: tuple[OrganisationGroup, ...]

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
    return RollupSummary(
        today=today,
        dimensions=columns,
        rows=rows,
        organisations=tuple(_group(name, tuple(g), len(columns)) for name, g in groups.items()),
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
    dimension_means = tuple(
        statistics.fmean(values)
        if (values := [m for r in rows if (m := r.means[i]) is not None])
        else None
        for i in range(width)
    )
    critical = sorted(
        (
            (s, line)
            for s in summaries
            for line in s.dependencies
            if line.priority is not None and line.priority.is_high_priority
        ),
        key=lambda pair: (
            pair[1].priority.rank if pair[1].priority else 9,
            -(pair[1].dependency.impact or 0),
            -pair[1].dependency.votes,
        ),
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
    )
