"""The phones follow the facilitator's step: rating, notes, and waiting between them."""

from __future__ import annotations

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.room import OpenRound, RoundKind
from hallbar_desktop.ui.phone_answers.phone_answers_window import PhoneAnswersWindow
from tests.room_server.conftest import Client
from tests.ui.test_phone_answers import _choose_loopback


def test_moving_to_a_step_opens_its_round_on_the_phones(qtbot, window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    window, contents = window_with_workshop
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    view.go_to(WorkshopStep.WELCOME)
    view.show_phone_answers()
    phone_window = view.phone_window
    assert isinstance(phone_window, PhoneAnswersWindow)
    _choose_loopback(phone_window)
    phone_window.start()
    server = view.phone_answers.server
    assert server is not None
    try:
        phone = Client(server)
        assert phone.join().status == 200
        assert phone.state()["round"] is None

        view.go_to(WorkshopStep.RATING)
        assert phone.state()["round"]["kind"] == "rating"
        assert phone_window.ui.activity_combo.currentText() == "Skatta påståendena"

        view.go_to(WorkshopStep.RESULTS)  # the rating closes with its step
        assert phone.state()["round"] is None
        assert phone.call("POST", "/api/rating", {"statement": "x", "value": 3}).status == 409

        view.go_to(WorkshopStep.DEPENDENCIES)
        round_ = phone.state()["round"]
        assert (round_["kind"], round_["step"]) == ("notes", WorkshopStep.DEPENDENCIES.code)
        assert phone_window.ui.activity_combo.currentText() == "Skriva lappar: Beroenden"

        # The facilitator turns to the dots on the same step: they stay while it is shown.
        dots = phone_window.ui.activity_combo.findText("Fördela prickar: Beroenden")
        phone_window.ui.activity_combo.setCurrentIndex(dots)
        assert server.room.open_round == OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES)
        view.room.set_mode(view.room.mode)  # another change of the room, not of the step
        view.room.reveal(WorkshopStep.DEPENDENCIES)
        assert server.room.open_round == OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES)

        view.go_to(WorkshopStep.ACTIONS)
        assert server.room.open_round == OpenRound(RoundKind.NOTES, WorkshopStep.ACTIONS)
    finally:
        view.close_participant_view()
