"""What the key register hands to the UI, the reports and the other areas: StrEnums, frozen rows and
the value objects a form fills in. No database, no Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.validation import mask_phone

MAX_COLLECTORS = 10  # people a depositor may name to collect their key


class OpensKind(StrEnum):
    """What a key opens."""

    UNIT = "unit"
    PLANT_ROOM = "plant_room"
    GATE = "gate"
    VEHICLE = "vehicle"
    OTHER = "other"


class KeyState(StrEnum):
    """The lifecycle of a key record (stored). Whether it is out comes from its open loan."""

    ACTIVE = "active"
    LOST = "lost"
    RETIRED = "retired"


class KeyStatus(StrEnum):
    """Where a key is now, as a guard asks it: in the cabinet, out, lost or retired."""

    IN = "in"
    OUT = "out"
    LOST = "lost"
    RETIRED = "retired"


class KeyFilter(StrEnum):
    """The status choices of the key list. ``ALL`` shows every key that is not retired."""

    ALL = "all"
    IN = "in"
    OUT = "out"
    OVERDUE = "overdue"
    LOST = "lost"
    RETIRED = "retired"


class BorrowerKind(StrEnum):
    STAFF = "staff"
    CONTRACTOR = "contractor"
    RESIDENT = "resident"
    VISITOR = "visitor"
    OTHER = "other"  # police, fire service, a collector named by a depositor…


DIRECTORY_KINDS = frozenset({BorrowerKind.STAFF, BorrowerKind.CONTRACTOR, BorrowerKind.RESIDENT})


class LoanCloseKind(StrEnum):
    RETURNED = "returned"
    LOST = "lost"  # the key was reported lost while it was out


class LoanState(StrEnum):
    OUT = "out"
    OVERDUE = "overdue"
    RETURNED = "returned"
    RETURNED_LATE = "returned_late"
    LOST = "lost"


class KeyEventKind(StrEnum):
    """Lines of a key's history. Loans give ISSUED/RETURNED/LOST_WHILE_OUT, counts COUNTED_*; the
    rest are ``key_event`` rows."""

    ISSUED = "issued"
    RETURNED = "returned"
    LOST_WHILE_OUT = "lost_while_out"
    ADDED = "added"
    IMPORTED = "imported"
    AMENDED = "amended"
    RING_JOINED = "ring_joined"
    RING_LEFT = "ring_left"
    AUTHORISED = "authorised"
    AUTHORISATION_REVOKED = "authorisation_revoked"
    LOST_REPORTED = "lost_reported"
    LOST_ACKNOWLEDGED = "lost_acknowledged"
    REPLACED = "replaced"
    FOUND = "found"
    RETIRED = "retired"
    DEPOSITED = "deposited"
    COLLECTORS_CHANGED = "collectors_changed"
    SLIP_PRINTED = "slip_printed"
    RECEIPT_PRINTED = "receipt_printed"
    COUNTED_MISSING = "counted_missing"
    COUNTED_UNEXPECTED = "counted_unexpected"


class LostResolution(StrEnum):
    REPLACED = "replaced"  # a new copy was cut; the key is in service again
    RETIRED = "retired"
    FOUND = "found"


class CountOutcome(StrEnum):
    MATCHED = "matched"
    MISSING = "missing"  # should be in the cabinet, was not found
    UNEXPECTED = "unexpected"  # found, but the register says it is out, lost or unknown


@dataclass(frozen=True, slots=True)
class KeyClass:
    """A class of keys (setting): its default loan period and who may borrow it without being named."""

    code: str
    label: str  # the site's own name; "" = the translated name of a built-in code
    loan_minutes: int
    open_to: frozenset[BorrowerKind]


@dataclass(frozen=True, slots=True)
class Borrower:
    """Who takes (or brings back) a key. In a form: the kind and one id (or a typed name for OTHER);
    in a row: also the name snapshot and a detail (company, unit, pass number) taken when issued."""

    kind: BorrowerKind
    name: str = ""
    person_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    collector_id: uuid.UUID | None = None
    detail: str = ""

    def same_as(self, other: Borrower) -> bool:
        """The same person: same directory entry, visit or collector; for OTHER, the same name."""
        if self.kind != other.kind:
            return False
        for mine, theirs in (
            (self.person_id, other.person_id),
            (self.visit_id, other.visit_id),
            (self.collector_id, other.collector_id),
        ):
            if mine is not None or theirs is not None:
                return mine == theirs
        return self.name == other.name


@dataclass(frozen=True, slots=True)
class LoanRow:
    id: uuid.UUID
    key_id: uuid.UUID
    key_tag: str
    key_label: str
    key_class: str
    borrower: Borrower
    purpose: str
    issued_at: datetime
    issued_by: str  # operator's display name
    due_at: datetime
    id_checked: bool
    authorised: bool  # False: issued on a supervisor's approval
    approver: str
    depositor_confirmation: str
    closed_at: datetime | None
    close_kind: LoanCloseKind | None
    closed_by: str
    returned_by: Borrower | None  # set only when someone else than the borrower brought it back
    close_note: str
    late_minutes: int  # open: minutes overdue now; closed: minutes late when it came back
    state: LoanState

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def overdue(self) -> bool:
        return self.state is LoanState.OVERDUE


@dataclass(frozen=True, slots=True)
class KeyRef:
    id: uuid.UUID
    tag: str
    label: str


@dataclass(frozen=True, slots=True)
class KeyRow:
    id: uuid.UUID
    tag: str
    label: str
    opens_kind: OpensKind
    opens_text: str
    unit_id: uuid.UUID | None
    unit_label: str
    key_class: str
    position: str
    copies: int
    is_ring: bool
    ring: KeyRef | None  # the ring this key hangs on
    members: tuple[KeyRef, ...]  # the keys on this ring
    state: KeyState
    status: KeyStatus
    deposited: bool
    notes: str
    loan: LoanRow | None  # the open loan

    @property
    def overdue(self) -> bool:
        return self.loan is not None and self.loan.overdue

    @property
    def display(self) -> str:
        return f"{self.tag} {self.label}"


@dataclass(frozen=True, slots=True)
class KeyFields:
    """A key as typed in the key form (new key or amendment)."""

    tag: str
    label: str
    opens_kind: OpensKind | str = OpensKind.OTHER
    opens_text: str = ""
    unit_id: uuid.UUID | None = None
    key_class: str = "management"
    position: str = ""
    copies: int | str = 1
    is_ring: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class KeyQuery:
    text: str = ""
    status: KeyFilter = KeyFilter.ALL
    key_class: str = ""  # "" = every class


@dataclass(frozen=True, slots=True)
class KeyHistoryRow:
    at: datetime
    kind: KeyEventKind
    operator: str
    approver: str = ""
    borrower: str = ""  # name snapshot (loans) or "" (other events)
    detail: str = ""  # codes: changed fields, the other key's tag, a resolution, a late-by in minutes
    note: str = ""
    loan_id: uuid.UUID | None = None
    due_at: datetime | None = None  # ISSUED: when it was due back
    late_minutes: int = 0  # RETURNED: how late


@dataclass(frozen=True, slots=True)
class AuthorisationRow:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    person_kind: str
    key_id: uuid.UUID | None  # None: for the whole class
    key_class: str | None
    granted_at: datetime
    granted_by: str


@dataclass(frozen=True, slots=True)
class LostReportRow:
    id: uuid.UUID
    key_id: uuid.UUID
    key_tag: str
    key_label: str
    loan_id: uuid.UUID | None
    borrower_name: str  # who had it when it was lost ("" if it was lost from the cabinet)
    reported_at: datetime
    reported_by: str
    note: str
    acknowledged_at: datetime | None
    acknowledged_by: str
    resolved_at: datetime | None
    resolved_by: str
    resolution: LostResolution | None
    resolution_note: str

    @property
    def open(self) -> bool:
        return self.resolved_at is None


@dataclass(frozen=True, slots=True)
class CollectorRow:
    id: uuid.UUID
    name: str
    phone: str | None
    relation: str

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


@dataclass(frozen=True, slots=True)
class CollectorFields:
    name: str
    phone: str = ""
    relation: str = ""


@dataclass(frozen=True, slots=True)
class DepositRow:
    id: uuid.UUID
    key_id: uuid.UUID
    key_tag: str
    key_label: str
    depositor_person_id: uuid.UUID | None
    depositor_name: str
    unit_id: uuid.UUID | None
    unit_label: str
    consent_at: datetime
    consent_note: str
    deposited_at: datetime
    deposited_by: str
    collectors: tuple[CollectorRow, ...]


@dataclass(frozen=True, slots=True)
class DepositFields:
    """A resident's key deposited at the desk. ``consent`` must be True: no consent, no deposit."""

    tag: str
    label: str
    unit_id: uuid.UUID | None
    depositor_person_id: uuid.UUID | None
    consent: bool
    consent_note: str = ""
    position: str = ""
    collectors: tuple[CollectorFields, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CountLineRow:
    key_id: uuid.UUID | None
    tag: str
    label: str
    position: str
    outcome: CountOutcome
    scanned: bool


@dataclass(frozen=True, slots=True)
class KeyCountRow:
    """A key count at a shift change, as the handover reads it."""

    id: uuid.UUID
    desk_id: uuid.UUID
    desk_name: str
    shift_id: uuid.UUID | None
    counted_at: datetime
    counted_by: str
    expected: int
    matched: int
    missing: tuple[CountLineRow, ...]
    unexpected: tuple[CountLineRow, ...]
    note: str

    @property
    def all_matched(self) -> bool:
        return not self.missing and not self.unexpected
