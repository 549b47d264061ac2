"""What `hallbar` prints from a file is shown on the terminal, never obeyed by it.

The services refuse control characters when text is entered, so the hostile titles are written
straight into the file with sqlite3, as an earlier version or another tool could have."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run
from tests.cli.test_cli_data_safety import make_demo

# Clears the screen, sets the window title, rings the bell, a C1 command start and DEL, a line
# break that would split the workshop's line, and the text a user may rightly see: å ä ö,
# emoji, a tab and right-to-left text.
TITLE = "Möte \x1b[2J\x1b]0;pwned\x07 🌱 Ájtte\tslut\x9b31m\x7f\nrad 2 שלום"
SHOWN = r"Möte \x1b[2J\x1b]0;pwned\x07 🌱 Ájtte" + "\t" + r"slut\x9b31m\x7f\nrad 2 שלום"
ORGANISATION = "Region\r Norr"
OBEYED = ("\x1b", "\x07", "\x9b", "\x7f", "\r")


def _store_raw(db: Path) -> None:
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE workshops SET title = ?, organisation = ?", (TITLE, ORGANISATION))
    raw.close()


def _assert_nothing_to_obey(text: str) -> None:
    for character in OBEYED:
        assert character not in text, repr(character)


def test_list_shows_control_characters_in_titles_escaped_and_keeps_the_rest(
    tmp_path: Path,
) -> None:
    db = make_demo(tmp_path)
    _store_raw(db)
    listed = run("list", "--db", db, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    _assert_nothing_to_obey(listed.stdout)
    (line,) = listed.stdout.splitlines()  # still one line per workshop
    assert f"Region\\r Norr: {SHOWN}  [" in line


def test_list_json_keeps_every_value_exact_but_prints_nothing_to_obey(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    _store_raw(db)
    listed = run("list", "--json", "--db", db, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    _assert_nothing_to_obey(listed.stdout)
    (workshop,) = json.loads(listed.stdout)
    assert workshop["title"] == TITLE
    assert workshop["organisation"] == ORGANISATION


def test_paths_in_messages_and_backup_names_are_shown_escaped(tmp_path: Path) -> None:
    missing = assert_one_line_error(run("list", "--db", "sak\x1b[2Jnad.sqlite3", home=tmp_path))
    _assert_nothing_to_obey(missing)
    assert r"sak\x1b[2Jnad.sqlite3" in missing
    db = make_demo(tmp_path, "region\x9b2J.sqlite3")
    assert run("backup", "--db", db, home=tmp_path).returncode == 0
    listed = run("restore", "--list", "--db", db, home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    _assert_nothing_to_obey(listed.stdout)
    assert r"region\x9b2J" in listed.stdout.splitlines()[-1]
