"""Translated words for the command line (``app.cli.CliText`` implemented with Qt's translator)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import GatehouseError
from ui import error_words


def _duty() -> dict[str, str]:
    from ui.duty.cli_words import messages

    return messages()


def _visitors() -> dict[str, str]:
    from ui.visitors.error_words import cli_messages

    return cli_messages()


# Module areas append a function returning {message key: translated template}.
AREA_MESSAGES: list[Callable[[], dict[str, str]]] = [_duty, _visitors]


def _reports() -> dict[str, str]:
    from ui.reports.report_words import cli_messages

    return cli_messages()


AREA_MESSAGES.append(_reports)


def _security() -> dict[str, str]:
    from ui.security.cli_words import messages

    return messages()


def _backups() -> dict[str, str]:
    from ui.backups.cli_words import messages

    return messages()


AREA_MESSAGES.append(_security)
AREA_MESSAGES.append(_backups)


def _messages() -> dict[str, str]:
    messages = {
        "cli.interrupted": QCoreApplication.translate("Cli", "Interrupted; nothing more was done."),
        "cli.secret_file_too_big": QCoreApplication.translate("Cli", "{path} is too large to be a password file."),
        "cli.secret_file_unreadable": QCoreApplication.translate("Cli", "{path} is not a UTF-8 text file."),
        "cli.bad_desk_kind": QCoreApplication.translate("Cli", "Unknown desk kind '{value}': use booth or reception."),
        "default.booth_name": QCoreApplication.translate("Cli", "Main gate"),
        "default.reception_name": QCoreApplication.translate("Cli", "Reception"),
        "init.done": QCoreApplication.translate("Cli", "Site '{site}' created in {database}."),
        "check.schema": QCoreApplication.translate("Cli", "Schema: {state} (this program: {heads})"),
        "check.integrity_ok": QCoreApplication.translate("Cli", "Integrity check: ok"),
        "check.integrity_bad": QCoreApplication.translate(
            "Cli", "Integrity check FAILED ({count} problems), first: {first}"
        ),
        "check.no_site": QCoreApplication.translate("Cli", "No site yet: run gatehouse init or start the program."),
        "check.key_ok": QCoreApplication.translate("Cli", "Site key: present ({fingerprint})"),
        "check.key_missing": QCoreApplication.translate(
            "Cli", "Site key: MISSING ({fingerprint}); import it with gatehouse keys import FILE"
        ),
        "backup.not_sqlite": QCoreApplication.translate(
            "Cli", "Backup and restore work on the SQLite file; back a PostgreSQL server up with pg_dump."
        ),
        "backup.done": QCoreApplication.translate("Cli", "Backup written and verified: {path}"),
        "restore.running": QCoreApplication.translate(
            "Cli", "Gatehouse is running on this data directory (process {pid}); close it first."
        ),
        "restore.done": QCoreApplication.translate(
            "Cli", "Database restored into {path}; the replaced file was kept as {kept}."
        ),
        "audit.ok": QCoreApplication.translate("Cli", "Audit chain intact: {entries} entries, head {head}."),
        "audit.bad.hash_mismatch": QCoreApplication.translate(
            "Cli", "Audit chain BROKEN at entry {seq}: the entry was altered."
        ),
        "audit.bad.broken_link": QCoreApplication.translate(
            "Cli", "Audit chain BROKEN at entry {seq}: an entry before it was removed or moved."
        ),
        "audit.bad.sequence_gap": QCoreApplication.translate(
            "Cli", "Audit chain BROKEN at entry {seq}: the entry is missing."
        ),
        "audit.bad.head_mismatch": QCoreApplication.translate(
            "Cli", "Audit chain BROKEN at entry {seq}: it and any after it were removed from the end."
        ),
        "keys.exported": QCoreApplication.translate(
            "Cli", "Site key written to {path}. Keep it safe: it unlocks ID numbers."
        ),
        "keys.imported": QCoreApplication.translate("Cli", "Site key {fingerprint} installed on this PC."),
        "demo.bad_visits": QCoreApplication.translate("Cli", "--visits must be between 0 and {max}."),
        "demo.bad_days": QCoreApplication.translate("Cli", "--days must be between 1 and {max}."),
        "demo.bad_until": QCoreApplication.translate("Cli", "--until '{value}' is not a date (YYYY-MM-DD)."),
        "demo.done": QCoreApplication.translate("Cli", "Demo site '{site}' created in {seconds} s."),
        "demo.accounts_header": QCoreApplication.translate(
            "Cli", "Demo accounts (user name, name, role, password, PIN) — for trying only:"
        ),
    }
    for area in AREA_MESSAGES:
        messages.update(area())
    return messages


class QtCliText:
    def say(self, key: str, **params: Any) -> str:
        return _messages()[key].format(**params)

    def describe(self, error: GatehouseError) -> str:
        return error_words.describe(error)
