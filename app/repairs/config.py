"""Repair settings: categories, the SLA table, business hours and holidays, return-visit attempts.

Stored as plain JSON values through ``SettingsService`` (site scope, administrators edit them);
``RepairConfigService`` reads and saves them, ``RepairService`` (the work orders' lifecycle) asks it.
Business hours are written as the staff say them, in the site's local time::

    {"weekly": {"0": [["09:00", "18:00"]], …, "4": [["09:00", "18:00"]]},
     "holidays": ["2026-04-03"], "extra_working_days": {"2026-02-14": [["09:00", "13:00"]]}}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from app.changes import ChangeKind, changes
from app.errors import Rule, ValidationError
from app.permissions import Actor, Approval
from app.repairs.calendar import ALWAYS_OPEN, BusinessHours, Calendar, CalendarKind, Interval
from app.repairs.sla_policy import DEFAULT_POLICY, Priority, SlaPolicy, SlaTarget, WorkKind
from app.settings import SettingSpec, SettingsService, int_range
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


# -- what the settings section edits ---------------------------------------------------------------

SLA_ROWS: tuple[tuple[str, Priority | WorkKind], ...] = (
    ("by_priority", Priority.URGENT),
    ("by_priority", Priority.NORMAL),
    ("by_priority", Priority.LOW),
    ("by_kind", WorkKind.COMPLAINT),
    ("by_kind", WorkKind.SUGGESTION),
    ("by_kind", WorkKind.PRAISE),
)


@dataclass(frozen=True, slots=True)
class RepairSettings:
    """The repair settings as the settings page shows them: one interval for every working day."""

    categories: tuple[str, ...]
    targets: Mapping[str, SlaTarget]  # "by_priority.urgent", "by_kind.complaint"… → target
    workdays: frozenset[int]  # Monday = 0
    opens: time
    closes: time  # time(0) = 24:00
    holidays: tuple[str, ...]  # ISO dates
    visit_attempts: int


def row_key(section: str, code: Priority | WorkKind) -> str:
    return f"{section}.{code.value}"


def target_row(key: str, response: timedelta | None, resolution: timedelta | None, kind: CalendarKind) -> SlaTarget:
    """One row of the SLA table; errors name the row's fields (``by_priority.urgent.response_s``)."""
    try:
        return SlaTarget(response, resolution, kind)
    except ValidationError as error:
        name = "resolution_s" if error.field == "resolution" else "response_s"
        raise ValidationError(f"{key}.{name}", error.rule, error.params) from error


def settings_from(
    stored_policy: Mapping[str, Any], hours: Mapping[str, Any], categories: list[str], attempts: int
) -> RepairSettings:
    policy = SlaPolicy.from_dict(stored_policy)
    targets: dict[str, SlaTarget] = {}
    for section, code in SLA_ROWS:
        table: Mapping[Any, SlaTarget] = policy.by_priority if section == "by_priority" else policy.by_kind
        targets[row_key(section, code)] = table.get(code, policy.default)
    weekly = hours.get("weekly", {})
    workdays = frozenset(int(day) for day, intervals in weekly.items() if intervals)
    first = next((intervals[0] for intervals in weekly.values() if intervals), list(WORKDAY_HOURS[0]))
    return RepairSettings(
        categories=tuple(categories),
        targets=targets,
        workdays=workdays,
        opens=_parse_time(first[0], "opens"),
        closes=_parse_time(first[1], "closes"),
        holidays=tuple(hours.get("holidays", ())),
        visit_attempts=attempts,
    )


def stored_values(current_policy: Mapping[str, Any], change: RepairSettings) -> dict[str, Any]:
    """The stored forms of ``change``: the policy keeps its category rows and default."""
    policy = SlaPolicy.from_dict(current_policy)
    by_priority = dict(policy.by_priority)
    by_kind = dict(policy.by_kind)
    for section, code in SLA_ROWS:
        target = change.targets.get(row_key(section, code))
        if target is None:
            continue
        if isinstance(code, Priority):
            by_priority[code] = target
        else:
            by_kind[code] = target
    opens, closes = change.opens.strftime("%H:%M"), change.closes.strftime("%H:%M")
    closes = "24:00" if change.closes == time(0) else closes
    return {
        SLA_POLICY.key: SlaPolicy(
            policy.default, by_priority, policy.by_category, policy.by_category_priority, by_kind
        ).to_dict(),
        BUSINESS_HOURS.key: {
            "weekly": {str(day): [[opens, closes]] for day in sorted(change.workdays)},
            "holidays": [h.strip() for h in change.holidays if h.strip()],
            "extra_working_days": {},
        },
        CATEGORIES.key: [c for c in change.categories if c.strip()],
        VISIT_ATTEMPTS.key: change.visit_attempts,
    }


class RepairConfigService:
    """The site's repair configuration: categories, the SLA table, both calendars, return-visit calls."""

    def __init__(self, settings: SettingsService, zone: tzinfo) -> None:
        self._settings = settings
        self._zone = zone
        self._hours: tuple[str, Calendar] | None = None

    def categories(self) -> list[str]:
        categories: list[str] = self._settings.get(CATEGORIES)
        return list(categories)

    def policy(self) -> SlaPolicy:
        return SlaPolicy.from_dict(self._settings.get(SLA_POLICY))

    def calendar(self, kind: CalendarKind) -> Calendar:
        return self.calendars()[kind]

    def calendars(self) -> dict[CalendarKind, Calendar]:
        """Both calendars, the business hours built once per stored value (their day cache is kept)."""
        value = self._settings.get(BUSINESS_HOURS)
        key = json.dumps(value, sort_keys=True)
        if self._hours is None or self._hours[0] != key:
            self._hours = (key, business_hours(value, self._zone))
        return {CalendarKind.ALWAYS_OPEN: ALWAYS_OPEN, CalendarKind.BUSINESS_HOURS: self._hours[1]}

    def visit_attempts_allowed(self) -> int:
        return int(self._settings.get(VISIT_ATTEMPTS))

    def current_settings(self) -> RepairSettings:
        policy: dict[str, Any] = self._settings.get(SLA_POLICY)
        hours: dict[str, Any] = self._settings.get(BUSINESS_HOURS)
        return settings_from(policy, hours, self.categories(), self.visit_attempts_allowed())

    @changes(ChangeKind.SETTINGS)
    def save_settings(self, actor: Actor, change: RepairSettings, approval: Approval | None = None) -> RepairSettings:
        """Categories, the SLA rows, business hours and holidays, return-visit calls: all checked
        first (every error at once), then stored in one transaction (administrators)."""
        policy: dict[str, Any] = self._settings.get(SLA_POLICY)
        values = stored_values(policy, change)
        specs = {spec.key: spec for spec in REPAIR_SPECS}
        self._settings.set_many(actor, [(specs[key], value) for key, value in values.items()], approval=approval)
        return self.current_settings()
