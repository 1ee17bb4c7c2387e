"""Checking a check-in as typed: every field at once, so the form can mark all mistakes together.

Document numbers with a check digit (mainland, HK, Taiwan IDs) block saving when wrong unless a
supervisor overrides (the caller passes ``id_override=True`` only with an ``Approval``); format-only
documents, phones and plates warn and are saved once the guard confirms (``accepted``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

from app.errors import Rule, ValidationError, ValidationErrors
from app.search import name_search_key
from app.text import NAME_MAX_CHARS, SHORT_TEXT_MAX_CHARS, clean_code, clean_text
from app.validation import IdType, PhoneRegion, normalize_code, normalize_plate, validate_id, validate_phone
from app.validation import validate_plate as check_plate
from app.validation.accept import unless_accepted
from app.visitors.model import CheckInFields, FormField, IdChecked, IdPolicy
from app.visitors.types import VisitorType

T = TypeVar("T")
PASS_MAX_CHARS = 20
PHONE_MAX_CHARS = 20  # E.164 holds 15 digits and a "+"; the column holds 24
PLATE_MAX_CHARS = 20
NOTES_MAX_CHARS = 1000
MAX_COMPANIONS = 99
MAX_STAY = timedelta(hours=48)
NOT_ALLOWED = "not_allowed"  # rule: the site's ID policy does not record numbers
BLOCKING_ID_RULES = frozenset({Rule.BAD_CHECKSUM, Rule.BAD_DATE, Rule.BAD_FORMAT})


class Collector:
    """Runs field checks, keeps every ``ValidationError``; ``done()`` raises them together."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, action: Callable[[], T], default: T) -> T:
        try:
            return action()
        except ValidationError as error:
            self.errors.append(error)
            return default

    def fail(self, field: str, rule: str, params: Mapping[str, object] | None = None) -> None:
        self.errors.append(ValidationError(field, rule, dict(params or {})))

    def done(self) -> None:
        if self.errors:
            raise ValidationErrors(tuple(self.errors))


def optional_text(c: Collector, value: str, field: str, max_chars: int, required: bool = False) -> str | None:
    return c.check(lambda: clean_text(value, field, max_chars=max_chars, required=required), "") or None


def _not_too_long(c: Collector, text: str, field: str, normalize: Callable[[str, str], str], limit: int) -> bool:
    """A value saved "as typed" after a warning must still fit: too long is an error, not a warning."""
    try:
        length = len(normalize(text, field))
    except ValidationError:
        return True  # odd characters: the field's own check says so
    if length > limit:
        c.fail(field, Rule.TOO_LONG, {"max": limit, "length": length})
        return False
    return True


def check_phone(
    c: Collector, raw: str, field: str, region: PhoneRegion | None, accepted: Collection[str], required: bool
) -> str | None:
    text = (raw or "").strip()
    if not text:
        if required:
            c.fail(field, Rule.REQUIRED)
        return None
    if not _not_too_long(c, text, field, normalize_code, PHONE_MAX_CHARS):
        return None
    return c.check(
        lambda: unless_accepted(
            lambda: validate_phone(text, field, prefer=region).normalized,
            lambda: normalize_code(text, field),
            field,
            accepted,
        ),
        None,
    )


def check_plate_field(
    c: Collector, raw: str, field: str, region: PhoneRegion | None, accepted: Collection[str], required: bool
) -> tuple[str | None, str | None]:
    text = (raw or "").strip()
    if not text:
        if required:
            c.fail(field, Rule.REQUIRED)
        return None, None
    if not _not_too_long(c, text, field, normalize_plate, PLATE_MAX_CHARS):
        return None, None

    def checked() -> tuple[str | None, str | None]:
        found = check_plate(text, field, prefer=region.value if region else None)
        return found.normalized, found.region.value

    def unchecked() -> tuple[str | None, str | None]:
        return normalize_plate(text, field), None

    nothing: tuple[str | None, str | None] = (None, None)
    return c.check(lambda: unless_accepted(checked, unchecked, field, accepted), nothing)


def check_companions(c: Collector, value: int | str) -> int:
    try:
        number = int(str(value).strip() or 0)
    except ValueError:
        c.fail("companions", Rule.NOT_A_NUMBER)
        return 0
    if not 0 <= number <= MAX_COMPANIONS:
        c.fail("companions", Rule.OUT_OF_RANGE, {"min": 0, "max": MAX_COMPANIONS})
        return 0
    return number


@dataclass(frozen=True, slots=True)
class CheckedId:
    checked: IdChecked
    id_type: str | None = None
    number: str | None = None  # normalised, in memory only: the service seals it
    overridden: bool = False  # a bad check digit accepted with a supervisor's approval
    reuse_stored: bool = False


@dataclass(frozen=True, slots=True)
class CleanVisit:
    name: str
    name_key: str
    visitor_type: str
    phone: str | None
    company: str | None
    id: CheckedId
    unit_id: uuid.UUID | None
    resident_id: uuid.UUID | None
    purpose: str | None
    plate: str | None
    plate_region: str | None
    companions: int
    items: str | None
    pass_number: str | None
    notes: str | None
    expected_leave_at: datetime


