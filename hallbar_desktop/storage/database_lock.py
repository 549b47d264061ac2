"""A lock file beside the database, so that only one hallbar at a time changes a file.

SQLite's own locks keep each transaction whole, but two windows on one file would each show and
undo a world the other keeps changing. The lock file names its holder (computer, user, process,
since when) so the second window can say who has the file. A lock whose process is gone from
this computer (killed, crashed, or from before a restart) is taken over; a lock held from
another computer is respected, since its process cannot be seen from here."""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hallbar_desktop.domain.errors import (
    DatabaseFolderMissingError,
    DatabaseFolderNotWritableError,
    DatabaseInUseError,
    DatabaseReadOnlyError,
    DatabaseUnreadableError,
)

# A lock file that cannot be read is taken over, but not while it may still be being written:
# the holder creates the file and writes its JSON right after, so give it this long.
UNREADABLE_GRACE_SECONDS = 10.0
# Clocks and /proc tick counts are coarse: a process is "younger than the lock" only beyond this.
START_TIME_SLACK_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class LockHolder:
    host: str
    user: str
    pid: int
    since: datetime  # the holder's local time, with its UTC offset
    token: str  # tells this holder's lock from a later one by the same process

    def to_json(self) -> str:
        return json.dumps(
            {
                "host": self.host,
                "user": self.user,
                "pid": self.pid,
                "since": self.since.isoformat(timespec="seconds"),
                "token": self.token,
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
            )
        except (ValueError, TypeError, KeyError):
            return None


def lock_path_for(database: Path) -> Path:
    # Beside the file itself, not beside a link to it: the same file reached through two links
    # must have one lock, or a restore through one could replace it under a window on the other.
    real = Path(os.path.realpath(database))
    return real.with_name(real.name + ".lock")


def this_host() -> str:
    return socket.gethostname() or "okänd dator"


def this_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (containers), or no login
        return ""


class DatabaseLock:
    """Held while this process may change ``database``; ``acquire`` raises DatabaseInUseError
    naming the holder when another live hallbar has it."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path_for(database)
        self.holder: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self.holder is not None

    def acquire(self) -> None:
        if self.holder is not None:
            return
        # With its UTC offset, so comparing it with a process's start stays exact when the
        # clocks go back an hour in the autumn.
        since = datetime.now().astimezone().replace(microsecond=0)
        me = LockHolder(this_host(), this_user(), os.getpid(), since, uuid.uuid4().hex)
        # Up to three rounds: one may clear a takeover abandoned by a dead process, the next
        # takes over the stale lock (which only one process wins), the last makes ours.
        for _ in range(3):
            if self._create(me):
                self.holder = me
                return
            found, text = self._read()
            if not self._is_stale(found):
                raise self._in_use(found)
            self._take_over(text)
        found, _ = self._read()
        raise self._in_use(found)

    def release(self) -> None:
        """Remove the lock file if it is still ours (never another process's)."""
        if self.holder is None:
            return
        found, _ = self._read()
        if found is not None and found.token == self.holder.token:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.holder = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    # --- the file ------------------------------------------------------------------------

    def _create(self, me: LockHolder) -> bool:
        try:
            # O_EXCL makes creating the file the atomic test-and-set: exactly one process wins.
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
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
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(me.to_json())
                file.flush()
                os.fsync(file.fileno())
        except OSError as error:
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise self._not_made(error) from error
        return True

    def _not_made(self, error: OSError) -> DatabaseUnreadableError:
        reason = "disken är full" if error.errno == errno.ENOSPC else error.strerror or str(error)
        return DatabaseUnreadableError(
            self.database, f"låsfilen {self.path} kunde inte skapas: {reason}"
        )

    def _read(self) -> tuple[LockHolder | None, str | None]:
        """The holder, and the file's text (None when it is gone or cannot be read at all)."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return None, None
        except OSError:
            return None, ""
        return LockHolder.from_json(text), text

    def _is_stale(self, holder: LockHolder | None) -> bool:
        if holder is None:
            # Gone already, or garbage: stale once it is too old to be a lock being written.
            try:
                age = time.time() - self.path.stat().st_mtime
            except FileNotFoundError:
                return True
            return age > UNREADABLE_GRACE_SECONDS
        if holder.host != this_host():
            return False
        if not process_alive(holder.pid):
            return True
        started = process_started_at(holder.pid)
        # The pid is alive but was started after the lock was written: the holder died and the
        # number was given to another process (common on Windows, and after a restart).
        return started is not None and started > holder.since.timestamp() + START_TIME_SLACK_SECONDS

    def _take_over(self, stale_text: str | None) -> None:
        """Remove a stale lock, unless another process replaced it in the meantime."""
        if stale_text is None:
            return  # already gone
        # One remover at a time: it holds a second file, made with O_EXCL like the lock. Then
        # the lock cannot change between reading it and removing it: a new lock is only made
        # where none is, and only a remover removes a dead holder's lock. (Moving the lock aside
        # instead can catch a lock another process has just made, and without hard links, as
        # on a FAT USB stick, it cannot be put back whole: two processes would hold the file.)
        remover = self.path.with_name(self.path.name + ".takeover")
        try:
            os.close(os.open(remover, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            _remove_if_abandoned(remover)
            return  # another process is taking it over: the next round sees what it did
        except OSError:
            return  # cannot take it over: the next round reports the holder
        try:
            _, text = self._read()
            if text == stale_text:
                with contextlib.suppress(OSError):  # gone, or not a file: reported as held
                    self.path.unlink()
        finally:
            with contextlib.suppress(OSError):
                remover.unlink()

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


def _remove_if_abandoned(remover: Path) -> None:
    """A takeover file left by a process that died while removing a lock blocks no one for long."""
    with contextlib.suppress(OSError):
        if time.time() - remover.stat().st_mtime > UNREADABLE_GRACE_SECONDS:
            remover.unlink()


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
