"""An older file is upgraded by the app and the command only after a backup of it as it was."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from hallbar_desktop.storage.database_file import LATEST_VERSION
from hallbar_desktop.storage.database_lock import lock_path_for
from tests.cli.dialog_answering import run_app_answering
from tests.cli.test_cli import assert_one_line_error, run
from tests.cli.test_cli_data_safety import backups_of
from tests.storage.test_opening_checks import fingerprint

FIRST_RELEASE = Path(__file__).parents[1] / "fixtures" / "db_v1.sqlite3"

pytestmark = pytest.mark.skipif(LATEST_VERSION < 2, reason="needs a schema older than today's")


def read(path: Path, sql: str) -> object:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        return raw.execute(sql).fetchone()[0]


def version(path: Path) -> int:
    return int(str(read(path, "SELECT value FROM hallbar_meta WHERE key = 'schema_version'")))


def older_file(home: Path) -> Path:
    db = home / "region.sqlite3"
    shutil.copyfile(FIRST_RELEASE, db)
    return db


def test_opening_an_older_file_backs_it_up_before_the_upgrade(tmp_path: Path) -> None:
    db = older_file(tmp_path)
    workshops = read(db, "SELECT count(*) FROM workshops")
    listed = run("list", "--db", db, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert version(db) == LATEST_VERSION
    # The backup made before the upgrade also counts as the day's: one file, the old version.
    (made,) = backups_of(tmp_path, db).iterdir()
    assert made.name.endswith("-before-upgrade.sqlite3")
    assert version(made) == 1
    assert read(made, "SELECT count(*) FROM workshops") == workshops
    assert read(made, "PRAGMA integrity_check") == "ok"


def block_backups(home: Path) -> Path:
    """A file where the backups folder would go: no backup can be made there."""
    blocked = home / "data" / "hallbar-desktop" / "backups"
    blocked.parent.mkdir(parents=True)
    blocked.write_text("en fil där mappen skulle ligga")
    return blocked


@pytest.mark.parametrize("command", [["list"], ["demo"]])
def test_an_older_file_is_not_upgraded_when_its_backup_cannot_be_made(
    tmp_path: Path, command: list[str]
) -> None:
    db = older_file(tmp_path)
    blocked = block_backups(tmp_path)
    before = fingerprint(db)
    message = assert_one_line_error(run(*command, "--db", db, home=tmp_path))
    assert "Säkerhetskopian av" in message and "kunde inte göras" in message
    assert f"kontrollera mappen {blocked}" in message  # where to look
    assert fingerprint(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "region.sqlite3"]
    assert not lock_path_for(db).exists()


def test_the_app_does_not_upgrade_an_older_file_without_its_backup(tmp_path: Path) -> None:
    db = older_file(tmp_path)
    block_backups(tmp_path)
    before = fingerprint(db)
    answered = run_app_answering("--db", db, home=tmp_path)
    assert answered.result.returncode == 2, answered.result.stderr
    (dialog,) = answered.dialogs
    assert dialog["title"] == "Databasen kunde inte öppnas"
    assert "kunde inte göras" in str(dialog["text"])
    assert fingerprint(db) == before
    assert not lock_path_for(db).exists()
    assert not Path(f"{db}-journal").exists()
