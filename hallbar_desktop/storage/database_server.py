"""Opening a shared database on a PostgreSQL server (psycopg 3), with the same schema and steps.

The password is never in the address: libpq reads PGPASSWORD, ~/.pgpass or a service file
itself, or the GUI passes the one the user typed. Backups are the server's business."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.errors import DatabaseError
from hallbar_desktop.domain.server_errors import DatabaseServerError
from hallbar_desktop.storage import migrations

# Execution option that makes a transaction take the write lock at BEGIN (as database.WRITE).
WRITE = "hallbar_write"
# How long a write waits for another user's write (and a client for a server) by default.
LOCK_WAIT_MS = 5000
CONNECT_TIMEOUT_S = 10
# One write at a time per database, as SQLite's BEGIN IMMEDIATE gives: a write transaction
# reads what it is about to change (the version check of concurrent_edit.merge_edit) and
# writes it, and no other write may come in between. Reading never waits for it. The key is
# the first 8 bytes of "hallbar" in ASCII, so that another program's advisory locks are unlikely
# to meet ours.
WRITE_LOCK_KEY = 0x68616C6C62617200
# The connection's info key for how long its next write waits (see set_lock_wait).
_WAIT_KEY = "hallbar_lock_wait_ms"


def open_server_database(
    address: ServerAddress,
    *,
    password: str | None = None,
    write_guard: Callable[[], None] | None = None,
) -> sa.Engine:
    """An engine on the server's database, upgraded to today's schema.

    An empty database gets the schema; one with other tables and no hallbar table is refused.
    Two clients starting at once do not both upgrade: the upgrade runs under the write lock,
    and the second then finds the schema made. There is no backup before an upgrade: that is
    the server's business (pg_dump, continuous archiving)."""
    engine = server_engine(address, password=password, write_guard=write_guard)
    try:
        with engine.connect() as connection:
            found = migrations.read_meta(connection)
            if found is None and sa.inspect(connection).get_table_names():
                raise DatabaseServerError.not_hallbar(address)
        migrations.migrate(engine, address)
    except sa.exc.DBAPIError as error:
        engine.dispose()
        raise server_error_for(address, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def server_engine(
    address: ServerAddress,
    *,
    password: str | None = None,
    write_guard: Callable[[], None] | None = None,
) -> sa.Engine:
    import psycopg

    options: dict[str, Any] = {"application_name": "hallbar"}
    if "connect_timeout" not in dict(parse_qsl(urlsplit(address.url).query)):
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    if password is not None:
        options["password"] = password

    def connect() -> Any:
        # libpq parses the URI itself: service files, sslmode, several hosts all work as in psql.
        return psycopg.connect(address.url, **options)

    engine = sa.create_engine(
        "postgresql+psycopg://", creator=connect, poolclass=QueuePool, pool_pre_ping=True
    )
    sa.event.listen(engine, "begin", _on_begin)
    if write_guard is not None:
        guard = write_guard

        def guard_writes(connection: sa.Connection) -> None:
            if connection.get_execution_options().get(WRITE, False):
                guard()

        sa.event.listen(engine, "begin", guard_writes, insert=True)
    return engine


def _on_begin(connection: sa.Connection) -> None:
    if connection.get_execution_options().get(WRITE, False):
        wait = int(connection.info.get(_WAIT_KEY, LOCK_WAIT_MS))
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {wait}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    else:
        # One snapshot for the whole read, as SQLite gives: a workshop read table by table
        # never mixes states from before and after another user's edit.
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def set_lock_wait(connection: sa.Connection, milliseconds: int) -> None:
    """How long this connection's next write transactions wait for another user's write."""
    connection.info[_WAIT_KEY] = int(milliseconds)


def server_error_for(address: ServerAddress, error: sa.exc.DBAPIError) -> DatabaseError:
    """The driver's error as one a person can act on."""
    import psycopg
    from psycopg import errors

    original = error.orig
    # The server's first line says what; the rest quotes our SQL, which helps nobody reading.
    detail = " ".join((str(original or error).strip().splitlines() or [""])[0].split())
    if isinstance(original, errors.InsufficientPrivilege):
        return DatabaseServerError.right_missing(address, detail)
    if isinstance(original, errors.LockNotAvailable | errors.QueryCanceled):
        return DatabaseServerError.busy(address)
    if isinstance(original, errors.InvalidPassword | errors.InvalidAuthorizationSpecification) or (
        "password authentication failed" in detail or "no password supplied" in detail
    ):
        return DatabaseServerError.login_refused(address, detail)
    if isinstance(original, errors.InvalidCatalogName):
        return DatabaseServerError.unreachable(address, detail)
    if isinstance(original, psycopg.OperationalError) and original.sqlstate is None:
        # No answer from the server at all: the network, the name, the port or TLS.
        return DatabaseServerError.unreachable(address, detail)
    return DatabaseServerError.failed(address, detail)
