"""Half copies left by a backup or restore that was killed are cleared at the next open.

The leftovers are made for real: a `restore` runs in a child process that is killed with SIGKILL
just before it would move its finished copy into place."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from hallbar_desktop.app import backup_service_for, open_services
from hallbar_desktop.storage.backups import LEFTOVER_AGE_SECONDS
from tests.conftest import TODAY

_KILLED_RESTORE = """
import os, signal, sys
from pathlib import Path
from hallbar_desktop.app import backup_service_for

database, root, backup, kill_before = sys.argv[1:]
real_replace = os.replace

def replace(source, target):
    if str(source).endswith(kill_before):
        os.kill(os.getpid(), signal.SIGKILL)  # killed with the copy written, not yet in place
    real_replace(source, target)

os.replace = replace
backups = backup_service_for(Path(database), Path(root))
backups.restore(backups.backup_at(Path(backup)))
"""


def _restore_killed(database: Path, root: Path, backup: Path, kill_before: str) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_RESTORE, database, root, backup, kill_before],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert killed.returncode == -9, killed.stderr


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_leftovers_of_a_killed_restore_are_gone_after_the_next_open_and_nothing_else(
    tmp_path: Path,
) -> None:
    from hallbar_desktop.services.demo_workshop import add_demo_workshop

    folder, root = tmp_path / "usb", tmp_path / "backups"
    folder.mkdir()
    database = folder / "region.sqlite3"
    with open_services(database, create_if_missing=True, backups=root) as services:
        add_demo_workshop(services.workshops, TODAY)
    backups = backup_service_for(database, root)
    backup = backups.back_up().path

    # Killed while keeping the current file, and killed while putting the backup in its place.
    _restore_killed(database, root, backup, ".partial")
    _restore_killed(database, root, backup, ".restoring")
    (partial,) = [p for p in backups.folder.iterdir() if p.name.endswith(".partial")]
    (restoring,) = [p for p in folder.iterdir() if p.name.endswith(".restoring")]
    assert partial.name.startswith(".region-") and restoring.name.startswith(".region.sqlite3.")

    # The next start comes later. Meanwhile another hallbar has just begun a copy of its own.
    for leftover in (partial, restoring):
        _age(leftover, LEFTOVER_AGE_SECONDS + 5)
    fresh = backups.folder / ".region-2026-11-26_093000-manual.sqlite3.0a1b2c3d.partial"
    shutil.copyfile(partial, fresh)
    # Files that are not our half copies, also ones with similar names, old as they may be.
    others = {
        backups.folder / "anteckningar.partial": b"mine",
        backups.folder / ".region.partial": b"mine",
        folder / ".annan.sqlite3.0a1b2c3d.restoring": b"another database's restore",
        folder / "region.sqlite3.0a1b2c3d.restoring": b"not hidden: not one of ours",
    }
    for path, content in others.items():
        path.write_bytes(content)
        _age(path, 3600)
    in_backups, beside = _names(backups.folder), _names(folder)

    with open_services(database, create_if_missing=False, backups=root) as services:
        assert len(services.workshops.list_workshops()) == 1

    assert _names(backups.folder) == in_backups - {partial.name}
    assert _names(folder) == beside - {restoring.name}
    assert fresh.exists()
    for path, content in others.items():
        assert path.read_bytes() == content
