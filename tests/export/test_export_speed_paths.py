"""The exporters' fast paths write what the general ones would, without their per-value cost."""

from __future__ import annotations

import csv
import dataclasses
import threading
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from reportlab.lib.rl_accel import instanceStringWidthTTF

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import RatingTally
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.export import long_tables, pdf_text
from hallbar_desktop.export.table_sheet import (
    Column,
    Kind,
    TableData,
    TablesWorkbook,
    write_table_sheet,
)
from tests.export.conftest import convert_with_libreoffice

COLUMNS = (
    Column("Text", 20),
    Column("Tal", 8, Kind.INTEGER),
    Column("Datum", 12, Kind.DATE),
    Column("Tid", 17, Kind.DATETIME),
    Column("Lång", 30, Kind.LONG_TEXT),
)


def test_a_long_table_is_written_without_a_pass_through_openpyxl_per_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A roll-up's table of answers has hundreds of thousands of rows; the sheet takes them as
    written text, not one append (and a cell object per value) each, and they read back."""
    appended: list[object] = []
    append = WriteOnlyWorksheet.append
    monkeypatch.setattr(
        WriteOnlyWorksheet, "append", lambda sheet, row: (appended.append(row), append(sheet, row))
    )
    rows = [
        ["Region Ö & <B>", n, date(2026, 1, 1 + n % 28), datetime(2026, 2, 3, 4, 5), " kant "]
        for n in range(3000)
    ]
    book = Workbook(write_only=True)
    write_table_sheet(book, "Radata", TableData("Radata", COLUMNS, rows))
    book.save(tmp_path / "a.xlsx")

    assert len(appended) == 1  # the header
    read = list(openpyxl.load_workbook(tmp_path / "a.xlsx")["Radata"].iter_rows(values_only=True))
    assert read[0] == tuple(c.header for c in COLUMNS)
    # openpyxl reads a date cell back as a time at midnight.
    assert read[1:] == [(r[0], r[1], datetime(2026, 1, 1 + r[1] % 28), *r[3:]) for r in rows]


def test_a_row_with_a_value_of_another_kind_is_written_in_its_place(tmp_path: Path) -> None:
    """A value the fast path does not know (here a time and a Decimal) goes through openpyxl's
    own writer, between rows written by the fast path, which keep their order and styles;
    a text that is nothing but characters a file cannot hold leaves its cell empty."""
    rows = [
        ["först", 1, date(2026, 1, 1), None, "a"],
        ["udda", Decimal("2.5"), None, time(10, 30), "b\n\nc"],
        ["\x00\x01", True, None, None, None],
        ["sist", 3, date(2026, 1, 3), None, "d"],
    ]
    book = Workbook(write_only=True)
    write_table_sheet(book, "Blad", TableData("Blad", COLUMNS, rows))
    book.save(tmp_path / "b.xlsx")

    sheet = openpyxl.load_workbook(tmp_path / "b.xlsx")["Blad"]
    read = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in read] == ["först", "udda", None, "sist"]
    assert read[1][1] == 2.5 and read[1][3] == time(10, 30) and read[1][4] == "b\n\nc"
    assert read[2][1] == "Ja"
    assert read[3][:3] == ("sist", 3, datetime(2026, 1, 3))
    assert sheet["C5"].number_format == "yyyy-mm-dd"
    assert sheet["E3"].alignment.wrap_text
    assert sheet.row_dimensions[3].height == 45  # three lines of wrapped text


def test_a_tables_workbook_keeps_each_recurring_text_once(tmp_path: Path) -> None:
    """A roll-up repeats its organisation, workshop and statement on every row: the file holds
    each text once, in the shared strings, and its cells no reference but after an empty one;
    openpyxl and LibreOffice read every value back in its column, with its style."""
    rows = [
        [
            None if n % 4 == 0 else "Region Ö & <B>",
            None if n % 3 == 0 else n % 5,
            date(2026, 1, 1 + n % 28),
            None,
            " kant " if n % 2 else "\x00",
        ]
        for n in range(3000)
    ]
    rows.append(["sant", True, date(2026, 2, 1), None, "kant"])  # True is no 1, though equal
    book = TablesWorkbook()
    write_table_sheet(book, "Radata", TableData("Radata", COLUMNS, rows))
    book.save(tmp_path / "a.xlsx")

    with zipfile.ZipFile(tmp_path / "a.xlsx") as package:
        sheet_xml = package.read("xl/worksheets/sheet1.xml").decode()
        strings = package.read("xl/sharedStrings.xml").decode()
    assert "inlineStr" not in sheet_xml.split("</row>", 1)[1]  # the data rows
    assert strings.count("Region Ö &amp; &lt;B&gt;") == 1
    assert "<c r=" not in sheet_xml.split("</row>", 1)[1]  # a data row's cells follow on

    read = openpyxl.load_workbook(tmp_path / "a.xlsx")["Radata"]
    assert [list(r) for r in read.iter_rows(min_row=2, values_only=True)] == [
        [r[0], r[1], datetime.combine(r[2], time()), None, " kant " if n % 2 else None]
        for n, r in enumerate(rows[:-1])
    ] + [["sant", "Ja", datetime(2026, 2, 1), None, "kant"]]
    assert read["C3"].number_format == "yyyy-mm-dd" and read["B3"].number_format == "0"
    assert read["E3"].alignment.wrap_text

    convert_with_libreoffice(
        [tmp_path / "a.xlsx"], tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76"
    )
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as file:
        shown = list(csv.reader(file))[1:]
    assert [row[:3] for row in shown[:-1]] == [
        [r[0] or "", "" if r[1] is None else str(r[1]), r[2].isoformat()] for r in rows[:-1]
    ]
    assert [row[4] for row in shown[:-1]] == [" kant " if n % 2 else "" for n in range(3000)]
    assert shown[-1] == ["sant", "Ja", "2026-02-01", "", "kant"]


class _CountedWidths(dict[int, float]):
    looked_up = 0

    def get(self, *args: object) -> object:  # type: ignore[override]
        _CountedWidths.looked_up += 1
        return super().get(*args)  # type: ignore[call-overload]


def test_the_report_fonts_measure_a_word_once_and_as_reportlab_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """reportlab measures every word each time it wraps a paragraph, glyph by glyph; a report
    repeats its words thousands of times. The width stays reportlab's own, so lines break
    where they did."""
    # Made here rather than taken from the registry: reportlab hands out the font first
    # registered for a face, and another test registers DejaVu Sans under its own name.
    font = pdf_text._MeasuredFont(
        "MeasuredDejaVu", str(paths.fonts_dir() / pdf_text.PRIMARY.regular_file)
    )
    monkeypatch.setattr(font.face, "charWidths", _CountedWidths(font.face.charWidths))
    word = "förutsättningsområde-\u00e5tgärd"
    first = font.stringWidth(word, 8.5)
    looked_up = _CountedWidths.looked_up
    again, larger = font.stringWidth(word, 8.5), font.stringWidth(word, 12)
    assert _CountedWidths.looked_up == looked_up  # measured again without its glyphs
    assert again == first
    assert larger == instanceStringWidthTTF(font, word, 12)
    for text in ("Beroende", "ŋ đ ŧ", "", "Åtgärd 12: ta fram förslag", "\ufffd"):
        assert font.stringWidth(text, 9.5) == instanceStringWidthTTF(font, text, 9.5)
    assert font.stringWidth(b"Dalarna", 9.5) == instanceStringWidthTTF(font, "Dalarna", 9.5)


def test_a_roll_ups_answers_are_made_a_workshop_at_a_time_as_they_are_read(
    rollup_summaries: list[WorkshopSummary], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A national roll-up has 600 000 answers: its table of them is not held as lists, but
    made for one workshop at a time while it is written; it counts them, hand counts too."""
    counted = dataclasses.replace(
        rollup_summaries[0],
        tallies=(RatingTally(statement_code="A1", value=None, count=3),),
    )
    summaries = [counted, *rollup_summaries[1:]]
    made: list[str] = []
    rating_rows = long_tables.rating_rows
    monkeypatch.setattr(
        long_tables,
        "rating_rows",
        lambda summary, texts: (made.append(summary.workshop.title), rating_rows(summary, texts))[
            1
        ],
    )

    answers = long_tables.long_tables(summaries)["Radata"].rows
    assert made == []
    each = [r for s in summaries for r in rating_rows(s)]
    assert len(answers) == len(each) == sum(len(s.pseudonymous_ratings) for s in summaries) + 3
    first = iter(answers)
    assert next(first) == each[0]
    assert made == [summaries[0].workshop.title]
    assert list(answers) == each


