"""Checks of a database file with Python's own sqlite3, before SQLAlchemy is even loaded.

They read without changing a byte, so a refused file stays exactly as it was, and they are
cheap, so the app can check its file before it opens a window."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from uuid import UUID

from hallbar_desktop.domain.errors import (
    DatabaseDamagedError,
    DatabaseEmptyError,
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseFullError,
    DatabaseGoneError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseReplacedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    DatabaseUnreadableError,
    NotAHallbarDatabaseError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
META_TABLE = "hallbar_meta"
APPLICATION = "hallbar-desktop"
# The newest schema this version knows; storage.migrations checks that its steps end here.
LATEST_VERSION = 6


# How long the checks wait for another program's write lock before saying the file is in use.
BUSY_WAIT_SECONDS = 3.0


def check_database_path(path: Path, *, create_if_missing: bool, writable: bool = True) -> bool:
    """Raise a plain-language DatabaseError unless ``path`` can be used; True if it exists.

    A missing file is acceptable only when it may be created, and then its folder must exist.
    ``writable`` says the caller will change the file, so it must be allowed to write there."""
    if path.is_dir():
        raise DatabaseUnreadableError(path, "path_is_folder")
    if os.path.lexists(path) and not path.exists():
        raise DatabaseUnreadableError(path, "link_target_missing", target=os.path.realpath(path))
    if not path.exists():
        if not create_if_missing:
            raise DatabaseMissingError(path)
        if not path.parent.is_dir():
            raise DatabaseFolderMissingError(path)
        return False
    check_existing_file(path, writable=writable)
    return True


def can_write(path: Path) -> bool:
    """Whether the file can be changed in place: SQLite also writes a journal in its folder."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def check_existing_file(path: Path, *, writable: bool = True) -> None:
    """Refuse a file that is not a readable, undamaged hallbar database of a version this app
    knows, or (when ``writable``) one that this user may not change."""
    if not os.access(path, os.R_OK):
        raise DatabaseUnreadableError(path, "file_not_readable")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        if is_io_error(error):
            raise DatabaseUnavailableError(path) from error
        raise DatabaseUnreadableError(path, error.strerror or "unknown_error") from error
    if not header:
        raise DatabaseEmptyError(path)
    if header != SQLITE_MAGIC:
        raise NotAHallbarDatabaseError(path)
    try:
        facts = _read_facts(sqlite_uri(path) + "?mode=ro")
        interrupted = False
    except _InterruptedWrite:
        # A program stopped in the middle of a write (a crash, a pulled plug) and left its
        # journal. Judge a scratch copy, where SQLite may roll the journal back, so that the
        # file itself stays byte-identical if it is refused.
        facts = _facts_of_copy(path)
        interrupted = True
    except sqlite3.Error as error:
        raise error_for(path, error) from error
    if facts.meta is None or facts.meta.get("application") != APPLICATION:
        raise NotAHallbarDatabaseError(path)
    found = int(facts.meta.get("schema_version", "0"))
    if found > LATEST_VERSION:
        raise DatabaseTooNewError(path, found, LATEST_VERSION)
    if facts.damage:
        # A disk that stopped answering during the check is not damage: restoring a backup
        # over a file that is whole once the stick is back would lose work.
        gone = _not_reachable(path)
        if gone is not None:
            raise gone
        raise DatabaseDamagedError(path, "\n".join(facts.damage))
    if writable and not os.access(path, os.W_OK):
        raise DatabaseReadOnlyError(path)
    if writable and not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnlyError(path, folder=True)
    if interrupted:
        if not can_write(path):
            raise DatabaseUnreadableError(path, "interrupted_write_read_only")
        _finish_interrupted_write(path)


@dataclass(frozen=True, slots=True)
class _Facts:
    meta: dict[str, str] | None  # None: no hallbar table at all
    damage: tuple[str, ...]  # what quick_check found; empty when the file is whole


class _InterruptedWrite(Exception):
    pass


def _read_facts(uri: str) -> _Facts:
    # Without PRAGMAs: a connection that only looks can neither convert a WAL file nor
    # checkpoint it, so the file stays byte-identical whatever we decide.
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=BUSY_WAIT_SECONDS)) as probe:
        try:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
                raise _InterruptedWrite from error
            raise
        if META_TABLE not in tables:
            return _Facts(None, ())
        meta = dict(probe.execute(f"SELECT key, value FROM {META_TABLE}"))
        if meta.get("application") != APPLICATION:
            return _Facts(meta, ())
        found = [str(row[0]) for row in probe.execute("PRAGMA quick_check")]
    return _Facts(meta, () if found == ["ok"] else tuple(found))


