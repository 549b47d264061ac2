"""The lock file beside the database: one hallbar per file, the holder named, dead ones' taken."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hallbar_desktop.domain.errors import (
    DatabaseFolderMissingError,
    DatabaseInUseError,
    DatabaseLockLostError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
)
from hallbar_desktop.error_messages import message as error_message
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
    assert f"på datorn {this_host()} (process {os.getpid()}" in error_message(error)
    assert f"sedan {datetime.now():%Y-%m-%d}" in error_message(error)
    assert error_message(error).endswith("Stäng det andra fönstret och försök igen.")
    assert stored["os_lock"] is True
    # Another process on this computer is refused too: its OS lock meets ours.
    other = subprocess.run(
        [sys.executable, "-c", RACER, str(database), "0"], capture_output=True, text=True
    )
    assert other.stdout.strip() == "upptagen", other.stderr

    first.release()
    assert not lock_path_for(database).exists()
    with DatabaseLock(database) as second:
        assert second.held
    assert not lock_path_for(database).exists()


HOLDER = """
import json, os, sys, time
from pathlib import Path
from hallbar_desktop.storage.database_lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
lock.acquire()
# What the lock file says about its holder, changed through the held file (opening it again
# and closing it would drop a POSIX lock).
shown = {**json.loads(lock.holder.to_json()), **json.loads(sys.argv[2])}
os.ftruncate(lock._fd, 0)
os.pwrite(lock._fd, json.dumps(shown).encode(), 0)
print("låst", flush=True)
if sys.argv[3] == "kill":
    os.kill(os.getpid(), 9)
time.sleep(120)
"""


@contextlib.contextmanager
def holder_process(database: Path, then: str = "live", **shown: object) -> Iterator[int]:
    """Another process that holds the lock, its file showing ``shown``; yields its pid."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), json.dumps(shown), then],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "låst\n"
        if then == "kill":
            assert child.wait(timeout=30) == -signal.SIGKILL
        yield child.pid
    finally:
        child.kill()
        child.wait(timeout=30)


def test_a_live_holder_is_respected_whatever_process_id_it_names(tmp_path: Path) -> None:
    # Issue 11: two computers with the same name on a shared folder, or a holder in another
    # PID namespace: the lock names this computer and a process id that is not running here,
    # yet its holder lives. Its OS lock, not the id, says so.
    database = tmp_path / "hallbar.sqlite3"
    gone = dead_pid()
    with holder_process(database, pid=gone, host=this_host()):
        before = lock_path_for(database).read_bytes()
        with pytest.raises(DatabaseInUseError) as caught:
            DatabaseLock(database).acquire()
        assert (caught.value.host, caught.value.pid) == (this_host(), gone)
        assert lock_path_for(database).read_bytes() == before


@pytest.mark.parametrize(
    "shown",
    [{}, {"host": "KONFERENSRUM-3", "pid": 1}],
    ids=["this computer", "another computer's name, pid 1"],
)
def test_a_lock_left_by_a_killed_process_is_taken_over(
    tmp_path: Path, shown: dict[str, object]
) -> None:
    # Its OS lock went with the process, so the lock is free at once, whatever it names: a
    # computer that crashed on a shared folder no longer needs its lock deleted by hand.
    database = tmp_path / "hallbar.sqlite3"
    with holder_process(database, "kill", **shown) as killed:
        left = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
        assert left["pid"] == shown.get("pid", killed) and left["os_lock"] is True

        started = time.monotonic()
        lock = DatabaseLock(database)
        lock.acquire()
        assert time.monotonic() - started < 1.0  # no waiting for a grace period
    now_held = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
    assert (now_held["host"], now_held["pid"]) == (this_host(), os.getpid())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hallbar.sqlite3.lock"]
    lock.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_lock_whose_process_number_was_reused_is_taken_over(tmp_path: Path) -> None:
    # A lock without an OS lock (written by an older hallbar) is judged by its process, as
    # before. The pid is alive (this test), but that process started after the lock was
    # written: the holder is gone and its number was handed out again, as after a restart.
    database = tmp_path / "hallbar.sqlite3"
    if database_lock.process_started_at(os.getpid()) is None:
        pytest.skip("this system does not tell when a process started")
    write_lock(database, since=(datetime.now() - timedelta(days=3)).isoformat())
    with DatabaseLock(database) as lock:
        assert lock.held


def test_a_lock_of_a_dead_process_on_another_computer_is_respected(tmp_path: Path) -> None:
    # An older hallbar's lock (no OS lock) from another computer cannot be judged from here.
    database = tmp_path / "hallbar.sqlite3"
    lock_file = write_lock(database, host="KONFERENSRUM-3", pid=dead_pid(), user="per")
    before = lock_file.read_bytes()
    with pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(database).acquire()
    message = error_message(caught.value)
    assert "på datorn KONFERENSRUM-3 (process" in message and "användare per" in message
    assert f"kan du ta bort låsfilen {lock_file}" in message
    assert lock_file.read_bytes() == before


