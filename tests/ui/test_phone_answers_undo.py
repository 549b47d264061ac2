"""The facilitator's undo covers what phones sent, one step per answer, as in the input mode."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest

from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.room import OpenRound, RoundKind
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
from hallbar_desktop.ui.phone_answers.phone_answers_window import PhoneAnswersWindow
from tests.room_server.conftest import Client


@pytest.fixture
def phones(empty_workshop: OpenWorkshop) -> Iterator[PhoneAnswers]:
    control = PhoneAnswers(empty_workshop)
    control.start("127.0.0.1", "sv", OpenRound(RoundKind.RATING))
    yield control
    control.stop()


def _phone(control: PhoneAnswers) -> Client:
    assert control.server is not None
    phone = Client(control.server)
    assert phone.join().status == 200
    return phone


def _look(qtbot, control: PhoneAnswers) -> None:  # type: ignore[no-untyped-def]
    """What the window's timer does each second; the workshop is read on a thread of its own."""
    control.look()
    qtbot.waitUntil(lambda: not control.reading, timeout=5000)


def _ratings(workshop: OpenWorkshop) -> list[tuple[str, int | None]]:
    return sorted((r.statement_code, r.value) for r in workshop.contents.ratings)


def test_ctrl_z_takes_back_a_phones_ratings_one_answer_at_a_time(
    qtbot, phones: PhoneAnswers, empty_workshop: OpenWorkshop
) -> None:
    workshop = empty_workshop
    stack = workshop.undo_stack
    phone = _phone(phones)
    first, second = (s["code"] for s in phone.state()["round"]["statements"][:2])
    for statement, value in ((first, 4), (second, 2), (first, 5)):
        answer = phone.call("POST", "/api/rating", {"statement": statement, "value": value})
        assert answer.status == 200
    _look(qtbot, phones)
    assert stack.count() == 3
    alias = phone.state()["alias"]
    assert stack.undoText() == f"Skattning i mobilen: {alias}"
    assert _ratings(workshop) == sorted([(first, 5), (second, 2)])

    stack.undo()  # the changed answer is as it was
    assert _ratings(workshop) == sorted([(first, 4), (second, 2)])
    stack.undo()  # the second statement is unanswered again
    assert _ratings(workshop) == [(first, 4)]
    assert phone.state()["round"]["answers"] == {first: 4}
    stack.redo()
    assert _ratings(workshop) == sorted([(first, 4), (second, 2)])


def test_undo_takes_back_a_phones_note_and_dots_and_the_phone_sees_it(
    qtbot, phones: PhoneAnswers, empty_workshop: OpenWorkshop
) -> None:
    workshop = empty_workshop
    stack = workshop.undo_stack
    service, workshop_id = workshop.service, workshop.workshop_id
    target = service.save_dependency(
        workshop_id,
        Dependency(category=DependencyCategory.DECISION, title="Budgeten", position=1),
    )
    workshop.refresh()
    phone = _phone(phones)
    phones.open_round(OpenRound(RoundKind.NOTES, WorkshopStep.DEPENDENCIES))
    kind = phone.state()["round"]["types"][0]
    assert phone.call("POST", "/api/notes", {"text": "Lokalerna", "type": kind}).status == 200
    phones.open_round(OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES))
    assert phone.call("POST", "/api/dots", {"dots": {str(target.id): 3}}).status == 200
    _look(qtbot, phones)
    assert stack.count() == 2

    def votes() -> int:
        return next(d.votes for d in workshop.contents.dependencies if d.id == target.id)

    assert votes() == 3
    stack.undo()
    assert votes() == 0
    # The phone's dots are as they were, so it can give its three again.
    assert phone.state()["round"]["targets"][0]["dots"] == 0
    assert phone.call("POST", "/api/dots", {"dots": {str(target.id): 3}}).status == 200
    _look(qtbot, phones)
    assert votes() == 3

    stack.undo()  # the dots given again
    stack.undo()  # the note
    assert [n.text for n in workshop.contents.notes] == []
    stack.redo()
    assert [n.text for n in workshop.contents.notes] == ["Lokalerna"]


def test_after_stop_ctrl_z_still_takes_back_a_phones_answer_and_gives_it_again(
    qtbot, phones: PhoneAnswers, empty_workshop: OpenWorkshop
) -> None:
    workshop = empty_workshop
    phone = _phone(phones)
    code = phone.state()["round"]["statements"][0]["code"]
    assert phone.call("POST", "/api/rating", {"statement": code, "value": 4}).status == 200
    phones.stop()  # the server's process ends; what it stored since the last look comes along
    assert workshop.undo_stack.count() == 1
    workshop.undo_stack.undo()
    assert _ratings(workshop) == []
    workshop.undo_stack.redo()
    assert _ratings(workshop) == [(code, 4)]


def test_a_server_that_died_is_said_in_words_and_its_answers_stay_undoable(
    qtbot, empty_workshop: OpenWorkshop
) -> None:
    workshop = empty_workshop
    control = PhoneAnswers(workshop)
    window = PhoneAnswersWindow(control, WorkshopStep.RATING, "sv")
    qtbot.addWidget(window)
    window.ui.address_combo.setCurrentIndex(window.ui.address_combo.findData("127.0.0.1"))
    window.start()
    server = control.server
    assert server is not None
    phone = _phone(control)
    code = phone.state()["round"]["statements"][0]["code"]
    assert phone.call("POST", "/api/rating", {"statement": code, "value": 2}).status == 200
    _look(qtbot, control)
    os.kill(server.pid, signal.SIGKILL)
    until = time.monotonic() + 10
    while server.alive and time.monotonic() < until:
        time.sleep(0.02)  # Qt's events wait: the window has not heard of it yet
    # The facilitator picks another activity before the window has heard: said, not raised.
    window.ui.activity_combo.setCurrentIndex(
        window.ui.activity_combo.findText("Skriva lappar: Beroenden")
    )
    gone = (
        "Deltagarsidan stängdes oväntat. Det som mobilerna skickade är sparat; starta "
        "deltagarsidan igen om deltagarna ska fortsätta."
    )
    assert window.ui.problem_label.text() == gone
    assert not window.ui.problem_label.isHidden()
    qtbot.waitUntil(lambda: control.server is None, timeout=5000)
    assert window.ui.join_label.text() == "Deltagarsidan är stängd."
    assert window.ui.problem_label.text() == gone
    assert window.ui.start_button.isEnabled()
    # What the phone sent stays stored, and Ctrl+Z takes it back here.
    assert _ratings(workshop) == [(code, 2)]
    workshop.undo_stack.undo()
    assert _ratings(workshop) == []
