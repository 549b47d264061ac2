"""An export whose disk is full or whose folder disappears (a USB stick pulled out) fails with a
plain Swedish message, leaves no half-written file and changes nothing in the database."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from hallbar_desktop import file_target, paths
from hallbar_desktop.domain.errors import ExportTargetError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.export import rollup_report, workbook, workshop_report
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from tests.conftest import TODAY
from tests.workshop_with_every_part import workshop_with_every_part

KINDS = ("xlsx", "pdf")

# When the export gives up, openpyxl's zip file and sheet writers are let go of half way and
# complain as they close (on a full disk or without their folder); that noise is expected.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture
def exports(service: WorkshopService) -> ExportService:
    return ExportService(
        service._store,  # the same file the workshop service writes to
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
        today=lambda: TODAY,
    )


@pytest.fixture
def two_workshops(service: WorkshopService, template: ReadinessTemplate) -> list[UUID]:
    first = service.add_workshop(workshop_with_every_part(template))
    second = workshop_with_every_part(template)
    second = dataclasses.replace(
        second, workshop=dataclasses.replace(second.workshop, title="Andra – åäö")
    )
    return [first.workshop.id, service.add_workshop(second).workshop.id]


def _export(exports: ExportService, ids: list[UUID], target: Path) -> None:
    exports.export(ids, **{target.suffix[1:]: target})


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("rollup", [False, True], ids=["one workshop", "roll-up"])
def test_a_full_disk_gives_a_plain_message_and_leaves_no_file(
    exports: ExportService,
    two_workshops: list[UUID],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    rollup: bool,
) -> None:
    """The file being written is /dev/full, which fails every write with ENOSPC, as a full
    disk does: the real libraries meet the real error."""
    folder = tmp_path / "ut"
    folder.mkdir()
    old = folder / f"rapport.{kind}"
    old.write_bytes(b"the export of last week")
    real_mkstemp = tempfile.mkstemp

    def on_a_full_disk(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, name = real_mkstemp(*args, **kwargs)
        os.close(handle)
        os.unlink(name)
        os.symlink("/dev/full", name)  # never replaced: the export fails before the move
        return os.open(name, os.O_WRONLY), name

    monkeypatch.setattr(file_target.tempfile, "mkstemp", on_a_full_disk)
    database_before = db_path.read_bytes()
    with pytest.raises(ExportTargetError) as caught:
        _export(exports, two_workshops if rollup else two_workshops[:1], old)
    assert error_message(caught.value) == (
        f"Filen {old} kunde inte sparas eftersom disken är full. Ingen halvfärdig fil lämnades "
        "kvar. Frigör utrymme eller välj en annan mapp, till exempel på datorns egen disk, och "
        "försök igen."
    )
    assert [p.name for p in folder.iterdir()] == [old.name]
    assert old.read_bytes() == b"the export of last week"
    assert db_path.read_bytes() == database_before


WriteStep = Callable[[Path], None]


def _pulled_out(folder: Path, before_writing: bool) -> Callable[[Path, WriteStep], None]:
    """write_atomically, with the export's folder removed before or after the file is written
    (the USB stick pulled out while the app was busy)."""
    real = file_target.write_atomically

    def write_atomically(target: Path, write: WriteStep) -> None:
        def write_while_pulled_out(path: Path) -> None:
            if before_writing:
                shutil.rmtree(folder)
            write(path)
            if not before_writing:
                shutil.rmtree(folder)

        real(target, write_while_pulled_out)

    return write_atomically


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("before_writing", [True, False], ids=["before writing", "before moving"])
def test_a_folder_removed_mid_export_gives_a_plain_message_and_leaves_no_file(
    exports: ExportService,
    two_workshops: list[UUID],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    before_writing: bool,
) -> None:
    folder = tmp_path / "USB-minne"
    folder.mkdir()
    target = folder / f"Region Östra.{kind}"
    for module in (workbook, workshop_report, rollup_report):
        monkeypatch.setattr(module, "write_atomically", _pulled_out(folder, before_writing))
    database_before = db_path.read_bytes()
    with pytest.raises(ExportTargetError) as caught:
        _export(exports, two_workshops[:1], target)
    assert error_message(caught.value).startswith(f"Mappen {folder} försvann medan {target.name}")
    assert "Har USB-minnet tagits ut" in error_message(caught.value)
    assert not folder.exists()
    assert [p.name for p in tmp_path.iterdir() if p != db_path] == []
    assert db_path.read_bytes() == database_before


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_gone_before_the_export_starts_is_named_and_nothing_is_written(
    exports: ExportService,
    two_workshops: list[UUID],
    db_path: Path,
    tmp_path: Path,
    kind: str,
) -> None:
    """The folder the dialog remembered is gone by the time the export starts."""
    folder = tmp_path / "USB-minne"
    folder.mkdir()
    target = folder / f"rapport.{kind}"
    folder.rmdir()
    database_before = db_path.read_bytes()
    with pytest.raises(ExportTargetError) as caught:
        _export(exports, two_workshops, target)
    assert (
        error_message(caught.value) == f"Mappen {folder} finns inte, så {target} kan inte skapas."
    )
    assert not folder.exists()
    assert db_path.read_bytes() == database_before


def test_a_program_fault_while_writing_is_not_dressed_up_as_a_disk_problem(
    tmp_path: Path,
) -> None:
    """A missing file the exporter itself needs is a bug to report, not the user's disk."""

    def needs_a_missing_font(path: Path) -> None:
        path.write_bytes(b"half")
        open(tmp_path / "saknas" / "DejaVuSans.ttf", "rb")  # noqa: SIM115 - raises at once

    with pytest.raises(FileNotFoundError):
        file_target.write_atomically(tmp_path / "rapport.pdf", needs_a_missing_font)
    assert list(tmp_path.iterdir()) == []
