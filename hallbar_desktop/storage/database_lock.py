"""A lock file beside the database, so that only one hallbar at a time changes a file.

SQLite's own locks keep each transaction whole, but two windows on one file would each show and
undo a world the other keeps changing. The holder keeps the lock file open with an OS lock on
it for as long as it has the database: the operating system (or the file server, over SMB and
NFSv4) drops that lock when the process ends, however it ends. So a lock is live exactly while
its OS lock is held, whatever computer name or process id it carries: two computers can share a
name, and a process in another PID namespace can have any id. The file also names its holder
(computer, user, process, since when) so the second window can say who has the file.

A lock written by a hallbar that takes no OS lock (an older version, or one on a file system
without working locks) cannot be judged that way; it is judged as before, by its process on this
computer, and respected when it is from another one."""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import struct
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hallbar_desktop.domain.errors import (
    DatabaseFolderMissingError,
    DatabaseFolderNotWritableError,
    DatabaseInUseError,
    DatabaseLockLostError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
)

# Only for locks that carry no OS lock: an unreadable one is taken over, but not while it may
# still be being written (an older hallbar creates the file and writes its JSON right after).
UNREADABLE_GRACE_SECONDS = 10.0
# Clocks and /proc tick counts are coarse: a process is "younger than the lock" only beyond this.
START_TIME_SLACK_SECONDS = 2.0
# The byte the OS lock covers. Beyond the holder's JSON, because Windows locks are mandatory and
# would stop others from reading who holds the file; the same byte on every system, so that a
# Mac and a Windows PC on one share lock the same range and see each other.
LOCK_OFFSET = 1 << 30
LOCK_LENGTH = 1

# errno values of a lock held by someone else, and of a file system that has no working locks.
_BUSY = {errno.EACCES, errno.EAGAIN, getattr(errno, "EDEADLOCK", errno.EDEADLK)}
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}

# The lock files this process holds, by (st_dev, st_ino). A POSIX lock belongs to the process,
# not the open file: a second lock here would be granted, and closing its file would drop the
# first. So a second lock on a file held here is refused before the file is opened again.
_held_here: dict[tuple[int, int], DatabaseLock] = {}
_held_here_mutex = threading.Lock()


