"""The ExportService and the file handling: selection, roll-up choice, safe and atomic writes."""

from __future__ import annotations

import dataclasses
import gc
import os
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.errors import ExportTargetError, NotFoundError, ValidationError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.rollup import summarize_rollup
from hallbar_desktop.domain.summary import WorkshopSummary
from hallbar_desktop.domain.workshop import Variant
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.file_target import write_atomically
from hallbar_desktop.services.demo_workshop import demo_contents
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.export.conftest import pdf_text
from tests.refusals import unwritable


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


def _add(service: WorkshopService, template: ReadinessTemplate, **changes: object) -> object:
    contents = demo_contents(template, TODAY)
    workshop = dataclasses.replace(contents.workshop, **changes)
    return service.add_workshop(dataclasses.replace(contents, workshop=workshop)).workshop.id


def test_select_filters_by_organisation_and_dates(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate
) -> None:
    a = _add(service, template, organisation="Region Norr", held_on=date(2025, 3, 1))
    b = _add(service, template, organisation="Region Söder", held_on=date(2026, 3, 1))
    c = _add(service, template, organisation="region norr", held_on=date(2026, 6, 1))
    assert set(exports.select()) == {a, b, c}
    assert set(exports.select(organisation="REGION NORR")) == {a, c}
    assert set(exports.select(date_from=date(2026, 1, 1))) == {b, c}
    assert set(exports.select(organisation="Region Norr", date_to=date(2025, 12, 31))) == {a}


