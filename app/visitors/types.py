"""Site settings of the visitor log: visitor types (with required fields and default durations) and
the ID policy; plus the site's home region (from its time zone) for phone and plate look-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.errors import Rule, ValidationError
from app.permissions import EDIT_SITE_SETTINGS
from app.settings import Scope, SettingSpec
from app.text import clean_text
from app.validation import PhoneRegion
from app.visitors.model import FormField, IdPolicy

TYPES_KEY = "visitors.types"
POLICY_KEY = "visitors.id_policy"
MAX_TYPES = 20
TYPE_LABEL_MAX_CHARS = 20
MIN_MINUTES, MAX_MINUTES = 5, 24 * 60
JUSTIFICATION_MIN_CHARS = 10
JUSTIFICATION_MAX_CHARS = 500
_CODE = re.compile(r"[a-z][a-z0-9_]{0,29}", re.ASCII)


class BuiltinType(StrEnum):
    GUEST = "guest"
    CONTRACTOR = "contractor"
    COURIER = "courier"
    RIDE_HAILING = "ride_hailing"
    INTERVIEW = "interview"
    OFFICIAL = "official"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class VisitorType:
    code: str
    label: str  # a site's own name; "" means "the translated name of a built-in code"
    required: frozenset[FormField]
    minutes: int  # default expected duration on site
    active: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label,
            "required": sorted(f.value for f in self.required),
            "minutes": self.minutes,
            "active": self.active,
        }


def _t(code: BuiltinType, minutes: int, *required: FormField) -> VisitorType:
    return VisitorType(code.value, "", frozenset(required), minutes)


DEFAULT_TYPES: tuple[VisitorType, ...] = (
    _t(BuiltinType.GUEST, 180, FormField.UNIT),
    _t(BuiltinType.CONTRACTOR, 480, FormField.COMPANY, FormField.PHONE, FormField.UNIT, FormField.ID),
    _t(BuiltinType.COURIER, 20, FormField.UNIT),
    _t(BuiltinType.RIDE_HAILING, 15, FormField.PLATE),
    _t(BuiltinType.INTERVIEW, 90, FormField.PHONE, FormField.PURPOSE),
    _t(BuiltinType.OFFICIAL, 120, FormField.COMPANY, FormField.ID),
    _t(BuiltinType.OTHER, 60, FormField.PURPOSE),
)


def parse_type(item: Any) -> VisitorType:
    if not isinstance(item, dict):
        raise ValidationError(TYPES_KEY, Rule.BAD_FORMAT)
    code = str(item.get("code", ""))
    if not _CODE.fullmatch(code):
        raise ValidationError(TYPES_KEY, Rule.BAD_FORMAT, {"part": "code"})
    label = clean_text(str(item.get("label", "") or ""), "type_label", max_chars=TYPE_LABEL_MAX_CHARS)
    if not label and code not in set(BuiltinType):
        raise ValidationError("type_label", Rule.REQUIRED)
    try:
        required = frozenset(FormField(f) for f in item.get("required", ()))
        minutes = int(item.get("minutes", 60))
    except (TypeError, ValueError) as error:
        raise ValidationError(TYPES_KEY, Rule.BAD_FORMAT) from error
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError("type_minutes", Rule.OUT_OF_RANGE, {"min": MIN_MINUTES, "max": MAX_MINUTES})
    return VisitorType(code, label, required, minutes, bool(item.get("active", True)))


def check_types(value: Any) -> list[dict[str, Any]]:
    """Built-in types stay in the list (history refers to them) but may be switched off."""
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_TYPES:
        raise ValidationError(TYPES_KEY, Rule.OUT_OF_RANGE, {"min": 1, "max": MAX_TYPES})
    types = [parse_type(item) for item in value]
    codes = [t.code for t in types]
    if len(set(codes)) != len(codes):
        raise ValidationError(TYPES_KEY, Rule.DUPLICATE)
    if not set(BuiltinType) <= set(codes):
        raise ValidationError(TYPES_KEY, "builtin_missing")
    if not any(t.active for t in types):
        raise ValidationError(TYPES_KEY, "none_active")
    return [t.as_dict() for t in types]


VISITOR_TYPES: SettingSpec[list[dict[str, Any]]] = SettingSpec(
    TYPES_KEY, [t.as_dict() for t in DEFAULT_TYPES], check_types, Scope.SITE, EDIT_SITE_SETTINGS
)


def visitor_types(value: list[dict[str, Any]]) -> list[VisitorType]:
    return [parse_type(item) for item in value]


# -- ID policy -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class IdPolicySetting:
    policy: IdPolicy
    justification: str = ""


def check_policy(value: Any) -> dict[str, str]:
    """Recording ID numbers needs a written justification (kept with the setting, change audited)."""
    if not isinstance(value, dict):
        raise ValidationError(POLICY_KEY, Rule.BAD_FORMAT)
    try:
        policy = IdPolicy(str(value.get("policy", "")))
    except ValueError as error:
        raise ValidationError("id_policy", Rule.CHOICE) from error
    justification = clean_text(
        str(value.get("justification", "") or ""),
        "justification",
        max_chars=JUSTIFICATION_MAX_CHARS,
        multiline=True,
    )
    if policy is IdPolicy.RECORD_NUMBER and len(justification) < JUSTIFICATION_MIN_CHARS:
        raise ValidationError("justification", Rule.TOO_SHORT, {"min": JUSTIFICATION_MIN_CHARS})
    return {"policy": policy.value, "justification": justification}


ID_POLICY: SettingSpec[dict[str, str]] = SettingSpec(
    POLICY_KEY, {"policy": IdPolicy.SIGHTED.value, "justification": ""}, check_policy, Scope.SITE, EDIT_SITE_SETTINGS
)


def id_policy(value: dict[str, str]) -> IdPolicySetting:
    return IdPolicySetting(IdPolicy(value["policy"]), value.get("justification", ""))


VISITOR_SPECS: tuple[SettingSpec[Any], ...] = (VISITOR_TYPES, ID_POLICY)

# -- home region -----------------------------------------------------------------------------------
_REGION_BY_ZONE = {
    "Asia/Hong_Kong": PhoneRegion.HK,
    "Asia/Macau": PhoneRegion.MACAU,
    "Asia/Taipei": PhoneRegion.TAIWAN,
    "Asia/Shanghai": PhoneRegion.MAINLAND,
    "Asia/Chongqing": PhoneRegion.MAINLAND,
    "Asia/Urumqi": PhoneRegion.MAINLAND,
    "Asia/Harbin": PhoneRegion.MAINLAND,
    "PRC": PhoneRegion.MAINLAND,
}


def home_region(timezone: str) -> PhoneRegion | None:
    """The region whose local phone and plate formats win ties (HK and Macau share shapes)."""
    return _REGION_BY_ZONE.get(timezone)
