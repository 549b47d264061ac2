"""A workshop made with the organisation's own template: both exports name it and its version."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from hallbar_desktop import paths
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.export.conftest import pdf_text
from tests.own_templates import EDITED_TEXT, edited_copy, template_service, with_statement_text


def test_both_exports_name_the_own_template_and_its_version(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    templates = template_service(template, tmp_path / "mallar")
    own = templates.save(edited_copy(templates, "Region Exempels egen mall"))
    own = templates.save(with_statement_text(own, EDITED_TEXT + " Igen."))
    own = templates.save(with_statement_text(own, EDITED_TEXT))
    assert own.version == 3  # a version the shipped template does not have
    made = service.create_workshop(Workshop(title="Med egen mall"), 3, template=own)
    exports = ExportService(
        service._store,  # the same store the workshop service writes to
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        clock=lambda: datetime(2026, 11, 26, 10, 0),
        today=lambda: TODAY,
    )
    xlsx, pdf = tmp_path / "w.xlsx", tmp_path / "w.pdf"
    exports.export([made.workshop.id], xlsx=xlsx, pdf=pdf)

    about = [
        row[0] for row in openpyxl.load_workbook(xlsx)["Om underlaget"].iter_rows(values_only=True)
    ]
    assert "Skala: Region Exempels egen mall (version 3)" in about
    assert f"Skala: {template.name} (version {template.version})" not in about
    statements = openpyxl.load_workbook(xlsx)["Skattning"]
    assert EDITED_TEXT in [c for row in statements.iter_rows(values_only=True) for c in row]
    report = " ".join(pdf_text(pdf).split())
    assert "Skala (Region Exempels egen mall, version 3)" in report
    assert EDITED_TEXT in report
