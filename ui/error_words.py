"""The one place where typed errors become sentences, in the operator's language.

``field_message`` is what a form shows under the field; ``describe`` is a whole sentence for a banner,
a dialog or the CLI. Module areas add their field labels and conflict reasons through
``ui/<area>/error_words.py`` modules listed in ``AREA_TEXT_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import (
    AuthenticationError,
    AuthFailure,
    Conflict,
    GatehouseError,
    NotFound,
    PermissionDenied,
    Rule,
    StorageError,
    StorageProblem,
    ValidationError,
    ValidationErrors,
)

TextFn = Callable[[Mapping[str, Any]], str]


def _rule_texts() -> dict[str, TextFn]:
    return {
        Rule.REQUIRED: lambda p: QCoreApplication.translate("ErrorText", "Required."),
        Rule.TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "Too long: at most {max} characters (now {length})."
        ).format(max=p.get("max", "?"), length=p.get("length", "?")),
        Rule.TOO_SHORT: lambda p: QCoreApplication.translate(
            "ErrorText", "Too short: at least {min} characters."
        ).format(min=p.get("min", "?")),
        Rule.CONTROL_CHARS: lambda p: QCoreApplication.translate(
            "ErrorText", "Contains control characters; please retype it."
        ),
        Rule.INVISIBLE_CHARS: lambda p: QCoreApplication.translate(
            "ErrorText", "Contains invisible characters (often from pasted text); please retype it."
        ),
        Rule.NOT_A_NUMBER: lambda p: QCoreApplication.translate("ErrorText", "Must be a whole number."),
        Rule.OUT_OF_RANGE: lambda p: QCoreApplication.translate("ErrorText", "Must be between {min} and {max}.").format(
            min=p.get("min", "?"), max=p.get("max", "?")
        ),
        Rule.BAD_FORMAT: lambda p: QCoreApplication.translate("ErrorText", "The format is not valid."),
        Rule.BAD_CHECKSUM: lambda p: QCoreApplication.translate(
            "ErrorText", "The check digit does not match: a digit is probably mistyped."
        ),
        Rule.BAD_DATE: lambda p: QCoreApplication.translate("ErrorText", "The date in it is not a real date."),
        Rule.PIN_FORMAT: lambda p: QCoreApplication.translate("ErrorText", "A PIN is {min} to {max} digits.").format(
            min=p.get("min", 4), max=p.get("max", 6)
        ),
        Rule.PASSWORD_TOO_WEAK: lambda p: QCoreApplication.translate(
            "ErrorText", "Too weak: use at least {min} characters, not all the same."
        ).format(min=p.get("min", 8)),
        Rule.PASSWORDS_DIFFER: lambda p: QCoreApplication.translate("ErrorText", "The two entries differ."),
        Rule.DUPLICATE: lambda p: QCoreApplication.translate("ErrorText", "This is already in use."),
        Rule.NOT_FOUND: lambda p: QCoreApplication.translate("ErrorText", "Not found."),
        Rule.CHOICE: lambda p: QCoreApplication.translate("ErrorText", "Choose one of the listed values."),
        "pin_too_simple": lambda p: QCoreApplication.translate(
            "ErrorText", "Too easy to guess: avoid repeated or consecutive digits."
        ),
        "username_chars": lambda p: QCoreApplication.translate(
            "ErrorText", "Use letters, digits, '.', '_' or '-' only, without spaces."
        ),
        "wrong_password": lambda p: QCoreApplication.translate("ErrorText", "The current password is wrong."),
    }


def _field_labels() -> dict[str, str]:
    return {
        "username": QCoreApplication.translate("ErrorText", "User name"),
        "display_name": QCoreApplication.translate("ErrorText", "Name"),
        "password": QCoreApplication.translate("ErrorText", "Password"),
        "new_password": QCoreApplication.translate("ErrorText", "New password"),
        "old_password": QCoreApplication.translate("ErrorText", "Current password"),
        "pin": QCoreApplication.translate("ErrorText", "PIN"),
        "role": QCoreApplication.translate("ErrorText", "Role"),
        "reason": QCoreApplication.translate("ErrorText", "Reason"),
        "site_name": QCoreApplication.translate("ErrorText", "Site name"),
        "timezone": QCoreApplication.translate("ErrorText", "Time zone"),
        "desks": QCoreApplication.translate("ErrorText", "Desks"),
        "desk_name": QCoreApplication.translate("ErrorText", "Desk name"),
        "desk": QCoreApplication.translate("ErrorText", "Desk"),
        "pattern": QCoreApplication.translate("ErrorText", "Shift pattern"),
        "shift.patterns": QCoreApplication.translate("ErrorText", "Shift patterns"),
        "ui.idle_lock_minutes": QCoreApplication.translate("ErrorText", "Lock after idle minutes"),
        "ui.language": QCoreApplication.translate("ErrorText", "Language"),
        "ui.font_scale": QCoreApplication.translate("ErrorText", "Text size"),
        "print.printer_a4": QCoreApplication.translate("ErrorText", "A4 printer"),
        "print.printer_receipt": QCoreApplication.translate("ErrorText", "Receipt printer"),
        "backup.directory": QCoreApplication.translate("ErrorText", "Backup folder"),
    }


def _storage_texts() -> dict[StorageProblem, str]:
    return {
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "ErrorText", "Cannot write to {where}: the folder or file is read-only."
        ),
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "ErrorText", "The disk is full ({where}). Free some space; nothing was saved."
        ),
        StorageProblem.LOCKED: QCoreApplication.translate(
            "ErrorText", "The database is busy (another program is writing). Try again in a moment."
        ),
        StorageProblem.CORRUPT: QCoreApplication.translate(
            "ErrorText", "{where} is damaged. Restore the latest backup (gatehouse restore)."
        ),
        StorageProblem.NOT_A_DATABASE: QCoreApplication.translate("ErrorText", "{where} is not a Gatehouse database."),
        StorageProblem.MISSING: QCoreApplication.translate("ErrorText", "{where} was not found."),
        StorageProblem.UNREACHABLE: QCoreApplication.translate(
            "ErrorText", "Cannot reach the database at {where}. Check the network and the address."
        ),
        StorageProblem.TOO_NEW: QCoreApplication.translate(
            "ErrorText", "{where} was written by a newer Gatehouse. Update this program first."
        ),
        StorageProblem.KEY_MISMATCH: QCoreApplication.translate(
            "ErrorText",
            "The site key file for this database is missing on this PC ({where}). "
            "Import it with: gatehouse keys import FILE",
        ),
        StorageProblem.IO: QCoreApplication.translate(
            "ErrorText", "Reading or writing {where} failed (disk or network error)."
        ),
    }


def _auth_texts() -> dict[AuthFailure, str]:
    return {
        AuthFailure.BAD_CREDENTIALS: QCoreApplication.translate("ErrorText", "User name, password or PIN is wrong."),
        AuthFailure.DISABLED: QCoreApplication.translate(
            "ErrorText", "This account is disabled. Ask an administrator."
        ),
        AuthFailure.LOCKED: QCoreApplication.translate(
            "SecurityWords", "This account has been locked by a supervisor. A supervisor can unlock it."
        ),
        AuthFailure.DELAYED: QCoreApplication.translate(
            "ErrorText", "Too many failed attempts: wait {seconds} seconds and try again."
        ),
        AuthFailure.NOT_A_SUPERVISOR: QCoreApplication.translate(
            "ErrorText", "Only a supervisor or an administrator can approve this."
        ),
        AuthFailure.NOT_AT_A_DESK: QCoreApplication.translate(
            "SecurityWords", "This account runs scheduled tasks only; it cannot sign in at a desk."
        ),
    }


def _conflict_texts() -> dict[tuple[str, str], str]:
    texts = {
        ("operator", "last_admin"): QCoreApplication.translate(
            "ErrorText", "There must remain at least one active administrator."
        ),
        ("operator", "self"): QCoreApplication.translate("ErrorText", "You cannot disable your own account."),
        ("shift", "already_open"): QCoreApplication.translate(
            "ErrorText", "A shift is already open at this desk. End it (or hand it over) first."
        ),
        ("shift", "not_open"): QCoreApplication.translate("ErrorText", "This shift has already ended."),
        ("site", "already_initialised"): QCoreApplication.translate("ErrorText", "This database already has a site."),
        ("desk", "last_desk"): QCoreApplication.translate("ErrorText", "At least one desk must stay active."),
    }
    for module in _area_modules():
        texts.update(getattr(module, "conflicts", dict)())
    return texts


# Each module area has a ``ui/<area>/error_words.py`` with any of ``conflicts()`` → {(kind, reason): sentence},
# ``fields()`` → {field: label} and ``rules()`` → {rule: TextFn}. List its module name here.
AREA_TEXT_MODULES: tuple[str, ...] = (
    "ui.visitors.error_words",
    "ui.keys.error_words",
    "ui.repairs.error_words",
    "ui.duty.error_words",
    "ui.reports.error_words",
    "ui.backups.error_words",
)


def _area_modules() -> list[Any]:
    return [importlib.import_module(name) for name in AREA_TEXT_MODULES]


def field_label(field: str) -> str:
    labels = _field_labels()
    for module in _area_modules():
        labels.update(getattr(module, "fields", dict)())
    return labels.get(field, field)


def field_message(error: ValidationError) -> str:
    """The short message shown under a form field."""
    rules = _rule_texts()
    for module in _area_modules():
        rules.update(getattr(module, "rules", dict)())
    text = rules.get(error.rule)
    message = text(error.params) if text else QCoreApplication.translate("ErrorText", "Not accepted.")
    if error.warning:
        message = QCoreApplication.translate("ErrorText", "Please check: {message}").format(message=message)
    return message


def describe(error: GatehouseError) -> str:
    """A whole sentence for any typed error."""
    if isinstance(error, ValidationErrors):
        return " ".join(describe(e) for e in error.errors)
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("ErrorText", "{field}: {message}").format(
            field=field_label(error.field), message=field_message(error)
        )
    if isinstance(error, StorageError):
        return _storage_texts()[error.problem].format(where=error.where or "?")
    if isinstance(error, AuthenticationError):
        return _auth_texts()[error.reason].format(seconds=max(1, round(error.retry_after_s)))
    if isinstance(error, PermissionDenied):
        if error.approvable:
            return QCoreApplication.translate("ErrorText", "This needs a supervisor's approval.")
        return QCoreApplication.translate("ErrorText", "Your role may not do this.")
    if isinstance(error, Conflict):
        text = _conflict_texts().get((error.kind, error.reason))
        return (
            text.format(**error.params)
            if text
            else QCoreApplication.translate("ErrorText", "This cannot be done now ({kind}: {reason}).").format(
                kind=error.kind, reason=error.reason
            )
        )
    if isinstance(error, NotFound):
        return QCoreApplication.translate("ErrorText", "It no longer exists (perhaps removed at another desk).")
    return QCoreApplication.translate("ErrorText", "The action failed.")
