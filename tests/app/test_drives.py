"""Telling a database on a network share or a USB stick from one on the PC's own disk."""

from __future__ import annotations

from pathlib import Path

from app.drives import DriveKind, drive_kind

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:45 / /mnt/share rw,relatime shared:20 - cifs //nas/gatehouse rw,vers=3.0
41 22 8:17 / /media/guard/USB\\040STICK rw,nosuid shared:21 - vfat /dev/sdb1 rw
"""


def _sys_block(tmp_path: Path) -> Path:
    for disk, removable in (("sda", "0"), ("sdb", "1")):
        (tmp_path / "block" / disk).mkdir(parents=True)
        (tmp_path / "block" / disk / "removable").write_text(removable + "\n", encoding="ascii")
    return tmp_path / "block"


def test_local_network_and_removable_drives(tmp_path: Path) -> None:
    block = _sys_block(tmp_path)

    def kind(path: str) -> DriveKind:
        return drive_kind(Path(path), mountinfo=MOUNTINFO, sys_block=block)

    assert kind("/home/guard/gatehouse/gatehouse.db") == DriveKind.LOCAL
    assert kind("/mnt/share/data/gatehouse.db") == DriveKind.NETWORK
    assert kind("/media/guard/USB STICK/gatehouse.db") == DriveKind.REMOVABLE


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert drive_kind(tmp_path) == DriveKind.LOCAL
