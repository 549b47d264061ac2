"""The workshop open in the window: its contents, its undo stack and every edit the pages make."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import HallbarError, NotFoundError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, RatingTally
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.ui.undo_commands import ServiceCommand


class OpenWorkshop(QObject):
    """Pages read ``contents`` and call the edit methods; each edit is stored at once and can be
    undone. ``changed`` fires after every stored change, ``saved`` with the time it happened,
    ``failed`` with a sentence when an undo or redo could not be carried out."""

    changed = Signal()
    saved = Signal(datetime)
    failed = Signal(str)

    def __init__(self, service: WorkshopService, workshop_id: UUID, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._id = workshop_id
        self._contents = service.contents(workshop_id)
        self.undo_stack = QUndoStack(self)
        self._group_text: str | None = None
        self._group_open = False

    def begin_group(self, text: str) -> None:
        """Edits from here until end_group() are undone and redone as one step called ``text``,
        e.g. everything one participant entered in a turn of the input mode."""
        self.end_group()
        self._group_text = text

    def end_group(self) -> None:
        if self._group_open:
            self.undo_stack.endMacro()
        self._group_text = None
        self._group_open = False

    @property
    def service(self) -> WorkshopService:
        return self._service

    @property
    def workshop_id(self) -> UUID:
        return self._id

    @property
    def contents(self) -> WorkshopContents:
        return self._contents

    def refresh(self) -> None:
        self._contents = self._service.contents(self._id)
        self.changed.emit()

    def execute(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        updated: Callable[[object], WorkshopContents] | None = None,
    ) -> None:
        """Carry out ``do`` now; HallbarError reaches the caller and nothing is pushed.

        ``updated`` turns what ``do`` returned into the new contents without reading the whole
        workshop back, which a large workshop would feel on every keystroke; undo and redo
        always read it back."""
        result = do()
        if self._group_text is not None and not self._group_open:
            # Opened at the group's first stored edit, so that a group with none leaves no
            # empty step on the stack.
            self.undo_stack.beginMacro(self._group_text)
            self._group_open = True
        self.undo_stack.push(ServiceCommand(text, do, undo, self._stored, self._report))
        if updated is None:
            self._stored()
            return
        self._contents = updated(result)
        self.changed.emit()
        self.saved.emit(datetime.now())

    def _stored(self) -> None:
        self.refresh()
        self.saved.emit(datetime.now())

    def _report(self, error: HallbarError) -> None:
        self.failed.emit(error.message)

    # --- edits the pages make --------------------------------------------------------------

    def update_workshop(self, after: Workshop, text: str) -> None:
        before = self._contents.workshop
        service = self._service

        def updated(stored: object) -> WorkshopContents:
            # The service returns the facts as stored; the parts did not change.
            return dataclasses.replace(self._contents, workshop=stored)

        self.execute(
            text,
            lambda: service.update_workshop(after),
            lambda: service.update_workshop(before),
            updated,
        )

    def save_part(self, after: Any, text: str) -> None:
        """Add a new part or replace one with the same id; undo restores what was there."""
        save, remove, _restore = self._part_calls(type(after))
        before = next((p for p in self._contents.parts_of(type(after)) if p.id == after.id), None)
        wid = self._id

        # The service returns the part as stored (with its new updated_at); it replaces the old.
        def updated(saved: object) -> WorkshopContents:
            return self._contents.with_part(saved)

        if before is None:
            self.execute(text, lambda: save(wid, after), lambda: remove(wid, after.id), updated)
        else:
            self.execute(text, lambda: save(wid, after), lambda: save(wid, before), updated)

    def save_parts(self, parts: Iterable[Any], text: str) -> None:
        """Replace several existing parts as one undo step, e.g. two swapped positions."""
        parts = tuple(parts)
        if not parts:
            return
        befores = tuple(self._stored_part(after) for after in parts)
        wid = self._id

        def store(items: tuple[Any, ...]) -> None:
            for item in items:
                self._part_calls(type(item))[0](wid, item)

        self.execute(text, lambda: store(parts), lambda: store(befores))

    def save_part_of(self, workshop_id: UUID, after: Any, text: str) -> None:
        """Like save_part, for a part of another workshop: a follow-up updates the status of the
        earlier workshop's actions and dependencies, and undo restores them there."""
        save, remove, _restore = self._part_calls(type(after))
        parts = self._service.contents(workshop_id).parts_of(type(after))
        before = next((p for p in parts if p.id == after.id), None)
        if before is None:
            self.execute(
                text, lambda: save(workshop_id, after), lambda: remove(workshop_id, after.id)
            )
        else:
            self.execute(text, lambda: save(workshop_id, after), lambda: save(workshop_id, before))

    def remove_part(self, part: Any, text: str) -> None:
        """Remove a part; undo brings it back with its id, links and ratings."""
        save, remove, restore = self._part_calls(type(part))
        wid = self._id
        removed: list[Any] = []

        def do() -> None:
            removed[:] = [remove(wid, part.id)]

        def undo() -> None:
            if restore is not None:
                restore(wid, removed[0])
            else:
                save(wid, part)

        self.execute(text, do, undo)

    def exchange_parts(self, taken: Any, put: Any, text: str) -> None:
        """Replace one part by another as one undo step, e.g. a note by the dependency made of it;
        undo brings the note back and removes the dependency."""
        service, wid = self._service, self._id
        self.execute(
            text,
            lambda: service.exchange_parts(wid, taken, put),
            lambda: service.exchange_parts(wid, put, taken),
        )

    def add_participant(self, text: str) -> None:
        added: list[Participant] = []
        service, wid = self._service, self._id

        def do() -> None:
            if added:
                service.save_participant(wid, added[0])
            else:
                added.append(service.add_participant(wid))

        self.execute(text, do, lambda: service.remove_participant(wid, added[0].id))

    def record_ratings(self, ratings: Iterable[Rating], text: str) -> None:
        ratings = tuple(ratings)
        keys = {(r.participant_id, r.statement_code) for r in ratings}
        previous = tuple(
            r for r in self._contents.ratings if (r.participant_id, r.statement_code) in keys
        )
        had = {(r.participant_id, r.statement_code) for r in previous}
        service, wid = self._service, self._id

        def undo() -> None:
            for participant_id, code in keys - had:
                service.clear_rating(wid, participant_id, code)
            service.record_ratings(wid, previous)

        self.execute(text, lambda: service.record_ratings(wid, ratings), undo)

    def clear_rating(self, participant_id: UUID, statement_code: str, text: str) -> None:
        previous = next(
            (
                r
                for r in self._contents.ratings
                if r.participant_id == participant_id and r.statement_code == statement_code
            ),
            None,
        )
        if previous is None:
            return
        service, wid = self._service, self._id
        self.execute(
            text,
            lambda: service.clear_rating(wid, participant_id, statement_code),
            lambda: service.record_rating(wid, previous),
        )

    def set_group_score(self, score: GroupScore, text: str) -> None:
        before = next(
            (g for g in self._contents.group_scores if g.dimension_code == score.dimension_code),
            dataclasses.replace(score, score=None, comment=""),
        )
        service, wid = self._service, self._id
        self.execute(
            text,
            lambda: service.set_group_score(wid, score),
            lambda: service.set_group_score(wid, before),
        )

    def set_statement_tallies(
        self, statement_code: str, counts: Mapping[int | None, int], text: str
    ) -> None:
        """Make ``counts`` (value → how many; None is "Vet ej") the hand counts of a statement."""
        tallies = tuple(
            RatingTally(statement_code=statement_code, value=value, count=number)
            for value, number in counts.items()
            if number
        )
        before = tuple(t for t in self._contents.tallies if t.statement_code == statement_code)
        service, wid = self._service, self._id
        self.execute(
            text,
            lambda: service.set_statement_tallies(wid, statement_code, tallies),
            lambda: service.set_statement_tallies(wid, statement_code, before),
        )

    def add_votes(self, votes: Mapping[UUID, int], budget: int | None, text: str) -> None:
        """Add one participant's dots (at most ``budget`` of them); undo takes them away."""
        votes = dict(votes)
        service, wid = self._service, self._id
        self.execute(
            text,
            lambda: service.add_votes(wid, votes, budget),
            lambda: service.add_votes(wid, {k: -n for k, n in votes.items()}),
        )

    def _stored_part(self, part: Any) -> Any:
        for stored in self._contents.parts_of(type(part)):
            if stored.id == part.id:
                return stored
        raise NotFoundError("Det du ändrar finns inte längre i workshoppen. Ladda om sidan.")

    def _part_calls(
        self, cls: type
    ) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any] | None]:
        s = self._service
        calls: dict[type, tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any] | None]]
        calls = {
            Participant: (s.save_participant, s.remove_participant, s.restore_participant),
            Dependency: (s.save_dependency, s.remove_dependency, s.restore_dependency),
            Action: (s.save_action, s.remove_action, None),
            PrerequisiteCheck: (s.save_prerequisite_check, s.remove_prerequisite_check, None),
            SuccessFactor: (s.save_success_factor, s.remove_success_factor, None),
            Note: (s.save_note, s.remove_note, None),
        }
        return calls[cls]
