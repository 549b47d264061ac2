"""Merging a workshop from a package with the copy already here, record by record."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.audit import (
    ADDED,
    REMOVED,
    TEXT_CHANGED,
    AuditChange,
    field_changes,
    values_summary,
)
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency
from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
from hallbar_desktop.domain.readiness import GroupScore, Rating, RatingTally, ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant, Workshop

WORKSHOP = "workshop"
PARTICIPANT = "participant"
RATING = "rating"
TALLY = "tally"
GROUP_SCORE = "group_score"
DEPENDENCY = "dependency"
ACTION = "action"
PREREQUISITE_CHECK = "prerequisite_check"
SUCCESS_FACTOR = "success_factor"
NOTE = "note"
# The order records are written in: a record comes after those it refers to.
KINDS = (
    WORKSHOP,
    PARTICIPANT,
    DEPENDENCY,
    ACTION,
    RATING,
    TALLY,
    GROUP_SCORE,
    PREREQUISITE_CHECK,
    SUCCESS_FACTOR,
    NOTE,
)
_ID_KINDS = {
    Participant: PARTICIPANT,
    Dependency: DEPENDENCY,
    Action: ACTION,
    PrerequisiteCheck: PREREQUISITE_CHECK,
    SuccessFactor: SUCCESS_FACTOR,
    Note: NOTE,
}
_COLLECTIONS = {
    PARTICIPANT: "participants",
    RATING: "ratings",
    TALLY: "tallies",
    GROUP_SCORE: "group_scores",
    DEPENDENCY: "dependencies",
    ACTION: "actions",
    PREREQUISITE_CHECK: "prerequisite_checks",
    SUCCESS_FACTOR: "success_factors",
    NOTE: "notes",
}


@dataclass(frozen=True, slots=True, order=True)
class RecordRef:
    """Which record: its kind and the key that finds it within one workshop."""

    kind: str
    key: str


@dataclass(frozen=True, slots=True)
class WorkshopRecord:
    """The workshop's own row: its facts and its template snapshot."""

    workshop: Workshop
    template: ReadinessTemplate


Records = Mapping[RecordRef, Any]


def records_of(contents: WorkshopContents) -> dict[RecordRef, Any]:
    """Every record of a workshop by its reference."""
    found: dict[RecordRef, Any] = {
        RecordRef(WORKSHOP, ""): WorkshopRecord(contents.workshop, contents.template)
    }
    for cls, kind in _ID_KINDS.items():
        for part in contents.parts_of(cls):
            found[RecordRef(kind, str(part.id))] = part
    for rating in contents.ratings:
        found[RecordRef(RATING, f"{rating.participant_id}/{rating.statement_code}")] = rating
    for tally in contents.tallies:
        value = "" if tally.value is None else str(tally.value)
        found[RecordRef(TALLY, f"{tally.statement_code}/{value}")] = tally
    for score in contents.group_scores:
        found[RecordRef(GROUP_SCORE, score.dimension_code)] = score
    return found


def contents_from(records: Records) -> WorkshopContents:
    """The workshop the records make, with what no longer fits dropped: ratings of someone
    not there, a note's author who is gone (the note stays), links to a dependency that is
    gone, and answers to statements or dimensions the template does not have."""
    head: WorkshopRecord = records[RecordRef(WORKSHOP, "")]
    by_kind: dict[str, list[Any]] = {kind: [] for kind in _COLLECTIONS}
    for ref, value in sorted(records.items()):
        if ref.kind != WORKSHOP:
            by_kind[ref.kind].append(value)
    template = head.template
    people = {p.id for p in by_kind[PARTICIPANT]}
    dependencies = {d.id for d in by_kind[DEPENDENCY]}
    statements = template.statement_codes
    dimensions = {d.code for d in template.dimensions}
    by_kind[RATING] = [
        r for r in by_kind[RATING] if r.participant_id in people and r.statement_code in statements
    ]
    by_kind[TALLY] = [t for t in by_kind[TALLY] if t.statement_code in statements]
    by_kind[GROUP_SCORE] = [g for g in by_kind[GROUP_SCORE] if g.dimension_code in dimensions]
    by_kind[NOTE] = [
        dataclasses.replace(n, author_id=None) if n.author_id not in people | {None} else n
        for n in by_kind[NOTE]
    ]
    by_kind[ACTION] = [
        a
        if a.dependency_ids <= dependencies
        else dataclasses.replace(a, dependency_ids=a.dependency_ids & dependencies)
        for a in by_kind[ACTION]
    ]
    positioned = {PARTICIPANT, DEPENDENCY, ACTION, PREREQUISITE_CHECK, SUCCESS_FACTOR, NOTE}
    for kind in positioned:
        by_kind[kind].sort(key=lambda part: (part.position, str(part.id)))
    return WorkshopContents(
        workshop=head.workshop,
        template=template,
        **{name: tuple(by_kind[kind]) for kind, name in _COLLECTIONS.items()},
    )


