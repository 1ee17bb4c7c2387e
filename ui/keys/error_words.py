"""Sentences for the key register's typed errors (``ui/error_words.py`` and the CLI use them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.keys.rows import MAX_COLLECTORS
from ui.error_words import TextFn


def conflicts() -> dict[tuple[str, str], str]:
    return {
        ("key", "already_out"): QCoreApplication.translate(
            "KeyTexts", "Key {tag} is already out. Take it back first (it may have been lent at another desk)."
        ),
        ("key", "lost"): QCoreApplication.translate(
            "KeyTexts", "Key {tag} is reported lost; it cannot be lent until it is found or replaced."
        ),
        ("key", "retired"): QCoreApplication.translate("KeyTexts", "Key {tag} is retired and cannot be used."),
        ("key", "on_ring"): QCoreApplication.translate(
            "KeyTexts", "Key {tag} hangs on ring {ring}: lend the whole ring instead."
        ),
        ("key", "already_lost"): QCoreApplication.translate("KeyTexts", "Key {tag} is already reported lost."),
        ("key", "ring_has_members"): QCoreApplication.translate(
            "KeyTexts", "Ring {tag} still has keys on it: take them off the ring first."
        ),
        ("key", "not_a_ring"): QCoreApplication.translate("KeyTexts", "{tag} is not a key ring."),
        ("key_loan", "already_closed"): QCoreApplication.translate(
            "KeyTexts", "This key was already taken back (perhaps at another desk)."
        ),
        ("key_loan", "visitor_not_on_site"): QCoreApplication.translate(
            "KeyTexts", "This visitor is no longer on site (checked out). Choose someone on the list."
        ),
        ("key_lost_report", "already_acknowledged"): QCoreApplication.translate(
            "KeyTexts", "A supervisor has already acknowledged this loss."
        ),
        ("key_lost_report", "not_acknowledged"): QCoreApplication.translate(
            "KeyTexts", "A supervisor must acknowledge the loss before the key is replaced or retired."
        ),
        ("key_lost_report", "already_resolved"): QCoreApplication.translate(
            "KeyTexts", "This loss has already been dealt with."
        ),
        ("key_authorisation", "already_revoked"): QCoreApplication.translate(
            "KeyTexts", "This permission was already withdrawn."
        ),
    }


def fields() -> dict[str, str]:
    labels = {
        "tag": QCoreApplication.translate("KeyTexts", "Tag"),
        "label": QCoreApplication.translate("KeyTexts", "Key name"),
        "opens_kind": QCoreApplication.translate("KeyTexts", "Opens (kind)"),
        "opens_text": QCoreApplication.translate("KeyTexts", "What it opens"),
        "unit": QCoreApplication.translate("KeyTexts", "Unit"),
        "key_class": QCoreApplication.translate("KeyTexts", "Key class"),
        "position": QCoreApplication.translate("KeyTexts", "Cabinet position"),
        "copies": QCoreApplication.translate("KeyTexts", "Copies"),
        "notes": QCoreApplication.translate("KeyTexts", "Notes"),
        "is_ring": QCoreApplication.translate("KeyTexts", "Key ring"),
        "members": QCoreApplication.translate("KeyTexts", "Keys on the ring"),
        "on_ring": QCoreApplication.translate("KeyTexts", "On ring"),
        "scope": QCoreApplication.translate("KeyTexts", "Allowed for"),
        "person": QCoreApplication.translate("KeyTexts", "Person"),
        "borrower": QCoreApplication.translate("KeyTexts", "Borrower"),
        "borrower_detail": QCoreApplication.translate("KeyTexts", "Borrower from"),
        "returned_by": QCoreApplication.translate("KeyTexts", "Returned by"),
        "returned_by_detail": QCoreApplication.translate("KeyTexts", "Returned by, from"),
        "resolution": QCoreApplication.translate("KeyTexts", "Outcome"),
        "purpose": QCoreApplication.translate("KeyTexts", "Purpose"),
        "due_at": QCoreApplication.translate("KeyTexts", "Due back"),
        "depositor_confirmation": QCoreApplication.translate("KeyTexts", "Depositor's confirmation"),
        "return_note": QCoreApplication.translate("KeyTexts", "Note"),
        "note": QCoreApplication.translate("KeyTexts", "Note"),
        "scan": QCoreApplication.translate("KeyTexts", "Scanned tag"),
        "depositor": QCoreApplication.translate("KeyTexts", "Depositor"),
        "consent": QCoreApplication.translate("KeyTexts", "Owner's consent"),
        "consent_note": QCoreApplication.translate("KeyTexts", "Consent form"),
        "collectors": QCoreApplication.translate("KeyTexts", "May collect"),
        "file": QCoreApplication.translate("KeyTexts", "File"),
        "search": QCoreApplication.translate("KeyTexts", "Search"),
        "keys.classes": QCoreApplication.translate("KeyTexts", "Key classes"),
    }
    name = QCoreApplication.translate("KeyTexts", "Collector {number}: name")
    phone = QCoreApplication.translate("KeyTexts", "Collector {number}: phone")
    relation = QCoreApplication.translate("KeyTexts", "Collector {number}: relation")
    for index in range(MAX_COLLECTORS):
        number = str(index + 1)
        labels[f"collectors.{index}.name"] = name.format(number=number)
        labels[f"collectors.{index}.phone"] = phone.format(number=number)
        labels[f"collectors.{index}.relation"] = relation.format(number=number)
    return labels


def _sentence(text: str) -> TextFn:
    def make(_params: Mapping[str, Any]) -> str:
        return text

    return make


def rules() -> dict[str, TextFn]:
    return {
        "due_not_after_now": _sentence(QCoreApplication.translate("KeyTexts", "Must be later than now.")),
        "due_too_far": lambda p: QCoreApplication.translate("KeyTexts", "At most {days} days from now.").format(
            days=p.get("days", "?")
        ),
        "depositor_confirmation_required": _sentence(
            QCoreApplication.translate(
                "KeyTexts",
                "Not on the depositor's list: call the depositor and note here who confirmed and when "
                "(or ask a supervisor).",
            )
        ),
        "consent_required": _sentence(
            QCoreApplication.translate("KeyTexts", "The owner must agree to leave the key with the management.")
        ),
        "builtin_class_missing": _sentence(
            QCoreApplication.translate(
                "KeyTexts", "Management, resident-deposited and emergency keys must stay in the list."
            )
        ),
        "visitor_list_unavailable": _sentence(
            QCoreApplication.translate("KeyTexts", "The on-site visitor list is not available at this desk.")
        ),
        "ring_member_not_allowed": _sentence(
            QCoreApplication.translate("KeyTexts", "A ring cannot hang on a ring, nor on itself.")
        ),
        "use_deposit_form": _sentence(
            QCoreApplication.translate("KeyTexts", "Resident-deposited keys are recorded with the deposit form.")
        ),
        "not_a_spreadsheet": _sentence(
            QCoreApplication.translate("KeyTexts", "This is not an Excel workbook (.xlsx).")
        ),
        "no_rows": _sentence(QCoreApplication.translate("KeyTexts", "The sheet has no keys below its header row.")),
        "too_many_rows": lambda p: QCoreApplication.translate("KeyTexts", "More than {max} rows.").format(
            max=p.get("max", "?")
        ),
        "unknown_ring": _sentence(
            QCoreApplication.translate("KeyTexts", "No key ring with this tag (in the file or the register).")
        ),
    }
