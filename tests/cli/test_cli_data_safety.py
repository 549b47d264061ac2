"""Data safety as a user meets it: bad files, a second instance, backups and restore, end to end.

Each refused file is compared byte for byte, with its modification time, before and after."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from hallbar_desktop.storage.backups import backup_folder_for
from hallbar_desktop.storage.database_lock import DatabaseLock, lock_path_for
from tests.cli.dialog_answering import run_app_answering
from tests.cli.test_cli import assert_one_line_error, run
from tests.refusals import unwritable
from tests.storage.test_opening_checks import damage, fingerprint, held_exclusively


def make_demo(home: Path, name: str = "region.sqlite3") -> Path:
    db = home / name
    made = run("demo", "--db", db, home=home)
    assert made.returncode == 0, made.stderr
    return db


def backups_of(home: Path, db: Path) -> Path:
    return backup_folder_for(home / "data" / "hallbar-desktop" / "backups", db)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("command", [["list"], ["demo"], ["export", "--all", "--xlsx", "x.xlsx"]])
def test_a_damaged_file_exits_2_byte_identical_and_names_its_backups(
    tmp_path: Path, command: list[str]
) -> None:
    db = make_demo(tmp_path)
    assert run("backup", "--db", db, home=tmp_path).returncode == 0
    damage(db)
    before = fingerprint(db)
    message = assert_one_line_error(run(*command, "--db", db, home=tmp_path))
    assert "är skadad" in message and "Filen har inte ändrats" in message
    assert f"Det finns en säkerhetskopia: se den med hallbar restore --db {db} --list" in message
    assert fingerprint(db) == before
    assert files_in(tmp_path) == ["region.sqlite3"]  # no lock, journal or export left behind


def test_the_app_on_a_damaged_file_offers_its_backups_and_changes_nothing(
    tmp_path: Path,
) -> None:
    db = make_demo(tmp_path)
    run("backup", "--db", db, home=tmp_path)
    damage(db)
    before = fingerprint(db)
    refused = run_app_answering("--db", db, home=tmp_path, answers=["Avsluta"])
    assert "är skadad" in assert_one_line_error(refused.result)
    (dialog,) = refused.dialogs
    assert dialog["title"] == "Databasen kunde inte öppnas"
    assert "är skadad" in dialog["text"]
    assert dialog["buttons"][:2] == ["Återställ från säkerhetskopia…", "Avsluta"]
    assert fingerprint(db) == before
    assert files_in(tmp_path) == ["region.sqlite3"]


def test_the_app_restores_a_damaged_file_from_a_backup_and_opens_it(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    run("backup", "--db", db, home=tmp_path)
    damage(db)
    damaged = db.read_bytes()
    opened = run_app_answering(
        "--db", db, home=tmp_path, answers=["Återställ från säkerhetskopia…", "Återställ"]
    )
    assert opened.result.returncode == 0, opened.result.stderr
    titles = [d["title"] for d in opened.dialogs]
    assert titles == [
        "Databasen kunde inte öppnas",
        "Återställ från säkerhetskopia",  # the list
        "Återställ från säkerhetskopia",  # the confirmation
        "Workshoppar",  # the window, on the restored file
    ]
    assert opened.dialogs[-1]["workshops"] == 1
    kept = [p for p in backups_of(tmp_path, db).iterdir() if p.suffix == ".bin"]
    assert [p.read_bytes() for p in kept] == [damaged]
    assert not lock_path_for(db).exists()


def test_a_zero_byte_file_is_refused_in_words_in_the_cli_and_the_app(tmp_path: Path) -> None:
    db = tmp_path / "tom.sqlite3"
    db.touch()
    before = fingerprint(db)
    message = assert_one_line_error(run("list", "--db", db, home=tmp_path))
    assert "är tom (0 byte)" in message
    refused = run_app_answering("--db", db, home=tmp_path)
    assert_one_line_error(refused.result)
    assert "är tom (0 byte)" in refused.dialogs[0]["text"]
    assert fingerprint(db) == before
    assert files_in(tmp_path) == ["tom.sqlite3"]


def test_a_read_only_file_is_read_by_list_and_export_but_refused_for_changes(
    tmp_path: Path,
) -> None:
    db = make_demo(tmp_path)
    with unwritable(db):
        before = fingerprint(db)
        listed = run("list", "--db", db, home=tmp_path)
        assert listed.returncode == 0, listed.stderr
        assert "Hållbarhetsbedömning i regionala projektmedel" in listed.stdout
        exported = run("export", "--all", "--xlsx", "ut.xlsx", "--db", db, home=tmp_path)
        assert exported.returncode == 0, exported.stderr
        message = assert_one_line_error(run("demo", "--db", db, home=tmp_path))
        assert "skrivskyddad" in message and "Kopiera den till en mapp" in message
        refused = run_app_answering("--db", db, home=tmp_path)
        assert_one_line_error(refused.result)
        assert "skrivskyddad" in refused.dialogs[0]["text"]
        assert fingerprint(db) == before
    assert files_in(tmp_path) == ["region.sqlite3", "ut.xlsx"]


def test_a_file_locked_by_another_program_is_named_and_left_alone(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    before = fingerprint(db)
    with held_exclusively(db):
        message = assert_one_line_error(run("list", "--db", db, home=tmp_path))
    assert "används av ett annat program" in message and "försök igen" in message
    assert fingerprint(db) == before


def test_a_second_instance_is_told_who_has_the_file(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    before = fingerprint(db)
    with DatabaseLock(db) as first:  # this test process plays the first window
        holder = first.holder
        assert holder is not None
        refused = run_app_answering("--db", db, home=tmp_path)
        message = assert_one_line_error(refused.result)
        assert f"på datorn {holder.host} (process {os.getpid()}" in message
        assert "Stäng det andra fönstret och försök igen." in message
        (dialog,) = refused.dialogs
        assert dialog["title"] == "Databasen är redan öppen"
        assert dialog["buttons"] == ["Försök igen", "Avsluta"]
        assert "redan öppen" in assert_one_line_error(run("demo", "--db", db, home=tmp_path))
        # Reading and backing up need no lock: a coordinator can list, export or back up
        # while the facilitator's window is open.
        assert run("list", "--db", db, home=tmp_path).returncode == 0
        assert run("backup", "--db", db, home=tmp_path).returncode == 0
        lock_text = lock_path_for(db).read_bytes()
    assert lock_text.startswith(b"{")
    assert fingerprint(db) == before


def test_a_lock_left_by_a_killed_app_does_not_stop_the_next_start(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    code = (
        "import os, sys\nfrom pathlib import Path\n"
        "from hallbar_desktop.storage.database_lock import DatabaseLock\n"
        "DatabaseLock(Path(sys.argv[1])).acquire()\nos.kill(os.getpid(), 9)\n"
    )
    subprocess.run([os.sys.executable, "-c", code, str(db)], check=False)  # type: ignore[attr-defined]
    assert lock_path_for(db).exists()
    made = run("demo", "--db", db, home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert not lock_path_for(db).exists()


def test_the_lock_is_released_when_the_start_fails_with_the_crash_dialog(
    tmp_path: Path,
) -> None:
    db = make_demo(tmp_path)
    prelude = (
        "import hallbar_desktop.app as composition\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('databaslagret gick sönder')\n"
        "composition.open_services = broken\n"
    )
    crashed = run_app_answering(
        "--db", db, home=tmp_path, extra_env={"HALLBAR_TEST_PRELUDE": prelude}
    )
    assert crashed.result.returncode == 1
    assert crashed.dialogs[0]["title"] == "Programmet kunde inte starta"
    assert not lock_path_for(db).exists()


def test_backup_then_restore_by_name_brings_the_file_back(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    made = run("backup", "--db", db, home=tmp_path)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == backups_of(tmp_path, db) and backup.is_file()
    assert run("demo", "--db", db, home=tmp_path).returncode == 0  # a second workshop

    listed = run("restore", "--list", "--db", db, home=tmp_path)
    assert listed.returncode == 0
    assert backup.name in listed.stdout and "1 workshop " in listed.stdout

    restored = run("restore", "--db", db, backup.name, home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "Återställde" in restored.stdout and "sparades som" in restored.stdout
    with contextlib.closing(sqlite3.connect(db)) as raw:
        assert raw.execute("SELECT count(*) FROM workshops").fetchone() == (1,)
    again = run("restore", "--list", "--db", db, home=tmp_path)
    (kept,) = (line for line in again.stdout.splitlines() if "Före återställning" in line)
    assert "2 workshoppar" in kept


def test_restore_is_refused_while_the_app_has_the_file(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    backup = Path(run("backup", "--db", db, home=tmp_path).stdout.strip())
    before = fingerprint(db)
    with DatabaseLock(db):
        message = assert_one_line_error(run("restore", "--db", db, backup, home=tmp_path))
    assert "redan öppen" in message
    assert fingerprint(db) == before


def test_restore_of_a_damaged_or_missing_backup_changes_nothing(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    backup = Path(run("backup", "--db", db, home=tmp_path).stdout.strip())
    damage(backup)
    before = fingerprint(db)
    message = assert_one_line_error(run("restore", "--db", db, backup, home=tmp_path))
    assert "kan inte återställas, eftersom den är skadad" in message
    missing = assert_one_line_error(run("restore", "--db", db, "nej.sqlite3", home=tmp_path))
    assert "den inte finns" in missing
    assert fingerprint(db) == before
    assert files_in(backups_of(tmp_path, db)) == [backup.name]


def test_restore_list_without_backups_says_so(tmp_path: Path) -> None:
    result = run("restore", "--list", "--db", tmp_path / "ny.sqlite3", home=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert "Det finns inga säkerhetskopior" in result.stderr


def test_the_first_open_of_the_day_makes_one_backup(tmp_path: Path) -> None:
    db = make_demo(tmp_path)  # a new file: nothing to keep yet
    assert not backups_of(tmp_path, db).exists()
    run("list", "--db", db, home=tmp_path)
    run("list", "--db", db, home=tmp_path)
    (daily,) = files_in(backups_of(tmp_path, db))
    assert daily.endswith("-daily.sqlite3")
