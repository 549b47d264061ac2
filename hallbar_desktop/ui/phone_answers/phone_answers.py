"""Starts and stops the participant server for the open workshop, and follows what phones send."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.addresses import DEFAULT_PORT
from hallbar_desktop.room_server.http_server import RoomServer
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
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting closes every phone's connection and the port.
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def room(self) -> Room | None:
        return None if self.server is None else self.server.room

    def start(self, address: str, language: str, round_: OpenRound | None) -> None:
        """Listen on ``address`` (RoomAddressRefused, OSError when it cannot)."""
        if self.server is not None:
            return
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
        """Read again what phones changed since the last look: the ratings of those who
        rated (the usual case, a few rows), or the workshop when anything else changed."""
        room = self.room
        if room is None:
            return
        self._push_edits(room)
        rated, other = room.take_changes()
        if other:
            self.workshop.refresh()
        elif rated:
            self.workshop.refresh_ratings_of(rated)
        now = (room.answers, room.version)
        if now != self._seen or rated or other:
            self._seen = now
            self.changed.emit()

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
