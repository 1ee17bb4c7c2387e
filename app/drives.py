"""What kind of drive a path is on: a database on a network share or a USB stick loses records when the
link drops or the stick is pulled, so the program says so at start-up (a cheap look, no I/O on the file).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.rclone",
    }
)
WINDOWS_DRIVE_REMOVABLE = 2
WINDOWS_DRIVE_REMOTE = 4


class DriveKind(StrEnum):
    LOCAL = "local"
    NETWORK = "network"
    REMOVABLE = "removable"


def _mount_of(path: Path, mountinfo: str) -> tuple[str, str, str]:
    """(mount point, file system type, source) of the mount holding ``path``, from /proc/self/mountinfo."""
    best = ("", "", "")
    text = str(path)
    for line in mountinfo.splitlines():
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or len(tail) < 2:
            continue
        point = fields[4].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best[0]):
            best = (point, tail[0], tail[1])
    return best


def _removable_block_device(source: str, sys_block: Path) -> bool:
    """``/dev/sdb1`` is removable when /sys/block/sdb/removable says 1 (USB sticks, SD cards)."""
    if not source.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(source)).name
    for disk in sys_block.iterdir() if sys_block.is_dir() else []:
        if name == disk.name or name.startswith(disk.name):
            try:
                return (disk / "removable").read_text(encoding="ascii").strip() == "1"
            except OSError:
                return False
    return False


def drive_kind(path: Path, *, mountinfo: str | None = None, sys_block: Path = Path("/sys/block")) -> DriveKind:
    """The kind of drive ``path`` (which must exist, or its folder) is on; LOCAL when it cannot be told."""
    target = path if path.exists() else path.parent
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        root = os.path.splitdrive(str(target.resolve()))[0] + "\\"
        kind = ctypes.windll.kernel32.GetDriveTypeW(root)
        if kind == WINDOWS_DRIVE_REMOTE or str(target).startswith("\\\\"):
            return DriveKind.NETWORK
        return DriveKind.REMOVABLE if kind == WINDOWS_DRIVE_REMOVABLE else DriveKind.LOCAL
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return DriveKind.LOCAL
    _point, fs_type, source = _mount_of(target.resolve(), mountinfo)
    if fs_type in NETWORK_FILE_SYSTEMS or fs_type.startswith("fuse.sshfs"):
        return DriveKind.NETWORK
    if _removable_block_device(source, sys_block):
        return DriveKind.REMOVABLE
    return DriveKind.LOCAL
