"""hallbar audit: a workshop's changes after its day, one line each; exit 2 and one line when
the log was changed outside the program."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path
from uuid import UUID

import pytest

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.database_address import ServerAddress
from tests.cli.test_cli import run


def _demo_edited(database: Path | ServerAddress, home: Path) -> UUID:
    """The demo workshop (held) with one dependency's impact changed after its day."""
    demo = run("--db", database, "demo", home=home)
    assert demo.returncode == 0, demo.stderr
    workshop_id = UUID(demo.stdout.strip())
    with open_services(database, create_if_missing=False) as services:
        dependency = services.workshops.contents(workshop_id).dependencies[0]
        impact = 2 if dependency.impact != 2 else 3
        changed = dataclasses.replace(dependency, impact=impact)
        services.workshops.save_dependency(workshop_id, changed, dependency)
    return workshop_id


def test_audit_prints_one_line_per_change(database: Path | ServerAddress, tmp_path: Path) -> None:
    workshop_id = _demo_edited(database, tmp_path)
    shown = run("--db", database, "audit", "--workshop", workshop_id, home=tmp_path)
    assert shown.returncode == 0, shown.stderr
    (line,) = shown.stdout.splitlines()
    number, when, who, computer, what = line.split("\t")
    assert number == "1" and len(when) == len("2026-11-26 10:30") and who and computer
    assert what.startswith("Beroende ”") and "Påverkan" in what
    assert shown.stderr == ""


@pytest.mark.sqlite_only
def test_audit_of_a_log_edited_by_hand_exits_2_with_one_line(
    database: Path, tmp_path: Path
) -> None:
    workshop_id = _demo_edited(database, tmp_path)
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as raw:
        raw.execute("UPDATE audit_entries SET user_name = 'någon annan'")

    shown = run("--db", database, "audit", "--workshop", workshop_id, home=tmp_path)

    assert shown.returncode == 2
    assert len(shown.stdout.splitlines()) == 1
    (said,) = shown.stderr.splitlines()
    assert said == (
        "hallbar: Ändringsloggen har ändrats utanför programmet redan i första posten. "
        "Ingen post i den går att lita på."
    )
