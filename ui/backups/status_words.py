"""How the backup state reads in the status bar and on the home screen."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from app.backups import BackupState, BackupStatus, DatabaseHealth, DrillResult
from app.drives import DriveKind


def status_line(status: BackupStatus, now: datetime, zone: tzinfo) -> tuple[str, bool]:
    """(text, is a warning) for the state of the backups."""
    if status.state == BackupState.FOLDER_MISSING:
        text = QCoreApplication.translate("BackupStatus", "Backup folder missing: {folder}")
        return text.format(folder=str(status.folder)), True
    if status.last is None:
        return QCoreApplication.translate("BackupStatus", "No backup yet"), True
    made = status.last.manifest.made_at.astimezone(zone)
    days = (now - status.last.manifest.made_at).days
    if status.state == BackupState.STALE:
        text = QCoreApplication.translate("BackupStatus", "Last backup {days} days ago ({when})")
        return text.format(days=days, when=made.strftime("%Y-%m-%d %H:%M")), True
    text = QCoreApplication.translate("BackupStatus", "Last backup {when}")
    return text.format(when=made.strftime("%m-%d %H:%M")), False


def status_bar_line(status: BackupStatus, now: datetime, zone: tzinfo) -> tuple[str, str, bool]:
    """(short text, tooltip, is a warning) for the status bar, where space is short."""
    full, warning = status_line(status, now, zone)
    if status.state == BackupState.FOLDER_MISSING:
        return QCoreApplication.translate("BackupStatus", "Backup folder missing"), full, True
    if status.state == BackupState.STALE and status.last is not None:
        days = (now - status.last.manifest.made_at).days
        text = QCoreApplication.translate("BackupStatus", "Backup {days} days old")
        return text.format(days=days), full, True
    return full, full, warning


def drill_line(result: DrillResult | None, zone: tzinfo) -> str:
    if result is None:
        return QCoreApplication.translate("BackupStatus", "Restore drill: not yet run")
    when = result.at.astimezone(zone).strftime("%Y-%m-%d")
    if result.ok:
        return QCoreApplication.translate("BackupStatus", "Restore drill {when}: passed ({backup})").format(
            when=when, backup=result.backup
        )
    return QCoreApplication.translate("BackupStatus", "Restore drill {when}: FAILED ({problem})").format(
        when=when, problem=result.problem
    )


def health_lines(health: DatabaseHealth, where: str) -> list[tuple[str, bool]]:
    """(sentence, is damage) for what the background check found; empty when all is well."""
    lines: list[tuple[str, bool]] = []
    if health.damaged:
        text = QCoreApplication.translate(
            "BackupStatus",
            "The database failed its check ({problem}). Keep working only if you must; a supervisor should "
            "restore the latest backup (Home → Backups → Restore a backup).",
        )
        lines.append((text.format(problem=health.problems[0][:80]), True))
    if health.drive == DriveKind.NETWORK:
        text = QCoreApplication.translate(
            "BackupStatus",
            "The database is on a network drive ({where}): records can be lost when the network drops. "
            "Move the data folder to this PC's own disk.",
        )
        lines.append((text.format(where=where), False))
    elif health.drive == DriveKind.REMOVABLE:
        text = QCoreApplication.translate(
            "BackupStatus",
            "The database is on a removable drive ({where}): records are lost if it is pulled out. "
            "Move the data folder to this PC's own disk (backups may go to the stick).",
        )
        lines.append((text.format(where=where), False))
    return lines
