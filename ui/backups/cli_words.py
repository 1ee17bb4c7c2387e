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
        # Bad input at the edges of the command line: one line each.
        "cli.secret_file_is_folder": QCoreApplication.translate(
            "EdgeCli", "{path} is a folder; name the file that holds the secret."
        ),
        "cli.secret_file_not_readable": QCoreApplication.translate("EdgeCli", "{path} cannot be read (permission)."),
        "cli.data_dir_is_file": QCoreApplication.translate(
            "EdgeCli", "--data-dir {path} is a file; name a folder (it is created when missing)."
        ),
        "cli.data_dir_not_writable": QCoreApplication.translate(
            "EdgeCli", "--data-dir {path} cannot be written (a read-only disk or folder); choose a writable folder."
        ),
        "cli.date_out_of_range": QCoreApplication.translate(
            "EdgeCli", "'{value}' is outside the days Gatehouse keeps ({first} to {last})."
        ),
    }
