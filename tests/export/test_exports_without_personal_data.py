"""Exports "utan personuppgifter": no participant's name, role or typed alias and no
facilitator's name in the files' bytes, the default for roll-ups (issue 19, item 3)."""

from __future__ import annotations

import dataclasses
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Participant, Workshop
from hallbar_desktop.export.writers import CsvWriter, PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.export.conftest import pdf_text, require_tool
from tests.workshop_with_every_part import plain_text_for, workshop_with_every_part

NAME = "Zelmira Hemligsdotter"
ROLE = "Överhemlig funktionär"
ALIAS = "Zelmiras alias"
FACILITATOR = "Fredrika Processledarsson"
PERSONAL = (NAME, ROLE, ALIAS, FACILITATOR)


def _text_for(cls: type, field: str) -> str:
    if cls is Participant:
        return {"name": NAME, "role": ROLE, "alias": ALIAS}[field]
    if cls is Workshop and field == "facilitator":
        return FACILITATOR
    return plain_text_for(cls, field)


@pytest.fixture
def exports(service: WorkshopService) -> ExportService:
    return ExportService(
        service._store,  # the same store the workshop service writes to
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
        csv=CsvWriter(),
    )


def _add(service: WorkshopService, template: ReadinessTemplate, title: str) -> UUID:
    contents = workshop_with_every_part(template, _text_for)
    workshop = dataclasses.replace(contents.workshop, title=title)
    return service.add_workshop(dataclasses.replace(contents, workshop=workshop)).workshop.id


def _texts_of(folder: Path) -> dict[str, str]:
    """Every file the export wrote, as text: the workbook's XML, the report's text and its
    document information (pdftotext, pdfinfo), each CSV file."""
    require_tool("pdfinfo")
    found = {}
    for path in folder.iterdir():
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                found[path.name] = "\n".join(
                    book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml")
                )
        elif path.suffix == ".pdf":
            info = subprocess.run(
                ["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True
            ).stdout
            found[path.name] = " ".join(pdf_text(path).split()) + "\n" + info
        elif path.is_dir():
            for csv_file in path.glob("*.csv"):
                found[f"{path.name}/{csv_file.name}"] = csv_file.read_text("utf-8-sig")
    return found


def _export(exports: ExportService, ids: list[UUID], folder: Path, **choices: object) -> None:
    folder.mkdir()
    exports.export(
        ids,
        xlsx=folder / "a.xlsx",
        pdf=folder / "a.pdf",
        csv=folder / "csv",
        **choices,  # type: ignore[arg-type]
    )


def test_a_rollup_is_without_personal_data_by_default_and_says_so(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = [_add(service, template, "Första"), _add(service, template, "Andra")]
    _export(exports, ids, tmp_path / "out")
    files = _texts_of(tmp_path / "out")
    assert {"a.xlsx", "a.pdf", "csv/om-data.csv", "csv/lappar.csv"} <= set(files)
    for name, text in files.items():
        assert [p for p in PERSONAL if p in text] == [], name
    for name in ("a.xlsx", "a.pdf", "csv/om-data.csv"):
        assert "Inga personuppgifter om deltagarna" in files[name], name
        assert "Exporterad utan personuppgifter" in files[name], name
    # The statement is the first row of om-data.csv; the tables themselves stay pure data.
    assert (
        files["csv/om-data.csv"]
        .splitlines()[1]
        .startswith("Personuppgifter;;Personuppgifter i filen;Inga personuppgifter")
    )
    assert files["csv/lappar.csv"].startswith("Organisation;")


def test_one_workshop_without_personal_data_has_no_name_alias_or_facilitator(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    workshop_id = _add(service, template, "Ensam")
    _export(exports, [workshop_id], tmp_path / "out", without_personal_data=True)
    for name, text in _texts_of(tmp_path / "out").items():
        assert [p for p in PERSONAL if p in text] == [], name


def test_names_chosen_are_in_the_files_with_the_alias_and_the_facilitator(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    workshop_id = _add(service, template, "Ensam")
    _export(exports, [workshop_id], tmp_path / "out", include_names=True)
    files = _texts_of(tmp_path / "out")
    for name in ("a.xlsx", "a.pdf"):
        assert [p for p in PERSONAL if p not in files[name]] == [], name
        assert "Deltagarnas namn och roller" in files[name], name
    assert "Deltagarnas namn och roller" in files["csv/om-data.csv"]


def test_a_rollup_with_personal_data_chosen_keeps_them(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = [_add(service, template, "Första"), _add(service, template, "Andra")]
    _export(exports, ids, tmp_path / "out", without_personal_data=False)
    files = _texts_of(tmp_path / "out")
    # A roll-up lists no participants; what it holds of them is said, and is not stripped.
    for name in ("a.xlsx", "a.pdf", "csv/om-data.csv"):
        assert "Deltagarnas alias, som någon har skrivit in" in files[name], name
        assert "Exporterad utan personuppgifter" not in files[name], name
