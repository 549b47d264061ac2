"""Writing an export file safely: checked first, written beside the target, then moved in place."""

from __future__ import annotations

import contextlib
import os
import tempfile
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
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        try:
            os.replace(temporary, target)
        except PermissionError as error:
            # On Windows a file open in Excel or a PDF reader cannot be replaced.
            raise ExportTargetError.not_writable(target) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
