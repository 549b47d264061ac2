"""Before and after: a follow-up workshop against the workshop it follows up (domain §3.7)."""

from __future__ import annotations

from dataclasses import dataclass

from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.summary import WorkshopSummary


@dataclass(frozen=True, slots=True)
class MeanChange:
    """One dimension's or statement's mean in both workshops, matched by its code.

    ``before`` or ``after`` is None where that workshop has no mean (nobody gave a value, or
    its template has no such code); then there is no change either."""

    code: str
    label: str  # the dimension's name or the statement's text
    dimension_code: str
    before: float | None
    after: float | None
    in_readiness: bool
    higher_is_worse: bool

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def improved(self) -> bool | None:
        """Whether the change is for the better: up, or down where a high value is a risk
        (the exposure block). None without a change, or when nothing moved."""
        change = self.change
        if change is None or change == 0:
            return None
        return (change < 0) if self.higher_is_worse else (change > 0)


@dataclass(frozen=True, slots=True)
class FollowUpComparison:
    earlier: WorkshopSummary
    later: WorkshopSummary
    dimensions: tuple[MeanChange, ...]
    statements: tuple[MeanChange, ...]
    # The earlier workshop's actions by their stored status now (the follow-up updates them).
    earlier_action_count: int
    earlier_done_count: int
    earlier_cancelled_count: int

    @property
    def readiness(self) -> MeanChange:
        """The readiness mean (exposure left out) before and after."""
        return MeanChange(
            code="",
            label="Beredskap totalt",
            dimension_code="",
            before=self.earlier.readiness_mean,
            after=self.later.readiness_mean,
            in_readiness=True,
            higher_is_worse=False,
        )

    @property
    def done_share(self) -> float | None:
        """Done actions as a share (0–1) of all the earlier workshop's actions; None without
        actions. Cancelled ones count as not done: the share says how much of the plan was
        carried out."""
        if not self.earlier_action_count:
            return None
        return self.earlier_done_count / self.earlier_action_count


def compare_follow_up(earlier: WorkshopSummary, later: WorkshopSummary) -> FollowUpComparison:
    """Match dimensions and statements by code: the later workshop's in its template order,
    then any only the earlier one had (a template may have changed between the two)."""
    return FollowUpComparison(
        earlier=earlier,
        later=later,
        dimensions=_dimension_changes(earlier, later),
        statements=_statement_changes(earlier, later),
        earlier_action_count=len(earlier.actions),
        earlier_done_count=sum(1 for a in earlier.actions if a.action.status is ActionStatus.DONE),
        earlier_cancelled_count=sum(
            1 for a in earlier.actions if a.action.status is ActionStatus.CANCELLED
        ),
    )


def _dimension_changes(earlier: WorkshopSummary, later: WorkshopSummary) -> tuple[MeanChange, ...]:
    before = {d.dimension.code: d for d in earlier.dimensions}
    after = {d.dimension.code: d for d in later.dimensions}
    codes = list(dict.fromkeys([*after, *before]))
    changes = []
    for code in codes:
        result = after.get(code) or before[code]
        dimension = result.dimension
        changes.append(
            MeanChange(
                code=code,
                label=dimension.label,
                dimension_code=code,
                before=before[code].mean if code in before else None,
                after=after[code].mean if code in after else None,
                in_readiness=dimension.in_readiness,
                higher_is_worse=dimension.higher_is_worse,
            )
        )
    return tuple(changes)


def _statement_changes(earlier: WorkshopSummary, later: WorkshopSummary) -> tuple[MeanChange, ...]:
    def by_code(summary: WorkshopSummary) -> dict[str, tuple[str, str, bool, bool, float | None]]:
        return {
            s.statement.code: (
                s.statement.text,
                d.dimension.code,
                d.dimension.in_readiness,
                d.dimension.higher_is_worse,
                s.stats.mean,
            )
            for d in summary.dimensions
            for s in d.statements
        }

    before, after = by_code(earlier), by_code(later)
    changes = []
    for code in dict.fromkeys([*after, *before]):
        text, dimension_code, in_readiness, higher_is_worse, _ = after.get(code) or before[code]
        changes.append(
            MeanChange(
                code=code,
                label=text,
                dimension_code=dimension_code,
                before=before[code][4] if code in before else None,
                after=after[code][4] if code in after else None,
                in_readiness=in_readiness,
                higher_is_worse=higher_is_worse,
            )
        )
    return tuple(changes)