def test_a_roll_ups_answers_as_runs_of_cells_are_the_same_rows_and_cells(
    rollup_summaries: list[WorkshopSummary], tmp_path: Path
) -> None:
    """The workbook writes the table of every answer a run of cells at a time (the workshop's,
    the answer's, the ids, the key): the runs hold the rows' values in order, hand counts and
    an answer to a statement the template lacks too, and the sheet reads back the same as one
    written a row at a time."""
    counted = dataclasses.replace(
        rollup_summaries[0],
        tallies=(RatingTally(statement_code="A1", value=2, count=2),),
    )
    unknown = dataclasses.replace(
        rollup_summaries[1],
        pseudonymous_ratings=(
            *rollup_summaries[1].pseudonymous_ratings,
            dataclasses.replace(rollup_summaries[1].pseudonymous_ratings[0], statement_code="Q9"),
        ),
    )
    summaries = [counted, unknown, *rollup_summaries[2:]]
    answers = long_tables.long_tables(summaries)["Radata"]
    flat = [[value for run in runs for value in run] for runs in answers.rows.runs()]
    assert flat == list(answers.rows)
    assert any(row[8] == "Q9" and row[9] is None for row in flat)

    def written(rows: object) -> list[tuple[object, ...]]:
        workbook = TablesWorkbook()
        write_table_sheet(workbook, "Svar", dataclasses.replace(answers, rows=rows))
        path = tmp_path / f"{type(rows).__name__}.xlsx"
        workbook.save(path)
        return list(openpyxl.load_workbook(path, read_only=True)["Svar"].values)

    by_runs = written(answers.rows)
    assert by_runs == written(list(answers.rows))  # a plain list has no runs
    assert len(by_runs) == len(flat) + 1


