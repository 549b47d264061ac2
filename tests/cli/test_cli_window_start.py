"""`hallbar` without a subcommand starts the window without making the translated parser."""

from __future__ import annotations

import argparse
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
