"""The workbook and CSV files in English: every word the export writes, its numbers and dates."""

from __future__ import annotations

import csv
import dataclasses
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from babel.messages.pofile import read_po

import build_installer
from hallbar_desktop import paths
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.dependency import DependencyCategory
from hallbar_desktop.domain.export_settings import ExportSettings, Selection
from hallbar_desktop.domain.follow_up_comparison import compare_follow_up
from hallbar_desktop.domain.readiness import RatingTally, ReadinessTemplate
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.export.csv_files import write_rollup_csv, write_workshop_csv
from hallbar_desktop.export.workbook import write_rollup_workbook, write_workshop_workbook
from hallbar_desktop.export.writers import CsvWriter, PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.workshop_with_every_part import workshop_with_every_part

ENGLISH = ExportSettings(
    exported_at=datetime(2026, 11, 26, 10, 30), app_version="0.1.0", language="en"
)
SWEDISH = dataclasses.replace(ENGLISH, language="sv")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# A Swedish source text shorter than this may be an English word too ("Min", "Max", "text").
SHORTEST_CHECKED = 4


def _contents(template: ReadinessTemplate, **changes: Any) -> WorkshopContents:
    """The factory's workshop, with a hand count and a note grouped under a dependency type
    (so the Show of hands rows and the notes' Type column are written too)."""
    contents = workshop_with_every_part(template)
    (note,) = contents.notes
    return dataclasses.replace(
        contents,
        workshop=dataclasses.replace(contents.workshop, **changes),
        notes=(dataclasses.replace(note, cluster=DependencyCategory.DECISION.label),),
        tallies=(
            RatingTally(statement_code=template.statements[0].code, value=4, count=2),
            RatingTally(statement_code=template.statements[0].code, value=None, count=1),
        ),
    )


def _first_and_follow_up(template: ReadinessTemplate) -> tuple[WorkshopSummary, WorkshopSummary]:
    first = _contents(template)
    follow_up = _contents(
        template, variant=Variant.FOLLOW_UP, follows_up_id=first.workshop.id, title="Uppföljning"
    )
    return summarize(first, TODAY), summarize(follow_up, TODAY)


def _user_data(summaries: list[WorkshopSummary]) -> list[str]:
    """Every text the users or the template wrote, longest first: the export keeps it as it
    is, so it is taken out of a cell before the cell is checked for Swedish."""
    found: set[str] = set()
    for summary in summaries:
        contents = [
            summary.workshop,
            *summary.participants,
            *(line.dependency for line in summary.dependencies),
            *(line.action for line in summary.actions),
            *summary.prerequisite_checks,
            *summary.success_factors,
            *summary.notes,
        ]
        for item in contents:
            for field in dataclasses.fields(item):
                value = getattr(item, field.name)
                if isinstance(value, str):
                    found.add(value)
        for group in summary.dimensions:
            if group.group_score:
                found.add(group.group_score.comment)
        template = summary.template
        found |= {template.name, template.dont_know_label, *template.sources}
        for anchor in template.scale:
            found |= {anchor.label, anchor.label.lower(), anchor.description.lower()}
        for dimension in template.dimensions:
            found |= {dimension.label, *(s.text for s in dimension.statements)}
            for anchor in template.scale_of(dimension):
                found |= {anchor.label, anchor.description.lower()}
    return sorted((text for text in found if text.strip()), key=len, reverse=True)


def _swedish_sources() -> list[str]:
    """The catalogue's Swedish texts that English writes differently, split at their
    placeholders (a text with {names} is checked piece by piece; a piece the English keeps,
    such as "version", is not one)."""
    with build_installer.gettext_po("en").open("rb") as stream:
        catalogue = read_po(stream)
    pieces: set[str] = set()
    for message in catalogue:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(forms):
            continue  # not translated yet: the catalogue's own test names it
        for source in sources:
            for piece in re.split(r"\{[a-z_]*\}", source):
                piece = piece.strip(" ,.:;()–-/")
                if len(piece) >= SHORTEST_CHECKED and not any(piece in form for form in forms):
                    pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


def _texts_of(workbook: Path) -> Iterator[tuple[str, str]]:
    """(where, text) for every sheet name and every text cell of every sheet."""
    book = openpyxl.load_workbook(workbook)
    for sheet in book.worksheets:
        yield "sheet name", sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield f"{sheet.title}!{cell.coordinate}", cell.value


