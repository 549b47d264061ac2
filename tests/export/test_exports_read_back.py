"""Exported files checked with real readers: openpyxl, pdftotext, pdffonts and LibreOffice."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.readiness import RatingTally, ReadinessTemplate
from hallbar_desktop.domain.summary import WorkshopSummary, summarize
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.services.demo_workshop import demo_contents
from tests.conftest import TODAY
from tests.export.conftest import (
    ExportBoth,
    convert_with_libreoffice,
    pdf_fonts,
    pdf_text,
)

SHEETS = [
    "Översikt",
    "Skattning",
    "Skattning_rådata",
    "Beroenden",
    "Åtgärder",
    "Förutsättningar",
    "Lappar",
    "Om data",
    "Om underlaget",
]


def _squash(text: str) -> str:
    return "".join(text.split())


def _column(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> list[object]:
    rows = list(sheet.iter_rows(values_only=True))
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


def test_every_title_in_the_workbook_is_in_the_report(exported: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(exported["demo.xlsx"])
    titles = _column(book["Beroenden"], "Rubrik") + _column(book["Åtgärder"], "Åtgärd")
    assert len(titles) == 22
    text = _squash(pdf_text(exported["demo.pdf"]))
    missing = [t for t in titles if _squash(str(t)) not in text]
    assert missing == []


def test_the_workshop_workbook_has_the_sheets_tables_and_types(exported: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(exported["demo.xlsx"])
    assert book.sheetnames == SHEETS
    for name in ("Skattning", "Skattning_rådata", "Beroenden", "Åtgärder", "Förutsättningar"):
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.tables, name
    actions = book["Åtgärder"]
    due = _column(actions, "Klart senast")
    assert all(isinstance(d, datetime) for d in due if d is not None)
    header = next(actions.iter_rows(max_row=1, values_only=True))
    assert actions.cell(row=2, column=header.index("Klart senast") + 1).number_format == (
        "yyyy-mm-dd"
    )
    validated = {str(v.formula1) for v in actions.data_validations.dataValidation}
    assert '"Ej påbörjad,Pågår,Klar,Pausad,Avbruten"' in validated
    assert '"Hög,Medel,Låg"' in validated
    # Sorted by priority, then deadline.
    ranks = {"Hög": 0, "Medel": 1, "Låg": 2}
    order = list(zip(_column(actions, "Prioritet"), due, strict=True))
    assert order == sorted(order, key=lambda p: (ranks[p[0]], p[1] or datetime.max))
    assert _column(actions, "Försenad").count("Ja") == 3
    means = _column(book["Skattning"], "Medelvärde")
    assert all(isinstance(m, int | float) for m in means)
    lights = set(_column(book["Skattning"], "Trafikljus"))
    assert lights <= {"Röd", "Gul", "Grön", None}
    assert book["Skattning"].conditional_formatting
    raw = book["Skattning_rådata"]
    assert set(_column(raw, "Deltagare")) == {f"Deltagare {n}" for n in range(1, 13)}
    assert len(_column(raw, "Deltagare")) == 180


def test_the_rollup_workbook_compares_before_and_after(
    exported: dict[str, Path], rollup_summaries: list[WorkshopSummary]
) -> None:
    book = openpyxl.load_workbook(exported["all.xlsx"])
    assert book.sheetnames == [
        "Översikt",
        "Jämförelse",
        "Före och efter",
        "Skattning_rådata",
        "Beroenden",
        "Åtgärder",
        "Förutsättningar",
        "Lappar",
        "Om data",
        "Om underlaget",
    ]
    comparison = book["Jämförelse"]
    assert _column(comparison, "Organisation") == [
        "Region Exempelland",
        "Region Exempelland",
        "Region Östra",
    ]
    follows = _column(comparison, "Följer upp workshop")
    assert follows.count(rollup_summaries[0].workshop.title) == 1
    changes = _column(comparison, "Förändring: A Förändringsvilja")
    assert [c for c in changes if c is not None] == [pytest.approx(0.0)]
    assert len(_column(book["Beroenden"], "Workshop")) == 36


@pytest.mark.parametrize("name", ["demo.xlsx", "all.xlsx"])
def test_no_cell_is_a_formula(exported: dict[str, Path], name: str) -> None:
    book = openpyxl.load_workbook(exported[name])
    formulas = [
        (sheet.title, cell.coordinate)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []


@pytest.mark.parametrize("name", ["demo.pdf", "all.pdf"])
def test_every_font_is_embedded_and_the_metadata_is_set(
    exported: dict[str, Path], name: str
) -> None:
    fonts = pdf_fonts(exported[name])
    assert fonts
    # Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
    assert all(row[-4] == "yes" for row in fonts), fonts
    raw = exported[name].read_bytes()
    assert b"/Lang (sv-SE)" in raw
    assert b"/Outlines" in raw and b"/First" in raw


def test_the_report_has_page_numbers_and_decimal_commas(exported: dict[str, Path]) -> None:
    text = pdf_text(exported["demo.pdf"])
    pages = text.split("\f")[:-1]
    assert f"Sida 2 av {len(pages)}" in pages[1]
    assert "2,8 av 5" in text
    assert "Sammanfattning" in pages[1]


def test_libreoffice_opens_every_exported_workbook(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    books = [exported["demo.xlsx"], exported["all.xlsx"]]
    convert_with_libreoffice(books, tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76,1")
    for book in books:
        csv = tmp_path / f"{book.stem}.csv"
        assert csv.exists(), f"LibreOffice could not read {book.name}"
        assert csv.stat().st_size > 100


HOSTILE = "=1+1 @SUM(A1) <b>fet</b> ŋ đ ŧ š ž č å ä ö "
CONTROL = "\x00\x07\x1b\x0b\x0c\x7f"


def _hostile(template: ReadinessTemplate) -> tuple[WorkshopSummary, dict[str, str]]:
    contents = demo_contents(template, TODAY)
    long_words = " ".join(f"ord{n}ŋđŧ" for n in range(1400))[:10_000]
    texts = {
        "title": "=1+1 <b>fet</b> ŋ đ ŧ",
        "dependency": "@SUM(A1) <script>x</script> ŋđŧ",
        "description": (HOSTILE * 300)[:10_000],
        "action": '=HYPERLINK("http://x") <i>š ž č</i>',
        "current_state": long_words,
    }
    workshop = dataclasses.replace(
        contents.workshop,
        title=texts["title"][:30] + CONTROL,
        current_state=texts["current_state"][:5000] + CONTROL + texts["current_state"][5000:],
    )
    dependency = Dependency(
        category=DependencyCategory.PERSON,
        title=texts["dependency"] + CONTROL,
        description=texts["description"][:2000] + "\x01\ud800" + texts["description"][2000:],
        impact=5,
        position=99,
    )
    action = Action(title=texts["action"] + CONTROL, dependency_ids=frozenset({dependency.id}))
    contents = dataclasses.replace(
        contents,
        workshop=workshop,
        dependencies=(*contents.dependencies, dependency),
        actions=(*contents.actions, action),
    )
    texts["title"] = texts["title"][:30]
    return summarize(contents, TODAY), texts


def _without_page_furniture(text: str, header: str) -> str:
    lines = [
        line
        for line in text.splitlines()
        if not re.fullmatch(r"Sida \d+ av \d+", line.strip()) and line.strip() != header
    ]
    return _squash("\n".join(lines))


def test_hostile_texts_read_back_exactly_in_both_formats(
    template: ReadinessTemplate, export_both: ExportBoth
) -> None:
    summary, texts = _hostile(template)
    xlsx, pdf = export_both(summary)

    book = openpyxl.load_workbook(xlsx)
    cells = {
        cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }
    assert all(
        cell.data_type != "f"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
    )
    for key, value in texts.items():
        assert value in cells, key

    header = f"Region Exempelland · {texts['title']}"
    text = _without_page_furniture(pdf_text(pdf), header)
    for key, value in texts.items():
        if key != "action":  # actions are listed by title in the plan table
            assert _squash(value) in text, key
    assert _squash(texts["action"]) in text
    assert "fet" in text and "<b>fet</b>" in pdf_text(pdf)
    assert all(row[-4] == "yes" for row in pdf_fonts(pdf))


def test_names_appear_only_when_asked_for(template: ReadinessTemplate, tmp_path: Path) -> None:
    from hallbar_desktop import paths
    from hallbar_desktop.export.workbook import write_workshop_workbook
    from hallbar_desktop.export.workshop_report import write_workshop_report
    from tests.export.conftest import SETTINGS

    contents = demo_contents(template, TODAY)
    named = tuple(
        dataclasses.replace(p, name=f"Namnsson{n}") if isinstance(p, Participant) else p
        for n, p in enumerate(contents.participants)
    )
    summary = summarize(dataclasses.replace(contents, participants=named), TODAY)
    for include in (False, True):
        settings = dataclasses.replace(SETTINGS, include_names=include)
        xlsx, pdf = tmp_path / f"{include}.xlsx", tmp_path / f"{include}.pdf"
        write_workshop_workbook(summary, xlsx, settings)
        write_workshop_report(summary, pdf, settings, paths.fonts_dir())
        with zipfile.ZipFile(xlsx) as archive:
            xml = "".join(archive.read(n).decode() for n in archive.namelist())
        assert ("Namnsson3" in xml) is include
        assert ("Namnsson3" in pdf_text(pdf)) is include


def test_date_cells_stay_dates(exported: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(exported["demo.xlsx"])
    held = dict(book["Översikt"].iter_rows(min_col=1, max_col=2, values_only=True))
    assert isinstance(held["Datum"], datetime)
    assert held["Datum"].date() == TODAY.replace(day=12) or isinstance(held["Datum"], date)


def test_hand_counts_and_action_dots_reach_the_workbook(
    template: ReadinessTemplate, export_both: ExportBoth
) -> None:
    contents = demo_contents(template, TODAY)
    contents = dataclasses.replace(
        contents,
        ratings=(),
        tallies=(
            RatingTally(statement_code="A1", value=4, count=3),
            RatingTally(statement_code="A1", value=5, count=2),
            RatingTally(statement_code="A1", value=None, count=1),
        ),
        actions=tuple(
            dataclasses.replace(a, votes=n) for n, a in enumerate(contents.actions, start=1)
        ),
    )
    xlsx, _pdf = export_both(summarize(contents, TODAY))
    book = openpyxl.load_workbook(xlsx)
    rows = list(book["Skattning_rådata"].iter_rows(values_only=True))[1:]
    header = next(book["Skattning_rådata"].iter_rows(max_row=1, values_only=True))
    who, code, value = (header.index(h) for h in ("Deltagare", "Kod", "Värde (1–5)"))
    assert [(r[who], r[code], r[value]) for r in rows] == [
        ("Handuppräckning", "A1", v) for v in (None, 4, 4, 4, 5, 5)
    ]
    skattning = list(book["Skattning"].iter_rows(values_only=True))
    a1 = dict(zip(skattning[0], skattning[1], strict=True))
    assert (a1["Kod"], a1["n"], a1["Median"], a1["Vet ej"]) == ("A1", 5, 4, 1)
    dots = _column(book["Åtgärder"], "Prickar")
    assert sorted(dots) == list(range(1, len(contents.actions) + 1))


def test_dependencies_carry_the_numbers_the_room_saw(
    exported: dict[str, Path], demo_summary: WorkshopSummary
) -> None:
    # The facilitator's table and matrix and the participant view number dependencies by their
    # place in the list; the workbook and the report must name them alike.
    by_position = sorted(
        (line.dependency for line in demo_summary.dependencies), key=lambda d: d.position
    )
    expected = {d.title: n for n, d in enumerate(by_position, start=1)}
    book = openpyxl.load_workbook(exported["demo.xlsx"])
    sheet = book["Beroenden"]
    numbers = dict(zip(_column(sheet, "Rubrik"), _column(sheet, "Nr"), strict=True))
    assert numbers == expected
    assert _column(sheet, "Nr") != sorted(expected.values())  # listed by priority, not number
    text = pdf_text(exported["demo.pdf"])
    first = by_position[0]
    # A table cell may wrap the title anywhere between its words.
    words = r"\s+".join(map(re.escape, first.title[:20].split()))
    assert re.search(rf"\b1\s+{words}", text)