def _two_table_sheets(book: Workbook) -> None:
    big = [["Region Ö & <B>", n, date(2026, 1, 1 + n % 28), None, f"rad {n}"] for n in range(40000)]
    small = [["Gotland", n, None, datetime(2026, 2, 3, 4, 5), "kort"] for n in range(5)]
    write_table_sheet(book, "Stor", TableData("Stor", COLUMNS, big))
    write_table_sheet(book, "Liten", TableData("Liten", COLUMNS, small))


def test_a_workbook_given_its_file_deflates_each_sheet_while_the_next_are_written(
    tmp_path: Path,
) -> None:
    """Given the file it will be saved as, a table sheet goes into the file (deflated on a
    thread of its own, as it grows) while the next sheets are made; the file holds the same
    sheets, cells and parts as one whose sheets all wait for the save, and LibreOffice
    opens it."""
    waited = tmp_path / "waited.xlsx"
    book = TablesWorkbook()
    _two_table_sheets(book)
    book.save(waited)

    early = tmp_path / "early.xlsx"
    with TablesWorkbook(early) as book:
        _two_table_sheets(book)
        assert early.exists()  # the first sheet is going into it already
        book.save(early)

    with zipfile.ZipFile(early) as made, zipfile.ZipFile(waited) as expected:
        assert sorted(made.namelist()) == sorted(expected.namelist())
        for name in expected.namelist():
            if name != "docProps/core.xml":  # holds the time it was saved
                assert made.read(name) == expected.read(name), name
    assert not [t for t in threading.enumerate() if t.name == "hallbar-deflate"]
    convert_with_libreoffice([early], tmp_path / "lo", "csv")
    converted = (tmp_path / "lo" / "early.csv").read_bytes().splitlines()  # the first sheet
    assert converted[0].startswith(b"Text,Tal,Datum") and len(converted) == 40001
    assert converted[-1].endswith(b",rad 39999")


def test_an_export_that_fails_between_sheets_lets_go_of_its_file(tmp_path: Path) -> None:
    """A failure after a sheet went into the file (here, a second sheet of the same name)
    leaves no thread waiting for more of it and the file closed, so the caller can remove
    it; a part that could not be deflated is said by the save."""
    target = tmp_path / "broken.xlsx"
    with pytest.raises(ValueError), TablesWorkbook(target) as book:
        _two_table_sheets(book)
        write_table_sheet(book, "Stor", TableData("Stor", COLUMNS, [["x", 1, None, None, "y"]]))
    assert not [t for t in threading.enumerate() if t.name == "hallbar-deflate"]
    target.unlink()

    gone = tmp_path / "gone.xlsx"
    with TablesWorkbook(gone) as book:
        write_table_sheet(book, "Stor", TableData("Stor", COLUMNS, [["x", 1, None, None, "y"]]))
        sheet = book.worksheets[0]
        with pytest.raises(FileNotFoundError):
            # The sheet's own file removed under it (a cleaner, a full temporary folder).
            Path(sheet._writer.out).unlink(missing_ok=True)
            write_table_sheet(book, "Mer", TableData("Mer", COLUMNS, []))
            book.save(gone)


def test_a_workbook_deflates_early_only_inside_with_and_refuses_to_save_a_sheet_left_unfinished(
    tmp_path: Path,
) -> None:
    """Outside ``with`` nothing lets go of the file if an export fails, so the sheets wait for
    the save; and a save after a caught failure in the middle of a sheet is refused (its rows
    would stop short) and leaves no thread waiting for the rest of it."""
    target = tmp_path / "plain.xlsx"
    book = TablesWorkbook(target)
    _two_table_sheets(book)
    assert not target.exists()
    assert not [t for t in threading.enumerate() if t.name == "hallbar-deflate"]
    book.save(target)
    assert openpyxl.load_workbook(target, read_only=True).sheetnames == ["Stor", "Liten"]

    class Broken(list[list[object]]):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield ["x", 1, None, None, "y"]
            raise OSError("the disk went away")

    caught = tmp_path / "caught.xlsx"
    with TablesWorkbook(caught) as book:
        with pytest.raises(OSError):
            write_table_sheet(book, "Halv", TableData("Halv", COLUMNS, Broken([["x"]] * 2)))
        with pytest.raises(ValueError):
            book.save(caught)
    assert not [t for t in threading.enumerate() if t.name == "hallbar-deflate"]
