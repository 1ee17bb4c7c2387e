"""Sentences for the refusals of backup and restore (``Conflict("backup", reason)``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.backups import BACKUP_CONFLICT, BackupRefusal
from app.imports import FORMULA_WITHOUT_VALUE


def conflicts() -> dict[tuple[str, str], str]:
    kind = BACKUP_CONFLICT
    return {
        (kind, BackupRefusal.ONTO_LIVE_DATABASE): QCoreApplication.translate(
            "BackupError", "{path} is the database in use: a backup must go to another file."
        ),
        (kind, BackupRefusal.NOT_A_FILE_SYSTEM): QCoreApplication.translate(
            "BackupError", "{path} is a system folder that keeps no files: choose a folder on a disk."
        ),
        (kind, BackupRefusal.NO_PG_DUMP): QCoreApplication.translate(
            "BackupError",
            "pg_dump was not found: install the PostgreSQL client tools (or back the server up there).",
        ),
        (kind, BackupRefusal.PG_DUMP_FAILED): QCoreApplication.translate("BackupError", "pg_dump failed: {detail}"),
        (kind, BackupRefusal.NOT_SQLITE): QCoreApplication.translate(
            "BackupError", "Automatic backups copy the SQLite file; back a PostgreSQL server up with pg_dump."
        ),
        (kind, BackupRefusal.IN_USE): QCoreApplication.translate(
            "BackupError", "{path} is open in {who}: close it there first, then restore."
        ),
        (kind, BackupRefusal.OTHER_SITE): QCoreApplication.translate(
            "BackupError", "{path} is a backup of another site; it was not restored."
        ),
        (kind, BackupRefusal.UNVERIFIED): QCoreApplication.translate(
            "BackupError", "The copy of {path} failed its check; no backup was kept. Run gatehouse check."
        ),
    }


def rules() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    return {
        FORMULA_WITHOUT_VALUE: lambda p: QCoreApplication.translate(
            "ImportError",
            "cell {cell} holds a formula with no saved value: open the file in Excel, save it, and import again.",
        ).format(cell=p.get("cell", "?")),
    }
