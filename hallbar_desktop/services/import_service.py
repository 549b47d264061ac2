"""Importing workshop packages: what an import would do, doing it in one transaction, and
choosing between the two versions of a record an import found changed on both sides."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.audit import (
    LOGGED_STATUSES,
    AuditEntry,
    first_break,
    this_user_and_computer,
)
from hallbar_desktop.domain.clock import utc_now
from hallbar_desktop.domain.contents import WorkshopContents, check_consistency
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import HallbarError, NotFoundError, PackageError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.package import (
    NEW,
    UNCHANGED,
    UPDATED,
    ConflictDetails,
    ImportedCopy,
    ImportedWorkshop,
    ImportSummary,
    Package,
    StoredConflict,
)
from hallbar_desktop.domain.package_merge import (
    ACTION,
    DEPENDENCY,
    GROUP_SCORE,
    NOTE,
    PARTICIPANT,
    PREREQUISITE_CHECK,
    RATING,
    SUCCESS_FACTOR,
    TALLY,
    WORKSHOP,
    RecordRef,
    Records,
    WorkshopRecord,
    conflicting_fields,
    contents_from,
    fields_of,
    import_changes,
    keeping_what_was_removed,
    merge_workshop,
    record_writes,
    records_of,
    with_fields,
)
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.services.audit_trail import AuditTrail
from hallbar_desktop.services.ports import (
    PackageReader,
    WorkshopCodec,
    WorkshopRepository,
    WorkshopStore,
)

_PART_CLASSES: dict[str, type] = {
    PARTICIPANT: Participant,
    DEPENDENCY: Dependency,
    ACTION: Action,
    PREREQUISITE_CHECK: PrerequisiteCheck,
    SUCCESS_FACTOR: SuccessFactor,
    NOTE: Note,
}


@dataclass
class _Step:
    """One workshop of one package, planned: what to write for it."""

    source: Path
    package: Package
    incoming: WorkshopContents
    before: dict[RecordRef, Any] | None
    after: dict[RecordRef, Any]
    copy: ImportedCopy | None  # None: the stored copy is already this one
    # Each open conflict's record and the fields changed on both sides ("" fields: whole).
    conflicts_before: dict[RecordRef, tuple[str, ...]]
    conflicts_after: dict[RecordRef, tuple[str, ...]]
    summary: ImportedWorkshop
    # Entries of the package's audit log this database does not hold yet.
    audit_new: tuple[AuditEntry, ...] = ()

    @property
    def writes(self) -> bool:
        return (
            self.before != self.after
            or self.copy is not None
            or self.conflicts_before != self.conflicts_after
            or bool(self.audit_new)
        )


class ImportService:
    def __init__(
        self,
        store: WorkshopStore,
        reader: PackageReader,
        codec: WorkshopCodec,
        *,
        back_up: Callable[[], Path] | None = None,
        clock: Callable[[], datetime] = utc_now,
        editor: Callable[[], tuple[str, str]] = this_user_and_computer,
    ) -> None:
        """``back_up`` makes the backup taken before an import writes anything, and says
        where it is; ``editor()`` names who imports and on which computer, for the audit log
        of a workshop marked Genomförd that the import changes."""
        self._store = store
        self._reader = reader
        self._codec = codec
        self._back_up = back_up
        self._clock = clock
        self._audit = AuditTrail(clock, editor)

    # --- importing ---------------------------------------------------------------------------

    def read(self, paths: Sequence[Path]) -> tuple[tuple[Path, Package], ...]:
        """Every package, checked whole; the first problem is named with its file."""
        return read_packages(self._reader, paths)

    def preview(self, packages: Sequence[tuple[Path, Package]]) -> ImportSummary:
        """What importing the packages would do, found without writing anything."""
        with self._store.transaction(write=False) as repo:
            steps = self._plan(repo, packages)
        return ImportSummary(workshops=tuple(s.summary for s in steps))

    def import_packages(self, packages: Sequence[tuple[Path, Package]]) -> ImportSummary:
        """Merge the packages into the database in one transaction, all or nothing, after a
        backup; importing the same packages again writes nothing."""
        with self._store.transaction(write=False) as repo:
            planned = self._plan(repo, packages)
        if not any(s.writes for s in planned):
            return ImportSummary(workshops=tuple(s.summary for s in planned))
        backup = self._back_up() if self._back_up is not None else None
        with self._store.transaction() as repo:
            steps = self._plan(repo, packages)
            self._write(repo, steps)
        return ImportSummary(workshops=tuple(s.summary for s in steps), written=True, backup=backup)

    def _plan(
        self, repo: WorkshopRepository, packages: Sequence[tuple[Path, Package]]
    ) -> list[_Step]:
        now = self._clock()
        here: dict[UUID, dict[RecordRef, Any] | None] = {}
        copies: dict[tuple[UUID, UUID], ImportedCopy | None] = {}
        conflicts: dict[tuple[UUID, UUID], dict[RecordRef, tuple[str, ...]]] = {}
        # Each workshop's log entries by chain and place: those stored, then those planned.
        logged: dict[UUID, set[tuple[str, int]]] = {}
        arriving = {c.workshop.id for _p, package in packages for c in package.workshops}
        steps = []
        for source, package in packages:
            origin_id = package.origin.installation_id
            for number, incoming in enumerate(package.workshops, start=1):
                workshop = incoming.workshop
                place = f"{source.name}, workshop {number}"
                link = workshop.follows_up_id
                if link is not None and link not in arriving and not repo.exists(link):
                    # The workshop it follows up is not here: the link cannot be kept.
                    incoming = replace(incoming, workshop=replace(workshop, follows_up_id=None))
                wid = workshop.id
                if wid not in here:
                    here[wid] = records_of(repo.load(wid)) if repo.exists(wid) else None
                key = (wid, origin_id)
                if key not in copies:
                    copies[key] = _copy_from(repo, wid, origin_id)
                    conflicts[key] = {
                        RecordRef(c.kind, c.key): c.fields
                        for c in repo.conflicts(wid)
                        if c.origin_id == origin_id
                    }
                copy = copies[key]
                base = self._base(copy)
                before = here[wid]
                theirs = records_of(incoming)
                if package.redacted:
                    theirs = keeping_what_was_removed(theirs, before)
                merged = merge_workshop(
                    before,
                    theirs,
                    base,
                    names_incoming=package.names_included,
                    names_in_base=copy.names_included if copy is not None else True,
                )
                after = self._consistent(merged.records, place)
                if before is not None:
                    self._check_ids_free(repo, wid, before, after, place)
                else:
                    self._check_ids_free(repo, wid, {}, after, place)
                # A conflict stays open while its fields differ; a new one on the same
                # record adds its fields.
                conflicts_after = {}
                for ref, fields in conflicts[key].items():
                    left = conflicting_fields(
                        after.get(ref), theirs.get(ref), fields, names=package.names_included
                    )
                    if left:
                        conflicts_after[ref] = fields if "" in left else left
                for ref, fields in merged.conflicts.items():
                    known = conflicts_after.get(ref)
                    conflicts_after[ref] = (
                        ()
                        if not fields or known == ()
                        else tuple(dict.fromkeys((*(known or ()), *fields)))
                    )
                document = self._codec.encode(incoming)
                new_copy: ImportedCopy | None = ImportedCopy(
                    workshop_id=wid,
                    origin=package.origin,
                    imported_at=now,
                    names_included=package.names_included,
                    document=document,
                )
                if (
                    copy is not None
                    and copy.document == document
                    and copy.names_included == package.names_included
                    and copy.origin == package.origin
                ):
                    new_copy = None
                if wid not in logged:
                    stored = repo.audit_entries(wid) if before is not None else ()
                    logged[wid] = {(e.chain, e.seq) for e in stored}
                packed_log = package.audit.get(wid, ())
                # An entry is kept once per chain and place: importing again adds nothing, and
                # the chains of two computers are kept side by side.
                audit_new = tuple(e for e in packed_log if (e.chain, e.seq) not in logged[wid])
                logged[wid].update((e.chain, e.seq) for e in audit_new)
                taken = len(record_writes(before or {}, after))
                outcome = NEW if before is None else UPDATED if taken else UNCHANGED
                steps.append(
                    _Step(
                        source=source,
                        package=package,
                        incoming=incoming,
                        before=before,
                        after=after,
                        copy=new_copy,
                        conflicts_before=conflicts[key],
                        conflicts_after=conflicts_after,
                        audit_new=audit_new,
                        summary=ImportedWorkshop(
                            workshop_id=wid,
                            title=workshop.title,
                            organisation=workshop.organisation,
                            held_on=workshop.held_on,
                            source=source,
                            origin=package.origin,
                            outcome=outcome,
                            taken=taken,
                            conflicts=sum(
                                1
                                for ref, fields in conflicts_after.items()
                                if conflicts[key].get(ref) != fields
                            ),
                            audit_entries=len(audit_new),
                            audit_broken=first_break(packed_log),
                        ),
                    )
                )
                here[wid] = after
                if new_copy is not None:
                    copies[key] = new_copy
                conflicts[key] = conflicts_after
        return steps

    def _base(self, copy: ImportedCopy | None) -> dict[RecordRef, Any] | None:
        if copy is None:
            return None
        try:
            return records_of(self._codec.decode(copy.document))
        except PackageError:
            # A copy this version cannot read: merged as if never imported, nothing removed.
            return None

    @staticmethod
    def _consistent(records: Records, place: str) -> dict[RecordRef, Any]:
        contents = contents_from(records)
        try:
            check_consistency(contents)
        except HallbarError as error:
            raise PackageError(place, "package_not_merged", problem=error) from error
        return records_of(contents)

    @staticmethod
    def _check_ids_free(
        repo: WorkshopRepository,
        workshop_id: UUID,
        before: Records,
        after: Records,
        place: str,
    ) -> None:
        """A record new to this workshop must not have the id of another workshop's record."""
        for ref in after.keys() - before.keys():
            cls = _PART_CLASSES.get(ref.kind)
            if cls is None:
                continue
            owner = repo.part_workshop(cls, UUID(ref.key))
            if owner is not None and owner != workshop_id:
                raise PackageError(place, "package_id_in_use", id=ref.key)

    def _write(self, repo: WorkshopRepository, steps: Sequence[_Step]) -> None:
        relink: dict[UUID, WorkshopRecord] = {}
        for step in steps:
            if not step.writes:
                continue
            wid = step.incoming.workshop.id
            after = dict(step.after)
            head: WorkshopRecord = after[RecordRef(WORKSHOP, "")]
            link = head.workshop.follows_up_id
            if link is not None and not repo.exists(link):
                # Its workshop comes later in the import: linked once every workshop is in.
                relink[wid] = head
                after[RecordRef(WORKSHOP, "")] = replace(
                    head, workshop=replace(head.workshop, follows_up_id=None)
                )
            _write_records(repo, wid, step.before or {}, after)
            if step.copy is not None:
                repo.put_imported_copy(step.copy)
            repo.append_audit(step.audit_new)
            if step.before is not None:
                # A stored workshop the import changed is logged here as an edit made here
                # would be: the package's own entries say what was done where it came from.
                was: WorkshopRecord = step.before[RecordRef(WORKSHOP, "")]
                self._audit.log(
                    repo,
                    wid,
                    import_changes(wid, step.before, step.after),
                    held_before=was.workshop.status.code in LOGGED_STATUSES,
                )
            origin_id = step.package.origin.installation_id
            for ref in step.conflicts_before.keys() - step.conflicts_after.keys():
                repo.delete_conflict(_stored(wid, origin_id, ref, (), self._clock()))
            for ref, fields in step.conflicts_after.items():
                if step.conflicts_before.get(ref) != fields:
                    repo.put_conflict(_stored(wid, origin_id, ref, fields, self._clock()))
        for head in relink.values():
            repo.update_workshop(head.workshop, {"follows_up_id"})

    # --- conflicts ---------------------------------------------------------------------------

    def conflicts(self) -> tuple[ConflictDetails, ...]:
        """Every conflict still to choose, with both versions; one whose two versions have
        become the same (someone made them so) is left out."""
        found = []
        with self._store.transaction(write=False) as repo:
            stored = repo.conflicts()
            copies = {(c.workshop_id, c.origin.installation_id): c for c in repo.imported_copies()}
            loaded: dict[UUID, dict[RecordRef, Any]] = {}
            theirs: dict[tuple[UUID, UUID], dict[RecordRef, Any] | None] = {}
            for conflict in stored:
                key = (conflict.workshop_id, conflict.origin_id)
                copy = copies.get(key)
                if copy is None:
                    continue
                if conflict.workshop_id not in loaded:
                    loaded[conflict.workshop_id] = records_of(repo.load(conflict.workshop_id))
                if key not in theirs:
                    theirs[key] = self._base(copy)
                ref = RecordRef(conflict.kind, conflict.key)
                mine = loaded[conflict.workshop_id].get(ref)
                other = (theirs[key] or {}).get(ref)
                if theirs[key] is None or not conflicting_fields(
                    mine, other, conflict.fields, names=copy.names_included
                ):
                    continue
                head: WorkshopRecord = loaded[conflict.workshop_id][RecordRef(WORKSHOP, "")]
                found.append(
                    ConflictDetails(
                        conflict=conflict,
                        workshop_title=head.workshop.title,
                        origin=copy.origin,
                        here=mine,
                        theirs=other,
                    )
                )
        return tuple(found)

    def resolve(self, conflict: StoredConflict, *, take_theirs: bool) -> None:
        """Keep the version here, or take the one from the package instead (a record deleted
        there is deleted here); either way the conflict is done."""
        with self._store.transaction() as repo:
            if not any(c == conflict for c in repo.conflicts(conflict.workshop_id)):
                raise NotFoundError("conflict_gone")
            if take_theirs:
                copy = _copy_from(repo, conflict.workshop_id, conflict.origin_id)
                base = self._base(copy)
                if base is None:
                    raise PackageError("", "imported_copy_unreadable")
                before = records_of(repo.load(conflict.workshop_id))
                ref = RecordRef(conflict.kind, conflict.key)
                after = dict(before)
                other = base.get(ref)
                mine = before.get(ref)
                if other is None:
                    after.pop(ref, None)
                elif conflict.fields and mine is not None:
                    # Only the fields in conflict: what changed on one side is merged already.
                    theirs_now = fields_of(other)
                    changes = {f: theirs_now[f] for f in conflict.fields}
                    if "updated_at" in theirs_now:
                        changes["updated_at"] = max(
                            fields_of(mine)["updated_at"], theirs_now["updated_at"]
                        )
                    after[ref] = with_fields(mine, changes)
                elif isinstance(other, Participant) and not copy.names_included:
                    after[ref] = (
                        replace(other, name=mine.name, role=mine.role)
                        if isinstance(mine, Participant)
                        else other
                    )
                else:
                    after[ref] = other
                after = self._consistent(after, "")
                _write_records(repo, conflict.workshop_id, before, after)
            repo.delete_conflict(conflict)


