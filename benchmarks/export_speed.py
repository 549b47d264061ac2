"""Export figures: our exporters against bare openpyxl/reportlab, and the national roll-up.

Part of `python -m benchmarks` (benchmarks/__main__.py). xlsx_ratio and pdf_ratio: the large
workshop (40 participants, 300 dependencies, 300 actions) written by our workbook and report
against bare write-only openpyxl and a bare reportlab table writing the same cells and texts,
medians of interleaved runs. national_export_s and national_rss_mb: `hallbar export --all
--xlsx` of 21 organisations × 30 workshops (630, each the demo's workshop with 67 participants
who rate its 15 statements: 633 150 ratings, the issue's "about 630 000"), loading included, in
a process of its own; the database is generated once and kept in the temporary folder.
national_server_export_s and national_server_rss_mb: the same export of the same workshops from
a PostgreSQL server, when HALLBAR_TEST_POSTGRESQL names one (pushed there once with `hallbar
push`, kept in a schema of their own), run by run in turn with the file's; without a server they
are reported as not measured, with the reason. Both databases are opened once before the timed
runs, so that an upgrade of the kept workshops to a newer schema is not timed."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from itertools import zip_longest
from pathlib import Path
from typing import Any
from uuid import UUID

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from benchmarks import NOT_MEASURED
from benchmarks.interleaving import interleaved
from hallbar_desktop import paths
from hallbar_desktop.domain.action import Action, ActionStatus, ActionType, Priority
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import (
    Dependency,
    DependencyCategory,
    DependencyStatus,
    Influence,
    Location,
)
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.readiness import Rating
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Participant, Variant, default_alias
from hallbar_desktop.export.export_texts import SWEDISH
from hallbar_desktop.export.table_sheet import TableData, excel_value
from hallbar_desktop.export.workbook import (
    _overview_rows,
    _write_workshop,
    about_rows,
    action_rows,
    dependency_rows,
    workshop_tables,
)
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.storage.template_files import newest_template

TODAY = date(2026, 11, 26)
SETTINGS = ExportSettings(exported_at=datetime(2026, 11, 26, 10, 0), app_version="bench")
REGIONS = [
    "Region Blekinge",
    "Region Dalarna",
    "Region Gotland",
    "Region Gävleborg",
    "Region Halland",
    "Region Jämtland Härjedalen",
    "Region Jönköpings län",
    "Region Kalmar län",
    "Region Kronoberg",
    "Region Norrbotten",
    "Region Skåne",
    "Region Stockholm",
    "Region Sörmland",
    "Region Uppsala",
    "Region Värmland",
    "Region Västerbotten",
    "Region Västernorrland",
    "Region Västmanland",
    "Västra Götalandsregionen",
    "Region Örebro län",
    "Region Östergötland",
]
SENTENCE = "Beslutet om kriterier dröjer och handläggarna gör olika bedömningar i ärendena. "


def large_workshop(rng: random.Random) -> WorkshopContents:
    """40 participants with every answer, 300 dependencies and 300 actions."""
    template = newest_template(paths.templates_dir(), "hallbar-beredskap")
    base = demo_contents(template, TODAY)
    people = tuple(Participant(alias=default_alias(n), position=n) for n in range(1, 41))
    ratings = tuple(
        Rating(participant_id=p.id, statement_code=s.code, value=rng.choice([None, 1, 2, 3, 4, 5]))
        for p in people
        for s in template.statements
    )
    dependencies = tuple(
        Dependency(
            category=rng.choice(list(DependencyCategory)),
            title=f"Beroende {n}: nämnden har inte beslutat om kriterier för projektmedel",
            description=SENTENCE * rng.randint(1, 4),
            location=rng.choice(list(Location)),
            impact=rng.randint(1, 5),
            influence=rng.choice(list(Influence)),
            owner="Enhetschef projektfinansiering",
            mitigation=SENTENCE,
            status=rng.choice(list(DependencyStatus)),
            votes=rng.randint(0, 9),
            position=n,
        )
        for n in range(1, 301)
    )
    actions = tuple(
        Action(
            title=f"Åtgärd {n}: ta fram förslag till hållbarhetskriterier",
            description=SENTENCE * rng.randint(1, 3),
            dependency_ids=frozenset(d.id for d in rng.sample(dependencies, 2)),
            action_type=rng.choice(list(ActionType)),
            owner="Regional utvecklingsdirektör",
            start_on=TODAY - timedelta(days=60),
            due_on=TODAY + timedelta(days=rng.randint(-50, 200)),
            status=rng.choice(list(ActionStatus)),
            priority=rng.choice(list(Priority)),
            success_indicator="Beslutet finns och är känt i organisationen.",
            position=n,
        )
        for n in range(1, 301)
    )
    return dataclasses.replace(
        base, participants=people, ratings=ratings, dependencies=dependencies, actions=actions
    )


def workbook_cells(summary: WorkshopSummary) -> list[list[list[object]]]:
    """Every sheet of our workbook as plain values: the same cells and rows, header rows
    included, already converted as our exporter converts them (text cleaned, Ja/Nej, naive
    times), so the bare writer does only the writing."""

    def facts(rows: list[object]) -> list[list[object]]:
        return [[] if r is None else [r] if isinstance(r, str) else list(r) for r in rows]

    def side_by_side(tables: tuple[TableData, ...]) -> list[list[object]]:
        # The same tables the exporter writes, one empty column between them.
        parts = [[[c.header for c in t.columns], *t.rows] for t in tables]
        rows = []
        for part_rows in zip_longest(*parts):
            row: list[object] = []
            for number, (table, part) in enumerate(zip(tables, part_rows, strict=True)):
                if number:
                    row.append(None)
                row.extend(part if part is not None else [None] * len(table.columns))
            rows.append(row)
        return rows

    sheets = [
        facts(_overview_rows(summary, SETTINGS)),
        *(side_by_side(tables) for _, tables in workshop_tables(summary)),
        facts(about_rows([summary], SETTINGS)),
    ]
    return [
        [[None if (x := excel_value(v)) == "" else x for v in row] for row in rows]
        for rows in sheets
    ]


def large_workshop_figures(folder: Path, runs: int) -> dict[str, float]:
    summary = summarize(large_workshop(random.Random(1)), TODAY)
    # The bare PDF takes the same texts as before the workbook got its key columns: without
    # Organisation, Workshop and Datum in front, and with the linked dependencies' titles
    # (column 3), which the workbook now gives as numbers but the bare table had as text.
    dep_rows = [row[3:] for row in dependency_rows(summary)]
    act_rows = [
        [*row[3:6], "; ".join(line.dependency_titles), *row[7:]]
        for row, line in zip(action_rows(summary), summary.actions, strict=True)
    ]
    sheets = workbook_cells(summary)

    def bare_openpyxl() -> None:
        book = Workbook(write_only=True)
        for rows in sheets:
            sheet = book.create_sheet()
            for row in rows:
                sheet.append(row)
        book.save(folder / "bare.xlsx")

    styles = getSampleStyleSheet()

    def bare_reportlab() -> None:
        cell = styles["BodyText"]
        story = [
            Table(
                [[Paragraph(str(v), cell) for v in (r[0], r[2], r[3], r[15])] for r in dep_rows],
                repeatRows=0,
            ),
            Table(
                [
                    [Paragraph(str(v), cell) for v in (r[1], r[6], r[10], r[12], r[14], r[3])]
                    for r in act_rows
                ]
            ),
        ]
        SimpleDocTemplate(str(folder / "bare.pdf"), pagesize=A4).build(story)

    def timed(work) -> float:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        work()
        return time.perf_counter() - started

    ours_xlsx, bare_xlsx = interleaved(
        lambda: timed(
            lambda: _write_workshop(summary, SETTINGS, folder / "ours.xlsx", None, SWEDISH)
        ),
        lambda: timed(bare_openpyxl),
        runs,
    )
    ours_pdf, bare_pdf = interleaved(
        lambda: timed(
            lambda: write_workshop_report(summary, folder / "ours.pdf", SETTINGS, paths.fonts_dir())
        ),
        lambda: timed(bare_reportlab),
        runs,
    )
    return {
        "xlsx_ratio": ours_xlsx / bare_xlsx,
        "pdf_ratio": ours_pdf / bare_pdf,
        "xlsx_ms": ours_xlsx * 1000,
        "xlsx_bare_ms": bare_xlsx * 1000,
        "pdf_ms": ours_pdf * 1000,
        "pdf_bare_ms": bare_pdf * 1000,
    }


# Each national workshop's participants: with the template's 15 statements, 1 005 ratings a
# workshop and 633 150 for the 630 (the demo's own twelve give 180 a workshop, 113 400 in all).
NATIONAL_PARTICIPANTS = 67


def national_contents(template: Any, held_on: date, rng: random.Random) -> WorkshopContents:
    """The demo's workshop with NATIONAL_PARTICIPANTS participants, each rating every statement
    (some left unanswered)."""
    contents = demo_contents(template, held_on)
    extra = tuple(
        Participant(alias=default_alias(n), position=n)
        for n in range(len(contents.participants) + 1, NATIONAL_PARTICIPANTS + 1)
    )
    people = contents.participants + extra
    ratings = tuple(
        Rating(participant_id=p.id, statement_code=s.code, value=rng.choice([None, 1, 2, 3, 4, 5]))
        for p in people
        for s in template.statements
    )
    return dataclasses.replace(contents, participants=people, ratings=ratings)


def fill_database(db: Path, count: int) -> None:
    """``count`` workshops across the 21 regions (see national_contents), a third of them
    follow-ups."""
    from hallbar_desktop.services.workshop_service import WorkshopService
    from hallbar_desktop.storage.database import open_database
    from hallbar_desktop.storage.workshop_store import SqlWorkshopStore

    rng = random.Random(2)
    template = newest_template(paths.templates_dir(), "hallbar-beredskap")
    engine = open_database(db, create_if_missing=True)
    store = SqlWorkshopStore(engine, db)
    service = WorkshopService(store, template, today=lambda: TODAY)
    previous: dict[str, UUID] = {}
    for n in range(count):
        region = REGIONS[n % len(REGIONS)]
        contents = national_contents(template, TODAY - timedelta(days=rng.randint(0, 900)), rng)
        follows = previous.get(region) if n % 3 == 2 else None
        workshop = dataclasses.replace(
            contents.workshop,
            organisation=region,
            title=f"{contents.workshop.title} {n}",
            variant=Variant.FOLLOW_UP if follows else Variant.HALF_DAY,
            follows_up_id=follows,
        )
        stored = service.add_workshop(dataclasses.replace(contents, workshop=workshop))
        previous[region] = stored.workshop.id
    store.close()


# `hallbar export --all` (the one-shot export) in a process of its own, so that its peak RSS
# is its own; the last line is the seconds, its peak in MB and the peak of the process that
# reads part of the workshops beside it (summary_process.py). Added up they are more than the
# two hold at once (the helper ends before the writing): _national_export samples the sum.
# A process's peak is its own high-water mark (VmHWM) where Linux gives it: ru_maxrss keeps
# the peak of the parent's memory that the child was forked from, so it said the benchmark's
# own size for a small export.
NATIONAL_CHILD = """
import resource, sys, time
from hallbar_desktop import cli
start = time.perf_counter()
code = cli.main(["export", "--db", sys.argv[1], "--all", "--xlsx", sys.argv[2]])
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    pass
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(code, elapsed, peak, helper)
"""


def national_database(count: int) -> Path:
    """``count`` workshops across the 21 regions; storing them takes minutes for 630, so the
    file is kept in the temporary folder between runs."""
    # Named by its size, so that a file kept from a smaller generator is not taken for it.
    db = Path(tempfile.gettempdir()) / f"hallbar-bench-{count}x{NATIONAL_PARTICIPANTS}.sqlite3"
    if not db.exists():
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        fill_database(partial, count)
        partial.rename(db)
    return db


def national_server(db: Path, count: int) -> tuple[str | None, str]:
    """The same workshops on the PostgreSQL server that HALLBAR_TEST_POSTGRESQL names (password
    from PGPASSWORD, as for the tests), pushed into a schema of their own with `hallbar push`
    and kept between runs: the address, or None and why there is none.

    The schema's comment is the marker of a push that finished: a push cut short is made
    again, a finished one never (the file's workshops are generated from a fixed seed)."""
    url = os.environ.get("HALLBAR_TEST_POSTGRESQL", "")
    if not url:
        return None, "no server (HALLBAR_TEST_POSTGRESQL is not set)"
    import psycopg

    schema = f"hallbar_bench_{count}x{NATIONAL_PARTICIPANTS}"
    address = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    marker = f"hallbar bench: {count} workshops pushed"
    with psycopg.connect(url, autocommit=True) as admin:
        found = admin.execute(
            "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s",
            (schema,),
        ).fetchone()
        if found and found[0] == marker:
            return address, ""
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.execute(f'CREATE SCHEMA "{schema}"')
    pushed = subprocess.run(
        [sys.executable, "-m", "hallbar_desktop", "--db", address, "push", "--from", str(db)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if pushed.returncode:
        raise RuntimeError(f"the push to the server failed: {pushed.stderr[-400:]}")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"COMMENT ON SCHEMA \"{schema}\" IS '{marker}'")
    return address, ""


def _upgraded(database: str) -> None:
    """Open the database once, so that a newer schema's upgrade of the kept workshops is not
    timed as part of the first export."""
    from hallbar_desktop.domain.database_address import ServerAddress
    from hallbar_desktop.storage.database import open_database

    where = ServerAddress(database) if database.startswith("postgresql") else Path(database)
    open_database(where).dispose()


def _ratings_in(db: Path) -> int:
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT count(*) FROM ratings").fetchone()[0])


def _national_export(database: str, folder: Path) -> tuple[float, float]:
    """Seconds and peak RSS in MB of `hallbar export --all --xlsx` on ``database``: its own and
    its helper process's at once."""
    environment = {**os.environ, "XDG_DATA_HOME": str(folder / "data")}
    with subprocess.Popen(
        [sys.executable, "-c", NATIONAL_CHILD, database, str(folder / "national.xlsx")],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        together = 0
        # Sampled from here, not in the export's process, where a sampling thread would take
        # turns with the export for the interpreter (it cost the export 0,2 s there).
        while process.poll() is None:
            together = max(together, _resident_kb_with_children(process.pid))
            time.sleep(0.01)
        out, err = process.communicate(timeout=600)
    code, elapsed, peak, helper = out.split("\n")[-2].split()
    if process.returncode or code != "0":
        raise RuntimeError(f"the national export failed: {err[-400:]}")
    # Each one's own peak is a floor for the sum sampled (a short peak can fall between two).
    return float(elapsed), max(float(peak), float(helper), together / 1024)


def _resident_kb_with_children(pid: int) -> int:
    """The resident memory of the process and its children, in kB (0 off Linux)."""
    pids = [str(pid)]
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as children:
                pids += children.read().split()
    total = 0
    for each in pids:
        with contextlib.suppress(OSError, StopIteration), open(f"/proc/{each}/status") as status:
            total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return total


def national_figures(folder: Path, count: int, runs: int) -> dict[str, Any]:
    """The roll-up from the file, and, when a server is given, from the server, run by run in
    turn so that both meet the same load; without a server, its figures are not measured and
    the reason is given (benchmarks/__main__.py)."""
    db = national_database(count)
    server, no_server = national_server(db, count)
    places = {"national": str(db), **({"national_server": server} if server else {})}
    for database in places.values():
        _upgraded(database)
    seconds: dict[str, list[float]] = {name: [] for name in places}
    peaks: dict[str, list[float]] = {name: [] for name in places}
    for _ in range(runs):
        for name, database in places.items():
            elapsed, peak = _national_export(database, folder)
            seconds[name].append(elapsed)
            peaks[name].append(peak)
    figures: dict[str, Any] = {"national_workshops": count, "national_ratings": _ratings_in(db)}
    for name in places:
        figures[f"{name}_export_s"] = statistics.median(seconds[name])
        figures[f"{name}_rss_mb"] = statistics.median(peaks[name])
    if server is None:
        figures[NOT_MEASURED] = {
            "national_server_export_s": no_server,
            "national_server_rss_mb": no_server,
        }
    return figures


def measure(quick: bool) -> dict[str, Any]:
    """Quick: one run each, and a roll-up of 21 workshops (one per region) instead of 630."""
    with tempfile.TemporaryDirectory(prefix="hallbar-export-") as scratch:
        folder = Path(scratch)
        return {
            **large_workshop_figures(folder, 1 if quick else 5),
            **national_figures(folder, len(REGIONS) if quick else 630, 1 if quick else 3),
        }


if __name__ == "__main__":
    print(measure("--quick" in sys.argv))
