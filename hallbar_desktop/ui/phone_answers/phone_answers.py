"""Starts and stops the participant server for the open workshop, and follows what phones send."""

from __future__ import annotations

import contextlib
import queue
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.addresses import DEFAULT_PORT
from hallbar_desktop.room_server.room import (
    NOTE_TYPES,
    Device,
    EditKind,
    OpenRound,
    RoundKind,
    redo_stored,
    undo_stored,
)
from hallbar_desktop.ui.error_words import error_text
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import PhoneJoin, RoomState

if TYPE_CHECKING:
    from hallbar_desktop.room_server.room_process import RoomProcess, RoomSeen, StoredEdit

# How often the window asks the phones' server what they have sent: the server is a process
# of its own (its threads would hold this one's interpreter while the window draws); its
# answer comes on a thread here and is shown on the window's thread.
POLL_MS = 1000


def round_for_step(step: WorkshopStep | None) -> OpenRound | None:
    """What the phones do on the facilitator's step: the rating on the rating step, the
    notes on a step that collects them, else wait (None)."""
    if step is WorkshopStep.RATING:
        return OpenRound(RoundKind.RATING)
    if step in NOTE_TYPES:
        return OpenRound(RoundKind.NOTES, step)
    return None


class PhoneAnswers(QObject):
    """One workshop's participant server while it is on; ``changed`` fires when it starts or
    stops, a phone joins or is removed, or answers arrive (the workshop is read again then)."""

    changed = Signal()
    # Why the server stopped on its own, or why a command to it did not come through.
    failed = Signal(str)
    # The workshop read on a thread of its own, and the window's change count when it began.
    _read = Signal(object, int)
    # The server answered a look (the answer waits in _looks), or its process ended.
    _looked = Signal()
    _ended = Signal(object)

    def __init__(
        self,
        workshop: OpenWorkshop,
        parent: QObject | None = None,
        *,
        room_screen: RoomState | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        # The projector's state: it shows the address and code while the server is on, and
        # says which step the facilitator is on, which the phones follow.
        self.room_screen = room_screen
        self._followed_step: WorkshopStep | None = None
        if room_screen is not None:
            room_screen.changed.connect(self._follow_step)
        self.server: RoomProcess | None = None
        self._seen: tuple[int, int] = (-1, -1)
        # Answers to "look" in the order they came, taken on the window's thread.
        self._looks: queue.SimpleQueue[tuple[RoomProcess, dict[str, Any] | None]] = (
            queue.SimpleQueue()
        )
        self._looking = False
        self._looked.connect(self._take_looks, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._process_ended, Qt.ConnectionType.QueuedConnection)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.look)
        # The phones' answers are read off the window's thread (with 40 phones the read took
        # 20-40 ms of it each second); a read that began before an edit made here is not
        # shown but made again, so it never hides the facilitator's own change.
        self._edits_here = 0
        workshop.changed.connect(self._count_edit)
        self._reader: threading.Thread | None = None
        self._read_again = False
        self._read.connect(self._show_read, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting closes every phone's connection and the port.
            app.aboutToQuit.connect(self.stop)
        # The server's process starts and loads its modules (about 300 ms of another core)
        # while the facilitator looks at F7, not when Starta is pressed; segno loads here.
        self._spare: RoomProcess | None = None
        self._making_spare: threading.Thread | None = None
        self.prepare()

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def reading(self) -> bool:
        """A read of the workshop runs on its own thread; the window shows it when it ends."""
        return self._looking or self._reader is not None

    @property
    def room(self) -> RoomSeen | None:
        return None if self.server is None else self.server.room

    def start(self, address: str, language: str, round_: OpenRound | None) -> None:
        """Start the server in a process of its own, listening on ``address`` (a HallbarError
        such as RoomAddressRefused, or OSError, when it cannot)."""
        if self.server is not None:
            return
        from hallbar_desktop.room_server.room_process import RoomProcess, RoomProcessGone

        self._followed_step = None if self.room_screen is None else self.room_screen.step
        spare = self._take_spare()
        settings: dict[str, Any] = {
            "address": address,
            "port": DEFAULT_PORT,
            "language": language,
            "round_": round_,
            "on_end": self._ended.emit,
        }
        server = None
        try:
            if spare is not None:
                with contextlib.suppress(RoomProcessGone):  # it ended meanwhile: a new one
                    spare.start(**settings)
                    server = spare
            if server is None:
                access = self.workshop.service.helper_access()
                server = RoomProcess.serving(access, self.workshop.workshop_id, **settings)
        except BaseException:
            self.prepare()  # for another try, on another address say
            raise
        self.server = server
        self._poll.start()
        if self.room_screen is not None:
            self.room_screen.set_phone_join(
                PhoneJoin(server.url, server.join_url, server.room.join_code, server.join_qr_svg)
            )
        self.changed.emit()

    def stop(self) -> None:
        server = self._let_go()
        if server is not None:
            last = server.stop()
            self._take_looks()  # answers that came before the last one
            if last is not None:
                self._show_look(server, last)
            self.workshop.refresh()
            self.changed.emit()

    def prepare(self) -> None:
        """Have the server's process start and open the database, off the window's thread, so
        that the next Starta is quick; F7 does it when it opens, and after Stoppa."""
        if self.server is not None or self._making_spare is not None:
            return
        self._making_spare = threading.Thread(
            target=self._make_spare, name="hallbar-room-spare", daemon=True
        )
        self._making_spare.start()

    def _take_spare(self) -> RoomProcess | None:
        making, self._making_spare = self._making_spare, None
        if making is not None:
            making.join()
        spare, self._spare = self._spare, None
        return spare

    def _make_spare(self) -> None:
        from hallbar_desktop.room_server.room_process import RoomProcess

        try:
            self._spare = RoomProcess(
                self.workshop.service.helper_access(), self.workshop.workshop_id
            )
        except OSError:
            self._spare = None  # Starta tries again, and says why if it cannot

    def _let_go(self) -> RoomProcess | None:
        spare = self._take_spare()
        if spare is not None:  # the workshop closes, the program quits, or it was stopped
            spare.end()
        server, self.server = self.server, None
        self._poll.stop()
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.join(timeout=5)  # its result is not shown: the workshop is read after
        if self.room_screen is not None:
            self.room_screen.set_phone_join(None)
        return server

    def _process_ended(self, server: RoomProcess) -> None:
        """The server's process ended without being stopped: what it stored stays, and what
        the window knows of it can still be undone here."""
        if server is not self.server:
            return
        self._let_go()
        self._take_looks()
        self.workshop.refresh()
        self.changed.emit()
        self.failed.emit(self._gone_text())
        self.prepare()  # for Starta again

    def _gone_text(self) -> str:
        from hallbar_desktop.room_server.room_process import RoomProcessGone

        return error_text(RoomProcessGone())

    def _ask(self, do: str, **fields: Any) -> bool:
        """A command the server carries out before the window goes on (a round closed is
        closed before the next phone's request; it takes the server a millisecond or two);
        False, and ``failed`` says why, when it could not."""
        if self.server is None:
            return False
        try:
            self.server.ask(do, **fields)
        except HallbarError as error:
            self.failed.emit(error_text(error))
            return False
        return True

    def open_round(self, round_: OpenRound | None) -> None:
        from hallbar_desktop.room_server.room_process import round_json

        if self.room is not None and self._ask("open", round=round_json(round_)):
            self.room.open_round = round_
            self.changed.emit()

    def _follow_step(self) -> None:
        """The facilitator moved on: the phones get the new step's round, and the round
        before closes. Dots stay open on their own step: the facilitator chose them there."""
        room = self.room
        if room is None or self.room_screen is None:
            return
        step = self.room_screen.step
        if step is self._followed_step:
            return
        self._followed_step = step
        now = room.open_round
        if now is not None and now.kind is RoundKind.DOTS and now.step is step:
            return
        wanted = round_for_step(step)
        if wanted != now:
            self.open_round(wanted)

    def devices(self) -> tuple[Device, ...]:
        return () if self.room is None else self.room.devices()

    def remove_device(self, token: str) -> None:
        room = self.room
        if room is not None and self._ask("remove", token=token):
            room.listed = tuple(d for d in room.listed if d.token != token)
            self.changed.emit()

    def look(self) -> None:
        """Ask the server what phones sent since the last look; its answer comes on a thread
        of the pipe's and is shown on the window's (_show_look)."""
        server = self.server
        if server is None or self._looking:
            return
        self._looking = True

        def answered(answer: dict[str, Any] | None) -> None:
            self._looks.put((server, answer))
            self._looked.emit()

        try:
            server.tell("look", answered)
        except HallbarError:
            self._looking = False  # its end is said by _process_ended

    def _take_looks(self) -> None:
        while True:
            try:
                server, answer = self._looks.get_nowait()
            except queue.Empty:
                return
            self._looking = False
            if answer is not None and answer.get("ok"):
                self._show_look(server, answer)

    def _show_look(self, server: RoomProcess, answer: dict[str, Any]) -> None:
        """Take the phones' answers onto the undo stack, and have the workshop read again, on
        a thread of its own, if phones stored anything since the last look."""
        look = server.look(answer)
        for edit in look.edits:
            self.workshop.push_stored(
                self._edit_text(edit.kind, edit.alias),
                lambda edit=edit: self._move(edit, undo=True),  # type: ignore[misc]
                lambda edit=edit: self._move(edit, undo=False),  # type: ignore[misc]
            )
        if server is not self.server:
            return  # stopped: the workshop is read by stop()
        if look.rated or look.other:
            self._read_in_background()
        now = (server.room.answers, server.room.version)
        if now != self._seen:
            self._seen = now
            self.changed.emit()

    def _move(self, edit: StoredEdit, *, undo: bool) -> None:
        """Undo or redo a phone's answer: by its server while that runs, so that the phone's
        own record (its notes, its dots) follows; once it has stopped, here."""
        if edit.process is self.server and edit.process.alive:
            edit.process.ask("undo" if undo else "redo", edit=edit.number)
            return
        move = undo_stored if undo else redo_stored
        move(self.workshop.service, self.workshop.workshop_id, edit.kind, edit.recipe)

    def _count_edit(self) -> None:
        self._edits_here += 1

    def _read_in_background(self) -> None:
        if self._reader is not None:
            self._read_again = True  # once this read is shown
            return
        service, workshop_id, began = (
            self.workshop.service,
            self.workshop.workshop_id,
            self._edits_here,
        )

        def read() -> None:
            try:
                contents: WorkshopContents | None = service.contents(workshop_id)
            except HallbarError:
                contents = None  # the window's own next read says what is wrong
            self._read.emit(contents, began)

        self._reader = threading.Thread(target=read, name="hallbar-phone-answers-read")
        self._reader.start()

    def _show_read(self, contents: WorkshopContents | None, began: int) -> None:
        if self._reader is None:
            return  # stopped meanwhile
        self._reader = None
        if contents is not None and began == self._edits_here:
            self.workshop.show_read(contents)
            self.changed.emit()
        elif contents is not None:
            self._read_again = True  # an edit here came between: read what it stored too
        if self._read_again and self.server is not None:
            self._read_again = False
            self._read_in_background()

    def _edit_text(self, kind: EditKind, alias: str) -> str:
        """The undo step's name, as Ångra shows it."""
        texts = {
            EditKind.RATING: self.tr("Skattning i mobilen: {0}"),
            EditKind.NOTE_ADDED: self.tr("Lapp från mobilen: {0}"),
            EditKind.NOTE_REMOVED: self.tr("Lapp borttagen i mobilen: {0}"),
            EditKind.DOTS: self.tr("Prickar i mobilen: {0}"),
        }
        return texts[kind].format(alias)
