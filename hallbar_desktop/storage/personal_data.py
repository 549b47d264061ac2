"""Purging participants' personal data from the database and from the app's backups of it.

The same statements run on the open database (through its engine, lock and write guard) and on
each backup file, so a backup purged holds what the database holds after the purge. A purge
ends with VACUUM on a file: SQLite leaves deleted and overwritten text in free pages and in the
slack of pages until they are reused, and VACUUM writes every page anew (its cost is the file's
size, once per purge; everyday edits keep their cost, see tests/services/test_edit_costs.py).
On a server, the tables the purge changed are rewritten with VACUUM FULL when the user owns
them: a plain VACUUM frees a deleted row's space but leaves its bytes in the page.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from hallbar_desktop.domain.backup import BackupPlace
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.retention import (
    DEFAULT_RETENTION_MONTHS,
    MAX_RETENTION_MONTHS,
    PurgedWorkshop,
    PurgeKind,
    anonymous_aliases,
    is_made_alias,
)
from hallbar_desktop.storage import tables as t
from hallbar_desktop.storage.backups import BACKUPS_PLACE_KEY
from hallbar_desktop.storage.database import WRITE, database_error_for, reading_connection
from hallbar_desktop.storage.database_file import BUSY_WAIT_SECONDS, META_TABLE, sqlite_uri

RETENTION_MONTHS_KEY = "retention_months"
_meta = sa.table(META_TABLE, sa.column("key", sa.String), sa.column("value", sa.Text))
# Backups we make (storage/backups.py) and what a restore keeps of a file that was no database.
_BACKUP_ENDING = ".sqlite3"
_KEPT_BYTES_ENDING = ".bin"


class SqlPersonalData:
    """The retention setting and the purge of one database (a file or a server's)."""

    def __init__(self, engine: sa.Engine, location: Path | ServerAddress) -> None:
        self._engine = engine
        self._location = location
        # The tables purges have changed since the last compact(), for a server's VACUUM.
        self._purged_tables: set[str] = set()

    @property
    def on_server(self) -> bool:
        return isinstance(self._location, ServerAddress)

    def retention_months(self) -> int:
        with reading_connection(self._engine, self._location) as connection:
            value = connection.execute(
                sa.select(_meta.c.value).where(_meta.c.key == RETENTION_MONTHS_KEY)
            ).scalar_one_or_none()
        try:
            months = int(value) if value is not None else DEFAULT_RETENTION_MONTHS
        except ValueError:  # a hand-edited value: the default stands in
            return DEFAULT_RETENTION_MONTHS
        return months if 1 <= months <= MAX_RETENTION_MONTHS else DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> None:
        with self._writing() as connection:
            connection.execute(sa.delete(_meta).where(_meta.c.key == RETENTION_MONTHS_KEY))
            connection.execute(sa.insert(_meta).values(key=RETENTION_MONTHS_KEY, value=str(months)))

    def set_backups_place(self, place: BackupPlace) -> None:
        """Where the file's backups go from now on (read back by storage/backups.py)."""
        with self._writing() as connection:
            connection.execute(sa.delete(_meta).where(_meta.c.key == BACKUPS_PLACE_KEY))
            connection.execute(sa.insert(_meta).values(key=BACKUPS_PLACE_KEY, value=place.value))

    def holding_personal_data(self) -> frozenset[UUID]:
        """The workshops with a participant's name, role or typed alias, or a note's author."""
        with reading_connection(self._engine, self._location) as connection:
            return frozenset(_holding(connection))

    def purge(self, workshop_ids: Sequence[UUID], kind: PurgeKind) -> tuple[PurgedWorkshop, ...]:
        """Purge the workshops in one transaction: all of them or none."""
        with self._writing() as connection:
            purged = tuple(_purge_one(connection, wid, kind) for wid in workshop_ids)
        self._purged_tables.update(_tables_purged_by(kind))
        return purged

    def compact(self) -> bool:
        """Leave no purged text in the database's free space: write a file anew without its
        free pages (VACUUM), or, on a server, rewrite the tables the purges changed (VACUUM
        FULL). False on a server when this user does not own those tables (only their owner
        may vacuum them) or another user's long read held them for 5 s: the server's files may
        then keep the bytes until its owner vacuums. A server's own backups and write-ahead
        log are its business either way."""
        if self.on_server:
            tables, self._purged_tables = sorted(self._purged_tables), set()
            return self._vacuum_server_tables(tables)
        raw = self._engine.raw_connection()
        try:
            # Our connections run without the driver's transactions (database._on_connect);
            # VACUUM may not run inside one.
            raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        except sqlite3.Error as error:
            raise database_error_for(
                self._location, sa.exc.DBAPIError("VACUUM", None, error)
            ) from error
        finally:
            raw.close()
        return True

    def _vacuum_server_tables(self, tables: Sequence[str]) -> bool:
        import psycopg

        from hallbar_desktop.storage.database_server import LOCK_WAIT_MS

        raw = self._engine.raw_connection()
        driver: Any = raw.driver_connection
        try:
            # VACUUM may not run inside a transaction.
            driver.autocommit = True
            owned = driver.execute(
                "SELECT coalesce(bool_and(pg_has_role(tableowner, 'MEMBER')), true) "
                "FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY(%s)",
                (list(tables),),
            ).fetchone()[0]
            if not owned:
                return False
            driver.execute(f"SET lock_timeout = {LOCK_WAIT_MS}")
            try:
                for table in tables:
                    driver.execute(f'VACUUM (FULL) "{table}"')
            except psycopg.errors.LockNotAvailable:
                return False
            finally:
                driver.execute("RESET lock_timeout")
        except psycopg.Error as error:
            raise database_error_for(
                self._location, sa.exc.DBAPIError("VACUUM", None, error)
            ) from error
        finally:
            driver.autocommit = False
            raw.close()
        return True

    @contextlib.contextmanager
    def _writing(self) -> Any:
        try:
            with (
                self._engine.connect() as connection,
                connection.execution_options(**{WRITE: True}).begin(),
            ):
                yield connection
        except sa.exc.DBAPIError as error:
            raise database_error_for(self._location, error) from error


def _tables_purged_by(kind: PurgeKind) -> tuple[str, ...]:
    """The tables a purge of ``kind`` changes: a whole workshop's rows are in every table that
    holds a workshop's rows (by cascade); names only in the participants', the notes', the
    imported copies' and the audit log's (as _purge_one changes them: keep the two in step)."""
    if kind is PurgeKind.NAMES:
        return (t.participants.name, t.notes.name, t.imported_copies.name, t.audit_entries.name)
    return tuple(
        table.name
        for table in t.metadata.sorted_tables
        if table is t.workshops or table is t.action_dependencies or "workshop_id" in table.c
    )


def _holding(connection: sa.Connection) -> set[UUID]:
    p = t.participants
    found: set[UUID] = set()
    for workshop_id, alias, name, role in connection.execute(
        sa.select(p.c.workshop_id, p.c.alias, p.c.name, p.c.role)
    ):
        if name.strip() or role.strip() or not is_made_alias(alias):
            found.add(workshop_id)
    authored = sa.select(t.notes.c.workshop_id).where(t.notes.c.author_id.is_not(None)).distinct()
    found.update(connection.execute(authored).scalars())
    # Who changed the workshop after its day, and where: blanked by a purge of names too.
    a = t.audit_entries.c
    named = sa.select(a.workshop_id).where(sa.or_(a.user_name != "", a.computer != "")).distinct()
    found.update(connection.execute(named).scalars())
    return found


def _purge_one(connection: sa.Connection, workshop_id: UUID, kind: PurgeKind) -> PurgedWorkshop:
    """The purge's statements; they use only columns every schema version has had (and the
    imported copies' table where there is one), so they run on old backups too."""
    w = t.workshops
    title = connection.execute(sa.select(w.c.title).where(w.c.id == workshop_id)).scalar()
    if title is None:
        raise LookupError(workshop_id)
    imported_from = ""
    if _has_table(connection, t.imported_copies.name):
        imported_from = (
            connection.execute(
                sa.select(t.imported_copies.c.computer)
                .where(t.imported_copies.c.workshop_id == workshop_id)
                .order_by(t.imported_copies.c.imported_at.desc())
                .limit(1)
            ).scalar()
            or ""
        )
    if kind is PurgeKind.WORKSHOP:
        # The parts go with it (ON DELETE CASCADE); a follow-up of it forgets it (SET NULL).
        connection.execute(sa.delete(w).where(w.c.id == workshop_id))
        return PurgedWorkshop(workshop_id, title, kind, imported_from=imported_from)
    p = t.participants
    renamed = anonymous_aliases(
        (pid, alias, position or 0)
        for pid, alias, position in connection.execute(
            sa.select(p.c.id, p.c.alias, p.c.position).where(p.c.workshop_id == workshop_id)
        )
    )
    cleared = connection.execute(
        sa.update(p)
        .where(p.c.workshop_id == workshop_id, sa.or_(p.c.name != "", p.c.role != ""))
        .values(name="", role="")
    ).rowcount
    for pid, alias in renamed.items():
        connection.execute(sa.update(p).where(p.c.id == pid).values(alias=alias))
    cleared = max(cleared, len(renamed))
    n = t.notes
    unauthored = connection.execute(
        sa.update(n)
        .where(n.c.workshop_id == workshop_id, n.c.author_id.is_not(None))
        .values(author_id=None)
    ).rowcount
    if _has_table(connection, t.imported_copies.name):
        _purge_imported_copies(connection, workshop_id, renamed)
    if _has_table(connection, t.audit_entries.name):
        # Who changed the workshop after its day, and on which computer: the log's chain
        # covers a salted digest of them, not the names, so it still holds (domain/audit.py).
        a = t.audit_entries
        connection.execute(
            sa.update(a)
            .where(a.c.workshop_id == workshop_id)
            .values(user_name="", computer="", salt="")
        )
    return PurgedWorkshop(
        workshop_id,
        title,
        kind,
        participants_cleared=cleared,
        notes_unauthored=unauthored,
        imported_from=imported_from,
    )


def _purge_imported_copies(
    connection: sa.Connection, workshop_id: UUID, renamed: dict[UUID, str]
) -> None:
    """The copy of each import kept for the next merge is a workshop in the package's form
    (exchange/package_format.py): its participants' names, roles and typed aliases and its
    notes' authors go the same way."""
    c = t.imported_copies
    rows = connection.execute(
        sa.select(c.c.origin_id, c.c.document).where(c.c.workshop_id == workshop_id)
    ).all()
    for origin_id, document in rows:
        try:
            held = json.loads(document)
        except ValueError:
            held = None
        if not isinstance(held, dict):
            # Not a copy we can read: it is only the base of the next merge, so without it the
            # next import from there compares with nothing (every difference a change).
            connection.execute(
                sa.delete(c).where(c.c.workshop_id == workshop_id, c.c.origin_id == origin_id)
            )
            continue
        named = {str(k): v for k, v in renamed.items()}
        for person in held.get("participants") or ():
            if isinstance(person, dict):
                person["name"], person["role"] = "", ""
                if person.get("id") in named:
                    person["alias"] = named[person["id"]]
                elif not is_made_alias(str(person.get("alias", ""))):
                    person["alias"] = "Deltagare"
        for note in held.get("notes") or ():
            if isinstance(note, dict):
                note["author_id"] = None
        connection.execute(
            sa.update(c)
            .where(c.c.workshop_id == workshop_id, c.c.origin_id == origin_id)
            .values(document=json.dumps(held, ensure_ascii=False), names_included=False)
        )


def _has_table(connection: sa.Connection, name: str) -> bool:
    return sa.inspect(connection).has_table(name)


# --- backups -------------------------------------------------------------------------------


def purge_backups(
    folder: Path, workshop_ids: Iterable[UUID], kind: PurgeKind
) -> tuple[tuple[Path, ...], tuple[Path, ...], tuple[Path, ...]]:
    """Purge the workshops from every backup in ``folder`` that holds one of them.

    A backup is purged in a copy, compacted and put in its place whole (os.replace), so that it
    is at every moment the old file or the purged one; one that cannot be purged (damaged, or
    a schema the statements do not fit) is removed, since it would keep what the user asked
    to be removed. The files a restore kept byte for byte (not databases) cannot be read: if
    one holds a workshop's id it is named for the user to decide. Returns the backups
    rewritten, those removed, and those not reached."""
    wanted = list(workshop_ids)
    rewritten: list[Path] = []
    removed: list[Path] = []
    not_reached: list[Path] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return (), (), ()
    for name in names:
        path = folder / name
        if name.startswith(".") or not path.is_file():
            continue
        if name.endswith(_KEPT_BYTES_ENDING):
            if _bytes_mention(path, wanted):
                not_reached.append(path)
            continue
        if not name.endswith(_BACKUP_ENDING):
            continue
        try:
            held = _held_in(path, wanted)
        except sqlite3.Error:
            if _bytes_mention(path, wanted):
                _remove(path, removed, not_reached)
            continue
        if not held:
            continue
        try:
            _rewrite(path, held, kind)
        except (sqlite3.Error, sa.exc.SQLAlchemyError, OSError, LookupError):
            _remove(path, removed, not_reached)
            continue
        rewritten.append(path)
    return tuple(rewritten), tuple(removed), tuple(not_reached)


def _remove(path: Path, removed: list[Path], not_reached: list[Path]) -> None:
    try:
        path.unlink()
    except OSError:
        not_reached.append(path)
    else:
        removed.append(path)


def _held_in(path: Path, wanted: Sequence[UUID]) -> list[UUID]:
    with contextlib.closing(
        sqlite3.connect(f"{sqlite_uri(path)}?mode=ro", uri=True, timeout=BUSY_WAIT_SECONDS)
    ) as connection:
        found = {row[0] for row in connection.execute("SELECT id FROM workshops")}
    return [wid for wid in wanted if wid.hex in found]


def _bytes_mention(path: Path, wanted: Sequence[UUID]) -> bool:
    """Whether the file's bytes hold one of the ids as SQLite stores it (32 hex digits)."""
    try:
        data = path.read_bytes()
    except OSError:
        return True  # cannot tell: named, so the user can look
    return any(wid.hex.encode() in data for wid in wanted)


def _rewrite(path: Path, workshop_ids: Sequence[UUID], kind: PurgeKind) -> None:
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with (
            contextlib.closing(sqlite3.connect(path, timeout=BUSY_WAIT_SECONDS)) as reading,
            contextlib.closing(sqlite3.connect(partial)) as writing,
        ):
            reading.backup(writing)
        engine = sa.create_engine(
            "sqlite+pysqlite://",
            creator=lambda: _with_foreign_keys(sqlite3.connect(partial)),
            poolclass=sa.pool.NullPool,
        )
        try:
            with engine.connect() as connection, connection.begin():
                for wid in workshop_ids:
                    _purge_one(connection, wid, kind)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as compacting:
            compacting.execute("VACUUM")
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _with_foreign_keys(connection: sqlite3.Connection) -> sqlite3.Connection:
    # Off unless asked on each connection; the whole workshop's parts go by its cascades.
    connection.execute("PRAGMA foreign_keys=ON")
    return connection
