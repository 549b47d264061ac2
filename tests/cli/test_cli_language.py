"""The `hallbar` command speaks the language its user's environment names, argparse's words too."""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po

import build_installer
from hallbar_desktop import cli
from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import NOW, TODAY

_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user whose environment names British English, as a desktop sets it."""
    for variable in _LANGUAGE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture(params=["C.UTF-8", None], ids=["C", "unset"])
def server_default(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server's or a container's environment: no language, or "C"."""
    for variable in _LANGUAGE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    if request.param:
        monkeypatch.setenv("LANG", request.param)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _catalogue(language: str) -> list[tuple[str, str]]:
    """(source, translation) of every text in a catalogue, each plural form on its own."""
    with build_installer.gettext_po(language).open("rb") as stream:
        catalogue = read_po(stream)
    pairs = []
    for message in catalogue:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs.extend(zip(sources, translations, strict=False))
    return pairs


@pytest.fixture(scope="module")
def swedish_words() -> set[str]:
    """Every word the catalogues say in Swedish that no English text of theirs has: the code's
    own Swedish and argparse's Swedish."""
    english_pairs = _catalogue("en")
    argparse_pairs = _catalogue("sv")
    swedish = {w for source, _ in english_pairs for w in _words(source)}
    swedish |= {w for _, translation in argparse_pairs for w in _words(translation)}
    english = {w for _, translation in english_pairs for w in _words(translation)}
    english |= {w for source, _ in argparse_pairs for w in _words(source)}
    words = swedish - english
    assert {"användning", "flaggor", "kommandon", "deltagare", "sökväg"} <= words
    return words


# A workshop's id: its hex groups can spell a Swedish word ("de9670a6" holds "de").
_ID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def assert_english(text: str, swedish_words: set[str]) -> None:
    assert text.strip()
    assert not _words(_ID.sub(" ", text)) & swedish_words, text
    assert not re.search("[åäöÅÄÖ]", text), text


@pytest.fixture
def english_database(db_path: Path, template: ReadinessTemplate) -> Iterator[Path]:
    """A workshop whose own words are English, with one of each thing the list counts."""
    engine = open_database(db_path, create_if_missing=True)
    store = SqlWorkshopStore(engine, db_path)
    service = WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    workshop = Workshop(
        title="Green transport pilot", organisation="County Example", held_on=date(2026, 9, 1)
    )
    workshop_id = service.create_workshop(workshop, 1).workshop.id
    service.save_dependency(
        workshop_id, Dependency(title="A late decision", category=DependencyCategory.DECISION)
    )
    service.save_action(
        workshop_id, Action(title="Ask the board", due_on=date(2026, 10, 1), owner="Head")
    )
    store.close()
    yield db_path


@pytest.mark.parametrize("arguments", [["--help"], ["export", "--help"], ["pack", "-h"]])
def test_help_is_in_english_when_the_environment_names_english(
    english: None, tmp_path: Path, swedish_words: set[str], arguments: list[str]
) -> None:
    helped = run(*arguments, home=tmp_path)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: hallbar")
    assert "options:" in helped.stdout and "show this help message and exit" in helped.stdout
    assert_english(helped.stdout, swedish_words)


