"""The `hallbar` command end to end, in subprocesses, with every expected error."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop import cli
from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.database_address import ServerAddress
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from tests.cli.dialog_answering import run_app_answering
from tests.refusals import unreadable

HALLBAR = Path(sys.executable).with_name("hallbar")


def run(*args: str | Path, home: Path, entry: str = "module") -> subprocess.CompletedProcess[str]:
    """Run the command with its own empty per-user data folder."""
    command = [str(HALLBAR)] if entry == "script" else [sys.executable, "-m", "hallbar_desktop"]
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "HOME": str(home)}
    return subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=home,  # relative paths in a test land in its own folder
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hallbar: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return lines[0]


def test_the_quick_starts_demo_once_is_added_once_however_often_it_runs(tmp_path: Path) -> None:
    first = run("demo", "--once", home=tmp_path)
    again = run("demo", "--once", home=tmp_path)
    assert first.returncode == again.returncode == 0, (first.stderr, again.stderr)
    assert first.stdout == again.stdout
    listed = json.loads(run("list", "--json", home=tmp_path).stdout)
    assert [w["id"] for w in listed] == [first.stdout.strip()]
    # A plain demo still adds a copy of its own beside it.
    other = run("demo", home=tmp_path).stdout.strip()
    assert {w["id"] for w in json.loads(run("list", "--json", home=tmp_path).stdout)} == {
        first.stdout.strip(),
        other,
    }


def test_demo_twice_then_list_json_shows_two_complete_workshops(tmp_path: Path) -> None:
    first = run("demo", home=tmp_path, entry="script")
    second = run("demo", home=tmp_path)
    assert first.returncode == second.returncode == 0, (first.stderr, second.stderr)
    ids = {first.stdout.strip(), second.stdout.strip()}
    assert len(ids) == 2
    listed = run("list", "--json", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    workshops = json.loads(listed.stdout)
    assert {w["id"] for w in workshops} == ids
    for w in workshops:
        assert w["title"] == "Hållbarhetsbedömning i regionala projektmedel"
        assert w["organisation"] == "Region Exempelland"
        assert w["status"] == "held"
        assert (w["participants"], w["ratings"], w["dependencies"], w["actions"]) == (
            12,
            180,
            12,
            10,
        )
        assert w["overdue_actions"] == 3
        assert len(w["date"]) == 10
    # the default database is in the per-user data folder
    assert (tmp_path / "data" / "hallbar-desktop" / "hallbar.sqlite3").is_file()


def test_list_prints_one_line_per_workshop(tmp_path: Path) -> None:
    db = tmp_path / "ws.sqlite3"
    made = run("demo", "--db", db, home=tmp_path)
    assert made.returncode == 0
    assert "Skapade en ny databas" in made.stderr  # never silently
    result = run("--db", db, "list", home=tmp_path)
    assert result.returncode == 0
    (line,) = result.stdout.splitlines()
    assert made.stdout.strip() in line
    assert "12 deltagare" in line and "10 åtgärder" in line and "[Genomförd]" in line


def test_list_of_an_empty_default_database_creates_nothing(tmp_path: Path) -> None:
    result = run("list", "--json", home=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert not (tmp_path / "data").exists()


def test_list_of_a_missing_file_exits_2_and_creates_nothing(tmp_path: Path) -> None:
    message = assert_one_line_error(run("list", "--db", "no/such/file.sqlite3", home=tmp_path))
    assert "finns inte" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert_one_line_error(run("list", "--db", tmp_path / "saknas.sqlite3", home=tmp_path))
    assert not (tmp_path / "saknas.sqlite3").exists()


def test_demo_into_a_missing_folder_exits_2(tmp_path: Path) -> None:
    message = assert_one_line_error(
        run("demo", "--db", tmp_path / "nej" / "x.sqlite3", home=tmp_path)
    )
    assert "Mappen" in message
    assert not (tmp_path / "nej").exists()


@pytest.mark.parametrize("command", ["list", "demo"])
def test_a_text_file_exits_2_and_stays_byte_identical(tmp_path: Path, command: str) -> None:
    text = tmp_path / "anteckningar.txt"
    text.write_bytes("Inte en databas – åäö\n".encode() * 100)
    before = text.read_bytes()
    message = assert_one_line_error(run(command, "--db", text, home=tmp_path))
    assert "ingen hallbar-databas" in message
    assert text.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anteckningar.txt"]


def test_another_sqlite_database_exits_2_untouched(tmp_path: Path) -> None:
    other = tmp_path / "annat.sqlite3"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    assert "ingen hallbar-databas" in assert_one_line_error(
        run("demo", "--db", other, home=tmp_path)
    )
    assert other.read_bytes() == before


def test_a_newer_schema_exits_2_untouched(tmp_path: Path) -> None:
    db = tmp_path / "ny.sqlite3"
    open_database(db, create_if_missing=True).dispose()
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE hallbar_meta SET value='42' WHERE key='schema_version'")
    before = db.read_bytes()
    message = assert_one_line_error(run("list", "--db", db, home=tmp_path))
    assert "version 42" in message
    assert db.read_bytes() == before


def test_a_folder_as_db_exits_2(tmp_path: Path) -> None:
    assert "mapp" in assert_one_line_error(run("list", "--db", tmp_path, home=tmp_path))


def test_an_unreadable_file_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process, so that root's refusal can be simulated where the command asks the system.
    db = tmp_path / "låst.sqlite3"
    open_database(db, create_if_missing=True).dispose()
    before = db.read_bytes()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    with unreadable(db, monkeypatch):
        code = cli.main(["list", "--db", str(db)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    (line,) = captured.err.splitlines()
    assert line.startswith("hallbar: ") and "behörighet" in line
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "wording"),
    [
        (["frobnicate"], "KOMMANDO kan inte vara 'frobnicate'"),
        (["list", "--jsn"], "okända argument"),
        (["list", "--db"], "behöver ett värde"),
        (["--db"], "behöver ett värde"),
        (["demo", "extra"], "okända argument"),
        (["restore"], "ange ett av följande: --list SÄKERHETSKOPIA"),
        (["restore", "--list", "x.sqlite3"], "SÄKERHETSKOPIA går inte att ange tillsammans med"),
    ],
)
def test_bad_arguments_exit_2_with_one_swedish_line(
    tmp_path: Path, args: list[str], wording: str
) -> None:
    assert wording in assert_one_line_error(run(*args, home=tmp_path))


def test_no_subcommand_with_a_bad_db_fails_before_any_window(tmp_path: Path) -> None:
    # The app says why in a dialog (someone who started it from a menu sees no terminal),
    # and on stderr in one line.
    missing = run_app_answering("--db", tmp_path / "fel.sqlite3", home=tmp_path)
    assert "finns inte" in assert_one_line_error(missing.result)
    (dialog,) = missing.dialogs
    assert dialog["title"] == "Databasen kunde inte öppnas" and "finns inte" in dialog["text"]
    assert not (tmp_path / "fel.sqlite3").exists()
    text = tmp_path / "text.txt"
    text.write_text("hej")
    not_ours = run_app_answering("--db", text, home=tmp_path)
    assert_one_line_error(not_ours.result)
    assert "ingen hallbar-databas" in not_ours.dialogs[0]["text"]
    assert text.read_text() == "hej"


def test_version_and_help(tmp_path: Path) -> None:
    version = run("--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("hallbar ")
    helped = run("list", "--help", home=tmp_path)
    assert helped.returncode == 0 and "--json" in helped.stdout


def test_unexpected_errors_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def explode(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "_list", explode)
    assert cli.main(["list", "--db", str(tmp_path / "x.sqlite3")]) == 1
    assert "oväntat fel" in capsys.readouterr().err


def test_another_programs_wal_database_exits_2_byte_identical(tmp_path: Path) -> None:
    other = tmp_path / "annat.sqlite3"
    with sqlite3.connect(other) as raw:
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    assert "ingen hallbar-databas" in assert_one_line_error(
        run("list", "--db", other, home=tmp_path)
    )
    assert other.read_bytes() == before


def test_a_path_with_a_line_break_still_gives_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("list", "--db", "två\nrader.sqlite3", home=tmp_path))


def test_help_is_in_swedish(tmp_path: Path) -> None:
    helped = run("--help", home=tmp_path)
    assert helped.returncode == 0
    assert "användning: hallbar" in helped.stdout and "usage:" not in helped.stdout
    assert "visa den här hjälpen" in helped.stdout


def test_an_unexpected_error_exits_1_in_a_real_process(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from hallbar_desktop import cli\n"
        "def explode(args): raise RuntimeError('boom')\n"
        "cli._list = explode\n"
        "sys.exit(cli.main(['list', '--db', 'x.sqlite3']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "hallbar: ett oväntat fel inträffade (RuntimeError)."


def test_opening_the_app_on_a_bad_or_unknown_workshop_fails_before_any_window(
    tmp_path: Path,
) -> None:
    db = tmp_path / "ws.sqlite3"
    run("demo", "--db", db, home=tmp_path)
    assert "inget giltigt workshop-id" in assert_one_line_error(
        run("--db", db, "--workshop", "nej", home=tmp_path)
    )
    unknown = "00000000-0000-4000-8000-000000000000"
    opened = run_app_answering("--db", db, "--workshop", unknown, home=tmp_path)
    assert "finns inte" in assert_one_line_error(opened.result)
    assert opened.dialogs[0]["title"] == "Workshoppen finns inte"


def test_list_writes_one_of_each_in_the_singular(
    service: WorkshopService, database: Path | ServerAddress, capsys: pytest.CaptureFixture[str]
) -> None:
    """'1 beroenden, 1 åtgärder (1 försenade)' read as nobody writes Swedish."""
    contents = service.create_workshop(Workshop(title="Liten", held_on=date(2026, 9, 1)), 1)
    workshop_id = contents.workshop.id
    service.save_dependency(
        workshop_id, Dependency(title="Ett beslut som dröjer", category=DependencyCategory.DECISION)
    )
    service.save_action(
        workshop_id, Action(title="Fråga nämnden", due_on=date(2026, 10, 1), owner="Chefen")
    )
    assert cli.main(["list", "--db", str(database)]) == 0
    line = capsys.readouterr().out
    assert "1 deltagare, 0 skattningar, 1 beroende, 1 åtgärd (1 försenad)" in line
