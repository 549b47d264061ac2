"""Opening and creating the database file, with the settings a file on a USB stick needs."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from hallbar_desktop.domain.errors import (
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseFolderNotWritableError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
)
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.database_file import check_database_path, error_for, sqlite_uri

# Execution option that makes a transaction take the write lock at BEGIN (see _on_begin).
WRITE = "hallbar_write"
# How long a connection waits for another program's lock on the file before giving up.
BUSY_TIMEOUT_MS = 5000


def open_database(
    path: Path | str,
    *,
    create_if_missing: bool = False,
    read_only: bool = False,
    before_upgrade: Callable[[int], object] | None = None,
    write_guard: Callable[[], None] | None = None,
) -> sa.Engine:
    """An engine on an existing hallbar file, upgraded to today's schema.

    A missing file is created only when asked, so a mistyped path never becomes a new, empty
    database. Any other file is first read without changing a byte (no settings, read-only) to
    check that it is ours, whole and not too new; a refused file is left exactly as it was.
    ``before_upgrade(version)`` runs inside the upgrade's transaction, before its first step,
    when an existing file is about to be upgraded (the app makes its backup there); if it
    raises, nothing is upgraded. ``read_only`` opens a file for reading only, as it is: one
    that would need an upgrade is refused. ``write_guard()`` runs before every write
    transaction begins; it raises a HallbarError when writing must not go on (the lock is no
    longer ours, the file is no longer the one opened), and then nothing is written."""
    path = Path(path)
    if read_only:
        return _open_read_only(path)
    if not check_database_path(path, create_if_missing=create_if_missing):
        _create(path)
    engine = _engine(path, mode="rw", write_guard=write_guard)
    try:
        migrations.migrate(engine, path, before_upgrade=before_upgrade)
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise database_error_for(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _open_read_only(path: Path) -> sa.Engine:
    check_database_path(path, create_if_missing=False, writable=False)
    engine = _engine(path, mode="ro")
    try:
        with engine.connect() as connection:
            found = migrations.schema_version(connection)
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise database_error_for(path, error) from error
    if found < migrations.LATEST_VERSION:
        engine.dispose()
        # Upgrading means writing, which this file does not allow.
        raise DatabaseReadOnlyError(path)
    return engine


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


def _engine(
    path: Path, *, mode: str, write_guard: Callable[[], None] | None = None
) -> sa.Engine:
    uri = f"{sqlite_uri(path)}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = sa.create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    if write_guard is not None:
        guard = write_guard

        def guard_writes(connection: sa.Connection) -> None:
            if connection.get_execution_options().get(WRITE, False):
                guard()

        # Inserted first, so a refused write never reaches BEGIN IMMEDIATE.
        sa.event.listen(engine, "begin", guard_writes, insert=True)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 driver does not BEGIN before DDL, so a failed migration would stay half
    # applied; taking over transaction control here and in _on_begin fixes that.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
    return error_for(path, str(error.orig))
