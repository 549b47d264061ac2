"""F7 with names on: which phone holds which name, removing a phone frees it, undo as usual."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.room import OpenRound, RoundKind
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
from hallbar_desktop.ui.phone_answers.phone_answers_window import PhoneAnswersWindow
from tests.room_server.conftest import Client


@pytest.fixture
def named_workshop(empty_workshop: OpenWorkshop) -> OpenWorkshop:
    service, workshop_id = empty_workshop.service, empty_workshop.workshop_id
    first = empty_workshop.contents.participants[0]
    service.save_participant(workshop_id, dataclasses.replace(first, name="Signe Sjöberg"))
    shown = dataclasses.replace(empty_workshop.contents.workshop, show_names=True)
    service.update_workshop(shown)
    empty_workshop.refresh()
    return empty_workshop


@pytest.fixture
def phone_window(qtbot, named_workshop: OpenWorkshop) -> Iterator[PhoneAnswersWindow]:  # type: ignore[no-untyped-def]
    control = PhoneAnswers(named_workshop)
    window = PhoneAnswersWindow(control, WorkshopStep.RATING, "sv")
    qtbot.addWidget(window)
    control.start("127.0.0.1", "sv", OpenRound(RoundKind.RATING))
    yield window
    control.stop()


def _look(qtbot, control: PhoneAnswers) -> None:  # type: ignore[no-untyped-def]
    control.look()  # the workshop is read on a thread of its own
    qtbot.waitUntil(lambda: not control.reading, timeout=5000)


def _rows(window: PhoneAnswersWindow) -> list[str]:
    listed = window.ui.devices_list
    return [listed.item(row).text() for row in range(listed.count())]


def test_the_window_shows_which_phone_holds_which_name_and_removing_it_frees_it(
    qtbot, phone_window: PhoneAnswersWindow, named_workshop: OpenWorkshop
) -> None:
    control = phone_window.control
    assert control.server is not None
    signe, other = Client(control.server), Client(control.server)
    signe.join()
    other.join()
    _look(qtbot, control)
    assert _rows(phone_window) == ["Väljer vem den är …"] * 2
    signe_id = next(o["id"] for o in signe.state()["choose"] if o["name"] == "Signe Sjöberg")
    assert signe.call("POST", "/api/participant", {"id": signe_id}).status == 200
    assert other.call("POST", "/api/participant", {"id": None}).status == 200
    _look(qtbot, control)
    new_alias = named_workshop.contents.participants[-1].alias
    assert _rows(phone_window) == ["Signe Sjöberg", new_alias]

    phone_window.ui.devices_list.setCurrentRow(0)
    qtbot.mouseClick(phone_window.ui.remove_button, Qt.MouseButton.LeftButton)
    assert _rows(phone_window) == [new_alias]
    newcomer = Client(control.server)
    newcomer.join()
    assert "Signe Sjöberg" in [o["name"] for o in newcomer.state()["choose"]]


def test_a_named_phones_rating_is_taken_back_by_ctrl_z(
    qtbot, phone_window: PhoneAnswersWindow, named_workshop: OpenWorkshop
) -> None:
    control = phone_window.control
    assert control.server is not None
    phone = Client(control.server)
    phone.join()
    signe = named_workshop.contents.participants[0]
    assert phone.call("POST", "/api/participant", {"id": str(signe.id)}).status == 200
    code = phone.state()["round"]["statements"][0]["code"]
    assert phone.call("POST", "/api/rating", {"statement": code, "value": 2}).status == 200
    _look(qtbot, control)
    stack = named_workshop.undo_stack
    assert stack.undoText() == f"Skattning i mobilen: {signe.alias}"
    assert [(r.participant_id, r.value) for r in named_workshop.contents.ratings] == [(signe.id, 2)]
    stack.undo()
    assert named_workshop.contents.ratings == ()
    assert phone.state()["round"]["answers"] == {}