def test_one_workshop_gives_its_own_workbook_several_a_rollup(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    first = _add(service, template)
    second = _add(
        service, template, variant=Variant.FOLLOW_UP, follows_up_id=first, title="Uppföljning"
    )
    one = tmp_path / "en.xlsx"
    exports.export([first], xlsx=one)
    assert "Skattning" in openpyxl.load_workbook(one).sheetnames
    both = tmp_path / "alla.xlsx"
    written = exports.export([second, first], xlsx=both, pdf=tmp_path / "alla.pdf")
    assert written == (both, tmp_path / "alla.pdf")
    book = openpyxl.load_workbook(both)
    assert "Jämförelse" in book.sheetnames
    # The follow-up alone still finds its earlier workshop for the before/after columns.
    alone = tmp_path / "uppf.xlsx"
    exports.export([second], xlsx=alone, rollup=True)
    rows = list(openpyxl.load_workbook(alone)["Jämförelse"].iter_rows(values_only=True))
    assert (
        rows[1][rows[0].index("Följer upp workshop")]
        == demo_contents(template, TODAY).workshop.title
    )


def test_bad_requests_write_nothing(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    known = _add(service, template)
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    with pytest.raises(ValidationError) as no_target:
        exports.export([known])
    assert error_message(no_target.value) == (
        "Ange minst en fil att exportera till: Excel, PDF eller en mapp för CSV-filer."
    )
    with pytest.raises(ValidationError) as no_workshop:
        exports.export([], xlsx=tmp_path / "x.xlsx")
    assert error_message(no_workshop.value) == "Det finns inga workshoppar i urvalet."
    assert error_message(no_workshop.value, "en") == "There are no workshops in the selection."
    with pytest.raises(ValidationError) as same_file:
        exports.export([known], xlsx=tmp_path / "x", pdf=tmp_path / "x")
    assert error_message(same_file.value, "en") == (
        "The Excel file and the PDF file must have different names."
    )
    with pytest.raises(NotFoundError):
        exports.export(
            [known, demo_contents(template, TODAY).workshop.id], xlsx=tmp_path / "x.xlsx"
        )
    with pytest.raises(ExportTargetError) as missing:
        exports.export([known], xlsx=tmp_path / "x.xlsx", pdf=tmp_path / "saknas" / "x.pdf")
    assert "finns inte" in error_message(missing.value)
    with pytest.raises(ExportTargetError) as folder:
        exports.export([known], pdf=tmp_path)
    assert "är en mapp" in error_message(folder.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")

    def fail(path: Path) -> None:
        path.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_a_target_that_cannot_be_replaced_gets_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "öppen.xlsx"

    def locked(source: str, destination: str) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportTargetError) as caught:
        write_atomically(target, lambda path: path.write_bytes(b"new"))
    assert "öppen i ett annat program" in error_message(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_target_is_refused_before_writing(tmp_path: Path) -> None:
    target = tmp_path / "skyddad.xlsx"
    target.write_bytes(b"old")
    with unwritable(target), pytest.raises(ExportTargetError) as refused:
        write_atomically(target, lambda path: path.write_bytes(b"new"))
    assert "går inte att skriva" in error_message(refused.value)
    assert target.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == [target]


def test_rollup_groups_by_organisation_in_swedish_order(
    rollup_summaries: list[WorkshopSummary],
) -> None:
    extra = dataclasses.replace(
        rollup_summaries[1],
        workshop=dataclasses.replace(rollup_summaries[1].workshop, organisation="Region Zeta"),
    )
    rollup = summarize_rollup([*rollup_summaries, extra], TODAY)
    assert [g.organisation for g in rollup.organisations] == [
        "Region Exempelland",
        "Region Zeta",
        "Region Östra",
    ]
    follow = next(r for r in rollup.rows if r.earlier is not None)
    assert follow.earlier is rollup_summaries[0]
    assert follow.changes == tuple(0.0 for _ in rollup.dimensions)


class _RecordingWriter(XlsxWriter):
    """Notes whether the cycle collector ran while it wrote; can be told to fail."""

    def __init__(self, fail: bool = False) -> None:
        self.collector_on: list[bool] = []
        self._fail = fail

    def workshop(
        self,
        summary: WorkshopSummary,
        target: Path,
        settings: object,
        follow_up: object = None,
        audit: object = None,
    ) -> None:
        self.collector_on.append(gc.isenabled())
        if self._fail:
            raise RuntimeError("the disk is gone")


def test_an_export_leaves_the_cycle_collector_alone(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    """The window exports from a worker thread: a process-wide pause would stop the collector
    for the GUI thread too. Only `hallbar export` pauses it (tests/cli/test_cli_export.py)."""
    wid = _add(service, template)
    writer = _RecordingWriter()
    exports = ExportService(
        service._store, writer, PdfWriter(paths.fonts_dir()), app_version="test"
    )
    assert gc.isenabled()
    exports.export([wid], xlsx=tmp_path / "a.xlsx")
    assert writer.collector_on == [True]
    assert gc.isenabled()


def test_a_plain_value_in_a_row_of_cells_is_still_text_not_a_formula(tmp_path: Path) -> None:
    import openpyxl
    from openpyxl import Workbook

    from hallbar_desktop.export.table_sheet import _new_sheet

    book = Workbook(write_only=True)
    sheet = _new_sheet(book, "Blad")
    sheet.append(["=1+1", None, 3])
    book.save(tmp_path / "b.xlsx")
    cells = next(openpyxl.load_workbook(tmp_path / "b.xlsx")["Blad"].iter_rows())
    assert (cells[0].value, cells[0].data_type, cells[2].value) == ("=1+1", "s", 3)


def test_a_written_file_gets_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    """Not the owner-only mode of a temporary file: an export is a document to share."""
    import os
    import stat

    target = tmp_path / "rapport.pdf"
    write_atomically(target, lambda path: path.write_bytes(b"%PDF-1.4\n"))
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_a_follow_up_exported_alone_gets_its_before_and_after_in_the_report(
    service: WorkshopService, exports: ExportService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    """Through the service, as the dialog and `hallbar export` write it: the PDF writer is given
    the earlier workshop, so the report names it and shows the change."""
    first = _add(service, template, title="Första")
    second = _add(
        service, template, variant=Variant.FOLLOW_UP, follows_up_id=first, title="Uppföljning"
    )
    exports.export([second], pdf=tmp_path / "uppf.pdf")
    text = " ".join(pdf_text(tmp_path / "uppf.pdf").split())
    assert "Uppföljning av Första" in text
    assert "före och efter" in text
