"""The lock file beside the database: one hallbar per file, the holder named, stale locks taken."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hallbar_desktop.domain.errors import (
    DatabaseFolderMissingError,
    DatabaseInUseError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
)
from hallbar_desktop.storage import database_lock
from hallbar_desktop.storage.database_lock import (
    DatabaseLock,
    LockHolder,
    lock_path_for,
    this_host,
)


def write_lock(database: Path, **fields: object) -> Path:
    holder = {
        "host": this_host(),
        "user": "eva",
        "pid": os.getpid(),
        "since": datetime.now().isoformat(timespec="seconds"),
        "token": "x" * 32,
        **fields,
    }
    path = lock_path_for(database)
    path.write_text(json.dumps(holder), encoding="utf-8")
    return path


def dead_pid() -> int:
    """The id of a process that has ended."""
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(finished.stdout)


def test_the_lock_file_names_its_holder_and_stops_a_second_one(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    first = DatabaseLock(database)
    first.acquire()
    stored = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
    assert stored["host"] == this_host() and stored["pid"] == os.getpid()
    since = datetime.fromisoformat(stored["since"])
    assert since.utcoffset() is not None and since <= datetime.now().astimezone()

    with pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(database).acquire()
    error = caught.value
    assert (error.host, error.pid) == (this_host(), os.getpid())
    assert f"på datorn {this_host()} (process {os.getpid()}" in error.message
    assert f"sedan {datetime.now():%Y-%m-%d}" in error.message
    assert error.message.endswith("Stäng det andra fönstret och försök igen.")

    first.release()
    assert not lock_path_for(database).exists()
    with DatabaseLock(database) as second:
        assert second.held
    assert not lock_path_for(database).exists()


KILLED_HOLDER = """
import os, sys
from pathlib import Path
from hallbar_desktop.storage.database_lock import DatabaseLock
DatabaseLock(Path(sys.argv[1])).acquire()
os.kill(os.getpid(), 9)
"""


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    killed = subprocess.run([sys.executable, "-c", KILLED_HOLDER, str(database)], check=False)
    assert killed.returncode == -9
    left = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
    assert left["pid"] != os.getpid()

    lock = DatabaseLock(database)
    lock.acquire()
    now_held = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
    assert now_held["pid"] == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hallbar.sqlite3.lock"]
    lock.release()


def test_a_lock_whose_process_number_was_reused_is_taken_over(tmp_path: Path) -> None:
    # The pid is alive (this test), but that process started after the lock was written: the
    # holder is gone and its number was handed out again, as after a restart.
    database = tmp_path / "hallbar.sqlite3"
    if database_lock.process_started_at(os.getpid()) is None:
        pytest.skip("this system does not tell when a process started")
    write_lock(database, since=(datetime.now() - timedelta(days=3)).isoformat())
    with DatabaseLock(database) as lock:
        assert lock.held


def test_a_lock_of_a_dead_process_on_another_computer_is_respected(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock_file = write_lock(database, host="KONFERENSRUM-3", pid=dead_pid(), user="per")
    before = lock_file.read_bytes()
    with pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(database).acquire()
    message = caught.value.message
    assert "på datorn KONFERENSRUM-3 (process" in message and "användare per" in message
    assert f"kan du ta bort låsfilen {lock_file}" in message
    assert lock_file.read_bytes() == before


def test_a_lock_of_a_dead_process_here_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    write_lock(database, pid=dead_pid())
    with DatabaseLock(database) as lock:
        assert lock.held


def test_an_old_unreadable_lock_is_taken_over_but_a_fresh_one_is_waited_for(
    tmp_path: Path,
) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock_file = lock_path_for(database)
    lock_file.write_bytes(b"\x00\xff{inte json")
    # Just made: its holder may be writing it right now.
    with pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(database).acquire()
    assert "håller på att öppnas" in caught.value.message
    old = time.time() - database_lock.UNREADABLE_GRACE_SECONDS - 60
    os.utime(lock_file, (old, old))
    with DatabaseLock(database) as lock:
        assert lock.held


def test_release_leaves_another_holders_lock_alone(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock = DatabaseLock(database)
    lock.acquire()
    other = write_lock(database, token="y" * 32)  # someone took it over meanwhile
    lock.release()
    assert other.exists()


def test_holder_json_round_trip_and_garbage() -> None:
    holder = LockHolder("DATOR-Å", "åsa", 4321, datetime(2026, 11, 26, 9, 30), "t" * 32)
    assert LockHolder.from_json(holder.to_json()) == holder
    for garbage in ("", "[]", "{}", '{"host": "x", "pid": "y", "since": "z", "token": 1}'):
        assert LockHolder.from_json(garbage) is None


def test_a_lock_that_cannot_be_made_is_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder that is gone (USB stick pulled out, a restore into a removed folder).
    with pytest.raises(DatabaseFolderMissingError):
        DatabaseLock(tmp_path / "borta" / "hallbar.sqlite3").acquire()

    # A file system mounted read-only gives EROFS, not a PermissionError; a full disk ENOSPC.
    database = tmp_path / "hallbar.sqlite3"
    database.write_bytes(b"")
    real_open = os.open

    def failing(code: int) -> Callable[..., int]:
        def open_(path: object, *args: object, **kwargs: object) -> int:
            if str(path).endswith(".lock"):
                raise OSError(code, os.strerror(code), str(path))
            return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

        return open_

    monkeypatch.setattr(os, "open", failing(errno.EROFS))
    with pytest.raises(DatabaseReadOnlyError) as read_only:
        DatabaseLock(database).acquire()
    assert "skrivskyddad" in read_only.value.message
    monkeypatch.setattr(os, "open", failing(errno.EIO))
    with pytest.raises(DatabaseUnreadableError) as failed:
        DatabaseLock(database).acquire()
    assert f"låsfilen {lock_path_for(database)} kunde inte skapas" in failed.value.message
    assert not lock_path_for(database).exists()


def test_a_late_takeover_leaves_the_lock_another_process_just_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two starts after a crash both saw the same stale lock; one took it over and made its own
    # before the other got round to removing the stale one. The fresh lock must stand, also on
    # FAT (no hard links), or both would hold the file.
    database = tmp_path / "hallbar.sqlite3"
    stale = write_lock(database, pid=dead_pid()).read_text(encoding="utf-8")

    def no_links(*_args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with DatabaseLock(database) as first:
        fresh = lock_path_for(database).read_text(encoding="utf-8")
        late = DatabaseLock(database)
        late._take_over(stale)
        assert lock_path_for(database).read_text(encoding="utf-8") == fresh
        with pytest.raises(DatabaseInUseError):
            late.acquire()
        assert first.held
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_takeover_in_progress_is_waited_for_and_an_abandoned_one_cleared(
    tmp_path: Path,
) -> None:
    database = tmp_path / "hallbar.sqlite3"
    write_lock(database, pid=dead_pid())
    remover = lock_path_for(database).with_name("hallbar.sqlite3.lock.takeover")
    remover.write_bytes(b"")  # another start is removing the stale lock right now
    with pytest.raises(DatabaseInUseError):
        DatabaseLock(database).acquire()
    assert remover.exists()
    old = time.time() - database_lock.UNREADABLE_GRACE_SECONDS - 60
    os.utime(remover, (old, old))  # its process died meanwhile
    with DatabaseLock(database) as lock:
        assert lock.held
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_same_file_through_a_link_has_one_lock(tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    database = tmp_path / "usb" / "hallbar.sqlite3"
    database.write_bytes(b"")
    link = tmp_path / "genväg.sqlite3"
    link.symlink_to(database)
    with DatabaseLock(database), pytest.raises(DatabaseInUseError):
        DatabaseLock(link).acquire()
    with DatabaseLock(link):
        assert (tmp_path / "usb" / "hallbar.sqlite3.lock").exists()
        with pytest.raises(DatabaseInUseError):
            DatabaseLock(database).acquire()
