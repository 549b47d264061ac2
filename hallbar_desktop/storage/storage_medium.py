"""Whether a file lies on removable media or a network share: Linux, Windows and macOS."""

from __future__ import annotations

import contextlib
import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path

from hallbar_desktop.domain.backup import StorageMedium

# What finds a file's medium; the backups take one as an argument, so that tests can say
# "this path is on a stick" without one (CI runs as root in a container, with no media).
MediumOf = Callable[[Path], StorageMedium]

# File systems that are always over the network (the kernel's names, and FUSE's "fuse.<name>").
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "fuse.s3fs",
        "fuse.smbnetfs",
    }
)
# Where desktops and people mount sticks and external disks.
REMOVABLE_MOUNT_ROOTS = ("/media", "/run/media", "/mnt")

# GetDriveTypeW's answers (winbase.h).
DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4
DRIVE_CDROM = 5


def medium_of(path: Path) -> StorageMedium:
    """What ``path`` lies on; LOCAL whenever the system cannot tell."""
    try:
        if sys.platform == "win32":
            return windows_medium(os.path.abspath(path), _get_drive_type)
        if sys.platform == "darwin":
            return mac_medium(os.path.realpath(path))
        return linux_medium(os.path.realpath(path))
    except (OSError, ValueError, AttributeError):
        return StorageMedium.LOCAL


# --- Linux -----------------------------------------------------------------------------------


def linux_medium(
    absolute: str,
    mountinfo: Path = Path("/proc/self/mountinfo"),
    sys_root: Path = Path("/sys"),
) -> StorageMedium:
    """By the mount that holds ``absolute``: its file system type, where it is mounted, and
    whether its block device says it is removable or sits on USB."""
    mount = _mount_of(absolute, mountinfo.read_text(encoding="utf-8", errors="replace"))
    if mount is None:
        return StorageMedium.LOCAL
    point, device, fs_type = mount
    if fs_type in NETWORK_FILE_SYSTEMS or fs_type.split(".")[0] in NETWORK_FILE_SYSTEMS:
        return StorageMedium.NETWORK
    if any(_is_within(point, root) and point != root for root in REMOVABLE_MOUNT_ROOTS):
        return StorageMedium.REMOVABLE
    if _removable_device(device, sys_root):
        return StorageMedium.REMOVABLE
    return StorageMedium.LOCAL


def _mount_of(absolute: str, mountinfo: str) -> tuple[str, str, str] | None:
    """(mount point, major:minor, file system type) of the deepest mount holding the path."""
    best: tuple[str, str, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 7:
            continue
        after = fields.index("-")
        if after + 1 >= len(fields):
            continue
        point = _unescape(fields[4])
        if _is_within(absolute, point) and (best is None or len(point) >= len(best[0])):
            best = (point, fields[2], fields[after + 1])
    return best


def _unescape(field: str) -> str:
    # mountinfo writes a space, tab, newline and backslash in a path as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _is_within(path: str, folder: str) -> bool:
    return folder == "/" or path == folder or path.startswith(folder.rstrip("/") + "/")


def _removable_device(device: str, sys_root: Path) -> bool:
    """Whether the block device (major:minor) is removable media or on USB, by /sys."""
    try:
        node = Path(os.path.realpath(sys_root / "dev" / "block" / device))
    except OSError:
        return False
    if (node / "partition").exists():
        node = node.parent  # a partition's disk says whether it is removable
    with contextlib.suppress(OSError):
        if (node / "removable").read_text().strip() == "1":
            return True
    # A USB disk often says removable 0; its place in the device tree says USB all the same.
    return "/usb" in str(node)


# --- Windows ---------------------------------------------------------------------------------


def windows_medium(path: str, drive_type: Callable[[str], int]) -> StorageMedium:
    """A UNC path (\\\\server\\share) is on the network; a drive letter, as Windows says."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return StorageMedium.NETWORK
    if text.startswith("\\\\?\\"):
        text = text[4:]
    if text.startswith("\\\\"):
        return StorageMedium.NETWORK
    drive = ntpath.splitdrive(text)[0]
    if len(drive) != 2 or drive[1] != ":":
        return StorageMedium.LOCAL
    kind = drive_type(drive.upper() + "\\")
    if kind == DRIVE_REMOTE:
        return StorageMedium.NETWORK
    if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
        return StorageMedium.REMOVABLE
    return StorageMedium.LOCAL


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


# --- macOS -----------------------------------------------------------------------------------


def mac_medium(absolute: str) -> StorageMedium:
    """Every volume but the boot volume is under /Volumes, and the boot volume's entry there is
    a link to / that the real path has already left behind."""
    parts = Path(absolute).parts
    if len(parts) >= 3 and parts[1] == "Volumes":
        return StorageMedium.REMOVABLE
    return StorageMedium.LOCAL