def test_a_lock_of_a_dead_process_here_is_taken_over(tmp_path: Path) -> None:
    # An older hallbar's lock (no OS lock) of a process gone from this computer.
    database = tmp_path / "hallbar.sqlite3"
    write_lock(database, pid=dead_pid())
    with DatabaseLock(database) as lock:
        assert lock.held
    assert not lock_path_for(database).exists()


def no_os_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system whose locks do not work (an NFS share without its lock service)."""

    def refuse(_fd: int, **_kwargs: object) -> None:
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(database_lock, "_os_lock", refuse)


def test_an_unreadable_lock_nobody_holds_is_taken_over_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock_file = lock_path_for(database)
    lock_file.write_bytes(b"\x00\xff{inte json")
    # Its OS lock is free, so nobody is writing it: a holder writes under its OS lock.
    with DatabaseLock(database) as lock:
        assert lock.held
    # Without working locks a fresh one may still be being written: it is waited for.
    no_os_locks(monkeypatch)
    lock_file.write_bytes(b"\x00\xff{inte json")
    with pytest.raises(DatabaseInUseError) as caught:
        DatabaseLock(database).acquire()
    assert "håller på att öppnas" in error_message(caught.value)
    old = time.time() - database_lock.UNREADABLE_GRACE_SECONDS - 60
    os.utime(lock_file, (old, old))
    with DatabaseLock(database) as lock:
        assert lock.held


def test_without_working_locks_the_lock_file_still_keeps_one_hallbar_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As before the OS locks: made with O_EXCL, judged by its process, another computer's lock
    # respected.
    no_os_locks(monkeypatch)
    database = tmp_path / "hallbar.sqlite3"
    with DatabaseLock(database) as first:
        assert first.holder is not None and not first.holder.os_lock
        with pytest.raises(DatabaseInUseError):
            DatabaseLock(database).acquire()
        first.verify()
    assert not lock_path_for(database).exists()
    write_lock(database, host="KONFERENSRUM-3", pid=dead_pid(), os_lock=True)
    with pytest.raises(DatabaseInUseError):
        DatabaseLock(database).acquire()
    write_lock(database, pid=dead_pid(), os_lock=True)
    with DatabaseLock(database) as taken:
        assert taken.held


def test_release_leaves_another_holders_lock_alone(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock = DatabaseLock(database)
    lock.acquire()
    other = write_lock(database, token="y" * 32)  # an older hallbar wrote over it meanwhile
    lock.release()
    assert other.exists()
    other.unlink()

    lock.acquire()
    other.unlink()  # removed by hand, and another window made its own
    with DatabaseLock(database) as another:
        lock.release()
        assert other.exists() and another.held
    assert not other.exists()


def test_another_users_lock_file_is_judged_by_a_shared_lock_and_removed_when_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a shared folder another user's lock file may be readable but not writable for us.
    database = tmp_path / "hallbar.sqlite3"
    real_open = os.open

    def not_ours_to_write(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock") and flags & os.O_RDWR and not flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    with holder_process(database, user="per"):
        monkeypatch.setattr(os, "open", not_ours_to_write)
        with pytest.raises(DatabaseInUseError) as caught:
            DatabaseLock(database).acquire()
        assert caught.value.user == "per"
        monkeypatch.undo()
    write_lock(database, user="per", pid=dead_pid(), os_lock=True)
    monkeypatch.setattr(os, "open", not_ours_to_write)
    with DatabaseLock(database) as lock:
        assert lock.holder is not None and lock.holder.user != "per"
    assert not lock_path_for(database).exists()


def test_holder_json_round_trip_and_garbage() -> None:
    holder = LockHolder("DATOR-Å", "åsa", 4321, datetime(2026, 11, 26, 9, 30), "t" * 32, True)
    assert LockHolder.from_json(holder.to_json()) == holder
    older = '{"host": "x", "pid": 1, "since": "2026-11-26T09:30:00", "token": "t"}'
    assert LockHolder.from_json(older).os_lock is False  # type: ignore[union-attr]
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
    assert "skrivskyddad" in error_message(read_only.value)
    monkeypatch.setattr(os, "open", failing(errno.EIO))
    with pytest.raises(DatabaseUnreadableError) as failed:
        DatabaseLock(database).acquire()
    assert f"låsfilen {lock_path_for(database)} kunde inte skapas" in error_message(failed.value)
    assert not lock_path_for(database).exists()


RACER = """
import sys, time
from pathlib import Path
from hallbar_desktop.domain.errors import DatabaseInUseError
from hallbar_desktop.storage.database_lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
try:
    lock.acquire()
except DatabaseInUseError:
    print("upptagen", flush=True)
else:
    print("fick den", flush=True)
    time.sleep(1.5)  # held while the others try
    lock.release()
