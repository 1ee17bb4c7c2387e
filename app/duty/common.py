"""What the duty area's services share: kinds and states, permissions, settings, small helpers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Rule, ValidationError, ValidationErrors
from app.permissions import STAFF_ROLES, SUPERVISOR_ROLES, Actor, Permission
from app.settings import SettingSpec
from app.text import clean_text, fold_width
from db.models.core import Operator, Shift


class LogKind(StrEnum):
    NOTE = "note"
    PATROL = "patrol"
    INCIDENT = "incident"
    INSTRUCTION = "instruction"
    EQUIPMENT_FAULT = "equipment_fault"
    DRILL = "drill"


class CheckMethod(StrEnum):
    TICK = "tick"
    SCAN = "scan"


class CheckpointState(StrEnum):
    REACHED = "reached"
    LATE = "late"
    MISSED = "missed"
    PENDING = "pending"  # its window is still open


class IncidentSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentStatus(StrEnum):
    OPEN = "open"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class IncidentEventKind(StrEnum):
    REPORTED = "reported"
    NOTIFIED = "notified"
    FOLLOW_UP = "follow_up"  # a note on what was done since
    STATUS = "status"
    AMENDED = "amended"


class NotifiedParty(StrEnum):
    POLICE = "police"
    FIRE = "fire"
    AMBULANCE = "ambulance"
    SUPERVISOR = "supervisor"
    RESIDENT = "resident"
    MANAGEMENT = "management"
    OTHER = "other"


class HandoverStatus(StrEnum):
    PENDING = "pending"  # compiled, being acknowledged
    REFUSED = "refused"  # both confirmed, the incoming guard refused an item: the shift stays open
    SIGNED = "signed"  # both confirmed; the outgoing shift ended
    CLOSED = "closed"  # a supervisor closed it (refused or stuck), recorded with a reason


class Acknowledgement(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    QUERIED = "queried"
    REFUSED = "refused"


# Permissions of the duty area.
WRITE_LOG = Permission("duty.log.write", STAFF_ROLES)
PATROL = Permission("duty.patrol", STAFF_ROLES)
MANAGE_ROUTES = Permission("duty.routes.manage", SUPERVISOR_ROLES, approvable=True)
REPORT_INCIDENT = Permission("duty.incident.report", STAFF_ROLES)
CLOSE_INCIDENT = Permission("duty.incident.close", STAFF_ROLES)
EDIT_EMERGENCY = Permission("duty.emergency.edit", SUPERVISOR_ROLES, approvable=True)
HAND_OVER = Permission("duty.handover", STAFF_ROLES)
CLOSE_HANDOVER = Permission("duty.handover.close", SUPERVISOR_ROLES, approvable=True)
RESOLVE_QUERY = Permission("duty.handover.resolve", STAFF_ROLES)

TEXT_MAX_CHARS = 2000
LOCATION_MAX_CHARS = 120
REASON_MAX_CHARS = 300
CODE_MAX_CHARS = 40
MAX_CATEGORIES = 30
MAX_TEMPLATES = 24
# An entry may be dated back (written after the fact) by at most this much, never into the future.
BACKDATE_MAX_HOURS = 24
FUTURE_TOLERANCE_S = 60

DEFAULT_INCIDENT_CATEGORIES = (
    "fire_alarm",
    "theft",
    "dispute",
    "injury",
    "suspicious_person",
    "flooding",
    "lift_entrapment",
    "power_failure",
    "other",
)

DEFAULT_LOG_TEMPLATES: tuple[dict[str, str], ...] = (
    {"code": "gate_check", "kind": LogKind.NOTE.value, "text": ""},
    {"code": "car_park_check", "kind": LogKind.PATROL.value, "text": ""},
    {"code": "delivery", "kind": LogKind.NOTE.value, "text": ""},
    {"code": "lights_fault", "kind": LogKind.EQUIPMENT_FAULT.value, "text": ""},
    {"code": "fire_drill", "kind": LogKind.DRILL.value, "text": ""},
    {"code": "noise_complaint", "kind": LogKind.NOTE.value, "text": ""},
)


def _check_categories(value: Any) -> list[dict[str, str]]:
    key = "duty.incident_categories"
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_CATEGORIES:
        raise ValidationError(key, Rule.OUT_OF_RANGE, {"min": 1, "max": MAX_CATEGORIES})
    out: list[dict[str, str]] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValidationError(key, Rule.BAD_FORMAT)
        code = clean_text(str(item.get("code", "")), key, max_chars=CODE_MAX_CHARS, required=True)
        label = clean_text(str(item.get("label", "")), key, max_chars=60)
        out.append({"code": code, "label": label})
    if len({c["code"] for c in out}) != len(out):
        raise ValidationError(key, Rule.DUPLICATE)
    return out


def _check_templates(value: Any) -> list[dict[str, str]]:
    key = "duty.log_templates"
    if not isinstance(value, list) or len(value) > MAX_TEMPLATES:
        raise ValidationError(key, Rule.OUT_OF_RANGE, {"min": 0, "max": MAX_TEMPLATES})
    out: list[dict[str, str]] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValidationError(key, Rule.BAD_FORMAT)
        kind = str(item.get("kind", ""))
        if kind not in set(LogKind):
            raise ValidationError(key, Rule.CHOICE)
        code = clean_text(str(item.get("code", "")), key, max_chars=CODE_MAX_CHARS, required=True)
        text = clean_text(str(item.get("text", "")), key, max_chars=200)
        out.append({"code": code, "kind": kind, "text": text})
    return out


INCIDENT_CATEGORIES = SettingSpec(
    "duty.incident_categories", [{"code": c, "label": ""} for c in DEFAULT_INCIDENT_CATEGORIES], _check_categories
)
LOG_TEMPLATES = SettingSpec("duty.log_templates", [dict(t) for t in DEFAULT_LOG_TEMPLATES], _check_templates)
DUTY_SPECS: tuple[SettingSpec[Any], ...] = (INCIDENT_CATEGORIES, LOG_TEMPLATES)


def require_desk(actor: Actor) -> uuid.UUID:
    if actor.desk_id is None:
        raise ValidationError("desk", Rule.REQUIRED)
    return actor.desk_id


def operator_names(s: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(Operator.id, Operator.display_name).where(Operator.id.in_(wanted)))
    return {r[0]: r[1] for r in rows}


def open_shift_id(s: Session, desk_id: uuid.UUID) -> uuid.UUID | None:
    return (
        s.execute(
            select(Shift.id).where(Shift.desk_id == desk_id, Shift.ended_at.is_(None)).order_by(Shift.started_at.desc())
        )
        .scalars()
        .first()
    )


def check_moment(value: datetime | None, now: datetime, field: str) -> datetime:
    """When something happened: now if not given; not in the future, not more than a day back."""
    if value is None:
        return now
    if value.tzinfo is None:
        raise ValidationError(field, Rule.BAD_DATE)
    if (value - now).total_seconds() > FUTURE_TOLERANCE_S:
        raise ValidationError(field, "in_future")
    if (now - value).total_seconds() > BACKDATE_MAX_HOURS * 3600:
        raise ValidationError(field, "too_far_back", {"hours": BACKDATE_MAX_HOURS})
    return value


T = TypeVar("T")


def collect(errors: list[ValidationError], check: Callable[[], T]) -> T | None:
    """Run one field check; add its error(s) to ``errors`` so a form shows every problem at once."""
    try:
        return check()
    except ValidationErrors as many:
        errors.extend(many.errors)
    except ValidationError as error:
        errors.append(error)
    return None


def raise_all(errors: list[ValidationError]) -> None:
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(tuple(errors))


def parse_clock_time(text: str, now: datetime, zone: tzinfo, field: str) -> datetime | None:
    """``HH:MM`` typed at the desk: today at that local time, or yesterday if that would be in the
    future (a night-shift guard writing at 00:10 about 23:50). Empty means now (None)."""
    value = fold_width(text or "").strip().replace("：", ":").replace(".", ":")
    if not value:
        return None
    if value.isdigit() and len(value) in (3, 4):
        value = f"{value[:-2]}:{value[-2:]}"
    try:
        moment = time.fromisoformat(value if len(value) > 4 else f"0{value}")
    except ValueError as error:
        raise ValidationError(field, Rule.BAD_FORMAT) from error
    local_now = now.astimezone(zone)
    candidate = datetime.combine(local_now.date(), moment, tzinfo=zone)
    if (candidate - local_now).total_seconds() > FUTURE_TOLERANCE_S:
        candidate -= timedelta(days=1)
    return candidate
