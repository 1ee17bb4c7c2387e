"""SLA targets per work kind, category and priority, with the defaults read from the guide.

The guide (報修 4 小時內響應、24 小時內修復; complaints answered within 30 minutes; urgent stricter)
gives the normal repair row and the complaint response; the urgent and low rows, the complaint
resolution and the suggestion/praise rows are our reading of it, meant to be tuned in settings.

Lookup: a kind other than repair with its own row (``by_kind``) takes that row whole; otherwise
exact (category, priority) → category default → priority default → global default. Categories are
plain strings from settings. ``None`` as a duration means "no target" for that clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from app.errors import Rule, ValidationError
from app.repairs.calendar import CalendarKind

POLICY_FORMAT_VERSION = 1
MAX_TARGET = timedelta(days=365)  # longer is a typing mistake, and would run past datetime's range
_E = TypeVar("_E", bound=StrEnum)
ONE_SECOND = timedelta(seconds=1)


class Priority(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"
    LOW = "low"


class WorkKind(StrEnum):
    REPAIR = "repair"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRAISE = "praise"


class PolicyRule(StrEnum):
    UNKNOWN_KEY = "unknown_key"
    RESPONSE_AFTER_RESOLUTION = "response_after_resolution"  # response target longer than fix


@dataclass(frozen=True, slots=True)
class SlaTarget:
    """How long until first response and until resolution (``None``: no target), and on which
    calendar those durations run."""

    response: timedelta | None
    resolution: timedelta | None
    calendar_kind: CalendarKind = CalendarKind.ALWAYS_OPEN

    def __post_init__(self) -> None:
        _check_target(self.response, self.resolution, "response", "resolution")


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    default: SlaTarget
    by_priority: Mapping[Priority, SlaTarget] = field(default_factory=dict)
    by_category: Mapping[str, SlaTarget] = field(default_factory=dict)
    by_category_priority: Mapping[tuple[str, Priority], SlaTarget] = field(default_factory=dict)
    by_kind: Mapping[WorkKind, SlaTarget] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if WorkKind.REPAIR in self.by_kind:  # it would hide the whole category/priority table
            raise ValidationError("by_kind.repair", Rule.CHOICE)
        for name in ("by_priority", "by_category", "by_category_priority", "by_kind"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def target_for(self, category: str, priority: Priority, kind: WorkKind = WorkKind.REPAIR) -> SlaTarget:
        by_kind = self.by_kind.get(kind)
        if by_kind is not None:
            return by_kind
        for found in (
            self.by_category_priority.get((category, priority)),
            self.by_category.get(category),
            self.by_priority.get(priority),
        ):
            if found is not None:
                return found
        return self.default

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready dict; ``from_dict`` reads it back to an equal policy."""
        nested: dict[str, dict[str, Any]] = {}
        for (category, priority), target in self.by_category_priority.items():
            nested.setdefault(category, {})[priority.value] = _target_to_dict(target)
        return {
            "version": POLICY_FORMAT_VERSION,
            "default": _target_to_dict(self.default),
            "by_priority": {p.value: _target_to_dict(t) for p, t in self.by_priority.items()},
            "by_category": {c: _target_to_dict(t) for c, t in self.by_category.items()},
            "by_category_priority": nested,
            "by_kind": {k.value: _target_to_dict(t) for k, t in self.by_kind.items()},
        }

    @classmethod
    def from_dict(cls, data: object) -> SlaPolicy:
        """Read a stored policy; anything malformed raises ``ValidationError`` with a dotted
        ``field`` path such as ``by_priority.urgent.response_s``."""
        top = _mapping(data, "")
        _only_keys(top, _SECTIONS, "")
        if top.get("version") != POLICY_FORMAT_VERSION:
            raise ValidationError("version", Rule.CHOICE, {"allowed": [POLICY_FORMAT_VERSION]})
        if "default" not in top:
            raise ValidationError("default", Rule.REQUIRED)
        by_category_priority: dict[tuple[str, Priority], SlaTarget] = {}
        for category, row in _mapping(top.get("by_category_priority", {}), "by_category_priority").items():
            path = f"by_category_priority.{_category(category, 'by_category_priority')}"
            for priority, target in _mapping(row, path).items():
                key = _enum(Priority, priority, f"{path}.{priority}")
                by_category_priority[(category, key)] = _target(target, f"{path}.{priority}")
        return cls(
            default=_target(top["default"], "default"),
            by_priority={
                _enum(Priority, p, f"by_priority.{p}"): _target(t, f"by_priority.{p}")
                for p, t in _mapping(top.get("by_priority", {}), "by_priority").items()
            },
            by_category={
                _category(c, "by_category"): _target(t, f"by_category.{c}")
                for c, t in _mapping(top.get("by_category", {}), "by_category").items()
            },
            by_category_priority=by_category_priority,
            by_kind={
                _enum(WorkKind, k, f"by_kind.{k}"): _target(t, f"by_kind.{k}")
                for k, t in _mapping(top.get("by_kind", {}), "by_kind").items()
            },
        )


