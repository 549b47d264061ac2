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

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.errors import (
    DatabaseError,
    DatabaseFolderMissingError,
    DatabaseFolderNotWritableError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
)
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.database_file import (
    check_database_path,
    error_for,
    file_identity,
    is_io_error,
    sqlite_uri,
    where_is,
)
from hallbar_desktop.storage.row_mapping import decode_text
from hallbar_desktop.storage.write_guard import WRITE, check_before_writes

# How long a connection waits for another program's lock on the file before giving up.
BUSY_TIMEOUT_MS = 5000


def open_database(
    path: Path | str | ServerAddress,
    *,
    create_if_missing: bool = False,
    read_only: bool = False,
    before_upgrade: Callable[[int], object] | None = None,
    write_guard: Callable[[], None] | None = None,
    password: str | None = None,
    checked_by_caller: bool = False,
) -> sa.Engine:
    """An engine on an existing hallbar file, or on a PostgreSQL server's database (see
    database_server.open_server_database: the other arguments are for files, ``password``
    for a server), upgraded to today's schema.

    A missing file is created only when asked, so a mistyped path never becomes a new, empty
    database. Any other file is first read without changing a byte (no settings, read-only) to
    check that it is ours, whole and not too new; a refused file is left exactly as it was.
    ``before_upgrade(version)`` runs inside the upgrade's transaction, before its first step,
    when an existing file is about to be upgraded (the app makes its backup there); if it
    raises, nothing is upgraded. ``read_only`` opens a file for reading only, as it is: one
    that would need an upgrade is refused (``checked_by_caller``: without the file's check,
    which a process of ours made on the same file a moment ago). ``write_guard()`` runs
    before every write transaction begins; it raises a HallbarError when writing must not go
    on (the lock is no longer ours), and then nothing is written. Before it, every write
    transaction checks that the file at ``path`` is still the one opened here (same device
    and inode), may still be written, and its disk answers: a file deleted, moved or
    replaced meanwhile is never written to (its unlinked copy would vanish with the last
    connection)."""
    if isinstance(path, ServerAddress):
        from hallbar_desktop.storage.database_server import open_server_database

        return open_server_database(path, password=password, write_guard=write_guard)
    path = Path(path)
    if read_only:
        return _open_read_only(path, checked=checked_by_caller)
    if not check_database_path(path, create_if_missing=create_if_missing):
        _create(path)
    try:
        opened = file_identity(path)
    except OSError as error:
        raise where_is(path) or DatabaseUnreadableError(path, "file_not_openable") from error
    engine = _engine(path, mode="rw", write_guard=_FileGuard(path, opened, write_guard))
    try:
        migrations.migrate(engine, path, before_upgrade=before_upgrade)
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise database_error_for(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _open_read_only(path: Path, *, checked: bool = False) -> sa.Engine:
    if not checked:
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
            raise DatabaseUnreadableError(path, "made_there_meanwhile")
        os.replace(building, path)
    except sa.exc.DBAPIError as error:
        raise database_error_for(path, error) from error
    except OSError as error:
        raise DatabaseFolderNotWritableError(path) from error
    finally:
        engine.dispose()
        with contextlib.suppress(OSError):
            building.unlink(missing_ok=True)


class _FileGuard:
    """Runs before each write transaction: the file must still be the one the engine opened,
    writable, on a disk that answers; then the caller's own guard runs."""

    def __init__(
        self, path: Path, opened: tuple[int, int], then: Callable[[], None] | None
    ) -> None:
        self.path = path
        self.opened = opened
        self._then = then

    def __call__(self) -> None:
        problem = where_is(self.path, self.opened)
        if problem is not None:
            raise problem
        # Checked here too, so a file made read-only meanwhile (a flag even root obeys) is said
        # to be so before a connection opened earlier writes through its old permission.
        if not os.access(self.path, os.W_OK):
            raise DatabaseReadOnlyError(self.path)
        if not os.access(self.path.parent, os.W_OK):
            raise DatabaseReadOnlyError(self.path, folder=True)
        if self._then is not None:
            self._then()


def _engine(path: Path, *, mode: str, write_guard: Callable[[], None] | None = None) -> sa.Engine:
    uri = f"{sqlite_uri(path)}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = sa.create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    sa.event.listen(engine, "handle_error", _on_error)
    check_before_writes(engine, write_guard)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 driver does not BEGIN before DDL, so a failed migration would stay half
    # applied; taking over transaction control here and in _on_begin fixes that.
    dbapi_connection.isolation_level = None
    # A text that is not UTF-8 must not fail the whole query; row_mapping.read_text names it.
    dbapi_connection.text_factory = decode_text
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


def _on_error(context: sa.engine.ExceptionContext) -> None:
    # A disk that stopped answering leaves every open connection on a dead file handle (a
    # pulled stick stays dead even when put back): drop them all, so that trying again opens
    # the file anew. A file that is merely gone keeps its connections: they still read it.
    if context.original_exception is not None and is_io_error(context.original_exception):
        context.is_disconnect = True
        context.invalidate_pool_on_disconnect = True


@contextlib.contextmanager
def reading_connection(engine: sa.Engine, location: Path | ServerAddress) -> Any:
    """A connection in a read transaction of its own; a driver's error becomes the plain
    DatabaseError for ``location``."""
    try:
        with engine.connect() as connection, connection.begin():
            yield connection
    except sa.exc.DBAPIError as error:
        raise database_error_for(location, error) from error


def database_error_for(path: Path | ServerAddress, error: sa.exc.DBAPIError) -> DatabaseError:
    """Turn the driver's error into one a person can act on."""
    if isinstance(path, ServerAddress):
        from hallbar_desktop.storage.database_server import server_error_for

        return server_error_for(path, error)
    return error_for(path, error.orig if error.orig is not None else str(error))
