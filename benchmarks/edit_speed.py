"""Edit speed: one saved change through the service against a raw sqlite3 UPDATE and commit.

Run: .venv/bin/python benchmarks/edit_speed.py [--quick] [--json FILE]   (prints a table)
Target from the speed issue: commit_ratio at most 3 on the large workshop (40 participants, all
of them rated, 300 dependencies, 300 actions). Each run changes one dependency's title through
WorkshopService.save_dependency, as the window does (services opened as the window opens them,
with the lock held and checked before each write, and the change as the window read it), then
the same UPDATE and COMMIT through a bare sqlite3 connection on a copy of the same file with
the same journal settings. The two alternate (A B A B) and the figures are their medians."""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID

from hallbar_desktop.app import open_services
from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory, Influence
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.workshop_service import new_workshop_contents

TODAY = date(2026, 11, 26)
RUNS = 41
QUICK_RUNS = 7
TARGET = 3.0


def large_workshop(template: ReadinessTemplate) -> WorkshopContents:
    """40 participants who answered every statement, 300 dependencies, 300 linked actions."""
    contents = new_workshop_contents(Workshop(title="Stor workshop"), template, 40)
    dependencies = tuple(
        Dependency(
            category=list(DependencyCategory)[n % 4],
            title=f"Beroende {n}: nämnden har inte beslutat om kriterier",
            description="Beslutet dröjer och handläggarna gör olika bedömningar. " * (1 + n % 3),
            impact=1 + n % 5,
            influence=list(Influence)[n % 3],
            votes=n % 7,
            position=n,
        )
        for n in range(1, 301)
    )
    actions = tuple(
        Action(
            title=f"Åtgärd {n}: ta fram förslag till kriterier",
            dependency_ids=frozenset({dependencies[n - 1].id, dependencies[n % 300].id}),
            owner="Regional utvecklingsdirektör",
            due_on=date(2027, 1, 1),
            position=n,
        )
        for n in range(1, 301)
    )
    ratings = tuple(
        Rating(participant_id=p.id, statement_code=s.code, value=1 + (i + j) % 5)
        for i, p in enumerate(contents.participants)
        for j, s in enumerate(template.statements)
    )
    return dataclasses.replace(
        contents, dependencies=dependencies, actions=actions, ratings=ratings
    )


def commit_figures(
    folder: Path, make: Callable[[ReadinessTemplate], WorkshopContents], runs: int
) -> tuple[float, float]:
    """Median seconds of one service edit and of one raw UPDATE + COMMIT, interleaved."""
    database = folder / "edits.sqlite3"
    with open_services(database, create_if_missing=True, exclusive=True) as services:
        workshops = services.workshops
        stored = workshops.add_workshop(make(workshops.current_template))
        workshop_id = stored.workshop.id
        dependency = stored.dependencies[0]
        copy = folder / "raw.sqlite3"
        shutil.copyfile(database, copy)
        raw = _raw_connection(copy)
        ours: list[float] = []
        bare: list[float] = []
        for n in range(runs):
            title = f"Ändrad titel {n}"
            after = dataclasses.replace(dependency, title=title)
            started = time.perf_counter()
            workshops.save_dependency(workshop_id, after, dependency)
            ours.append(time.perf_counter() - started)
            dependency = after
            started = time.perf_counter()
            _raw_update(raw, dependency.id, title)
            bare.append(time.perf_counter() - started)
        raw.close()
    return statistics.median(ours), statistics.median(bare)


def _raw_connection(path: Path) -> sqlite3.Connection:
    """A bare connection with the journal settings the app's own connections use."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def _raw_update(connection: sqlite3.Connection, dependency_id: UUID, title: str) -> None:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE dependencies SET title = ? WHERE id = ?", (title, dependency_id.hex))
    connection.execute("COMMIT")


def measure(*, quick: bool = False, where: Path | None = None) -> dict[str, float]:
    """The figures by name; the files are made in a new folder under ``where`` (default: the
    system's temporary folder; a disk that syncs slowly makes every ratio look smaller)."""
    runs = QUICK_RUNS if quick else RUNS
    figures: dict[str, float] = {}
    for name, make in (
        ("", large_workshop),
        ("_demo", lambda template: demo_contents(template, TODAY)),
    ):
        with tempfile.TemporaryDirectory(dir=where) as folder:
            ours, bare = commit_figures(Path(folder), make, runs)
        figures[f"commit_ms{name}"] = ours * 1000
        figures[f"commit_raw_ms{name}"] = bare * 1000
        figures[f"commit_ratio{name}"] = ours / bare
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_RUNS} runs, not {RUNS}")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--where", type=Path, help="the folder to make the files in")
    args = parser.parse_args(argv)
    figures = measure(quick=args.quick, where=args.where)
    for label, suffix in (("large workshop", ""), ("demo workshop", "_demo")):
        print(
            f"one edit, {label:<15} {figures[f'commit_ms{suffix}']:7.2f} ms, raw sqlite3 "
            f"{figures[f'commit_raw_ms{suffix}']:5.2f} ms, "
            f"ratio {figures[f'commit_ratio{suffix}']:5.2f}"
        )
    verdict = "met" if figures["commit_ratio"] <= TARGET else "MISSED"
    print(f"target commit_ratio at most {TARGET:.1f}: {verdict}")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
