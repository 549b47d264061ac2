"""Faults while a database is open: each is told as what happened, and nothing is written astray.

A file deleted, moved or replaced, its folder removed, a disk that stops answering (a pulled USB
stick) and a file made read-only, each met by a real edit through the WorkshopService."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseGoneError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseReplacedError,
    DatabaseUnavailableError,
    HallbarError,
)
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import database_file
from hallbar_desktop.storage.database import open_database
from hallbar_desktop.storage.workshop_store import SqlWorkshopStore
from tests.conftest import NOW, TODAY
from tests.refusals import unwritable


@dataclasses.dataclass
class Session:
    path: Path
    engine: sa.Engine
    service: WorkshopService
    workshop: Workshop

    def rename(self, title: str) -> Workshop:
        return self.service.update_workshop(dataclasses.replace(self.workshop, title=title))

    def title(self) -> str:
        return self.service.contents(self.workshop.id).workshop.title


@pytest.fixture
def session(tmp_path: Path, template: ReadinessTemplate) -> Iterator[Session]:
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "region.sqlite3"
    engine = open_database(path, create_if_missing=True)
    service = WorkshopService(
        SqlWorkshopStore(engine, path), template, clock=lambda: NOW, today=lambda: TODAY
    )
    made = service.create_workshop(Workshop(title="Före"), participant_count=2)
    yield Session(path, engine, service, made.workshop)
    engine.dispose()


def _says_nothing_of_damage_or_restoring(error: HallbarError) -> None:
    for wrong in ("skadad", "Återställ", "återställ", "säkerhetskopia", "skrivskyddad"):
        assert wrong not in error_message(error)


def _no_journal_in(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(("-journal", "-wal"))]


def test_a_deleted_file_is_said_to_be_gone_and_its_unlinked_copy_is_never_written(
    session: Session,
) -> None:
    # Held open, so that what the engine still has open can be read after the unlink.
    held = os.open(session.path, os.O_RDONLY)
    try:
        before = Path(f"/proc/self/fd/{held}").read_bytes()
        session.path.unlink()
        with pytest.raises(DatabaseGoneError) as caught:
            session.rename("Efter")
        assert Path(f"/proc/self/fd/{held}").read_bytes() == before
        assert os.fstat(held).st_nlink == 0
    finally:
        os.close(held)
    error = caught.value
    assert error.retryable
    assert f"Databasfilen {session.path} finns inte längre där den låg" in error_message(error)
    assert "sparades inte" in error_message(error)
    _says_nothing_of_damage_or_restoring(error)
    _no_journal_in(session.path.parent)
    # What was saved before can still be read (and exported) from the copy the engine holds.
    assert session.title() == "Före"


def test_a_moved_file_is_gone_untouched_and_can_be_written_again_once_it_is_back(
    session: Session, tmp_path: Path
) -> None:
    moved = tmp_path / "flyttad.sqlite3"
    session.path.rename(moved)
    before = moved.read_bytes()
    with pytest.raises(DatabaseGoneError):
        session.rename("Efter")
    assert moved.read_bytes() == before
    moved.rename(session.path)  # the same file put back where it was
    session.rename("Efter")
    assert session.title() == "Efter"


def test_a_removed_folder_is_said_to_be_gone(session: Session) -> None:
    shutil.rmtree(session.path.parent)
    with pytest.raises(DatabaseGoneError) as caught:
        session.rename("Efter")
    _says_nothing_of_damage_or_restoring(caught.value)
    assert not session.path.parent.exists()  # no journal made a folder come back


def test_another_file_put_in_its_place_is_never_written(session: Session, tmp_path: Path) -> None:
    session.path.rename(tmp_path / "gammal.sqlite3")
    shutil.copyfile(tmp_path / "gammal.sqlite3", session.path)
    before = session.path.read_bytes()
    with pytest.raises(DatabaseReplacedError) as caught:
        session.rename("Efter")
    assert not caught.value.retryable
    assert "har bytts ut mot en annan fil" in error_message(caught.value)
    assert session.path.read_bytes() == before
    assert (tmp_path / "gammal.sqlite3").read_bytes() == before


@pytest.fixture
def failing_disk(session: Session) -> Iterator[Callable[[bool], None]]:
    """While on, every statement that would change the file meets SQLite's disk I/O error,
    raised by the driver as a pulled USB stick makes it; the engine's connections are
    counted, to see that trying again opens the file anew."""
    state = {"failing": False}
    real = session.engine.dialect.do_execute

    def do_execute(cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        if state["failing"] and statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
            raise error
        real(cursor, statement, parameters, context)

    session.engine.dialect.do_execute = do_execute  # type: ignore[method-assign]
    yield lambda on: state.__setitem__("failing", on)
    session.engine.dialect.do_execute = real  # type: ignore[method-assign]


def test_a_disk_that_stops_answering_is_not_called_damaged_and_trying_again_works(
    session: Session, failing_disk: Callable[[bool], None]
) -> None:
    connects: list[object] = []
    sa.event.listen(session.engine, "connect", lambda *_args: connects.append(1))
    before = session.path.read_bytes()
    failing_disk(True)
    with pytest.raises(DatabaseUnavailableError) as caught:
        session.rename("Efter")
    error = caught.value
    assert error.retryable
    assert f"Disken där databasen {session.path} ligger svarar inte" in error_message(error)
    assert "USB-minnet" in error_message(error) and "försök igen" in error_message(error)
    _says_nothing_of_damage_or_restoring(error)
    assert session.path.read_bytes() == before
    _no_journal_in(session.path.parent)
    failing_disk(False)  # the stick is back
    session.rename("Efter")
    assert session.title() == "Efter"
    assert connects, "the connections on the dead file handle were kept"


@pytest.mark.parametrize(
    "driver_says",
    [
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.DatabaseError("database disk image is malformed"),
    ],
    ids=["disk I/O error", "malformed while the disk fails"],
)
def test_a_disk_failing_during_the_opening_check_is_not_called_damaged(
    session: Session, monkeypatch: pytest.MonkeyPatch, driver_says: sqlite3.Error
) -> None:
    session.engine.dispose()
    real_connect = sqlite3.connect

    class FailingCheck(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
            if "quick_check" in sql:
                raise driver_says
            return super().execute(sql, *args)

    real_open = Path.open

    def open_failing(self: Path, *args: Any, **kwargs: Any) -> Any:
        # The header was read before the check began; after it, the disk is gone.
        if self == session.path and failing[0]:
            raise OSError(5, "Input/output error")
        return real_open(self, *args, **kwargs)

    failing = [False]

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        failing[0] = True
        return real_connect(*args, factory=FailingCheck, **kwargs)

    monkeypatch.setattr(database_file.sqlite3, "connect", connect)
    monkeypatch.setattr(Path, "open", open_failing)
    with pytest.raises(DatabaseError) as caught:
        open_database(session.path)
    assert isinstance(caught.value, DatabaseUnavailableError)
    assert not isinstance(caught.value, DatabaseDamagedError)
    _says_nothing_of_damage_or_restoring(caught.value)


def test_a_file_made_read_only_meanwhile_is_still_said_to_be_read_only(
    session: Session,
) -> None:
    before = session.path.read_bytes()
    with unwritable(session.path), pytest.raises(DatabaseReadOnlyError) as caught:
        session.rename("Efter")
    assert "skrivskyddad" in error_message(caught.value)
    assert not caught.value.retryable
    assert session.path.read_bytes() == before


def test_the_file_check_runs_first_and_the_callers_guard_after_it(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path, create_if_missing=True).dispose()
    asked: list[str] = []
    refusing = [False]

    class NotOurs(HallbarError):
        pass

    def guard() -> None:
        asked.append("guard")
        if refusing[0]:
            raise NotOurs("låset är inte vårt")

    engine = open_database(path, write_guard=guard)
    asked.clear()
    refusing[0] = True
    write = engine.execution_options(hallbar_write=True)
    try:
        with pytest.raises(NotOurs), write.begin():
            pass
        assert asked == ["guard"]
        path.unlink()
        with pytest.raises(DatabaseGoneError), write.begin():
            pass
        assert asked == ["guard"]  # the file's own check refused first
        with engine.begin() as reading:  # reading is never guarded
            assert reading.exec_driver_sql("SELECT count(*) FROM workshops").scalar() == 0
    finally:
        engine.dispose()


def test_which_faults_are_worth_trying_again() -> None:
    assert not HallbarError("x").retryable
    assert DatabaseLockedError("x").retryable
    assert DatabaseUnavailableError("x").retryable
    assert DatabaseGoneError("x").retryable  # a stick put back brings the file back
    assert not DatabaseReplacedError("x").retryable
    assert not DatabaseReadOnlyError("x").retryable
    assert not DatabaseDamagedError("x").retryable
