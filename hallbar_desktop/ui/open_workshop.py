"""The workshop open in the window: its contents, its undo stack and every edit the pages make."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.concurrent_edit import changed_fields, with_fields_of
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import (
    Dependency,
    next_dependency_number,
    numbered_dependencies,
)
from hallbar_desktop.domain.errors import (
    ConflictError,
    DatabaseError,
    HallbarError,
    NotFoundError,
)
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, RatingTally
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.services.workshop_service import MergedNotes, WorkshopService
from hallbar_desktop.ui.choice_words import alias_word
from hallbar_desktop.ui.error_reporting import error_text
from hallbar_desktop.ui.undo_commands import (
    ServiceCommand,
    StoredElsewhereCommand,
    TransactionalUndoStack,
)
from hallbar_desktop.ui.waiting_write import write_with_waiting

# The parts of a workshop's contents, by their field names (see OpenWorkshop.changed_parts).
_PARTS = tuple(field.name for field in dataclasses.fields(WorkshopContents))
# Parts read anew are taken as changed without comparing them item by item: a room's
# thousands of answers, read again at each of its answers, took the window's thread a few ms.
_TAKEN_AS_CHANGED = frozenset({"ratings"})

R = TypeVar("R")


class OpenWorkshop(QObject):
    """Pages read ``contents`` and call the edit methods; each edit is stored at once and can be
    undone. ``changed`` fires after every stored change, ``saved`` with the time a commit
    happened (never for one that did not), ``failed`` with a sentence when an undo or redo
    could not be carried out.

    Every edit, undo and redo is one transaction. An edit names the record as this window read
    it, so it never overwrites what someone else changed meanwhile (ConflictError, and the
    window then shows what is stored). A write that finds the file busy or the disk gone asks
    ``wait_for_file(error, seconds_waited)`` whether to try again; the window sets it to wait
    without freezing, or to ask the user."""

    changed = Signal()
    saved = Signal(datetime)
    failed = Signal(str)
    # After a write that waited for the file (see wait_for_file) was stored or refused.
    waiting_over = Signal()
    # A write the file refused (gone, busy, full, changed by someone else): nothing was saved.
    not_saved = Signal()

    def __init__(self, service: WorkshopService, workshop_id: UUID, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._id = workshop_id
        self._contents = service.contents(workshop_id)
        # The parts of the contents the last change touched, when known (show_read); None:
        # any part may have changed.
        self.changed_parts: frozenset[str] | None = None
        # The highest dependency number shown while the workshop is open: a new dependency
        # never gets one the room saw on another, even after that one was removed.
        self._highest_dependency_number = 0
        self._note_dependency_numbers()
        self.undo_stack = TransactionalUndoStack(
            self._replay, self, replay_elsewhere=self._replay_elsewhere
        )
        self._group_text: str | None = None
        self._group_open = False
        self.wait_for_file: Callable[[HallbarError, float], bool] | None = None
        # Asked when an edit of a record meets someone else's change of the same field (the
        # stored record is shown by then): True to store this edit over it, False to keep what
        # is stored. Unset, the refusal is raised as it is.
        self.choose_in_conflict: Callable[[ConflictError], bool] | None = None
        self._committing = False
        # While an undo or redo step runs: the first failure of its calls (the rest are
        # skipped, the transaction is rolled back). None when no step runs.
        self._step_failure: list[BaseException] | None = None
        self._moving_back = False
        self._answered: HallbarError | None = None

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
        self._note_dependency_numbers()
        self.changed_parts = None
        self.changed.emit()

    def show_read(self, contents: WorkshopContents) -> None:
        """Show ``contents``, read elsewhere (on another thread) after this workshop's last
        change: the phones' answers are read so, off the window's thread. ``changed_parts``
        names the parts that differ, so that a page that shows none of them is left as it
        is (the phones' answers change the ratings; Beroenden need not be filled again)."""
        before, self._contents = self._contents, contents
        self._note_dependency_numbers()
        self.changed_parts = frozenset(
            name
            for name in _PARTS
            if getattr(before, name) is not getattr(contents, name)
            and (name in _TAKEN_AS_CHANGED or getattr(before, name) != getattr(contents, name))
        )
        self.changed.emit()

    def next_dependency_number(self) -> int:
        """The position, and so the number, for a dependency added now."""
        return next_dependency_number(self._contents.dependencies, self._highest_dependency_number)

    def _note_dependency_numbers(self) -> None:
        numbered = numbered_dependencies(self._contents.dependencies)
        if numbered:
            self._highest_dependency_number = max(self._highest_dependency_number, numbered[-1][0])

    def today(self) -> date:
        """The service's today (injected), for what depends on the date: overdue actions."""
        return self._service.today()

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
        try:
            result = self._commit(do)
        except (ConflictError, NotFoundError):
            # Someone else changed or removed it: show what is stored now, then say why.
            self.not_saved.emit()
            self._reload_after_refusal()
            raise
        except DatabaseError:
            self.not_saved.emit()
            raise
        if self._group_text is not None and not self._group_open:
            # Opened at the group's first stored edit, so that a group with none leaves no
            # empty step on the stack.
            self.undo_stack.beginMacro(self._group_text)
            self._group_open = True
        self.undo_stack.push(ServiceCommand(text, do, undo, self._run_step))
        if updated is None:
            self._stored()
            return
        self._contents = updated(result)
        self._note_dependency_numbers()
        self.changed_parts = None
        self.changed.emit()
        self.saved.emit(datetime.now())

    def push_stored(
        self, text: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        """An edit stored elsewhere (a participant's phone) goes on the undo stack, so the
        facilitator's undo covers it as it covers the edits made here; nothing is run now.
        ``undo`` and ``redo`` run outside a transaction of the window's: the phones' server
        carries them out in its own process, on its own connection to the file."""
        self.undo_stack.push(StoredElsewhereCommand(text, redo, undo, self._run_step))

    def _stored(self) -> None:
        """After a commit: say so, and show the workshop as the file now holds it."""
        self.saved.emit(datetime.now())
        self._reload_after_refusal()

    def _reload_after_refusal(self) -> None:
        try:
            self.refresh()
        except HallbarError as error:  # the file went away right after: say so, keep going
            self.failed.emit(error_text(error))

    def _commit(self, call: Callable[[], R], rolled_back: Callable[[], None] | None = None) -> R:
        """Run ``call`` as one transaction, waiting for a busy file without freezing the window
        (see write_with_waiting); ``rolled_back`` runs after every try that did not commit."""
        if self._committing:
            # A field that commits when the waiting dialog takes its focus, say.
            raise HallbarError(
                self.tr("Vänta tills den förra ändringen har sparats och gör sedan om den här.")
            )
        asked: list[bool] = []
        ask = self.wait_for_file

        def wait_for_file(error: HallbarError, waited: float) -> bool:
            asked.append(True)
            assert ask is not None
            if ask(error, waited):
                return True
            if not getattr(ask, "gave_up", False):
                self._answered = error  # the user has read it and chosen to stop
            return False

        self._committing = True
        try:
            return write_with_waiting(
                self._service, call, wait_for_file if ask is not None else None, rolled_back
            )
        finally:
            self._committing = False
            if asked:
                self.waiting_over.emit()

    # --- undo and redo, each one transaction -------------------------------------------------

    def _replay(self, step: Callable[[], None], back: Callable[[], None]) -> None:
        """Move the stack one step (undo or redo) as one transaction. If it does not commit,
        the data and the stack are as before, the step can be tried again, and ``failed``
        says why."""
        moved = [False]

        def run() -> None:
            self._step_failure = []
            try:
                step()
                moved[0] = True
            finally:
                failures, self._step_failure = self._step_failure, None
            if failures:
                raise failures[0]

        def undo_move() -> None:
            # The transaction was rolled back: put the stack where it was, running nothing.
            if moved[0]:
                self._moving_back = True
                try:
                    back()
                finally:
                    self._moving_back = False
                moved[0] = False

        self._answered = None
        try:
            self._commit(run, undo_move)
        except HallbarError as error:
            self.not_saved.emit()
            if isinstance(error, ConflictError | NotFoundError):
                self._reload_after_refusal()
            if error is not self._answered:  # not twice: the user just chose "Avbryt" to it
                self.failed.emit(error_text(error))
            return
        self._stored()

    def _replay_elsewhere(self, step: Callable[[], None], back: Callable[[], None]) -> None:
        """Move the stack over an edit another process takes back or gives again (see
        push_stored); if that fails, the stack is put back and ``failed`` says why."""
        self._step_failure = []
        try:
            step()
        finally:
            failures, self._step_failure = self._step_failure, None
        if failures:
            self._moving_back = True
            try:
                back()
            finally:
                self._moving_back = False
            if not isinstance(failures[0], HallbarError):
                raise failures[0]
            self.not_saved.emit()
            self.failed.emit(error_text(failures[0]))
            return
        self._stored()

    def _run_step(self, call: Callable[[], object]) -> None:
        """Called by a command the stack replays; see _replay."""
        if self._moving_back:
            return
        if self._step_failure is None:
            # The stack was moved by something other than its undo() and redo(): still one
            # transaction per call, and a refusal said, never raised into Qt.
            try:
                self._commit(call)
            except HallbarError as error:
                self.failed.emit(error_text(error))
            return
        if self._step_failure:
            return  # an earlier call of this step failed: it will all be rolled back
        try:
            call()
        except BaseException as error:  # re-raised by _replay once the step is rolled back
            self._step_failure.append(error)

    # --- edits the pages make --------------------------------------------------------------

    def update_workshop(self, after: Workshop, text: str) -> None:
        service = self._service

        def updated(stored: object) -> WorkshopContents:
            # The service returns the facts as stored; the parts did not change.
            return dataclasses.replace(self._contents, workshop=stored)

        self._edit_record(
            text,
            self._contents.workshop,
            after,
            service.update_workshop,
            updated,
            lambda: self._contents.workshop,
        )

    def save_part(self, after: Any, text: str) -> None:
        """Add a new part or change one with the same id; undo restores what was there."""
        save, remove, _restore = self._part_calls(type(after))
        before = next((p for p in self._contents.parts_of(type(after)) if p.id == after.id), None)
        wid = self._id

        # The service returns the part as stored (with its new updated_at); it replaces the old.
        def updated(saved: object) -> WorkshopContents:
            return self._contents.with_part(saved)

        if before is None:
            self.execute(text, lambda: save(wid, after), lambda: remove(wid, after.id), updated)
            return
        self._edit_record(
            text,
            before,
            after,
            lambda part, expected: save(wid, part, expected),
            updated,
            lambda: next(p for p in self._contents.parts_of(type(after)) if p.id == after.id),
        )

    def _edit_record(
        self,
        text: str,
        before: Any,
        after: Any,
        save: Callable[[Any, Any], Any],
        updated: Callable[[object], WorkshopContents],
        stored_now: Callable[[], Any],
    ) -> None:
        """Store the fields ``after`` changes from ``before``. If someone else changed one of
        them meanwhile, the user chooses (choose_in_conflict): their own values are then stored
        over the record as it is now (undo gives back the other's), or what is stored stays."""
        do, undo = _record_edit(before, after, save)
        try:
            self.execute(text, do, undo, updated)
        except ConflictError as conflict:
            choose = self.choose_in_conflict
            if choose is None:
                raise
            if not choose(conflict):
                return  # what is stored stays, and is what the window shows
            now = stored_now()
            mine = with_fields_of(now, after, changed_fields(before, after))
            do, undo = _record_edit(now, mine, save)
            self.execute(text, do, undo, updated)

    def save_parts(self, parts: Iterable[Any], text: str) -> None:
        """Change several existing parts as one undo step, e.g. two swapped positions."""
        parts = tuple(parts)
        if not parts:
            return
        wid = self._id
        edits = [
            _record_edit(
                self._stored_part(after),
                after,
                lambda part, expected: self._part_calls(type(part))[0](wid, part, expected),
            )
            for after in parts
        ]

        def do() -> None:
            for edit, _ in edits:
                edit()

        def undo() -> None:
            for _, edit in reversed(edits):
                edit()

        self.execute(text, do, undo)

    def save_part_of(self, workshop_id: UUID, before: Any, after: Any, text: str) -> None:
        """Like save_part, for a part of another workshop: a follow-up updates the status of the
        earlier workshop's actions and dependencies, and undo restores them there. ``before``
        is the part as the page read it (None for a new one): only what differs from it is the
        edit, so a change someone else made since is never written back."""
        save, remove, _restore = self._part_calls(type(after))
        if before is None:
            self.execute(
                text, lambda: save(workshop_id, after), lambda: remove(workshop_id, after.id)
            )
            return
        do, undo = _record_edit(
            before, after, lambda part, expected: save(workshop_id, part, expected)
        )
        self.execute(text, do, undo)

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

    def merge_notes(self, keep: Note, remove: Note, text: str) -> None:
        """Merge the duplicate ``remove`` into ``keep`` (the dots add up) as one undo step;
        undo brings ``remove`` back and gives ``keep`` its own dots again."""
        service, wid = self._service, self._id
        merged: list[MergedNotes] = []

        def do() -> None:
            merged[:] = [service.merge_notes(wid, keep.id, remove.id)]

        self.execute(text, do, lambda: service.unmerge_notes(wid, merged[0]))

    def add_participant(self, text: str) -> None:
        added: list[Participant] = []
        service, wid = self._service, self._id

        def do() -> None:
            if added:
                service.save_participant(wid, added[0])
            else:
                added.append(service.add_participant(wid, alias_word=alias_word()))

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
        raise NotFoundError(
            self.tr("Det du ändrar finns inte längre i workshoppen. Ladda om sidan.")
        )

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


def _record_edit(
    before: Any, after: Any, save: Callable[[Any, Any], Any]
) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """Do and undo of an edit of one stored record, for ``save(record, expected)``.

    Both name the fields this edit changes and their values on either side, and nothing else:
    so neither the edit, nor its undo or redo, overwrites what someone else changed meanwhile
    (the service writes only those fields, and refuses a clash in them). They hold no state
    between runs, so a run whose transaction did not commit can simply be tried again."""
    fields = changed_fields(before, after)
    edited = with_fields_of(before, after, fields)
    return (lambda: save(edited, before)), (lambda: save(before, edited))
