"""The summary read model of a workshop: what the summary page and both exports show."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast, overload
from uuid import UUID

from hallbar_desktop.domain.action import (
    Action,
    ActionStatus,
    action_order_key,
    days_overdue,
    is_overdue,
)
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents, unhandled_high_priority
from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Quadrant,
    dependency_numbers,
    priority_order_key,
)
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import (
    DimensionResult,
    RatingTally,
    ReadinessTemplate,
    StatementResult,
    dimension_results,
)
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant, Workshop, default_alias

STRENGTHS_SHOWN = 3
CRITICAL_SHOWN = 3
TOP_ACTIONS_SHOWN = 5


@dataclass(frozen=True, slots=True)
class DependencyLine:
    """A dependency as the summary lists it (most urgent first); ``number`` is the one it
    carries everywhere else (the facilitator's table and matrix, the room's view), kept for the
    workshop's life (``numbered_dependencies``), so a report and the projector name it alike."""

    number: int
    dependency: Dependency
    quadrant: Quadrant | None
    priority: Quadrant | None
    action_titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActionLine:
    action: Action
    overdue: bool
    status_label: str  # the stored status; overdue and days_overdue say the rest
    dependency_titles: tuple[str, ...]
    # The linked dependencies as (number, id), in number order: the number is the one
    # DependencyLine carries, so an export names them as the room saw them, and the id is a key
    # that survives a renamed dependency and a merge of two copies.
    dependency_refs: tuple[tuple[int, UUID], ...] = ()
    days_overdue: int = 0


@dataclass(frozen=True, slots=True)
class AreaLights:
    """How an area's checklist lines are spread over the lights: one red line among green
    ones is a different picture from all red, which a single verdict for the area hides."""

    area: Area
    green: int
    yellow: int
    red: int
    unrated: int

    @property
    def counts(self) -> tuple[tuple[TrafficLight, int], ...]:
        """Green first, as the lights are read from good to bad."""
        return (
            (TrafficLight.GREEN, self.green),
            (TrafficLight.YELLOW, self.yellow),
            (TrafficLight.RED, self.red),
        )


def area_lights_of(checks: tuple[PrerequisiteCheck, ...], area: Area) -> AreaLights:
    lights = [c.light for c in checks if c.area is area]
    return AreaLights(
        area=area,
        green=lights.count(TrafficLight.GREEN),
        yellow=lights.count(TrafficLight.YELLOW),
        red=lights.count(TrafficLight.RED),
        unrated=lights.count(None),
    )


@dataclass(frozen=True, slots=True)
class PseudonymousRating:
    """One answer with the participant known only by a number (``Deltagare n``); value None is
    "Vet ej". Exports use these so that no rating can be traced to a name."""

    participant_number: int
    statement_code: str
    value: int | None

    @property
    def participant_label(self) -> str:
        return default_alias(self.participant_number)


