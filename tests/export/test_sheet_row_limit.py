"""A table with more rows than an Excel sheet holds continues on sheets of its own."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.export import workbook
from hallbar_desktop.export.workbook import write_rollup_workbook
from tests.conftest import TODAY
from tests.export.conftest import SETTINGS, convert_with_libreoffice

SHEET = "Skattning_rådata"


def _answers(summary: WorkshopSummary) -> int:
    return len(summary.pseudonymous_ratings) + sum(t.count for t in summary.tallies)


def test_the_answers_continue_on_further_sheets_a_workshop_whole_on_each(
    rollup_summaries: list[WorkshopSummary], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel holds 1 048 576 rows a sheet; the table of every answer of some thousand
    workshops is longer, and Excel would cut it off on opening. Past the limit (here made
    small) the table continues on "Skattning_rådata 2" and on, each part a table of its own
    with the header, a workshop's answers never split between two; together they hold every
    row of the whole table, in order, and Om data describes each part."""
    rollup = summarize_rollup(rollup_summaries, TODAY)
    whole = tmp_path / "whole.xlsx"
    write_rollup_workbook(rollup, whole, SETTINGS)
    most = max(map(_answers, rollup_summaries)) + 1  # one workshop a sheet
    monkeypatch.setattr(workbook, "MAX_DATA_ROWS", most)
    split = tmp_path / "split.xlsx"
    write_rollup_workbook(rollup, split, SETTINGS)

    expected = list(openpyxl.load_workbook(whole, read_only=True)[SHEET].values)
    book = openpyxl.load_workbook(split)
    parts = [f"{SHEET} {n}" for n in range(1, len(rollup_summaries) + 1)]
    assert SHEET not in book.sheetnames
    assert [name for name in book.sheetnames if name.startswith(SHEET)] == parts
    rows: list[tuple[object, ...]] = []
    names = []
    for name, summary in zip(parts, rollup.summaries, strict=True):
        values = list(book[name].values)
        assert values[0] == expected[0]
        assert len(values) - 1 == _answers(summary) <= most
        assert {row[1] for row in values[1:]} == {summary.workshop.title}
        rows += values[1:]
        (table,) = book[name].tables.values()
        assert table.ref.endswith(str(len(values)))
        names.append(table.displayName)
    assert rows == expected[1:]
    assert len(set(names)) == len(names)
    described = {row[0] for row in book["Om data"].values}
    assert set(parts) <= described
    convert_with_libreoffice([split], tmp_path / "lo", "pdf")  # opens without complaint
    assert (tmp_path / "lo" / "split.pdf").stat().st_size > 0