def _check_id(
    c: Collector,
    fields: CheckInFields,
    policy: IdPolicy,
    required: bool,
    today: date,
    accepted: Collection[str],
    id_override: bool,
) -> CheckedId:
    number_typed = bool((fields.id_number or "").strip())
    try:
        ticked = IdChecked(fields.id_checked)
    except ValueError:
        c.fail("id_checked", Rule.CHOICE)
        return CheckedId(IdChecked.NONE)
    if policy is not IdPolicy.RECORD_NUMBER:
        if number_typed or fields.reuse_stored_id:
            c.fail("id_number", NOT_ALLOWED)
        if ticked is IdChecked.RECORDED:
            c.fail("id_checked", Rule.CHOICE)
            return CheckedId(IdChecked.NONE)
        if required and policy is not IdPolicy.NOT_RECORDED and ticked is IdChecked.NONE:
            c.fail("id_checked", Rule.REQUIRED)
        return CheckedId(ticked if policy is not IdPolicy.NOT_RECORDED else IdChecked.NONE)
    if fields.reuse_stored_id and not number_typed:
        return CheckedId(IdChecked.RECORDED, reuse_stored=True)
    if not number_typed:
        if required:
            c.fail("id_number", Rule.REQUIRED)
        return CheckedId(IdChecked.NONE if ticked is IdChecked.RECORDED else ticked)
    try:
        id_type = IdType(fields.id_type)
    except ValueError:
        c.fail("id_type", Rule.REQUIRED if not fields.id_type else Rule.CHOICE)
        return CheckedId(IdChecked.NONE)

    def validated() -> CheckedId:
        found = validate_id(id_type, fields.id_number, "id_number", today=today)
        return CheckedId(IdChecked.RECORDED, id_type.value, found.normalized)

    def unvalidated() -> CheckedId:
        return CheckedId(IdChecked.RECORDED, id_type.value, normalize_code(fields.id_number, "id_number"))

    try:
        return unless_accepted(validated, unvalidated, "id_number", accepted)
    except ValidationError as error:
        if id_override and not error.warning and error.rule in BLOCKING_ID_RULES:
            overridden = c.check(unvalidated, CheckedId(IdChecked.NONE))
            return CheckedId(overridden.checked, overridden.id_type, overridden.number, overridden=True)
        c.errors.append(error)
        return CheckedId(IdChecked.NONE)


def check_visit(
    fields: CheckInFields,
    types: Mapping[str, VisitorType],
    policy: IdPolicy,
    region: PhoneRegion | None,
    now: datetime,
    today: date,
    accepted: Collection[str] = (),
    id_override: bool = False,
) -> CleanVisit:
    """Clean and check every field; raise ``ValidationErrors`` naming each field that is wrong."""
    c = Collector()
    name = c.check(lambda: clean_text(fields.name, "name", max_chars=NAME_MAX_CHARS, required=True), "")
    kind = types.get(fields.visitor_type)
    if kind is None or not kind.active:
        c.fail("visitor_type", Rule.REQUIRED if not fields.visitor_type else Rule.CHOICE)
    required = kind.required if kind is not None else frozenset()
    phone = check_phone(c, fields.phone, "phone", region, accepted, FormField.PHONE in required)
    company = optional_text(c, fields.company, "company", NAME_MAX_CHARS, FormField.COMPANY in required)
    checked_id = _check_id(c, fields, policy, FormField.ID in required, today, accepted, id_override)
    if FormField.UNIT in required and fields.unit_id is None:
        c.fail("unit", Rule.REQUIRED)
    if FormField.RESIDENT in required and fields.resident_id is None:
        c.fail("resident", Rule.REQUIRED)
    purpose = optional_text(c, fields.purpose, "purpose", SHORT_TEXT_MAX_CHARS, FormField.PURPOSE in required)
    plate, plate_region = check_plate_field(c, fields.plate, "plate", region, accepted, FormField.PLATE in required)
    companions = check_companions(c, fields.companions)
    items = optional_text(c, fields.items, "items", SHORT_TEXT_MAX_CHARS)
    pass_number = (
        c.check(
            lambda: clean_code(
                fields.pass_number, "pass_number", max_chars=PASS_MAX_CHARS, required=FormField.PASS_NUMBER in required
            ),
            "",
        )
        or None
    )
    notes = c.check(lambda: clean_text(fields.notes, "notes", max_chars=NOTES_MAX_CHARS, multiline=True), "") or None
    leave = fields.expected_leave_at
    if leave is None:
        leave = now + timedelta(minutes=kind.minutes if kind is not None else 60)
    elif leave.tzinfo is None or not now < leave <= now + MAX_STAY:
        c.fail("expected_leave_at", Rule.OUT_OF_RANGE, {"max_hours": int(MAX_STAY.total_seconds() // 3600)})
    c.done()
    return CleanVisit(
        name=name,
        name_key=name_search_key(name),
        visitor_type=fields.visitor_type,
        phone=phone,
        company=company,
        id=checked_id,
        unit_id=fields.unit_id,
        resident_id=fields.resident_id,
        purpose=purpose,
        plate=plate,
        plate_region=plate_region,
        companions=companions,
        items=items,
        pass_number=pass_number,
        notes=notes,
        expected_leave_at=leave,
    )


@dataclass(frozen=True, slots=True)
class CheckInRemedy:
    """What the desk may do after ``VisitService.check_in`` refused the fields as typed."""

    warned: frozenset[str]  # fields with a warning the guard may accept as typed
    may_accept: bool  # "save anyway": only warnings, nothing blocking
    may_override_id: bool  # a supervisor may accept the document number: only its check failed


def check_in_remedy(errors: Collection[ValidationError]) -> CheckInRemedy:
    """Who may save a refused check-in, and how: the guard accepts warnings; a supervisor overrides a
    document number that fails its check (check digit, date, format) when nothing else is wrong."""
    blocking_id = [e for e in errors if not e.warning and e.field == "id_number" and e.rule in BLOCKING_ID_RULES]
    others = [e for e in errors if not e.warning and e not in blocking_id]
    warned = frozenset(e.field for e in errors if e.warning)
    return CheckInRemedy(
        warned=warned,
        may_accept=bool(warned) and not blocking_id and not others,
        may_override_id=bool(blocking_id) and not others,
    )
