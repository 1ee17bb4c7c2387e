"""Rules of the key register that a site configures or that the services check: permissions, key
classes (with their default loan periods), limits, and the reason codes of refusals."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.errors import Rule, ValidationError
from app.keys.rows import BorrowerKind, KeyClass
from app.permissions import ADMIN_ROLES, STAFF_ROLES, SUPERVISOR_ROLES, Permission, Role
from app.settings import SettingSpec
from app.text import NAME_MAX_CHARS, clean_text

# -- permissions -------------------------------------------------------------------------------------
# Issue, return, count and report a loss: everyone at a desk.
WORK_KEYS = Permission("keys.work", STAFF_ROLES)
# Lend a key to someone not authorised for it: a supervisor, or anyone a supervisor approves in place.
ISSUE_UNAUTHORISED = Permission("keys.issue_unauthorised", SUPERVISOR_ROLES, approvable=True)
# Add and amend keys, rings and authorised borrowers; import the inventory.
MANAGE_KEYS = Permission("keys.manage", frozenset({Role.CLERK}) | SUPERVISOR_ROLES | ADMIN_ROLES, approvable=True)
# Record a resident's deposited key and who may collect it: front-desk work.
DEPOSIT_KEYS = Permission("keys.deposit", STAFF_ROLES)
# Acknowledge a lost key; replace or retire a key.
ACKNOWLEDGE_LOST = Permission("keys.acknowledge_lost", SUPERVISOR_ROLES, approvable=True)
RETIRE_KEYS = Permission("keys.retire", SUPERVISOR_ROLES, approvable=True)

# -- built-in key classes ----------------------------------------------------------------------------
MANAGEMENT = "management"
DEPOSITED = "deposited"  # 業主寄存鑰匙: collection rules of the deposit apply
EMERGENCY = "emergency"
BUILTIN_CLASSES = (MANAGEMENT, DEPOSITED, EMERGENCY)
MAX_CLASSES = 10
CLASS_CODE_MAX_CHARS = 20
MIN_LOAN_MINUTES = 5
MAX_LOAN_MINUTES = 31 * 24 * 60
MAX_LOAN = timedelta(minutes=MAX_LOAN_MINUTES)
FALLBACK_LOAN_MINUTES = 4 * 60  # a key whose class was removed from the setting

DEFAULT_CLASSES = (
    KeyClass(MANAGEMENT, "", 4 * 60, frozenset({BorrowerKind.STAFF})),
    KeyClass(DEPOSITED, "", 24 * 60, frozenset()),
    KeyClass(EMERGENCY, "", 60, frozenset({BorrowerKind.STAFF})),
)

# -- limits ------------------------------------------------------------------------------------------
TAG_MAX_CHARS = 20
POSITION_MAX_CHARS = 20
MAX_COPIES = 99
MAX_RING_MEMBERS = 50
LIST_PAGE = 200
HISTORY_LIMIT = 1000

# -- reason codes (Conflict.reason / ValidationError.rule) -------------------------------------------
ALREADY_OUT = "already_out"
KEY_LOST = "lost"
KEY_RETIRED = "retired"
ON_RING = "on_ring"
NOT_OUT = "not_out"
ALREADY_CLOSED = "already_closed"
ALREADY_LOST = "already_lost"
RING_HAS_MEMBERS = "ring_has_members"
NOT_A_RING = "not_a_ring"
ALREADY_ACKNOWLEDGED = "already_acknowledged"
NOT_ACKNOWLEDGED = "not_acknowledged"
ALREADY_RESOLVED = "already_resolved"
VISITOR_NOT_ON_SITE = "visitor_not_on_site"
NOT_DEPOSITED = "not_deposited"
RULE_DUE_NOT_AFTER_NOW = "due_not_after_now"
RULE_DUE_TOO_FAR = "due_too_far"
RULE_DEPOSITOR_CONFIRMATION = "depositor_confirmation_required"
RULE_CONSENT = "consent_required"
RULE_BUILTIN_CLASS = "builtin_class_missing"
RULE_NO_VISITOR_LIST = "visitor_list_unavailable"
RULE_RING_MEMBER = "ring_member_not_allowed"

CLASSES_KEY = "keys.classes"


def class_as_dict(klass: KeyClass) -> dict[str, Any]:
    return {
        "code": klass.code,
        "label": klass.label,
        "loan_minutes": klass.loan_minutes,
        "open_to": sorted(kind.value for kind in klass.open_to),
    }


def parse_class(item: Any, key: str = CLASSES_KEY) -> KeyClass:
    if not isinstance(item, dict):
        raise ValidationError(key, Rule.BAD_FORMAT)
    code = clean_text(str(item.get("code", "")), key, max_chars=CLASS_CODE_MAX_CHARS, required=True)
    label = clean_text(str(item.get("label", "")), key, max_chars=NAME_MAX_CHARS)
    if code not in BUILTIN_CLASSES and not label:
        raise ValidationError(key, Rule.REQUIRED)
    try:
        minutes = int(item.get("loan_minutes", 0))
    except (TypeError, ValueError) as error:
        raise ValidationError(key, Rule.NOT_A_NUMBER) from error
    if not MIN_LOAN_MINUTES <= minutes <= MAX_LOAN_MINUTES:
        raise ValidationError(key, Rule.OUT_OF_RANGE, {"min": MIN_LOAN_MINUTES, "max": MAX_LOAN_MINUTES})
    open_to = item.get("open_to", [])
    if not isinstance(open_to, list):
        raise ValidationError(key, Rule.BAD_FORMAT)
    try:
        kinds = frozenset(BorrowerKind(kind) for kind in open_to)
    except ValueError as error:
        raise ValidationError(key, Rule.CHOICE) from error
    return KeyClass(code, label, minutes, kinds)


def _check_classes(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_CLASSES:
        raise ValidationError(CLASSES_KEY, Rule.OUT_OF_RANGE, {"min": 1, "max": MAX_CLASSES})
    classes = [parse_class(item) for item in value]
    codes = [klass.code for klass in classes]
    if len(set(codes)) != len(codes):
        raise ValidationError(CLASSES_KEY, Rule.DUPLICATE)
    if not set(BUILTIN_CLASSES) <= set(codes):
        raise ValidationError(CLASSES_KEY, RULE_BUILTIN_CLASS)
    return [class_as_dict(klass) for klass in classes]


KEY_CLASSES = SettingSpec(CLASSES_KEY, [class_as_dict(c) for c in DEFAULT_CLASSES], _check_classes)
KEY_SPECS: tuple[SettingSpec[Any], ...] = (KEY_CLASSES,)


def fallback_class(code: str) -> KeyClass:
    """The class of a key whose class is no longer configured: staff only, four hours."""
    return KeyClass(code, code, FALLBACK_LOAN_MINUTES, frozenset({BorrowerKind.STAFF}))
