"""The schema version and the ordered steps that bring any older file up to date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import sqlalchemy as sa

from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.errors import (
    DatabaseFullError,
    DatabaseTooNewError,
    MigrationFailedError,
)
from hallbar_desktop.storage.database_file import APPLICATION, LATEST_VERSION, META_TABLE
from hallbar_desktop.storage.migrations import (
    m001_initial_schema,
    m002_tallies_and_action_votes,
    m003_imports,
    m004_link_and_author_indexes,
    m005_workshop_owner,
    m006_audit_log,
)

_meta = sa.table(META_TABLE, sa.column("key", sa.String), sa.column("value", sa.Text))


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    upgrade: Callable[[sa.Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", m001_initial_schema.upgrade),
    Migration(2, "rating tallies, votes on actions", m002_tallies_and_action_votes.upgrade),
    Migration(3, "imported copies and merge conflicts", m003_imports.upgrade),
    Migration(4, "indexes on action links and note authors", m004_link_and_author_indexes.upgrade),
    Migration(5, "the role that made each workshop", m005_workshop_owner.upgrade),
    Migration(6, "the audit log after the workshop day", m006_audit_log.upgrade),
)
if MIGRATIONS[-1].version != LATEST_VERSION:
    # database_file.py names the newest version for the checks made before SQLAlchemy loads.
    raise RuntimeError("storage.database_file.LATEST_VERSION must equal the last migration")


def read_meta(connection: sa.Connection) -> dict[str, str] | None:
    """The file's marker rows, or None when it has no hallbar table at all."""
    if not sa.inspect(connection).has_table(META_TABLE):
        return None
    return {key: value for key, value in connection.execute(sa.select(_meta.c.key, _meta.c.value))}


def schema_version(connection: sa.Connection) -> int:
    meta = read_meta(connection)
    return 0 if meta is None else int(meta.get("schema_version", "0"))


def _write_meta(connection: sa.Connection, key: str, value: str) -> None:
    updated = connection.execute(sa.update(_meta).where(_meta.c.key == key).values(value=value))
    if updated.rowcount == 0:
        connection.execute(sa.insert(_meta).values(key=key, value=value))


def migrate(
    engine: sa.Engine,
    path: Path | ServerAddress,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    before_upgrade: Callable[[int], object] | None = None,
) -> int:
    """Apply every pending step in one transaction and return the version reached.

    All steps share one transaction so that a failure anywhere leaves the file exactly as it
    was; the engine's begin hook makes SQLite include the DDL in it (engineering notes). On
    PostgreSQL the same hook takes the advisory write lock (database_server.WRITE_LOCK_KEY),
    so two clients starting at once never both upgrade: the second waits, then finds the
    version reached and has nothing to do.
    ``before_upgrade(version)`` runs first when an existing file (version > 0) has steps
    pending: the transaction already holds the write lock, so a backup taken there by another
    connection sees exactly the file as it is before the upgrade."""
    latest = migrations[-1].version
    with engine.execution_options(hallbar_write=True).begin() as connection:
        current = schema_version(connection)
        if current > latest:
            raise DatabaseTooNewError(path, current, latest)
        if before_upgrade is not None and 0 < current < latest:
            before_upgrade(current)
        for step in migrations:
            if step.version <= current:
                continue
            try:
                step.upgrade(connection)
                if step.version == 1:
                    _write_meta(connection, "application", APPLICATION)
                    # A new file gets its installation id as it is made (storage/installation.py).
                    _write_meta(connection, "installation_id", str(uuid4()))
                _write_meta(connection, "schema_version", str(step.version))
            except Exception as error:
                if isinstance(error, sa.exc.DBAPIError) and "disk is full" in str(error).lower():
                    # Not the step's fault: say what the user can do about it. SQLite rolls
                    # the whole upgrade back either way.
                    raise DatabaseFullError(path) from error
                if isinstance(error, sa.exc.DBAPIError) and isinstance(path, ServerAddress):
                    # Most often a right the user lacks (making tables is the owner's): the
                    # server's own words say which. The transaction is rolled back whole.
                    from hallbar_desktop.storage.database_server import server_error_for

                    raise server_error_for(path, error) from error
                raise MigrationFailedError(path, step.version, type(error).__name__) from error
            current = step.version
    return current
