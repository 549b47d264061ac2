"""What the window reads when phones have answered: their ratings, not the whole workshop."""

from __future__ import annotations

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


def test_after_ratings_the_window_reads_only_those_ratings_and_shows_them_as_stored(
    phones: PhoneAnswers, empty_workshop: OpenWorkshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop, service = empty_workshop, empty_workshop.service
    assert phones.server is not None
    clients = [Client(phones.server) for _ in range(3)]
    for client in clients:
        client.join()
    phones.look()  # participants were added: the workshop is read again
    assert workshop.contents == service.contents(workshop.workshop_id)
    codes = [s["code"] for s in clients[0].state()["round"]["statements"]]
    for number, client in enumerate(clients):
        for code in codes[: number + 2]:
            answer = {"statement": code, "value": number + 1}
            assert client.call("POST", "/api/rating", answer).status == 200
    whole_reads: list[object] = []
    read_whole = service.contents
    monkeypatch.setattr(service, "contents", lambda *a: whole_reads.append(a) or read_whole(*a))
    shown: list[bool] = []
    workshop.changed.connect(lambda: shown.append(True))
    phones.look()
    assert whole_reads == []
    assert shown, "the pages are told"
    monkeypatch.undo()
    assert workshop.contents == service.contents(workshop.workshop_id)
