"""Files and folders the system refuses, also to root (CI runs as root, who may write anywhere).

Writing: a user gets read-only permissions; root gets the immutable flag (chattr +i), which
refuses root too. Reading: root reads every file, so for root the refusal the system would give
is simulated at the one place the program asks (os.access, then open)."""

from __future__ import annotations

import builtins
import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

AS_ROOT = os.geteuid() == 0


@contextlib.contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """``path`` (a file, or a folder nothing may be added to) cannot be changed by anyone."""
    if not AS_ROOT:
        mode = path.stat().st_mode & 0o777
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)


@contextlib.contextmanager
def unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``path`` cannot be read by this process: no read permission for a user; for root the
    system's answer (EACCES) is given by os.access and open, which is where the program asks."""
    if not AS_ROOT:
        mode = path.stat().st_mode & 0o777
        path.chmod(0)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    refused = os.path.realpath(path)
    real_access, real_open = os.access, builtins.open

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if _same(target, refused) and mode & os.R_OK:
            return False
        return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    def open_(target: object, *args: object, **kwargs: object) -> object:
        if _same(target, refused):
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)  # type: ignore[call-overload]

    with monkeypatch.context() as patch:
        patch.setattr(os, "access", access)
        patch.setattr(builtins, "open", open_)
        patch.setattr(Path, "open", lambda self, *a, **k: open_(self, *a, **k))
        yield


def _same(target: object, refused: str) -> bool:
    return isinstance(target, (str, os.PathLike)) and os.path.realpath(target) == refused