@pytest.mark.parametrize(
    ("arguments", "wording"),
    [
        (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
        (["pack", "--all"], "the following arguments are required: FILE.hallbar"),
        (["restore"], "one of the arguments --list BACKUP is required"),
        (["list", "--db"], "argument --db: expected one argument"),
        (["export", "--all"], "give --xlsx FILE, --pdf FILE, --csv FOLDER or several of them"),
        (["--workshop", "not-an-id"], "'not-an-id' is not a valid workshop id"),
    ],
)
def test_usage_errors_are_one_english_line_when_the_environment_names_english(
    english: None,
    tmp_path: Path,
    swedish_words: set[str],
    arguments: list[str],
    wording: str,
) -> None:
    line = assert_one_line_error(run(*arguments, home=tmp_path))
    assert wording in line
    assert_english(line, swedish_words)


def test_list_is_in_english_when_the_environment_names_english(
    english: None, english_database: Path, tmp_path: Path, swedish_words: set[str]
) -> None:
    listed = run("list", "--db", english_database, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    (line,) = listed.stdout.splitlines()
    assert "[Planned]  1 participant, 0 ratings, 1 dependency, 1 action (1 overdue)" in line
    assert_english(line, swedish_words)

    empty = tmp_path / "empty.sqlite3"
    open_database(empty, create_if_missing=True).dispose()
    nothing = run("list", "--db", empty, home=tmp_path)
    assert (nothing.returncode, nothing.stdout) == (0, "")
    assert nothing.stderr.startswith("There are no workshops yet.")
    assert_english(nothing.stderr, swedish_words)


def test_without_a_language_the_command_speaks_swedish_as_before(
    server_default: None, tmp_path: Path
) -> None:
    helped = run("--help", home=tmp_path)
    assert helped.returncode == 0
    assert helped.stdout.startswith("användning: hallbar")
    assert "flaggor:" in helped.stdout and "kommandon:" in helped.stdout
    assert "visa den här hjälpen och avsluta" in helped.stdout
    assert "usage" not in helped.stdout and "options" not in helped.stdout

    missing = assert_one_line_error(run("pack", "--all", home=tmp_path))
    assert missing == ("hallbar: det här måste anges: FIL.hallbar (se hallbar pack --help)")
    choice = assert_one_line_error(run("--language", "de", "list", home=tmp_path))
    assert choice == (
        "hallbar: --language kan inte vara 'de' (välj bland 'sv', 'en') (se hallbar --help)"
    )


@pytest.mark.parametrize(
    ("environment", "arguments", "wording"),
    [
        ("en_GB.UTF-8", ["--language", "sv", "pack", "--all"], "det här måste anges"),
        ("C.UTF-8", ["--language", "en", "pack", "--all"], "the following arguments"),
        ("C.UTF-8", ["--db", "x.sqlite3", "--language=en", "pack", "--all"], "the following"),
        ("C.UTF-8", ["--lang", "en", "frobnicate"], "invalid choice"),
        # A subcommand's --language is the language of what it writes, not the command's.
        ("C.UTF-8", ["list", "--language", "en"], "okända argument: --language en"),
    ],
)
def test_the_language_option_before_the_subcommand_overrides_the_environment(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    environment: str,
    arguments: list[str],
    wording: str,
) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", environment)
    assert wording in assert_one_line_error(run(*arguments, home=tmp_path))


def test_argparse_is_given_back_the_users_language_settings_after_parsing(
    english: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window and the programs it starts keep the user's own settings: LANGUAGE, set for
    argparse's gettext while it parses, and gettext's domain are put back."""
    monkeypatch.setattr(cli, "_texts", cli._texts)  # the module's language, back after the test
    domain = gettext.textdomain()
    assert cli.main(["--language", "sv", "frobnicate"]) == cli.EXIT_USAGE
    assert "KOMMANDO kan inte vara 'frobnicate'" in capsys.readouterr().err
    assert "LANGUAGE" not in os.environ and gettext.textdomain() == domain


@pytest.mark.parametrize(
    ("environment", "arguments", "language"),
    [
        ("en_GB.UTF-8", [], "en"),
        ("C.UTF-8", [], "sv"),
        ("C.UTF-8", ["--language", "en"], "en"),
        ("en_GB.UTF-8", ["--language", "sv"], "sv"),
    ],
)
def test_export_writes_the_files_in_the_language_asked_or_the_commands(
    english_database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    environment: str,
    arguments: list[str],
    language: str,
) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", environment)
    monkeypatch.setattr(cli, "_texts", cli._texts)
    asked: list[str] = []
    real_export = ExportService.export

    def export(self: ExportService, *args: Any, **options: Any) -> Any:
        asked.append(options["language"])
        return real_export(self, *args, **options)

    monkeypatch.setattr(ExportService, "export", export)
    target = tmp_path / "out.xlsx"
    code = cli.main(
        ["export", "--db", str(english_database), "--all", "--xlsx", str(target), *arguments]
    )
    assert (code, asked) == (cli.EXIT_OK, [language])
    assert target.exists()
