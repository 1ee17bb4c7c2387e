"""The visitor log's vocabulary: states, decisions, permissions, and the frozen rows the UI receives.

No database and no Qt here: services in this package fill these rows; pages show them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.errors import PermissionDenied
from app.permissions import ADMIN_ROLES, STAFF_ROLES, SUPERVISOR_ROLES, Actor, Approval, Permission
from app.validation import mask_phone

# -- permissions -----------------------------------------------------------------------------------
CHECK_IN = Permission("visits.check_in", STAFF_ROLES)
AMEND_VISIT = Permission("visits.amend", STAFF_ROLES)
REGISTER_EXPECTED = Permission("expected_visits.register", STAFF_ROLES)
MANAGE_WATCHLIST = Permission("watchlist.manage", SUPERVISOR_ROLES)
# These three always need a supervisor's PIN and a written reason (an ``Approval``), even when the
# operator is a supervisor: the reason is what makes them auditable.
REVEAL_ID = Permission("visitors.reveal_id", SUPERVISOR_ROLES, approvable=True)
OVERRIDE_ID_CHECK = Permission("visitors.override_id_check", SUPERVISOR_ROLES, approvable=True)
OVERRIDE_WATCHLIST = Permission("watchlist.override", SUPERVISOR_ROLES | ADMIN_ROLES, approvable=True)

APPROVAL_VALID_FOR = timedelta(minutes=10)


def require_approval(actor: Actor, permission: Permission, approval: Approval | None, now: datetime) -> uuid.UUID:
    """The approving supervisor's id; ``PermissionDenied(approvable)`` unless a fresh approval of
    exactly ``permission`` is given (``AuthService.approve`` checked the PIN and the role)."""
    fresh = approval is not None and approval.permission == permission.name and now - approval.at <= APPROVAL_VALID_FOR
    if approval is None or not fresh:
        raise PermissionDenied(permission.name, actor.role.value, approvable=True)
    return approval.approver_id


# -- states and decisions --------------------------------------------------------------------------
class VisitStatus(StrEnum):
    ON_SITE = "on_site"
    CHECKED_OUT = "checked_out"
    REFUSED = "refused"  # stopped at the gate after a watchlist hit


class CheckoutMethod(StrEnum):
    LIST = "list"  # picked in the on-site list
    SEARCH = "search"  # found by searching
    SCAN = "scan"  # slip barcode / QR or pass scanned
    SWEEP = "sweep"  # end-of-shift sweep: gone, time of leaving not witnessed


class SweepDecision(StrEnum):
    LEFT_UNWITNESSED = "left_unwitnessed"
    STILL_HERE = "still_here"
    ESCALATE = "escalate"


class IdPolicy(StrEnum):
    """What the site does with visitors' identity documents."""

    NOT_RECORDED = "not_recorded"  # nothing asked
    SIGHTED = "sighted"  # the guard looks at the document, records only that it was seen
    RESIDENT_CONFIRMED = "resident_confirmed"  # the resident confirms the visitor by phone
    RECORD_NUMBER = "record_number"  # the number is recorded (encrypted); admin enables it with a reason


class IdChecked(StrEnum):
    """What was done at one check-in."""

    NONE = "none"
    SIGHTED = "sighted"
    RESIDENT_CONFIRMED = "resident_confirmed"
    RECORDED = "recorded"


class WatchAction(StrEnum):
    DENY = "deny"
    CALL_FIRST = "call_first"  # call the resident before letting in
    ALERT_ONLY = "alert_only"


class WatchDecision(StrEnum):
    REFUSED = "refused"
    ALLOWED_AFTER_CALL = "allowed_after_call"
    ALLOWED_ALERT_ONLY = "allowed_alert_only"
    OVERRIDDEN = "overridden"  # a supervisor let in someone the list says to deny


class ExpectedStatus(StrEnum):
    EXPECTED = "expected"
    ARRIVED = "arrived"
    CANCELLED = "cancelled"


class FormField(StrEnum):
    """Check-in fields a visitor type may make required (name and type always are)."""

    PHONE = "phone"
    COMPANY = "company"
    UNIT = "unit"
    RESIDENT = "resident"
    PURPOSE = "purpose"
    PLATE = "plate"
    ID = "id"
    PASS_NUMBER = "pass_number"


# -- what a form sends -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CheckInFields:
    """A check-in as typed. Text fields are raw; the service cleans and validates them all at once."""

    name: str
    visitor_type: str
    phone: str = ""
    company: str = ""
    id_type: str = ""
    id_number: str = ""
    id_checked: IdChecked | str = IdChecked.NONE
    reuse_stored_id: bool = False  # a returning visitor whose recorded ID is on file
    unit_id: uuid.UUID | None = None
    resident_id: uuid.UUID | None = None
    purpose: str = ""
    plate: str = ""
    companions: int = 0
    items: str = ""
    pass_number: str = ""
    expected_leave_at: datetime | None = None  # None: now + the type's default duration
    notes: str = ""
    visitor_id: uuid.UUID | None = None  # the returning visitor chosen in the search box
    expected_visit_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class WatchRuling:
    """The guard's answer to a watchlist alert, passed with the repeated check-in call."""

    decision: WatchDecision
    approval: Approval | None = None


