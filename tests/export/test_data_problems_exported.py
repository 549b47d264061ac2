"""The values the file holds but the program cannot use, in the workbook and the report of the
language asked for."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.export.workbook import write_workshop_workbook
from hallbar_desktop.export.workshop_report import write_workshop_report
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.bad_rows import write_bad_database
from tests.conftest import NOW, TODAY
from tests.export.conftest import SETTINGS, pdf_text

ENGLISH = dataclasses.replace(SETTINGS, language="en")


@pytest.fixture
def bad_summaries(
    tmp_path: Path, template: ReadinessTemplate
) -> Iterator[dict[str, WorkshopSummary]]:
    """The summary of each workshop of the bad file, by the kind of bad value it holds."""
    path = tmp_path / "bad.sqlite3"
    rows = write_bad_database(path, template)
    store = SqlWorkshopStore(open_database(path), path, fallback_template=template)
    service = WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)
    yield {kind: service.summary(row.workshop_id) for kind, row in rows.items()}
    store.close()


def _problem_rows(xlsx: Path, sheet: str) -> list[list[object]]:
    rows = list(openpyxl.load_workbook(xlsx, read_only=True)[sheet].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[1] in ("Post", "Record"))
    return [list(row) for row in rows[header:] if any(row)]


def test_an_english_workbook_names_a_bad_value_in_english(
    tmp_path: Path, bad_summaries: dict[str, WorkshopSummary]
) -> None:
    summary = bad_summaries["unknown_status"]
    write_workshop_workbook(summary, tmp_path / "en.xlsx", ENGLISH)
    header, row = _problem_rows(tmp_path / "en.xlsx", "Problems in the database")[:2]
    assert header[:5] == ["Workshop", "Record", "Field", "Value in the file", "What it means"]
    assert row[1:4] == ["Workshop", "Status", "unknown value (closed_for_good)"]
    assert "The program uses “Planned” until you change the field" in str(row[4])

    write_workshop_workbook(summary, tmp_path / "sv.xlsx", SETTINGS)
    _, row = _problem_rows(tmp_path / "sv.xlsx", "Problem i databasen")[:2]
    assert row[1:4] == ["Workshop", "Status", "okänt värde (closed_for_good)"]
    assert "Programmet använder ”Planerad” tills du ändrar fältet" in str(row[4])


def test_an_english_report_names_a_bad_value_and_its_stand_in_in_english(
    tmp_path: Path, bad_summaries: dict[str, WorkshopSummary]
) -> None:
    summary = bad_summaries["impact_hog"]
    (problem,) = summary.problems
    write_workshop_report(summary, tmp_path / "en.pdf", ENGLISH, paths.fonts_dir())
    english = " ".join(pdf_text(tmp_path / "en.pdf").split())
    assert f"Dependency “{problem.record_label}”, Impact" in english
    assert "unknown value (hög)" in english
    assert "The program uses an empty field" in english
    assert "okänt värde" not in english and "ett tomt fält" not in english

    write_workshop_report(summary, tmp_path / "sv.pdf", SETTINGS, paths.fonts_dir())
    swedish = " ".join(pdf_text(tmp_path / "sv.pdf").split())
    assert f"Beroende ”{problem.record_label}”, Påverkan" in swedish
    assert "okänt värde (hög)" in swedish and "Programmet använder ett tomt fält" in swedish
