"""An edit that reads only its own rows still keeps every rule across the workshop's parts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import Rating, RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.workshop_with_every_part import workshop_with_every_part

Edit = Callable[[WorkshopService, WorkshopContents, WorkshopContents], Any]


def _rating(contents: WorkshopContents, participant_id: Any, code: str = "") -> Rating:
    code = code or contents.template.statements[0].code
    return Rating(participant_id=participant_id, statement_code=code, value=2)


# Each edit refers to something its workshop does not hold (``other`` is another workshop).
REFUSED: dict[str, tuple[Edit, str, str]] = {
    "an action linked to another workshop's dependency": (
        lambda s, c, other: s.save_action(
            c.workshop.id,
            dataclasses.replace(c.actions[0], dependency_ids=frozenset({other.dependencies[0].id})),
            c.actions[0],
        ),
        "dependency_ids",
        "unknown_dependency",
    ),
    "a new action with a dimension the template lacks": (
        lambda s, c, other: s.save_action(c.workshop.id, Action(title="Ny", dimension_code="ZZ")),
        "dimension_code",
        "unknown_dimension",
    ),
    "a note by another workshop's participant": (
        lambda s, c, other: s.save_note(
            c.workshop.id,
            dataclasses.replace(c.notes[0], author_id=other.participants[0].id),
            c.notes[0],
        ),
        "author_id",
        "unknown_author",
    ),
    "a note turned into an action linked to another workshop's dependency": (
        lambda s, c, other: s.exchange_parts(
            c.workshop.id,
            c.notes[0],
            Action(title="Av lappen", dependency_ids=frozenset({other.dependencies[0].id})),
        ),
        "dependency_ids",
        "unknown_dependency",
    ),
    "an answer by another workshop's participant": (
        lambda s, c, other: s.record_ratings(
            c.workshop.id, (_rating(c, other.participants[0].id),)
        ),
        "participant_id",
        "unknown_rater",
    ),
    "an answer to a statement the template lacks": (
        lambda s, c, other: s.record_rating(c.workshop.id, _rating(c, c.participants[0].id, "ZZ9")),
        "statement_code",
        "unknown_statement",
    ),
    "the same statement answered twice in one turn": (
        lambda s, c, other: s.record_ratings(
            c.workshop.id, (_rating(c, c.participants[0].id),) * 2
        ),
        "statement_code",
        "answered_twice",
    ),
    "a hand count of a statement the template lacks": (
        lambda s, c, other: s.set_statement_tallies(
            c.workshop.id, "ZZ9", (RatingTally(statement_code="ZZ9", value=3, count=2),)
        ),
        "statement_code",
        "unknown_statement",
    ),
    "a participant given another's alias, in other letter case": (
        lambda s, c, other: s.save_participant(
            c.workshop.id,
            dataclasses.replace(c.participants[0], alias=c.participants[1].alias.upper()),
            c.participants[0],
        ),
        "alias",
        "duplicate_alias",
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_an_edit_that_breaks_a_rule_across_parts_is_refused_and_stores_nothing(
    service: WorkshopService, template: ReadinessTemplate, case: str
) -> None:
    edit, field, code = REFUSED[case]
    every_part = workshop_with_every_part(template)
    second = Participant(alias="Deltagare 2", position=2)
    mine = service.add_workshop(
        dataclasses.replace(every_part, participants=(*every_part.participants, second))
    )
    other = service.add_workshop(workshop_with_every_part(template))
    before = service.contents(mine.workshop.id)

    with pytest.raises(ValidationError) as refused:
        edit(service, mine, other)

    assert (refused.value.field, refused.value.code) == (field, code)
    assert service.contents(mine.workshop.id) == before


def test_a_participant_renamed_keeps_an_alias_only_they_have(
    service: WorkshopService, template: ReadinessTemplate
) -> None:
    contents = service.add_workshop(workshop_with_every_part(template))
    person = contents.participants[0]
    service.save_participant(
        contents.workshop.id, dataclasses.replace(person, name="Kim", alias=person.alias.upper())
    )
    (stored,) = service.contents(contents.workshop.id).participants
    assert (stored.name, stored.alias) == ("Kim", person.alias.upper())


def test_votes_on_a_note_of_another_workshop_are_refused(
    service: WorkshopService, template: ReadinessTemplate
) -> None:
    mine = service.add_workshop(workshop_with_every_part(template))
    other = service.add_workshop(workshop_with_every_part(template))
    note: Note = other.notes[0]
    with pytest.raises(NotFoundError) as refused:
        service.add_votes(mine.workshop.id, {note.id: 1}, budget=3)
    assert "finns inte" in error_message(refused.value)
    assert service.contents(other.workshop.id).notes[0].votes == note.votes
