"""Opening and creating the database file, with the settings a file on a USB stick needs."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from hallbar_desktop.domain.errors import (
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseMissingError,
    DatabaseUnreadableError,
    NotAHallbarDatabaseError,
)
from hallbar_desktop.storage import migrations


def open_database(path: Path | str, *, create_if_missing: bool = False) -> sa.Engine:
    """An engine on an existing hallbar file, upgraded to today's schema.

    A missing file is created only when asked, so a mistyped path never becomes a new, empty
    database; any other file is checked to be ours before anything is written to it."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseUnreadableError(path, "sökvägen är en mapp")
    if not path.exists():
        if not create_if_missing:
            raise DatabaseMissingError(path)
        _create(path)
    elif not os.access(path, os.R_OK):
        raise DatabaseUnreadableError(path, "du saknar behörighet att läsa filen")
    engine = _engine(path, mode="rw")
    try:
        _check_is_hallbar(engine, path)
        migrations.migrate(engine, path)
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise database_error_for(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _create(path: Path) -> None:
    if not path.parent.is_dir():
        raise DatabaseFolderMissingError(path)
    # Built under a temporary name and moved into place whole, so that a crash never leaves a
    # half-made file that the next start would refuse as "not a hallbar database".
    building = path.with_name(f".{path.name}.{uuid4().hex}.tmp")
    engine = _engine(building, mode="rwc")
    try:
        migrations.migrate(engine, building)
        engine.dispose()
        if path.exists():
            raise DatabaseUnreadableError(path, "en annan fil skapades där samtidigt")
        os.replace(building, path)
    except sa.exc.DBAPIError as error:
        raise database_error_for(path, error) from error
    finally:
        engine.dispose()
        building.unlink(missing_ok=True)


def _check_is_hallbar(engine: sa.Engine, path: Path) -> None:
    with engine.connect() as connection:
        meta = migrations.read_meta(connection)
    if meta is None or meta.get("application") != migrations.APPLICATION:
        raise NotAHallbarDatabaseError(path)


def _engine(path: Path, *, mode: str) -> sa.Engine:
    uri = f"{path.resolve().as_uri()}?mode={mode}"

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
    connection.exec_driver_sql("BEGIN")


def database_error_for(path: Path, error: sa.exc.DBAPIError) -> DatabaseError:
    """Turn the driver's error into one a person can act on."""
    text = str(error.orig).lower()
    if "file is not a database" in text:
        return NotAHallbarDatabaseError(path)
    if "malformed" in text:
        return DatabaseUnreadableError(path, "filen är skadad")
    if "readonly" in text or "read-only" in text:
        return DatabaseUnreadableError(path, "filen är skrivskyddad")
    if "locked" in text or "busy" in text:
        return DatabaseUnreadableError(path, "filen används av ett annat program just nu")
    if "unable to open" in text:
        return DatabaseUnreadableError(path, "filen kan inte öppnas")
    return DatabaseUnreadableError(path, str(error.orig))
