"""Rules that look across a workshop: unhandled high priorities, consistency, who is done."""

from __future__ import annotations

import dataclasses
from datetime import date
from uuid import uuid4

import pytest

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import (
    WorkshopContents,
    check_consistency,
    overdue_actions,
    unhandled_high_priority,
)
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, Influence
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import GroupScore, Rating, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant, Workshop


def _contents(template: ReadinessTemplate, **parts: object) -> WorkshopContents:
    return WorkshopContents(workshop=Workshop(title="Test"), template=template, **parts)  # type: ignore[arg-type]


def _high(title: str = "Beslut saknas") -> Dependency:
    return Dependency(
        category=DependencyCategory.DECISION, title=title, impact=5, influence=Influence.CONTROL
    )


def test_high_priority_dependency_without_action_is_reported(template: ReadinessTemplate) -> None:
    high = _high()
    low = Dependency(
        category=DependencyCategory.OTHER, title="Litet", impact=1, influence=Influence.OUTSIDE
    )
    assert unhandled_high_priority(_contents(template, dependencies=(high, low))) == (high,)


@pytest.mark.parametrize(
    ("owner", "due", "handled"),
    [
        ("", date(2027, 1, 1), False),
        ("Enhetschef", None, False),
        ("Enhetschef", date(2027, 1, 1), True),
    ],
)
def test_action_must_have_owner_and_deadline_to_count(
    template: ReadinessTemplate, owner: str, due: date | None, handled: bool
) -> None:
    high = _high()
    action = Action(title="Besluta", dependency_ids=frozenset({high.id}), owner=owner, due_on=due)
    contents = _contents(template, dependencies=(high,), actions=(action,))
    assert unhandled_high_priority(contents) == (() if handled else (high,))


def test_the_demo_leaves_exactly_one_high_priority_dependency_unhandled(
    demo: WorkshopContents,
) -> None:
    assert [d.title for d in unhandled_high_priority(demo)] == [
        "Hållbarhetsfrågan konkurrerar med andra prioriteringar efter valet"
    ]


def test_overdue_actions_of_the_demo(demo: WorkshopContents) -> None:
    overdue = overdue_actions(demo.actions, date(2026, 11, 26))
    assert len(overdue) == 3
    assert all(a.due_on and a.due_on < date(2026, 11, 26) for a in overdue)


def test_participants_done_needs_every_statement(template: ReadinessTemplate) -> None:
    p1, p2 = Participant(alias="Deltagare 1"), Participant(alias="Deltagare 2")
    all_answers = tuple(
        Rating(participant_id=p1.id, statement_code=s.code, value=None) for s in template.statements
    )
    one = (Rating(participant_id=p2.id, statement_code="A1", value=3),)
    contents = _contents(template, participants=(p1, p2), ratings=all_answers + one)
    assert contents.participants_done() == (p1,)


def test_with_part_replaces_by_id_or_appends(template: ReadinessTemplate) -> None:
    first = _high("Första")
    contents = _contents(template, dependencies=(first,))
    renamed = dataclasses.replace(first, title="Omdöpt")
    second = _high("Andra")
    assert contents.with_part(renamed).dependencies == (renamed,)
    assert contents.with_part(second).dependencies == (first, second)


def test_consistent_demo_passes(demo: WorkshopContents) -> None:
    check_consistency(demo)


@pytest.mark.parametrize(
    ("spoil", "field"),
    [
        (
            lambda c: dataclasses.replace(
                c, ratings=(Rating(participant_id=uuid4(), statement_code="A1", value=3),)
            ),
            "participant_id",
        ),
        (
            lambda c: dataclasses.replace(
                c,
                ratings=(
                    Rating(participant_id=c.participants[0].id, statement_code="Z9", value=3),
                ),
            ),
            "statement_code",
        ),
        (lambda c: dataclasses.replace(c, ratings=c.ratings + c.ratings[:1]), "statement_code"),
        (
            lambda c: dataclasses.replace(
                c, group_scores=(GroupScore(dimension_code="Q", score=3),)
            ),
            "dimension_code",
        ),
        (
            lambda c: dataclasses.replace(
                c, actions=(Action(title="x", dependency_ids=frozenset({uuid4()})),)
            ),
            "dependency_ids",
        ),
        (
            lambda c: dataclasses.replace(c, actions=(Action(title="x", dimension_code="Q"),)),
            "dimension_code",
        ),
        (
            lambda c: dataclasses.replace(
                c, notes=(Note(step=WorkshopStep.DEPENDENCIES, text="x", author_id=uuid4()),)
            ),
            "author_id",
        ),
        (
            lambda c: dataclasses.replace(
                c, participants=(*c.participants, Participant(alias="deltagare 1"))
            ),
            "alias",
        ),
        (lambda c: dataclasses.replace(c, dependencies=c.dependencies + c.dependencies[:1]), "id"),
    ],
)
def test_inconsistencies_are_named(demo: WorkshopContents, spoil, field: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        check_consistency(spoil(demo))
    assert caught.value.field == field


def test_a_cancelled_action_does_not_handle_a_dependency(template: ReadinessTemplate) -> None:
    from hallbar_desktop.domain.action import ActionStatus

    high = _high()
    cancelled = Action(
        title="Besluta",
        dependency_ids=frozenset({high.id}),
        owner="Chef",
        due_on=date(2027, 1, 1),
        status=ActionStatus.CANCELLED,
    )
    contents = _contents(template, dependencies=(high,), actions=(cancelled,))
    assert unhandled_high_priority(contents) == (high,)
