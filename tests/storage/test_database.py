"""Opening, creating and migrating the database file, and refusing files that are not ours."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.errors import (
    DatabaseFolderMissingError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    MigrationFailedError,
    NotAHallbarDatabaseError,
)
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.storage import database_file, tables
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration, migrate
from tests.refusals import unreadable


def _make(path: Path) -> None:
    open_database(path, create_if_missing=True).dispose()


def _version(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return int(
            raw.execute("SELECT value FROM hallbar_meta WHERE key='schema_version'").fetchone()[0]
        )


def test_a_new_file_is_created_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite3"
    with pytest.raises(DatabaseMissingError):
        open_database(path)
    assert list(tmp_path.iterdir()) == []
    _make(path)
    assert _version(path) == LATEST_VERSION
    assert [p.name for p in tmp_path.iterdir()] == ["ny.sqlite3"]  # no temporary file left


def test_creating_in_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFolderMissingError):
        open_database(tmp_path / "saknas" / "x.sqlite3", create_if_missing=True)
    assert list(tmp_path.iterdir()) == []


def test_migrated_schema_matches_todays_tables(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _make(path)
    engine = sa.create_engine(f"sqlite:///{path}")
    inspector = sa.inspect(engine)
    assert set(inspector.get_table_names()) == set(tables.metadata.tables)
    for name, table in tables.metadata.tables.items():
        columns = {c["name"]: c for c in inspector.get_columns(name)}
        assert list(columns) == [c.name for c in table.columns], name
        for column in table.columns:
            found = columns[column.name]
            assert found["nullable"] == column.nullable, (name, column.name)
            assert str(found["type"].compile(engine.dialect)) == str(
                column.type.compile(engine.dialect)
            ), (name, column.name)
        assert set(inspector.get_pk_constraint(name)["constrained_columns"]) == {
            c.name for c in table.primary_key.columns
        }
        fks = {
            (tuple(fk["constrained_columns"]), fk["referred_table"], fk["options"].get("ondelete"))
            for fk in inspector.get_foreign_keys(name)
        }
        expected = {
            ((fk.parent.name,), fk.column.table.name, fk.ondelete) for fk in table.foreign_keys
        }
        assert fks == expected, name
        indexes = {(i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(name)}
        assert indexes == {(i.name, tuple(c.name for c in i.columns)) for i in table.indexes}, name
    engine.dispose()


def test_connections_use_the_settings_for_a_file_on_a_usb_stick(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = open_database(path, create_if_missing=True)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def _failing_step(version: int) -> Migration:
    def upgrade(connection: sa.Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        connection.exec_driver_sql("ALTER TABLE workshops ADD COLUMN extra TEXT")
        raise RuntimeError("step broke halfway")

    return Migration(version, "breaks", upgrade)


def _good_step(version: int) -> Migration:
    def upgrade(connection: sa.Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE added_later (x INTEGER)")

    return Migration(version, "adds a table", upgrade)


@pytest.mark.parametrize(
    "pending",
    [
        [_failing_step(LATEST_VERSION + 1)],
        [_good_step(LATEST_VERSION + 1), _failing_step(LATEST_VERSION + 2)],
    ],
    ids=["one failing step", "good step then failing step"],
)
def test_a_failing_step_leaves_the_file_exactly_as_before(
    tmp_path: Path, pending: list[Migration]
) -> None:
    path = tmp_path / "db.sqlite3"
    _make(path)
    before = path.read_bytes()
    engine = open_database(path)
    with pytest.raises(MigrationFailedError) as caught:
        migrate(engine, path, (*MIGRATIONS, *pending))
    engine.dispose()
    assert caught.value.version == pending[-1].version
    assert path.read_bytes() == before
    assert not Path(f"{path}-journal").exists()


def test_pending_steps_run_in_order_and_bump_the_version(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _make(path)
    engine = open_database(path)
    reached = migrate(engine, path, (*MIGRATIONS, _good_step(LATEST_VERSION + 1)))
    engine.dispose()
    assert reached == _version(path) == LATEST_VERSION + 1
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM added_later").fetchone() == (0,)


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _make(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE hallbar_meta SET value='99' WHERE key='schema_version'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(path)
    assert (caught.value.found, caught.value.known) == (99, LATEST_VERSION)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"Det h\xc3\xa4r \xc3\xa4r en textfil.\n", b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["empty file", "text file", "truncated header"],
)
def test_files_that_are_not_hallbar_databases_are_refused_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "inte.sqlite3"
    path.write_bytes(content)
    with pytest.raises((NotAHallbarDatabaseError, DatabaseUnreadableError)):
        open_database(path, create_if_missing=True)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inte.sqlite3"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "annan.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        raw.execute("INSERT INTO notes (body) VALUES ('hej')")
    before = path.read_bytes()
    with pytest.raises(NotAHallbarDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnreadableError):
        open_database(tmp_path)


def test_a_file_without_read_permission_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    _make(path)
    before = path.read_bytes()
    with unreadable(path, monkeypatch), pytest.raises(DatabaseUnreadableError) as caught:
        open_database(path)
    assert "behörighet" in error_message(caught.value)
    assert path.read_bytes() == before


def test_paths_with_spaces_and_swedish_letters(tmp_path: Path) -> None:
    folder = tmp_path / "Mina workshoppar #1 & åäö ?"
    folder.mkdir()
    path = folder / "region öst.sqlite3"
    _make(path)
    open_database(path).dispose()
    assert _version(path) == LATEST_VERSION
    assert database_file.APPLICATION == "hallbar-desktop"


def _wal_database(path: Path, *tables: str) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode=WAL")
        for sql in tables:
            raw.execute(sql)


def test_another_programs_wal_file_is_refused_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "annan.sqlite3"
    _wal_database(path, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('hej')")
    before = path.read_bytes()
    assert before[18:20] == b"\x02\x02"  # the header says WAL
    with pytest.raises(NotAHallbarDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


def test_a_too_new_hallbar_file_in_wal_mode_is_refused_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite3"
    _make(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE hallbar_meta SET value='7' WHERE key='schema_version'")
        raw.execute("PRAGMA journal_mode=WAL")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        open_database(path)
    assert path.read_bytes() == before


def test_a_broken_link_is_refused_and_kept(tmp_path: Path) -> None:
    link = tmp_path / "hallbar.sqlite3"
    link.symlink_to(tmp_path / "usb-minnet" / "hallbar.sqlite3")
    with pytest.raises(DatabaseUnreadableError) as caught:
        open_database(link, create_if_missing=True)
    assert "USB-minnet" in error_message(caught.value)
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hallbar.sqlite3"]


def test_a_long_but_legal_file_name_can_be_created(tmp_path: Path) -> None:
    path = tmp_path / ("a" * 230 + ".sqlite3")
    _make(path)
    assert _version(path) == LATEST_VERSION


def test_a_file_that_cannot_be_read_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    _make(path)
    monkeypatch.setattr(os, "access", lambda *_args, **_kw: False)
    with pytest.raises(DatabaseUnreadableError) as caught:
        open_database(path)
    assert "behörighet" in error_message(caught.value)


def test_write_errors_on_a_read_only_file_say_read_only(tmp_path: Path) -> None:
    # The file is there: a refusal to write it is the file's read-only flag, not its absence.
    path = tmp_path / "x.sqlite3"
    _make(path)
    error = database_file.error_for(path, "attempt to write a readonly database")
    assert isinstance(error, DatabaseReadOnlyError)
    assert "skrivskyddad" in error_message(error)


@pytest.mark.parametrize(
    ("posix", "expected"),
    [
        ("/home/eva/hallbar.sqlite3", "file:///home/eva/hallbar.sqlite3"),
        ("/home/eva/mapp #1?/å.sqlite3", "file:///home/eva/mapp%20%231%3F/%C3%A5.sqlite3"),
        ("//server/delat/hallbar.sqlite3", "file:////server/delat/hallbar.sqlite3"),
        ("C:/Users/eva/hallbar.sqlite3", "file:///C:/Users/eva/hallbar.sqlite3"),
    ],
)
def test_file_uris_for_local_drive_and_network_paths(
    posix: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FakePath:
        def resolve(self) -> FakePath:
            return self

        def as_posix(self) -> str:
            return posix

    assert database_file.sqlite_uri(FakePath()) == expected  # type: ignore[arg-type]
