"""The participants' phones in one workshop: join code, devices, the open round and its answers."""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

from hallbar_desktop.domain.action import Action, ActionType
from hallbar_desktop.domain.choices import Area
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.note import TEXT_MAX as NOTE_TEXT_MAX
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.services.workshop_service import MAX_PARTICIPANTS, WorkshopService
from hallbar_desktop.text_catalogue import catalogue

OTHER_TYPE = DependencyCategory.OTHER.label
# The same note types as the input mode at the computer (ui/input_mode/input_round.py).
NOTE_TYPES: dict[WorkshopStep, tuple[str, ...]] = {
    WorkshopStep.DEPENDENCIES: tuple(c.label for c in DependencyCategory),
    WorkshopStep.PREREQUISITES: (*(a.label for a in Area), OTHER_TYPE),
    WorkshopStep.ACTIONS: (*(t.label for t in ActionType), OTHER_TYPE),
}
VOTE_STEPS = (WorkshopStep.DEPENDENCIES, WorkshopStep.ACTIONS)
JOIN_CODE_DIGITS = 6


class EditKind(Enum):
    RATING = "rating"
    NOTE_ADDED = "note_added"
    NOTE_REMOVED = "note_removed"
    DOTS = "dots"


@dataclass(frozen=True, slots=True)
class PhoneEdit:
    """An answer a phone stored, with the calls that take it back and give it again: the
    facilitator's undo covers it as it covers a turn at the computer. The calls keep the
    device's own record (its notes, its dots) in step with what is stored."""

    kind: EditKind
    alias: str
    undo: Callable[[], None]
    redo: Callable[[], None]
    # What was stored, in JSON's terms: enough to take it back and give it again without the
    # room (after the server stopped, in the window's process): see undo_stored().
    recipe: dict[str, Any] = field(default_factory=dict)


class RoundKind(Enum):
    RATING = "rating"  # the statements
    NOTES = "notes"  # brainstorm notes for a step
    DOTS = "dots"  # a budget of dots over the dependencies or the actions


@dataclass(frozen=True, slots=True)
class OpenRound:
    """What the phones collect now; the step closes when another round (or none) is opened."""

    kind: RoundKind
    step: WorkshopStep = WorkshopStep.RATING
    budget: int = 3

    def __post_init__(self) -> None:
        if self.kind is RoundKind.NOTES and self.step not in NOTE_TYPES:
            raise ValueError(f"notes are not collected for {self.step}")
        if self.kind is RoundKind.DOTS and self.step not in VOTE_STEPS:
            raise ValueError(f"dots are not given for {self.step}")
        if self.kind is RoundKind.RATING and self.step is not WorkshopStep.RATING:
            raise ValueError("the statements are rated in the rating step")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one device may send: a room full of strangers' phones shares one laptop."""

    body_bytes: int = 4096
    notes_per_round: int = 30
    requests_per_window: int = 60
    window_seconds: float = 10.0
    wrong_codes_per_minute: int = 10  # per network address
    devices: int = MAX_PARTICIPANTS


@dataclass(slots=True)
class Device:
    token: str
    # None while the phone picks its name (names are on) or an alias of its own.
    participant_id: UUID | None
    alias: str
    address: str
    note_ids: dict[OpenRound, list[UUID]] = field(default_factory=dict)
    dots: dict[OpenRound, dict[UUID, int]] = field(default_factory=dict)
    done: set[OpenRound] = field(default_factory=set)
    requests: deque[float] = field(default_factory=deque)
    last_seen: float = 0.0
    name: str = ""  # the participant's name, shown only while names are on


