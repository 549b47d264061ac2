"""A record of processing (GDPR Art. 30): the personal data a database holds, as counted facts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from uuid import UUID


class StorageKind(Enum):
    FILE = "file"
    SERVER = "server"


@dataclass(frozen=True, slots=True)
class PersonalDataCounts:
    """What one workshop (or all of them, added up) holds that is or may be personal data."""

    participants: int = 0
    named: int = 0  # participants with a name
    with_role: int = 0
    typed_alias: int = 0  # an alias someone typed (not "Deltagare N"): it may be a name
    notes: int = 0
    authored_notes: int = 0  # notes that say which participant wrote them
    facilitators: int = 0  # workshops that name their facilitator
    actions: int = 0
    action_owners: int = 0  # actions with a responsible person (Ansvarig)
    action_contributors: int = 0  # actions naming contributors (Medverkande)
    action_deciders: int = 0  # actions naming who decides (Beslut krävs av)
    dependencies: int = 0
    dependency_watchers: int = 0  # dependencies naming who watches them (Bevakas av)
    imported_copies: int = 0  # copies of imported packages kept for the next merge
    imported_copies_with_names: int = 0
    audit_entries: int = 0  # the log of changes after the workshop day
    audit_entries_named: int = 0  # entries that name who (the OS user) and on which computer

    def __add__(self, other: PersonalDataCounts) -> PersonalDataCounts:
        return PersonalDataCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(self))
        )


@dataclass(frozen=True, slots=True)
class RecordedWorkshop:
    """One workshop's line in the record: whose it is, until when, and what it holds."""

    workshop_id: UUID
    title: str
    organisation: str
    held_on: date | None
    retention_date: date
    own_retention_date: bool  # its own "Gallras efter" date, not the database's months
    past_retention: bool
    holds_personal_data: bool  # a name, role, typed alias or a note's author (what a purge takes)
    imported_from: str  # the computer it was last imported from; empty: made here
    counts: PersonalDataCounts


@dataclass(frozen=True, slots=True)
class FileAccess:
    """Who may read a database file, as the file system says (POSIX owner and mode bits)."""

    owner: str  # empty where the system has no user names for files (Windows)
    group: str
    mode: str  # as ls shows it: -rw-r--r--
    group_may_read: bool
    others_may_read: bool
    folder: Path
    folder_mode: str


@dataclass(frozen=True, slots=True)
class RoleAccess:
    """A server role with rights on hallbar's tables: which rights, and who holds the role."""

    role: str
    privileges: tuple[str, ...]  # SQL words: SELECT, INSERT, UPDATE, DELETE, …
    tables: int  # on how many of the tables
    members: tuple[str, ...] = ()  # login roles that are members of it
    owns_tables: bool = False
    superuser: bool = False


@dataclass(frozen=True, slots=True)
class ProcessingRecord:
    """The facts of the record; the export words them. Nothing here is a guess: what the
    database cannot know (the controller's contact, the DPO) is left for the reader to fill."""

    made_at: datetime
    storage: StorageKind
    location: str  # the file's path, or the server's address (never with a password)
    # Where hallbar keeps its backups of the file, the folder new ones go to first, with how
    # many each holds (none on a server: its backups are the server's own).
    backup_folders: tuple[tuple[Path, int], ...]
    file_access: FileAccess | None
    server_roles: tuple[RoleAccess, ...]
    retention_months: int
    workshops: tuple[RecordedWorkshop, ...]
    app_version: str = ""

    @property
    def backups(self) -> int:
        return sum(count for _folder, count in self.backup_folders)

    @property
    def totals(self) -> PersonalDataCounts:
        total = PersonalDataCounts()
        for workshop in self.workshops:
            total = total + workshop.counts
        return total

    @property
    def organisations(self) -> tuple[tuple[str, int], ...]:
        """Each organisation named by a workshop, with its number of workshops (an empty name
        for those that name none), in the order of their names."""
        counted = Counter(w.organisation.strip() for w in self.workshops)
        return tuple(sorted(counted.items(), key=lambda item: item[0].casefold()))

    @property
    def past_retention_holding(self) -> tuple[RecordedWorkshop, ...]:
        """Past their retention date and still holding personal data: to be purged."""
        return tuple(w for w in self.workshops if w.past_retention and w.holds_personal_data)

    @property
    def imported(self) -> tuple[tuple[str, int], ...]:
        """The computers workshops were imported from, with how many."""
        counted = Counter(w.imported_from for w in self.workshops if w.imported_from)
        return tuple(sorted(counted.items(), key=lambda item: item[0].casefold()))
