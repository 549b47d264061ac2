"""What phones stored is read on a thread of its own, never over the facilitator's own edits."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest

from hallbar_desktop.room_server.room import OpenRound, RoundKind
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
from tests.room_server.conftest import Client


@pytest.fixture
def phones(empty_workshop: OpenWorkshop) -> Iterator[PhoneAnswers]:
    control = PhoneAnswers(empty_workshop)
    control.start("127.0.0.1", "sv", OpenRound(RoundKind.RATING))
    yield control
    control.stop()


def _rate(phone: Client, value: int) -> None:
    code = phone.state()["round"]["statements"][0]["code"]
    assert phone.call("POST", "/api/rating", {"statement": code, "value": value}).status == 200


def test_the_window_reads_what_phones_stored_off_its_own_thread(
    qtbot, phones: PhoneAnswers, empty_workshop: OpenWorkshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop, service = empty_workshop, empty_workshop.service
    assert phones.server is not None
    clients = [Client(phones.server) for _ in range(3)]
    for number, client in enumerate(clients, start=1):
        client.join()
        _rate(client, number)
    read_by: list[str] = []
    read_whole = service.contents
    monkeypatch.setattr(
        service,
        "contents",
        lambda *a: read_by.append(threading.current_thread().name) or read_whole(*a),
    )
    shown: list[bool] = []
    workshop.changed.connect(lambda: shown.append(True))
    phones.look()
    assert phones.reading and not shown  # the look returned before the read ended
    qtbot.waitUntil(lambda: not phones.reading, timeout=5000)
    assert read_by and threading.main_thread().name not in read_by
    assert shown
    monkeypatch.undo()
    assert workshop.contents == service.contents(workshop.workshop_id)
    assert len(workshop.contents.ratings) == len(clients)


def test_a_read_begun_before_an_edit_here_is_read_again_not_shown_over_it(
    qtbot, phones: PhoneAnswers, empty_workshop: OpenWorkshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop, service = empty_workshop, empty_workshop.service
    assert phones.server is not None
    phone = Client(phones.server)
    phone.join()
    _rate(phone, 4)
    # The first read is held until the facilitator has renamed the workshop here.
    renamed = threading.Event()
    read_whole = service.contents
    reads: list[bool] = []

    def slow_read(*args: object) -> object:
        first = not reads
        reads.append(True)
        before = read_whole(*args)  # type: ignore[arg-type]
        if first:
            renamed.wait(5)
        return before

    monkeypatch.setattr(service, "contents", slow_read)
    phones.look()
    # The server answers the look on a thread of the pipe's; then the read begins.
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)
    retitled = dataclasses.replace(workshop.contents.workshop, title="Nytt namn")
    workshop.update_workshop(retitled, "Byt namn")
    renamed.set()
    qtbot.waitUntil(lambda: len(reads) >= 2 and not phones.reading, timeout=5000)
    assert workshop.contents.workshop.title == "Nytt namn"
    assert [r.value for r in workshop.contents.ratings] == [4]