def _facts_of_copy(path: Path) -> _Facts:
    # Imported here: only a file caught in another program's write needs them, and every start
    # checks its file before the window (3 ms of CPU).
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hallbar-check-") as scratch:
        copy = Path(scratch) / "check.sqlite3"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(f"{path}-journal", f"{copy}-journal")
            return _read_facts(sqlite_uri(copy) + "?mode=rw")
        except FileNotFoundError:
            # The other program finished its write meanwhile: look at the file itself again.
            return _read_facts(sqlite_uri(path) + "?mode=ro")
        except sqlite3.Error as error:
            raise error_for(path, error) from error
        except OSError as error:
            raise DatabaseUnreadableError(path, error.strerror or "unknown_error") from error


def _finish_interrupted_write(path: Path) -> None:
    """Let SQLite roll back the unfinished write, as it does on any open: what was last saved
    comes back, and the journal is removed."""
    try:
        with contextlib.closing(
            sqlite3.connect(sqlite_uri(path) + "?mode=rw", uri=True, timeout=BUSY_WAIT_SECONDS)
        ) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise error_for(path, error) from error


def workshop_exists(path: Path, workshop_id: UUID) -> bool:
    """Whether the (checked) file holds the workshop; ids are stored as 32 hex digits."""
    try:
        with contextlib.closing(sqlite3.connect(f"{sqlite_uri(path)}?mode=ro", uri=True)) as probe:
            row = probe.execute(
                "SELECT count(*) FROM workshops WHERE id = ?", (workshop_id.hex,)
            ).fetchone()
    except sqlite3.Error as error:
        raise error_for(path, error) from error
    return bool(row[0])


def sqlite_uri(path: Path) -> str:
    """A file: URI SQLite accepts for local, drive-letter and UNC (network share) paths."""
    posix = path.resolve().as_posix()
    quoted = quote(posix, safe="/:")
    if posix.startswith("//"):
        return f"file://{quoted}"  # file:////server/share/…: an empty authority, as SQLite needs
    if len(posix) > 1 and posix[1] == ":":
        return f"file:///{quoted}"
    return f"file://{quoted}"


# SQLite's answer when the file it has open is no longer the one at its path (unlinked, or
# renamed away): it refuses the write, with a message that says "readonly".
_MOVED = "SQLITE_READONLY_DBMOVED"


def is_io_error(error: BaseException | str) -> bool:
    """Whether the disk itself failed (SQLITE_IOERR*, EIO): a pulled stick, a dropped share."""
    if isinstance(error, OSError) and error.errno in (errno.EIO, errno.ENXIO, errno.ENODEV):
        return True
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_IOERR") or "disk i/o error" in str(error).lower()


def file_identity(path: Path) -> tuple[int, int]:
    """(st_dev, st_ino) of the file at ``path``: which file it is, not what it is called."""
    stat = os.stat(path)
    return stat.st_dev, stat.st_ino


def where_is(path: Path, opened: tuple[int, int] | None = None) -> DatabaseError | None:
    """Why the file at ``path`` cannot be the one opened (``opened``: its identity then), or
    None when it is there and (as far as a stat can tell) the same file."""
    try:
        found = file_identity(path)
    except (FileNotFoundError, NotADirectoryError):
        return DatabaseGoneError(path)
    except OSError as error:
        if is_io_error(error):
            return DatabaseUnavailableError(path)
        return None  # e.g. no permission to look: let the driver's answer speak
    if opened is not None and found != opened:
        return DatabaseReplacedError(path)
    return None


def _not_reachable(path: Path) -> DatabaseError | None:
    """Gone or not answering, found by looking at the file rather than at what SQLite said."""
    problem = where_is(path)
    if problem is not None:
        return problem
    try:
        with path.open("rb") as file:
            file.read(len(SQLITE_MAGIC))
    except OSError as error:
        if is_io_error(error):
            return DatabaseUnavailableError(path)
    return None


def error_for(
    path: Path, error: BaseException | str, *, opened: tuple[int, int] | None = None
) -> DatabaseError:
    """The driver's error as one a person can act on, judged by the file as it is now: a file
    that is gone or replaced is said to be so, whatever word SQLite used for it, and a disk
    that does not answer is never called damaged (restoring a backup would lose work)."""
    if is_io_error(error):
        return DatabaseUnavailableError(path)
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    problem = _not_reachable(path)
    if problem is None and opened is not None:
        problem = where_is(path, opened)
    if problem is not None:
        return problem
    if name == _MOVED:
        # The file is at its path, but SQLite has another one open: it was put back or swapped.
        return DatabaseReplacedError(path)
    if "file is not a database" in text:
        return NotAHallbarDatabaseError(path)
    if "malformed" in text:
        return DatabaseDamagedError(path, text)
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(path)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(path)
    if "unable to open" in text:
        return DatabaseUnreadableError(path, "file_not_openable")
    if "disk is full" in text:  # SQLITE_FULL: "database or disk is full"
        return DatabaseFullError(path)
    return DatabaseUnreadableError(path, "database_answered", answer=text)