@dataclass(frozen=True, slots=True)
class LockHolder:
    host: str
    user: str
    pid: int
    since: datetime  # the holder's local time, with its UTC offset
    token: str  # tells this holder's lock from a later one by the same process
    # True when the holder keeps an OS lock on the file: then that lock, not host and pid,
    # says whether it lives. False for older versions and file systems without locks.
    os_lock: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {
                "host": self.host,
                "user": self.user,
                "pid": self.pid,
                "since": self.since.isoformat(timespec="seconds"),
                "token": self.token,
                "os_lock": self.os_lock,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LockHolder | None:
        try:
            data = json.loads(text)
            return cls(
                host=str(data["host"]),
                user=str(data.get("user", "")),
                pid=int(data["pid"]),
                since=datetime.fromisoformat(str(data["since"])),
                token=str(data["token"]),
                os_lock=data.get("os_lock") is True,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def lock_path_for(database: Path) -> Path:
    # Beside the file itself, not beside a link to it: the same file reached through two links
    # must have one lock, or a restore through one could replace it under a window on the other.
    real = Path(os.path.realpath(database))
    return real.with_name(real.name + ".lock")


def this_host() -> str:
    if hasattr(os, "uname"):
        # What socket.gethostname() returns on POSIX, without importing socket (2-3 ms of CPU
        # before the window, which takes the lock).
        name = os.uname().nodename
    else:
        import socket

        name = socket.gethostname()
    return name or "okänd dator"


def this_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (containers), or no login
        return ""


class DatabaseLock:
    """Held while this process may change ``database``; ``acquire`` raises DatabaseInUseError
    naming the holder when another live hallbar has it, and ``verify`` raises
    DatabaseLockLostError when the lock file is no longer the one held."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path_for(database)
        self.holder: LockHolder | None = None
        self._fd: int | None = None
        self._key: tuple[int, int] | None = None  # its (st_dev, st_ino) while held
        self._fd_mutex = threading.Lock()  # verify() runs on pool threads too

    @property
    def held(self) -> bool:
        return self.holder is not None

    def acquire(self) -> None:
        if self.holder is not None:
            return
        with _held_here_mutex:
            # Up to three rounds: the file we opened may be removed by its releasing holder (or
            # a stale one we could not write may be removed by us) before we lock it.
            for _ in range(3):
                if self._try_acquire():
                    return
            raise self._in_use(None)

    def release(self) -> None:
        """Give the lock up, and remove the lock file if it is still ours (never another's)."""
        with _held_here_mutex, self._fd_mutex:
            fd = self._fd
            if fd is None or self.holder is None:
                self.holder = None
                return
            ours = self._still_ours(fd) is None
            try:
                # While the OS lock is still held, so no one can have taken the file meanwhile.
                # Windows cannot remove an open file; there a file another process has open
                # cannot be removed at all, which keeps its lock safe (see below).
                if ours and sys.platform != "win32":
                    with contextlib.suppress(OSError):
                        self.path.unlink()
            finally:
                _held_here.pop(self._key, None)  # type: ignore[arg-type]
                _close(fd, locked=self.holder.os_lock)
                self._fd = self._key = None
                self.holder = None
            if ours and sys.platform == "win32":
                with contextlib.suppress(OSError):
                    self.path.unlink()

    def verify(self) -> None:
        """Raise DatabaseLockLostError unless the lock file at its path is still the one held.

        Runs before every write. A lock file removed by hand, or replaced (by an older hallbar
        that took it over), means another window may have changed the file meanwhile, and this
        one may show what is no longer there. The lock is not taken again: whoever came and
        went in between cannot be seen, so writing on would risk overwriting their work."""
        with self._fd_mutex:
            fd = self._fd
            if fd is None or self.holder is None:
                raise DatabaseLockLostError(self.database, lock_path=self.path)
            problem = self._still_ours(fd)
        if problem is not None:
            raise problem

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    # --- taking it ------------------------------------------------------------------------

    def _try_acquire(self) -> bool:
        """One round: True when the lock is now ours, False to try again; raises when held."""
        with contextlib.suppress(OSError):
            mine = _held_here.get(_file_key(os.stat(self.path)))
            if mine is not None:
                raise self._in_use(mine.holder)
        opened = self._open()
        if opened is None:
            return False  # removed between our look and our open
        fd, created, writable = opened
        try:
            locked = _try_os_lock(fd, exclusive=writable)
        except OSError as error:
            _close(fd, locked=False)
            raise self._not_made(error) from error
        if locked is False:
            holder = LockHolder.from_json(_read_fd(fd))
            _close(fd, locked=False)
            raise self._in_use(holder)
        if locked and not _same_file(fd, self.path):
            # The holder removed it as it released it, after we opened it: a new round.
            _close(fd, locked=True)
            return False
        text = _read_fd(fd)
        found = LockHolder.from_json(text)
        judged_by_process = locked is None or (found is not None and not found.os_lock)
        if judged_by_process and not created and self._alive_by_process(found):
            _close(fd, locked=bool(locked))
            raise self._in_use(found)
        if not writable and not locked:
            _close(fd, locked=False)
            raise self._in_use(found)  # cannot be judged, nor safely removed without a lock
        if not writable:
            # Another user's lock file on a shared folder, whose holder is gone: we may not
            # write it, but we may remove it while our read lock keeps others from taking it.
            try:
                self.path.unlink()
            except OSError as error:
                raise self._not_made(error) from error
            finally:
                _close(fd, locked=bool(locked))
            return False
        self._write(fd, created=created, os_lock=bool(locked))
        return True

    def _open(self) -> tuple[int, bool, bool] | None:
        """The lock file opened (made if missing): its fd, whether we made it, whether we may
        write it. None when it vanished between two tries."""
        try:
            # O_EXCL tells whether we made it: on a file system without locks that is all there
            # is to go on, and a file we made is ours.
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o644)
            return fd, True, True
        except FileExistsError:
            pass
        except FileNotFoundError as error:
            # The folder went away (a USB stick pulled out, a restore into a removed folder).
            raise DatabaseFolderMissingError(self.database) from error
        except OSError as error:
            # Not allowed here: permissions, or a file system mounted read-only (EROFS).
            if isinstance(error, PermissionError) or error.errno == errno.EROFS:
                if self.database.exists():
                    raise DatabaseReadOnlyError(self.database, folder=True) from error
                raise DatabaseFolderNotWritableError(self.database) from error
            raise self._not_made(error) from error
        try:
            return os.open(self.path, os.O_RDWR), False, True
        except FileNotFoundError:
            return None
        except PermissionError:
            pass  # another user's file: we may still read it and judge it
        except OSError as error:
            raise self._not_made(error) from error
        try:
            return os.open(self.path, os.O_RDONLY), False, False
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._not_made(error) from error

    def _write(self, fd: int, *, created: bool, os_lock: bool) -> None:
        # With its UTC offset, so comparing it with a process's start stays exact when the
        # clocks go back an hour in the autumn.
        since = datetime.now().astimezone().replace(microsecond=0)
        me = LockHolder(this_host(), this_user(), os.getpid(), since, uuid.uuid4().hex, os_lock)
        try:
            # Written over the old text, then cut to its length: cutting a file to nothing first
            # (a lock left by a crash) made ext4 wait for the disk, up to 8 ms here.
            text = me.to_json().encode("utf-8")
            _write_fd(fd, text)
            os.ftruncate(fd, len(text))
            if not os_lock:
                # Without an OS lock the text is all another computer on a share can judge the
                # lock by. With one, the text only names the holder: a lock file left empty by
                # a crash is taken over at once (see _try_acquire), so the start need not wait
                # for the disk (up to 10 ms here).
                os.fsync(fd)
        except OSError as error:
            if created:
                with contextlib.suppress(OSError):
                    self.path.unlink()
            _close(fd, locked=os_lock)
            raise self._not_made(error) from error
        if not os_lock and LockHolder.from_json(_read_fd(fd)) != me:
            # Without OS locks two starts may take over the same stale lock; the last to write
            # has it. (A later overwrite is caught by verify() before the next write.)
            _close(fd, locked=False)
            raise self._in_use(LockHolder.from_json(_read_fd_path(self.path)))
        self._fd = fd
        self._key = _file_key(os.fstat(fd))
        self.holder = me
        _held_here[self._key] = self

    def _alive_by_process(self, holder: LockHolder | None) -> bool:
        """For a lock without an OS lock: is its holder alive, as far as can be seen here?"""
        if holder is None:
            # Garbage, or being written right now: alive until too old to be a lock in writing.
            try:
                age = time.time() - self.path.stat().st_mtime
            except OSError:
                return False
            return age <= UNREADABLE_GRACE_SECONDS
        if holder.host != this_host():
            return True  # its process cannot be seen from here
        if not process_alive(holder.pid):
            return False
        started = process_started_at(holder.pid)
        # The pid is alive but was started after the lock was written: the holder died and the
        # number was given to another process (common on Windows, and after a restart).
        return started is None or started <= holder.since.timestamp() + START_TIME_SLACK_SECONDS

    # --- checking it ----------------------------------------------------------------------

    def _still_ours(self, fd: int) -> DatabaseLockLostError | None:
        """None when the file at our path is the one we hold and still names us."""
        assert self.holder is not None
        try:
            found = os.stat(self.path)
            held = os.fstat(fd)
            text = _read_fd(fd)
        except (FileNotFoundError, NotADirectoryError):
            return DatabaseLockLostError(self.database, lock_path=self.path)
        except OSError as error:
            if error.errno == getattr(errno, "ESTALE", None):  # removed, on an NFS share
                return DatabaseLockLostError(self.database, lock_path=self.path)
            reason = error.strerror or str(error)
            return DatabaseLockLostError(self.database, lock_path=self.path, reason=reason)
        if _file_key(found) != _file_key(held):
            return DatabaseLockLostError(self.database, lock_path=self.path)
        now = LockHolder.from_json(text)
        if now is None or now.token != self.holder.token:
            return DatabaseLockLostError(self.database, lock_path=self.path)
        return None

    def _not_made(self, error: OSError) -> DatabaseUnreadableError:
        if error.errno == errno.ENOSPC:
            return DatabaseUnreadableError(self.database, "lock_not_made_disk_full", lock=self.path)
        cause = error.strerror or str(error)
        return DatabaseUnreadableError(self.database, "lock_not_made", lock=self.path, cause=cause)

    def _in_use(self, holder: LockHolder | None) -> DatabaseInUseError:
        if holder is None:
            return DatabaseInUseError(self.database, lock_path=self.path)
        return DatabaseInUseError(
            self.database,
            lock_path=self.path,
            host=holder.host,
            user=holder.user,
            pid=holder.pid,
            since=holder.since,
            this_computer=holder.host == this_host(),
        )


# --- the file and its OS lock ---------------------------------------------------------------


def held_lock_token(database: Path) -> str | None:
    """The token of the lock this process holds on ``database``, or None."""
    try:
        key = _file_key(lock_path_for(database).stat())
    except OSError:
        return None
    with _held_here_mutex:
        lock = _held_here.get(key)
        holder = None if lock is None else lock.holder
    return None if holder is None else holder.token


def verify_holders_lock(database: Path, token: str, pid: int) -> None:
    """For a helper process of the lock's holder (the phones' server), before each write:
    DatabaseLockLostError unless the lock file beside ``database`` is still the one that the
    holder, process ``pid``, took (``token``), and that process still lives."""
    path = lock_path_for(database)
    holder = LockHolder.from_json(_read_fd_path(path))
    if holder is None or holder.token != token or holder.pid != pid or not process_alive(pid):
        raise DatabaseLockLostError(database, lock_path=path)


def _file_key(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_dev, stat.st_ino


def _same_file(fd: int, path: Path) -> bool:
    try:
        return _file_key(os.stat(path)) == _file_key(os.fstat(fd))
    except OSError:
        return False


def _read_fd(fd: int) -> str:
    """The file's text, read through ``fd``: opening the file again and closing it would drop
    this process's POSIX lock on it."""
    chunks = []
    offset = 0
    try:
        while chunk := _pread(fd, 65536, offset):
            chunks.append(chunk)
            offset += len(chunk)
    except OSError:
        return ""
    return b"".join(chunks).decode("utf-8", errors="replace")


def _read_fd_path(path: Path) -> str:
    """Only for a file this process holds no lock on."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _pread(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows; callers hold the lock's mutex
    return os.read(fd, size)


def _write_fd(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    while data:
        data = data[os.write(fd, data) :]


def _close(fd: int, *, locked: bool) -> None:
    if locked:
        with contextlib.suppress(OSError):
            _os_unlock(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def _try_os_lock(fd: int, *, exclusive: bool) -> bool | None:
    """Try the OS lock without waiting: True when taken, False when someone else holds it,
    None when this file system has no working locks. Other failures are raised."""
    try:
        _os_lock(fd, exclusive=exclusive)
    except OSError as error:
        if error.errno in _BUSY:
            return False
        if error.errno in _NO_LOCKS:
            return None
        raise
    return True


if sys.platform == "win32":  # pragma: no cover - runs on Windows only
    import msvcrt

    def _os_lock(fd: int, *, exclusive: bool) -> None:
        # LockFile locks are per handle and go with the process; Windows has no shared kind
        # through msvcrt, so a read-only handle takes the same exclusive lock.
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, LOCK_LENGTH)

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, LOCK_LENGTH)

else:
    import fcntl

    # Linux's open file description locks belong to the open file, not the process: a stray
    # open and close of the lock file elsewhere in this process cannot drop them. They conflict
    # with classic POSIX locks, so every hallbar sees every other. 64-bit Linux only, where
    # struct flock is "hhqqi" padded to 32 bytes.
    _OFD_SETLK = getattr(fcntl, "F_OFD_SETLK", None)
    _use_ofd = [_OFD_SETLK is not None and sys.platform.startswith("linux") and sys.maxsize > 2**32]

    def _os_lock(fd: int, *, exclusive: bool) -> None:
        kind = fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK
        if _use_ofd[0]:
            request = struct.pack("hhqqi4x", kind, os.SEEK_SET, LOCK_OFFSET, LOCK_LENGTH, 0)
            try:
                fcntl.fcntl(fd, _OFD_SETLK, request)  # type: ignore[arg-type]
                return
            except OSError as error:
                if error.errno != errno.EINVAL:
                    raise
                _use_ofd[0] = False  # a kernel older than 3.15: classic locks
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        fcntl.lockf(fd, mode, LOCK_LENGTH, LOCK_OFFSET, os.SEEK_SET)

    def _os_unlock(fd: int) -> None:
        if _use_ofd[0]:
            request = struct.pack(
                "hhqqi4x", fcntl.F_UNLCK, os.SEEK_SET, LOCK_OFFSET, LOCK_LENGTH, 0
            )
            fcntl.fcntl(fd, _OFD_SETLK, request)  # type: ignore[arg-type]
            return
        fcntl.lockf(fd, fcntl.LOCK_UN, LOCK_LENGTH, LOCK_OFFSET, os.SEEK_SET)


# --- processes ------------------------------------------------------------------------------


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def process_started_at(pid: int) -> float | None:
    """When the process started (seconds since the epoch), where the system tells; else None."""
    if sys.platform == "win32":
        return _windows_process_started_at(pid)
    return _linux_process_started_at(pid)


def _linux_process_started_at(pid: int) -> float | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        # The command name (field 2) may hold spaces; the fields after it are plain numbers.
        fields = stat.rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of the whole line: start time in clock ticks
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, StopIteration, IndexError, ValueError):
        return None


_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259
_ERROR_ACCESS_DENIED = 5


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - runs on Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # Access denied means it exists (another user's); any other error means it is gone.
        return ctypes.get_last_error() == _ERROR_ACCESS_DENIED
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _windows_process_started_at(pid: int) -> float | None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return None
    try:
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not kernel32.GetProcessTimes(
            handle,
            ctypes.byref(created),
            ctypes.byref(exited),
            ctypes.byref(kernel),
            ctypes.byref(user),
        ):
            return None
        hundreds_of_ns = (created.dwHighDateTime << 32) | created.dwLowDateTime
        # FILETIME counts from 1601-01-01; the Unix epoch is 11 644 473 600 seconds later.
        return hundreds_of_ns / 10_000_000 - 11_644_473_600
    finally:
        kernel32.CloseHandle(handle)