def read_packages(reader: PackageReader, paths: Sequence[Path]) -> tuple[tuple[Path, Package], ...]:
    """Every package, checked whole, before any database is opened or written; the first
    problem is named with its file."""
    if not paths:
        raise PackageError("", "no_package_chosen")
    read = []
    for path in dict.fromkeys(paths):
        try:
            read.append((path, reader(path)))
        except PackageError as error:
            # The same problem, named with its file.
            error.place = f"{path.name}, {error.place}" if error.place else path.name
            raise
    return tuple(read)


def _copy_from(repo: WorkshopRepository, workshop_id: UUID, origin_id: UUID) -> ImportedCopy | None:
    return next(
        (c for c in repo.imported_copies(workshop_id) if c.origin.installation_id == origin_id),
        None,
    )


def _stored(
    workshop_id: UUID, origin_id: UUID, ref: RecordRef, fields: tuple[str, ...], at: datetime
) -> StoredConflict:
    return StoredConflict(
        workshop_id=workshop_id,
        origin_id=origin_id,
        kind=ref.kind,
        key=ref.key,
        found_at=at,
        fields=fields,
    )


def _write_records(
    repo: WorkshopRepository, workshop_id: UUID, before: Records, after: Records
) -> None:
    """Write the records that differ, each with the repository's own call for its kind."""
    tallies_changed: set[str] = set()
    new: list[Any] = []  # records of one kind not stored yet, inserted together

    def insert_new() -> None:
        repo.insert_new(workshop_id, new)
        new.clear()

    for ref, value in record_writes(before, after):
        kind = ref.kind
        if new and type(new[0]) is not type(value):
            insert_new()
        if kind == TALLY:
            tallies_changed.add(ref.key.split("/", 1)[0])
        elif kind != WORKSHOP and value is not None and ref not in before:
            new.append(value)
        elif kind == WORKSHOP:
            repo.put_workshop(value.workshop, value.template)
        elif kind in _PART_CLASSES:
            if value is None:
                repo.delete_part(workshop_id, _PART_CLASSES[kind], UUID(ref.key))
            else:
                repo.put_part(workshop_id, value)
        elif kind == RATING:
            if value is None:
                participant, statement = ref.key.split("/", 1)
                repo.delete_rating(workshop_id, UUID(participant), statement)
            else:
                repo.put_rating(workshop_id, value)
        elif kind == GROUP_SCORE:
            if value is None:
                repo.delete_group_score(workshop_id, ref.key)
            else:
                repo.put_group_score(workshop_id, value)
    insert_new()
    for statement in sorted(tallies_changed):
        kept = tuple(
            v for r, v in after.items() if r.kind == TALLY and v.statement_code == statement
        )
        repo.replace_tallies(workshop_id, statement, kept)