def _swedish_left(texts: Iterator[tuple[str, str]], user_data: list[str]) -> list[tuple]:
    sources = _swedish_sources()
    patterns = [(s, re.compile(rf"(?<!\w){re.escape(s)}(?!\w)")) for s in sources]
    found = []
    for where, text in texts:
        rest = UUID.sub(" ", text)
        for data in user_data:
            rest = rest.replace(data, " ")
        for source, pattern in patterns:
            if pattern.search(rest):
                found.append((where, text, source))
                break
    return found


@pytest.fixture
def english_files(tmp_path: Path, template: ReadinessTemplate) -> dict[str, Any]:
    first, follow_up = _first_and_follow_up(template)
    blank = summarize(_contents(template, organisation=""), TODAY)
    summaries = [first, follow_up, blank]
    named = dataclasses.replace(ENGLISH, include_names=True)
    selected = dataclasses.replace(
        ENGLISH, selection=Selection("Region", date(2026, 1, 1), date(2026, 12, 31))
    )
    files = {
        "workshop": tmp_path / "follow-up.xlsx",
        "rollup": tmp_path / "all.xlsx",
        "csv": tmp_path / "csv",
        "rollup_csv": tmp_path / "all-csv",
    }
    comparison = compare_follow_up(first, follow_up)
    rollup = summarize_rollup(summaries, TODAY)
    write_workshop_workbook(follow_up, files["workshop"], named, comparison)
    write_rollup_workbook(rollup, files["rollup"], selected)
    write_workshop_csv(follow_up, files["csv"], named, comparison)
    write_rollup_csv(rollup, files["rollup_csv"], selected)
    return {**files, "user_data": _user_data(summaries), "summaries": summaries}


def test_an_english_workbook_has_english_sheets_and_headers(english_files: dict) -> None:
    book = openpyxl.load_workbook(english_files["workshop"])
    assert book.sheetnames == [
        "Overview",
        "Before and after",
        "Rating",
        "Rating_raw_data",
        "Dependencies",
        "Actions",
        "Prerequisites",
        "Notes",
        "About the data",
        "About the material",
    ]
    headers = [cell.value for cell in book["Dependencies"][1]]
    assert headers[:8] == [
        "Organisation",
        "Workshop",
        "Date",
        "No.",
        "Type of dependency",
        "Title",
        "Description",
        "Where is the dependency?",
    ]
    assert headers[-2:] == ["Workshop ID", "Dependency ID"]
    assert book.properties.creator.startswith("Sustainable change ")  # as the window says
    rollup = openpyxl.load_workbook(english_files["rollup"])
    assert rollup.sheetnames[:2] == ["Overview", "Comparison"]
    assert "Rating" not in rollup.sheetnames  # a roll-up has no per-workshop summary sheet


@pytest.mark.parametrize("name", ["workshop", "rollup"])
def test_no_swedish_is_left_in_an_english_workbook_but_the_users_data(
    english_files: dict, name: str
) -> None:
    left = _swedish_left(_texts_of(english_files[name]), english_files["user_data"])
    assert not left, left[:10]


