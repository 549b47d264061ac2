"""The participant server's HTTP API with a real client on 127.0.0.1: joining, answers, refusals."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from uuid import UUID

import pytest

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.addresses import RoomAddressRefused, check_listen_address
from hallbar_desktop.room_server.http_server import RoomServer
from hallbar_desktop.room_server.participant_page import PAGE_SCRIPT
from hallbar_desktop.room_server.room import Limits, OpenRound, Room, RoundKind
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.room_server.conftest import Client

RATING = OpenRound(RoundKind.RATING)
NOTES = OpenRound(RoundKind.NOTES, WorkshopStep.DEPENDENCIES)
DOTS = OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES, budget=3)


def _statement_codes(phone: Client) -> list[str]:
    return [s["code"] for s in phone.state()["round"]["statements"]]


def test_the_page_allows_nothing_from_elsewhere(phone: Client) -> None:
    page = phone.call("GET", "/")
    assert page.status == 200
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "://" not in page.body, "the page names no other server"
    assert 'lang="sv"' in page.body and "Gå med i workshoppen" in page.body
    for path, kind in (("/participant.js", "text/javascript"), ("/participant.css", "text/css")):
        answer = phone.call("GET", path)
        assert answer.status == 200 and answer.headers["Content-Type"].startswith(kind)
        assert "Content-Security-Policy" in answer.headers
    # Text from participants reaches the page only as text, never as markup.
    assert "innerHTML" not in PAGE_SCRIPT and "eval(" not in PAGE_SCRIPT


def test_joining_needs_the_code(phone: Client, service: WorkshopService, workshop_id: UUID) -> None:
    before = len(service.contents(workshop_id).participants)
    wrong = phone.join("000000" if phone.server.room.join_code != "000000" else "111111")
    assert wrong.status == 403
    assert wrong.body["error"] == "room_code_wrong"
    assert wrong.body["message"].startswith("Koden stämmer inte")
    assert len(service.contents(workshop_id).participants) == before
    assert phone.call("GET", "/api/state").status == 401

    joined = phone.join()
    assert joined.status == 200
    participants = service.contents(workshop_id).participants
    assert len(participants) == before + 1
    assert joined.body["alias"] == participants[-1].alias
    assert len(joined.body["token"]) >= 32
    assert phone.state() == {"version": 0, "alias": joined.body["alias"], "round": None}


def test_a_rating_is_stored_through_the_service_at_once(
    phone: Client, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    phone.join()
    room.open(RATING)
    first = _statement_codes(phone)[0]
    assert phone.call("POST", "/api/rating", {"statement": first, "value": 4}).status == 200
    mine = service.contents(workshop_id).participants[-1].id
    stored = {
        (r.participant_id, r.statement_code): r.value for r in service.contents(workshop_id).ratings
    }
    assert stored == {(mine, first): 4}
    # Changed while the step is open; "Vet ej" is null.
    assert phone.call("POST", "/api/rating", {"statement": first, "value": None}).status == 200
    assert [r.value for r in service.contents(workshop_id).ratings] == [None]
    assert phone.state()["round"]["answers"] == {first: None}


def test_done_needs_every_statement_then_thanks(phone: Client, room: Room) -> None:
    phone.join()
    room.open(RATING)
    codes = _statement_codes(phone)
    refused = phone.call("POST", "/api/done", {})
    assert refused.status == 400 and refused.body["error"] == "room_rating_incomplete"
    for code in codes:
        phone.call("POST", "/api/rating", {"statement": code, "value": 3})
    assert phone.call("POST", "/api/done", {}).status == 200
    assert phone.state()["round"]["done"] is True
    assert room.progress() == (1, 1)


def test_a_device_changes_only_its_own_answers(
    server: RoomServer, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    alice, bob = Client(server), Client(server)
    alice.join()
    bob.join()
    room.open(NOTES)
    note = alice.call("POST", "/api/notes", {"text": "Budgeten räcker inte", "type": "Annat"})
    assert note.status == 200
    # Bob neither sees Alice's note nor removes it.
    assert bob.state()["round"]["notes"] == []
    refused = bob.call("POST", "/api/notes/remove", {"id": note.body["id"]})
    assert refused.status == 403 and refused.body["error"] == "room_not_yours"
    assert [n.text for n in service.contents(workshop_id).notes] == ["Budgeten räcker inte"]
    # Nor can a device answer for another participant: there is no field to name one.
    room.open(RATING)
    code = _statement_codes(bob)[0]
    alice_id = str(service.contents(workshop_id).participants[-2].id)
    other = bob.call(
        "POST", "/api/rating", {"statement": code, "value": 1, "participant": alice_id}
    )
    assert other.status == 400 and other.body["error"] == "room_bad_request"
    assert service.contents(workshop_id).ratings == ()
    # Alice removes her own note only while the notes are open.
    room.open(NOTES)
    assert alice.call("POST", "/api/notes/remove", {"id": note.body["id"]}).status == 200
    assert service.contents(workshop_id).notes == ()


def test_nothing_can_be_changed_once_the_step_is_closed(
    phone: Client, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    phone.join()
    room.open(RATING)
    code = _statement_codes(phone)[0]
    phone.call("POST", "/api/rating", {"statement": code, "value": 2})
    room.open(None)
    closed = phone.call("POST", "/api/rating", {"statement": code, "value": 5})
    assert (
        closed.status == 409 and closed.body["message"] == "Steget är stängt. Vänta på nästa steg."
    )
    assert [r.value for r in service.contents(workshop_id).ratings] == [2]
    assert phone.state()["round"] is None


def test_dots_stay_within_the_budget_and_can_be_moved(
    phone: Client, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    phone.join()
    room.open(DOTS)
    first, second = (t["id"] for t in phone.state()["round"]["targets"])

    def votes() -> dict[str, int]:
        return {str(d.id): d.votes for d in service.contents(workshop_id).dependencies}

    assert phone.call("POST", "/api/dots", {"dots": {first: 2, second: 1}}).status == 200
    assert votes() == {first: 2, second: 1}
    over = phone.call("POST", "/api/dots", {"dots": {first: 3, second: 1}})
    assert over.status == 400 and over.body["message"] == "Du har 3 prickar att fördela, inte fler."
    assert votes() == {first: 2, second: 1}
    assert phone.call("POST", "/api/dots", {"dots": {second: 3}}).status == 200
    assert votes() == {first: 0, second: 3}
    unknown = phone.call("POST", "/api/dots", {"dots": {str(UUID(int=1)): 1}})
    assert unknown.status == 400 and votes() == {first: 0, second: 3}


def test_limits_give_clear_errors(
    server: RoomServer, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    phone = Client(server)
    phone.join()
    room.open(NOTES)
    big = phone.call("POST", "/api/notes", raw=b"{" + b" " * 10_000 + b"}")
    assert big.status == 413 and big.body["error"] == "room_request_too_large"
    long = phone.call("POST", "/api/notes", {"text": "x" * 501, "type": "Annat"})
    assert long.status == 400 and long.body["message"] == "Lappen får ha högst 500 tecken."
    wrong_type = phone.call("POST", "/api/notes", {"text": "Hej", "type": "<b>Annat</b>"})
    assert wrong_type.status == 400
    not_json = phone.call("POST", "/api/notes", raw=b"text=hej")
    assert not_json.status == 400 and not_json.body["error"] == "room_bad_request"
    assert service.contents(workshop_id).notes == ()


def test_a_device_writes_at_most_so_many_notes(service: WorkshopService, workshop_id: UUID) -> None:
    room = Room(service, workshop_id, limits=Limits(notes_per_round=2))
    server = RoomServer(room, "127.0.0.1", 0)
    server.start()
    try:
        phone = Client(server)
        phone.join()
        room.open(NOTES)
        for number in (1, 2):
            assert (
                phone.call("POST", "/api/notes", {"text": f"{number}", "type": "Annat"}).status
                == 200
            )
        third = phone.call("POST", "/api/notes", {"text": "3", "type": "Annat"})
        assert third.status == 400
        assert third.body["message"] == "Du har skrivit så många lappar som går: 2."
        assert len(service.contents(workshop_id).notes) == 2
    finally:
        server.stop()


def test_a_flood_is_refused(service: WorkshopService, workshop_id: UUID) -> None:
    room = Room(
        service, workshop_id, limits=Limits(requests_per_window=5, wrong_codes_per_minute=3)
    )
    server = RoomServer(room, "127.0.0.1", 0)
    server.start()
    try:
        phone = Client(server)
        phone.join()
        answers = [phone.call("GET", "/api/state").status for _ in range(8)]
        assert answers[:5] == [200] * 5 and set(answers[5:]) == {429}
        wrong = "999999" if room.join_code != "999999" else "1"
        guesses = [Client(server).join(wrong).status for _ in range(4)]
        assert guesses == [403, 403, 403, 429]
        assert Client(server).join().status == 429, "guessing the code is slowed down too"
    finally:
        server.stop()


def test_script_in_a_note_is_kept_as_text(
    phone: Client, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    phone.join()
    room.open(NOTES)
    text = "<script>alert('x')</script>"
    assert phone.call("POST", "/api/notes", {"text": text, "type": "Annat"}).status == 200
    assert [n.text for n in service.contents(workshop_id).notes] == [text]
    assert phone.state()["round"]["notes"][0]["text"] == text


@pytest.mark.parametrize(
    "path",
    ["/../../etc/passwd", "/participant.js/../../pyproject.toml", "/static/x", "/api", "/%2e%2e/"],
)
def test_no_route_but_the_participants(phone: Client, path: str) -> None:
    answer = phone.call("GET", path)
    assert answer.status == 404 and answer.body["error"] == "room_no_such_page"


def test_other_methods_and_hosts_are_refused(phone: Client) -> None:
    assert phone.call("PUT", "/api/join", {"code": "1"}).status == 501
    assert phone.call("GET", "/api/join").status == 405
    rebound = phone.call("GET", "/", headers={"Host": "hallbar.example.com"})
    assert rebound.status == 421 and rebound.body["error"] == "room_wrong_host"


def test_events_tell_the_page_when_the_step_changes(phone: Client, room: Room) -> None:
    phone.join()
    server = phone.server
    connection = http.client.HTTPConnection(server.address, server.port, timeout=10)
    connection.request("GET", f"/api/events?token={phone.token}")
    stream = connection.getresponse()
    assert stream.status == 200 and stream.headers["Content-Type"] == "text/event-stream"
    assert stream.readline() == b"data: 0\n"
    stream.readline()
    room.open(RATING)
    assert stream.readline() == b"data: 1\n"
    # Stopping the server ends the stream at once and listens no more.
    started = time.monotonic()
    server.stop()
    assert stream.read() == b"\n" or True
    assert time.monotonic() - started < 5
    connection.close()
    with pytest.raises(OSError):
        socket.create_connection((server.address, server.port), timeout=2).close()


def test_only_addresses_of_the_local_network(service: WorkshopService, workshop_id: UUID) -> None:
    for address in (
        "192.168.1.10",
        "10.0.0.2",
        "172.16.5.4",
        "169.254.10.1",
        "fe80::1",
        "127.0.0.1",
    ):
        assert check_listen_address(address) == address
    for address, code in (
        ("0.0.0.0", "room_address_all"),
        ("::", "room_address_all"),
        ("8.8.8.8", "room_address_public"),
        ("2001:4860::8888", "room_address_public"),
        ("rummet.local", "room_address_invalid"),
    ):
        with pytest.raises(RoomAddressRefused) as refused:
            check_listen_address(address)
        assert refused.value.code == code
    with pytest.raises(RoomAddressRefused):
        RoomServer(Room(service, workshop_id), "0.0.0.0", 0)


def test_forty_phones_rating_at_once_store_every_answer_once(
    server: RoomServer, room: Room, service: WorkshopService, workshop_id: UUID
) -> None:
    phones = [Client(server) for _ in range(40)]
    for phone in phones:
        assert phone.join().status == 200
    room.open(RATING)
    codes = _statement_codes(phones[0])
    problems: list[object] = []

    def rate_all(phone: Client, value: int) -> None:
        for code in codes:
            answer = phone.call("POST", "/api/rating", {"statement": code, "value": value})
            if answer.status != 200:
                problems.append(answer.body)

    threads = [
        threading.Thread(target=rate_all, args=(phone, 1 + n % 5)) for n, phone in enumerate(phones)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert problems == []
    ratings = service.contents(workshop_id).ratings
    assert len(ratings) == 40 * len(codes)
    assert len({(r.participant_id, r.statement_code) for r in ratings}) == len(ratings)
    by_alias = {p.alias: p.id for p in service.contents(workshop_id).participants}
    for n, phone in enumerate(phones):
        alias = phone.state()["alias"]
        mine = {r.value for r in ratings if r.participant_id == by_alias[alias]}
        assert mine == {1 + n % 5}


def test_answers_are_json_of_exactly_the_expected_fields(phone: Client, room: Room) -> None:
    phone.join()
    room.open(RATING)
    code = _statement_codes(phone)[0]
    for body in (
        [code, 3],
        {"statement": code, "value": True},
        {"statement": code, "value": "3"},
        {"statement": code},
        {"statement": 5, "value": 3},
    ):
        answer = phone.call("POST", "/api/rating", raw=json.dumps(body).encode())
        assert answer.status == 400, body
    unknown = phone.call("POST", "/api/rating", {"statement": "Z99", "value": 3})
    assert unknown.status == 400


def test_a_room_served_in_english_speaks_english(
    service: WorkshopService, workshop_id: UUID
) -> None:
    room = Room(service, workshop_id, language="en")
    server = RoomServer(room, "127.0.0.1", 0)
    server.start()
    try:
        phone = Client(server)
        page = phone.call("GET", "/")
        assert 'lang="en"' in page.body and "Join the workshop" in page.body
        assert "Gå med" not in page.body
        assert phone.join("x").body["message"] == (
            "The code is not right. Look at the screen in the room and try again."
        )
        assert phone.join().body["alias"].startswith("Participant ")
    finally:
        server.stop()


def test_stopping_takes_the_window_no_longer_than_a_blink(room: Room) -> None:
    # Stoppa, closing the workshop and quitting wait for this on the window's thread.
    for _ in range(3):
        serving = RoomServer(room, "127.0.0.1", 0)
        serving.start()
        time.sleep(0.05)
        started = time.monotonic()
        serving.stop()
        assert time.monotonic() - started < 0.2
