"""The report's pages: no table row left alone at a page break, sections kept together."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Spacer

from hallbar_desktop import paths
from hallbar_desktop.export.report_layout import (
    BODY_HEIGHT,
    TEXT_WIDTH,
    ReportDocument,
    data_table,
    register_fonts,
)
from tests.export.conftest import pdf_text


def _rows_per_page(pdf: Path, label: str) -> list[int]:
    return [page.count(label) for page in pdf_text(pdf).split("\f") if page.strip()]


@pytest.mark.parametrize("rows", [3, 12])
def test_no_page_holds_a_single_row_of_a_table(tmp_path: Path, rows: int) -> None:
    register_fonts(paths.fonts_dir())
    pdf = tmp_path / "t.pdf"
    # Push the table down the page step by step, so that every place a break can fall is met.
    for above in range(0, int(BODY_HEIGHT), 14):
        table = data_table(
            [(f"Rad{n:02d}", "text") for n in range(rows)],
            [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
            header=("Nr", "Text"),
        )
        ReportDocument(pdf, title="t", subject="t", running_header="t", author="t").build_story(
            [Spacer(1, above), table]
        )
        counts = [n for n in _rows_per_page(pdf, "Rad") if n]
        assert sum(counts) == rows
        assert 1 not in counts, f"a row alone on a page with {above} pt above the table"