def _without_names(value: Any) -> Any:
    if isinstance(value, Participant):
        return dataclasses.replace(value, name="", role="")
    return value


def same(a: Any, b: Any, *, names: bool = True) -> bool:
    """Whether two versions of a record hold the same; the workshop's ``updated_at`` does not
    count (it says when, not what), and names and roles only when ``names``."""
    if (
        isinstance(a, WorkshopRecord)
        and isinstance(b, WorkshopRecord)
        and a.workshop.updated_at != b.workshop.updated_at
    ):
        at = b.workshop.updated_at
        a = dataclasses.replace(a, workshop=dataclasses.replace(a.workshop, updated_at=at))
    if not names:
        a, b = _without_names(a), _without_names(b)
    return a == b  # type: ignore[no-any-return]


def _stamp(value: Any) -> datetime | None:
    if isinstance(value, WorkshopRecord):
        return value.workshop.updated_at
    return getattr(value, "updated_at", None)


# When a record was last changed is bookkeeping, not something two people disagree about.
_BOOKKEEPING = frozenset({"updated_at"})
_NAME_FIELDS = frozenset({"name", "role"})


def fields_of(value: Any) -> dict[str, Any]:
    """A record's fields by name; the workshop row's are its facts and its ``template``."""
    if isinstance(value, WorkshopRecord):
        own = {f.name: getattr(value.workshop, f.name) for f in dataclasses.fields(Workshop)}
        return {**own, "template": value.template}
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


def with_fields(value: Any, changes: Mapping[str, Any]) -> Any:
    """``value`` with the fields ``changes`` names set (the domain's own checks run)."""
    if not changes:
        return value
    if isinstance(value, WorkshopRecord):
        facts = {k: v for k, v in changes.items() if k != "template"}
        return WorkshopRecord(
            dataclasses.replace(value.workshop, **facts) if facts else value.workshop,
            changes.get("template", value.template),
        )
    return dataclasses.replace(value, **changes)


def conflicting_fields(
    here: Any, theirs: Any, fields: tuple[str, ...], *, names: bool = True
) -> tuple[str, ...]:
    """Which of ``fields`` (all fields when empty) still differ between the two versions; a
    record missing on one side differs as a whole."""
    if here is None or theirs is None:
        return () if here is None and theirs is None else ("",)
    mine, other = fields_of(here), fields_of(theirs)
    names_count = names or not isinstance(here, Participant)
    wanted = fields or tuple(
        n for n in mine if n not in _BOOKKEEPING and (names_count or n not in _NAME_FIELDS)
    )
    return tuple(n for n in wanted if mine.get(n) != other.get(n))


@dataclass(frozen=True, slots=True)
class MergedWorkshop:
    """What the merge of one workshop decided. ``records`` is the workshop as it should be
    stored; ``taken`` the records that took something from the package (added, changed or
    removed); ``conflicts`` those changed on both sides, each with the fields changed on both
    sides to different values (empty: the record as a whole, e.g. deleted on one side), which
    keep their values here."""

    workshop_id: UUID
    is_new: bool
    records: dict[RecordRef, Any]
    taken: tuple[RecordRef, ...]
    conflicts: dict[RecordRef, tuple[str, ...]]

    @property
    def changes_anything(self) -> bool:
        return bool(self.taken)


