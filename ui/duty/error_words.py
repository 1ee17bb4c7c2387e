"""Error sentences of the duty area (listed in ``ui/error_words.AREA_TEXT_MODULES``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

TextFn = Callable[[Mapping[str, Any]], str]


def conflicts() -> dict[tuple[str, str], str]:
    return {
        ("handover", "no_shift"): QCoreApplication.translate(
            "DutyText", "No shift is open at this desk, so there is nothing to hand over."
        ),
        ("handover", "already_signed"): QCoreApplication.translate(
            "DutyText", "This handover is already signed or closed."
        ),
        ("handover", "unacknowledged"): QCoreApplication.translate(
            "DutyText",
            "{count} item(s) not acknowledged yet: the incoming guard must accept, query or refuse each one.",
        ),
        ("handover", "other_incoming"): QCoreApplication.translate(
            "DutyText", "Some items were acknowledged by another person: the incoming guard must go through them again."
        ),
        ("handover", "not_queried"): QCoreApplication.translate("DutyText", "This item is not an open query."),
        ("patrol", "round_open"): QCoreApplication.translate(
            "DutyText", "A round of this route is already under way at this desk: finish it first."
        ),
        ("patrol", "round_finished"): QCoreApplication.translate("DutyText", "This round is already finished."),
        ("patrol", "wrong_route"): QCoreApplication.translate(
            "DutyText", "Checkpoint {code} belongs to another route."
        ),
        ("patrol", "already_reached"): QCoreApplication.translate(
            "DutyText", "Checkpoint {code} is already recorded in this round."
        ),
        ("patrol", "checkpoint_inactive"): QCoreApplication.translate(
            "DutyText", "Checkpoint {code} is no longer in use."
        ),
        ("patrol", "route_inactive"): QCoreApplication.translate("DutyText", "This route is no longer in use."),
        ("patrol", "too_many_checkpoints"): QCoreApplication.translate(
            "DutyText", "A route has at most {max} checkpoints."
        ),
        ("incident", "same_status"): QCoreApplication.translate("DutyText", "The incident already has this status."),
        ("incident", "unchanged"): QCoreApplication.translate("DutyText", "The new value is the same as the old one."),
        ("emergency", "too_many_contacts"): QCoreApplication.translate("DutyText", "At most {max} emergency contacts."),
    }


def fields() -> dict[str, str]:
    return {
        "kind": QCoreApplication.translate("DutyText", "Kind"),
        "text": QCoreApplication.translate("DutyText", "What happened"),
        "location": QCoreApplication.translate("DutyText", "Location"),
        "at": QCoreApplication.translate("DutyText", "Time"),
        "valid_until": QCoreApplication.translate("DutyText", "Pass on until"),
        "route_code": QCoreApplication.translate("DutyText", "Route code"),
        "route_name": QCoreApplication.translate("DutyText", "Route name"),
        "interval_minutes": QCoreApplication.translate("DutyText", "Every (minutes)"),
        "round_minutes": QCoreApplication.translate("DutyText", "On time within (minutes)"),
        "checkpoint_code": QCoreApplication.translate("DutyText", "Checkpoint code"),
        "checkpoint_name": QCoreApplication.translate("DutyText", "Checkpoint name"),
        "code": QCoreApplication.translate("DutyText", "Scanned code"),
        "anomaly": QCoreApplication.translate("DutyText", "Anomaly"),
        "category": QCoreApplication.translate("DutyText", "Category"),
        "severity": QCoreApplication.translate("DutyText", "Severity"),
        "summary": QCoreApplication.translate("DutyText", "Summary"),
        "people": QCoreApplication.translate("DutyText", "People involved"),
        "actions": QCoreApplication.translate("DutyText", "Actions taken"),
        "occurred_at": QCoreApplication.translate("DutyText", "Happened at"),
        "party": QCoreApplication.translate("DutyText", "Notified"),
        "party_name": QCoreApplication.translate("DutyText", "Who exactly"),
        "notified_at": QCoreApplication.translate("DutyText", "Notified at"),
        "follow_up": QCoreApplication.translate("DutyText", "Follow-up"),
        "status_note": QCoreApplication.translate("DutyText", "Note"),
        "contact_name": QCoreApplication.translate("DutyText", "Contact"),
        "phone": QCoreApplication.translate("DutyText", "Phone"),
        "contact_notes": QCoreApplication.translate("DutyText", "Notes"),
        "steps": QCoreApplication.translate("DutyText", "Plan"),
        "handover_note": QCoreApplication.translate("DutyText", "Handover note"),
        "handover_comment": QCoreApplication.translate("DutyText", "Comment"),
        "decision": QCoreApplication.translate("DutyText", "Decision"),
        "incoming": QCoreApplication.translate("DutyText", "Incoming guard"),
        "outgoing_pin": QCoreApplication.translate("DutyText", "Outgoing guard's PIN"),
        "incoming_pin": QCoreApplication.translate("DutyText", "Incoming guard's PIN"),
        "query_answer": QCoreApplication.translate("DutyText", "Answer"),
        "search": QCoreApplication.translate("DutyText", "Search"),
        "duty.incident_categories": QCoreApplication.translate("DutyText", "Incident categories"),
        "duty.log_templates": QCoreApplication.translate("DutyText", "Quick-entry templates"),
    }


def rules() -> dict[str, TextFn]:
    return {
        "in_future": lambda p: QCoreApplication.translate("DutyText", "Cannot be in the future."),
        "too_far_back": lambda p: QCoreApplication.translate("DutyText", "At most {hours} hours back.").format(
            hours=p.get("hours", "?")
        ),
        "in_past": lambda p: QCoreApplication.translate("DutyText", "Must be later than now."),
        "too_far_ahead": lambda p: QCoreApplication.translate("DutyText", "At most {days} days from now.").format(
            days=p.get("days", "?")
        ),
        "instructions_only": lambda p: QCoreApplication.translate(
            "DutyText", "Only an instruction is passed on to later shifts."
        ),
        "unknown_checkpoint": lambda p: QCoreApplication.translate(
            "DutyText", "No checkpoint has the code {code}."
        ).format(code=p.get("code", "?")),
        "same_as_outgoing": lambda p: QCoreApplication.translate(
            "DutyText", "The incoming guard must be someone else than the outgoing guard."
        ),
        "pin_bad_credentials": lambda p: (
            QCoreApplication.translate("DutyText", "Wrong PIN. {left} tries left before the account locks.").format(
                left=p["left"]
            )
            if p.get("left") is not None
            else QCoreApplication.translate("DutyText", "Wrong PIN.")
        ),
        "pin_delayed": lambda p: QCoreApplication.translate(
            "DutyText", "Too many wrong PINs: wait {seconds} seconds."
        ).format(seconds=p.get("seconds", "?")),
        "pin_locked": lambda p: QCoreApplication.translate(
            "DutyText", "This account is locked. A supervisor can unlock it."
        ),
        "pin_disabled": lambda p: QCoreApplication.translate("DutyText", "This account is disabled."),
        "pin_not_a_supervisor": lambda p: QCoreApplication.translate("DutyText", "Wrong PIN."),
    }
