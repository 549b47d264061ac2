"""The phones' server in a process of its own, and the window's end of the pipe to it."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any
from uuid import UUID

from hallbar_desktop.domain.database_address import HelperAccess, ServerAddress
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.join_qr import join_qr_svg
from hallbar_desktop.room_server.room import Device, EditKind, OpenRound, PhoneEdit, Room, RoundKind

if TYPE_CHECKING:
    from hallbar_desktop.room_server.http_server import RoomServer
    from hallbar_desktop.services.workshop_service import WorkshopService

# The program's hidden first argument that makes it the phones' server for its parent
# (__main__.py); a frozen bundle has no `-m`, so the child is the program itself.
CHILD_ARGUMENT = "_room-process"
# A frozen bundle's first start from a slow disk unpacks and imports for some seconds.
START_SECONDS = 60.0
# A phone's request may hold the file for up to its busy timeout (5 s) before an undo's turn.
ANSWER_SECONDS = 15.0
STOP_SECONDS = 5.0
_STDERR_LINES_KEPT = 20


class RoomProcessGone(HallbarError):
    """The phones' server stopped on its own or stopped answering (it is then ended)."""

    code = "room_process_gone"


def child_command() -> list[str]:
    """How this program starts itself as the phones' server."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_ARGUMENT]
    return [sys.executable, "-m", "hallbar_desktop", CHILD_ARGUMENT]


def round_json(round_: OpenRound | None) -> dict[str, Any] | None:
    if round_ is None:
        return None
    return {"kind": round_.kind.value, "step": round_.step.code, "budget": round_.budget}


def round_from_json(data: dict[str, Any] | None) -> OpenRound | None:
    if data is None:
        return None
    return OpenRound(RoundKind(data["kind"]), WorkshopStep.from_code(data["step"]), data["budget"])


def _error_json(error: HallbarError) -> dict[str, Any]:
    params = {
        name: value if isinstance(value, str | int | float | bool) or value is None else str(value)
        for name, value in error.params.items()
    }
    return {"code": error.code, "params": params}


# --- the child --------------------------------------------------------------------------------


class _Child:
    """The room and its server, run by the commands that come on the pipe, one at a time."""

    def __init__(self, room: Room, server: RoomServer, out: IO[bytes]) -> None:
        self.room = room
        self.server = server
        self._out = out
        self._stopped = False
        # The phones' answers as the window knows them (by number), for its undo and redo.
        self._edits: dict[int, PhoneEdit] = {}
        self._numbers = itertools.count(1)

    def say(self, message: dict[str, Any]) -> None:
        self._out.write(json.dumps(message).encode() + b"\n")
        self._out.flush()

    def serve(self, lines: Iterable[bytes]) -> None:
        """Until "stop", or the end of the pipe: the window is gone, however it went."""
        try:
            for line in lines:
                try:
                    command = json.loads(line)
                except ValueError:
                    continue
                try:
                    answer = {"n": command.get("n"), "ok": True, **self._carry_out(command)}
                except HallbarError as error:
                    answer = {"n": command.get("n"), "ok": False, "error": _error_json(error)}
                self.say(answer)
                if command.get("do") == "stop":
                    return
        finally:
            self._stop()

    def _stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self.server.stop()

    def _carry_out(self, command: dict[str, Any]) -> dict[str, Any]:
        do = command.get("do")
        if do == "look":
            return self._seen()
        if do == "open":
            self.room.open(round_from_json(command["round"]))
        elif do == "remove":
            self.room.remove_device(command["token"])
        elif do in ("undo", "redo"):
            edit = self._edits.get(command["edit"])
            if edit is None:
                raise RoomProcessGone()  # not this server's: the window does it itself
            (edit.undo if do == "undo" else edit.redo)()
        elif do == "stop":
            self._stop()  # first, so that what the phones sent last is seen below
            return self._seen()
        return {}

    def _seen(self) -> dict[str, Any]:
        """What the window shows of the room, and what phones stored since it last looked."""
        room = self.room
        rated, other = room.take_changes()
        edits = []
        for edit in room.take_edits():
            number = next(self._numbers)
            self._edits[number] = edit
            edits.append(
                {"id": number, "kind": edit.kind.value, "alias": edit.alias, "recipe": edit.recipe}
            )
        connected, done = room.progress()
        return {
            "version": room.version,
            "answers": room.answers,
            "round": round_json(room.open_round),
            "connected": connected,
            "done": done,
            "devices": [
                {
                    "token": d.token,
                    "participant": None if d.participant_id is None else str(d.participant_id),
                    "alias": d.alias,
                    "name": d.name,
                }
                for d in room.devices()
            ],
            "rated": [str(p) for p in rated],
            "other": other,
            "edits": edits,
        }


def serve_parent(
    service: WorkshopService, settings: dict[str, Any], lines: IO[bytes], out: IO[bytes]
) -> None:
    """The child's work once its database is open: say where the phones go (or why they
    cannot), then serve them and carry out the window's commands until it stops or goes."""
    from hallbar_desktop.room_server.http_server import RoomServer

    def refuse(error: dict[str, Any]) -> None:
        out.write(json.dumps({"n": 0, "ok": False, **error}).encode() + b"\n")
        out.flush()

    try:
        room = Room(
            service,
            UUID(settings["workshop"]),
            language=settings["language"],
            keep_edits=True,
        )
        room.open(round_from_json(settings["round"]))
        try:
            server = RoomServer(room, settings["address"], settings["port"])
        except OSError:
            # The usual port is taken (another program, or a run not yet let go): any free one.
            server = RoomServer(room, settings["address"], 0)
    except HallbarError as error:
        refuse({"error": _error_json(error)})
        return
    except OSError as error:
        refuse({"os_error": [error.errno, error.strerror or str(error)]})
        return
    server.start()
    child = _Child(room, server, out)
    child.say(
        {
            "n": 0,
            "ok": True,
            "port": server.port,
            "url": server.url,
            "join_url": server.join_url,
            "join_qr_svg": join_qr_svg(server.join_url),
            "code": room.join_code,
        }
    )
    child.serve(lines)


