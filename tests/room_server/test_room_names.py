"""Picking one's name on the phone when names are on; no name leaves the laptop otherwise."""

from __future__ import annotations

import dataclasses
import json
import threading
from uuid import UUID

import pytest

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.http_server import RoomServer
from hallbar_desktop.room_server.room import OpenRound, Room, RoundKind
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.room_server.conftest import Answer, Client

NAMES = ("Signe Sjöberg", "Bertil Berg")
ROUNDS = (
    None,
    OpenRound(RoundKind.RATING),
    OpenRound(RoundKind.NOTES, WorkshopStep.DEPENDENCIES),
    OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES),
)


def _name_participants(service: WorkshopService, workshop_id: UUID, *, show: bool) -> None:
    """The first participants get NAMES; the last keeps only its alias."""
    contents = service.contents(workshop_id)
    for participant, name in zip(contents.participants, NAMES, strict=False):
        service.save_participant(workshop_id, dataclasses.replace(participant, name=name))
    service.add_participant(workshop_id)
    service.update_workshop(dataclasses.replace(contents.workshop, show_names=show))


def _text(answer: Answer) -> str:
    return answer.body if isinstance(answer.body, str) else json.dumps(answer.body)


def _choose(phone: Client, participant_id: str | None) -> Answer:
    return phone.call("POST", "/api/participant", {"id": participant_id})


def test_with_names_off_no_name_leaves_the_laptop(
    service: WorkshopService, workshop_id: UUID, room: Room, server: RoomServer
) -> None:
    _name_participants(service, workshop_id, show=False)
    phone = Client(server)
    seen = [phone.call("GET", path) for path in ("/", "/participant.js", "/participant.css")]
    joined = phone.join()
    assert joined.status == 200 and joined.body["alias"].startswith("Deltagare")
    seen.append(joined)
    for round_ in ROUNDS:
        room.open(round_)
        seen.append(phone.call("GET", "/api/state"))
    someone = str(service.contents(workshop_id).participants[0].id)
    picked = _choose(phone, someone)
    assert picked.status == 409  # it has its alias already
    seen.append(picked)
    # A phone that asks for the list while names are off gets none.
    room.open(None)
    asking = Client(server)
    asking.join()
    assert "choose" not in asking.state()
    seen.append(_choose(asking, someone))
    for answer in seen:
        for name in NAMES:
            assert name not in _text(answer)
            assert name.split()[0] not in _text(answer)


def test_with_names_on_a_phone_picks_a_name_no_other_phone_holds(
    service: WorkshopService, workshop_id: UUID, room: Room, server: RoomServer
) -> None:
    _name_participants(service, workshop_id, show=True)
    people = service.contents(workshop_id).participants
    before = len(people)
    # The page itself, before the code, names nobody.
    for path in ("/", "/participant.js"):
        assert all(name not in _text(Client(server).call("GET", path)) for name in NAMES)

    anna, bertil = Client(server), Client(server)
    joined = anna.join()
    assert joined.status == 200 and joined.body["alias"] is None
    offered = anna.state()["choose"]
    assert [o["name"] for o in offered] == [p.shown_as(show_names=True) for p in people]
    assert offered[0]["name"] == NAMES[0] and offered[-1]["name"] == people[-1].alias
    room.open(OpenRound(RoundKind.RATING))
    refused = anna.call("POST", "/api/rating", {"statement": "x", "value": 3})
    assert refused.status == 409 and refused.body["error"] == "room_choose_first"

    assert _choose(anna, offered[0]["id"]).status == 200
    assert anna.state()["alias"] == NAMES[0]
    bertil.join()
    assert NAMES[0] not in [o["name"] for o in bertil.state()["choose"]]
    taken = _choose(bertil, offered[0]["id"])
    assert taken.status == 409 and taken.body["error"] == "room_name_taken"
    assert _choose(anna, offered[1]["id"]).status == 409  # once only

    # Anna's answers are stored for her, and no participant was added for her phone.
    code = anna.state()["round"]["statements"][0]["code"]
    assert anna.call("POST", "/api/rating", {"statement": code, "value": 4}).status == 200
    ratings = service.contents(workshop_id).ratings
    assert [(r.participant_id, r.value) for r in ratings] == [(people[0].id, 4)]
    assert len(service.contents(workshop_id).participants) == before

    # An alias instead: a new participant of its own.
    assert _choose(bertil, None).status == 200
    after = service.contents(workshop_id).participants
    assert len(after) == before + 1
    assert bertil.state()["alias"] == after[-1].alias
    assert room.holders() == {
        people[0].id: anna.token,
        after[-1].id: bertil.token,
    }

    # Removing Anna's phone frees her name.
    room.remove_device(anna.token)
    again = Client(server)
    again.join()
    assert NAMES[0] in [o["name"] for o in again.state()["choose"]]


def test_two_phones_tapping_the_same_name_at_once_only_one_gets_it(
    service: WorkshopService, workshop_id: UUID, server: RoomServer, room: Room
) -> None:
    _name_participants(service, workshop_id, show=True)
    wanted = str(service.contents(workshop_id).participants[0].id)
    phones = [Client(server) for _ in range(8)]
    for phone in phones:
        phone.join()
    start = threading.Barrier(len(phones))
    statuses: list[int] = []

    def tap(phone: Client) -> None:
        start.wait()
        statuses.append(_choose(phone, wanted).status)

    threads = [threading.Thread(target=tap, args=(p,)) for p in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] + [409] * (len(phones) - 1)
    assert list(room.holders()) == [UUID(wanted)]


@pytest.mark.parametrize("body", [{"id": 5}, {"id": "not-an-id"}, {}, {"id": None, "x": 1}])
def test_a_choice_is_an_id_or_null_and_nothing_else(
    service: WorkshopService, workshop_id: UUID, server: RoomServer, body: object
) -> None:
    _name_participants(service, workshop_id, show=True)
    phone = Client(server)
    phone.join()
    assert phone.call("POST", "/api/participant", body).status == 400
    unknown = phone.call("POST", "/api/participant", {"id": str(UUID(int=7))})
    assert unknown.status == 400 and unknown.body["error"] == "room_value_unknown"
    assert "choose" in phone.state()
