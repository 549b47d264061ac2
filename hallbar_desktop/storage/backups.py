"""Backups of one database file with SQLite's backup API, in a folder of their own, and restoring.

A backup is never a file copy: copying a file that another connection may be writing can
catch it halfway (engineering notes). sqlite3.Connection.backup reads a consistent snapshot
under SQLite's own locks. Each database gets its own folder, named from its file name and a
short hash of its absolute path, so the backups of two files never mix; a file on a stick
or a share keeps them beside itself instead, in .hallbar-backups/<its name> (BackupPlaces)."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hallbar_desktop.domain.backup import (
    Backup,
    BackupKind,
    BackupPlace,
    BackupPlaces,
    StorageMedium,
)
from hallbar_desktop.domain.errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotAHallbarDatabaseError,
)
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.database_file import (
    BUSY_WAIT_SECONDS,
    META_TABLE,
    check_existing_file,
    sqlite_uri,
)
from hallbar_desktop.storage.storage_medium import MediumOf, medium_of

SUFFIX = ".sqlite3"
_STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:-(?P<n>\d+))?-(?P<kind>"
    + "|".join(re.escape(kind.code) for kind in BackupKind)
    + r")\.sqlite3$"
)
# Characters Windows does not allow in file names, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# The names our copies have while they are written (make_backup, replace_with) and SQLite's
# journal beside them: a process killed mid-copy leaves them behind for ever.
_PARTIAL = re.compile(r"^\..+\.[0-9a-f]{8}\.partial(?:-journal)?$")
_RESTORING = r"\.[0-9a-f]{8}\.restoring(?:-journal)?$"
# A copy being written changes its file all the time (a wait for a busy file lasts at most
# BUSY_WAIT_SECONDS); one left unchanged this long belongs to a process that is gone.
LEFTOVER_AGE_SECONDS = 60.0
# The folder beside a database file that holds its backups, one folder per file inside.
BESIDE_FOLDER = ".hallbar-backups"
# The database's choice of place (BackupPlace's value), in its meta table.
BACKUPS_PLACE_KEY = "backups_place"


def backup_folder_for(root: Path, database: Path) -> Path:
    """``root``/<file name>-<8 hex digits of the absolute path's hash>."""
    absolute = os.path.realpath(database)
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem = _UNSAFE.sub("_", database.stem)[:40].strip(" .") or "databas"
    return root / f"{stem}-{digest}"


def beside_folder_for(database: Path) -> Path:
    """.hallbar-backups/<file name> beside the file itself (a link followed): no hash of the
    path, since a stick's path changes from one computer to the next (E:, F:, /media/…)."""
    target = Path(os.path.realpath(database))
    name = target.stem if target.suffix == SUFFIX else target.name
    return target.parent / BESIDE_FOLDER / (_UNSAFE.sub("_", name)[:60].strip(" .") or "databas")


