"""The workbook and CSV files a coordinator analyses: every note, a follow-up's before and after,
status beside overdue, counted words, print layout, long tables, "Om data" and CSV (issue 13)."""

from __future__ import annotations

import csv
import dataclasses
import os
import statistics
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.action import ActionStatus
from hallbar_desktop.domain.errors import ExportTargetError
from hallbar_desktop.domain.export_settings import Selection
from hallbar_desktop.domain.note import Note
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.export.csv_files import check_folder
from hallbar_desktop.export.writers import CsvWriter, PdfWriter, XlsxWriter
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY


@pytest.fixture
def exports(service: WorkshopService) -> ExportService:
    return ExportService(
        service._store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
        csv=CsvWriter(),
    )


def _add(service: WorkshopService, template: ReadinessTemplate, **changes: Any) -> UUID:
    contents = demo_contents(template, TODAY)
    workshop = dataclasses.replace(contents.workshop, **changes)
    return service.add_workshop(dataclasses.replace(contents, workshop=workshop)).workshop.id


def _rows(sheet: Any) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _facts(sheet: Any) -> dict[str, Any]:
    return {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r and r[0] is not None}


# --- finding 1: every brainstorm note ---------------------------------------------------


def test_every_note_is_in_the_workbook_also_those_without_dots(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _add(service, template)
    notes = service.contents(wid).notes
    assert any(n.votes == 0 for n in notes)
    exports.export([wid], xlsx=tmp_path / "en.xlsx")
    other = _add(service, template, organisation="Region Östra")
    exports.export([wid, other], xlsx=tmp_path / "alla.xlsx")

    for name, expected in (("en.xlsx", notes), ("alla.xlsx", notes * 2)):
        rows = _rows(openpyxl.load_workbook(tmp_path / name)["Lappar"])
        shown = sorted((r["Lapp"], r["Steg"], r["Grupp"], r["Prickar"]) for r in rows)
        assert shown == sorted(
            (n.text, n.step.label, n.cluster.strip() or None, n.votes) for n in expected
        )
    typed = [r for r in rows if r["Steg"] == WorkshopStep.DEPENDENCIES.label and r["Typ"]]
    assert typed and all(r["Typ"] == r["Grupp"] for r in typed)


# --- finding 2: a follow-up exported alone --------------------------------------------------


def test_a_follow_up_exported_alone_shows_before_and_after(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    first = _add(service, template, title="Första", held_on=date(2025, 11, 1))
    earlier = service.contents(first)
    done = earlier.actions[0]
    service.save_action(first, dataclasses.replace(done, status=ActionStatus.DONE))
    later = demo_contents(template, TODAY)
    code = template.dimensions[0].statements[0].code
    # Everyone answers the first statement one step higher than at the first workshop.
    raised = tuple(
        dataclasses.replace(r, value=min(5, r.value + 1))
        if r.statement_code == code and r.value is not None
        else r
        for r in later.ratings
    )
    later = dataclasses.replace(
        later,
        ratings=raised,
        workshop=dataclasses.replace(
            later.workshop, title="Uppföljningen", variant=Variant.FOLLOW_UP, follows_up_id=first
        ),
    )
    follow = service.add_workshop(later).workshop.id

    exports.export([follow], xlsx=tmp_path / "f.xlsx")

    book = openpyxl.load_workbook(tmp_path / "f.xlsx")
    facts = _facts(book["Översikt"])
    assert facts["Följer upp workshop"] == "Första"
    stored = service.contents(first)
    total = len(stored.actions)
    finished = sum(1 for a in stored.actions if a.status is ActionStatus.DONE)
    assert facts["Av dem klara"] == f"{finished} av {total}"
    assert facts["Andel klara"] == pytest.approx(finished / total)
    rows = _rows(book["Före och efter"])
    statement = next(r for r in rows if r["Nivå"] == "Påstående" and r["Kod"] == code)
    assert statement["Efter"] > statement["Före"]
    assert statement["Förändring"] == pytest.approx(statement["Efter"] - statement["Före"])
    assert statement["Bättre eller sämre"] == "Bättre"
    dimensions = {r["Dimensionskod"] for r in rows if r["Nivå"] == "Dimension"}
    assert dimensions == {d.code for d in template.dimensions}
    sheet = book["Före och efter"]
    change = [c.value for c in sheet[1]].index("Förändring") + 1
    assert sheet.cell(row=2, column=change).number_format.startswith("+0.0;")


# --- finding 4: status and overdue are two facts --------------------------------------------


def test_an_overdue_paused_action_keeps_its_status_beside_the_days_overdue(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _add(service, template)
    action = service.contents(wid).actions[0]
    late = dataclasses.replace(
        action, status=ActionStatus.PAUSED, start_on=None, due_on=TODAY - timedelta(days=9)
    )
    service.save_action(wid, late)

    exports.export([wid], xlsx=tmp_path / "en.xlsx")

    book = openpyxl.load_workbook(tmp_path / "en.xlsx")
    row = next(r for r in _rows(book["Åtgärder"]) if r["Åtgärds-id"] == str(action.id))
    assert (row["Status"], row["Försenad"], row["Dagar försenad"]) == ("Pausad", "Ja", 9)
    statuses = {r["Status"] for r in _rows(book["Åtgärder"])}
    assert "Försenad" not in statuses


# --- finding 6: counted words -----------------------------------------------------------


def test_the_rollup_overview_counts_in_the_right_number(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    one = _add(service, template, organisation="Region Ensam")
    contents = service.contents(one)
    for action in contents.actions[1:]:
        service.save_action(one, dataclasses.replace(action, status=ActionStatus.IN_PROGRESS))
    service.save_action(one, dataclasses.replace(contents.actions[0], status=ActionStatus.DONE))
    other = _add(service, template, organisation="Region Östra")

    exports.export([one, other], xlsx=tmp_path / "alla.xlsx")

    text = _facts(openpyxl.load_workbook(tmp_path / "alla.xlsx")["Översikt"])["Region Ensam"]
    assert text.startswith("1 workshop, ")
    assert "varav 1 klar " in text
    assert "workshoppar" not in text and "1 klara" not in text


# --- finding 7: layout, print, properties, formats, permissions -----------------------------


def test_the_workbook_prints_readably_and_says_what_it_is(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _add(service, template)
    exports.export([wid], xlsx=tmp_path / "en.xlsx")
    book = openpyxl.load_workbook(tmp_path / "en.xlsx")

    assert book.properties.title == service.contents(wid).workshop.title
    # Named as the window names the program (its title bar, About).
    assert book.properties.creator.startswith("Hållbar förändring ")
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.fitToHeight in (0, None), sheet.title  # never squeezed onto one page
        assert sheet.oddHeader.center.text == "&A"
    wide = book["Beroenden"]  # more than twenty columns
    header = [c.value for c in next(wide.iter_rows(max_row=1))]
    assert wide.page_setup.orientation == "landscape"
    assert not wide.sheet_properties.pageSetUpPr.fitToPage
    assert wide.page_setup.scale and wide.page_setup.scale >= 70
    assert wide.print_title_rows == "$1:$1" or wide.print_title_rows == "1:1"
    assert book["Översikt"].sheet_properties.pageSetUpPr.fitToPage  # two columns fit a page
    # The keys at the end (Workshop-id, Beroende-id) are for Power Query, not for paper.
    last_printed = wide.print_area.split(":")[-1].lstrip("$").rstrip("0123456789$")
    printed_headers = header[: openpyxl.utils.column_index_from_string(last_printed)]
    assert printed_headers[-1] == "Ändrad" and "Workshop-id" not in printed_headers
    assert book["Skattning_rådata"].print_title_cols == "$A:$C"  # where a row comes from
    # Wrapped text gets a row tall enough for its lines.
    rows = list(wide.iter_rows(min_row=2))
    description = header.index("Beskrivning")
    for row in rows:
        text = row[description].value or ""
        if len(text) > 2 * 60:
            assert (wide.row_dimensions[row[0].row].height or 15) >= 45, text
    # Dates without a time; an SD beside the spread flag.
    actions = book["Åtgärder"]
    due = [c.value for c in next(actions.iter_rows(max_row=1))].index("Klart senast") + 1
    assert "h" not in actions.cell(row=2, column=due).number_format
    skattning = [c.value for c in next(book["Skattning"].iter_rows(max_row=1))]
    assert skattning.index("Standardavvikelse") + 1 == skattning.index("Spridning att diskutera")


def test_exported_files_get_the_users_normal_permissions(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _add(service, template)
    old = os.umask(0o022)
    try:
        exports.export(
            [wid], xlsx=tmp_path / "en.xlsx", pdf=tmp_path / "en.pdf", csv=tmp_path / "csv"
        )
    finally:
        os.umask(old)
    files = [tmp_path / "en.xlsx", tmp_path / "en.pdf", *(tmp_path / "csv").glob("*.csv")]
    assert {oct(f.stat().st_mode & 0o777) for f in files} == {oct(0o644)}


# --- build 2: long tables, "Om data", vulnerability, the pivot ------------------------------


def test_a_pivot_of_the_ratings_gives_the_comparison_sheets_means(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    first = _add(service, template)
    other = _add(service, template, organisation="Region Östra")
    follow = _add(service, template, variant=Variant.FOLLOW_UP, follows_up_id=first)
    exports.export(
        [first, other, follow],
        xlsx=tmp_path / "alla.xlsx",
        selection=Selection("region exempelland", date(2020, 1, 1), None),
    )
    book = openpyxl.load_workbook(tmp_path / "alla.xlsx")
    ratings = _rows(book["Skattning_rådata"])
    assert {r["Svar"] for r in ratings} <= {"1", "2", "3", "4", "5", "Vet ej"}
    assert all((r["Svar"] == "Vet ej") == (r["Värde (1–5)"] is None) for r in ratings)

    # The pivot: the mean per workshop and statement, then per workshop and dimension.
    answers: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for r in ratings:
        if r["Värde (1–5)"] is not None:
            answers[(r["Workshop-id"], r["Dimensionskod"], r["Kod"])].append(r["Värde (1–5)"])
    per_statement: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (workshop, dimension, _code), values in answers.items():
        per_statement[(workshop, dimension)].append(statistics.fmean(values))
    pivot = {key: statistics.fmean(means) for key, means in per_statement.items()}

    comparison = _rows(book["Jämförelse"])
    checked = 0
    for row in comparison:
        for dimension in template.dimensions:
            header = (
                f"{dimension.code} {dimension.label}"
                if dimension.in_readiness
                else f"Sårbarhet: {dimension.code} {dimension.label} (högre är sämre)"
            )
            assert row[header] == pytest.approx(pivot[(row["Workshop-id"], dimension.code)])
            checked += 1
    assert checked == 3 * len(template.dimensions)
    # A follow-up and its first workshop stay two rows; the change is beside the follow-up.
    assert [r["Typ av workshop"] for r in comparison].count(Variant.FOLLOW_UP.label) == 1

    about = _rows(book["Om data"])
    explained = {(r["Blad"], r["Kolumn"]) for r in about}
    for sheet in book.worksheets:
        for table in sheet.tables.values():
            for column in table.tableColumns:
                assert (sheet.title, column.name) in explained or sheet.title == "Om data"
    assert all(r["Beskrivning"] for r in about), [r for r in about if not r["Beskrivning"]]
    urval = {r["Kolumn"]: r["Innehåll"] for r in about if r["Blad"] == "Urval"}
    assert urval == {
        "Organisation": "region exempelland",
        "Från och med": "2020-01-01",
        "Till och med": "Inget",
    }


# --- build 3: CSV ----------------------------------------------------------------------------


def test_csv_files_open_in_swedish_excel(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    first = _add(service, template)
    other = _add(service, template, organisation="Region Östra")
    folder = tmp_path / "tabeller"
    exports.export([first, other], csv=folder)

    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        f"{n}.csv"
        for n in (
            "jamforelse",
            "skattningar",
            "beroenden",
            "atgarder",
            "forutsattningar",
            "framgangsfaktorer",
            "lappar",
            "om-data",
        )
    )
    raw = (folder / "skattningar.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs for UTF-8
    with (folder / "skattningar.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    stored = [service.contents(first), service.contents(other)]
    assert len(rows) == sum(len(c.ratings) for c in stored)
    assert {r["Organisation"] for r in rows} == {"Region Exempelland", "Region Östra"}
    with (folder / "jamforelse.csv").open(encoding="utf-8-sig", newline="") as file:
        comparison = list(csv.DictReader(file, delimiter=";"))
    total = comparison[0]["Beredskap totalt"]
    assert "," in total and "." not in total  # decimal comma
    assert comparison[0]["Datum"] == stored[0].workshop.held_on.isoformat()
    with (folder / "om-data.csv").open(encoding="utf-8-sig", newline="") as file:
        about = list(csv.DictReader(file, delimiter=";"))
    # First what the files hold of the participants (issue 19), then the selection, then
    # every column of every file.
    assert (about[0]["Kolumn"], about[0]["Innehåll"]) == (
        "Personuppgifter i filen",
        "Inga personuppgifter om deltagarna (alias som Deltagare 1…n). Exporterad utan "
        "personuppgifter: deltagarnas namn och roller, alias som någon har skrivit in, "
        "processledarens namn och vem som skrev vad är borttagna.",
    )
    described = {r["Fil"] for r in about if r["Blad"] not in ("Urval", "Personuppgifter")}
    assert described == set(names) - {"om-data.csv"}


@pytest.mark.parametrize("kind", ["a file", "a missing parent"])
def test_a_bad_csv_folder_is_one_line_and_writes_nothing(
    service: WorkshopService, template: ReadinessTemplate, db_path: Path, tmp_path: Path, kind: str
) -> None:
    wid = _add(service, template)
    target = tmp_path / "tabeller"
    if kind == "a file":
        target.write_text("inte en mapp")
    else:
        target = tmp_path / "saknas" / "tabeller"
    before = sorted(tmp_path.rglob("*"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "hallbar_desktop",
            "export",
            "--db",
            str(db_path),
            str(wid),
            "--csv",
            str(target),
            "--xlsx",
            str(tmp_path / "en.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert sorted(tmp_path.rglob("*")) == before


def test_the_csv_folder_holds_the_workbooks_long_tables_row_for_row(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    wid = _add(service, template)
    service.save_note(
        wid, Note(step=WorkshopStep.ACTIONS, text="=1+1 ingen prickade mig", position=99)
    )
    contents = service.contents(wid)
    exports.export([wid], xlsx=tmp_path / "en.xlsx", csv=tmp_path / "csv")
    book = openpyxl.load_workbook(tmp_path / "en.xlsx")
    for sheet, stem in (("Skattning_rådata", "skattningar"), ("Lappar", "lappar")):
        with (tmp_path / "csv" / f"{stem}.csv").open(encoding="utf-8-sig", newline="") as file:
            from_csv = list(csv.reader(file, delimiter=";"))
        from_book = list(book[sheet].iter_rows(values_only=True))
        assert from_csv[0] == list(from_book[0])
        assert len(from_csv) == len(from_book)
    assert len(_rows(book["Skattning_rådata"])) == len(contents.ratings) + sum(
        t.count for t in contents.tallies
    )


def test_a_csv_target_that_is_a_file_is_said_in_either_language(tmp_path: Path) -> None:
    target = tmp_path / "tabeller"
    target.write_text("inte en mapp")
    with pytest.raises(ExportTargetError) as refused:
        check_folder(target)
    assert error_message(refused.value) == f"{target} är en fil. Ange en mapp för CSV-filerna."
    assert (
        error_message(refused.value, "en")
        == f"{target} is a file. Enter a folder for the CSV files."
    )
    with pytest.raises(ExportTargetError) as missing:
        check_folder(tmp_path / "saknas" / "tabeller")
    assert error_message(missing.value) == (
        f"Mappen {tmp_path / 'saknas'} finns inte, så {tmp_path / 'saknas' / 'tabeller'} kan inte "
        "skapas."
    )
