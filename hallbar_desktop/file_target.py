"""Writing an export or a package safely: checked, written beside the target, moved in place."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from hallbar_desktop.domain.errors import ExportTargetError


def check_target(target: Path) -> None:
    """Raise ExportTargetError if ``target`` cannot be written, before any work is done."""
    if target.is_dir():
        raise ExportTargetError.is_folder(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportTargetError.folder_missing(target)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportTargetError.folder_not_writable(target)
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportTargetError.not_writable(target)


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file in the target folder, then move it over ``target``.

    A failed export thus never leaves a half-written file, and an existing file survives
    until the new one is complete."""
    check_target(target)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=f"{target.suffix}.tmp", dir=target.parent
        )
    except PermissionError as error:
        raise ExportTargetError.folder_not_writable(target) from error
    except OSError as error:
        raise _target_error(target, error) from error
    os.close(handle)
    temporary = Path(name)
    try:
        # mkstemp makes the file readable by its owner only; an export or a package is an
        # ordinary document of the user's, so it gets the permissions any new file gets.
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o666 & ~_umask())
        try:
            write(temporary)
        except OSError as error:
            if not _is_the_disks_fault(target, error):
                raise  # e.g. a missing font: a fault of the program, for the crash report
            # The writing library may still hold the file open in a frame of the traceback;
            # letting go of those frames closes it, so that the temporary file can be removed
            # below even on Windows, which does not delete an open file.
            traceback.clear_frames(error.__traceback__)
            raise _target_error(target, error) from error
        try:
            os.replace(temporary, target)
        except PermissionError as error:
            # On Windows a file open in Excel or a PDF reader cannot be replaced.
            raise ExportTargetError.not_writable(target) from error
        except OSError as error:
            raise _target_error(target, error) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _umask() -> int:
    """The process's umask, read without changing it where the system tells (Linux); else
    the usual 022, since setting it to read it would race with other threads' new files."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _codes(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, n) for n in names if hasattr(errno, n))  # not all on Windows


# What a full, vanished or failing disk (a USB stick pulled out, a lost network share) raises.
_DISK_FULL = _codes("ENOSPC", "EDQUOT", "EFBIG")
_DISK_GONE = _codes("ENOENT", "EIO", "ENXIO", "ENODEV", "ESTALE", "EROFS")


def _is_the_disks_fault(target: Path, error: OSError) -> bool:
    if error.errno in _DISK_FULL or error.errno == errno.EIO:
        return True
    return error.errno in _DISK_GONE and not target.parent.is_dir()


def _target_error(target: Path, error: OSError) -> ExportTargetError:
    """A plain message for an OSError met while writing or moving the file into place."""
    if error.errno in _DISK_FULL:
        return ExportTargetError.disk_full(target)
    if not target.parent.is_dir():
        return ExportTargetError.folder_gone(target)
    if error.errno == errno.EROFS:
        return ExportTargetError.not_writable(target)
    if error.errno == errno.EIO:
        return ExportTargetError.write_failed(target, "disk_write_error")
    return ExportTargetError.write_failed(
        target, f"systemet svarade: {error.strerror or type(error).__name__}"
    )
