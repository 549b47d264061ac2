"""Workshop use cases: create, list, read and edit every part, each in one transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar
from uuid import UUID

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.audit import (
    ADDED,
    LOGGED_STATUSES,
    REMOVED,
    AuditChange,
    AuditLog,
    field_changes,
    first_break,
    this_user_and_computer,
    values_summary,
)
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.concurrent_edit import merge_edit
from hallbar_desktop.domain.contents import (
    WorkshopContents,
    WorkshopOverview,
    check_action_fits,
    check_alias_free,
    check_answered_once,
    check_consistency,
    check_group_score_fits,
    check_note_fits,
    check_raters_known,
)
from hallbar_desktop.domain.data_problems import UNDECODABLE_TEXT, DataProblem
from hallbar_desktop.domain.database_address import HelperAccess
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.entered_text import check_entered_contents, check_entered_text
from hallbar_desktop.domain.errors import N_, NotFoundError, ValidationError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import (
    GroupScore,
    Rating,
    RatingTally,
    ReadinessTemplate,
    check_ratings_fit,
    check_tallies_fit,
)
from hallbar_desktop.domain.sorting import swedish_key
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Participant, Workshop, default_alias
from hallbar_desktop.services.audit_trail import AuditTrail
from hallbar_desktop.services.ports import WorkshopRepository, WorkshopStore
from hallbar_desktop.services.template_service import TemplateService

P = TypeVar("P")
MAX_PARTICIPANTS = 200
# Workshops read per transaction when looking through the whole file for values it cannot use.
_PROBLEM_LOOK_CHUNK = 20


@dataclass(frozen=True, slots=True)
class RemovedDependency:
    """What undoing a removal needs: the dependency and the actions that were linked to it."""

    dependency: Dependency
    linked_action_ids: frozenset[UUID]


@dataclass(frozen=True, slots=True)
class MergedNotes:
    """What undoing a merge of two notes needs: the note kept (with the dots of both, as stored)
    and the note that was removed."""

    kept: Note
    removed: Note


@dataclass(frozen=True, slots=True)
class RemovedParticipant:
    participant: Participant
    ratings: tuple[Rating, ...]
    authored_note_ids: frozenset[UUID]


class WorkshopService:
    def __init__(
        self,
        store: WorkshopStore,
        template: ReadinessTemplate,
        *,
        clock: Callable[[], datetime] = utc_now,
        today: Callable[[], date] = date.today,
        templates: TemplateService | None = None,
        editor: Callable[[], tuple[str, str]] = this_user_and_computer,
    ) -> None:
        """``editor()`` names who edits and on which computer, for the audit log."""
        self._store = store
        self._audit = AuditTrail(clock, editor)
        self._template = template
        self._clock = clock
        self._today = today
        # Without a folder of the organisation's own, the shipped template is the only choice.
        self._templates = templates if templates is not None else TemplateService(template)

    @contextmanager
    def batch(self, *, wait_seconds: float | None = None) -> Iterator[None]:
        """Every service call made inside commits together at the end, or none of it does: an
        undo step of many rows is one transaction. ``wait_seconds`` bounds how long a write
        waits for another program to let go of the file (DatabaseLockedError after that)."""
        with self._store.transaction(wait_seconds=wait_seconds):
            yield

    def today(self) -> date:
        """The date the service counts as today: injected, so that tests fix it."""
        return self._today()

    @property
    def current_template(self) -> ReadinessTemplate:
        """The template new workshops are created with unless another is chosen."""
        return self._template

    @property
    def templates(self) -> TemplateService:
        """The templates a new workshop may be made with, and the organisation's own."""
        return self._templates

    def helper_access(self) -> HelperAccess:
        """How a process of this program's own (the phones' server) opens the same database
        and is let write to it while this one has it open."""
        return self._store.helper_access()

    # --- whole workshops -------------------------------------------------------------------

    def check_reachable(self) -> None:
        """Raise a DatabaseError when the file is gone or its disk does not answer, so a window
        can say so before it shows a list that reads as if all were well."""
        self._store.check_reachable()

    def watch_changes(self, on_change: Callable[[], None]) -> Callable[[], None]:
        """Have ``on_change()`` called, on another thread, soon after another user commits a
        change to the shared database (never for a file: one window has it open); returns the
        function that stops it. Nothing says what changed: read again what is shown."""
        return self._store.watch_changes(on_change)

    def list_workshops(self) -> tuple[WorkshopOverview, ...]:
        """Newest first; workshops without a date last; then by title in Swedish order."""
        with self._store.transaction(write=False) as repo:
            overviews = repo.list_overviews(self._today())
        by_title = sorted(overviews, key=lambda o: swedish_key(o.workshop.title))
        return tuple(sorted(by_title, key=lambda o: -(o.workshop.held_on or date.min).toordinal()))

    def contents(self, workshop_id: UUID) -> WorkshopContents:
        with self._store.transaction(write=False) as repo:
            return repo.load(workshop_id)

    # Small reads for callers that ask often and need one part of the workshop (the phones'
    # server: forty phones each reading the whole workshop every second held the interpreter
    # from the window).

    def workshop_and_template(self, workshop_id: UUID) -> tuple[Workshop, ReadinessTemplate]:
        with self._store.transaction(write=False) as repo:
            return repo.load_workshop(workshop_id)

    def parts_of(
        self, workshop_id: UUID, cls: type[P], ids: Iterable[UUID] | None = None
    ) -> tuple[P, ...]:
        """The workshop's parts of one kind (Participant, Note, Dependency …) in list order;
        with ``ids``, only those of them it holds."""
        with self._store.transaction(write=False) as repo:
            return repo.load_parts(workshop_id, cls, ids)

    def ratings_of(self, workshop_id: UUID, participant_id: UUID) -> tuple[Rating, ...]:
        """One participant's answers."""
        with self._store.transaction(write=False) as repo:
            return repo.load_ratings(workshop_id, participant_id)

    def data_problems(self) -> tuple[DataProblem, ...]:
        """Every value in the file that could not be used as it is, in the library's order of
        the workshops (see domain.data_problems); a workshop removed meanwhile is passed over."""
        ids = [o.workshop.id for o in self.list_workshops()]
        found: list[DataProblem] = []
        # A short read per few workshops, not one over the whole file: a read holds the file
        # for its length, and the window's own writes must not wait for this look to end.
        for start in range(0, len(ids), _PROBLEM_LOOK_CHUNK):
            with self._store.transaction(write=False) as repo:
                chunk = [i for i in ids[start : start + _PROBLEM_LOOK_CHUNK] if repo.exists(i)]
                found.extend(p for c in repo.load_many(chunk) for p in c.problems)
        return tuple(found)

    def keep_stand_in(self, problem: DataProblem) -> None:
        """Write what the program shows in place of a stored value it could not use (the
        stand-in), when a person chooses to keep it; the value in the file is then gone."""
        if not problem.can_keep_stand_in or problem.workshop_id is None:
            raise ValidationError("problem", "problem_not_keepable")
        workshop_id = problem.workshop_id
        with self._store.transaction() as repo:
            if problem.record == "workshops":
                workshop, template = repo.load_workshop(workshop_id)
                if problem.field == "template_json":
                    repo.put_template(workshop_id, template)
                else:
                    repo.update_workshop(workshop, {problem.field})
                self._audit.log(repo, workshop_id, (_stand_in_kept(problem),))
                return
            cls = _PART_OF_RECORD[problem.record]
            part = _load_part(repo, workshop_id, cls, UUID(problem.record_id), _PART_WORDS[cls])
            if problem.reason == UNDECODABLE_TEXT:
                # The bytes that were not UTF-8 become the � the text is shown with.
                value = getattr(part, problem.field)
                readable = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                part = dataclasses.replace(part, **{problem.field: readable})
            repo.update_part(workshop_id, part, {problem.field})
            self._audit.log(repo, workshop_id, (_stand_in_kept(problem),))

    def summary(self, workshop_id: UUID) -> WorkshopSummary:
        return summarize(self.contents(workshop_id), self._today())

    def create_workshop(
        self,
        workshop: Workshop,
        participant_count: int = 0,
        template: ReadinessTemplate | None = None,
        alias_word: str = "Deltagare",
    ) -> WorkshopContents:
        """A new workshop with ``template`` (default: today's), its checklist of prerequisites
        and ``participant_count`` participants called "Deltagare 1…n" (``alias_word`` in place
        of Deltagare). The workshop keeps its own copy of the template."""
        if not 0 <= participant_count <= MAX_PARTICIPANTS:
            raise ValidationError("participants", "participant_count_range", most=MAX_PARTICIPANTS)
        chosen = self._template if template is None else template
        chosen.check()
        return self.add_workshop(
            new_workshop_contents(workshop, chosen, participant_count, alias_word)
        )

    def add_workshop(self, contents: WorkshopContents) -> WorkshopContents:
        """Store a complete workshop with all its parts in one transaction: all or nothing."""
        check_consistency(contents)
        check_entered_contents(contents)
        now = self._clock()
        workshop = dataclasses.replace(contents.workshop, created_at=now, updated_at=now)
        with self._store.transaction() as repo:
            if repo.exists(workshop.id):
                raise ValidationError("id", "workshop_exists")
            self._check_follows_up(repo, workshop)
            repo.put_workshop(workshop, contents.template)
            for collection in (
                contents.participants,
                contents.dependencies,
                contents.actions,
                contents.prerequisite_checks,
                contents.success_factors,
                contents.notes,
            ):
                for part in collection:
                    self._check_id_free(repo, workshop.id, part)
                    repo.put_part(workshop.id, part)
            for rating in contents.ratings:
                repo.put_rating(workshop.id, rating)
            for score in contents.group_scores:
                repo.put_group_score(workshop.id, score)
            for code in dict.fromkeys(t.statement_code for t in contents.tallies):
                own = tuple(t for t in contents.tallies if t.statement_code == code)
                repo.replace_tallies(workshop.id, code, own)
            return repo.load(workshop.id)

    def duplicate_as_template(self, workshop_id: UUID, title: str) -> WorkshopContents:
        """A new planned workshop with the same facts, participants and checklist, but none of
        the answers, results or dates; run with the template of the original."""
        source = self.contents(workshop_id)
        w = source.workshop
        copy = Workshop(
            title=title,
            organisation=w.organisation,
            unit=w.unit,
            change_focus=w.change_focus,
            place=w.place,
            facilitator=w.facilitator,
            variant=w.variant,
            input_mode=w.input_mode,
            show_names=w.show_names,
        )
        return self.add_workshop(
            WorkshopContents(
                workshop=copy,
                template=source.template,
                participants=tuple(
                    Participant(alias=p.alias, name=p.name, role=p.role, position=p.position)
                    for p in source.participants
                ),
                prerequisite_checks=tuple(
                    PrerequisiteCheck(area=c.area, prompt=c.prompt, position=c.position)
                    for c in source.prerequisite_checks
                ),
            )
        )

    def update_workshop(self, workshop: Workshop, expected: Workshop | None = None) -> Workshop:
        """Store new facts for a workshop; its parts are untouched.

        ``expected`` is the workshop as the caller read it: only the facts that differ from it
        are written, and ConflictError refuses the edit if someone else has changed one of them
        since (see domain.concurrent_edit). Returns the facts as stored."""
        with self._store.transaction() as repo:
            stored, _template = repo.load_workshop(workshop.id)
            merged, changed = merge_edit(stored, expected or stored, workshop)
            check_entered_text(merged, stored)
            self._check_follows_up(repo, merged)
            merged = dataclasses.replace(merged, updated_at=self._clock())
            repo.update_workshop(merged, changed | {"updated_at"})
            fields, summary = field_changes(stored, merged, changed)
            if fields:
                change = AuditChange("workshops", str(workshop.id), fields, summary)
                # Marking it Genomförd is logged, and so is taking that mark away again.
                held = stored.status.code in LOGGED_STATUSES
                self._audit.log(repo, workshop.id, (change,), held_before=held)
        return merged

    def delete_workshop(self, workshop_id: UUID) -> None:
        with self._store.transaction() as repo:
            if not repo.exists(workshop_id):
                raise NotFoundError("workshop_gone")
            repo.delete_workshop(workshop_id)

    @staticmethod
    def _check_follows_up(repo: WorkshopRepository, workshop: Workshop) -> None:
        if workshop.follows_up_id is not None and not repo.exists(workshop.follows_up_id):
            raise ValidationError("follows_up_id", "followed_up_missing")

    @staticmethod
    def _check_id_free(repo: WorkshopRepository, workshop_id: UUID, part: Any) -> None:
        owner = repo.part_workshop(type(part), part.id)
        if owner is not None and owner != workshop_id:
            raise ValidationError("id", "id_in_other_workshop")

    @staticmethod
    def _check_fits(
        repo: WorkshopRepository, workshop_id: UUID, part: Any, stored: Any = None
    ) -> None:
        """What check_consistency would say of the workshop with ``part`` in it (in place of
        ``stored``), read for the rules this part can break only: the parts it refers to, the
        template, the other aliases when its own is new."""
        if isinstance(part, Participant):
            if stored is None or stored.alias.casefold() != part.alias.casefold():
                check_alias_free(part, repo.load_parts(workshop_id, Participant))
        elif isinstance(part, Action):
            wanted = part.dependency_ids
            found = repo.load_parts(workshop_id, Dependency, wanted) if wanted else ()
            _workshop, template = repo.load_workshop(workshop_id)
            check_action_fits(template, part, {d.id for d in found})
        elif isinstance(part, Note) and part.author_id is not None:
            author = repo.load_parts(workshop_id, Participant, (part.author_id,))
            check_note_fits(part, {p.id for p in author})

    # --- participants ----------------------------------------------------------------------

    def add_participant(
        self, workshop_id: UUID, name: str = "", role: str = "", alias_word: str = "Deltagare"
    ) -> Participant:
        """A new participant last in the list, with the first free "Deltagare N" alias
        (``alias_word`` in place of Deltagare).

        Alias and position are chosen in the same transaction that stores the participant, so
        two computers adding at once cannot pick the same."""
        with self._store.transaction() as repo:
            existing = repo.load_parts(workshop_id, Participant)
            if not existing:
                _require_workshop(repo, workshop_id)
            aliases = {p.alias.casefold() for p in existing}
            number = next(
                n
                for n in range(1, len(existing) + 2)
                if default_alias(n, alias_word).casefold() not in aliases
            )
            participant = Participant(
                alias=default_alias(number, alias_word),
                name=name,
                role=role,
                position=max((p.position for p in existing), default=0) + 1,
            )
            check_entered_text(participant)
            check_alias_free(participant, existing)
            repo.put_part(workshop_id, participant)
            self._audit.log(repo, workshop_id, (_part_change(participant, ADDED),))
        return participant

    def save_participant(
        self, workshop_id: UUID, participant: Participant, expected: Participant | None = None
    ) -> Participant:
        return self._save_part(workshop_id, participant, expected)

    def remove_participant(self, workshop_id: UUID, participant_id: UUID) -> RemovedParticipant:
        """Remove a participant and their ratings; their notes stay, anonymous."""
        with self._store.transaction() as repo:
            removed = RemovedParticipant(
                participant=_load_part(repo, workshop_id, Participant, participant_id),
                ratings=repo.load_ratings(workshop_id, participant_id),
                authored_note_ids=repo.authored_note_ids(workshop_id, participant_id),
            )
            repo.delete_part(workshop_id, Participant, participant_id)
            self._audit.log(repo, workshop_id, (_part_change(removed.participant, REMOVED),))
        return removed

    def restore_participant(self, workshop_id: UUID, removed: RemovedParticipant) -> None:
        """Undo a removal: the participant, their ratings and their authorship come back."""
        with self._store.transaction() as repo:
            _require_workshop(repo, workshop_id)
            repo.put_part(workshop_id, removed.participant)
            repo.put_ratings(workshop_id, removed.ratings)
            # Only the authorship of the notes still there: their other columns keep what the
            # file holds.
            repo.set_note_author(workshop_id, removed.authored_note_ids, removed.participant.id)
            self._audit.log(repo, workshop_id, (_part_change(removed.participant, ADDED),))

    # --- ratings and group scores ----------------------------------------------------------

    def record_rating(self, workshop_id: UUID, rating: Rating) -> None:
        self.record_ratings(workshop_id, (rating,))

    def record_ratings(self, workshop_id: UUID, ratings: Iterable[Rating]) -> None:
        """Store several answers at once, e.g. a participant's whole set: all or none."""
        ratings = tuple(ratings)
        with self._store.transaction() as repo:
            _workshop, template = repo.load_workshop(workshop_id)
            check_ratings_fit(template, ratings)
            raters = {r.participant_id for r in ratings}
            known = repo.load_parts(workshop_id, Participant, raters) if raters else ()
            check_raters_known(ratings, {p.id for p in known})
            # An answer stored before is replaced, so only the new ones can clash.
            check_answered_once(ratings)
            repo.put_ratings(workshop_id, ratings)
            self._audit.log(repo, workshop_id, _rating_changes(ratings))

    def clear_rating(self, workshop_id: UUID, participant_id: UUID, statement_code: str) -> None:
        """Forget an answer, so the statement counts as not yet answered."""
        with self._store.transaction() as repo:
            if not repo.exists(workshop_id):
                raise NotFoundError("workshop_gone")
            repo.delete_rating(workshop_id, participant_id, statement_code)
            change = values_summary({statement_code: None})
            self._audit.log(
                repo,
                workshop_id,
                (AuditChange("ratings", str(participant_id), (statement_code,), change),),
            )

    def set_statement_tallies(
        self, workshop_id: UUID, statement_code: str, tallies: Iterable[RatingTally]
    ) -> tuple[RatingTally, ...]:
        """Make ``tallies`` the hand counts of one statement (a value left out counts zero) and
        return the counts it had before, so that an undo can put them back."""
        tallies = tuple(tallies)
        if any(t.statement_code != statement_code for t in tallies):
            raise ValidationError("statement_code", "tallies_mixed")
        with self._store.transaction() as repo:
            _workshop, template = repo.load_workshop(workshop_id)
            before = repo.load_tallies(workshop_id, statement_code)
            # The other statements' counts cannot clash with these: they are of another code.
            check_tallies_fit(template, tallies)
            repo.replace_tallies(workshop_id, statement_code, tallies)
            change = f"{_tallies_summary(before)}→{_tallies_summary(tallies)}"
            self._audit.log(
                repo, workshop_id, (AuditChange("rating_tallies", statement_code, (), change),)
            )
        return before

    def add_votes(
        self, workshop_id: UUID, votes: Mapping[UUID, int], budget: int | None = None
    ) -> None:
        """Add dots to dependencies, actions or notes, all in one transaction.

        With a ``budget`` (one participant's dots in a round) every number must be zero or more
        and they may add up to at most the budget. Without one, negative numbers take dots away
        again (an undo), but never below zero."""
        if budget is not None:
            if any(n < 0 for n in votes.values()):
                raise ValidationError("votes", "dots_negative")
            if sum(votes.values()) > budget:
                raise ValidationError(
                    "votes", "dots_over_budget", budget=budget, given=sum(votes.values())
                )
        given = {part_id: added for part_id, added in votes.items() if added}
        with self._store.transaction() as repo:
            logged = []
            voted = {
                part.id: part
                for cls in (Dependency, Action, Note)
                for part in (repo.load_parts(workshop_id, cls, given) if given else ())
            }
            for part_id, added in given.items():
                part = voted.get(part_id)
                if part is None:
                    _require_workshop(repo, workshop_id)
                    raise NotFoundError("voted_part_gone")
                # Only the dots: the part's other columns keep what the file holds.
                voted_part = dataclasses.replace(part, votes=part.votes + added)
                repo.update_part(workshop_id, voted_part, {"votes"})
                logged.append(_part_change(part, *field_changes(part, voted_part, {"votes"})))
            self._audit.log(repo, workshop_id, logged)

    def set_group_score(self, workshop_id: UUID, score: GroupScore) -> None:
        with self._store.transaction() as repo:
            _workshop, template = repo.load_workshop(workshop_id)
            stored = repo.load_group_score(workshop_id, score.dimension_code)
            check_entered_text(score, stored)
            check_group_score_fits(template, score)
            repo.put_group_score(workshop_id, score)
            before = stored or GroupScore(dimension_code=score.dimension_code, score=None)
            fields, summary = field_changes(before, score, ("score", "comment"))
            if fields:
                change = AuditChange("group_scores", score.dimension_code, fields, summary)
                self._audit.log(repo, workshop_id, (change,))

    # --- dependencies, actions, checklist, success factors, notes --------------------------

    def save_dependency(
        self, workshop_id: UUID, dependency: Dependency, expected: Dependency | None = None
    ) -> Dependency:
        return self._save_part(workshop_id, self._touched(dependency), expected)

    def remove_dependency(self, workshop_id: UUID, dependency_id: UUID) -> RemovedDependency:
        with self._store.transaction() as repo:
            dependency = _load_part(repo, workshop_id, Dependency, dependency_id)
            removed = RemovedDependency(
                dependency, repo.linked_action_ids(workshop_id, dependency_id)
            )
            repo.delete_part(workshop_id, Dependency, dependency_id)
            self._audit.log(repo, workshop_id, (_part_change(dependency, REMOVED),))
        return removed

    def restore_dependency(self, workshop_id: UUID, removed: RemovedDependency) -> None:
        """Undo a removal: the dependency comes back with its id and its links to actions."""
        with self._store.transaction() as repo:
            _require_workshop(repo, workshop_id)
            self._check_id_free(repo, workshop_id, removed.dependency)
            repo.put_part(workshop_id, removed.dependency)
            # Only the actions still there are linked again; their other links stay.
            dependency_id = removed.dependency.id
            repo.link_actions(workshop_id, dependency_id, removed.linked_action_ids)
            self._audit.log(repo, workshop_id, (_part_change(removed.dependency, ADDED),))

    def save_action(
        self, workshop_id: UUID, action: Action, expected: Action | None = None
    ) -> Action:
        return self._save_part(workshop_id, self._touched(action), expected)

    def remove_action(self, workshop_id: UUID, action_id: UUID) -> Action:
        return self._remove_part(workshop_id, Action, action_id, N_("Åtgärden"))

    def save_prerequisite_check(
        self,
        workshop_id: UUID,
        check: PrerequisiteCheck,
        expected: PrerequisiteCheck | None = None,
    ) -> PrerequisiteCheck:
        return self._save_part(workshop_id, check, expected)

    def remove_prerequisite_check(self, workshop_id: UUID, check_id: UUID) -> PrerequisiteCheck:
        return self._remove_part(workshop_id, PrerequisiteCheck, check_id, N_("Punkten"))

    def save_success_factor(
        self, workshop_id: UUID, factor: SuccessFactor, expected: SuccessFactor | None = None
    ) -> SuccessFactor:
        return self._save_part(workshop_id, factor, expected)

    def remove_success_factor(self, workshop_id: UUID, factor_id: UUID) -> SuccessFactor:
        return self._remove_part(workshop_id, SuccessFactor, factor_id, N_("Framgångsfaktorn"))

    def save_note(self, workshop_id: UUID, note: Note, expected: Note | None = None) -> Note:
        return self._save_part(workshop_id, note, expected)

    def remove_note(self, workshop_id: UUID, note_id: UUID) -> Note:
        return self._remove_part(workshop_id, Note, note_id, N_("Lappen"))

    def merge_notes(self, workshop_id: UUID, keep_id: UUID, remove_id: UUID) -> MergedNotes:
        """Merge a duplicate note into another of the same step in one transaction: the kept
        note gets the dots of both, the other is removed. Only the kept note's dots are written,
        added to what is stored, so dots given meanwhile are not lost."""
        with self._store.transaction() as repo:
            notes = repo.load_parts(workshop_id, Note, {keep_id, remove_id})
            if len(notes) < len({keep_id, remove_id}):
                _require_workshop(repo, workshop_id)
            keep = _find(notes, keep_id, N_("Lappen"))
            remove = _find(notes, remove_id, N_("Lappen"))
            if keep.id == remove.id or keep.step is not remove.step:
                raise ValidationError("id", "notes_not_mergeable")
            kept = dataclasses.replace(keep, votes=keep.votes + remove.votes)
            repo.update_part(workshop_id, kept, {"votes"})
            repo.delete_part(workshop_id, Note, remove.id)
            voted = _part_change(keep, *field_changes(keep, kept, {"votes"}))
            self._audit.log(repo, workshop_id, (voted, _part_change(remove, REMOVED)))
        return MergedNotes(kept, remove)

    def unmerge_notes(self, workshop_id: UUID, merged: MergedNotes) -> None:
        """Undo merge_notes: the removed note comes back with its id and dots, and the kept one
        gives those dots back, in one transaction."""
        with self._store.transaction() as repo:
            kept = _load_part(repo, workshop_id, Note, merged.kept.id)
            self._check_id_free(repo, workshop_id, merged.removed)
            votes = max(kept.votes - merged.removed.votes, 0)
            given_back = dataclasses.replace(kept, votes=votes)
            repo.update_part(workshop_id, given_back, {"votes"})
            repo.put_part(workshop_id, merged.removed)
            voted = _part_change(kept, *field_changes(kept, given_back, {"votes"}))
            self._audit.log(repo, workshop_id, (voted, _part_change(merged.removed, ADDED)))

    def exchange_parts(self, workshop_id: UUID, taken: P, put: Any) -> Any:
        """Remove ``taken`` and store ``put`` in one transaction: a note turned into a dependency,
        success factor or action (or back, on undo) is never stored half done."""
        with self._store.transaction() as repo:
            _load_part(repo, workshop_id, type(taken), taken.id, N_("Det du gör om"))
            stored = repo.load_part(workshop_id, type(put), put.id)
            check_entered_text(put, stored)
            self._check_fits(repo, workshop_id, put, stored)
            self._check_id_free(repo, workshop_id, put)
            repo.delete_part(workshop_id, type(taken), taken.id)
            repo.put_part(workshop_id, put)
            changes = (_part_change(taken, REMOVED), _part_change(put, ADDED))
            self._audit.log(repo, workshop_id, changes)
        return put

    def _touched(self, part: P) -> P:
        return dataclasses.replace(part, updated_at=self._clock())  # type: ignore[type-var]

    def _save_part(self, workshop_id: UUID, part: P, expected: P | None = None) -> P:
        """Insert a new part, or write the fields of a stored one that differ from ``expected``
        (the part as the caller read it; default: as stored), after checking the workshop
        still holds together. Returns the part as stored.

        Raises ConflictError if someone else changed one of those fields since, and
        NotFoundError if the part the caller read has been removed meanwhile."""
        with self._store.transaction() as repo:
            stored = repo.load_part(workshop_id, type(part), part.id)
            if stored is None:
                _require_workshop(repo, workshop_id)
                if expected is not None:
                    _find((), part.id, _PART_WORDS[type(part)])
                check_entered_text(part, None)
                self._check_fits(repo, workshop_id, part)
                self._check_id_free(repo, workshop_id, part)
                repo.put_part(workshop_id, part)
                self._audit.log(repo, workshop_id, (_part_change(part, ADDED),))
                return part
            merged, changed = merge_edit(stored, expected or stored, part)
            check_entered_text(merged, stored)
            self._check_fits(repo, workshop_id, merged, stored)
            # The time of this edit too, where the part keeps one (the service sets it).
            repo.update_part(workshop_id, merged, changed | {"updated_at"})
            fields, summary = field_changes(stored, merged, changed)
            if fields:
                self._audit.log(repo, workshop_id, (_part_change(merged, fields, summary),))
        return merged  # type: ignore[no-any-return]

    def _remove_part(self, workshop_id: UUID, cls: type[P], part_id: UUID, label: str) -> P:
        """Delete one part and return it, so that an undo can save it again."""
        with self._store.transaction() as repo:
            part = _load_part(repo, workshop_id, cls, part_id, label)
            repo.delete_part(workshop_id, cls, part_id)
            self._audit.log(repo, workshop_id, (_part_change(part, REMOVED),))
        return part

    # --- the audit log -------------------------------------------------------------------

    def audit_log(self, workshop_id: UUID) -> AuditLog:
        """The workshop's log of changes after it was marked Genomförd, oldest first, and
        the first entry found changed, removed, put in or moved outside the program."""
        with self._store.transaction(write=False) as repo:
            _require_workshop(repo, workshop_id)
            entries = repo.audit_entries(workshop_id)
        return AuditLog(entries, first_break(entries))


