"""Backups with SQLite's backup API: one folder per database, consistent, before every upgrade."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.backup import BackupKind
from hallbar_desktop.domain.errors import BackupError, MigrationFailedError
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.backup_service import BackupService
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import backups as backups_module
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.backups import SqliteBackupFiles, backup_folder_for, make_backup
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS
from tests.conftest import TODAY

# Backups copy the SQLite file; a server is backed up by its own tools.
pytestmark = pytest.mark.sqlite_only

AT = datetime(2026, 11, 26, 9, 30, 15)


def count(path: Path, sql: str = "SELECT count(*) FROM workshops") -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        return raw.execute(sql).fetchone()[0]


def version(path: Path) -> int:
    return int(count(path, "SELECT value FROM hallbar_meta WHERE key = 'schema_version'"))


def test_each_database_has_its_own_folder_named_after_it(tmp_path: Path) -> None:
    root = tmp_path / "backups"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = backup_folder_for(root, tmp_path / "a" / "hallbar.sqlite3")
    second = backup_folder_for(root, tmp_path / "b" / "hallbar.sqlite3")
    assert first != second
    assert first.parent == second.parent == root
    assert first.name.startswith("hallbar-") and len(first.name) == len("hallbar-") + 8
    # The same file reached another way shares its folder.
    (tmp_path / "genväg").symlink_to(tmp_path / "a")
    assert backup_folder_for(root, tmp_path / "genväg" / "hallbar.sqlite3") == first
    assert backup_folder_for(root, tmp_path / "a" / ".." / "a" / "hallbar.sqlite3") == first
    # Characters Windows forbids do not reach the folder name.
    odd = backup_folder_for(root, tmp_path / 'möte: "vår"?.sqlite3')
    assert odd.name.startswith("möte_ _vår__-")


def test_a_backup_is_a_whole_database_listed_with_its_workshops(
    service: WorkshopService, db_path: Path, tmp_path: Path
) -> None:
    add_demo_workshop(service, TODAY)
    files = SqliteBackupFiles(db_path, tmp_path / "backups")
    made = files.make(BackupKind.DAILY, AT)
    assert made.path.parent == files.folder
    assert made.path.name == "workshops-2026-11-26_093015-daily.sqlite3"
    assert (made.made_at, made.kind, made.workshops, made.schema_version) == (
        AT,
        BackupKind.DAILY,
        1,
        LATEST_VERSION,
    )
    assert made.size_bytes == made.path.stat().st_size > 0
    assert count(made.path, "PRAGMA integrity_check") == "ok"
    assert count(made.path, "SELECT count(*) FROM ratings") == count(
        db_path, "SELECT count(*) FROM ratings"
    )
    assert files.list() == (made,)
    # Two in the same second are both kept, in order.
    again = files.make(BackupKind.MANUAL, AT)
    assert again.path != made.path and again.made_at > made.made_at
    assert [p.name for p in files.folder.iterdir() if p.name.startswith(".")] == []


def test_a_backup_holds_only_what_was_committed_while_a_write_is_under_way(
    service: WorkshopService, db_path: Path, tmp_path: Path
) -> None:
    add_demo_workshop(service, TODAY)
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE workshops SET title = 'ej sparad'")
        writer.execute("DELETE FROM ratings")
        made = make_backup(db_path, tmp_path / "backups", BackupKind.MANUAL, AT)
        writer.execute("ROLLBACK")
    assert count(made.path, "SELECT count(*) FROM ratings") == 180
    assert count(made.path, "SELECT count(*) FROM workshops WHERE title = 'ej sparad'") == 0


def test_a_backup_that_cannot_be_written_says_so_and_leaves_nothing(
    service: WorkshopService, db_path: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "backups"
    blocked.write_text("en fil där mappen skulle ligga")
    before = db_path.read_bytes()
    with pytest.raises(BackupError) as caught:
        make_backup(db_path, blocked / "workshops-1", BackupKind.DAILY, AT)
    assert "kunde inte göras" in error_message(caught.value)
    assert db_path.read_bytes() == before
    assert blocked.read_text() == "en fil där mappen skulle ligga"


def old_file(path: Path) -> Path:
    """A database at the schema before today's (its data is checked by the migration tests)."""
    engine = sa.create_engine(f"sqlite:///{path}")
    migrations.migrate(engine, path, MIGRATIONS[:-1])
    engine.dispose()
    return path


@pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a schema older than today's")
def test_an_upgrade_of_an_existing_file_is_preceded_by_a_backup(tmp_path: Path) -> None:
    path = old_file(tmp_path / "gammal.sqlite3")
    older = version(path)
    files = SqliteBackupFiles(path, tmp_path / "backups")
    open_database(
        path, before_upgrade=lambda _v: files.make(BackupKind.BEFORE_UPGRADE, AT)
    ).dispose()
    assert version(path) == LATEST_VERSION
    (made,) = files.list()
    assert made.kind is BackupKind.BEFORE_UPGRADE
    assert made.schema_version == older
    assert count(made.path, "SELECT count(*) FROM workshops") == count(path)


@pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a schema older than today's")
def test_no_backup_no_upgrade_and_the_file_stays_as_it_was(tmp_path: Path) -> None:
    path = old_file(tmp_path / "gammal.sqlite3")
    before = path.read_bytes(), path.stat().st_mtime_ns

    def backup_fails(_version: int) -> None:
        raise BackupError.not_made(path, "disk_full")

    with pytest.raises(BackupError):
        open_database(path, before_upgrade=backup_fails)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not Path(f"{path}-journal").exists()


def test_a_file_already_at_todays_schema_is_not_backed_up_on_open(
    db_path: Path, service: WorkshopService
) -> None:
    made: list[int] = []
    open_database(db_path, before_upgrade=made.append).dispose()
    assert made == []


def test_a_failed_upgrade_after_the_backup_still_leaves_the_file_as_it_was(
    db_path: Path, service: WorkshopService, tmp_path: Path
) -> None:
    def breaks(connection: sa.Connection) -> None:
        connection.exec_driver_sql("DROP TABLE ratings")
        raise RuntimeError("halvvägs")

    before = db_path.read_bytes()
    engine = open_database(db_path)
    files = SqliteBackupFiles(db_path, tmp_path / "backups")
    with pytest.raises(MigrationFailedError):
        migrations.migrate(
            engine,
            db_path,
            (*MIGRATIONS, migrations.Migration(LATEST_VERSION + 1, "breaks", breaks)),
            before_upgrade=lambda _v: files.make(BackupKind.BEFORE_UPGRADE, AT),
        )
    engine.dispose()
    assert db_path.read_bytes() == before
    (made,) = files.list()
    assert made.schema_version == LATEST_VERSION and made.workshops == 0


def test_only_our_backup_names_are_listed_or_deleted(
    db_path: Path, tmp_path: Path, service: WorkshopService
) -> None:
    files = SqliteBackupFiles(db_path, tmp_path / "backups")
    made = files.make(BackupKind.DAILY, AT)
    stranger = files.folder / "mina anteckningar.sqlite3"
    stranger.write_text("inte en säkerhetskopia")
    assert files.list() == (made,)
    files.delete(files.describe(stranger))
    assert stranger.exists()
    files.delete(made)
    assert not made.path.exists()
    assert os.listdir(files.folder) == ["mina anteckningar.sqlite3"]


def test_a_backup_the_rotation_cannot_remove_stops_nothing(
    service: WorkshopService, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows refuses to remove a file another program has open (a backup someone is looking
    # at, a virus scanner): the new backup, and the open that made it, go on all the same.
    backups = BackupService(SqliteBackupFiles(db_path, tmp_path / "backups"))
    first = backups.back_up(BackupKind.DAILY)
    real_unlink = Path.unlink

    def refusing(self: Path, missing_ok: bool = False) -> None:
        if self == first.path:
            raise PermissionError(errno.EACCES, "Filen används av en annan process", str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refusing)
    second = backups.back_up(BackupKind.DAILY)  # the same day: the rotation lets the first go
    assert second.path.is_file() and first.path.is_file()
    monkeypatch.undo()
    third = backups.back_up(BackupKind.DAILY)
    assert not first.path.exists() and third.path.is_file()


def test_a_read_only_file_system_is_said_in_swedish(
    db_path: Path, tmp_path: Path, service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(BackupError) as caught:
        make_backup(db_path, tmp_path / "backups", BackupKind.DAILY, AT)
    assert "(du saknar behörighet att skriva i mappen)" in error_message(caught.value)
    assert "Read-only" not in error_message(caught.value)


def test_a_backup_never_waits_for_ever_nor_copies_a_write_not_yet_committed(
    service: WorkshopService, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long write (here forced with a tiny page cache) puts uncommitted pages into the file
    # itself and holds its exclusive lock. A file copy would take those pages; Python's backup
    # API would retry for ever. The backup must say the file is in use, and nothing else.
    monkeypatch.setattr(backups_module, "BUSY_WAIT_SECONDS", 0.3)
    add_demo_workshop(service, TODAY)
    committed = db_path.read_bytes()
    outcome: list[object] = []
    with contextlib.closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("PRAGMA cache_size=1")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE workshops SET title = 'ej sparad'")
        writer.execute("DELETE FROM ratings")
        writer.execute("UPDATE participants SET alias = alias || ' ej sparad'")
        assert db_path.read_bytes() != committed  # the uncommitted write has reached the file

        def back_up() -> None:
            try:
                outcome.append(make_backup(db_path, tmp_path / "backups", BackupKind.MANUAL, AT))
            except BackupError as error:
                outcome.append(error)

        # In a thread only so that a backup that waits for ever fails this test, not hangs it.
        making = threading.Thread(target=back_up, daemon=True)
        making.start()
        making.join(timeout=60)
        assert not making.is_alive(), "the backup waited for ever"
        writer.execute("ROLLBACK")
    (error,) = outcome
    assert isinstance(error, BackupError)
    assert "ett annat program skriver i databasen just nu" in error_message(error)
    assert [p.name for p in (tmp_path / "backups").iterdir()] == []
