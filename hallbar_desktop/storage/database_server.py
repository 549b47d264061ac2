"""Opening a shared database on a PostgreSQL server (psycopg 3), with the same schema and steps.

The password is never in the address: libpq reads PGPASSWORD, ~/.pgpass or a service file
itself, or the GUI passes the one the user typed. Backups are the server's business."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.errors import DatabaseError
from hallbar_desktop.domain.server_errors import DatabaseServerError
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.write_guard import WRITE, check_before_writes

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
# Each transaction that changes rows tells the other clients on this channel, at its commit
# (PostgreSQL delivers a NOTIFY only then): "<schema> <engine's token>".
CHANGES_CHANNEL = "hallbar_changes"
_ANNOUNCED_KEY = "hallbar_changes_announced"
_CHANGING = ("INSERT", "UPDATE", "DELETE")


@dataclass(frozen=True, slots=True)
class _Connecting:
    """How an engine connects, for a listener's connection of its own, and the engine's token,
    by which its listener knows its own changes."""

    address: ServerAddress
    options: dict[str, Any]
    token: str


_ENGINES: weakref.WeakKeyDictionary[sa.Engine, _Connecting] = weakref.WeakKeyDictionary()


def typed_password(engine: sa.Engine) -> str | None:
    """The password ``engine`` was opened with (None: libpq finds its own)."""
    connecting = _ENGINES.get(engine)
    return None if connecting is None else connecting.options.get("password")


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
    connecting = _Connecting(address, options, uuid4().hex)
    _ENGINES[engine] = connecting

    def announce_change(
        connection: sa.Connection, cursor: Any, statement: str, *_args: Any
    ) -> None:
        if connection.info.get(_ANNOUNCED_KEY) or not statement.lstrip().startswith(_CHANGING):
            return
        connection.info[_ANNOUNCED_KEY] = True
        # On a cursor of the driver's own: SQLAlchemy's events do not run again for it, and the
        # statement's cursor keeps its rowcount (an upsert reads it to know whether to insert).
        cursor.connection.execute(
            "SELECT pg_notify(%s, current_schema() || ' ' || %s)",
            (CHANGES_CHANNEL, connecting.token),
        )

    sa.event.listen(engine, "begin", _on_begin)
    sa.event.listen(engine, "after_cursor_execute", announce_change)
    check_before_writes(engine, write_guard)
    return engine


def _on_begin(connection: sa.Connection) -> None:
    connection.info[_ANNOUNCED_KEY] = False
    if connection.get_execution_options().get(WRITE, False):
        wait = int(connection.info.get(_WAIT_KEY, LOCK_WAIT_MS))
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {wait}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    else:
        # One snapshot for the whole read, as SQLite gives: a workshop read table by table
        # never mixes states from before and after another user's edit.
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


class ChangeListener:
    """Calls ``on_change()`` on a thread of its own, within about a second, whenever another
    client commits a change to the same database (and schema); the engine's own changes are
    passed over. A lost connection is made again every few seconds until ``stop()``."""

    def __init__(self, engine: sa.Engine, on_change: Callable[[], None]) -> None:
        self._connecting = _ENGINES[engine]
        self._on_change = on_change
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="hallbar-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(5)

    def _listen(self) -> None:
        import psycopg

        c = self._connecting
        while not self._stopped.is_set():
            try:
                with psycopg.connect(c.address.url, autocommit=True, **c.options) as connection:
                    (schema,) = connection.execute("SELECT current_schema()").fetchall()[0]
                    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
                    mine = f"{schema} {c.token}"
                    while not self._stopped.is_set():
                        for notice in connection.notifies(timeout=0.5):
                            where, _, _token = notice.payload.partition(" ")
                            if where == schema and notice.payload != mine:
                                self._on_change()
            except psycopg.Error:
                # The server went away: listen again once it answers.
                self._stopped.wait(3)


def set_lock_wait(connection: sa.Connection, milliseconds: int) -> None:
    """How long this connection's next write transactions wait for another user's write."""
    connection.info[_WAIT_KEY] = int(milliseconds)


def hidden_row_error(address: ServerAddress, error: sa.exc.IntegrityError) -> DatabaseError | None:
    """The error for an id already taken by a row this user cannot see, or None.

    Row-level security hides another facilitator's workshops (docs/postgresql-roles.sql), so
    the services take such a workshop for a new one, and the server then refuses the insert of
    its id; it does not name the key (PostgreSQL leaves it out under row-level security). A
    row the user sees is updated, never inserted, so on a server this is the only way to meet
    a taken primary key."""
    from psycopg import errors

    original = error.orig
    if not isinstance(original, errors.UniqueViolation):
        return None
    if not (original.diag.constraint_name or "").endswith("_pkey"):
        return None
    if original.diag.table_name == "workshops" and isinstance(error.params, dict):
        params = error.params
        return DatabaseServerError.workshop_not_yours(
            address, params.get("id"), str(params.get("title", ""))
        )
    return DatabaseServerError.record_not_yours(address)


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
