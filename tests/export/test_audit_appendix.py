"""A workshop's workbook has a sheet and its report an appendix page with its audit log, when it
has one (issue 19, item 5)."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.contents import WorkshopContents
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import WorkshopStatus
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.export.conftest import pdf_text
from tests.workshop_with_every_part import workshop_with_every_part


@pytest.fixture
def exports(service: WorkshopService) -> ExportService:
    return ExportService(
        service._store,  # the same store the workshop service writes to
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
    )


def _edited_after_its_day(
    service: WorkshopService, template: ReadinessTemplate
) -> WorkshopContents:
    contents = service.add_workshop(workshop_with_every_part(template))
    workshop = contents.workshop
    service.update_workshop(dataclasses.replace(workshop, status=WorkshopStatus.HELD), workshop)
    dependency = contents.dependencies[0]
    impact = 2 if dependency.impact != 2 else 3
    service.save_dependency(workshop.id, dataclasses.replace(dependency, impact=impact), dependency)
    return contents


def _sheet_rows(path: Path, title: str) -> list[tuple]:  # type: ignore[type-arg]
    workbook = openpyxl.load_workbook(path, read_only=True)
    if title not in workbook.sheetnames:
        return []
    return list(workbook[title].iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("language", "sheet", "appendix", "what"),
    [
        ("sv", "Ändringslogg", "Bilaga: ändringslogg", "Workshop: Status Planerad → Genomförd"),
        ("en", "Change log", "Appendix: change log", "Workshop: Status Planned → Held"),
    ],
)
def test_the_workbook_and_the_report_list_the_changes_after_the_day(
    service: WorkshopService,
    exports: ExportService,
    template: ReadinessTemplate,
    tmp_path: Path,
    language: str,
    sheet: str,
    appendix: str,
    what: str,
) -> None:
    contents = _edited_after_its_day(service, template)
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "r.pdf"
    exports.export(
        [contents.workshop.id], xlsx=xlsx, pdf=pdf, language=language, include_names=True
    )

    header, first, second = _sheet_rows(xlsx, sheet)
    assert header[:5] == (
        ("Nr", "När", "Vem", "Dator", "Vad")
        if language == "sv"
        else ("No.", "When", "Who", "Computer", "What")
    )
    assert (first[0], first[4]) == (1, what)
    assert second[0] == 2 and len(second[6]) == 64  # its SHA-256
    last_page = pdf_text(pdf).split("\f")[-2]
    assert appendix in last_page and what in " ".join(last_page.split())


def test_without_entries_there_is_no_sheet_and_no_appendix(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = service.add_workshop(workshop_with_every_part(template))
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "r.pdf"
    exports.export([contents.workshop.id], xlsx=xlsx, pdf=pdf)
    assert "Ändringslogg" not in openpyxl.load_workbook(xlsx, read_only=True).sheetnames
    assert "ändringslogg" not in pdf_text(pdf)


def test_without_personal_data_the_log_leaves_out_who_and_where(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    contents = _edited_after_its_day(service, template)
    user = service.audit_log(contents.workshop.id).entries[0].user
    xlsx = tmp_path / "w.xlsx"
    exports.export([contents.workshop.id], xlsx=xlsx, without_personal_data=True)
    rows = _sheet_rows(xlsx, "Ändringslogg")[1:]
    assert [(r[2], r[3]) for r in rows] == [("(gallrat)", "(gallrat)")] * 2
    assert user and all(user not in str(cell) for row in rows for cell in row)


@pytest.mark.sqlite_only
def test_a_log_edited_by_hand_is_said_in_the_appendix(
    service: WorkshopService,
    exports: ExportService,
    template: ReadinessTemplate,
    tmp_path: Path,
    database: Path,
) -> None:
    contents = _edited_after_its_day(service, template)
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as raw:
        raw.execute("DELETE FROM audit_entries WHERE seq = 1")
    pdf = tmp_path / "r.pdf"
    exports.export([contents.workshop.id], pdf=pdf)
    said = " ".join(pdf_text(pdf).split("\f")[-2].split())
    assert "Ändringsloggen har ändrats utanför programmet redan i första posten." in said
