"""A phone's request reads what it needs, never the whole workshop (forty phones at once)."""

from __future__ import annotations

from uuid import UUID

import pytest

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.http_server import RoomServer
from hallbar_desktop.room_server.room import OpenRound, Room, RoundKind
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.room_server.conftest import Client


def test_phones_rating_and_reading_their_state_never_read_the_whole_workshop(
    server: RoomServer,
    room: Room,
    service: WorkshopService,
    workshop_id: UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    phones = [Client(server) for _ in range(5)]
    for phone in phones:
        phone.join()
    whole_reads: list[object] = []
    read_whole = service.contents
    monkeypatch.setattr(service, "contents", lambda *a: whole_reads.append(a) or read_whole(*a))
    for round_ in (
        OpenRound(RoundKind.RATING),
        OpenRound(RoundKind.NOTES, WorkshopStep.DEPENDENCIES),
        OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES),
    ):
        room.open(round_)
        for phone in phones:
            shown = phone.state()["round"]
            if round_.kind is RoundKind.RATING:
                for statement in shown["statements"]:
                    body = {"statement": statement["code"], "value": 3}
                    assert phone.call("POST", "/api/rating", body).status == 200
                assert phone.call("POST", "/api/done", {}).status == 200
                assert phone.state()["round"]["done"]
    assert whole_reads == []
    monkeypatch.undo()
    done = service.contents(workshop_id).participants_done()
    assert len(done) == len(phones)