# -- checks and (de)serialisation

_SECTIONS = frozenset({"version", "default", "by_priority", "by_category", "by_category_priority", "by_kind"})
_TARGET_KEYS = frozenset({"response_s", "resolution_s", "calendar"})
_RANGE = MappingProxyType({"min_s": 1, "max_s": MAX_TARGET // ONE_SECOND})


def _check_target(
    response: timedelta | None,
    resolution: timedelta | None,
    response_field: str,
    resolution_field: str,
) -> None:
    for value, name in ((response, response_field), (resolution, resolution_field)):
        if value is not None and not ONE_SECOND <= value <= MAX_TARGET:
            raise ValidationError(name, Rule.OUT_OF_RANGE, _RANGE)
        if value is not None and value % ONE_SECOND:
            raise ValidationError(name, Rule.BAD_FORMAT, {"unit": "s"})
    if response is not None and resolution is not None and response > resolution:
        raise ValidationError(response_field, PolicyRule.RESPONSE_AFTER_RESOLUTION)


def _target_to_dict(target: SlaTarget) -> dict[str, Any]:
    return {
        "response_s": _seconds_or_none(target.response),
        "resolution_s": _seconds_or_none(target.resolution),
        "calendar": target.calendar_kind.value,
    }


def _seconds_or_none(value: timedelta | None) -> int | None:
    return None if value is None else value // ONE_SECOND


def _target(data: object, path: str) -> SlaTarget:
    row = _mapping(data, path)
    _only_keys(row, _TARGET_KEYS, path)
    response = _duration(row, "response_s", path)
    resolution = _duration(row, "resolution_s", path)
    if "calendar" not in row:
        raise ValidationError(f"{path}.calendar", Rule.REQUIRED)
    calendar_kind = _enum(CalendarKind, row["calendar"], f"{path}.calendar")
    _check_target(response, resolution, f"{path}.response_s", f"{path}.resolution_s")
    return SlaTarget(response, resolution, calendar_kind)


def _duration(row: Mapping[str, Any], key: str, path: str) -> timedelta | None:
    if key not in row:
        raise ValidationError(f"{path}.{key}", Rule.REQUIRED)
    value = row[key]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{path}.{key}", Rule.NOT_A_NUMBER)
    if not 1 <= value <= MAX_TARGET // ONE_SECOND:
        raise ValidationError(f"{path}.{key}", Rule.OUT_OF_RANGE, _RANGE)
    return timedelta(seconds=value)


def _mapping(data: object, path: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping) or not all(isinstance(k, str) for k in data):
        raise ValidationError(path or "sla_policy", Rule.BAD_FORMAT)
    return data


def _only_keys(row: Mapping[str, Any], allowed: frozenset[str], path: str) -> None:
    for key in row:
        if key not in allowed:
            raise ValidationError(f"{path}.{key}" if path else key, PolicyRule.UNKNOWN_KEY)


def _enum(kind: type[_E], value: object, path: str) -> _E:
    allowed = {m.value: m for m in kind}
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(path, Rule.CHOICE, {"allowed": list(allowed)})
    return allowed[value]


def _category(value: str, path: str) -> str:
    if not value.strip():
        raise ValidationError(path, Rule.REQUIRED)
    return value


# -- the defaults (the guide, and our reading of "urgent stricter")

HOUR = timedelta(hours=1)
DEFAULT_POLICY = SlaPolicy(
    default=SlaTarget(4 * HOUR, 24 * HOUR),
    by_priority={
        Priority.URGENT: SlaTarget(1 * HOUR, 8 * HOUR),
        Priority.NORMAL: SlaTarget(4 * HOUR, 24 * HOUR),
        Priority.LOW: SlaTarget(8 * HOUR, 72 * HOUR),
    },
    by_kind={
        WorkKind.COMPLAINT: SlaTarget(timedelta(minutes=30), 24 * HOUR),
        WorkKind.SUGGESTION: SlaTarget(24 * HOUR, None),
        WorkKind.PRAISE: SlaTarget(24 * HOUR, None),
    },
)
