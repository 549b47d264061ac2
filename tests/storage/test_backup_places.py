"""Backups beside a file on a stick or a share, in the user's folder otherwise, found in both."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hallbar_desktop.domain.backup import BackupKind, BackupPlace, StorageMedium
from hallbar_desktop.services.backup_service import BackupService
from hallbar_desktop.services.demo_workshop import add_demo_workshop
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage import backups as backups_module
from hallbar_desktop.storage.backups import (
    BACKUPS_PLACE_KEY,
    BESIDE_FOLDER,
    SqliteBackupFiles,
    backup_folder_for,
)
from hallbar_desktop.storage.storage_medium import (
    DRIVE_CDROM,
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    linux_medium,
    mac_medium,
    windows_medium,
)
from tests.conftest import TODAY

# Backups copy the SQLite file; a server is backed up by its own tools.
pytestmark = pytest.mark.sqlite_only

AT = datetime(2026, 11, 26, 9, 30, 15)
DRIVE_FIXED = 3
SPACE = "\\040"  # as mountinfo writes a space in a path


def on(medium: StorageMedium):  # type: ignore[no-untyped-def]
    """A stand-in for the system's answer: every path is on ``medium``."""
    return lambda _path: medium


def choose(database: Path, place: str) -> None:
    with contextlib.closing(sqlite3.connect(database)) as raw, raw:
        raw.execute("DELETE FROM hallbar_meta WHERE key = ?", (BACKUPS_PLACE_KEY,))
        raw.execute(
            "INSERT INTO hallbar_meta (key, value) VALUES (?, ?)", (BACKUPS_PLACE_KEY, place)
        )


# --- where a file lies ------------------------------------------------------------------------


def _mountinfo(tmp_path: Path, *mounts: tuple[str, str, str]) -> Path:
    """A /proc/self/mountinfo with (mount point, major:minor, file system type) lines."""
    lines = [
        f"{n} 1 {device} / {point.replace(' ', SPACE)} rw,relatime shared:{n} - {fs} src rw"
        for n, (point, device, fs) in enumerate(mounts, start=20)
    ]
    path = tmp_path / "mountinfo"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _block_device(sys_root: Path, device: str, disk: str, *, removable: str, bus: str) -> None:
    """/sys/dev/block/<device> → …/<bus>/block/<disk>/<disk>1, a partition of ``disk``."""
    disk_node = sys_root / "devices" / bus / "block" / disk
    partition = disk_node / f"{disk}1"
    partition.mkdir(parents=True)
    (partition / "partition").write_text("1\n")
    (disk_node / "removable").write_text(f"{removable}\n")
    (sys_root / "dev" / "block").mkdir(parents=True, exist_ok=True)
    (sys_root / "dev" / "block" / device).symlink_to(partition)


def test_linux_tells_a_share_a_stick_and_a_local_disk_apart(tmp_path: Path) -> None:
    sys_root = tmp_path / "sys"
    _block_device(sys_root, "8:1", "sda", removable="0", bus="pci0000:00/ata1")
    _block_device(sys_root, "8:17", "sdb", removable="1", bus="pci0000:00/ata2")
    # A USB disk that says removable 0: its place on the USB bus tells.
    _block_device(sys_root, "8:33", "sdc", removable="0", bus="pci0000:00/usb2/2-1")
    mountinfo = _mountinfo(
        tmp_path,
        ("/", "8:1", "ext4"),
        ("/home/anna/projekt", "0:50", "nfs4"),
        ("/srv/delad", "0:51", "cifs"),
        ("/home/anna/fjärr", "0:52", "fuse.sshfs"),
        ("/media/anna/MIN STICKA", "8:18", "vfat"),
        ("/run/media/anna/KORT", "179:1", "exfat"),
        ("/data/sticka", "8:17", "ext4"),
        ("/data/usbdisk", "8:33", "ext4"),
        ("/data/intern", "8:1", "xfs"),
    )

    def medium(path: str) -> StorageMedium:
        return linux_medium(path, mountinfo, sys_root)

    assert medium("/home/anna/hallbar.sqlite3") is StorageMedium.LOCAL
    assert medium("/home/anna/projekt/a.sqlite3") is StorageMedium.NETWORK
    assert medium("/home/anna/projektet/a.sqlite3") is StorageMedium.LOCAL  # not a prefix
    assert medium("/srv/delad/a.sqlite3") is StorageMedium.NETWORK
    assert medium("/home/anna/fjärr/a.sqlite3") is StorageMedium.NETWORK
    assert medium("/media/anna/MIN STICKA/a.sqlite3") is StorageMedium.REMOVABLE
    assert medium("/run/media/anna/KORT/x/a.sqlite3") is StorageMedium.REMOVABLE
    assert medium("/data/sticka/a.sqlite3") is StorageMedium.REMOVABLE
    assert medium("/data/usbdisk/a.sqlite3") is StorageMedium.REMOVABLE
    assert medium("/data/intern/a.sqlite3") is StorageMedium.LOCAL


