"""A full disk: the change is refused with a plain Swedish message and the file stays as it was.

SQLite is made to meet a full disk in two ways: PRAGMA max_page_count (the file may not grow,
so SQLite answers SQLITE_FULL exactly as on a full disk; works everywhere) and, where this
machine lets a test mount one, a real tmpfs of one megabyte filled to the last byte."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.action import Action
from hallbar_desktop.domain.dependency import Dependency, DependencyCategory
from hallbar_desktop.domain.errors import DatabaseFullError, ExportTargetError
from hallbar_desktop.domain.readiness import Rating, ReadinessTemplate
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.export.writers import PdfWriter, XlsxWriter
from hallbar_desktop.services.export_service import ExportService
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import database
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY
from tests.fixtures.make_schema_fixtures import fixture_path
from tests.workshop_with_every_part import workshop_with_every_part

# A full disk under the SQLite file.
pytestmark = pytest.mark.sqlite_only

Edit = Callable[[WorkshopService, UUID], object]


def _long_dependency(service: WorkshopService, workshop_id: UUID) -> object:
    return service.save_dependency(
        workshop_id,
        Dependency(category=DependencyCategory.PERSON, title="Lång", description="åäö " * 5000),
    )


def _whole_workshop(service: WorkshopService, workshop_id: UUID) -> object:
    return service.add_workshop(workshop_with_every_part(service.current_template))


def _answers(service: WorkshopService, workshop_id: UUID) -> object:
    """A whole set of answers from the participant who has given none yet."""
    contents = service.contents(workshop_id)
    answered = {r.participant_id for r in contents.ratings}
    (silent,) = [p for p in contents.participants if p.id not in answered]
    return service.record_ratings(
        workshop_id,
        [
            Rating(participant_id=silent.id, statement_code=code, value=3)
            for code in sorted(contents.template.statement_codes)
        ],
    )


def _action_with_links(service: WorkshopService, workshop_id: UUID) -> object:
    linked = frozenset(d.id for d in service.contents(workshop_id).dependencies)
    return service.save_action(
        workshop_id, Action(title="Ny åtgärd", description="x" * 9000, dependency_ids=linked)
    )


EDITS: dict[str, Edit] = {
    "long text": _long_dependency,
    "whole workshop": _whole_workshop,
    "answers": _answers,
    "action and links": _action_with_links,
}


@pytest.fixture
def limit_pages(monkeypatch: pytest.MonkeyPatch) -> Callable[[int | None], None]:
    """Let every new connection grow the file to at most this many pages (None: no limit)."""
    limit: list[int | None] = [None]
    real_on_connect = database._on_connect

    def on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        real_on_connect(dbapi_connection, record)
        if limit[0] is not None:
            dbapi_connection.execute(f"PRAGMA max_page_count={limit[0]}")

    monkeypatch.setattr(database, "_on_connect", on_connect)
    return lambda pages: limit.__setitem__(0, pages)


def _pages(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])


def _service(path: Path, template: ReadinessTemplate, *, new: bool = False) -> WorkshopService:
    store = SqlWorkshopStore(open_database(path, create_if_missing=new), path)
    return WorkshopService(store, template, clock=lambda: NOW, today=lambda: TODAY)


def _close(service: WorkshopService) -> None:
    service._store.close()  # type: ignore[attr-defined]


def _assert_plain_full_message(error: DatabaseFullError) -> None:
    assert "disken" in error_message(error) and "är full" in error_message(error)
    assert "Ingenting av ändringen sparades" in error_message(error)
    assert "Frigör utrymme" in error_message(error)


# Edits that need the file to grow (answers fit in the pages there are; on a real full disk,
# below, they fail too, since the journal has no room).
GROWING = {name: edit for name, edit in EDITS.items() if name != "answers"}


@pytest.mark.parametrize("edit", GROWING.values(), ids=GROWING.keys())
def test_an_edit_that_finds_the_disk_full_changes_nothing_and_says_so(
    db_path: Path,
    template: ReadinessTemplate,
    limit_pages: Callable[[int | None], None],
    edit: Edit,
) -> None:
    service = _service(db_path, template, new=True)
    workshop_id = service.add_workshop(workshop_with_every_part(template)).workshop.id
    service.add_participant(workshop_id, name="Örjan Åström")
    _close(service)
    before = db_path.read_bytes()
    stored = _service(db_path, template)
    contents = stored.contents(workshop_id)
    _close(stored)

    limit_pages(_pages(db_path))  # not one page more: the disk is full
    full = _service(db_path, template)
    with pytest.raises(DatabaseFullError) as caught:
        edit(full, workshop_id)
    _assert_plain_full_message(caught.value)
    assert full.contents(workshop_id) == contents
    _close(full)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]  # no journal

    limit_pages(None)  # room again: the same edit goes through
    freed = _service(db_path, template)
    edit(freed, workshop_id)
    _close(freed)
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_upgrade_that_finds_the_disk_full_leaves_the_old_file_as_it_was(
    tmp_path: Path, limit_pages: Callable[[int | None], None]
) -> None:
    old = tmp_path / "db_v1.sqlite3"
    shutil.copyfile(fixture_path(1), old)
    before = old.read_bytes()
    limit_pages(_pages(old))
    with pytest.raises(DatabaseFullError) as caught:
        open_database(old)
    _assert_plain_full_message(caught.value)
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [old.name]


# --- a real full disk --------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A one-megabyte tmpfs, if this machine lets the test mount one (root on Linux)."""
    mount_point = tmp_path / "usb"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "hallbar-test", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (needs root); max_page_count covers it")
    try:
        yield mount_point
    finally:
        gc.collect()  # let go of any file still open there
        if subprocess.run(["umount", str(mount_point)], check=False).returncode != 0:
            subprocess.run(["umount", "--lazy", str(mount_point)], check=True)


def _fill(folder: Path) -> Path:
    """Write a file until the disk has no byte left."""
    filler = folder / "fyllnad.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
    return filler


# openpyxl's zip file, let go of after the failed save, complains once more as it closes.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_really_full_disk_refuses_edits_and_exports_and_keeps_the_file(
    tiny_disk: Path, template: ReadinessTemplate
) -> None:
    path = tiny_disk / "hallbar.sqlite3"
    service = _service(path, template, new=True)
    workshop_id = service.add_workshop(workshop_with_every_part(template)).workshop.id
    service.add_participant(workshop_id, name="Örjan Åström")
    contents = service.contents(workshop_id)
    _close(service)
    filler = _fill(tiny_disk)
    before = path.read_bytes()

    service = _service(path, template)
    for edit in EDITS.values():
        with pytest.raises(DatabaseFullError) as caught:
            edit(service, workshop_id)
        _assert_plain_full_message(caught.value)
    assert service.contents(workshop_id) == contents
    exports = ExportService(
        service._store,  # type: ignore[attr-defined]
        XlsxWriter(),
        PdfWriter(paths.fonts_dir()),
        app_version="test",
    )
    for name in ("rapport.xlsx", "rapport.pdf"):
        target = tiny_disk / name
        with pytest.raises(ExportTargetError) as export_error:
            exports.export([workshop_id], **{target.suffix[1:]: target})
        assert "disken är full" in error_message(export_error.value)
        assert "Ingen halvfärdig fil" in error_message(export_error.value)
    _close(service)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tiny_disk.iterdir()) == sorted([path.name, filler.name])

    filler.unlink()  # room again
    service = _service(path, template)
    _long_dependency(service, workshop_id)
    renamed = dataclasses.replace(service.contents(workshop_id).workshop, title="Efter städning")
    service.update_workshop(renamed)
    _close(service)
