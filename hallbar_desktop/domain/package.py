"""A workshop package: workshops carried from one installation to another, and where from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from uuid import UUID

from hallbar_desktop.domain.audit import AuditEntry, ChainBreak
from hallbar_desktop.domain.contents import WorkshopContents


@dataclass(frozen=True, slots=True, kw_only=True)
class PackageOrigin:
    """Which database packed the workshops (its installation id), on which computer, with
    which version of the app, and when (UTC)."""

    installation_id: UUID
    computer: str
    app_version: str
    packed_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Package:
    origin: PackageOrigin
    workshops: tuple[WorkshopContents, ...]
    # Whether participants' names and roles were packed; without them they are empty.
    names_included: bool = False
    # Packed "utan personuppgifter": also typed aliases (made Deltagare N), the facilitator's
    # name and notes' authors were removed, and an import keeps those it has (package_merge).
    redacted: bool = False
    # Each workshop's audit log after its day (domain/audit.py), by workshop id; redacted, the
    # entries hold no user or computer names.
    audit: Mapping[UUID, tuple[AuditEntry, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportedCopy:
    """A workshop as it was last imported from one installation: where from, when, and the
    workshop itself in the package's form (``document``), which is what the next import from
    there is compared with."""

    workshop_id: UUID
    origin: PackageOrigin
    imported_at: datetime
    names_included: bool
    document: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredConflict:
    """A record changed both here and at ``origin_id`` since the last import from there: the
    version here stays until someone chooses; the other is in that import's copy."""

    workshop_id: UUID
    origin_id: UUID
    kind: str
    key: str
    found_at: datetime
    # The fields changed on both sides to different values; empty: the record as a whole
    # (deleted on one side, or nothing tells which side changed what).
    fields: tuple[str, ...] = ()


NEW = "new"
UPDATED = "updated"
UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportedWorkshop:
    """What an import does (or did) to one workshop of a package: ``outcome`` is NEW, UPDATED
    or UNCHANGED; ``taken`` counts the records that came from the package, ``conflicts`` those
    changed on both sides (kept as they are here until someone chooses)."""

    workshop_id: UUID
    title: str
    organisation: str
    held_on: date | None
    source: Path
    origin: PackageOrigin
    outcome: str
    taken: int
    conflicts: int
    # Entries of the workshop's audit log new to this database, and the first entry of the
    # package's log that was changed outside the program (None: the log holds).
    audit_entries: int = 0
    audit_broken: ChainBreak | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportSummary:
    """The workshops of the packages, in file order; ``written`` once the import is stored,
    with the backup made just before (None when nothing needed writing)."""

    workshops: tuple[ImportedWorkshop, ...]
    written: bool = False
    backup: Path | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for w in self.workshops if w.outcome == outcome)

    @property
    def conflicts(self) -> int:
        return sum(w.conflicts for w in self.workshops)

    @property
    def changes_anything(self) -> bool:
        return any(w.outcome != UNCHANGED or w.conflicts for w in self.workshops)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConflictDetails:
    """A stored conflict with both versions of the record (None: deleted on that side) and the
    workshop and origin it concerns, for someone to choose between."""

    conflict: StoredConflict
    workshop_title: str
    origin: PackageOrigin
    here: object
    theirs: object