def test_windows_tells_a_share_and_a_stick_by_the_drive_or_a_unc_path() -> None:
    drives = {
        "C:\\": DRIVE_FIXED,
        "E:\\": DRIVE_REMOVABLE,
        "N:\\": DRIVE_REMOTE,
        "D:\\": DRIVE_CDROM,
    }

    def medium(path: str) -> StorageMedium:
        return windows_medium(path, lambda root: drives[root])

    assert medium(r"C:\Users\anna\hallbar.sqlite3") is StorageMedium.LOCAL
    assert medium(r"E:\workshop\hallbar.sqlite3") is StorageMedium.REMOVABLE
    assert medium("e:/workshop/hallbar.sqlite3") is StorageMedium.REMOVABLE
    assert medium(r"N:\Regionen\hallbar.sqlite3") is StorageMedium.NETWORK
    assert medium(r"D:\hallbar.sqlite3") is StorageMedium.REMOVABLE
    assert medium(r"\\server\delat\hallbar.sqlite3") is StorageMedium.NETWORK
    assert medium(r"\\?\UNC\server\delat\hallbar.sqlite3") is StorageMedium.NETWORK
    assert medium(r"\\?\E:\hallbar.sqlite3") is StorageMedium.REMOVABLE


def test_macos_counts_every_volume_but_the_boot_volume() -> None:
    assert mac_medium("/Volumes/STICKA/hallbar.sqlite3") is StorageMedium.REMOVABLE
    assert mac_medium("/Users/anna/hallbar.sqlite3") is StorageMedium.LOCAL


# --- where the backups go ---------------------------------------------------------------------


@pytest.fixture
def user_root(tmp_path: Path) -> Path:
    return tmp_path / "användaren" / "backups"


def test_a_file_on_a_stick_keeps_its_backups_beside_it(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    add_demo_workshop(service, TODAY)
    files = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.REMOVABLE))
    made = files.make(BackupKind.DAILY, AT)
    assert made.path.parent == db_path.parent / BESIDE_FOLDER / db_path.stem
    assert not user_root.exists()
    places = files.places()
    assert places.place is BackupPlace.BESIDE and places.chosen is None and not places.fell_back
    assert [b.path for b in files.list()] == [made.path]


def test_a_file_on_a_share_does_too_and_a_local_file_keeps_them_in_the_users_folder(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    add_demo_workshop(service, TODAY)
    shared = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.NETWORK))
    assert shared.folder == db_path.parent / BESIDE_FOLDER / db_path.stem
    local = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.LOCAL))
    assert local.folder == backup_folder_for(user_root, db_path)
    assert local.make(BackupKind.DAILY, AT).path.parent == backup_folder_for(user_root, db_path)
    assert not (db_path.parent / BESIDE_FOLDER).exists()


def test_the_databases_own_choice_wins_over_the_medium(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    add_demo_workshop(service, TODAY)
    choose(db_path, "user")
    on_stick = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.REMOVABLE))
    assert on_stick.places().chosen is BackupPlace.USER
    assert on_stick.folder == backup_folder_for(user_root, db_path)
    choose(db_path, "beside")
    local = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.LOCAL))
    assert local.folder == db_path.parent / BESIDE_FOLDER / db_path.stem
    # A value edited by hand is as if nothing was chosen.
    choose(db_path, "på månen")
    assert on_stick.places().chosen is None and on_stick.places().place is BackupPlace.BESIDE


