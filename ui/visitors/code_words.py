"""Translated names of the visitor log's codes: visitor types, statuses, ID documents, decisions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.directory import PersonKind, ResidentRole
from app.validation import IdType
from app.visitors.model import (
    CheckoutMethod,
    ExpectedStatus,
    IdChecked,
    IdPolicy,
    SweepDecision,
    VisitStatus,
    WatchAction,
    WatchDecision,
)
from app.visitors.types import BuiltinType, VisitorType


def listing(items: Iterable[str], *, long: bool = False) -> str:
    """Items one after another: "name, phone" in English, 「姓名、電話」 in Chinese; long items (phrases
    with their own commas) go "a; b" and 「甲；乙」."""
    words = [w for w in items if w]
    if not words:
        return ""
    out = words[0]
    for word in words[1:]:
        if long:
            # Translators: two phrases of a list, one after the other (Chinese: "{first}；{second}").
            out = QCoreApplication.translate("VisitorLabels", "{first}; {second}").format(first=out, second=word)
        else:
            # Translators: two items of a short list, one after the other (Chinese: "{first}、{second}").
            out = QCoreApplication.translate("VisitorLabels", "{first}, {second}").format(first=out, second=word)
    return out


def builtin_type_name(code: str) -> str:
    names = {
        BuiltinType.GUEST: QCoreApplication.translate("VisitorLabels", "Guest"),
        BuiltinType.CONTRACTOR: QCoreApplication.translate("VisitorLabels", "Contractor"),
        BuiltinType.COURIER: QCoreApplication.translate("VisitorLabels", "Courier / delivery"),
        BuiltinType.RIDE_HAILING: QCoreApplication.translate("VisitorLabels", "Ride-hailing"),
        BuiltinType.INTERVIEW: QCoreApplication.translate("VisitorLabels", "Interview"),
        BuiltinType.OFFICIAL: QCoreApplication.translate("VisitorLabels", "Official"),
        BuiltinType.OTHER: QCoreApplication.translate("VisitorLabels", "Other"),
    }
    try:
        return names[BuiltinType(code)]
    except ValueError:
        return code


def type_name(kind: VisitorType | str, types: Iterable[VisitorType] = ()) -> str:
    """A type's own label if the site gave one, else the translated name of its code."""
    if isinstance(kind, str):
        kind = next((t for t in types if t.code == kind), VisitorType(kind, "", frozenset(), 60))
    return kind.label or builtin_type_name(kind.code)


def status_name(status: VisitStatus) -> str:
    return {
        VisitStatus.ON_SITE: QCoreApplication.translate("VisitorLabels", "On site"),
        VisitStatus.CHECKED_OUT: QCoreApplication.translate("VisitorLabels", "Left"),
        VisitStatus.REFUSED: QCoreApplication.translate("VisitorLabels", "Refused"),
    }[status]


def checkout_name(method: CheckoutMethod | None) -> str:
    if method is None:
        return ""
    return {
        CheckoutMethod.LIST: QCoreApplication.translate("VisitorLabels", "From the list"),
        CheckoutMethod.SEARCH: QCoreApplication.translate("VisitorLabels", "By search"),
        CheckoutMethod.SCAN: QCoreApplication.translate("VisitorLabels", "Scanned"),
        CheckoutMethod.SWEEP: QCoreApplication.translate("VisitorLabels", "Left, time not witnessed"),
    }[method]


def id_type_name(kind: IdType | str) -> str:
    names = {
        IdType.MAINLAND_ID: QCoreApplication.translate("VisitorLabels", "Mainland resident ID"),
        IdType.HK_ID: QCoreApplication.translate("VisitorLabels", "Hong Kong ID"),
        IdType.MACAU_ID: QCoreApplication.translate("VisitorLabels", "Macau ID"),
        IdType.TAIWAN_ID: QCoreApplication.translate("VisitorLabels", "Taiwan ID"),
        IdType.HOME_RETURN_PERMIT: QCoreApplication.translate("VisitorLabels", "Home-Return Permit"),
        IdType.TAIWAN_COMPATRIOT_PERMIT: QCoreApplication.translate("VisitorLabels", "Taiwan Compatriot Permit"),
        IdType.PASSPORT: QCoreApplication.translate("VisitorLabels", "Passport"),
        IdType.OTHER: QCoreApplication.translate("VisitorLabels", "Other document"),
    }
    try:
        return names[IdType(kind)]
    except ValueError:
        return str(kind)


