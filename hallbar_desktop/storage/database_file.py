"""Checks of a database file with Python's own sqlite3, before SQLAlchemy is even loaded.

They read without changing a byte, so a refused file stays exactly as it was, and they are
cheap, so the app can check its file before it opens a window."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote
from uuid import UUID

from hallbar_desktop.domain.errors import (
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    NotAHallbarDatabaseError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
META_TABLE = "hallbar_meta"
APPLICATION = "hallbar-desktop"
# The newest schema this version knows; storage.migrations checks that its steps end here.
LATEST_VERSION = 2


def check_database_path(path: Path, *, create_if_missing: bool) -> bool:
    """Raise a plain-language DatabaseError unless ``path`` can be used; True if it exists.

    A missing file is acceptable only when it may be created, and then its folder must exist."""
    if path.is_dir():
        raise DatabaseUnreadableError(path, "sökvägen är en mapp")
    if os.path.lexists(path) and not path.exists():
        raise DatabaseUnreadableError(
            path,
            f"den pekar på {os.path.realpath(path)}, som inte finns. Är USB-minnet eller "
            "nätverksenheten ansluten?",
        )
    if not path.exists():
        if not create_if_missing:
            raise DatabaseMissingError(path)
        if not path.parent.is_dir():
            raise DatabaseFolderMissingError(path)
        return False
    check_existing_file(path)
    return True


def check_existing_file(path: Path) -> None:
    """Refuse a file that is not a readable hallbar database of a version this app knows."""
    if not os.access(path, os.R_OK):
        raise DatabaseUnreadableError(path, "du saknar behörighet att läsa filen")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseUnreadableError(path, error.strerror or "okänt fel") from error
    if header != SQLITE_MAGIC:
        raise NotAHallbarDatabaseError(path)
    # Read-only and without PRAGMAs: a connection that only looks can neither convert a WAL
    # file nor checkpoint it, so the file stays byte-identical whatever we decide.
    try:
        with contextlib.closing(sqlite3.connect(f"{sqlite_uri(path)}?mode=ro", uri=True)) as probe:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
            if META_TABLE not in tables:
                raise NotAHallbarDatabaseError(path)
            meta = dict(probe.execute(f"SELECT key, value FROM {META_TABLE}"))
    except sqlite3.Error as error:
        raise error_for(path, str(error)) from error
    if meta.get("application") != APPLICATION:
        raise NotAHallbarDatabaseError(path)
    found = int(meta.get("schema_version", "0"))
    if found > LATEST_VERSION:
        raise DatabaseTooNewError(path, found, LATEST_VERSION)


def workshop_exists(path: Path, workshop_id: UUID) -> bool:
    """Whether the (checked) file holds the workshop; ids are stored as 32 hex digits."""
    try:
        with contextlib.closing(sqlite3.connect(f"{sqlite_uri(path)}?mode=ro", uri=True)) as probe:
            row = probe.execute(
                "SELECT count(*) FROM workshops WHERE id = ?", (workshop_id.hex,)
            ).fetchone()
    except sqlite3.Error as error:
        raise error_for(path, str(error)) from error
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


def error_for(path: Path, text: str) -> DatabaseError:
    text = text.lower()
    if "file is not a database" in text:
        return NotAHallbarDatabaseError(path)
    if "malformed" in text:
        return DatabaseUnreadableError(path, "filen är skadad")
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(path)
    if "locked" in text or "busy" in text:
        return DatabaseUnreadableError(path, "filen används av ett annat program just nu")
    if "unable to open" in text:
        return DatabaseUnreadableError(path, "filen kan inte öppnas")
    if "disk i/o" in text:
        return DatabaseUnreadableError(path, "läsningen från disken misslyckades")
    return DatabaseUnreadableError(path, f"databasen svarade: {text}")
