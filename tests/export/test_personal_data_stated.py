"""A workshop's workbook and report say first which personal data they hold (issue 19)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.export_settings import ExportSettings
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.domain.workshop import Participant
from hallbar_desktop.export.workbook import write_workshop_workbook
from hallbar_desktop.export.workshop_report import write_workshop_report
from tests.export.conftest import pdf_text

NAMED = Participant(alias="Deltagare 1", name="Zelmira Hemligsdotter", role="Chef", position=1)
TYPED_ALIAS = Participant(alias="Zelmira", position=1)
MADE_ALIAS = Participant(alias="Deltagare 1", position=1)


def _settings(include_names: bool, language: str = "sv") -> ExportSettings:
    return ExportSettings(
        exported_at=datetime(2026, 11, 26, 9, 30, tzinfo=UTC),
        app_version="test",
        include_names=include_names,
        language=language,
    )


@pytest.mark.parametrize(
    ("participant", "include_names", "said"),
    [
        (NAMED, True, "Deltagarnas namn och roller"),
        (NAMED, False, "Inga personuppgifter om deltagarna"),
        (TYPED_ALIAS, False, "Deltagarnas alias, som någon har skrivit in"),
        (MADE_ALIAS, True, "Inga personuppgifter om deltagarna"),
    ],
)
def test_the_first_sheet_and_the_cover_say_what_personal_data_the_file_holds(
    tmp_path: Path,
    demo_summary: WorkshopSummary,
    participant: Participant,
    include_names: bool,
    said: str,
) -> None:
    summary = dataclasses.replace(demo_summary, participants=(participant,))
    settings = _settings(include_names)
    workbook_path, report_path = tmp_path / "w.xlsx", tmp_path / "r.pdf"
    write_workshop_workbook(summary, workbook_path, settings)
    write_workshop_report(summary, report_path, settings, paths.fonts_dir())
    first = openpyxl.load_workbook(workbook_path, read_only=True).worksheets[0]
    label, value = next(first.iter_rows(values_only=True))[:2]
    assert label == "Personuppgifter i filen" and value.startswith(said)
    cover = pdf_text(report_path).split("\f")[0]
    assert "Personuppgifter i filen" in cover and said.split(",")[0] in " ".join(cover.split())


def test_the_statement_is_in_the_language_of_the_file(
    tmp_path: Path, demo_summary: WorkshopSummary
) -> None:
    summary = dataclasses.replace(demo_summary, participants=(NAMED,))
    write_workshop_workbook(summary, tmp_path / "w.xlsx", _settings(True, "en"))
    first = openpyxl.load_workbook(tmp_path / "w.xlsx", read_only=True).worksheets[0]
    assert next(first.iter_rows(values_only=True))[:2] == (
        "Personal data in the file",
        "The participants' names and roles",
    )
