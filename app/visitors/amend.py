"""Amending a saved visit: each changed field is checked like at check-in, the old and new values,
the author and the reason are kept in a ``VisitAmendment`` row, and the visit is flagged "amended".

The visit row then carries the corrected values (so history filters find them); the amendment rows
are the trail, shown with the visit. The visitor's card follows a corrected name, phone, company or
plate when the visit is their latest.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, Rule, ValidationError
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, SHORT_TEXT_MAX_CHARS, clean_code, clean_text
from app.validation import PhoneRegion
from app.visitors.checks import (
    NOTES_MAX_CHARS,
    PASS_MAX_CHARS,
    Collector,
    check_companions,
    check_phone,
    check_plate_field,
    optional_text,
)
from app.visitors.profiles import set_phone, write_keys
from app.visitors.rows import unit_label
from app.visitors.types import VisitorType
from db.models.directory import Building, Person, Unit
from db.models.visitors import Visit, VisitAmendment, Visitor

NOT_AMENDABLE = "not_amendable"
NO_CHANGE = "no_change"
REASON_MIN_CHARS = 2
# Fields an amendment may change, in the order they are shown.
AMENDABLE = (
    "name",
    "phone",
    "company",
    "visitor_type",
    "unit_id",
    "resident_id",
    "purpose",
    "plate",
    "companions",
    "items",
    "pass_number",
    "notes",
    "expected_leave_at",
    "checked_out_at",
)
_CARD_FIELDS = ("name", "phone", "company", "plate")


@dataclass(frozen=True, slots=True)
class AmendContext:
    types: Mapping[str, VisitorType]
    region: PhoneRegion | None
    now: datetime
    accepted: Collection[str] = ()


def _reference(s: Session, model: type[Unit] | type[Person], value: Any, field: str) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    if not isinstance(value, uuid.UUID) or s.get(model, value) is None:
        raise ValidationError(field, Rule.NOT_FOUND)
    return value


def _instant(value: Any, field: str, low: datetime, high: datetime | None) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value < low or (high is not None and value > high):
        raise ValidationError(field, Rule.OUT_OF_RANGE)
    return value


def _clean_field(
    c: Collector, s: Session, visit: Visit, field: str, raw: Any, ctx: AmendContext, values: dict[str, Any]
) -> None:
    text = "" if raw is None else str(raw)
    if field not in AMENDABLE:
        c.fail(field, NOT_AMENDABLE)
    elif field == "name":
        values[field] = c.check(lambda: clean_text(text, "name", max_chars=NAME_MAX_CHARS, required=True), "")
    elif field == "phone":
        values[field] = check_phone(c, text, "phone", ctx.region, ctx.accepted, required=False)
    elif field == "company":
        values[field] = optional_text(c, text, field, NAME_MAX_CHARS)
    elif field in ("purpose", "items"):
        values[field] = optional_text(c, text, field, SHORT_TEXT_MAX_CHARS)
    elif field == "notes":
        notes = c.check(lambda: clean_text(text, "notes", max_chars=NOTES_MAX_CHARS, multiline=True), "")
        values[field] = notes or None
    elif field == "visitor_type":
        if raw not in ctx.types:
            c.fail("visitor_type", Rule.CHOICE)
        values[field] = raw
    elif field in ("unit_id", "resident_id"):
        model, name = (Unit, "unit") if field == "unit_id" else (Person, "resident")
        values[field] = c.check(lambda: _reference(s, model, raw, name), None)
    elif field == "plate":
        values[field], values["plate_region"] = check_plate_field(
            c, text, "plate", ctx.region, ctx.accepted, required=False
        )
    elif field == "companions":
        values[field] = check_companions(c, raw)
    elif field == "pass_number":
        values[field] = c.check(lambda: clean_code(text, "pass_number", max_chars=PASS_MAX_CHARS), "") or None
    elif field == "expected_leave_at":
        values[field] = c.check(lambda: _instant(raw, field, visit.checked_in_at, None), None)
    elif visit.checked_out_at is None:  # checked_out_at: only a visit that has left
        c.fail(field, NOT_AMENDABLE)
    else:
        values[field] = c.check(lambda: _instant(raw, field, visit.checked_in_at, ctx.now), None)


def _clean(c: Collector, s: Session, visit: Visit, changes: Mapping[str, Any], ctx: AmendContext) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, raw in changes.items():
        _clean_field(c, s, visit, field, raw, ctx, values)
    return values


def _shown(s: Session, field: str, value: Any) -> str:
    """How a value is written in the amendment trail (labels, not ids)."""
    if value is None:
        return ""
    if field == "unit_id":
        row = s.execute(select(Building.name, Unit.code).join(Building).where(Unit.id == value)).first()
        return unit_label(row[0], row[1]) if row else ""
    if field == "resident_id":
        return s.execute(select(Person.name).where(Person.id == value)).scalar_one_or_none() or ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def _follow_on_card(s: Session, visit: Visit, diffs: Mapping[str, Any]) -> None:
    visitor = s.get(Visitor, visit.visitor_id)
    if visitor is None or visitor.last_seen_at > visit.checked_in_at:
        return
    if "name" in diffs:
        from app.search import name_search_key

        visitor.name, visitor.name_key = visit.name, name_search_key(visit.name or "")
    if "phone" in diffs:
        set_phone(visitor, visit.phone)
    if "company" in diffs:
        visitor.company = visit.company
    if "plate" in diffs:
        visitor.plate, visitor.plate_region = visit.plate, visit.plate_region
    s.flush()
    if "name" in diffs or "plate" in diffs:
        write_keys(s, visitor, visitor.last_seen_at)


def apply(
    s: Session,
    visit: Visit,
    changes: Mapping[str, Any],
    reason: str,
    ctx: AmendContext,
    author_id: uuid.UUID,
) -> VisitAmendment:
    c = Collector()
    why = c.check(
        lambda: clean_text(
            reason, "reason", max_chars=LONG_TEXT_MAX_CHARS, required=True, multiline=True, min_chars=REASON_MIN_CHARS
        ),
        "",
    )
    values = _clean(c, s, visit, changes, ctx)
    c.done()
    diffs = {field: (getattr(visit, field), value) for field, value in values.items() if getattr(visit, field) != value}
    if not any(field in AMENDABLE for field in diffs):
        raise Conflict("visit", NO_CHANGE)
    shown = {
        field: [_shown(s, field, old), _shown(s, field, new)]
        for field, (old, new) in diffs.items()
        if field in AMENDABLE
    }
    for field, (_old, new) in diffs.items():
        setattr(visit, field, new)
    visit.amended = True
    amendment = VisitAmendment(
        visit_id=visit.id,
        at=ctx.now,
        author_id=author_id,
        fields=",".join(field for field in AMENDABLE if field in shown),
        changes_json=json.dumps(shown, ensure_ascii=False, sort_keys=True),
        reason=why,
    )
    s.add(amendment)
    s.flush()
    if any(field in diffs for field in _CARD_FIELDS):
        _follow_on_card(s, visit, diffs)
    return amendment
