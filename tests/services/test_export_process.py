"""The window's export process (export_process.py): the same files and errors, or written here."""

from __future__ import annotations

import dataclasses
import pickle
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import openpyxl
import pytest

from hallbar_desktop import __version__, paths
from hallbar_desktop.domain.database_address import HelperAccess, ServerAddress
from hallbar_desktop.domain.errors import ExportTargetError, NotFoundError, ValidationError
from hallbar_desktop.domain.export_settings import Selection
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.export.writers import CsvWriter, PdfWriter, XlsxWriter
from hallbar_desktop.export_process import ExportProcessService
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.failing_children import FAILING_CHILDREN


def _service(cls: type[ExportService], service: WorkshopService, **more: Any) -> Any:
    return cls(
        service._store,
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version=__version__,  # as the process's own
        csv=CsvWriter(),
        **more,
    )


def _workshops(service: WorkshopService, template: ReadinessTemplate, count: int) -> list[UUID]:
    ids = []
    for n in range(count):
        contents = demo_contents(template, TODAY)
        workshop = dataclasses.replace(contents.workshop, title=f"Workshop {n}")
        ids.append(
            service.add_workshop(dataclasses.replace(contents, workshop=workshop)).workshop.id
        )
    return ids


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's values, but the moment of the export (each process has its own clock)."""
    book = openpyxl.load_workbook(path)
    return {
        sheet.title: [
            tuple(None if isinstance(v, datetime) else v for v in row)
            for row in sheet.iter_rows(values_only=True)
        ]
        for sheet in book.worksheets
        if sheet.title != "Om data"
    }


def test_the_window_s_export_is_written_by_its_own_process_as_it_would_be_here(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    (one,) = _workshops(service, template, 1)
    elsewhere = _service(ExportProcessService, service)
    written = elsewhere.export([one], xlsx=tmp_path / "där.xlsx", pdf=tmp_path / "där.pdf")
    assert elsewhere.why_here is None
    assert list(written) == [tmp_path / "där.xlsx", tmp_path / "där.pdf"]
    assert written.unshown == {}
    here = _service(ExportService, service).export([one], xlsx=tmp_path / "här.xlsx")
    assert _cells(written[0]) == _cells(here[0])
    assert written[1].read_bytes().startswith(b"%PDF")


def test_a_rollup_and_csv_files_come_from_the_process_too(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    ids = _workshops(service, template, 3)
    elsewhere = _service(ExportProcessService, service)
    written = elsewhere.export(ids, xlsx=tmp_path / "alla.xlsx", csv=tmp_path / "csv")
    assert elsewhere.why_here is None
    here = _service(ExportService, service).export(ids, xlsx=tmp_path / "här.xlsx")
    assert _cells(written[0]) == _cells(here[0])
    assert any((tmp_path / "csv").iterdir())


def test_an_error_there_is_raised_here_as_it_was_and_nothing_is_written(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    (one,) = _workshops(service, template, 1)
    elsewhere = _service(ExportProcessService, service)
    same = tmp_path / "samma"
    with pytest.raises(ValidationError) as same_file:
        elsewhere.export([one], xlsx=same, pdf=same)
    assert same_file.value.code == "export_same_file"
    missing = tmp_path / "finns-inte" / "x.xlsx"
    with pytest.raises(ExportTargetError) as there:
        elsewhere.export([one], xlsx=missing)
    with pytest.raises(ExportTargetError) as here:
        _service(ExportService, service).export([one], xlsx=missing)
    assert (there.value.code, there.value.params) == (here.value.code, here.value.params)
    with pytest.raises(NotFoundError):
        elsewhere.export([UUID(int=7)], xlsx=tmp_path / "borta.xlsx")
    assert elsewhere.why_here is None  # refused there, not done here
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".pdf") or p == same]


@FAILING_CHILDREN
def test_a_process_that_fails_leaves_the_export_to_this_one(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path, command: list[str]
) -> None:
    (one,) = _workshops(service, template, 1)
    elsewhere = _service(ExportProcessService, service, command=command)
    written = elsewhere.export([one], xlsx=tmp_path / "här.xlsx")
    assert elsewhere.why_here
    if "trasig" in command[-1]:
        assert "trasig" in elsewhere.why_here
    assert written[0].exists()
    assert _cells(written[0]) == _cells(
        _service(ExportService, service).export([one], xlsx=tmp_path / "jämför.xlsx")[0]
    )


def test_a_process_started_ahead_is_the_one_asked_and_one_not_asked_is_ended(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    (one,) = _workshops(service, template, 1)
    elsewhere = _service(ExportProcessService, service)
    elsewhere.start_ahead()
    ahead = elsewhere._ahead
    assert ahead is not None and ahead.alive()
    elsewhere.export([one], xlsx=tmp_path / "a.xlsx")
    assert elsewhere.why_here is None and elsewhere._ahead is None
    assert not ahead.alive()

    elsewhere.start_ahead()
    unused = elsewhere._ahead
    assert unused is not None
    process = unused._process
    elsewhere.stop_ahead()
    assert process is not None and process.poll() is not None
    assert elsewhere._ahead is None


def test_a_request_that_cannot_be_pickled_is_exported_here_and_its_process_ended(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    class LocalName(str):  # a local class: pickle cannot name it
        pass

    ids = _workshops(service, template, 2)
    elsewhere = _service(ExportProcessService, service)
    elsewhere.start_ahead()
    ahead = elsewhere._ahead
    assert ahead is not None and ahead._process is not None
    process = ahead._process
    selection = Selection(organisation=LocalName("Regionen"))
    written = elsewhere.export(ids, xlsx=tmp_path / "här.xlsx", selection=selection)
    assert elsewhere.why_here and "pickle" in elsewhere.why_here.lower()
    assert written[0].exists()
    assert process.poll() is not None


def test_a_process_that_ended_before_it_was_asked_is_let_go_of(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    (one,) = _workshops(service, template, 1)
    elsewhere = _service(ExportProcessService, service, command=[sys.executable, "-c", "pass"])
    elsewhere.start_ahead()
    first = elsewhere._ahead
    assert first is not None and first._process is not None
    first._process.wait(timeout=30)
    elsewhere.start_ahead()  # the first has ended: a new one, and the first let go of
    second = elsewhere._ahead
    assert second is not first and first._stderr.closed
    assert second is not None and second._process is not None
    second._process.wait(timeout=30)
    elsewhere.export([one], xlsx=tmp_path / "här.xlsx")
    assert second._stderr.closed


def test_the_typed_password_the_request_carries_never_shows_in_its_repr() -> None:
    access = HelperAccess(ServerAddress("postgresql://anna@db.example/hallbar"), password="hemlig")
    assert "hemlig" not in repr(access) and "hemlig" not in repr({"access": access})
    assert pickle.loads(pickle.dumps(access)).password == "hemlig"


def test_what_a_library_writes_to_standard_output_there_does_not_spoil_the_answer(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    # Written to the descriptor itself during the export, as a C library would.
    stray = (
        "import os, sys; from hallbar_desktop import export_process as e; real = e.export_as_asked;"
        " e.export_as_asked = lambda r: (os.write(1, b'stray'), real(r))[1];"
        " sys.exit(e.child_main())"
    )
    (one,) = _workshops(service, template, 1)
    elsewhere = _service(ExportProcessService, service, command=[sys.executable, "-c", stray])
    written = elsewhere.export([one], xlsx=tmp_path / "där.xlsx")
    assert elsewhere.why_here is None
    assert written[0].exists()
