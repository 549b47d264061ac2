"""Backups of a database file: what one is, and which ones the rotation keeps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from hallbar_desktop.domain.choices import LabelledChoice

# The rotation: the newest backup of each of the last KEEP_DAILY days that have one, of each of
# the last KEEP_WEEKLY weeks, and of each kind made by hand or before a risky step every one
# from the last KEEP_DAILY days and at least the newest KEEP_SAFETY.
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_SAFETY = 3


class BackupKind(LabelledChoice):
    DAILY = ("daily", "Daglig")
    MANUAL = ("manual", "Gjord för hand")
    BEFORE_UPGRADE = ("before-upgrade", "Före uppgradering")
    BEFORE_RESTORE = ("before-restore", "Före återställning")
    BEFORE_IMPORT = ("before-import", "Före import")


# Kinds kept on their own, so a day's later backups must not push them out: those made just
# before the file is changed wholesale (the copy to go back to if that step turns out wrong),
# and those someone asked for on purpose (`hallbar backup` before trying something).
SAFETY_KINDS = (
    BackupKind.BEFORE_UPGRADE,
    BackupKind.BEFORE_RESTORE,
    BackupKind.BEFORE_IMPORT,
    BackupKind.MANUAL,
)


class StorageMedium(Enum):
    """What a database file lies on, as far as the system can tell."""

    LOCAL = "local"
    REMOVABLE = "removable"  # a USB stick, a memory card, an external disk
    NETWORK = "network"  # a network share (SMB, NFS, sshfs, WebDAV…)


class BackupPlace(Enum):
    """Where a database file's backups are made: a setting of the database itself."""

    BESIDE = "beside"  # in a .hallbar-backups folder beside the file
    USER = "user"  # in the user's data folder on this computer


def default_place(medium: StorageMedium) -> BackupPlace:
    """A file on a stick or a share keeps its backups with it: copies left in a home folder
    would be out of sight of whoever carries the stick on, and out of a purge's reach there."""
    return BackupPlace.USER if medium is StorageMedium.LOCAL else BackupPlace.BESIDE


@dataclass(frozen=True, slots=True)
class BackupPlaces:
    """Both folders a database file's backups may be in, and which one new backups go to."""

    beside: Path
    user: Path
    medium: StorageMedium
    # The database's own choice; None when nobody has chosen (the medium decides).
    chosen: BackupPlace | None = None
    # The folder beside was meant but cannot be made or written (a read-only stick).
    beside_not_writable: bool = False

    @property
    def meant(self) -> BackupPlace:
        return self.chosen if self.chosen is not None else default_place(self.medium)

    @property
    def place(self) -> BackupPlace:
        """Where new backups go: the place meant, unless the folder beside cannot be written."""
        if self.meant is BackupPlace.BESIDE and not self.beside_not_writable:
            return BackupPlace.BESIDE
        return BackupPlace.USER

    @property
    def fell_back(self) -> bool:
        return self.meant is not self.place

    @property
    def folder(self) -> Path:
        return self.beside if self.place is BackupPlace.BESIDE else self.user

    @property
    def folders(self) -> tuple[Path, Path]:
        """The folder in use first, then the other: older backups stay where they were made."""
        other = self.user if self.place is BackupPlace.BESIDE else self.beside
        return self.folder, other


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file. ``workshops`` and ``schema_version`` are None when it cannot be read."""

    path: Path
    made_at: datetime  # local time, as the user reads it in the file name and the dialog
    kind: BackupKind
    size_bytes: int
    workshops: int | None = None
    schema_version: int | None = None

    @property
    def readable(self) -> bool:
        return self.workshops is not None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: Backup
    # Where the file that was replaced is kept: a backup (listed), or for a file that was not a
    # readable database a byte-for-byte copy beside the backups; None if there was no file.
    previous_kept_at: Path | None
    # Whether that copy is in the list of backups, so it can be restored to undo this one.
    previous_listed: bool = False


def newest_first(backups: Iterable[Backup]) -> tuple[Backup, ...]:
    return tuple(sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True))


def has_backup_on(backups: Iterable[Backup], day: date) -> bool:
    return any(b.made_at.date() == day for b in backups)


def backups_to_remove(
    backups: Iterable[Backup],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    safety: int = KEEP_SAFETY,
) -> tuple[Backup, ...]:
    """The backups the rotation lets go, oldest last; the newest one is always kept."""
    ordered = newest_first(backups)
    if not ordered:
        return ()
    # Safety backups of the last days are all kept: someone who restores one backup after
    # another looking for the right one must still find the file as it was before the first.
    recent_from = ordered[0].made_at.date() - timedelta(days=daily - 1)
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    safety_kept = dict.fromkeys(SAFETY_KINDS, 0)
    for backup in ordered:
        day = backup.made_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(backup.path)
        if backup.kind in safety_kept and (safety_kept[backup.kind] < safety or day >= recent_from):
            safety_kept[backup.kind] += 1
            keep.add(backup.path)
    return tuple(b for b in ordered if b.path not in keep)