def test_the_english_workbooks_words_are_english(english_files: dict) -> None:
    book = openpyxl.load_workbook(english_files["workshop"])
    raw = [[c.value for c in row] for row in book["Rating_raw_data"].iter_rows(min_row=2)]
    participants = {row[4] for row in raw}
    assert participants == {"Participant 1", "Show of hands"}
    assert {row[11] for row in raw} >= {"Don't know", "4"}
    assert {row[7] for row in raw} == {"Yes", "No"}  # in readiness, or vulnerability
    notes = [c.value for c in book["Notes"][2]]
    assert notes[3] == "Dependencies"
    assert notes[6:8] == ["Beslutsberoende", "Decision dependency"]
    overview = {row[0].value: row[1].value for row in book["Overview"].iter_rows() if row[0].value}
    assert overview["Type of workshop"] == "Follow-up"
    assert overview["Of them done"] == "0 of 1"
    assert overview["The earlier workshop's actions"] == "1 action"
    rollup = openpyxl.load_workbook(english_files["rollup"])
    facts = {row[0].value: row[1].value for row in rollup["Overview"].iter_rows() if row[0].value}
    assert facts["No organisation"].startswith("1 workshop, 1 dependency, 1 action, of which")
    comparison = [c.value for c in rollup["Comparison"][1]]
    assert comparison[6].startswith(f"{english_files['summaries'][0].template.dimensions[0].code} ")
    assert any(h.startswith("Before: ") for h in comparison)
    assert any(h.startswith("Change: ") for h in comparison)
    about = [[c.value for c in row] for row in rollup["About the data"].iter_rows(min_row=2)]
    # What the file holds of the participants first, then the selection (issue 19).
    assert about[0][:3] == ["Personal data", None, "Personal data in the file"]
    assert about[1][:4] == ["Selection", None, "Organisation", "Region"]
    assert about[2][3] == date(2026, 1, 1).isoformat()
    assert {row[3] for row in about[4:]} <= {
        "text",
        "integer",
        "decimal number",
        "date (YYYY-MM-DD)",
        "date and time (YYYY-MM-DD HH:MM, local time)",
        "text (traffic light)",
        "signed decimal number (after minus before)",
    }


def test_the_english_tables_lists_and_lights_speak_english(english_files: dict) -> None:
    """Excel's tables take their column names from the header, the status lists offer the
    English labels, and the traffic light colours a cell by its English word."""
    book = openpyxl.load_workbook(english_files["workshop"])
    names = set()
    for sheet in book.worksheets:
        for table in sheet.tables.values():
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", table.displayName)
            names.add(table.displayName)
            columns = [c.name for c in table.tableColumns]
            assert len(set(columns)) == len(columns), columns
    assert {"Dependencies", "Actions", "RawRatings", "Prerequisites", "Notes"} <= names
    lists = [v.formula1 for v in book["Actions"].data_validations.dataValidation]
    assert any('"Not started,' in f and "In progress" in f for f in lists), lists
    assert book["Actions"].data_validations.dataValidation[0].error.startswith("Choose")
    rules = [
        rule.formula[0]
        for area in book["Prerequisites"].conditional_formatting
        for rule in area.rules
    ]
    assert {'F2="Red"', 'F2="Yellow"', 'F2="Green"'} <= set(rules)
    with zipfile.ZipFile(english_files["workshop"]) as package:
        sheet = package.read("xl/worksheets/sheet2.xml").decode()
    assert "Page &amp;P of &amp;N" in sheet


def test_numbers_and_dates_are_the_same_cells_in_both_languages(
    tmp_path: Path, template: ReadinessTemplate
) -> None:
    """Numbers stay numbers (Excel shows the decimal mark of the reader's locale) and dates
    stay dates in ISO format: only the words differ between the languages."""
    first, follow_up = _first_and_follow_up(template)
    comparison = compare_follow_up(first, follow_up)
    swedish, english = tmp_path / "sv.xlsx", tmp_path / "en.xlsx"
    write_workshop_workbook(follow_up, swedish, SWEDISH, comparison)
    write_workshop_workbook(follow_up, english, ENGLISH, comparison)
    sv_book, en_book = openpyxl.load_workbook(swedish), openpyxl.load_workbook(english)
    assert len(sv_book.sheetnames) == len(en_book.sheetnames)
    for sv_sheet, en_sheet in zip(sv_book.worksheets, en_book.worksheets, strict=True):
        sv_cells = list(sv_sheet.iter_rows())
        en_cells = list(en_sheet.iter_rows())
        assert len(sv_cells) == len(en_cells)
        for sv_row, en_row in zip(sv_cells, en_cells, strict=True):
            for sv, en in zip(sv_row, en_row, strict=True):
                assert sv.number_format == en.number_format
                if not isinstance(sv.value, str):
                    assert sv.value == en.value, (sv_sheet.title, sv.coordinate)
    decimal = [c for row in en_book["Rating"].iter_rows(min_row=2) for c in row if c.column == 9]
    assert decimal
    assert all(isinstance(c.value, int | float) and c.number_format == "0.0" for c in decimal)
    assert en_book["Actions"]["N2"].number_format == "yyyy-mm-dd"