def test_a_read_only_stick_falls_back_to_the_users_folder_and_says_so(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    add_demo_workshop(service, TODAY)
    # Running as root, a folder's permissions stop nobody: a file where the folder should be
    # stands for a place the folder cannot be made.
    (db_path.parent / BESIDE_FOLDER).write_text("inte en mapp")
    files = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.REMOVABLE))
    places = files.places()
    assert places.meant is BackupPlace.BESIDE and places.place is BackupPlace.USER
    assert places.fell_back and places.beside_not_writable
    assert files.make(BackupKind.DAILY, AT).path.parent == backup_folder_for(user_root, db_path)


def test_backups_are_found_restored_and_pruned_in_both_places(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    """Made in the user's folder, then the choice changes: the old ones are still listed,
    rotated away in time, and a restore from one works."""
    add_demo_workshop(service, TODAY)
    clock_at = [AT - timedelta(days=60)]
    files = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.LOCAL))
    backups = BackupService(files, clock=lambda: clock_at[0])
    old = backups.back_up(BackupKind.DAILY)
    assert old.path.parent == backup_folder_for(user_root, db_path)
    choose(db_path, "beside")
    clock_at[0] = AT
    new = backups.back_up(BackupKind.DAILY)
    assert new.path.parent == db_path.parent / BESIDE_FOLDER / db_path.stem
    assert [b.path for b in backups.backups()] == [new.path, old.path]
    assert backups.folders == (new.path.parent, old.path.parent)

    # Two months of daily backups later the first one is rotated away, in its own folder.
    for day in range(1, 40):
        clock_at[0] = AT + timedelta(days=day)
        backups.back_up(BackupKind.DAILY)
    assert not old.path.exists()
    assert all(b.path.parent == new.path.parent for b in backups.backups())


def test_a_restore_keeps_the_file_it_replaces_where_backups_go_now(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    add_demo_workshop(service, TODAY)
    files = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.LOCAL))
    backups = BackupService(files, clock=lambda: AT)
    older = backups.back_up(BackupKind.MANUAL)
    choose(db_path, "beside")
    result = backups.restore(older)
    assert result.previous_kept_at is not None and result.previous_listed
    assert result.previous_kept_at.parent == db_path.parent / BESIDE_FOLDER / db_path.stem


def test_two_files_in_one_folder_keep_their_backups_apart(tmp_path: Path, user_root: Path) -> None:
    from hallbar_desktop.storage.database import open_database

    for name in ("a.sqlite3", "b.sqlite3", "a.db"):
        open_database(tmp_path / name, create_if_missing=True).dispose()
    made = {}
    for name in ("a.sqlite3", "b.sqlite3", "a.db"):
        files = SqliteBackupFiles(tmp_path / name, user_root, medium=on(StorageMedium.REMOVABLE))
        made[name] = files.make(BackupKind.MANUAL, AT).path
        assert [b.path for b in files.list()] == [made[name]]
    assert len({p.parent for p in made.values()}) == 3
    assert {p.parent.parent for p in made.values()} == {tmp_path / BESIDE_FOLDER}
    assert os.listdir(tmp_path / BESIDE_FOLDER) != []


def test_two_backups_in_one_second_in_the_two_places_have_different_names(
    service: WorkshopService, db_path: Path, user_root: Path
) -> None:
    """A name from `hallbar restore --list` must name one backup, whichever place it is in."""
    add_demo_workshop(service, TODAY)
    files = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.LOCAL))
    first = files.make(BackupKind.MANUAL, AT)
    choose(db_path, "beside")
    second = files.make(BackupKind.MANUAL, AT)
    assert first.path.parent != second.path.parent
    assert first.path.name != second.path.name
    assert [b.path for b in BackupService(files).backups()] == [second.path, first.path]


def test_a_folder_beside_that_refuses_the_backup_falls_back_and_says_so(
    service: WorkshopService, db_path: Path, user_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A share may refuse a write that its permissions seemed to allow (Windows' os.access
    does not read ACLs): the backup is made in the user's folder all the same."""
    add_demo_workshop(service, TODAY)
    (db_path.parent / BESIDE_FOLDER).write_text("inte en mapp")
    monkeypatch.setattr(backups_module, "can_make_folder", lambda _folder: True)
    files = SqliteBackupFiles(db_path, user_root, medium=on(StorageMedium.NETWORK))
    assert files.places().place is BackupPlace.BESIDE
    made = files.make(BackupKind.DAILY, AT)
    assert made.path.parent == backup_folder_for(user_root, db_path)
    assert files.places().fell_back
