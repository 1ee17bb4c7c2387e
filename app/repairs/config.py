"""Repair settings: categories, the SLA table, business hours and holidays, return-visit attempts.

Stored as plain JSON values through ``SettingsService`` (site scope, administrators edit them).
Business hours are written as the staff say them, in the site's local time::

    {"weekly": {"0": [["09:00", "18:00"]], …, "4": [["09:00", "18:00"]]},
     "holidays": ["2026-04-03"], "extra_working_days": {"2026-02-14": [["09:00", "13:00"]]}}
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from app.errors import Rule, ValidationError
from app.repairs.calendar import BusinessHours, Interval
from app.repairs.sla_policy import DEFAULT_POLICY, SlaPolicy
from app.settings import SettingSpec, int_range
from app.text import clean_text

DEFAULT_CATEGORIES = (
    "plumbing",
    "electrical",
    "lift",
    "door_access",
    "public_area",
    "noise",
    "cleaning",
    "security",
    "other",
)
CATEGORY_MAX_CHARS = 40
MAX_CATEGORIES = 60
WORKDAY_HOURS = (("09:00", "18:00"),)
DEFAULT_BUSINESS_HOURS: dict[str, Any] = {
    "weekly": {str(day): [list(i) for i in WORKDAY_HOURS] for day in range(5)},
    "holidays": [],
    "extra_working_days": {},
}


def _check_categories(value: Any) -> list[str]:
    key = "repairs.categories"
    if not isinstance(value, list) or not value:
        raise ValidationError(key, Rule.REQUIRED)
    if len(value) > MAX_CATEGORIES:
        raise ValidationError(key, Rule.OUT_OF_RANGE, {"min": 1, "max": MAX_CATEGORIES})
    out: list[str] = []
    for item in value:
        text = clean_text(str(item), key, max_chars=CATEGORY_MAX_CHARS, required=True)
        if text in out:
            raise ValidationError(key, Rule.DUPLICATE, {"value": text})
        out.append(text)
    return out


def _check_policy(value: Any) -> dict[str, Any]:
    return SlaPolicy.from_dict(value).to_dict()


def _parse_time(text: Any, field: str) -> time:
    if not isinstance(text, str):
        raise ValidationError(field, Rule.BAD_FORMAT)
    if text == "24:00":
        return time(0)
    try:
        return time.fromisoformat(text)
    except ValueError as error:
        raise ValidationError(field, Rule.BAD_FORMAT) from error


def _intervals(value: Any, field: str) -> list[Interval]:
    if not isinstance(value, list):
        raise ValidationError(field, Rule.BAD_FORMAT)
    out = []
    for pair in value:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValidationError(field, Rule.BAD_FORMAT)
        out.append((_parse_time(pair[0], field), _parse_time(pair[1], field)))
    return out


def _parse_date(text: Any, field: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError as error:
        raise ValidationError(field, Rule.BAD_DATE, {"value": str(text)}) from error


def business_hours(value: Mapping[str, Any], zone: tzinfo) -> BusinessHours:
    """The calendar described by a stored business-hours value (``ValidationError`` if malformed)."""
    if not isinstance(value, Mapping):
        raise ValidationError("repairs.business_hours", Rule.BAD_FORMAT)
    weekly_raw = value.get("weekly", {})
    if not isinstance(weekly_raw, Mapping):
        raise ValidationError("repairs.business_hours", Rule.BAD_FORMAT)
    weekly: dict[int, list[Interval]] = {}
    for day, intervals in weekly_raw.items():
        if not str(day).isdigit():
            raise ValidationError("repairs.business_hours", Rule.BAD_FORMAT)
        weekly[int(day)] = _intervals(intervals, f"weekly.{day}")
    holidays = [_parse_date(d, "holidays") for d in value.get("holidays", [])]
    extra_raw = value.get("extra_working_days", {})
    if not isinstance(extra_raw, Mapping):
        raise ValidationError("repairs.business_hours", Rule.BAD_FORMAT)
    extra = {_parse_date(d, "extra_working_days"): _intervals(i, f"extra.{d}") for d, i in extra_raw.items()}
    return BusinessHours(zone, weekly, holidays, extra)


def _check_business_hours(value: Any) -> dict[str, Any]:
    business_hours(value, ZoneInfo("UTC"))  # the zone does not change what is valid
    return {
        "weekly": {str(k): v for k, v in dict(value.get("weekly", {})).items()},
        "holidays": sorted(str(d) for d in value.get("holidays", [])),
        "extra_working_days": dict(value.get("extra_working_days", {})),
    }


CATEGORIES = SettingSpec("repairs.categories", list(DEFAULT_CATEGORIES), _check_categories)
SLA_POLICY = SettingSpec("repairs.sla_policy", DEFAULT_POLICY.to_dict(), _check_policy)
BUSINESS_HOURS = SettingSpec("repairs.business_hours", DEFAULT_BUSINESS_HOURS, _check_business_hours)
VISIT_ATTEMPTS = SettingSpec("repairs.visit_attempts", 3, int_range("repairs.visit_attempts", 1, 10))

REPAIR_SPECS: tuple[SettingSpec[Any], ...] = (CATEGORIES, SLA_POLICY, BUSINESS_HOURS, VISIT_ATTEMPTS)