def test_the_swedish_workbook_stays_swedish(tmp_path: Path, template: ReadinessTemplate) -> None:
    first, follow_up = _first_and_follow_up(template)
    target = tmp_path / "sv.xlsx"
    write_workshop_workbook(follow_up, target, SWEDISH, compare_follow_up(first, follow_up))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "Översikt",
        "Före och efter",
        "Skattning",
        "Skattning_rådata",
        "Beroenden",
        "Åtgärder",
        "Förutsättningar",
        "Lappar",
        "Om data",
        "Om underlaget",
    ]
    assert [c.value for c in book["Beroenden"][1]][3:5] == ["Nr", "Typ av beroende"]
    raw = [[c.value for c in row] for row in book["Skattning_rådata"].iter_rows(min_row=2)]
    assert {row[4] for row in raw} == {"Deltagare 1", "Handuppräckning"}
    assert "Vet ej" in {row[11] for row in raw}
    assert {t.displayName for t in book["Åtgärder"].tables.values()} == {"Atgarder"}


def _csv(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=delimiter))


def test_english_csv_files_have_english_names_headers_and_decimal_points(
    english_files: dict, tmp_path: Path, template: ReadinessTemplate
) -> None:
    folder = english_files["rollup_csv"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "about-data.csv",
        "actions.csv",
        "before-and-after.csv",
        "comparison.csv",
        "dependencies.csv",
        "notes.csv",
        "prerequisites.csv",
        "ratings.csv",
        "success-factors.csv",
    ]
    # Excel in English reads commas between the fields and points in the numbers.
    ratings = _csv(folder / "ratings.csv", ",")
    assert ratings[0][:5] == [
        "Organisation",
        "Workshop",
        "Date",
        "Type of workshop",
        "Participants",
    ]
    assert ratings[1][2] == "2026-11-12"
    comparison = _csv(folder / "comparison.csv", ",")
    means = [row[comparison[0].index("Overall readiness")] for row in comparison[1:]]
    assert all(re.fullmatch(r"\d\.\d+", mean) for mean in means), means
    left = _swedish_left(
        ((f"{p.name}:{n}", text) for p in folder.iterdir() for n, text in _cells(p)),
        english_files["user_data"],
    )
    assert not left, left[:10]
    # Swedish as before: semicolons and decimal commas.
    first, follow_up = _first_and_follow_up(template)
    rollup = summarize_rollup([first, follow_up], TODAY)
    write_rollup_csv(rollup, tmp_path / "sv", SWEDISH)
    swedish = _csv(tmp_path / "sv" / "jamforelse.csv", ";")
    mean = swedish[1][swedish[0].index("Beredskap totalt")]
    assert re.fullmatch(r"\d,\d+", mean), mean


def _cells(path: Path) -> Iterator[tuple[int, str]]:
    for number, row in enumerate(_csv(path, ","), 1):
        for text in row:
            yield number, text


def test_the_export_service_writes_the_files_in_the_language_asked_for(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    exports = ExportService(
        service._store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        csv=CsvWriter(),
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
    )
    workshop_id = service.add_workshop(_contents(template)).workshop.id
    exports.export([workshop_id], xlsx=tmp_path / "en.xlsx", csv=tmp_path / "en", language="en")
    exports.export([workshop_id], xlsx=tmp_path / "sv.xlsx")
    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames[0] == "Overview"
    assert (tmp_path / "en" / "dependencies.csv").exists()
    assert openpyxl.load_workbook(tmp_path / "sv.xlsx").sheetnames[0] == "Översikt"


@pytest.mark.parametrize("name", ["workshop", "rollup"])
def test_no_english_header_breaks_inside_a_word(english_files: dict, name: str) -> None:
    """The widths suit the Swedish headers; where an English word is longer ("Participants"
    for "Deltagare") its column widens, so the word is not split over two lines."""
    book = openpyxl.load_workbook(english_files[name])
    narrow = []
    for sheet in book.worksheets:
        if not sheet.tables:
            continue  # a sheet of facts has no header row
        for cell in sheet[1]:
            if not isinstance(cell.value, str):
                continue
            text = cell.value
            for data in english_files["user_data"]:
                text = text.replace(data, " ")
            longest = max((len(word) for word in text.split()), default=0)
            if sheet.column_dimensions[cell.column_letter].width < longest:
                narrow.append((sheet.title, cell.value))
    assert not narrow