"""


@pytest.mark.parametrize("before", ["no lock file", "a dead holder's lock", "an older one's"])
def test_starts_at_the_same_moment_leave_exactly_one_holder(tmp_path: Path, before: str) -> None:
    # Stale locks are taken over in place under the OS lock; only a holder removes its file.
    database = tmp_path / "hallbar.sqlite3"
    if before == "a dead holder's lock":
        write_lock(database, host="KONFERENSRUM-3", pid=dead_pid(), os_lock=True)
    elif before == "an older one's":
        write_lock(database, pid=dead_pid())
    at = time.time() + 2.0  # all started and waiting by then
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(database), repr(at)], stdout=subprocess.PIPE
        )
        for _ in range(5)
    ]
    said = sorted(racer.communicate(timeout=60)[0].decode().strip() for racer in racers)
    assert said == ["fick den"] + ["upptagen"] * 4
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_verify_passes_while_the_lock_is_ours_and_refuses_once_its_file_is_removed(
    tmp_path: Path,
) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock = DatabaseLock(database)
    with pytest.raises(DatabaseLockLostError):
        lock.verify()  # not held: nothing may be written
    lock.acquire()
    lock.verify()
    lock_path_for(database).unlink()  # by hand, or by a clean-up tool
    with pytest.raises(DatabaseLockLostError) as caught:
        lock.verify()
    message = error_message(caught.value)
    assert message.startswith(f"Ändringen sparades inte i databasen {database}, eftersom ")
    assert f"låsfilen {lock_path_for(database)} har tagits bort eller bytts ut" in message
    assert message.endswith("Stäng programmet och öppna databasen igen.")
    # Not taken again: a window that came and went meanwhile cannot be seen.
    with pytest.raises(DatabaseLockLostError):
        lock.verify()
    assert not lock_path_for(database).exists()
    lock.release()


def test_verify_refuses_once_the_lock_file_is_replaced_or_written_over(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    lock_file = lock_path_for(database)
    with DatabaseLock(database) as lock:
        # Replaced: another file in its place, as an older hallbar taking it over makes it.
        copy = tmp_path / "kopia"
        copy.write_bytes(lock_file.read_bytes())
        os.replace(copy, lock_file)
        with pytest.raises(DatabaseLockLostError):
            lock.verify()
    assert lock_file.exists()  # not ours, so left alone
    lock_file.unlink()
    with DatabaseLock(database) as lock:
        write_lock(database, token="y" * 32)  # the same file, written over
        with pytest.raises(DatabaseLockLostError):
            lock.verify()


def test_classic_posix_locks_work_the_same_where_linux_ofd_locks_are_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # macOS and the BSDs have only process-wide POSIX locks; they conflict with Linux's OFD locks.
    if sys.platform == "win32":
        pytest.skip("POSIX locks")
    monkeypatch.setattr(database_lock, "_use_ofd", [False])
    database = tmp_path / "hallbar.sqlite3"
    with holder_process(database), pytest.raises(DatabaseInUseError):
        DatabaseLock(database).acquire()
    with DatabaseLock(database) as first:
        # A second lock in this process is refused before the file is opened again: a POSIX
        # lock would be granted to the same process, and closing that file would drop the first.
        with pytest.raises(DatabaseInUseError) as caught:
            DatabaseLock(database).acquire()
        assert caught.value.pid == os.getpid()
        first.verify()
        refused = subprocess.run(
            [sys.executable, "-c", RACER, str(database), "0"], capture_output=True, text=True
        )
        assert refused.stdout.strip() == "upptagen", refused.stderr


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


def test_the_holders_text_is_forced_to_disk_only_where_it_is_all_a_lock_is_judged_by(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With an OS lock a crash's empty lock file is taken over at once (see above), so the start
    # does not wait for the disk; without one another computer on a share judges by the text.
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(database_lock.os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    database = tmp_path / "hallbar.sqlite3"
    with DatabaseLock(database) as lock:
        assert lock.holder is not None and lock.holder.os_lock
    assert synced == []
    no_os_locks(monkeypatch)
    with DatabaseLock(database) as lock:
        assert lock.holder is not None and not lock.holder.os_lock
    assert len(synced) == 1


def test_the_computer_is_named_as_the_network_knows_it() -> None:
    import socket

    assert this_host() == socket.gethostname()


def test_a_shorter_holder_written_over_a_longer_one_leaves_nothing_of_it(tmp_path: Path) -> None:
    database = tmp_path / "hallbar.sqlite3"
    long_name = "EN-MYCKET-LÅNG-DATORN-I-KONFERENSRUMMET-" * 5
    write_lock(database, host=long_name, pid=dead_pid(), os_lock=True)
    with DatabaseLock(database) as lock:
        stored = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
        assert lock.holder is not None and stored["host"] == lock.holder.host == this_host()