def id_checked_name(checked: IdChecked) -> str:
    return {
        IdChecked.NONE: QCoreApplication.translate("VisitorLabels", "Not checked"),
        IdChecked.SIGHTED: QCoreApplication.translate("VisitorLabels", "ID sighted"),
        IdChecked.RESIDENT_CONFIRMED: QCoreApplication.translate("VisitorLabels", "Resident confirmed by phone"),
        IdChecked.RECORDED: QCoreApplication.translate("VisitorLabels", "Number recorded"),
    }[checked]


def id_policy_name(policy: IdPolicy) -> str:
    return {
        IdPolicy.NOT_RECORDED: QCoreApplication.translate("VisitorLabels", "Do not check IDs"),
        IdPolicy.SIGHTED: QCoreApplication.translate("VisitorLabels", "ID sighted, number not recorded"),
        IdPolicy.RESIDENT_CONFIRMED: QCoreApplication.translate("VisitorLabels", "Resident confirms by phone"),
        IdPolicy.RECORD_NUMBER: QCoreApplication.translate("VisitorLabels", "Record the ID number (encrypted)"),
    }[policy]


def action_name(action: WatchAction) -> str:
    return {
        WatchAction.DENY: QCoreApplication.translate("VisitorLabels", "Deny entry"),
        WatchAction.CALL_FIRST: QCoreApplication.translate("VisitorLabels", "Call the resident first"),
        WatchAction.ALERT_ONLY: QCoreApplication.translate("VisitorLabels", "Alert only"),
    }[action]


def decision_name(decision: WatchDecision) -> str:
    return {
        WatchDecision.REFUSED: QCoreApplication.translate("VisitorLabels", "Refused"),
        WatchDecision.ALLOWED_AFTER_CALL: QCoreApplication.translate("VisitorLabels", "Allowed after calling"),
        WatchDecision.ALLOWED_ALERT_ONLY: QCoreApplication.translate("VisitorLabels", "Allowed, alert noted"),
        WatchDecision.OVERRIDDEN: QCoreApplication.translate("VisitorLabels", "Overridden by a supervisor"),
    }[decision]


def sweep_name(decision: SweepDecision) -> str:
    return {
        SweepDecision.LEFT_UNWITNESSED: QCoreApplication.translate("VisitorLabels", "Left (time not witnessed)"),
        SweepDecision.STILL_HERE: QCoreApplication.translate("VisitorLabels", "Still here"),
        SweepDecision.ESCALATE: QCoreApplication.translate("VisitorLabels", "Escalate"),
    }[decision]


def expected_status_name(status: ExpectedStatus) -> str:
    return {
        ExpectedStatus.EXPECTED: QCoreApplication.translate("VisitorLabels", "Expected"),
        ExpectedStatus.ARRIVED: QCoreApplication.translate("VisitorLabels", "Arrived"),
        ExpectedStatus.CANCELLED: QCoreApplication.translate("VisitorLabels", "Cancelled"),
    }[status]


def person_kind_name(kind: PersonKind) -> str:
    return {
        PersonKind.RESIDENT: QCoreApplication.translate("VisitorLabels", "Resident"),
        PersonKind.STAFF: QCoreApplication.translate("VisitorLabels", "Staff"),
        PersonKind.CONTRACTOR: QCoreApplication.translate("VisitorLabels", "Contractor"),
    }[kind]


def resident_role_name(role: str) -> str:
    names = {
        ResidentRole.OWNER: QCoreApplication.translate("VisitorLabels", "Owner"),
        ResidentRole.TENANT: QCoreApplication.translate("VisitorLabels", "Tenant"),
        ResidentRole.FAMILY: QCoreApplication.translate("VisitorLabels", "Family"),
    }
    try:
        return names[ResidentRole(role)]
    except ValueError:
        return role


def duration_text(minutes: int) -> str:
    """ "1 h 05 min" / "25 min" for time on site."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours:
        return QCoreApplication.translate("VisitorLabels", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=rest
        )
    return QCoreApplication.translate("VisitorLabels", "{minutes} min").format(minutes=rest)