def new_workshop_contents(
    workshop: Workshop,
    template: ReadinessTemplate,
    participant_count: int,
    alias_word: str = "Deltagare",
) -> WorkshopContents:
    """A workshop as it starts: participants by alias, the template's checklist unrated."""
    return WorkshopContents(
        workshop=workshop,
        template=template,
        participants=tuple(
            Participant(alias=default_alias(n, alias_word), position=n)
            for n in range(1, participant_count + 1)
        ),
        prerequisite_checks=tuple(
            PrerequisiteCheck(area=prompt.area, prompt=prompt.text, position=position)
            for position, prompt in enumerate(template.prerequisite_prompts, start=1)
        ),
    )


_PART_WORDS: dict[type, str] = {
    Participant: N_("Deltagaren"),
    Dependency: N_("Beroendet"),
    Action: N_("Åtgärden"),
    PrerequisiteCheck: N_("Punkten"),
    SuccessFactor: N_("Framgångsfaktorn"),
    Note: N_("Lappen"),
}


_PART_OF_RECORD: dict[str, type] = {
    "participants": Participant,
    "dependencies": Dependency,
    "actions": Action,
    "prerequisite_checks": PrerequisiteCheck,
    "success_factors": SuccessFactor,
    "notes": Note,
}


_RECORD_OF_PART: dict[type, str] = {cls: record for record, cls in _PART_OF_RECORD.items()}


