"""Export speed: our exporters against bare openpyxl/reportlab, and a 600-workshop roll-up.

Not a test: run `.venv/bin/python benchmarks/export_speed.py` and read the figures. Targets:
a large workshop at most 1.5 × the bare libraries writing the same cells and rows, and a
roll-up of 600 workshops within 10 s and 400 MB peak memory (measured in a child process)."""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from itertools import zip_longest
from pathlib import Path
from uuid import UUID

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

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


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


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


def bench_large_workshop(folder: Path) -> None:
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

    ours_xlsx = best_of(3, lambda: _write_workshop(summary, SETTINGS, folder / "ours.xlsx"))
    bare_xlsx = best_of(3, bare_openpyxl)
    ours_pdf = best_of(
        3, lambda: write_workshop_report(summary, folder / "ours.pdf", SETTINGS, paths.fonts_dir())
    )
    bare_pdf = best_of(3, bare_reportlab)
    cells = sum(1 for rows in sheets for row in rows for value in row if value is not None)
    rows = sum(len(rows) for rows in sheets)
    print("Large workshop (40 participants, 300 dependencies, 300 actions), best of 3:")
    print(
        f"  xlsx: ours {ours_xlsx:.2f} s, bare write-only openpyxl {bare_xlsx:.2f} s "
        f"(the same {cells} cells in the same {rows} rows, unstyled), "
        f"ratio {ours_xlsx / bare_xlsx:.2f}"
    )
    print(
        f"  pdf:  ours {ours_pdf:.2f} s, bare reportlab table {bare_pdf:.2f} s, "
        f"ratio {ours_pdf / bare_pdf:.2f}"
    )


def fill_database(db: Path, count: int) -> None:
    """``count`` demo-sized workshops across the 21 regions, a third of them follow-ups."""
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
        contents = demo_contents(template, TODAY - timedelta(days=rng.randint(0, 900)))
        ratings = tuple(
            dataclasses.replace(r, value=rng.choice([None, 1, 2, 3, 4, 5]))
            for r in contents.ratings
        )
        follows = previous.get(region) if n % 3 == 2 else None
        workshop = dataclasses.replace(
            contents.workshop,
            organisation=region,
            title=f"{contents.workshop.title} {n}",
            variant=Variant.FOLLOW_UP if follows else Variant.HALF_DAY,
            follows_up_id=follows,
        )
        stored = service.add_workshop(
            dataclasses.replace(contents, workshop=workshop, ratings=ratings)
        )
        previous[region] = stored.workshop.id
    store.close()


ROLLUP_CHILD = """
import sys, time, resource
from pathlib import Path
from hallbar_desktop.app import open_services
targets = {
    name: Path(value) for name, value in zip(("xlsx", "pdf", "csv"), sys.argv[2:]) if value != "-"
}
start = time.perf_counter()
with open_services(Path(sys.argv[1]), create_if_missing=False) as services:
    ids = services.exports.select()
    services.exports.export(ids, rollup=True, **targets)
elapsed = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(ids)} {elapsed:.2f} {peak_mb:.0f}")
"""


def _rollup_run(db: Path, xlsx: Path | None, pdf: Path | None, csv: Path | None) -> list[str]:
    """One export in a process of its own, so that its peak RSS is its own."""
    result = subprocess.run(
        [sys.executable, "-c", ROLLUP_CHILD, str(db), *(str(p or "-") for p in (xlsx, pdf, csv))],
        capture_output=True,
        text=True,
    )
    if result.returncode:
        print(f"  failed: {result.stderr.strip().splitlines()[-1][:200]}")
        return ["-", "-", "-"]
    return result.stdout.split()


def bench_rollup(folder: Path, count: int = 630) -> None:
    """The national worst case (21 regions × 30 workshops): the workbook alone, with its long
    tables (every answer, check and note), the workbook with the CSV files, and the report."""
    # Storing the workshops takes minutes, so the database is kept between runs.
    db = Path(tempfile.gettempdir()) / f"hallbar-bench-{count}.sqlite3"
    if not db.exists():
        start = time.perf_counter()
        fill_database(db, count)
        print(f"Roll-up: stored {count} workshops in {time.perf_counter() - start:.1f} s")
    xlsx, pdf, csv = folder / "rollup.xlsx", folder / "rollup.pdf", folder / "csv"
    print(f"Roll-up of {count} workshops, including loading (targets ≤ 10 s, ≤ 400 MB):")
    n, elapsed, peak = _rollup_run(db, xlsx, None, None)
    size = xlsx.stat().st_size // 1024 if xlsx.exists() else 0
    print(f"  xlsx ({size} kB): {n} workshops, {elapsed} s, peak RSS {peak} MB")
    n, elapsed, peak = _rollup_run(db, xlsx, None, csv)
    csv_kb = sum(f.stat().st_size for f in csv.glob("*.csv")) // 1024
    print(f"  xlsx and csv ({csv_kb} kB): {n} workshops, {elapsed} s, peak RSS {peak} MB")
    n, elapsed, peak = _rollup_run(db, None, pdf, None)
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    page_count = next(
        (line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?"
    )
    print(f"  pdf ({page_count} pages): {n} workshops, {elapsed} s, peak RSS {peak} MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bench_large_workshop(folder)
        bench_rollup(folder)


if __name__ == "__main__":
    main()