def refuse_start(out: IO[bytes], error: HallbarError) -> None:
    """The child could not open the database: the window says why."""
    out.write(json.dumps({"n": 0, "ok": False, "error": _error_json(error)}).encode() + b"\n")
    out.flush()


# --- the window's end -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredEdit:
    """A phone's answer as the window keeps it for its undo: the server's number for it, and
    what was stored, so that the window can take it back itself once the server is gone."""

    number: int
    kind: EditKind
    alias: str
    recipe: dict[str, Any]
    process: RoomProcess


@dataclass(slots=True)
class RoomSeen:
    """The room as its process last told it: code, open round, devices and counts."""

    join_code: str
    open_round: OpenRound | None
    connected: int = 0
    done: int = 0
    version: int = -1
    answers: int = -1
    listed: tuple[Device, ...] = ()

    def progress(self) -> tuple[int, int]:
        return self.connected, self.done

    def devices(self) -> tuple[Device, ...]:
        return self.listed


@dataclass(frozen=True, slots=True)
class Look:
    """One answer to "look": who rated, whether anything else changed, and the new edits."""

    rated: frozenset[UUID]
    other: bool
    edits: tuple[StoredEdit, ...]


@dataclass(slots=True)
class _Waiting:
    done: threading.Event = field(default_factory=threading.Event)
    answer: dict[str, Any] | None = None
    then: Callable[[dict[str, Any] | None], None] | None = None


