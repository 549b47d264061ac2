"""Use cases on a real SQLite file: each edit commits at once, bad input changes nothing."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import GroupScore, Rating
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Variant, Workshop
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY


def test_create_gives_aliases_and_the_template_checklist(service: WorkshopService) -> None:
    contents = service.create_workshop(Workshop(title="Ny workshop"), participant_count=3)
    assert [p.alias for p in contents.participants] == ["Deltagare 1", "Deltagare 2", "Deltagare 3"]
    assert all(p.name == "" for p in contents.participants)
    assert len(contents.prerequisite_checks) == len(service.current_template.prerequisite_prompts)
    assert all(c.light is None for c in contents.prerequisite_checks)
    assert contents.workshop.created_at == NOW


def test_participant_count_is_bounded(service: WorkshopService) -> None:
    with pytest.raises(ValidationError):
        service.create_workshop(Workshop(title="x"), participant_count=-1)
    assert service.list_workshops() == ()


def test_edits_are_committed_at_once_and_seen_by_a_new_connection(
    service: WorkshopService, database: Path | ServerAddress, template
) -> None:  # type: ignore[no-untyped-def]
    workshop_id = add_demo_workshop(service, TODAY)
    service.save_dependency(
        workshop_id, Dependency(category=DependencyCategory.PERSON, title="Ny nyckelperson")
    )
    other = SqlWorkshopStore(open_database(database), database)
    fresh = WorkshopService(other, template)
    titles = [d.title for d in fresh.contents(workshop_id).dependencies]
    other.close()
    assert "Ny nyckelperson" in titles


def test_add_participant_takes_the_first_free_alias(service: WorkshopService) -> None:
    contents = service.create_workshop(Workshop(title="x"), participant_count=3)
    service.remove_participant(contents.workshop.id, contents.participants[1].id)
    added = service.add_participant(contents.workshop.id, name="Eva")
    assert added.alias == "Deltagare 2"
    assert added.position == 4


def test_duplicate_alias_is_refused(service: WorkshopService) -> None:
    contents = service.create_workshop(Workshop(title="x"), participant_count=2)
    second = contents.participants[1]
    with pytest.raises(ValidationError) as caught:
        service.save_participant(
            contents.workshop.id, dataclasses.replace(second, alias="Deltagare 1")
        )
    assert caught.value.field == "alias"
    assert service.contents(contents.workshop.id).participants == contents.participants


def test_bad_ratings_store_nothing(service: WorkshopService) -> None:
    contents = service.create_workshop(Workshop(title="x"), participant_count=1)
    pid = contents.participants[0].id
    good = Rating(participant_id=pid, statement_code="A1", value=3)
    with pytest.raises(ValidationError):
        service.record_ratings(
            contents.workshop.id, [good, Rating(participant_id=pid, statement_code="Z1", value=3)]
        )
    with pytest.raises(ValidationError):
        service.record_rating(
            contents.workshop.id, Rating(participant_id=uuid4(), statement_code="A1", value=3)
        )
    assert service.contents(contents.workshop.id).ratings == ()


def test_a_new_answer_replaces_the_old_one_and_can_be_cleared(service: WorkshopService) -> None:
    contents = service.create_workshop(Workshop(title="x"), participant_count=1)
    wid, pid = contents.workshop.id, contents.participants[0].id
    service.record_rating(wid, Rating(participant_id=pid, statement_code="A1", value=3))
    service.record_rating(wid, Rating(participant_id=pid, statement_code="A1", value=None))
    assert service.contents(wid).ratings == (
        Rating(participant_id=pid, statement_code="A1", value=None),
    )
    service.clear_rating(wid, pid, "A1")
    assert service.contents(wid).ratings == ()


def test_group_score_for_an_unknown_dimension_is_refused(service: WorkshopService) -> None:
    wid = service.create_workshop(Workshop(title="x")).workshop.id
    with pytest.raises(ValidationError):
        service.set_group_score(wid, GroupScore(dimension_code="Q", score=3))
    service.set_group_score(wid, GroupScore(dimension_code="A", score=3, comment="Samsyn"))
    service.set_group_score(wid, GroupScore(dimension_code="A", score=4, comment="Omprövat"))
    assert service.contents(wid).group_scores == (
        GroupScore(dimension_code="A", score=4, comment="Omprövat"),
    )


def test_action_linked_to_an_unknown_dependency_is_refused(service: WorkshopService) -> None:
    wid = service.create_workshop(Workshop(title="x")).workshop.id
    with pytest.raises(ValidationError) as caught:
        service.save_action(wid, Action(title="Gör något", dependency_ids=frozenset({uuid4()})))
    assert caught.value.field == "dependency_ids"
    assert service.contents(wid).actions == ()


def test_saving_sets_updated_at(service: WorkshopService) -> None:
    wid = service.create_workshop(Workshop(title="x")).workshop.id
    saved = service.save_action(wid, Action(title="Gör något"))
    assert saved.updated_at == NOW
    assert service.contents(wid).actions == (saved,)


def test_removing_and_restoring_a_dependency_brings_back_its_links(
    service: WorkshopService, demo: WorkshopContents
) -> None:
    service.add_workshop(demo)
    wid = demo.workshop.id
    target = demo.dependencies[4]  # linked to two actions in the demo
    linked = {a.id for a in demo.actions_for(target.id)}
    assert len(linked) == 2
    removed = service.remove_dependency(wid, target.id)
    assert removed.linked_action_ids == linked
    assert service.contents(wid).actions_for(target.id) == ()
    service.restore_dependency(wid, removed)
    after = service.contents(wid)
    assert after.dependency(target.id) == target
    assert {a.id for a in after.actions_for(target.id)} == linked


def test_removing_and_restoring_a_participant_brings_back_ratings_and_notes(
    service: WorkshopService,
) -> None:
    contents = service.create_workshop(Workshop(title="x"), participant_count=2)
    wid, person = contents.workshop.id, contents.participants[0]
    service.record_rating(wid, Rating(participant_id=person.id, statement_code="A1", value=5))
    note = service.save_note(
        wid, Note(step=WorkshopStep.DEPENDENCIES, text="Idé", author_id=person.id)
    )
    removed = service.remove_participant(wid, person.id)
    between = service.contents(wid)
    assert between.ratings == () and between.notes[0].author_id is None  # the note stays, anonymous
    service.restore_participant(wid, removed)
    after = service.contents(wid)
    assert after.participants == contents.participants
    assert after.ratings == removed.ratings
    assert after.notes == (note,)


def test_remove_returns_the_part_for_undo(service: WorkshopService) -> None:
    wid = service.create_workshop(Workshop(title="x")).workshop.id
    action = service.save_action(wid, Action(title="Gör något"))
    assert service.remove_action(wid, action.id) == action
    with pytest.raises(NotFoundError):
        service.remove_action(wid, action.id)
    assert service.save_action(wid, action) == action  # undo puts it back with the same id


def test_a_part_id_from_another_workshop_is_refused(service: WorkshopService) -> None:
    first = service.create_workshop(Workshop(title="Första")).workshop.id
    second = service.create_workshop(Workshop(title="Andra")).workshop.id
    action = service.save_action(first, Action(title="Gör något"))
    with pytest.raises(ValidationError):
        service.save_action(second, action)
    assert service.contents(first).actions == (action,)
    assert service.contents(second).actions == ()


def test_follow_up_must_point_at_an_existing_workshop(service: WorkshopService) -> None:
    with pytest.raises(ValidationError):
        service.create_workshop(
            Workshop(title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=uuid4())
        )
    first = service.create_workshop(Workshop(title="Första")).workshop
    follow = service.create_workshop(
        Workshop(title="Uppföljning", variant=Variant.FOLLOW_UP, follows_up_id=first.id)
    )
    assert follow.workshop.follows_up_id == first.id
    service.delete_workshop(first.id)  # the follow-up stays and forgets the link
    assert service.contents(follow.workshop.id).workshop.follows_up_id is None


def test_update_keeps_created_at(service: WorkshopService) -> None:
    created = service.create_workshop(Workshop(title="Före")).workshop
    changed = service.update_workshop(
        dataclasses.replace(created, title="Efter", created_at=NOW.replace(year=2000))
    )
    assert changed.created_at == created.created_at
    assert service.contents(created.id).workshop.title == "Efter"


def test_list_is_newest_first_then_swedish_title_order(service: WorkshopService) -> None:
    for title, held in [
        ("Östra", date(2026, 1, 1)),
        ("Ängelholm", date(2026, 1, 1)),
        ("Zeta", date(2026, 1, 1)),
        ("Senast", date(2026, 5, 1)),
        ("Utan datum", None),
    ]:
        service.create_workshop(Workshop(title=title, held_on=held))
    assert [o.workshop.title for o in service.list_workshops()] == [
        "Senast",
        "Zeta",
        "Ängelholm",
        "Östra",
        "Utan datum",
    ]


def test_list_counts_match_the_contents(service: WorkshopService) -> None:
    wid = add_demo_workshop(service, TODAY)
    (overview,) = service.list_workshops()
    summary = service.summary(wid)
    contents = service.contents(wid)
    assert overview.participants == len(contents.participants) == 12
    assert overview.ratings == len(contents.ratings) == 180
    assert overview.dependencies == len(contents.dependencies) == 12
    assert overview.actions == len(contents.actions) == 10
    assert overview.overdue_actions == summary.overdue_count == 3


def test_unknown_workshop_is_not_found_for_every_edit(service: WorkshopService) -> None:
    missing = uuid4()
    with pytest.raises(NotFoundError):
        service.save_action(missing, Action(title="x"))
    with pytest.raises(NotFoundError):
        service.delete_workshop(missing)
    with pytest.raises(NotFoundError):
        service.clear_rating(missing, uuid4(), "A1")


def test_duplicate_as_template_keeps_facts_and_people_but_no_results(
    service: WorkshopService,
) -> None:
    wid = add_demo_workshop(service, TODAY)
    copy = service.duplicate_as_template(wid, "Nästa omgång")
    original = service.contents(wid)
    assert copy.workshop.id != wid
    assert copy.workshop.title == "Nästa omgång"
    assert copy.workshop.organisation == original.workshop.organisation
    assert copy.workshop.held_on is None and copy.workshop.status.code == "planned"
    assert [p.alias for p in copy.participants] == [p.alias for p in original.participants]
    assert {p.id for p in copy.participants}.isdisjoint(p.id for p in original.participants)
    assert copy.ratings == copy.dependencies == copy.actions == ()
    assert [c.prompt for c in copy.prerequisite_checks] == [
        c.prompt for c in original.prerequisite_checks
    ]
    assert all(c.light is None for c in copy.prerequisite_checks)
    assert service.contents(wid) == original  # the original is untouched


def test_a_use_case_that_fails_after_writing_leaves_nothing_behind(
    service: WorkshopService, demo: WorkshopContents
) -> None:
    other = service.create_workshop(Workshop(title="Annan"))
    clash = other.prerequisite_checks[0]  # an id that belongs to the other workshop
    broken = dataclasses.replace(demo, prerequisite_checks=(*demo.prerequisite_checks, clash))
    with pytest.raises(ValidationError):
        service.add_workshop(broken)  # fails on the last part, after everything else was written
    assert [o.workshop.title for o in service.list_workshops()] == ["Annan"]
    with pytest.raises(NotFoundError):
        service.contents(demo.workshop.id)


def test_an_action_due_today_is_not_yet_overdue_in_the_list(service: WorkshopService) -> None:
    wid = service.create_workshop(Workshop(title="x")).workshop.id
    service.save_action(wid, Action(title="I dag", due_on=TODAY))
    service.save_action(wid, Action(title="I går", due_on=date(2026, 11, 25)))
    (overview,) = service.list_workshops()
    assert overview.overdue_actions == 1 == service.summary(wid).overdue_count


def test_exchange_parts_replaces_a_note_in_one_transaction(service: WorkshopService) -> None:
    wid = service.create_workshop(Workshop(title="Lappar"), participant_count=1).workshop.id
    note = service.save_note(wid, Note(step=WorkshopStep.DEPENDENCIES, text="Mandatet"))
    dependency = Dependency(category=DependencyCategory.OTHER, title="Mandatet")
    service.exchange_parts(wid, note, dependency)
    after = service.contents(wid)
    assert after.notes == () and [d.id for d in after.dependencies] == [dependency.id]

    other = Dependency(category=DependencyCategory.OTHER, title="Annat")
    with pytest.raises(NotFoundError):
        service.exchange_parts(wid, note, other)  # the note is gone: nothing is stored
    assert [d.id for d in service.contents(wid).dependencies] == [dependency.id]

    service.exchange_parts(wid, dependency, note)
    back = service.contents(wid)
    assert back.dependencies == () and [n.id for n in back.notes] == [note.id]