def _part_change(part: Any, fields: Iterable[str] | str = (), change: str = "") -> AuditChange:
    """A part's change for the log; ``fields`` alone as ADDED or REMOVED says the whole part."""
    if isinstance(fields, str):
        fields, change = (), fields
    return AuditChange(_RECORD_OF_PART[type(part)], str(part.id), tuple(fields), change)


def _stand_in_kept(problem: DataProblem) -> AuditChange:
    return AuditChange(problem.record, problem.record_id, (problem.field,), "stand_in")


def _rating_changes(ratings: Sequence[Rating]) -> tuple[AuditChange, ...]:
    """One change per participant: the statements answered and the values given."""
    by_participant: dict[UUID, dict[str, int | None]] = {}
    for rating in ratings:
        by_participant.setdefault(rating.participant_id, {})[rating.statement_code] = rating.value
    return tuple(
        AuditChange("ratings", str(person), tuple(values), values_summary(values))
        for person, values in by_participant.items()
    )


def _tallies_summary(tallies: Iterable[RatingTally]) -> str:
    """Hand counts as ``value:count`` (0 for Vet ej)."""
    return " ".join(f"{t.value or 0}:{t.count}" for t in tallies if t.count)


def _require_workshop(repo: WorkshopRepository, workshop_id: UUID) -> None:
    if not repo.exists(workshop_id):
        raise NotFoundError("workshop_gone")


def _load_part(
    repo: WorkshopRepository, workshop_id: UUID, cls: type, part_id: UUID, label: str = ""
) -> Any:
    """The stored part, or NotFoundError naming the workshop or the part, whichever is gone."""
    part = repo.load_part(workshop_id, cls, part_id)
    if part is None:
        _require_workshop(repo, workshop_id)
        raise NotFoundError("part_gone", label=label or _PART_WORDS[cls])
    return part


def _find(items: Iterable[Any], item_id: UUID, label: str) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise NotFoundError("part_gone", label=label)