def chosen_place(database: Path) -> BackupPlace | None:
    """The place the database's meta table names; None for none, or a file that cannot say."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{sqlite_uri(database)}?mode=ro", uri=True, timeout=BUSY_WAIT_SECONDS)
        ) as connection:
            row = connection.execute(
                f"SELECT value FROM {META_TABLE} WHERE key = ?", (BACKUPS_PLACE_KEY,)
            ).fetchone()
    except sqlite3.Error:
        return None
    try:
        return BackupPlace(row[0]) if row else None
    except ValueError:  # a hand-edited value: as if none was chosen
        return None


def can_make_folder(folder: Path) -> bool:
    """Whether ``folder`` is, or can be made as, a folder this user may write in."""
    probe = folder
    while not os.path.lexists(probe):
        if probe.parent == probe:
            return False
        probe = probe.parent
    return probe.is_dir() and os.access(probe, os.W_OK | os.X_OK)


class SqliteBackupFiles:
    """The backups of one database file (``services.ports.BackupFiles``).

    New backups go to the folder in use (``places()``); the backups are looked for, pruned and
    purged in both places, since the choice may change and older ones stay where they were
    made. ``place`` makes the backups go there whatever the database says (`hallbar backup
    --backups`)."""

    def __init__(
        self,
        database: Path,
        root: Path,
        *,
        medium: MediumOf = medium_of,
        place: BackupPlace | None = None,
    ) -> None:
        self.database_path = database
        self._user = backup_folder_for(root, database)
        self._beside = beside_folder_for(database)
        self._medium_of = medium
        self._medium: StorageMedium | None = None
        self._place = place
        # A backup beside failed although the folder looked writable (a share that refuses
        # writes, which os.access cannot see on Windows): the user's folder from then on.
        self._beside_refused = False

    def places(self) -> BackupPlaces:
        """Asked anew each time: the choice is the database's, and may change while it is open."""
        if self._medium is None:  # the mounts stay put while a file is open
            self._medium = self._medium_of(self.database_path)
        chosen = self._place if self._place is not None else chosen_place(self.database_path)
        places = BackupPlaces(self._beside, self._user, self._medium, chosen)
        if places.meant is BackupPlace.BESIDE and (
            self._beside_refused or not can_make_folder(self._beside)
        ):
            return dataclasses.replace(places, beside_not_writable=True)
        return places

    @property
    def folder(self) -> Path:
        return self.places().folder

    @property
    def folders(self) -> tuple[Path, ...]:
        return self.places().folders

    def make(self, kind: BackupKind, at: datetime) -> Backup:
        places = self.places()
        folder, other = places.folders
        try:
            return make_backup(self.database_path, folder, kind, at, named_apart_from=other)
        except BackupError:
            if places.place is not BackupPlace.BESIDE:
                raise
            self._beside_refused = True
            return make_backup(self.database_path, other, kind, at, named_apart_from=folder)

    def list(self) -> tuple[Backup, ...]:
        found = []
        for folder in self.folders:
            try:
                names = sorted(p.name for p in folder.iterdir())
            except OSError:  # no backups made there yet (or the folder cannot be read)
                continue
            found += [describe(folder / name) for name in names if _NAME.match(name)]
        return tuple(b for b in found if b is not None)

    def describe(self, path: Path) -> Backup:
        """A backup file named by the user, which need not sit in this database's folder."""
        described = describe(path)
        if described is not None:
            return described
        try:
            stat = path.stat()
        except OSError as error:
            raise BackupError.not_restorable(path, "backup_missing") from error
        workshops, version = _count_workshops(path)
        return Backup(
            path,
            datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0),
            BackupKind.MANUAL,
            stat.st_size,
            workshops,
            version,
        )

    def delete(self, backup: Backup) -> None:
        if backup.path.parent in self.folders and _NAME.match(backup.path.name):
            # Rotation is housekeeping: a backup that cannot be removed now (open in another
            # program, as Windows refuses then, or protected) stays until a later rotation,
            # and must not stop the backup just made or the open that made it.
            with contextlib.suppress(OSError):
                backup.path.unlink()

    def clean_leftovers(self) -> tuple[Path, ...]:
        """Remove the half copies a killed backup or restore left; the ones removed.

        Only our own names: in the backups folder the backups' ``.partial`` files, beside the
        database the restore's ``.restoring`` file of this database. A file changed within
        LEFTOVER_AGE_SECONDS may be being written by another hallbar right now and is kept."""
        target = Path(os.path.realpath(self.database_path))
        restoring = re.compile("^" + re.escape(f".{target.name}") + _RESTORING)
        found = [f / name for f in self.folders for name in _names_in(f) if _PARTIAL.match(name)]
        found += [target.parent / n for n in _names_in(target.parent) if restoring.match(n)]
        removed = []
        now = time.time()
        for path in found:
            try:
                found_stat = path.lstat()
                age = now - found_stat.st_mtime
                # A link or a folder by that name is not a copy of ours, and a file changed in
                # the future (a network share's clock) is left for a later start.
                if not stat.S_ISREG(found_stat.st_mode) or age < LEFTOVER_AGE_SECONDS:
                    continue
                path.unlink()
            except OSError:
                continue  # housekeeping: whatever cannot be removed now waits for a later start
            removed.append(path)
        return tuple(removed)

    def check_restorable(self, backup: Backup) -> None:
        try:
            check_existing_file(backup.path, writable=False)
        except DatabaseDamagedError as error:
            raise BackupError.not_restorable(backup.path, "backup_damaged") from error
        except DatabaseTooNewError as error:
            raise BackupError.not_restorable(backup.path, "backup_too_new") from error
        except NotAHallbarDatabaseError as error:
            raise BackupError.not_restorable(backup.path, "backup_not_hallbar") from error
        except DatabaseError as error:
            raise BackupError.not_restorable(backup.path, "backup_unreadable") from error

    def keep_current(self, at: datetime) -> Path | None:
        """Keep the file that a restore is about to replace; where it was kept, or None.

        A readable database is backed up like any other (and is listed); anything else, a
        damaged or empty file, is kept byte for byte beside the backups, unlisted and never
        rotated away, since it may be all that is left of someone's work."""
        target = Path(os.path.realpath(self.database_path))
        if not target.parent.is_dir():
            raise DatabaseFolderMissingError(self.database_path)
        if not os.access(target.parent, os.W_OK):
            raise DatabaseReadOnlyError(self.database_path, folder=True)
        if not target.exists():
            return None
        if not os.access(target, os.W_OK):
            raise DatabaseReadOnlyError(self.database_path)
        try:
            check_existing_file(target, writable=False)
        except DatabaseTooNewError:
            pass  # a whole database all the same: backed up as it is
        except (NotAHallbarDatabaseError, DatabaseDamagedError):  # empty files included
            return self._keep_bytes(target, at)
        # Anything else (in use by another program, cannot be read) stops the restore.
        folder, other = self.folders
        return make_backup(
            target, folder, BackupKind.BEFORE_RESTORE, at, named_apart_from=other
        ).path

    def _keep_bytes(self, target: Path, at: datetime) -> Path:
        folder = self.folder
        kept = _free_name(folder, f"{_stem(target)}-{at:{_STAMP_FORMAT}}-original", ".bin")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, kept)  # not a database: its bytes are all there is to keep
            for extra in ("-journal", "-wal"):
                if os.path.exists(f"{target}{extra}"):
                    shutil.copyfile(f"{target}{extra}", f"{kept}{extra}")
        except OSError as error:
            raise BackupError.not_made(self.database_path, _reason(error), folder) from error
        return kept

    def replace_with(self, backup: Backup, before_upgrade: Callable[[int], object]) -> None:
        """Put the backup in the database's place in one step, then upgrade it if it is older.

        Written beside the file under a temporary name and moved over it with os.replace, so
        the database is at every moment either the old file or the whole restored one."""
        target = Path(os.path.realpath(self.database_path))
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.restoring")
        try:
            _copy_database(backup.path, partial)
            # What lies beside the old file belongs to it (kept by keep_current); left there, a
            # journal would be rolled into the restored file on its next open.
            for extra in ("-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{target}{extra}")
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as error:
            for leftover in (partial, Path(f"{partial}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise BackupError.not_restored(self.database_path, _reason(error)) from error
        with contextlib.suppress(OSError):
            _sync_folder(target.parent)
        open_database(target, before_upgrade=before_upgrade).dispose()


def make_backup(
    database: Path,
    folder: Path,
    kind: BackupKind,
    at: datetime,
    *,
    named_apart_from: Path | None = None,
) -> Backup:
    """A consistent copy of ``database`` in ``folder``, made with the SQLite backup API; its
    name is not taken in ``named_apart_from`` either (the other place, so that a name from
    `hallbar restore --list` names one backup)."""
    base = f"{_stem(database)}-{at:{_STAMP_FORMAT}}"
    target = folder / _backup_name((folder, named_apart_from), base, kind)
    partial = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy_database(database, partial)
        os.replace(partial, target)  # a backup is listed only once it is whole
    except (OSError, sqlite3.Error) as error:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise BackupError.not_made(database, _reason(error), folder) from error
    described = describe(target)
    assert described is not None  # the name was made to match
    return described


def describe(path: Path) -> Backup | None:
    """The backup a file name of ours stands for, read from the file; None for other names."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    workshops, version = _count_workshops(path)
    # Two backups made in one second are numbered; the number, as microseconds, keeps their
    # order without showing in the seconds the dialog writes.
    made_at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(
        microsecond=int(match["n"] or 0)
    )
    return Backup(
        path=path,
        made_at=made_at,
        kind=BackupKind.from_code(match["kind"]),
        size_bytes=size,
        workshops=workshops,
        schema_version=version,
    )


def _count_workshops(path: Path) -> tuple[int | None, int | None]:
    try:
        with contextlib.closing(
            sqlite3.connect(f"{sqlite_uri(path)}?mode=ro", uri=True, timeout=BUSY_WAIT_SECONDS)
        ) as connection:
            version = connection.execute(
                f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
            ).fetchone()
            count = connection.execute("SELECT count(*) FROM workshops").fetchone()
    except sqlite3.Error:
        return None, None
    return int(count[0]), int(version[0]) if version else None


def _copy_database(source: Path, target: Path) -> None:
    with (
        contextlib.closing(
            sqlite3.connect(f"{sqlite_uri(source)}?mode=ro", uri=True, timeout=BUSY_WAIT_SECONDS)
        ) as reading,
        contextlib.closing(sqlite3.connect(target)) as writing,
    ):
        reading.backup(writing, progress=_GiveUpWhileHeld())
    # The copy must be on the disk before anything relies on it (a restore removes the old file).
    with open(target, "rb+") as written:
        os.fsync(written.fileno())


class _GiveUpWhileHeld:
    """The backup API's progress callback. While another connection holds the file's write lock
    (a long write, a database tool) SQLite answers "busy" and Python's backup retries for ever:
    after BUSY_WAIT_SECONDS of that, stop, so the user hears that the file is in use."""

    _BUSY = (getattr(sqlite3, "SQLITE_BUSY", 5), getattr(sqlite3, "SQLITE_LOCKED", 6))

    def __init__(self) -> None:
        self._busy_since: float | None = None

    def __call__(self, status: int, _remaining: int, _total: int) -> None:
        if status not in self._BUSY:
            self._busy_since = None
            return
        now = time.monotonic()
        if self._busy_since is None:
            self._busy_since = now
        elif now - self._busy_since > BUSY_WAIT_SECONDS:
            raise sqlite3.OperationalError("database is locked")


def _sync_folder(folder: Path) -> None:
    # POSIX only: the rename itself must reach the disk; Windows cannot open a folder for it.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _stem(database: Path) -> str:
    return _UNSAFE.sub("_", database.stem)[:60] or "databas"


def _backup_name(folders: tuple[Path | None, ...], base: str, kind: BackupKind) -> str:
    """``base``-kind.sqlite3, numbered (base-2-kind…) after any backup made in the same second."""
    names = [name for folder in folders if folder is not None for name in _names_in(folder)]
    taken = {
        match["n"] or ""
        for match in map(_NAME.match, names)
        if match and f"{match['stem']}-{match['stamp']}" == base
    }
    number, counter = "", 2
    while number in taken:
        number, counter = str(counter), counter + 1
    return f"{base}{'-' + number if number else ''}-{kind.code}{SUFFIX}"


def _names_in(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def _free_name(folder: Path, base: str, ending: str) -> Path:
    candidate = folder / f"{base}{ending}"
    number = 2
    while candidate.exists():  # two backups in one second: number the later one
        candidate = folder / f"{base}-{number}{ending}"
        number += 1
    return candidate


def _reason(error: BaseException) -> str:
    """Why a copy failed: a code the message table words, or else the system's own text."""
    text = str(error).lower()
    if getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in text:
        return "disk_full"
    if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return "database_busy"
    if (
        isinstance(error, PermissionError)
        or getattr(error, "errno", None) == errno.EROFS
        or "readonly" in text
        or "permission" in text
    ):
        return "folder_not_writable"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
