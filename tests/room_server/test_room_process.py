"""The phones' server in a process of its own: started by the window, stopped with it, writing
only while the window holds the file's lock."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from hallbar_desktop.domain.database_address import HelperAccess
from hallbar_desktop.domain.errors import DatabaseInUseError, HallbarError
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.room_server.room import OpenRound, RoundKind
from hallbar_desktop.room_server.room_process import CHILD_ARGUMENT, RoomProcess, RoomProcessGone
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database_lock import DatabaseLock
from tests.database_backends import database  # noqa: F401 (SQLite, and PostgreSQL when set)
from tests.room_server.conftest import Client


def _gone(pid: int, seconds: float = 10.0) -> bool:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def _serving(
    access: HelperAccess, workshop_id: UUID, *, rating: bool = False, **more: Any
) -> RoomProcess:
    """A server on the loopback address, any free port, its round the rating when asked."""
    round_ = OpenRound(RoundKind.RATING) if rating else None
    return RoomProcess.serving(
        access, workshop_id, address="127.0.0.1", port=0, language="sv", round_=round_, **more
    )


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return False
    return True


def test_the_hidden_argument_is_the_one_the_program_looks_for() -> None:
    from hallbar_desktop.__main__ import ROOM_PROCESS_ARGUMENT

    assert ROOM_PROCESS_ARGUMENT == CHILD_ARGUMENT


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="kills its parent with SIGKILL")
def test_the_server_stops_when_its_window_goes(service: WorkshopService, db_path: Path) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    # A window's process, killed without a chance to stop the server it started.
    window = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from uuid import UUID
        from hallbar_desktop.domain.database_address import HelperAccess
        from hallbar_desktop.room_server.room_process import RoomProcess
        from hallbar_desktop.storage.database_lock import DatabaseLock, held_lock_token
        db = Path({str(db_path)!r})
        lock = DatabaseLock(db)
        lock.acquire()
        server = RoomProcess.serving(
            HelperAccess(db, lock_token=held_lock_token(db)),
            UUID({str(workshop.workshop.id)!r}),
            address="127.0.0.1", port=0, language="sv", round_=None,
        )
        print(server.pid, server.port, flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", window], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        child_pid, port = (int(word) for word in parent.stdout.readline().split())
        assert _listening(port)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert _gone(child_pid), "the server outlived its window"
        assert not _listening(port)
    finally:
        parent.kill()
        parent.wait()


@pytest.mark.sqlite_only
def test_it_writes_while_the_window_holds_the_lock_and_a_second_window_is_refused(
    service: WorkshopService, db_path: Path
) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    workshop_id = workshop.workshop.id
    with DatabaseLock(db_path) as lock:
        assert lock.holder is not None
        server = _serving(
            HelperAccess(db_path, lock_token=lock.holder.token), workshop_id, rating=True
        )
        try:
            phone = Client(server)  # type: ignore[arg-type]
            assert phone.join().status == 200
            with pytest.raises(DatabaseInUseError):
                DatabaseLock(db_path).acquire()
        finally:
            server.stop()
    assert len(service.parts_of(workshop_id, Participant)) == 2
    assert not server.alive
    assert _gone(server.pid), "the server's process did not end after stop"


@pytest.mark.sqlite_only
def test_it_writes_nothing_when_the_lock_file_is_not_its_windows(
    service: WorkshopService, db_path: Path
) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    workshop_id = workshop.workshop.id
    with DatabaseLock(db_path), pytest.raises(HallbarError) as refused:
        _serving(HelperAccess(db_path, lock_token="another-windows-lock"), workshop_id, rating=True)
    assert refused.value.code == "database_lock_lost"
    assert len(service.parts_of(workshop_id, Participant)) == 1


def test_undo_and_redo_go_through_the_pipe_and_the_phone_sees_them(
    service: WorkshopService,
) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    workshop_id = workshop.workshop.id
    server = _serving(service.helper_access(), workshop_id, rating=True)
    try:
        phone = Client(server)  # type: ignore[arg-type]
        assert phone.join().status == 200
        code = phone.state()["round"]["statements"][0]["code"]
        assert phone.call("POST", "/api/rating", {"statement": code, "value": 4}).status == 200
        look = server.look(server.ask("look"))
        [edit] = look.edits
        assert look.rated and server.room.connected == 1
        server.ask("undo", edit=edit.number)
        assert phone.state()["round"]["answers"] == {}
        assert service.contents(workshop_id).ratings == ()
        server.ask("redo", edit=edit.number)
        assert phone.state()["round"]["answers"] == {code: 4}
    finally:
        server.stop()


def test_a_command_to_a_server_that_ended_is_refused_in_words(
    service: WorkshopService,
) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    ended: list[RoomProcess] = []
    server = _serving(service.helper_access(), workshop.workshop.id, on_end=ended.append)
    os.kill(server.pid, signal.SIGKILL)
    until = time.monotonic() + 10
    while not ended and time.monotonic() < until:
        time.sleep(0.05)
    with pytest.raises(RoomProcessGone):
        server.ask("look")
    with pytest.raises(RoomProcessGone):
        server.tell("open", round=None)
    assert ended == [server]
    assert server.stop() is None


def test_a_server_that_cannot_listen_says_why(service: WorkshopService) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    with pytest.raises(HallbarError) as refused:
        RoomProcess.serving(
            service.helper_access(),
            workshop.workshop.id,
            address="8.8.8.8",
            port=0,
            language="sv",
            round_=None,
        )
    assert refused.value.code.startswith("room_address")


def test_a_port_already_taken_is_served_on_another(service: WorkshopService) -> None:
    workshop = service.create_workshop(Workshop(title="Ny workshop"), participant_count=1)
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    busy_port = taken.getsockname()[1]
    try:
        server = RoomProcess.serving(
            service.helper_access(),
            workshop.workshop.id,
            address="127.0.0.1",
            port=busy_port,
            language="sv",
            round_=None,
        )
        try:
            # Another program's port: the phones get any free one instead (the address and
            # the QR code say which), not a room process that died on the way.
            assert server.port != busy_port and _listening(server.port)
            assert f":{server.port}/" in server.join_url
            assert Client(server).join().status == 200  # type: ignore[arg-type]
        finally:
            server.stop()
    finally:
        taken.close()