def merge_workshop(
    here: Records | None,
    incoming: Records,
    base: Records | None,
    *,
    names_incoming: bool,
    names_in_base: bool = True,
) -> MergedWorkshop:
    """Merge ``incoming`` (from a package) into ``here`` (None: not in this database), where
    ``base`` is the same workshop as last imported from the same installation (None: never).

    With a base, a record changed only on one side since then takes that side's version, a
    deletion included; changed on both sides to different versions, it is a conflict and the
    version here stays. Without a base nothing tells what changed where: a record on one side
    only is kept or added, never removed, and of two versions the one with the newer
    ``updated_at`` wins; a record without its own time is a conflict. Names and roles count
    only where the package carries them (``names_incoming``); they are never cleared by a
    package without them."""
    head = incoming[RecordRef(WORKSHOP, "")]
    workshop_id = head.workshop.id
    if here is None:
        return MergedWorkshop(
            workshop_id=workshop_id,
            is_new=True,
            records=dict(incoming),
            taken=tuple(sorted(incoming)),
            conflicts={},
        )
    base_names = names_incoming and names_in_base
    result = dict(here)
    taken: list[RecordRef] = []
    conflicts: dict[RecordRef, tuple[str, ...]] = {}
    for ref in sorted(set(here) | set(incoming) | set(base or ())):
        mine, theirs = here.get(ref), incoming.get(ref)
        if same(mine, theirs, names=names_incoming):
            continue
        if base is None:
            if mine is None:
                take = True
            elif theirs is None:
                continue
            else:
                mine_at, theirs_at = _stamp(mine), _stamp(theirs)
                if mine_at is None or theirs_at is None or mine_at == theirs_at:
                    conflicts[ref] = ()
                    continue
                take = theirs_at > mine_at
        else:
            before = base.get(ref)
            if same(theirs, before, names=base_names):
                continue  # changed here only, or not at all
            take = same(mine, before, names=base_names)
            if not take:
                merged, clashes = _merge_fields(mine, theirs, before, names=base_names)
                if merged is None:
                    conflicts[ref] = ()
                    continue
                if merged != mine:
                    result[ref] = merged
                    taken.append(ref)
                if clashes:
                    conflicts[ref] = clashes
                continue
        if not take:
            continue
        if theirs is None:
            del result[ref]
        else:
            result[ref] = _keeping_names(theirs, mine) if not names_incoming else theirs
        taken.append(ref)
    return MergedWorkshop(
        workshop_id=workshop_id,
        is_new=False,
        records=result,
        taken=tuple(taken),
        conflicts=conflicts,
    )


def _merge_fields(
    mine: Any, theirs: Any, before: Any, *, names: bool
) -> tuple[Any | None, tuple[str, ...]]:
    """Both sides changed the record since ``before``: each field changed on one side only
    takes that side's value, and those changed on both to different values are the conflict.
    None when the record cannot be merged field by field (deleted on a side, or the mixed
    record breaks the domain's own rules)."""
    if mine is None or theirs is None or before is None or type(mine) is not type(theirs):
        return None, ()
    here, other, old = fields_of(mine), fields_of(theirs), fields_of(before)
    skip = _BOOKKEEPING | (frozenset() if names else _NAME_FIELDS)
    changes: dict[str, Any] = {}
    clashes = []
    for name, value in other.items():
        if name in skip or value == here[name] or value == old.get(name):
            continue
        if here[name] == old.get(name):
            changes[name] = value
        else:
            clashes.append(name)
    if changes and "updated_at" in here:
        changes["updated_at"] = max(here["updated_at"], other["updated_at"])
    try:
        return with_fields(mine, changes), tuple(clashes)
    except HallbarError:
        return None, ()


def _keeping_names(theirs: Any, mine: Any) -> Any:
    # A package without names leaves the names and roles here as they are.
    if isinstance(theirs, Participant) and isinstance(mine, Participant):
        return dataclasses.replace(theirs, name=mine.name, role=mine.role)
    return theirs


def keeping_what_was_removed(incoming: Records, here: Records | None) -> dict[RecordRef, Any]:
    """``incoming`` from a package packed without personal data, with what the packing removed
    taken from the same records here: a participant's alias, name and role, the facilitator's
    name, a note's author. A package sent "utan personuppgifter" erases nothing here."""
    kept = dict(incoming)
    for ref, theirs in incoming.items():
        mine = (here or {}).get(ref)
        if isinstance(theirs, Participant) and isinstance(mine, Participant):
            kept[ref] = dataclasses.replace(
                theirs, alias=mine.alias, name=mine.name, role=mine.role
            )
        elif isinstance(theirs, WorkshopRecord) and isinstance(mine, WorkshopRecord):
            facilitator = mine.workshop.facilitator
            workshop = dataclasses.replace(theirs.workshop, facilitator=facilitator)
            kept[ref] = WorkshopRecord(workshop, theirs.template)
        elif isinstance(theirs, Note) and isinstance(mine, Note) and theirs.author_id is None:
            kept[ref] = dataclasses.replace(theirs, author_id=mine.author_id)
    return kept