class RoomRefusal(HallbarError):
    """A request the room does not carry out; ``status`` is the HTTP status it answers with."""

    code = "room_refused"

    def __init__(self, code: str, status: int = 400, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.status = status


class Room:
    """One workshop's phones. Every answer goes through WorkshopService at once; a device sees
    and changes only its own answers, and only while their round is open. Thread-safe: the
    server's threads share it, one service call at a time."""

    def __init__(
        self,
        service: WorkshopService,
        workshop_id: UUID,
        *,
        language: str = "sv",
        alias_word: str | None = None,
        limits: Limits = Limits(),
        clock: Callable[[], float] = time.monotonic,
        keep_edits: bool = False,
    ) -> None:
        self._service = service
        self.workshop_id = workshop_id
        self.language = language
        # A phone's participant is "Deltagare 7" in the language the room is served in.
        self._alias_word = alias_word or catalogue(language).pgettext("alias", "Deltagare")
        self.limits = limits
        self._clock = clock
        self.join_code = "".join(secrets.choice("0123456789") for _ in range(JOIN_CODE_DIGITS))
        # Phones' requests take turns at the service under _lock. What the facilitator's
        # window reads and sets (devices, the open round, answers to undo) is under _book,
        # which is never held over a service call: the window's thread never waits for the
        # file on a phone's behalf (with 40 phones it stalled 100-250 ms a second).
        self._lock = threading.RLock()
        self._book = threading.RLock()
        self._changed = threading.Condition(self._book)
        self._devices: dict[str, Device] = {}
        # Wrong codes per network address in the last minute: guessing the code is slowed down.
        self._wrong_codes: dict[str, deque[float]] = {}
        self._round: OpenRound | None = None
        # Phones read their state again when the version changes: a round opened or closed,
        # a device removed. Answers only count up ``answers``, so that forty phones do not
        # each read the workshop again at every answer in the room.
        self.version = 0
        self.answers = 0
        self.closed = False
        # What phones changed since the window last looked: whose ratings, and whether
        # anything else (a participant added, notes, dots), so that the window reads again
        # only those ratings in the usual case (take_changes()).
        self._rated: set[UUID] = set()
        self._changed_other = False
        # What phones stored, for the facilitator's undo (the window takes them); kept only
        # when someone takes them, so `hallbar serve` keeps nothing.
        self._edits: deque[PhoneEdit] | None = deque() if keep_edits else None
        service.workshop_and_template(workshop_id)  # NotFoundError now, not at the first phone

    # --- the facilitator's side ------------------------------------------------------------

    @property
    def open_round(self) -> OpenRound | None:
        return self._round

    def open(self, round_: OpenRound | None) -> None:
        """Open a round on every phone (None: "Vänta på nästa steg"); the round before closes,
        and its answers can no longer be changed from a phone."""
        with self._book:
            self._round = round_
            self._bump()

    def devices(self) -> tuple[Device, ...]:
        with self._book:
            return tuple(self._devices.values())

    def holders(self) -> dict[UUID, str]:
        """Which device (its token) holds which participant."""
        with self._book:
            return {
                d.participant_id: d.token
                for d in self._devices.values()
                if d.participant_id is not None
            }

    def progress(self) -> tuple[int, int]:
        """(connected, done) for the facilitator: "9 anslutna · 7 klara"."""
        with self._book:
            round_ = self._round
            done = sum(1 for d in self._devices.values() if round_ is not None and round_ in d.done)
            return len(self._devices), done

    def remove_device(self, token: str) -> None:
        """The device must join again with the code; what it sent stays stored, and the name
        it held can be picked again."""
        with self._book:
            self._devices.pop(token, None)
            self._bump()

    def close(self) -> None:
        with self._book:
            self.closed = True
            self._devices.clear()
            self._bump()

    def take_changes(self) -> tuple[frozenset[UUID], bool]:
        """(participants whose ratings phones changed, whether they changed anything else)
        since the last call."""
        with self._book:
            rated, self._rated = frozenset(self._rated), set()
            other, self._changed_other = self._changed_other, False
            return rated, other

    def _stored_other(self) -> None:
        with self._book:
            self._changed_other = True

    def take_edits(self) -> list[PhoneEdit]:
        """The answers stored since the last call, oldest first."""
        with self._book:
            if not self._edits:
                return []
            taken = list(self._edits)
            self._edits.clear()
            return taken

    def wait_for_change(self, seen: int, timeout: float) -> int:
        """The version after ``seen`` has passed, or ``seen`` again after ``timeout``."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen or self.closed, timeout)
            return self.version

    def _bump(self) -> None:
        with self._book:
            self.version += 1
            self._changed.notify_all()

    def _answered(self) -> None:
        self.answers += 1

    def _keep(
        self,
        kind: EditKind,
        device: Device,
        undo: Callable[[], object],
        redo: Callable[[], object],
        recipe: dict[str, Any],
    ) -> None:
        if self._edits is not None:
            with self._book:
                self._edits.append(
                    PhoneEdit(kind, device.alias, _no_result(undo), _no_result(redo), recipe)
                )

    def _device_then_store(
        self, change: Callable[[], Callable[[], None]], store: Callable[[], object]
    ) -> None:
        """For an undo or redo on the facilitator's thread: the device's own record first,
        under the room's lock, then the service call outside it. The other order could hold
        the file's write lock while waiting for a phone's request that holds the room's lock
        and waits for the file. The record is put back if storing fails."""
        with self._lock:
            put_back = change()
        try:
            store()
        except BaseException:
            with self._lock:
                put_back()
            raise

    # --- a phone's side --------------------------------------------------------------------

    def join(self, code: str, address: str) -> Device:
        """A new device with a random token and a participant of its own ("Deltagare N"); when
        the workshop shows names, the device picks its name (or an alias) first (choose())."""
        with self._lock:
            guesses = self._wrong_codes.setdefault(address, deque())
            now = self._clock()
            _forget_before(guesses, now - self.limits.window_seconds * 6)
            if len(guesses) >= self.limits.wrong_codes_per_minute:
                raise RoomRefusal("room_too_many_requests", 429)
            if not secrets.compare_digest(code.encode(), self.join_code.encode()):
                guesses.append(now)
                raise RoomRefusal("room_code_wrong", 403)
            if len(self._devices) >= self.limits.devices:
                raise RoomRefusal("room_full", 503, limit=self.limits.devices)
            device = Device(
                token=secrets.token_urlsafe(24),
                participant_id=None,
                alias="",
                address=address,
                last_seen=self._clock(),
            )
            if self._shows_names():
                with self._book:
                    self._devices[device.token] = device
                self._answered()
            else:
                self._bind(device, self._new_participant())
            return device

    def device(self, token: str) -> Device:
        """The device of ``token``, counted against its request rate."""
        with self._book:
            device = self._devices.get(token) if token else None
            if device is None:
                raise RoomRefusal("room_device_unknown", 401)
            now = self._clock()
            _forget_before(device.requests, now - self.limits.window_seconds)
            if len(device.requests) >= self.limits.requests_per_window:
                raise RoomRefusal("room_too_many_requests", 429)
            device.requests.append(now)
            device.last_seen = now
            return device

    def choose(self, device: Device, participant_id: UUID | None) -> None:
        """The device answers as ``participant_id``, one of the workshop's participants that no
        other device holds (only while names are shown), or None: as a new participant with an
        alias of its own. Once only: removing the device is what frees its name."""
        with self._lock:
            if device.token not in self._devices:
                raise RoomRefusal("room_device_unknown", 401)
            if device.participant_id is not None:
                raise RoomRefusal("room_already_chosen", 409)
            if participant_id is None:
                self._bind(device, self._new_participant())
                return
            if not self._shows_names():
                raise RoomRefusal("room_names_hidden", 403)
            found = self._service.parts_of(self.workshop_id, Participant, (participant_id,))
            if not found:
                raise RoomRefusal("room_value_unknown", 400, name="participant")
            # Under the room's lock, so two phones tapping the same name at once cannot both
            # get it: the second is told it is taken.
            if participant_id in self.holders():
                raise RoomRefusal("room_name_taken", 409)
            self._bind(device, found[0])

    def state(self, device: Device) -> dict[str, Any]:
        """What the device's page shows: the open round with its own answers, nobody else's;
        while it picks its name, the names no other device holds (names shown only)."""
        with self._lock:
            round_ = self._round
            shown: dict[str, Any] = {
                "version": self.version,
                "alias": device.alias,
                "round": None,
            }
            if device.participant_id is None:
                shown["alias"] = None
                shown["choose"] = self._free_names()
                return shown
            workshop, template = self._service.workshop_and_template(self.workshop_id)
            if workshop.show_names and device.name.strip():
                shown["alias"] = device.name
            if round_ is None:
                return shown
            about: dict[str, Any] = {
                "kind": round_.kind.value,
                "step": round_.step.code,
                "done": round_ in device.done,
            }
            if round_.kind is RoundKind.RATING:
                answers = self._service.ratings_of(self.workshop_id, device.participant_id)
                about.update(_rating_state(template, answers))
            elif round_.kind is RoundKind.NOTES:
                own = self._service.parts_of(
                    self.workshop_id, Note, device.note_ids.get(round_, ())
                )
                about["types"] = list(NOTE_TYPES[round_.step])
                about["notes"] = [
                    {"id": str(n.id), "text": n.text, "type": n.cluster}
                    for n in sorted(own, key=lambda n: n.position)
                ]
                about["max_notes"] = self.limits.notes_per_round
                about["max_length"] = NOTE_TEXT_MAX
            else:
                given = device.dots.get(round_, {})
                about["budget"] = round_.budget
                about["targets"] = [
                    {"id": str(t.id), "title": t.title, "dots": given.get(t.id, 0)}
                    for t in self._vote_targets(round_.step)
                ]
            shown["round"] = about
            return shown

    def rate(self, device: Device, statement_code: str, value: int | None) -> None:
        with self._lock:
            self._open_round_of(device, RoundKind.RATING)
            assert device.participant_id is not None  # _open_round_of saw to it
            rating = Rating(
                participant_id=device.participant_id, statement_code=statement_code, value=value
            )
            before: Rating | None = None
            if self._edits is not None:
                before = next(
                    (
                        r
                        for r in self._service.ratings_of(self.workshop_id, device.participant_id)
                        if r.statement_code == statement_code
                    ),
                    None,
                )
            self._service.record_rating(self.workshop_id, rating)
            with self._book:
                self._rated.add(device.participant_id)
            self._answered()
            service, workshop_id = self._service, self.workshop_id
            if before is None:
                undo: Callable[[], object] = lambda: service.clear_rating(  # noqa: E731
                    workshop_id, rating.participant_id, statement_code
                )
            else:
                undo = lambda: service.record_rating(workshop_id, before)  # noqa: E731
            self._keep(
                EditKind.RATING,
                device,
                undo,
                lambda: service.record_rating(workshop_id, rating),
                {
                    "participant": str(rating.participant_id),
                    "statement": statement_code,
                    "answered_before": before is not None,
                    "before": None if before is None else before.value,
                    "after": value,
                },
            )

    def add_note(self, device: Device, text: str, note_type: str) -> UUID:
        with self._lock:
            round_ = self._open_round_of(device, RoundKind.NOTES)
            if note_type not in NOTE_TYPES[round_.step]:
                raise RoomRefusal("room_value_unknown", 400, name="type")
            text = text.strip()
            if not text:
                raise RoomRefusal("room_text_empty", 400)
            if len(text) > NOTE_TEXT_MAX:
                raise RoomRefusal("room_text_too_long", 400, limit=NOTE_TEXT_MAX)
            written = device.note_ids.setdefault(round_, [])
            if len(written) >= self.limits.notes_per_round:
                raise RoomRefusal("room_too_many_notes", 400, limit=self.limits.notes_per_round)
            notes = self._service.parts_of(self.workshop_id, Note)
            note = Note(
                step=round_.step,
                text=text,
                # Anonymous unless the facilitator turned names on, as at the computer.
                author_id=device.participant_id if self._shows_names() else None,
                cluster=note_type,
                position=max((n.position for n in notes), default=0) + 1,
            )
            self._service.save_note(self.workshop_id, note)
            written.append(note.id)
            device.done.discard(round_)
            self._stored_other()
            self._answered()
            self._keep(
                EditKind.NOTE_ADDED,
                device,
                lambda: self._device_then_store(
                    lambda: _take_from(written, note.id),
                    lambda: self._service.remove_note(self.workshop_id, note.id),
                ),
                lambda: self._device_then_store(
                    lambda: _put_in(written, note.id),
                    lambda: self._service.save_note(self.workshop_id, note),
                ),
                {"note": note_json(note)},
            )
            return note.id

    def remove_note(self, device: Device, note_id: UUID) -> None:
        with self._lock:
            round_ = self._open_round_of(device, RoundKind.NOTES)
            written = device.note_ids.get(round_, [])
            if note_id not in written:
                raise RoomRefusal("room_not_yours", 403)
            removed = self._service.remove_note(self.workshop_id, note_id)
            written.remove(note_id)
            self._stored_other()
            self._answered()
            self._keep(
                EditKind.NOTE_REMOVED,
                device,
                lambda: self._device_then_store(
                    lambda: _put_in(written, note_id),
                    lambda: self._service.save_note(self.workshop_id, removed),
                ),
                lambda: self._device_then_store(
                    lambda: _take_from(written, note_id),
                    lambda: self._service.remove_note(self.workshop_id, note_id),
                ),
                {"note": note_json(removed)},
            )

    def give_dots(self, device: Device, wanted: Mapping[UUID, int]) -> None:
        """The device's dots as they now lie; only the difference from before is added, so a
        phone can move its dots until the round closes and never give more than its budget."""
        with self._lock:
            round_ = self._open_round_of(device, RoundKind.DOTS)
            targets = {t.id for t in self._vote_targets(round_.step)}
            if any(target not in targets for target in wanted):
                raise RoomRefusal("room_value_unknown", 400, name="target")
            if any(n < 0 for n in wanted.values()):
                raise RoomRefusal("room_dots_negative", 400)
            if sum(wanted.values()) > round_.budget:
                raise RoomRefusal("room_dots_over_budget", 400, budget=round_.budget)
            before = device.dots.get(round_, {})
            change = {
                target: wanted.get(target, 0) - before.get(target, 0)
                for target in set(wanted) | set(before)
            }
            added = {t: n for t, n in change.items() if n}
            self._service.add_votes(self.workshop_id, added)
            after = {t: n for t, n in wanted.items() if n}
            device.dots[round_] = after
            self._stored_other()
            self._answered()
            if added:
                taken_back = {t: -n for t, n in added.items()}
                self._keep(
                    EditKind.DOTS,
                    device,
                    lambda: self._device_then_store(
                        lambda: _lay_dots(device, round_, before),
                        lambda: self._service.add_votes(self.workshop_id, taken_back),
                    ),
                    lambda: self._device_then_store(
                        lambda: _lay_dots(device, round_, after),
                        lambda: self._service.add_votes(self.workshop_id, added),
                    ),
                    {"added": {str(t): n for t, n in added.items()}},
                )

    def finish(self, device: Device) -> None:
        """The device is done with the round ("Tack! Vänta på nästa steg"); for the rating,
        once every statement has an answer ("Vet ej" counts)."""
        with self._lock:
            round_ = self._open_round_of(device, None)
            if round_.kind is RoundKind.RATING:
                assert device.participant_id is not None  # _open_round_of saw to it
                _workshop, template = self._service.workshop_and_template(self.workshop_id)
                answered = self._service.ratings_of(self.workshop_id, device.participant_id)
                if not template.statement_codes <= {r.statement_code for r in answered}:
                    raise RoomRefusal("room_rating_incomplete", 400)
            device.done.add(round_)
            self._answered()

    def _open_round_of(self, device: Device, kind: RoundKind | None) -> OpenRound:
        round_ = self._round
        if round_ is None or (kind is not None and round_.kind is not kind):
            raise RoomRefusal("room_round_closed", 409)
        if device.token not in self._devices:
            raise RoomRefusal("room_device_unknown", 401)
        if device.participant_id is None:
            raise RoomRefusal("room_choose_first", 409)
        return round_

    def _shows_names(self) -> bool:
        workshop, _template = self._service.workshop_and_template(self.workshop_id)
        return workshop.show_names

    def _new_participant(self) -> Participant:
        return self._service.add_participant(self.workshop_id, alias_word=self._alias_word)

    def _bind(self, device: Device, participant: Participant) -> None:
        with self._book:
            device.participant_id = participant.id
            device.alias = participant.alias
            device.name = participant.name
            self._devices[device.token] = device
            self._changed_other = True
        self._answered()

    def _free_names(self) -> list[dict[str, str]]:
        """The participants a device may pick, as shown when names are on (the name where one
        is given, else the alias); nothing at all while names are not shown."""
        if not self._shows_names():
            return []
        held = self.holders()
        return [
            {"id": str(p.id), "name": p.shown_as(show_names=True)}
            for p in sorted(
                self._service.parts_of(self.workshop_id, Participant), key=lambda p: p.position
            )
            if p.id not in held
        ]

    def _vote_targets(self, step: WorkshopStep) -> tuple[Dependency | Action, ...]:
        """What the dots go on, in the order the facilitator's list has them."""
        kind: type[Dependency | Action] = (
            Dependency if step is WorkshopStep.DEPENDENCIES else Action
        )
        parts = self._service.parts_of(self.workshop_id, kind)
        return tuple(sorted(parts, key=lambda p: p.position))


def undo_stored(
    service: WorkshopService, workshop_id: UUID, kind: EditKind, recipe: Mapping[str, Any]
) -> None:
    """Take back what a phone stored (PhoneEdit.recipe) without its room: the device's own
    record is gone with the server, what is stored is put as it was."""
    if kind is EditKind.RATING:
        participant = UUID(recipe["participant"])
        if recipe["answered_before"]:
            before = Rating(
                participant_id=participant,
                statement_code=recipe["statement"],
                value=recipe["before"],
            )
            service.record_rating(workshop_id, before)
        else:
            service.clear_rating(workshop_id, participant, recipe["statement"])
    elif kind is EditKind.NOTE_ADDED:
        service.remove_note(workshop_id, UUID(recipe["note"]["id"]))
    elif kind is EditKind.NOTE_REMOVED:
        service.save_note(workshop_id, note_from_json(recipe["note"]))
    else:
        service.add_votes(workshop_id, {UUID(t): -n for t, n in recipe["added"].items()})


def redo_stored(
    service: WorkshopService, workshop_id: UUID, kind: EditKind, recipe: Mapping[str, Any]
) -> None:
    """Give again what undo_stored() took back."""
    if kind is EditKind.RATING:
        rating = Rating(
            participant_id=UUID(recipe["participant"]),
            statement_code=recipe["statement"],
            value=recipe["after"],
        )
        service.record_rating(workshop_id, rating)
    elif kind is EditKind.NOTE_ADDED:
        service.save_note(workshop_id, note_from_json(recipe["note"]))
    elif kind is EditKind.NOTE_REMOVED:
        service.remove_note(workshop_id, UUID(recipe["note"]["id"]))
    else:
        service.add_votes(workshop_id, {UUID(t): n for t, n in recipe["added"].items()})


def note_json(note: Note) -> dict[str, Any]:
    return {
        "id": str(note.id),
        "step": note.step.code,
        "text": note.text,
        "author": None if note.author_id is None else str(note.author_id),
        "cluster": note.cluster,
        "votes": note.votes,
        "position": note.position,
        "created_at": note.created_at.isoformat(),
    }


def note_from_json(data: Mapping[str, Any]) -> Note:
    return Note(
        id=UUID(data["id"]),
        step=WorkshopStep.from_code(data["step"]),
        text=data["text"],
        author_id=None if data["author"] is None else UUID(data["author"]),
        cluster=data["cluster"],
        votes=data["votes"],
        position=data["position"],
        created_at=datetime.fromisoformat(data["created_at"]),
    )


def _no_result(call: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        call()

    return run


def _take_from(written: list[UUID], note_id: UUID) -> Callable[[], None]:
    """Forget a note the device wrote; returns how to put it back."""
    at = written.index(note_id) if note_id in written else None
    if at is None:
        return lambda: None
    written.pop(at)
    return lambda: written.insert(at, note_id)


def _put_in(written: list[UUID], note_id: UUID) -> Callable[[], None]:
    if note_id in written:
        return lambda: None
    written.append(note_id)
    return lambda: written.remove(note_id)


def _lay_dots(device: Device, round_: OpenRound, dots: dict[UUID, int]) -> Callable[[], None]:
    """The device's dots as ``dots``; returns how to lay them as they were."""
    was = device.dots.get(round_, {})
    device.dots[round_] = dict(dots)
    return lambda: device.dots.__setitem__(round_, was)


def _forget_before(times: deque[float], since: float) -> None:
    while times and times[0] < since:
        times.popleft()


def _rating_state(template: ReadinessTemplate, ratings: tuple[Rating, ...]) -> dict[str, Any]:
    answers = {r.statement_code: r.value for r in ratings}
    return {
        "statements": [
            {"code": s.code, "text": s.text, "dimension": d.label}
            for d in template.dimensions
            for s in d.statements
        ],
        "scale": [{"value": a.value, "label": a.label} for a in template.scale],
        "dont_know": template.dont_know_label,
        "answers": answers,
    }
