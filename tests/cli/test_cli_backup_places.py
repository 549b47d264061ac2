"""`hallbar backup --backups beside|user`, and `hallbar restore` finding backups in both places."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallbar_desktop.storage.backups import BESIDE_FOLDER
from tests.cli.test_cli import assert_one_line_error, run
from tests.cli.test_cli_data_safety import backups_of, make_demo

pytestmark = pytest.mark.sqlite_only


def test_a_backup_beside_the_database_is_listed_and_restored_by_its_name(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    in_user_folder = run("backup", "--db", db, "--backups", "user", home=tmp_path)
    beside = run("backup", "--db", db, "--backups", "beside", home=tmp_path)
    assert in_user_folder.returncode == beside.returncode == 0, (beside.stderr,)
    assert beside.stderr == ""
    beside_path = Path(beside.stdout.strip())
    assert beside_path.parent == tmp_path / BESIDE_FOLDER / "region"
    assert Path(in_user_folder.stdout.strip()).parent == backups_of(tmp_path, db)

    listed = run("restore", "--db", db, "--list", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    heading, *lines = listed.stdout.splitlines()
    # The database chose nothing and lies on a local disk: its folder in use is the user's.
    assert heading.endswith(f"(i {backups_of(tmp_path, db)}, {beside_path.parent}):"), heading
    assert len(lines) == 2 and any(beside_path.name in line for line in lines)

    restored = run("restore", "--db", db, beside_path.name, home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert str(beside_path) in restored.stdout


def test_a_place_that_is_not_one_is_refused_in_one_line(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    message = assert_one_line_error(run("backup", "--db", db, "--backups", "usb", home=tmp_path))
    assert "--backups" in message and "beside" in message and "user" in message
    assert not (tmp_path / BESIDE_FOLDER).exists()


def test_a_folder_beside_that_cannot_be_made_falls_back_to_the_users_and_says_so(
    tmp_path: Path,
) -> None:
    db = make_demo(tmp_path)
    (tmp_path / BESIDE_FOLDER).write_text("en fil, inte en mapp")
    made = run("backup", "--db", db, "--backups", "beside", home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert Path(made.stdout.strip()).parent == backups_of(tmp_path, db)
    (line,) = made.stderr.splitlines()
    assert "Mappen bredvid databasen går inte att skapa" in line
    assert str(backups_of(tmp_path, db)) in line