class PseudonymousRatings(Sequence[PseudonymousRating]):
    """A workshop's answers as PseudonymousRating, held as three columns (participant numbers,
    statement codes, values): a national roll-up has 600 000 of them, which as objects took
    a tenth of a second to make and as much again to hand from the helper process over (see
    summary_process.py). ``rows()`` gives them as plain tuples to a reader of every one."""

    __slots__ = ("_codes", "_numbers", "_values")

    def __init__(
        self,
        numbers: Iterable[int] = (),
        codes: Iterable[str] = (),
        values: Iterable[int | None] = (),
    ) -> None:
        self._numbers = tuple(numbers)
        self._codes = tuple(codes)
        self._values = tuple(values)
        if not len(self._numbers) == len(self._codes) == len(self._values):
            raise ValueError("the columns differ in length")

    @classmethod
    def of(cls, ratings: Iterable[PseudonymousRating]) -> PseudonymousRatings:
        if isinstance(ratings, PseudonymousRatings):
            return ratings
        listed = [(r.participant_number, r.statement_code, r.value) for r in ratings]
        if not listed:
            return cls()
        numbers, codes, values = zip(*listed, strict=True)
        return cls(numbers, codes, values)

    def rows(self) -> Iterator[tuple[int, str, int | None]]:
        """Each answer as (participant number, statement code, value), in order."""
        return zip(self._numbers, self._codes, self._values, strict=True)

    def __len__(self) -> int:
        return len(self._numbers)

    def __iter__(self) -> Iterator[PseudonymousRating]:
        return map(pseudonymous_rating, self._numbers, self._codes, self._values)

    @overload
    def __getitem__(self, index: int) -> PseudonymousRating: ...
    @overload
    def __getitem__(self, index: slice) -> PseudonymousRatings: ...
    def __getitem__(self, index: int | slice) -> PseudonymousRating | PseudonymousRatings:
        if isinstance(index, slice):
            return PseudonymousRatings(
                self._numbers[index], self._codes[index], self._values[index]
            )
        return pseudonymous_rating(self._numbers[index], self._codes[index], self._values[index])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PseudonymousRatings):
            return (self._numbers, self._codes, self._values) == (
                other._numbers,
                other._codes,
                other._values,
            )
        if isinstance(other, tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        # As the equal tuple of answers hashes (equal objects must hash alike); seldom asked.
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"PseudonymousRatings({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PseudonymousRatings, (self._numbers, self._codes, self._values))


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    workshop: Workshop
    template: ReadinessTemplate
    today: date
    participant_count: int
    rated_participant_count: int
    complete_participant_count: int
    dimensions: tuple[DimensionResult, ...]
    readiness_mean: float | None
    strengths: tuple[StatementResult, ...]
    weaknesses: tuple[StatementResult, ...]
    large_spreads: tuple[StatementResult, ...]
    dependencies: tuple[DependencyLine, ...]
    dependencies_per_category: tuple[tuple[DependencyCategory, int], ...]
    dependencies_per_quadrant: tuple[tuple[Quadrant, int], ...]
    # The most urgent high-priority dependencies not yet handled, in priority order (quadrant,
    # impact, dots); ``handled_high_priority_count`` says how many were left out as handled.
    critical_dependencies: tuple[DependencyLine, ...]
    unhandled_high_priority: tuple[Dependency, ...]
    actions: tuple[ActionLine, ...]
    # By stored status, Pausad even when late; keyed by the status, never by its words.
    actions_per_status: tuple[tuple[ActionStatus, int], ...]
    overdue_count: int
    top_actions: tuple[ActionLine, ...]
    prerequisite_checks: tuple[PrerequisiteCheck, ...]
    success_factors: tuple[SuccessFactor, ...]
    participants: tuple[Participant, ...]
    # Given as any sequence of PseudonymousRating, kept as PseudonymousRatings.
    pseudonymous_ratings: PseudonymousRatings
    tallies: tuple[RatingTally, ...]
    # Values in the file that could not be used as they are; the exports list them.
    problems: tuple[DataProblem, ...] = ()
    handled_high_priority_count: int = 0
    # Every brainstorm note, those without dots too, in step order then as placed in the step.
    notes: tuple[Note, ...] = ()
    area_light_counts: tuple[AreaLights, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.pseudonymous_ratings, PseudonymousRatings):
            ratings = PseudonymousRatings.of(self.pseudonymous_ratings)
            object.__setattr__(self, "pseudonymous_ratings", ratings)

    @property
    def statements(self) -> tuple[StatementResult, ...]:
        return tuple(s for d in self.dimensions for s in d.statements)


def summarize(contents: WorkshopContents, today: date) -> WorkshopSummary:
    """Build the read model; ``today`` decides which actions are overdue."""
    dimensions = dimension_results(
        contents.template, contents.ratings, contents.group_scores, contents.tallies
    )
    readiness = [d for d in dimensions if d.dimension.in_readiness]
    readiness_means = [d.mean for d in readiness if d.mean is not None]
    rated = [s for d in readiness for s in d.statements if s.stats.mean is not None]
    by_mean = sorted(rated, key=lambda s: s.stats.mean or 0.0)

    linked = contents.actions_by_dependency()
    number_of = dependency_numbers(contents.dependencies)
    dependencies = tuple(
        DependencyLine(
            number=number_of[d.id],
            dependency=d,
            quadrant=d.quadrant,
            priority=d.priority,
            action_titles=tuple(a.title for a in linked.get(d.id, ())),
        )
        for d in sorted(contents.dependencies, key=priority_order_key)
    )
    titles = {d.id: d.title for d in contents.dependencies}
    actions = tuple(
        ActionLine(
            action=a,
            overdue=is_overdue(a, today),
            status_label=a.status.label,
            days_overdue=days_overdue(a, today),
            dependency_titles=tuple(
                titles[i] for i in sorted(a.dependency_ids, key=str) if i in titles
            ),
            dependency_refs=tuple(
                sorted((number_of[i], i) for i in a.dependency_ids if i in number_of)
            ),
        )
        for a in sorted(contents.actions, key=action_order_key)
    )
    participants = tuple(sorted(contents.participants, key=lambda p: p.position))
    rated_ids = {r.participant_id.int for r in contents.ratings}

    return WorkshopSummary(
        workshop=contents.workshop,
        template=contents.template,
        today=today,
        participant_count=len(contents.participants),
        rated_participant_count=sum(1 for p in contents.participants if p.id.int in rated_ids),
        complete_participant_count=len(contents.participants_done()),
        dimensions=dimensions,
        readiness_mean=statistics.fmean(readiness_means) if readiness_means else None,
        strengths=tuple(
            sorted(rated, key=lambda s: (-(s.stats.mean or 0.0), s.statement.code))[
                :STRENGTHS_SHOWN
            ]
        ),
        weaknesses=tuple(by_mean[:STRENGTHS_SHOWN]),
        large_spreads=tuple(s for s in rated if s.stats.large_spread),
        dependencies=dependencies,
        dependencies_per_category=tuple(
            (c, sum(1 for d in contents.dependencies if d.category is c))
            for c in DependencyCategory
        ),
        dependencies_per_quadrant=tuple(
            (q, sum(1 for d in contents.dependencies if d.priority is q)) for q in Quadrant
        ),
        critical_dependencies=tuple(
            line
            for line in dependencies
            if line.priority
            and line.priority.is_high_priority
            and line.dependency.status is not DependencyStatus.HANDLED
        )[:CRITICAL_SHOWN],
        unhandled_high_priority=unhandled_high_priority(contents, linked),
        actions=actions,
        actions_per_status=tuple(
            (status, sum(1 for a in actions if a.action.status is status))
            for status in ActionStatus
        ),
        overdue_count=sum(1 for a in actions if a.overdue),
        top_actions=tuple(a for a in actions if not a.action.status.is_closed)[:TOP_ACTIONS_SHOWN],
        prerequisite_checks=contents.prerequisite_checks,
        success_factors=contents.success_factors,
        participants=participants,
        pseudonymous_ratings=pseudonymous_ratings(participants, contents),
        tallies=_in_template_order(contents),
        problems=contents.problems,
        handled_high_priority_count=sum(
            1
            for d in contents.dependencies
            if d.is_high_priority and d.status is DependencyStatus.HANDLED
        ),
        notes=_notes_in_step_order(contents.notes),
        area_light_counts=tuple(area_lights_of(contents.prerequisite_checks, a) for a in Area),
    )


def _notes_in_step_order(notes: tuple[Note, ...]) -> tuple[Note, ...]:
    steps = list(WorkshopStep)
    return tuple(sorted(notes, key=lambda n: (steps.index(n.step), n.position)))


def _in_template_order(contents: WorkshopContents) -> tuple[RatingTally, ...]:
    order = {code: i for i, code in enumerate(s.code for s in contents.template.statements)}
    return tuple(
        sorted(
            contents.tallies,
            key=lambda t: (order.get(t.statement_code, len(order)), t.value or 0),
        )
    )


def pseudonymous_ratings(
    participants: tuple[Participant, ...], contents: WorkshopContents
) -> PseudonymousRatings:
    """Every answer, numbered by the participant's place in the list, in template order."""
    # Looked up by the id's number: a UUID's own hash is a Python method, and a national
    # roll-up looks up 600 000 ratings' participants here (as in the other passes below).
    number = {p.id.int: n for n, p in enumerate(participants, start=1)}
    order = {code: i for i, code in enumerate(s.code for s in contents.template.statements)}
    last = len(order)
    # Sorted as tuples, compared in C; the rating's place ends each key, so no two keys
    # are equal and the sort never compares further.
    keyed = [
        (n, order.get(r.statement_code, last), place, r)
        for place, r in enumerate(contents.ratings)
        if (n := number.get(r.participant_id.int)) is not None
    ]
    keyed.sort()
    return PseudonymousRatings(
        [k[0] for k in keyed],
        [k[3].statement_code for k in keyed],
        [k[3].value for k in keyed],
    )


_new_pseudonymous = object.__new__
_set_number = cast(Any, PseudonymousRating).participant_number.__set__
_set_code = cast(Any, PseudonymousRating).statement_code.__set__
_set_value = cast(Any, PseudonymousRating).value.__set__


def pseudonymous_rating(number: int, statement_code: str, value: int | None) -> PseudonymousRating:
    """PseudonymousRating(number, statement_code, value), its three fields set directly: a
    national roll-up makes 600 000, and the frozen class's constructor sets each through
    object.__setattr__, which took half of making them."""
    rating = _new_pseudonymous(PseudonymousRating)
    _set_number(rating, number)
    _set_code(rating, statement_code)
    _set_value(rating, value)
    return rating