class RoomProcess:
    """The phones' server in a process of its own, and the pipe to it: one JSON line a
    message each way. A thread of its own reads the answers; nothing here waits on the
    window's thread except start(), ask() and stop().

    Made, the process starts, loads its modules and opens the database of ``access`` (some
    300 ms of another core); start() then gives it the address, and it listens within a few
    milliseconds. So the window makes one when F7 opens, and Starta does not wait for it."""

    def __init__(
        self, access: HelperAccess, workshop_id: UUID, *, command: list[str] | None = None
    ) -> None:
        self._on_end: Callable[[RoomProcess], None] = lambda _process: None
        self._numbers = itertools.count(1)
        self._starting = _Waiting()
        self._waiting: dict[int, _Waiting] = {0: self._starting}
        self._mutex = threading.Lock()
        self._write_mutex = threading.Lock()
        self._stopping = False
        self.gone = False
        self.started = False
        self.stderr: deque[str] = deque(maxlen=_STDERR_LINES_KEPT)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        self._process = subprocess.Popen(
            command or child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            creationflags=flags,
        )
        threading.Thread(target=self._read, name="hallbar-room-process", daemon=True).start()
        threading.Thread(target=self._keep_stderr, name="hallbar-room-stderr", daemon=True).start()
        location = access.location
        # On the pipe, not the command line: a typed password is in them. A process that
        # ended at once says why at start().
        with contextlib.suppress(OSError, ValueError):
            self._write(
                {
                    "database": str(location),
                    "server": isinstance(location, ServerAddress),
                    "password": access.password,
                    "lock_token": access.lock_token,
                    "parent": os.getpid(),
                    "workshop": str(workshop_id),
                }
            )

    @classmethod
    def serving(
        cls,
        access: HelperAccess,
        workshop_id: UUID,
        *,
        address: str,
        port: int,
        language: str,
        round_: OpenRound | None,
        on_end: Callable[[RoomProcess], None] = lambda _process: None,
    ) -> RoomProcess:
        """A process made and started at once."""
        process = cls(access, workshop_id)
        process.start(address=address, port=port, language=language, round_=round_, on_end=on_end)
        return process

    def start(
        self,
        *,
        address: str,
        port: int,
        language: str,
        round_: OpenRound | None,
        on_end: Callable[[RoomProcess], None] = lambda _process: None,
    ) -> None:
        """Serve the workshop on ``address`` (the HallbarError or OSError the process met;
        RoomProcessGone when it ended). ``on_end(self)`` is called, on the reading thread,
        when the process ends afterwards without being stopped."""
        serve = {"address": address, "port": port, "language": language}
        with contextlib.suppress(OSError, ValueError):  # ended: its answer, or none, says why
            self._write({**serve, "round": round_json(round_)})
        try:
            started = self._wait(self._starting, START_SECONDS)
        except BaseException:
            self.end()
            raise
        self.address = address
        self.port: int = started["port"]
        self.url: str = started["url"]
        self.join_url: str = started["join_url"]
        self.join_qr_svg: str = started["join_qr_svg"]  # the join_url as a QR code
        self.room = RoomSeen(started["code"], round_)
        self.started = True
        with self._mutex:  # the reading thread tells the one it sees, this the one it did not
            self._on_end = on_end
            ended = self.gone
        if ended:
            on_end(self)

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def alive(self) -> bool:
        return not self.gone and not self._stopping and self._process.poll() is None

    def ask(self, do: str, *, seconds: float = ANSWER_SECONDS, **fields: Any) -> dict[str, Any]:
        """Carry out ``do`` in the server and wait for its answer (RoomProcessGone, or the
        HallbarError the server met)."""
        return self._wait(self._send(do, fields, then=None), seconds)

    def tell(
        self,
        do: str,
        then: Callable[[dict[str, Any] | None], None] | None = None,
        **fields: Any,
    ) -> None:
        """Carry out ``do`` without waiting; ``then(answer)`` is called on the reading
        thread (None: the process ended first). RoomProcessGone when it has already ended."""
        self._send(do, fields, then=then or (lambda _answer: None))

    def look(self, answer: dict[str, Any]) -> Look:
        """Take in an answer to "look" (or "stop"): the room as shown, and what is new."""
        room = self.room
        room.version, room.answers = answer["version"], answer["answers"]
        room.connected, room.done = answer["connected"], answer["done"]
        room.open_round = round_from_json(answer["round"])
        room.listed = tuple(
            Device(
                token=d["token"],
                participant_id=None if d["participant"] is None else UUID(d["participant"]),
                alias=d["alias"],
                address="",
                name=d["name"],
            )
            for d in answer["devices"]
        )
        edits = tuple(
            StoredEdit(e["id"], EditKind(e["kind"]), e["alias"], e["recipe"], self)
            for e in answer["edits"]
        )
        return Look(frozenset(UUID(p) for p in answer["rated"]), answer["other"], edits)

    def stop(self) -> dict[str, Any] | None:
        """Close every phone's connection and end the process; its last answer to "look", or
        None when it could not give one."""
        self._stopping = True
        last = None
        if not self.started:
            self.end()
            return None
        with contextlib.suppress(HallbarError):
            last = self.ask("stop", seconds=STOP_SECONDS)
        self.end()
        return last

    def end(self) -> None:
        """End the process without a word: closing its stdin stops it, killing it if not.
        Its exit (some 100 ms of Python's teardown) is waited for on a thread of its own:
        the port and the phones' connections are closed before it answers "stop"."""
        self._stopping = True
        with contextlib.suppress(OSError):
            assert self._process.stdin is not None
            self._process.stdin.close()
        threading.Thread(target=self._reap, name="hallbar-room-reap", daemon=True).start()

    def _reap(self) -> None:
        try:
            self._process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def _send(
        self,
        do: str,
        fields: dict[str, Any],
        *,
        then: Callable[[dict[str, Any] | None], None] | None,
    ) -> _Waiting:
        number = next(self._numbers)
        waiting = _Waiting(then=then)
        with self._mutex:
            if self.gone:
                raise RoomProcessGone()
            self._waiting[number] = waiting
        try:
            self._write({"n": number, "do": do, **fields})
        except (OSError, ValueError):  # a closed pipe: the process has ended
            with self._mutex:
                self._waiting.pop(number, None)
            raise RoomProcessGone() from None
        return waiting

    def _write(self, message: dict[str, Any]) -> None:
        assert self._process.stdin is not None
        with self._write_mutex:
            self._process.stdin.write(json.dumps(message).encode() + b"\n")
            self._process.stdin.flush()

    def _wait(self, waiting: _Waiting, seconds: float) -> dict[str, Any]:
        if not waiting.done.wait(seconds):
            # A server that does not answer is ended: the window then knows where it stands.
            self.end()
            waiting.done.wait(STOP_SECONDS)
        answer = waiting.answer
        if answer is None:
            raise RoomProcessGone()
        if answer.get("ok"):
            return answer
        if "os_error" in answer:
            number_, text = answer["os_error"]
            raise OSError(number_, text)
        error = answer.get("error") or {}
        raise HallbarError(error.get("code", RoomProcessGone.code), **error.get("params", {}))

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            with self._mutex:
                waiting = self._waiting.pop(answer.get("n"), None)
            if waiting is not None:
                self._answer(waiting, answer)
        with self._mutex:
            self.gone = True
            left, self._waiting = list(self._waiting.values()), {}
            on_end = self._on_end
        for waiting in left:
            self._answer(waiting, None)
        if not self._stopping:
            on_end(self)

    def _answer(self, waiting: _Waiting, answer: dict[str, Any] | None) -> None:
        waiting.answer = answer
        waiting.done.set()
        if waiting.then is not None:
            waiting.then(answer)

    def _keep_stderr(self) -> None:
        """What the process says on stderr is kept (a traceback's last lines), so that its
        pipe never fills and stops it."""
        assert self._process.stderr is not None
        for line in self._process.stderr:
            self.stderr.append(line.decode(errors="replace").rstrip())
