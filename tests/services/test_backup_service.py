"""BackupService on real files: daily backups, rotation, and restoring without losing anything."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.backup import BackupKind
from hallbar_desktop.domain.errors import BackupError, DatabaseReadOnlyError, MigrationFailedError
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.backup_service import BackupService
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import migrations
from hallbar_desktop.storage.backups import SqliteBackupFiles
from hallbar_desktop.storage.migrations import LATEST_VERSION, MIGRATIONS
from tests.conftest import TODAY
from tests.storage.test_opening_checks import damage, fingerprint

# Backups copy the SQLite file; a server is backed up by its own tools.
pytestmark = pytest.mark.sqlite_only


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def backups(db_path: Path, tmp_path: Path, clock: Clock) -> BackupService:
    return BackupService(SqliteBackupFiles(db_path, tmp_path / "backups"), clock=clock)


def workshops_in(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        return sorted(row[0] for row in raw.execute("SELECT title FROM workshops"))


def test_the_first_open_of_a_day_backs_up_and_later_ones_do_not(
    service: WorkshopService, backups: BackupService, clock: Clock
) -> None:
    first = backups.back_up_if_due()
    assert first is not None and first.kind is BackupKind.DAILY
    clock.now += timedelta(hours=5)
    assert backups.back_up_if_due() is None
    clock.now += timedelta(days=1)
    second = backups.back_up_if_due()
    assert second is not None
    assert backups.backups() == (second, first)


def test_sixty_days_of_use_leave_seven_days_and_four_weeks_of_backups(
    service: WorkshopService, backups: BackupService, clock: Clock
) -> None:
    start = clock.now
    for day in range(60):
        clock.now = start + timedelta(days=day)
        backups.back_up_if_due()
        clock.now += timedelta(hours=3)
        backups.back_up()  # one by hand each afternoon too
    kept = backups.backups()
    days = sorted({b.made_at.date() for b in kept}, reverse=True)
    assert days[:7] == [clock.now.date() - timedelta(days=n) for n in range(7)]
    assert len({d.isocalendar()[:2] for d in days}) == 4
    assert len(kept) == len(days) <= 7 + 4
    assert sorted(p.name for p in backups.folder.iterdir()) == sorted(b.path.name for b in kept)


def test_restore_keeps_the_current_file_first_and_brings_the_backup_back(
    service: WorkshopService, backups: BackupService, db_path: Path, clock: Clock
) -> None:
    add_demo_workshop(service, TODAY)
    chosen = backups.back_up()
    service.create_workshop(Workshop(title="Efter säkerhetskopian"), participant_count=3)
    clock.now += timedelta(minutes=10)

    result = backups.restore(chosen)

    assert workshops_in(db_path) == ["Hållbarhetsbedömning i regionala projektmedel"]
    (kept,) = (b for b in backups.backups() if b.kind is BackupKind.BEFORE_RESTORE)
    assert result.previous_kept_at == kept.path and kept.workshops == 2
    assert result.previous_listed
    assert "Efter säkerhetskopian" in workshops_in(kept.path)
    # Undoing the restore is restoring the kept copy.
    backups.restore(kept)
    assert len(workshops_in(db_path)) == 2


def test_a_damaged_file_is_kept_byte_for_byte_when_a_backup_replaces_it(
    service: WorkshopService, backups: BackupService, db_path: Path
) -> None:
    add_demo_workshop(service, TODAY)
    chosen = backups.back_up()
    damage(db_path)
    damaged = db_path.read_bytes()

    result = backups.restore(chosen)

    assert result.previous_kept_at is not None
    assert result.previous_kept_at.read_bytes() == damaged
    assert result.previous_kept_at.parent == backups.folder
    assert result.previous_kept_at not in {b.path for b in backups.backups()}
    assert not result.previous_listed
    assert len(workshops_in(db_path)) == 1


def test_an_empty_file_can_be_restored_over(
    service: WorkshopService, backups: BackupService, db_path: Path
) -> None:
    add_demo_workshop(service, TODAY)
    chosen = backups.back_up()
    db_path.write_bytes(b"")
    result = backups.restore(chosen)
    assert result.previous_kept_at is not None and result.previous_kept_at.stat().st_size == 0
    assert len(workshops_in(db_path)) == 1


@pytest.mark.parametrize("problem", ["damaged", "too new", "not ours"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    service: WorkshopService, backups: BackupService, db_path: Path, problem: str
) -> None:
    add_demo_workshop(service, TODAY)
    chosen = backups.back_up()
    if problem == "damaged":
        damage(chosen.path)
    elif problem == "too new":
        with contextlib.closing(sqlite3.connect(chosen.path)) as raw, raw:
            raw.execute("UPDATE hallbar_meta SET value = '99' WHERE key = 'schema_version'")
    else:
        chosen.path.write_text("inte en databas")
    before = fingerprint(db_path)
    listed = sorted(p.name for p in backups.folder.iterdir())

    with pytest.raises(BackupError) as caught:
        backups.restore(backups.backup_at(chosen.path))

    assert "kan inte återställas" in error_message(caught.value)
    assert "Databasen har inte ändrats" in error_message(caught.value)
    why = {"damaged": "skadad", "too new": "en nyare version", "not ours": "någon hallbar-databas"}
    assert why[problem] in error_message(caught.value)
    english = error_message(caught.value, "en")
    assert english.startswith(f"The backup {chosen.path} cannot be restored, because ")
    assert why[problem] not in english
    assert fingerprint(db_path) == before
    assert sorted(p.name for p in backups.folder.iterdir()) == listed


@pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a schema older than today's")
def test_an_older_backup_is_upgraded_after_a_backup_of_its_own(
    service: WorkshopService, backups: BackupService, db_path: Path, tmp_path: Path
) -> None:
    old = tmp_path / "gammal.sqlite3"
    engine = sa.create_engine(f"sqlite:///{old}")
    migrations.migrate(engine, old, MIGRATIONS[:-1])
    engine.dispose()

    backups.restore(backups.backup_at(old))

    with contextlib.closing(sqlite3.connect(db_path)) as raw:
        found = raw.execute("SELECT value FROM hallbar_meta WHERE key='schema_version'").fetchone()
    assert int(found[0]) == LATEST_VERSION
    kinds = {b.kind: b for b in backups.backups()}
    assert kinds[BackupKind.BEFORE_UPGRADE].schema_version == LATEST_VERSION - 1
    assert kinds[BackupKind.BEFORE_RESTORE].schema_version == LATEST_VERSION


def test_restoring_over_a_read_only_file_is_refused(
    service: WorkshopService,
    backups: BackupService,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = backups.back_up()
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, *a, **k: (
            False if mode & os.W_OK and Path(path) == db_path else real_access(path, mode)
        ),
    )
    before = fingerprint(db_path)
    with pytest.raises(DatabaseReadOnlyError):
        backups.restore(chosen)
    assert fingerprint(db_path) == before


@pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a schema older than today's")
def test_a_restored_backup_that_cannot_be_upgraded_says_where_the_previous_file_is(
    service: WorkshopService,
    backups: BackupService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_demo_workshop(service, TODAY)
    old = tmp_path / "gammal.sqlite3"
    engine = sa.create_engine(f"sqlite:///{old}")
    migrations.migrate(engine, old, MIGRATIONS[:-1])
    engine.dispose()

    def broken(connection: sa.Connection) -> None:
        raise RuntimeError("steget gick sönder")

    last = MIGRATIONS[-1]
    steps = (*MIGRATIONS[:-1], migrations.Migration(last.version, "x", broken))
    real_migrate = migrations.migrate
    monkeypatch.setattr(
        migrations,
        "migrate",
        lambda engine, path, **options: real_migrate(engine, path, steps, **options),
    )
    with pytest.raises(BackupError) as caught:
        backups.restore(backups.backup_at(old))

    (kept,) = (b for b in backups.backups() if b.kind is BackupKind.BEFORE_RESTORE)
    assert "oförändrad" not in error_message(caught.value)
    assert str(kept.path) in error_message(caught.value)
    assert "återställ den för att gå tillbaka" in error_message(caught.value)
    assert kept.workshops == 1


def test_a_backup_put_back_but_not_upgraded_says_where_the_database_as_it_was_is_kept(
    service: WorkshopService,
    backups: BackupService,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_demo_workshop(service, TODAY)
    chosen = backups.back_up()

    def put_back_but_not_upgraded(*_args: object) -> None:
        raise MigrationFailedError(db_path, 7, "fel")

    monkeypatch.setattr(backups._files, "replace_with", put_back_but_not_upgraded)
    with pytest.raises(BackupError) as caught:
        backups.restore(chosen)

    kept = next(b.path for b in backups.backups() if b.kind is BackupKind.BEFORE_RESTORE)
    assert error_message(caught.value) == (
        "Säkerhetskopian lades tillbaka men kunde inte uppgraderas till schemaversion 7. "
        f"Databasen som den var innan finns kvar som {kept}; återställ den för att gå tillbaka."
    )
    assert error_message(caught.value, "en").startswith("The backup was put back but could not")
