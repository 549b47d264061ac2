"""The small reads the phones' server makes give what a read of the whole workshop gives."""

from __future__ import annotations

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.services.workshop_service import WorkshopService


def test_small_reads_match_the_whole(service: WorkshopService, demo: WorkshopContents) -> None:
    stored = service.add_workshop(demo)
    workshop_id = stored.workshop.id
    whole = service.contents(workshop_id)
    assert service.workshop_and_template(workshop_id) == (whole.workshop, whole.template)
    assert service.parts_of(workshop_id, Participant) == whole.participants
    assert service.parts_of(workshop_id, Dependency) == whole.dependencies
    some = [n.id for n in whole.notes[:2]]
    assert [n.id for n in service.parts_of(workshop_id, Note, some)] == some
    someone = whole.participants[0].id
    assert service.ratings_of(workshop_id, someone) == tuple(
        r for r in whole.ratings if r.participant_id == someone
    )
