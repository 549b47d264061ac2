"""Opening and creating the database file, with the settings a file on a USB stick needs."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from hallbar_desktop.domain.errors import (
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseFolderNotWritableError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    NotAHallbarDatabaseError,
)
from hallbar_desktop.storage import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
# Execution option that makes a transaction take the write lock at BEGIN (see _on_begin).
WRITE = "hallbar_write"


def open_database(path: Path | str, *, create_if_missing: bool = False) -> sa.Engine:
    """An engine on an existing hallbar file, upgraded to today's schema.

    A missing file is created only when asked, so a mistyped path never becomes a new, empty
    database. Any other file is first read without changing a byte (no settings, read-only) to
    check that it is ours and not too new; a refused file is left exactly as it was."""
    path = Path(path)
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
        _create(path)
    else:
        _check_before_use(path)
    engine = _engine(path, mode="rw")
    try:
        migrations.migrate(engine, path)
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise database_error_for(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_before_use(path: Path) -> None:
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
        with contextlib.closing(sqlite3.connect(f"{_uri(path)}?mode=ro", uri=True)) as probe:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
            if migrations.META_TABLE not in tables:
                raise NotAHallbarDatabaseError(path)
            meta = dict(probe.execute(f"SELECT key, value FROM {migrations.META_TABLE}"))
    except sqlite3.Error as error:
        raise _error_for(path, str(error)) from error
    if meta.get("application") != migrations.APPLICATION:
        raise NotAHallbarDatabaseError(path)
    found = int(meta.get("schema_version", "0"))
    if found > migrations.LATEST_VERSION:
        raise DatabaseTooNewError(path, found, migrations.LATEST_VERSION)


def _create(path: Path) -> None:
    if not path.parent.is_dir():
        raise DatabaseFolderMissingError(path)
    if not os.access(path.parent, os.W_OK):
        raise DatabaseFolderNotWritableError(path)
    # Built under a temporary (short) name and moved into place whole, so that a crash never
    # leaves a half-made file that the next start would refuse as "not a hallbar database".
    building = path.with_name(f".hallbar-{uuid4().hex[:8]}.tmp")
    engine = _engine(building, mode="rwc")
    try:
        migrations.migrate(engine, building)
        engine.dispose()
        if os.path.lexists(path):
            raise DatabaseUnreadableError(path, "en annan fil skapades där samtidigt")
        os.replace(building, path)
    except sa.exc.DBAPIError as error:
        raise database_error_for(path, error) from error
    except OSError as error:
        raise DatabaseFolderNotWritableError(path) from error
    finally:
        engine.dispose()
        with contextlib.suppress(OSError):
            building.unlink(missing_ok=True)


def _uri(path: Path) -> str:
    """A file: URI SQLite accepts for local, drive-letter and UNC (network share) paths."""
    posix = path.resolve().as_posix()
    quoted = quote(posix, safe="/:")
    if posix.startswith("//"):
        return f"file://{quoted}"  # file:////server/share/…: an empty authority, as SQLite needs
    if len(posix) > 1 and posix[1] == ":":
        return f"file:///{quoted}"
    return f"file://{quoted}"


def _engine(path: Path, *, mode: str) -> sa.Engine:
    uri = f"{_uri(path)}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = sa.create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 driver does not BEGIN before DDL, so a failed migration would stay half
    # applied; taking over transaction control here and in _on_begin fixes that.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        # The file may live on a USB stick or a network share: no WAL, and wait for the disk.
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_begin(connection: sa.Connection) -> None:
    # A writer takes the lock at once: a deferred BEGIN that later upgrades to a write can fail
    # with SQLITE_BUSY without waiting when another process writes at the same moment.
    immediate = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def database_error_for(path: Path, error: sa.exc.DBAPIError) -> DatabaseError:
    """Turn the driver's error into one a person can act on."""
    return _error_for(path, str(error.orig))


def _error_for(path: Path, text: str) -> DatabaseError:
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
