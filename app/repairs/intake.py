"""A new repair request: its fields checked (every error at once) and its number of the day.

Used by ``RepairService`` when a job is taken in, made from a duty record, or reopened.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Rule, ValidationError, ValidationErrors
from app.repairs.lifecycle import Channel
from app.repairs.rows import IntakeFields
from app.repairs.sla_policy import Priority, WorkKind
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, SHORT_TEXT_MAX_CHARS, clean_text
from app.validation.accept import optional_phone
from db.models.repairs import WorkOrder

DESCRIPTION_MIN_CHARS = 2
UNIT_OR_LOCATION = "unit_or_location"  # rule: a job needs a unit or a typed location
NUMBER_DIGITS = 3


def check_intake(fields: IntakeFields, accepted: Collection[str], categories: Collection[str]) -> dict[str, object]:
    """The checked values of a new request; every field error at once (``ValidationErrors``)."""
    errors: list[ValidationError] = []
    values: dict[str, object] = {}

    def attempt(name: str, check: object) -> None:
        try:
            values[name] = check() if callable(check) else check
        except ValidationError as error:
            errors.append(error)

    attempt("kind", lambda: choice(WorkKind, fields.kind, "kind"))
    attempt("priority", lambda: choice(Priority, fields.priority, "priority"))
    attempt("channel", lambda: choice(Channel, fields.channel, "channel"))

    def category() -> str:
        text = clean_text(fields.category, "category", max_chars=40, required=True)
        if text not in categories:
            raise ValidationError("category", Rule.CHOICE)
        return text

    attempt("category", category)
    attempt(
        "description",
        lambda: clean_text(
            fields.description,
            "description",
            max_chars=LONG_TEXT_MAX_CHARS,
            required=True,
            multiline=True,
            min_chars=DESCRIPTION_MIN_CHARS,
        ),
    )
    attempt("location", lambda: clean_text(fields.location, "location", max_chars=SHORT_TEXT_MAX_CHARS))
    attempt("reporter_name", lambda: clean_text(fields.reporter_name, "reporter_name", max_chars=NAME_MAX_CHARS))

    attempt("reporter_phone", lambda: optional_phone(fields.reporter_phone, "reporter_phone", accepted))
    failed = {e.field for e in errors}
    if fields.reporter_id is None and not (fields.reporter_name or "").strip() and "reporter_name" not in failed:
        errors.append(ValidationError("reporter_name", Rule.REQUIRED))
    if fields.unit_id is None and not (fields.location or "").strip() and "location" not in failed:
        errors.append(ValidationError("unit", UNIT_OR_LOCATION))
    if errors:
        raise ValidationErrors(tuple(errors))
    return values


def next_number(s: Session, now: datetime, zone: tzinfo) -> str:
    """The next work-order number of the local day: ``YYMMDD-NNN``."""
    prefix = now.astimezone(zone).strftime("%y%m%d") + "-"
    last = s.execute(
        select(func.max(WorkOrder.number)).where(WorkOrder.number >= prefix, WorkOrder.number < prefix[:-1] + ".")
    ).scalar_one()
    count = s.execute(
        select(func.count()).where(WorkOrder.number >= prefix, WorkOrder.number < prefix[:-1] + ".")
    ).scalar_one()
    serial = max(count, int(str(last).split("-")[1]) if last else 0) + 1
    return f"{prefix}{serial:0{NUMBER_DIGITS}d}"


def choice(kind: type, value: object, field: str) -> str:
    try:
        return str(kind(value).value)
    except ValueError as error:
        raise ValidationError(field, Rule.CHOICE) from error
