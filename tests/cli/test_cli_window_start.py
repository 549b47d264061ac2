"""`hallbar` without a subcommand starts the window without making the translated parser."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from hallbar_desktop import cli

STARTS_OF_THE_WINDOW = [
    [],
    ["--db", "{db}"],
    ["--db={db}", "--workshop", "{workshop}"],
    ["--language", "en", "--workshop={workshop}", "--db", "{db}"],
    ["--db", "elsewhere.sqlite3", "--db", "{db}", "--language=sv"],
]

# Arguments the window's start leaves to the parser: what it says about them is unchanged.
FOR_THE_PARSER = [
    ["--workshop", "not-an-id"],
    ["--language", "fi"],
    ["--db"],
    ["--db", "--workshop"],
    ["--work", "{workshop}"],
    ["--unknown"],
    ["--db", "{db}", "list"],
]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, UUID | None]]:
    """The window's starts, recorded instead of made."""
    starts: list[tuple[object, UUID | None]] = []

    def run_gui(db: object, workshop_id: UUID | None = None) -> int:
        starts.append((db, workshop_id))
        return 0

    monkeypatch.setattr(cli, "run_gui", run_gui)
    return starts


def _filled(arguments: list[str], db: Path, workshop: UUID) -> list[str]:
    return [argument.format(db=db, workshop=workshop) for argument in arguments]


@pytest.mark.parametrize("arguments", STARTS_OF_THE_WINDOW)
def test_the_window_starts_with_what_the_parser_would_have_read(
    arguments: list[str],
    started: list[tuple[object, UUID | None]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db = tmp_path / "a.sqlite3"
    db.touch()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    workshop = uuid4()
    filled = _filled(arguments, db, workshop)
    with cli._argparse_speaking("sv"):
        expected = cli._build_parser().parse_args(filled)

    def no_parser() -> argparse.ArgumentParser:
        raise AssertionError("the window's start made the whole parser")

    monkeypatch.setattr(cli, "_build_parser", no_parser)
    assert cli.main(filled) == cli.EXIT_OK
    assert started == [(expected.db, expected.workshop)]


@pytest.mark.parametrize("arguments", FOR_THE_PARSER)
def test_other_arguments_get_the_parsers_answer(
    arguments: list[str],
    started: list[tuple[object, UUID | None]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made: list[bool] = []
    build_parser = cli._build_parser

    def counted_parser() -> argparse.ArgumentParser:
        made.append(True)
        return build_parser()

    monkeypatch.setattr(cli, "_build_parser", counted_parser)
    monkeypatch.setattr(cli, "_list", lambda _args: cli.EXIT_OK)
    filled = _filled(arguments, tmp_path / "a.sqlite3", uuid4())
    code = cli.main(filled)
    assert made == [True]
    if code != cli.EXIT_OK:
        assert code == cli.EXIT_USAGE
        stderr = capsys.readouterr().err
        assert stderr.startswith("hallbar: ") and stderr.count("\n") == 1, stderr


def test_the_command_starts_the_window_without_the_command_lines_module(tmp_path: Path) -> None:
    # `hallbar` and `python -m hallbar_desktop` go through __main__: the window's start of a file
    # (its check and lock included) must not import cli.py (its parser, catalogue and message
    # table cost some 20 ms before the window), nor the server address module.
    from hallbar_desktop.storage.database import open_database

    db = tmp_path / "a.sqlite3"
    open_database(db, create_if_missing=True).dispose()
    left_out = ("hallbar_desktop.cli", "argparse", "hallbar_desktop.domain.database_address")
    script = (
        "import sys\n"
        "import hallbar_desktop.app as app\n"
        "from hallbar_desktop import __main__ as entry\n"
        "app._run_window = lambda db, default, workshop_id, argv, **_: print(db, workshop_id,\n"
        f"    sorted(m for m in sys.modules if m in {left_out!r}))\n"
        f"sys.exit(entry.main(['--db', {str(db)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{db} None []"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_failed_start_is_told_as_the_command_line_tells_it(
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hallbar_desktop import __main__ as entry
    from hallbar_desktop import app
    from hallbar_desktop.domain.errors import NotFoundError

    db = tmp_path / "a.sqlite3"
    workshop = uuid4()

    def refused(_db: object, workshop_id: UUID | None = None) -> int:
        raise NotFoundError(f"Workshoppen {workshop_id} finns inte i databasen {_db}.")

    monkeypatch.setattr(app, "run_gui", refused)
    code = entry.main(["--language", language, "--db", str(db), "--workshop", str(workshop)])
    told = capsys.readouterr().err
    monkeypatch.setattr(cli, "run_gui", refused)
    assert cli.main(["--language", language, "--db", str(db), "--workshop", str(workshop)]) == code
    assert code == cli.EXIT_USAGE
    assert told == capsys.readouterr().err
    assert told.startswith("hallbar: ") and told.count("\n") == 1 and str(workshop) in told


def test_a_first_start_says_where_it_made_the_database(
    started: list[tuple[object, UUID | None]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hallbar_desktop import __main__ as entry
    from hallbar_desktop.paths import default_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("LANGUAGE", "sv")
    assert entry.main([]) == cli.EXIT_OK
    assert started == [(None, None)]
    assert str(default_database_path()) in capsys.readouterr().err
