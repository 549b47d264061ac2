"""Merging a duplicate note: one transaction, the dots add up, only what changes is written."""

from __future__ import annotations

import dataclasses
from uuid import UUID, uuid4

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.errors import NotFoundError, ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService


def _workshop_with_notes(service: WorkshopService) -> tuple[UUID, Note, Note, Note]:
    workshop_id = service.create_workshop(Workshop(title="Lappar")).workshop.id
    step = WorkshopStep.DEPENDENCIES
    keep = Note(step=step, text="Bara Anna kan mallen", cluster="Personberoende", votes=3)
    duplicate = Note(step=step, text="Allt hänger på Anna", votes=2, position=2)
    other_step = Note(step=WorkshopStep.ACTIONS, text="Utbilda fler", votes=1, position=3)
    for note in (keep, duplicate, other_step):
        service.save_note(workshop_id, note)
    return workshop_id, keep, duplicate, other_step


def test_the_kept_note_gets_both_notes_dots_and_the_other_is_removed(
    service: WorkshopService,
) -> None:
    workshop_id, keep, duplicate, other_step = _workshop_with_notes(service)

    merged = service.merge_notes(workshop_id, keep.id, duplicate.id)

    notes = {n.id: n for n in service.contents(workshop_id).notes}
    assert set(notes) == {keep.id, other_step.id}
    assert notes[keep.id].votes == 5
    assert (notes[keep.id].text, notes[keep.id].cluster) == (keep.text, keep.cluster)
    assert merged.kept == notes[keep.id] and merged.removed == duplicate


def test_undoing_a_merge_brings_both_notes_back_as_they_were(service: WorkshopService) -> None:
    workshop_id, keep, duplicate, other_step = _workshop_with_notes(service)
    merged = service.merge_notes(workshop_id, keep.id, duplicate.id)

    service.unmerge_notes(workshop_id, merged)

    assert set(service.contents(workshop_id).notes) == {keep, duplicate, other_step}


def test_dots_given_after_the_merge_stay_when_it_is_undone(service: WorkshopService) -> None:
    workshop_id, keep, duplicate, _ = _workshop_with_notes(service)
    merged = service.merge_notes(workshop_id, keep.id, duplicate.id)
    stored = next(n for n in service.contents(workshop_id).notes if n.id == keep.id)
    service.save_note(workshop_id, dataclasses.replace(stored, votes=stored.votes + 1))

    service.unmerge_notes(workshop_id, merged)

    votes = {n.id: n.votes for n in service.contents(workshop_id).notes}
    assert votes[keep.id] == 4 and votes[duplicate.id] == 2


def test_a_merge_writes_only_the_kept_notes_dots_and_removes_the_other(
    service: WorkshopService,
) -> None:
    workshop_id, keep, duplicate, _ = _workshop_with_notes(service)
    engine = service._store._engine  # type: ignore[attr-defined]
    written: list[str] = []

    def note_write(conn, cursor, statement: str, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
            written.append(" ".join(statement.split()))

    sa.event.listen(engine, "before_cursor_execute", note_write)
    try:
        service.merge_notes(workshop_id, keep.id, duplicate.id)
    finally:
        sa.event.remove(engine, "before_cursor_execute", note_write)

    assert len(written) == 2
    update, delete = written
    # Only the dots are set (the placeholder is ? on SQLite, %(votes)s on PostgreSQL).
    assert update.startswith("UPDATE notes SET votes=") and " WHERE " in update
    assert update.split(" WHERE ")[0].count("=") == 1
    assert delete.startswith("DELETE FROM notes")


@pytest.mark.parametrize("pair", ["same note", "another step"])
def test_only_two_notes_of_one_step_can_be_merged(service: WorkshopService, pair: str) -> None:
    workshop_id, keep, _, other_step = _workshop_with_notes(service)
    before = service.contents(workshop_id).notes
    remove_id = keep.id if pair == "same note" else other_step.id
    with pytest.raises(ValidationError):
        service.merge_notes(workshop_id, keep.id, remove_id)
    assert service.contents(workshop_id).notes == before


def test_a_note_that_is_gone_cannot_be_merged(service: WorkshopService) -> None:
    workshop_id, keep, _, _ = _workshop_with_notes(service)
    with pytest.raises(NotFoundError):
        service.merge_notes(workshop_id, keep.id, uuid4())
