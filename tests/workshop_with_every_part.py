"""A small workshop with one of every part, each free-text field filled by the caller's choice."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime

from hallbar_desktop.domain.action import Action, ActionStatus, ActionType, Priority
from hallbar_desktop.domain.choices import Area, TrafficLight
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    Influence,
    Location,
    Process,
    Strategy,
)
from hallbar_desktop.domain.entered_text import FREE_TEXT_FIELDS
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, ReadinessTemplate
from hallbar_desktop.domain.validation import LONG_TEXT_MAX
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant, Workshop

TextFor = Callable[[type, str], str]


def plain_text_for(cls: type, field: str) -> str:
    """An ordinary Swedish text that names its field, short enough for any of them."""
    return f"{cls.__name__} {field} – åäö"


def workshop_with_every_part(
    template: ReadinessTemplate, text_for: TextFor = plain_text_for
) -> WorkshopContents:
    """One workshop, participant (with answers), dependency, linked action, checklist line,
    success factor, note and group score; ``text_for(cls, field)`` gives every free text."""

    def texts(cls: type) -> dict[str, str]:
        return {field: text_for(cls, field) for field in FREE_TEXT_FIELDS[cls]}

    workshop = Workshop(
        held_on=date(2026, 11, 12),
        follow_up_on=date(2027, 2, 12),
        **texts(Workshop),
    )
    participant = Participant(position=1, **texts(Participant))
    dependency = Dependency(
        category=DependencyCategory.PERSON,
        location=Location.ORGANISATION,
        impact=5,
        likelihood=4,
        influence=Influence.CAN_INFLUENCE,
        area=Area.IMPLEMENTATION,
        processes=frozenset({Process.PROJECT_FUNDING}),
        strategy=Strategy.REDUCE,
        votes=3,
        position=1,
        **texts(Dependency),
    )
    action = Action(
        dependency_ids=frozenset({dependency.id}),
        area=Area.IMPLEMENTATION,
        action_type=ActionType.ORGANISATION,
        start_on=date(2026, 12, 1),
        due_on=date(2027, 3, 31),
        status=ActionStatus.IN_PROGRESS,
        priority=Priority.HIGH,
        last_update_at=datetime(2026, 11, 20, 8, 15, tzinfo=UTC),
        position=1,
        **texts(Action),
    )
    check = PrerequisiteCheck(
        area=Area.LEADERSHIP,
        light=TrafficLight.YELLOW,
        is_strength=True,
        **texts(PrerequisiteCheck),
    )
    factor = SuccessFactor(area=Area.LEARNING, position=1, **texts(SuccessFactor))
    note = Note(step=WorkshopStep.DEPENDENCIES, author_id=participant.id, votes=2, **texts(Note))
    score = GroupScore(dimension_code=template.dimensions[0].code, score=3, **texts(GroupScore))
    ratings = tuple(
        Rating(participant_id=participant.id, statement_code=s.code, value=1 + n % 5)
        for n, s in enumerate(template.statements)
    )
    return WorkshopContents(
        workshop=workshop,
        template=template,
        participants=(participant,),
        ratings=ratings,
        group_scores=(score,),
        dependencies=(dependency,),
        actions=(action,),
        prerequisite_checks=(check,),
        success_factors=(factor,),
        notes=(note,),
    )


def longest_allowed(entity: object, field: str) -> int:
    """The most characters the entity's constructor lets ``field`` hold (at most LONG_TEXT_MAX,
    the limit entered text meets anyway), found by trying."""
    low, high = 0, LONG_TEXT_MAX
    while low < high:
        middle = (low + high + 1) // 2
        try:
            dataclasses.replace(entity, **{field: "x" * middle})  # type: ignore[type-var]
        except ValidationError:
            high = middle - 1
        else:
            low = middle
    return low
