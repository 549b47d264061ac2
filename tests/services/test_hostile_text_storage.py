"""The hostile-text corpus through every free-text field of every entity, via the services and
the SQLite file: each text is stored and read back exactly, or refused with a Swedish sentence
and nothing stored changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.entered_text import FREE_TEXT_FIELDS
from hallbar_desktop.domain.errors import ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.hostile_text import CORPUS, HostileText
from tests.workshop_with_every_part import workshop_with_every_part

Edit = Callable[[WorkshopService, WorkshopContents, Any], None]

# The use case a person's edit of each kind of entity goes through.
_SAVE: dict[type, Edit] = {
    Workshop: lambda s, c, e: s.update_workshop(e),
    Participant: lambda s, c, e: s.save_participant(c.workshop.id, e),
    Dependency: lambda s, c, e: s.save_dependency(c.workshop.id, e),
    Action: lambda s, c, e: s.save_action(c.workshop.id, e),
    PrerequisiteCheck: lambda s, c, e: s.save_prerequisite_check(c.workshop.id, e),
    SuccessFactor: lambda s, c, e: s.save_success_factor(c.workshop.id, e),
    Note: lambda s, c, e: s.save_note(c.workshop.id, e),
    GroupScore: lambda s, c, e: s.set_group_score(c.workshop.id, e),
}


def _entity(contents: WorkshopContents, cls: type) -> Any:
    if cls is Workshop:
        return contents.workshop
    if cls is GroupScore:
        return contents.group_scores[0]
    return contents.parts_of(cls)[0]


def _read_from_file(
    database: Path | ServerAddress, template: ReadinessTemplate, workshop_id: Any
) -> Any:
    """The workshop as a second connection reads it from the file."""
    store = SqlWorkshopStore(open_database(database), database)
    try:
        return WorkshopService(store, template).contents(workshop_id)
    finally:
        store.close()


def test_the_shared_fields_table_names_every_free_text_of_every_entity() -> None:
    """A new text field must join FREE_TEXT_FIELDS, or the corpus would never reach it."""
    codes = {(Action, "dimension_code"), (GroupScore, "dimension_code")}
    for cls in _SAVE:
        text_fields = {
            f.name
            for f in dataclasses.fields(cls)
            if f.type in ("str", "str | None") and (cls, f.name) not in codes
        }
        assert text_fields == set(FREE_TEXT_FIELDS[cls]), cls.__name__


@pytest.mark.parametrize("hostile", CORPUS, ids=str)
def test_every_free_text_field_stores_the_text_exactly_or_refuses_it(
    service: WorkshopService,
    database: Path | ServerAddress,
    template: ReadinessTemplate,
    hostile: HostileText,
) -> None:
    before = service.add_workshop(workshop_with_every_part(template))
    workshop_id = before.workshop.id
    if not hostile.accepted:
        for cls, fields in FREE_TEXT_FIELDS.items():
            entity = _entity(before, cls)
            for field, label in fields.items():
                # Each field alone: the refusal names that field. The constructor checks each
                # field's own limit, the service what no file can hold.
                with pytest.raises(ValidationError) as caught:
                    changed = dataclasses.replace(entity, **{field: hostile.text})
                    _SAVE[cls](service, before, changed)
                assert caught.value.field == field
                assert error_message(caught.value).startswith(label), error_message(caught.value)
        assert service.contents(workshop_id) == before  # nothing stored changed
        return

    for cls, fields in FREE_TEXT_FIELDS.items():
        # Every free text of the entity at once.
        changed = dataclasses.replace(_entity(before, cls), **dict.fromkeys(fields, hostile.text))
        _SAVE[cls](service, before, changed)
    # A second connection reads every field back from the file exactly as it was entered.
    stored = _read_from_file(database, template, workshop_id)
    for cls, fields in FREE_TEXT_FIELDS.items():
        for field in fields:
            assert getattr(_entity(stored, cls), field) == hostile.text, f"{cls.__name__}.{field}"


@pytest.mark.parametrize("hostile", CORPUS, ids=str)
def test_a_whole_new_workshop_keeps_the_text_or_is_refused_whole(
    service: WorkshopService,
    database: Path | ServerAddress,
    template: ReadinessTemplate,
    hostile: HostileText,
) -> None:
    """Adding a workshop with all its parts at once (duplicating, a later import) either keeps
    every text exactly or stores nothing at all."""
    long_fields = {
        (Workshop, "change_focus"),
        (Workshop, "current_state"),
        (Workshop, "target_picture"),
        (Workshop, "next_steps"),
    }

    def text_for(cls: type, field: str) -> str:
        # The 100,000 characters go where no constructor limit stops them first.
        if hostile.accepted or (cls, field) in long_fields:
            return hostile.text
        return f"{cls.__name__} {field}"

    contents = workshop_with_every_part(template, text_for)
    if hostile.accepted:
        service.add_workshop(contents)
        stored = _read_from_file(database, template, contents.workshop.id)
        for cls, fields in FREE_TEXT_FIELDS.items():
            for field in fields:
                assert getattr(_entity(stored, cls), field) == hostile.text, (cls, field)
    else:
        with pytest.raises(ValidationError) as caught:
            service.add_workshop(contents)
        assert error_message(caught.value).startswith(("Titeln", "Förändringen i fokus"))
        assert service.list_workshops() == ()


# PostgreSQL stores no NUL character in a text, and the app never writes one.
@pytest.mark.sqlite_only
def test_a_text_stored_by_an_earlier_version_is_read_and_never_refused_again(
    service: WorkshopService, db_path: Path, template: ReadinessTemplate
) -> None:
    """Before this rule existed, control characters and any length could be stored. Such a
    workshop opens, and editing another field of the same part is not refused for it."""
    old_text = "klistrat från e-post\x07\x1b " + "ö" * 30_000
    contents = workshop_with_every_part(template)
    workshop = dataclasses.replace(contents.workshop, current_state=old_text)
    dependency = dataclasses.replace(contents.dependencies[0], description="tabell\x0bcell\x00")
    store = SqlWorkshopStore(open_database(db_path), db_path)
    with store.transaction() as repo:  # as an earlier version stored it, past the services
        repo.put_workshop(workshop, template)
        for participant in contents.participants:
            repo.put_part(workshop.id, participant)
        repo.put_part(workshop.id, dependency)
    store.close()

    stored = service.contents(workshop.id)
    assert stored.workshop.current_state == old_text
    assert stored.dependencies[0].description == "tabell\x0bcell\x00"
    service.update_workshop(dataclasses.replace(stored.workshop, title="Ny titel – åäö"))
    service.save_dependency(
        workshop.id, dataclasses.replace(stored.dependencies[0], title="Ny rubrik")
    )
    again = service.contents(workshop.id)
    assert (again.workshop.title, again.workshop.current_state) == ("Ny titel – åäö", old_text)
    assert again.dependencies[0].description == "tabell\x0bcell\x00"
    # Entering such a text anew is refused, with the rule in plain words.
    with pytest.raises(ValidationError) as refused:
        service.update_workshop(dataclasses.replace(again.workshop, next_steps="ny\x07"))
    assert "styrtecken som inte kan sparas" in error_message(refused.value)