def record_writes(before: Records, after: Records) -> tuple[tuple[RecordRef, Any], ...]:
    """The records to write to turn ``before`` into ``after``, in writing order: each as the
    reference and its new version, or None to delete it."""
    changed = [
        (ref, after.get(ref))
        for ref in set(before) | set(after)
        if before.get(ref) != after.get(ref)
    ]
    changed.sort(key=lambda item: (KINDS.index(item[0].kind), item[0].key))
    return tuple(changed)


# The audit log's name of each kind of record (its table's), as the window's edits log it.
_LOGGED_KINDS = {
    WORKSHOP: "workshops",
    **{kind: name for kind, name in _COLLECTIONS.items() if kind not in (RATING, TALLY)},
}


def import_changes(workshop_id: UUID, before: Records, after: Records) -> tuple[AuditChange, ...]:
    """What an import did to a stored workshop, as the audit log writes the same edits made in
    the window: a record added or removed, a record's changed fields with their old and new
    codes and values (free text only said to have changed), a participant's answers and a
    statement's hand counts as they are now."""
    changes: list[AuditChange] = []
    answers: dict[str, dict[str, Any]] = {}
    counted: set[str] = set()
    for ref, new in record_writes(before, after):
        old = before.get(ref)
        if ref.kind == RATING:
            participant, _, code = ref.key.partition("/")
            answers.setdefault(participant, {})[code] = None if new is None else new.value
        elif ref.kind == TALLY:
            counted.add(ref.key.partition("/")[0])
        elif old is None or new is None:
            record = str(workshop_id) if ref.kind == WORKSHOP else ref.key
            changes.append(
                AuditChange(_LOGGED_KINDS[ref.kind], record, (), REMOVED if new is None else ADDED)
            )
        else:
            changes.append(_changed(workshop_id, ref, old, new))
    changes += [
        AuditChange("ratings", person, tuple(values), values_summary(values))
        for person, values in answers.items()
    ]
    for code in sorted(counted):
        was, now = (_counts(records, code) for records in (before, after))
        changes.append(AuditChange("rating_tallies", code, (), f"{was}→{now}"))
    return tuple(c for c in changes if c.fields or c.change)


def _changed(workshop_id: UUID, ref: RecordRef, old: Any, new: Any) -> AuditChange:
    if ref.kind == WORKSHOP:
        names = [f.name for f in dataclasses.fields(Workshop)]
        fields, summary = field_changes(old.workshop, new.workshop, names)
        if old.template != new.template:  # the template's words are free text
            fields = (*fields, "template")
            summary = ", ".join(filter(None, (summary, f"template: {TEXT_CHANGED}→{TEXT_CHANGED}")))
        return AuditChange("workshops", str(workshop_id), fields, summary)
    names = [f.name for f in dataclasses.fields(old)]
    fields, summary = field_changes(old, new, names)
    return AuditChange(_LOGGED_KINDS[ref.kind], ref.key, fields, summary)


def _counts(records: Records, statement_code: str) -> str:
    """A statement's hand counts as ``value:count`` (0 for Vet ej), as the window logs them."""
    tallies = sorted(
        (
            v
            for ref, v in records.items()
            if ref.kind == TALLY and v.statement_code == statement_code
        ),
        key=lambda t: t.value or 0,
    )
    return " ".join(f"{t.value or 0}:{t.count}" for t in tallies if t.count)


def record_title(ref: RecordRef, value: Any) -> str:
    """A record's own words, to tell it apart in a list: a title, an alias, a code."""
    if value is None:
        return ""
    if isinstance(value, WorkshopRecord):
        return value.workshop.title
    for field in ("title", "alias", "text", "prompt"):
        text = getattr(value, field, None)
        if isinstance(text, str) and text:
            return text
    if isinstance(value, Rating | RatingTally):
        return value.statement_code
    if isinstance(value, GroupScore):
        return value.dimension_code
    return ref.key
