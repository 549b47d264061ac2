"""The audit log of changes made after a workshop is marked Genomförd, and its hash chain."""

from __future__ import annotations

import functools
import getpass
import hashlib
import json
import secrets
import socket
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any
from uuid import UUID

from hallbar_desktop.domain.choices import LabelledChoice
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.workshop import WorkshopStatus

# A workshop's edits are logged from the one that marks it Genomförd on (or that changes it
# while it is Genomförd or later).
LOGGED_STATUSES = frozenset(
    s.code for s in (WorkshopStatus.HELD, WorkshopStatus.FOLLOWED_UP, WorkshopStatus.ARCHIVED)
)
# What the log says of a value it does not copy: free text may hold anyone's words or name.
TEXT_CHANGED = "…"
ADDED = "+"
REMOVED = "-"
# Where an entry's change summary is cut, so an entry stays one short line.
CHANGE_MAX = 300


@dataclass(frozen=True, slots=True)
class AuditChange:
    """What one edit did to one record: its kind (the table's name), id, fields, and a short
    summary in codes and values (``impact: 3→4``), never free text."""

    kind: str
    record_id: str
    fields: tuple[str, ...] = ()
    change: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    """One logged change. ``person_digest`` is the SHA-256 of ``salt``, user and computer:
    the chain covers it instead of the names, so that a purge can blank the names (and the
    salt, which leaves the digest unguessable) and the chain still holds."""

    workshop_id: UUID
    chain: str
    seq: int
    at: datetime
    user: str
    computer: str
    salt: str
    person_digest: str
    kind: str
    record_id: str
    fields: tuple[str, ...]
    change: str
    hash: str

    @property
    def names_purged(self) -> bool:
        return not (self.user or self.computer or self.salt)


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first entry of a chain that is not what the program wrote: ``position`` is its
    place in the chain (1 is the first); ``after`` the last entry that still holds (0: none)."""

    chain: str
    position: int
    after: int
    reason: str  # "changed", "missing" (an entry removed or the order changed)


def person_digest(salt: str, user: str, computer: str) -> str:
    return hashlib.sha256("\n".join((salt, user, computer)).encode("utf-8")).hexdigest()


def canonical(entry: AuditEntry) -> str:
    """The content an entry's hash covers, in one fixed form on every back end."""
    return json.dumps(
        [
            str(entry.workshop_id),
            entry.chain,
            entry.seq,
            entry.at.astimezone(UTC).isoformat(),
            entry.person_digest,
            entry.kind,
            entry.record_id,
            list(entry.fields),
            entry.change,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def chain_hash(previous_hash: str, entry: AuditEntry) -> str:
    return hashlib.sha256((previous_hash + canonical(entry)).encode("utf-8")).hexdigest()


def new_entries(
    workshop_id: UUID,
    chain: str,
    last_seq: int,
    last_hash: str,
    changes: Iterable[AuditChange],
    *,
    at: datetime,
    user: str,
    computer: str,
) -> tuple[AuditEntry, ...]:
    """The entries that append ``changes`` to a chain whose last entry is ``last_seq``."""
    made = []
    previous = last_hash
    for seq, change in enumerate(changes, start=last_seq + 1):
        salt = secrets.token_hex(16)
        entry = AuditEntry(
            workshop_id=workshop_id,
            chain=chain,
            seq=seq,
            at=at,
            user=user,
            computer=computer,
            salt=salt,
            person_digest=person_digest(salt, user, computer),
            kind=change.kind,
            record_id=change.record_id,
            fields=change.fields,
            change=change.change[:CHANGE_MAX],
            hash="",
        )
        previous = chain_hash(previous, entry)
        made.append(replace(entry, hash=previous))
    return tuple(made)


def without_names(entry: AuditEntry) -> AuditEntry:
    """The entry as a purge (or a package without personal data) leaves it: no user, computer
    or salt; the digest and hash stay, so the chain still holds."""
    return replace(entry, user="", computer="", salt="")


def first_break(entries: Sequence[AuditEntry]) -> ChainBreak | None:
    """Walk every chain of ``entries`` (one workshop's, in any order) and name the first entry
    that was changed, removed, put in or moved by hand; None when all hold."""
    chains: dict[str, list[AuditEntry]] = {}
    for entry in sorted(entries, key=lambda e: (e.chain, e.seq)):
        chains.setdefault(entry.chain, []).append(entry)
    for chain, own in chains.items():
        previous = ""
        for position, entry in enumerate(own, start=1):
            if entry.seq != position:
                return ChainBreak(chain, position, position - 1, "missing")
            if not entry.names_purged and entry.person_digest != person_digest(
                entry.salt, entry.user, entry.computer
            ):
                return ChainBreak(chain, position, position - 1, "changed")
            if chain_hash(previous, entry) != entry.hash:
                return ChainBreak(chain, position, position - 1, "changed")
            previous = entry.hash
    return None


def this_user_and_computer() -> tuple[str, str]:
    """Who is editing (the operating system's user) and on which computer."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (containers), or no login
        user = ""
    return user, socket.gethostname()


def value_code(value: Any) -> str:
    """A field's value as the log writes it: a choice by its code, a date in ISO form, a set
    by its members' codes or its size; free text not at all."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(getattr(value, "code", value.name))
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, frozenset | set | tuple | list):
        members = list(value)
        if members and all(isinstance(m, Enum) for m in members):
            return ",".join(sorted(value_code(m) for m in members))
        return f"n={len(members)}"
    return TEXT_CHANGED


def field_changes(before: Any, after: Any, fields: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """The changed fields (times of the edit left out) and their ``field: old→new`` summary."""
    names = tuple(
        sorted(
            f
            for f in fields
            if f not in ("updated_at", "created_at") and getattr(before, f) != getattr(after, f)
        )
    )
    summary = ", ".join(
        f"{f}: {value_code(getattr(before, f))}→{value_code(getattr(after, f))}" for f in names
    )
    return names, summary


def values_summary(values: Mapping[str, Any]) -> str:
    """``code=value`` pairs: the answers or counts an edit stored."""
    return ", ".join(f"{k}={value_code(v)}" for k, v in values.items())


@dataclass(frozen=True, slots=True)
class AuditLog:
    """A workshop's entries, oldest first, and the first break in their chains (None: all hold)."""

    entries: tuple[AuditEntry, ...]
    broken: ChainBreak | None
    # What a person knows each record by (domain.audit.record_labels), for an appendix.
    labels: Mapping[str, str] = field(default_factory=dict)


def audit_choice(kind: str, field: str) -> type[LabelledChoice] | None:
    """The choice a logged field of a kind of record holds, whose codes its entries write."""
    return _choices_of(kind).get(field)


@functools.cache
def _choices_of(kind: str) -> dict[str, type[LabelledChoice]]:
    from hallbar_desktop.domain.action import Action
    from hallbar_desktop.domain.dependency import Dependency
    from hallbar_desktop.domain.note import Note
    from hallbar_desktop.domain.prerequisites import PrerequisiteCheck, SuccessFactor
    from hallbar_desktop.domain.workshop import Participant, Workshop

    records: dict[str, type] = {
        "workshops": Workshop,
        "participants": Participant,
        "dependencies": Dependency,
        "actions": Action,
        "prerequisite_checks": PrerequisiteCheck,
        "success_factors": SuccessFactor,
        "notes": Note,
    }
    record = records.get(kind)
    if record is None:
        return {}
    found = {}
    for name, hint in typing.get_type_hints(record).items():
        for candidate in (hint, *typing.get_args(hint)):
            if isinstance(candidate, type) and issubclass(candidate, LabelledChoice):
                found[name] = candidate
    return found


def record_labels(contents: WorkshopContents) -> dict[str, str]:
    """What a person knows each record of the workshop by (title, alias, text), by its id."""
    labels = {str(contents.workshop.id): ""}
    for part in (
        *contents.participants,
        *contents.dependencies,
        *contents.actions,
        *contents.prerequisite_checks,
        *contents.success_factors,
        *contents.notes,
    ):
        for name in ("title", "alias", "prompt", "text"):
            value = getattr(part, name, None)
            if isinstance(value, str) and value:
                labels[str(part.id)] = value if len(value) <= 60 else value[:59] + "…"
                break
    return labels
