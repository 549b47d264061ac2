"""Opening checks a file before use: damaged, empty, read-only, locked, interrupted mid-write.

Every refused file must stay byte-identical, with the same modification time."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.domain.errors import (
    DatabaseDamagedError,
    DatabaseEmptyError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotAHallbarDatabaseError,
)
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import database_file
from hallbar_desktop.storage.database import open_database
from tests.conftest import TODAY
from tests.refusals import unwritable

# The checks read the SQLite file before it is opened.
pytestmark = pytest.mark.sqlite_only


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def make_demo_file(service: WorkshopService, db_path: Path) -> Path:
    add_demo_workshop(service, TODAY)
    return db_path


def damage(path: Path, table: str = "ratings") -> None:
    """Overwrite the root page of one table with a byte pattern, as a bad sector might."""
    with contextlib.closing(sqlite3.connect(path)) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    with path.open("r+b") as file:
        file.seek((root[0] - 1) * page_size + 8)
        file.write(b"\xa5" * (page_size - 8))


@pytest.fixture
def demo_file(service: WorkshopService, db_path: Path) -> Path:
    return make_demo_file(service, db_path)


def test_a_damaged_file_is_refused_byte_identical(demo_file: Path) -> None:
    damage(demo_file)
    before = fingerprint(demo_file)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(demo_file)
    assert "skadad" in error_message(caught.value) and "säkerhetskopia" in error_message(
        caught.value
    )
    assert fingerprint(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


def test_quick_check_finds_damage_the_first_reads_do_not(demo_file: Path) -> None:
    # An index page: the schema and the marker table read fine, only the check sees it.
    damage(demo_file, table="sqlite_autoindex_ratings_1")
    before = fingerprint(demo_file)
    with pytest.raises(DatabaseDamagedError):
        database_file.check_existing_file(demo_file)
    assert fingerprint(demo_file) == before


def test_a_zero_byte_file_says_it_is_empty_and_stays(tmp_path: Path) -> None:
    path = tmp_path / "tom.sqlite3"
    path.touch()
    before = path.stat().st_mtime_ns
    with pytest.raises(DatabaseEmptyError) as caught:
        open_database(path, create_if_missing=True)
    assert isinstance(caught.value, NotAHallbarDatabaseError)
    assert "tom (0 byte)" in error_message(caught.value)
    assert "säkerhetskopia" in error_message(caught.value)
    assert path.stat().st_size == 0 and path.stat().st_mtime_ns == before


def _deny_writing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    # Root may write anywhere, so the permission is taken away where the app asks for it.
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == denied:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_file_is_refused_for_writing_byte_identical(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_writing(monkeypatch, demo_file)
    before = fingerprint(demo_file)
    with pytest.raises(DatabaseReadOnlyError) as caught:
        open_database(demo_file)
    assert "skrivskyddad" in error_message(caught.value) and "Kopiera den" in error_message(
        caught.value
    )
    assert fingerprint(demo_file) == before


def test_a_read_only_folder_is_refused_for_writing(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_writing(monkeypatch, demo_file.parent)
    before = fingerprint(demo_file)
    with pytest.raises(DatabaseReadOnlyError) as caught:
        open_database(demo_file)
    assert f"Mappen {demo_file.parent} är skrivskyddad" in error_message(caught.value)
    assert fingerprint(demo_file) == before


def test_a_read_only_file_can_still_be_read_as_it_is(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _deny_writing(monkeypatch, demo_file)
    before = fingerprint(demo_file)
    engine = open_database(demo_file, read_only=True)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM workshops").scalar() == 1
    engine.dispose()
    assert fingerprint(demo_file) == before


def test_a_file_without_write_permission_is_refused(demo_file: Path) -> None:
    before = fingerprint(demo_file)
    with unwritable(demo_file), pytest.raises(DatabaseReadOnlyError):
        open_database(demo_file)
    assert fingerprint(demo_file) == before


@contextlib.contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program's write in progress: SQLite's EXCLUSIVE lock on the file."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


def test_a_file_locked_by_another_program_is_named_as_such(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_file, "BUSY_WAIT_SECONDS", 0.05)
    before = fingerprint(demo_file)
    with held_exclusively(demo_file), pytest.raises(DatabaseLockedError) as caught:
        open_database(demo_file)
    assert "används av ett annat program" in error_message(caught.value)
    assert "försök igen" in error_message(caught.value)
    assert fingerprint(demo_file) == before


INTERRUPT = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=1")  # spill changed pages to the file before COMMIT
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE workshops SET title = 'halvfärdig'")
for _ in range(300):
    connection.execute("INSERT INTO hallbar_meta (key, value) VALUES (hex(randomblob(8)), "
                       "hex(randomblob(900)))")
os.kill(os.getpid(), 9)
"""


def interrupt_a_write(path: Path) -> None:
    """Kill a process in the middle of a write, leaving its journal (a crash, a pulled plug)."""
    subprocess.run([sys.executable, "-c", INTERRUPT, str(path)], check=False, timeout=60)
    assert Path(f"{path}-journal").exists()


def test_a_write_cut_off_by_a_crash_is_rolled_back_on_open(demo_file: Path) -> None:
    with contextlib.closing(sqlite3.connect(demo_file)) as raw:
        saved_title = raw.execute("SELECT title FROM workshops").fetchone()[0]
    interrupt_a_write(demo_file)
    engine = open_database(demo_file)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT title FROM workshops").scalar() == saved_title
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()
    assert not Path(f"{demo_file}-journal").exists()


def test_a_too_new_file_cut_off_mid_write_is_refused_byte_identical(demo_file: Path) -> None:
    with contextlib.closing(sqlite3.connect(demo_file)) as raw, raw:
        raw.execute("UPDATE hallbar_meta SET value = '99' WHERE key = 'schema_version'")
    interrupt_a_write(demo_file)
    before = fingerprint(demo_file)
    journal = Path(f"{demo_file}-journal")
    journal_before = fingerprint(journal)
    with pytest.raises(DatabaseTooNewError):
        open_database(demo_file)
    assert fingerprint(demo_file) == before
    assert fingerprint(journal) == journal_before
