"""Command-line messages of backup, restore and the restore drill."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def messages() -> dict[str, str]:
    return {
        "backup.made": QCoreApplication.translate(
            "BackupCli", "Backup written, verified and compressed: {path} ({size} bytes), with its manifest."
        ),
        "backup.pg_dump_start": QCoreApplication.translate("BackupCli", "Running pg_dump (custom format)…"),
        "backup.pg_dump_done": QCoreApplication.translate("BackupCli", "PostgreSQL backup written by pg_dump: {path}"),
        "drill.ok": QCoreApplication.translate(
            "BackupCli", "Restore drill passed: {backup} restored to a temporary folder, {entries} audit entries."
        ),
        "drill.failed": QCoreApplication.translate("BackupCli", "Restore drill FAILED for {backup}: {problem}"),
    }
