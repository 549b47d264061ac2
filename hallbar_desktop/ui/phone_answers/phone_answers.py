"""Starts and stops the participant server for the open workshop, and follows what phones send."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

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
    PhoneEdit,
    Room,
    RoundKind,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.room_state import PhoneJoin, RoomState

if TYPE_CHECKING:
    from hallbar_desktop.room_server.http_server import RoomServer

# How often the window looks at what the phones have sent: the server runs on threads of its
# own and never touches a widget; this timer reads its counters on the window's thread.
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
    # The workshop read on a thread of its own, and the window's change count when it began.
    _read = Signal(object, int)

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
        self.server: RoomServer | None = None
        self._seen: tuple[int, int] = (-1, -1)
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
        # The server's modules (http.server, email, segno: about 50 ms) load while the
        # facilitator looks at the window, off its thread, not when Starta is pressed.
        loading = threading.Thread(target=_load_server_modules, name="hallbar-load", daemon=True)
        loading.start()

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def reading(self) -> bool:
        """A read of the workshop runs on its own thread; the window shows it when it ends."""
        return self._reader is not None

    @property
    def room(self) -> Room | None:
        return None if self.server is None else self.server.room

    def start(self, address: str, language: str, round_: OpenRound | None) -> None:
        """Listen on ``address`` (RoomAddressRefused, OSError when it cannot)."""
        if self.server is not None:
            return
        from hallbar_desktop.room_server.http_server import RoomServer

        room = Room(
            self.workshop.service, self.workshop.workshop_id, language=language, keep_edits=True
        )
        room.open(round_)
        self._followed_step = None if self.room_screen is None else self.room_screen.step
        try:
            server = RoomServer(room, address, DEFAULT_PORT)
        except OSError:
            # The usual port is taken (another program, or a run not yet let go): any free one.
            server = RoomServer(room, address, 0)
        server.start()
        self.server = server
        self._poll.start()
        if self.room_screen is not None:
            self.room_screen.set_phone_join(PhoneJoin(server.url, server.join_url, room.join_code))
        self.changed.emit()

    def stop(self) -> None:
        server, self.server = self.server, None
        self._poll.stop()
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.join(timeout=5)  # its result is not shown: the workshop is read below
        if self.room_screen is not None:
            self.room_screen.set_phone_join(None)
        if server is not None:
            server.stop()
            self._push_edits(server.room)  # what arrived since the last look
            self.workshop.refresh()
            self.changed.emit()

    def open_round(self, round_: OpenRound | None) -> None:
        if self.room is not None:
            self.room.open(round_)
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
        if self.room is not None:
            self.room.remove_device(token)
            self.changed.emit()

    def look(self) -> None:
        """Take the phones' answers onto the undo stack, and have the workshop read again, on
        a thread of its own, if phones stored anything since the last look."""
        room = self.room
        if room is None:
            return
        self._push_edits(room)
        rated, other = room.take_changes()
        if rated or other:
            self._read_in_background()
        now = (room.answers, room.version)
        if now != self._seen:
            self._seen = now
            self.changed.emit()

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

    def _push_edits(self, room: Room) -> None:
        """On the window's thread, which the undo stack belongs to."""
        for edit in room.take_edits():
            self.workshop.push_stored(self._edit_text(edit), edit.undo, edit.redo)

    def _edit_text(self, edit: PhoneEdit) -> str:
        """The undo step's name, as Ångra shows it."""
        texts = {
            EditKind.RATING: self.tr("Skattning i mobilen: {0}"),
            EditKind.NOTE_ADDED: self.tr("Lapp från mobilen: {0}"),
            EditKind.NOTE_REMOVED: self.tr("Lapp borttagen i mobilen: {0}"),
            EditKind.DOTS: self.tr("Prickar i mobilen: {0}"),
        }
        return texts[edit.kind].format(edit.alias)


def _load_server_modules() -> None:
    import segno  # noqa: F401

    import hallbar_desktop.room_server.http_server  # noqa: F401
