"""The exporters' fast paths write what the general ones would, without their per-value cost."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from hallbar_desktop.export.table_sheet import Column, Kind, TableData, write_table_sheet

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
