"""The facilitator's window for phones (F7): start on an address, QR and code, devices, stop."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.room import RoundKind
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
from hallbar_desktop.ui.phone_answers.phone_answers_window import (
    PhoneAnswersWindow,
    room_addresses,
)
from tests.room_server.conftest import Client
from tests.ui.conftest import open_in_active_window


@pytest.fixture
def phone_window(qtbot, empty_workshop: OpenWorkshop):  # type: ignore[no-untyped-def]
    control = PhoneAnswers(empty_workshop)
    window = PhoneAnswersWindow(control, WorkshopStep.RATING, "sv")
    qtbot.addWidget(window)
    yield window
    control.stop()


def _choose_loopback(window: PhoneAnswersWindow) -> None:
    # Tests reach the server on the loopback address only, never the machine's networks.
    index = window.ui.address_combo.findData("127.0.0.1")
    assert index >= 0
    window.ui.address_combo.setCurrentIndex(index)


def test_only_private_addresses_are_offered_the_room_first() -> None:
    offered = [address for _name, address in room_addresses()]
    assert "127.0.0.1" in offered and offered[-1].startswith("127.")
    assert all(not a.startswith("0.") for a in offered)


def test_started_it_shows_address_code_and_qr_and_follows_the_phones(
    qtbot, phone_window: PhoneAnswersWindow, empty_workshop: OpenWorkshop
) -> None:
    window = phone_window
    assert window.ui.activity_combo.currentText() == "Skatta påståendena"
    assert not window.ui.stop_button.isEnabled()
    _choose_loopback(window)
    qtbot.mouseClick(window.ui.start_button, Qt.MouseButton.LeftButton)
    server = window.control.server
    assert server is not None and server.address == "127.0.0.1"
    assert window.ui.join_label.text() == f"Gå till {server.url}\nKod: {server.room.join_code}"
    assert window.ui.qr_widget.renderer().isValid()
    assert not window.ui.start_button.isEnabled() and window.ui.stop_button.isEnabled()

    phone = Client(server)
    phone.join()
    code = phone.state()["round"]["statements"][0]["code"]
    assert phone.call("POST", "/api/rating", {"statement": code, "value": 5}).status == 200
    # The window reads what arrived on its own thread, and the workshop shows it.
    qtbot.waitUntil(lambda: bool(empty_workshop.contents.ratings), timeout=5000)
    qtbot.waitUntil(lambda: window.ui.devices_list.count() == 1, timeout=5000)
    alias = window.ui.devices_list.item(0).text()
    assert window.ui.counts_label.text() == "Anslutna: 1 · klara: 0"
    phone_participant = next(p for p in empty_workshop.contents.participants if p.alias == alias)
    assert [(r.participant_id, r.value) for r in empty_workshop.contents.ratings] == [
        (phone_participant.id, 5)
    ]

    # Another activity opens on the phones; the one before closes.
    window.ui.activity_combo.setCurrentIndex(
        window.ui.activity_combo.findText("Skriva lappar: Beroenden")
    )
    assert phone.state()["round"]["kind"] == RoundKind.NOTES.value

    # A device removed must join again.
    window.ui.devices_list.setCurrentRow(0)
    qtbot.mouseClick(window.ui.remove_button, Qt.MouseButton.LeftButton)
    assert window.ui.devices_list.count() == 0
    assert phone.call("GET", "/api/state").status == 401

    # Stopping closes the port.
    qtbot.mouseClick(window.ui.stop_button, Qt.MouseButton.LeftButton)
    assert window.control.server is None
    assert window.ui.join_label.text() == "Deltagarsidan är stängd."
    with pytest.raises(OSError):
        socket.create_connection((server.address, server.port), timeout=2).close()


def test_the_suggested_activity_follows_the_step(qtbot, empty_workshop: OpenWorkshop) -> None:
    control = PhoneAnswers(empty_workshop)
    for step, text in (
        (WorkshopStep.RATING, "Skatta påståendena"),
        (WorkshopStep.ACTIONS, "Skriva lappar: Åtgärder"),
        (WorkshopStep.WELCOME, "Vänta på nästa steg (inget öppet)"),
    ):
        window = PhoneAnswersWindow(control, step, "sv")
        qtbot.addWidget(window)
        assert window.ui.activity_combo.currentText() == text


def test_f7_opens_it_and_closing_the_workshop_stops_the_server(qtbot, window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    window, contents = window_with_workshop
    window.open_workshop(contents.workshop.id)
    view = window.workshop_view
    view.show_phone_answers()
    phone_window = view.phone_window
    assert phone_window is not None and phone_window.isVisible()
    _choose_loopback(phone_window)
    phone_window.start()
    server = view.phone_answers.server
    assert server is not None
    view.close_participant_view()
    assert view.phone_answers.server is None
    with pytest.raises(OSError):
        socket.create_connection((server.address, server.port), timeout=2).close()


def test_f7_makes_its_window_after_the_key_press_and_once(qtbot, window_with_workshop) -> None:  # type: ignore[no-untyped-def]
    # Made in one go, the window held the workshop window 36-41 ms: the key press returns at
    # once, and the window comes a few turns of the event loop later, even if F7 is pressed
    # again meanwhile.
    window, _contents = open_in_active_window(qtbot, window_with_workshop, (1366, 768))
    view = window.workshop_view
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert view.phone_window is None and view.phone_answers is not None
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: view.phone_window is not None and view.phone_window.isVisible())
    shown = view.phone_window
    qtbot.wait(50)
    assert view.phone_window is shown
    assert window.findChildren(PhoneAnswersWindow) == [shown]
    _choose_loopback(shown)
    shown.start()
    assert view.phone_answers.server is not None
    view.close_participant_view()


def test_starta_after_stoppa_serves_again_on_a_process_made_meanwhile(
    qtbot, phone_window: PhoneAnswersWindow
) -> None:
    window = phone_window
    _choose_loopback(window)
    qtbot.mouseClick(window.ui.start_button, Qt.MouseButton.LeftButton)
    first = window.control.server
    assert first is not None
    qtbot.mouseClick(window.ui.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.ui.start_button, Qt.MouseButton.LeftButton)
    second = window.control.server
    assert second is not None and second is not first and second.pid != first.pid
    phone = Client(second)
    assert phone.join().status == 200
    assert window.ui.join_label.text() == f"Gå till {second.url}\nKod: {second.room.join_code}"


WINDOW_WITH_PHONES = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from hallbar_desktop.app import open_services
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers
from hallbar_desktop.ui.phone_answers.phone_answers_window import PhoneAnswersWindow

app = QApplication([])
with open_services(Path(sys.argv[1]), create_if_missing=True) as services:
    contents = services.workshops.create_workshop(Workshop(title="Ny"), participant_count=3)
    control = PhoneAnswers(OpenWorkshop(services.workshops, contents.workshop.id))
    window = PhoneAnswersWindow(control, WorkshopStep.RATING, "sv")
    window.ui.address_combo.setCurrentIndex(window.ui.address_combo.findData("127.0.0.1"))
    window.start()
    drawn = window.ui.qr_widget.renderer().isValid()
    control.stop()
print(json.dumps({"qr_drawn": drawn, "segno_loaded": "segno" in sys.modules}))
"""


def test_the_window_shows_the_qr_code_without_loading_the_code_drawing_itself(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_WITH_PHONES, str(tmp_path / "ws.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # Drawn by the server's process: segno's modules (urllib, http, ssl: 21 ms) loading in
    # the window held its painting as F7 opened.
    assert json.loads(result.stdout.splitlines()[-1]) == {"qr_drawn": True, "segno_loaded": False}
