"""A workshop with everything recorded in it, and the rules that look across its parts."""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from uuid import UUID

from hallbar_desktop.domain.action import Action, ActionStatus, is_overdue
from hallbar_desktop.domain.data_problems import DataProblem
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import (
    GroupScore,
    Rating,
    RatingTally,
    ReadinessTemplate,
    check_ratings_fit,
    check_tallies_fit,
)
from hallbar_desktop.domain.workshop import Participant, Workshop


@dataclass(frozen=True, slots=True)
class WorkshopContents:
    workshop: Workshop
    template: ReadinessTemplate
    participants: tuple[Participant, ...] = ()
    ratings: tuple[Rating, ...] = ()
    group_scores: tuple[GroupScore, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    actions: tuple[Action, ...] = ()
    prerequisite_checks: tuple[PrerequisiteCheck, ...] = ()
    success_factors: tuple[SuccessFactor, ...] = ()
    notes: tuple[Note, ...] = ()
    tallies: tuple[RatingTally, ...] = ()
    # Values in the file that could not be used as they are (see domain.data_problems).
    problems: tuple[DataProblem, ...] = ()

    def dependency(self, dependency_id: UUID) -> Dependency:
        return next(d for d in self.dependencies if d.id == dependency_id)

    def actions_for(self, dependency_id: UUID) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if dependency_id in a.dependency_ids)

    def actions_by_dependency(self) -> dict[UUID, tuple[Action, ...]]:
        """``actions_for`` of every dependency at once, in one pass over the actions."""
        linked: dict[UUID, list[Action]] = {}
        for action in self.actions:
            for dependency_id in action.dependency_ids:
                linked.setdefault(dependency_id, []).append(action)
        return {d: tuple(actions) for d, actions in linked.items()}

    def parts_of(self, cls: type) -> tuple[Any, ...]:
        """The participants, dependencies, actions, checks, factors or notes."""
        return getattr(self, _COLLECTION[cls])  # type: ignore[no-any-return]

    def with_part(self, part: Any) -> WorkshopContents:
        """A copy where ``part`` replaces the part with its id, or is added last."""
        name = _COLLECTION[type(part)]
        items = self.parts_of(type(part))
        if any(item.id == part.id for item in items):
            updated = tuple(part if item.id == part.id else item for item in items)
        else:
            updated = (*items, part)
        return replace(self, **{name: updated})

    def tallies_for(self, statement_code: str) -> dict[int | None, int]:
        """The hand counts of one statement by value (None is "Vet ej")."""
        return {t.value: t.count for t in self.tallies if t.statement_code == statement_code}

    def participants_done(self) -> tuple[Participant, ...]:
        """Participants who have answered every statement (a "Vet ej" counts as an answer)."""
        needed = self.template.statement_codes
        # By the id's number: a UUID's hash is a Python method, called here for every rating.
        answered: dict[int, set[str]] = {}
        for rating in self.ratings:
            answered.setdefault(rating.participant_id.int, set()).add(rating.statement_code)
        return tuple(p for p in self.participants if needed <= answered.get(p.id.int, set()))


_COLLECTION: dict[type, str] = {
    Participant: "participants",
    Dependency: "dependencies",
    Action: "actions",
    PrerequisiteCheck: "prerequisite_checks",
    SuccessFactor: "success_factors",
    Note: "notes",
}


def check_consistency(contents: WorkshopContents) -> None:
    """Raise ValidationError where one part refers to something the workshop does not hold."""
    template = contents.template
    check_ratings_fit(template, contents.ratings)
    check_tallies_fit(template, contents.tallies)
    for name in _COLLECTION.values():
        ids = [item.id for item in getattr(contents, name)]
        if len(ids) != len(set(ids)):
            raise ValidationError("id", "duplicate_id")
    participant_ids = {p.id for p in contents.participants}
    aliases = [p.alias.casefold() for p in contents.participants]
    if len(aliases) != len(set(aliases)):
        raise _alias_taken()
    check_raters_known(contents.ratings, participant_ids)
    check_answered_once(contents.ratings)
    for score in contents.group_scores:
        check_group_score_fits(template, score)
    dependency_ids = {d.id for d in contents.dependencies}
    for action in contents.actions:
        check_action_fits(template, action, dependency_ids)
    for note in contents.notes:
        check_note_fits(note, participant_ids)