# -- rows ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VisitRow:
    id: uuid.UUID
    code: str
    status: VisitStatus
    visitor_id: uuid.UUID
    visitor_type: str
    name: str
    phone: str | None  # E.164; on screen as typed, masked on paper and in exports
    company: str
    id_checked: IdChecked
    id_type: str | None
    id_masked: str | None
    unit_id: uuid.UUID | None
    unit_label: str
    resident_id: uuid.UUID | None
    resident_name: str
    purpose: str
    plate: str
    companions: int
    items: str
    pass_number: str
    notes: str
    expected_leave_at: datetime | None
    checked_in_at: datetime
    checked_in_by: str
    checked_out_at: datetime | None
    checkout_method: CheckoutMethod | None
    checkout_witnessed: bool | None
    amended: bool

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone) if self.phone else ""

    @property
    def on_site(self) -> bool:
        return self.status is VisitStatus.ON_SITE

    def overstayed(self, now: datetime) -> bool:
        return self.on_site and self.expected_leave_at is not None and self.expected_leave_at < now

    def time_on_site(self, now: datetime) -> timedelta:
        return (self.checked_out_at or now) - self.checked_in_at


@dataclass(frozen=True, slots=True)
class VisitorMatch:
    """One returning visitor offered under the search box."""

    visitor_id: uuid.UUID
    name: str
    phone_masked: str
    company: str
    plate: str
    visitor_type: str
    last_unit_label: str
    last_seen_at: datetime
    visit_count: int
    has_id: bool
    on_site: bool


@dataclass(frozen=True, slots=True)
class ReturningVisitor:
    """What choosing a match puts into the check-in form."""

    visitor_id: uuid.UUID
    name: str
    phone: str
    company: str
    visitor_type: str
    id_type: str
    id_masked: str
    unit_id: uuid.UUID | None
    unit_label: str
    resident_id: uuid.UUID | None
    resident_name: str
    purpose: str
    plate: str


@dataclass(frozen=True, slots=True)
class WatchHit:
    entry_id: uuid.UUID
    action: WatchAction
    reason: str
    name: str
    aliases: str
    id_masked: str
    plate: str
    matched_on: tuple[str, ...]
    expires_on: date | None


@dataclass(frozen=True, slots=True)
class WatchlistRow:
    id: uuid.UUID
    name: str
    aliases: str
    phone: str | None
    id_type: str | None
    id_masked: str
    plate: str
    reason: str
    action: WatchAction
    expires_on: date | None
    active: bool
    added_by: str
    added_at: datetime
    hits: int

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    at: datetime
    author: str
    fields: tuple[str, ...]
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new) as shown; empty after a purge
    reason: str


@dataclass(frozen=True, slots=True)
class SweepRow:
    at: datetime
    by: str
    decision: SweepDecision


@dataclass(frozen=True, slots=True)
class HitRow:
    at: datetime
    by: str
    action: WatchAction
    reason: str
    matched_on: tuple[str, ...]
    decision: WatchDecision
    approved_by: str


@dataclass(frozen=True, slots=True)
class VisitDetail:
    visit: VisitRow
    amendments: tuple[AmendmentRow, ...]
    sweeps: tuple[SweepRow, ...]
    hits: tuple[HitRow, ...]
    prints: int


@dataclass(frozen=True, slots=True)
class ExpectedVisitRow:
    id: uuid.UUID
    expected_on: date
    name: str
    phone: str | None
    company: str
    visitor_type: str
    unit_id: uuid.UUID | None
    unit_label: str
    resident_id: uuid.UUID | None
    resident_name: str
    purpose: str
    plate: str
    companions: int
    notes: str
    status: ExpectedStatus
    registered_by: str
    visit_id: uuid.UUID | None

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


@dataclass(frozen=True, slots=True)
class ExpectedVisitFields:
    expected_on: date
    name: str
    visitor_type: str
    phone: str = ""
    company: str = ""
    unit_id: uuid.UUID | None = None
    resident_id: uuid.UUID | None = None
    purpose: str = ""
    plate: str = ""
    companions: int = 0
    notes: str = ""


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """History query: local dates (inclusive), unit, type, plate fragment, visitor text, status;
    for exports also a period of instants ``[since, until)`` and the check-in desk."""

    first_day: date | None = None
    last_day: date | None = None
    unit_id: uuid.UUID | None = None
    visitor_type: str = ""
    plate: str = ""
    visitor: str = ""
    statuses: tuple[VisitStatus, ...] = field(default_factory=tuple)
    since: datetime | None = None
    until: datetime | None = None
    desk_id: uuid.UUID | None = None