# The rules above one record at a time, for an edit that changes only that record: the
# service reads just what the rule looks at instead of the whole workshop.


def check_alias_free(participant: Participant, others: Iterable[Participant]) -> None:
    """A participant's alias must differ from every other participant's (case aside)."""
    alias = participant.alias.casefold()
    if any(o.alias.casefold() == alias for o in others if o.id != participant.id):
        raise _alias_taken()


def check_raters_known(ratings: Iterable[Rating], participant_ids: Set[UUID]) -> None:
    if any(r.participant_id not in participant_ids for r in ratings):
        raise ValidationError("participant_id", "unknown_rater")


def check_answered_once(ratings: Iterable[Rating]) -> None:
    pairs = [(r.participant_id, r.statement_code) for r in ratings]
    if len(pairs) != len(set(pairs)):
        raise ValidationError("statement_code", "answered_twice")


def check_group_score_fits(template: ReadinessTemplate, score: GroupScore) -> None:
    _check_dimension(template, score.dimension_code)


def check_action_fits(
    template: ReadinessTemplate, action: Action, dependency_ids: Set[UUID]
) -> None:
    """The action's dependencies are the workshop's (``dependency_ids`` holds at least those
    of them it has) and its dimension is in the workshop's template."""
    if not action.dependency_ids <= dependency_ids:
        raise ValidationError("dependency_ids", "unknown_dependency")
    if action.dimension_code is not None:
        _check_dimension(template, action.dimension_code)


def check_note_fits(note: Note, participant_ids: Set[UUID]) -> None:
    if note.author_id is not None and note.author_id not in participant_ids:
        raise ValidationError("author_id", "unknown_author")


def _check_dimension(template: ReadinessTemplate, code: str) -> None:
    if code not in {d.code for d in template.dimensions}:
        raise ValidationError("dimension_code", "unknown_dimension", dimension=code)


def _alias_taken() -> ValidationError:
    return ValidationError("alias", "duplicate_alias")


def overdue_actions(actions: tuple[Action, ...], today: date) -> tuple[Action, ...]:
    return tuple(a for a in actions if is_overdue(a, today))


def unhandled_high_priority(
    contents: WorkshopContents, linked: dict[UUID, tuple[Action, ...]] | None = None
) -> tuple[Dependency, ...]:
    """High-priority dependencies that lack a live action with both an owner and a deadline.

    The workshop's main promise is that none is left; an empty result means it was kept. A
    cancelled action no longer handles anything. ``linked`` is contents.actions_by_dependency()
    when the caller has it already."""
    if linked is None:
        linked = contents.actions_by_dependency()
    return tuple(
        d
        for d in contents.dependencies
        if d.is_high_priority
        and not any(
            a.has_owner_and_deadline and a.status is not ActionStatus.CANCELLED
            for a in linked.get(d.id, ())
        )
    )


@dataclass(frozen=True, slots=True)
class WorkshopOverview:
    """One line of the workshop library: the facts and how much has been recorded."""

    workshop: Workshop
    participants: int
    ratings: int
    dependencies: int
    actions: int
    overdue_actions: int
    # Values of the workshop's own row that could not be used as they are.
    problems: tuple[DataProblem, ...] = ()
    # Where it was last imported from (None: made here and never imported) and when, and how
    # many conflicts from imports are left to choose.
    origin_id: UUID | None = None
    origin_computer: str = ""
    imported_at: datetime | None = None
    conflicts: int = 0
