"""The facts every report is built from: numbers, names, times and codes — never sentences.

Each module area contributes facts through a source (``app/reports/sources.py``); the report service
merges them with the foundation's own facts (shifts, approvals, refused sign-ins, the audit chain) and
the PDF renderers put them into words with a labels object in the reader's language. The codes here
(``Module``, ``Metric``, ``ExceptionKind``, ``Indicator``…) are the whole vocabulary a report prints,
so every area's facts can be worded without the report knowing the area.

This module imports nothing heavy: the GUI may import it to show choices.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.severity import Severity


class Module(StrEnum):
    """Who contributed a fact; also the order of the per-module summaries."""

    VISITORS = "visitors"
    KEYS = "keys"
    REPAIRS = "repairs"
    DUTY = "duty"
    ACCESS = "access"  # the foundation: shifts, sign-ins, approvals, audit


class ExceptionKind(StrEnum):
    """What went wrong. The daily report leads with these, most severe first, in this order."""

    INCIDENT = "incident"
    SLA_BREACH = "sla_breach"
    HANDOVER_REFUSED = "handover_refused"
    HANDOVER_QUERIED = "handover_queried"
    WATCHLIST_HIT = "watchlist_hit"
    OVERSTAY = "overstay"
    KEY_OVERDUE = "key_overdue"
    KEY_LOST = "key_lost"
    KEY_COUNT_DIFFERENCE = "key_count_difference"
    PATROL_MISSED = "patrol_missed"
    SIGN_IN_LOCKED = "sign_in_locked"
    SIGN_IN_REPEATED = "sign_in_repeated"  # an account's failures reached the delay (someone guessing)


EXCEPTION_ORDER: tuple[ExceptionKind, ...] = tuple(ExceptionKind)


class Metric(StrEnum):
    """A count in a per-module summary (daily report)."""

    # visitors
    VISITS_IN = "visits_in"
    VISITS_OUT = "visits_out"
    ON_SITE_AT_END = "on_site_at_end"
    OVERSTAYS = "overstays"
    WATCHLIST_HITS = "watchlist_hits"
    VISITS_REFUSED = "visits_refused"
    EXPECTED = "expected"
    # keys
    KEYS_ISSUED = "keys_issued"
    KEYS_RETURNED = "keys_returned"
    KEYS_OUT_AT_END = "keys_out_at_end"
    KEYS_OVERDUE = "keys_overdue"
    KEYS_LOST = "keys_lost"
    KEY_COUNTS = "key_counts"
    KEY_COUNT_DIFFERENCES = "key_count_differences"
    # repairs
    WORK_ORDERS_NEW = "work_orders_new"
    COMPLAINTS_NEW = "complaints_new"
    WORK_ORDERS_DONE = "work_orders_done"
    WORK_ORDERS_CLOSED = "work_orders_closed"
    WORK_ORDERS_OPEN = "work_orders_open"
    SLA_BREACHES = "sla_breaches"
    RETURN_VISITS = "return_visits"
    # duty
    LOG_ENTRIES = "log_entries"
    PATROL_ROUNDS = "patrol_rounds"
    PATROL_MISSED = "patrol_missed"
    INCIDENTS = "incidents"
    HANDOVERS = "handovers"
    HANDOVERS_REFUSED = "handovers_refused"
    HANDOVERS_QUERIED = "handovers_queried"
    # access (foundation)
    SHIFTS = "shifts"
    APPROVALS = "approvals"
    REFUSED_SIGN_INS = "refused_sign_ins"
    AUDIT_ENTRIES = "audit_entries"


class WorkOrderBucket(StrEnum):
    """Status groups of the "work orders by category and status" chart."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    DONE = "done"
    CLOSED = "closed"


class SignInKind(StrEnum):
    """Which check refused someone (from the audit action ``auth.<kind>_failed``)."""

    PASSWORD = "login"
    PIN = "pin_switch"
    APPROVAL_PIN = "approval_pin"


# ---- daily report ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExceptionFact:
    """One thing a supervisor must see first. ``subject`` is who or what (a visitor's name, a key
    tag, a work-order number); ``note`` a short text from the record itself (an incident title, a
    handover query); ``due`` the missed deadline; ``count`` e.g. keys missing at a count; ``outcome``
    a code worded first in the details (``code.<key>.<value>``: a watchlist hit's decision)."""

    kind: ExceptionKind
    severity: Severity
    at: datetime | None
    subject: str
    place: str = ""
    due: datetime | None = None
    note: str = ""
    count: int | None = None
    ref: str = ""  # record id, for the audit / a link
    outcome: tuple[str, str] | None = None  # a stored code (key, value), e.g. what the guard decided


@dataclass(frozen=True, slots=True)
class CountFact:
    module: Module
    metric: Metric
    value: int


@dataclass(frozen=True, slots=True)
class WorkOrderCount:
    """Work orders of one category in one status bucket; ``category`` is printable text."""

    category: str
    bucket: WorkOrderBucket
    count: int


@dataclass(frozen=True, slots=True)
class DailySection:
    """What one area contributes to a daily report."""

    module: Module
    exceptions: tuple[ExceptionFact, ...] = ()
    counts: tuple[CountFact, ...] = ()
    visitors_per_hour: tuple[int, ...] | None = None  # 24 local hours, check-ins
    work_orders: tuple[WorkOrderCount, ...] | None = None


@dataclass(frozen=True, slots=True)
class ShiftFact:
    desk_name: str
    operator_name: str
    pattern: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    ended_by: str = ""


@dataclass(frozen=True, slots=True)
class ApprovalFact:
    at: datetime
    approver_name: str
    requested_by: str
    permission: str
    desk_name: str


@dataclass(frozen=True, slots=True)
class RefusedSignInFact:
    at: datetime
    operator_name: str
    kind: SignInKind
    desk_name: str
    failures: int
    locked: bool


@dataclass(frozen=True, slots=True)
class AuditHeadFact:
    """The audit chain's last entry before the end of the day: print it, and a later edit of the
    database is detectable against the paper (``gatehouse audit verify`` recomputes the chain)."""

    seq: int
    entry_hash: str
    entries_in_period: int


HOURS_PER_DAY = 24


@dataclass(frozen=True, slots=True)
class DailyFacts:
    day: date
    desk_id: uuid.UUID | None
    desk_name: str  # "" = the whole site
    day_start: datetime
    day_end: datetime
    generated_at: datetime
    exceptions: tuple[ExceptionFact, ...]
    counts: tuple[CountFact, ...]
    visitors_per_hour: tuple[int, ...] | None
    work_orders: tuple[WorkOrderCount, ...] | None
    shifts: tuple[ShiftFact, ...]
    approvals: tuple[ApprovalFact, ...]
    refused_sign_ins: tuple[RefusedSignInFact, ...]
    audit_head: AuditHeadFact
    modules: tuple[Module, ...]  # the areas that contributed, in summary order
    complete: bool = True  # False when the day is not over yet (printed at ``generated_at``)

    def count(self, metric: Metric) -> int | None:
        found = [c.value for c in self.counts if c.metric is metric]
        return sum(found) if found else None

    def counts_of(self, module: Module) -> tuple[CountFact, ...]:
        return tuple(c for c in self.counts if c.module is module)


def sort_exceptions(facts: list[ExceptionFact]) -> tuple[ExceptionFact, ...]:
    """Most severe first; then in ``EXCEPTION_ORDER``; then by time (undated last)."""
    order = {kind: n for n, kind in enumerate(EXCEPTION_ORDER)}

    def key(fact: ExceptionFact) -> tuple[int, int, float]:
        moment = fact.at.timestamp() if fact.at is not None else float("inf")
        return (fact.severity.rank, order[fact.kind], moment)

    return tuple(sorted(facts, key=key))


# ---- muster list -------------------------------------------------------------------------------
class MusterKind(StrEnum):
    VISITOR = "visitor"
    CONTRACTOR = "contractor"
    KEY_HOLDER = "key_holder"


@dataclass(frozen=True, slots=True)
class MusterEntry:
    """One person on site now (with ``people - 1`` companions, one line). ``place`` is the unit visited
    or the work location; ``detail`` e.g. the company, the work-order number or the keys held;
    ``building`` groups the list ("" = none). Head counts sum ``people``: at the assembly point the
    roll call counts heads, not lines. ``identities`` say who this is (``visitor:<id>``,
    ``visit:<id>``, ``person:<id>``): entries sharing one are the same person and are merged into one
    line (a visitor checked in twice, a contractor holding a key); ``check_ins`` counts open visits."""

    kind: MusterKind
    name: str
    building: str
    place: str
    since: datetime | None
    detail: str = ""
    pass_number: str = ""
    ref: str = ""
    people: int = 1
    identities: tuple[str, ...] = ()
    check_ins: int = 1
    companion_names: tuple[str, ...] = ()

    @property
    def companions(self) -> int:
        return self.people - 1


@dataclass(frozen=True, slots=True)
class MusterGroup:
    building: str  # "" = no building recorded
    entries: tuple[MusterEntry, ...]

    @property
    def people(self) -> int:
        return sum(e.people for e in self.entries)

    @property
    def companions(self) -> int:
        return sum(e.companions for e in self.entries)


@dataclass(frozen=True, slots=True)
class MusterFacts:
    at: datetime
    groups: tuple[MusterGroup, ...]
    kinds_present: frozenset[MusterKind]  # kinds whose area is installed (an empty list then says "none")
    total: int = 0  # head count (companions included)
    by_kind: tuple[tuple[MusterKind, int], ...] = field(default_factory=tuple)  # head counts

    @property
    def lines(self) -> int:
        """Numbered lines: one per person named on the list."""
        return sum(len(g.entries) for g in self.groups)

    @property
    def companions(self) -> int:
        return sum(g.companions for g in self.groups)


# ---- monthly KPI report ------------------------------------------------------------------------
class Unit(StrEnum):
    COUNT = "count"
    MINUTES = "minutes"
    HOURS = "hours"
    PERCENT = "percent"
    SCORE = "score"  # the guide's 1–5 satisfaction score


class Better(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    NEITHER = "neither"


class Indicator(StrEnum):
    """The guide's evaluation indicators (物業服務評估指標) and a few of the desk's own."""

    VISITS = "visits"
    VISITS_PER_DAY = "visits_per_day"
    WATCHLIST_HITS = "watchlist_hits"
    REQUESTS = "requests"
    RESPONSE_TIME = "response_time"
    MTTR = "mttr"
    SLA_COMPLIANCE = "sla_compliance"
    SATISFACTION = "satisfaction"
    COMPLAINT_RATE = "complaint_rate"
    REOPEN_RATE = "reopen_rate"
    INCIDENTS = "incidents"
    INCIDENTS_CRITICAL = "incidents_critical"
    INCIDENTS_HIGH = "incidents_high"
    INCIDENTS_MEDIUM = "incidents_medium"
    INCIDENTS_LOW = "incidents_low"
    PATROL_MISSED = "patrol_missed"
    HANDOVERS_REFUSED = "handovers_refused"
    KEY_LOANS = "key_loans"
    OVERDUE_KEYS = "overdue_keys"
    SHIFTS = "shifts"
    REFUSED_SIGN_INS = "refused_sign_ins"
    APPROVALS = "approvals"


INDICATOR_UNITS: dict[Indicator, Unit] = {
    Indicator.VISITS: Unit.COUNT,
    Indicator.VISITS_PER_DAY: Unit.COUNT,
    Indicator.WATCHLIST_HITS: Unit.COUNT,
    Indicator.REQUESTS: Unit.COUNT,
    Indicator.RESPONSE_TIME: Unit.MINUTES,
    Indicator.MTTR: Unit.HOURS,
    Indicator.SLA_COMPLIANCE: Unit.PERCENT,
    Indicator.SATISFACTION: Unit.SCORE,
    Indicator.COMPLAINT_RATE: Unit.PERCENT,
    Indicator.REOPEN_RATE: Unit.PERCENT,
    Indicator.INCIDENTS: Unit.COUNT,
    Indicator.INCIDENTS_CRITICAL: Unit.COUNT,
    Indicator.INCIDENTS_HIGH: Unit.COUNT,
    Indicator.INCIDENTS_MEDIUM: Unit.COUNT,
    Indicator.INCIDENTS_LOW: Unit.COUNT,
    Indicator.PATROL_MISSED: Unit.COUNT,
    Indicator.HANDOVERS_REFUSED: Unit.COUNT,
    Indicator.KEY_LOANS: Unit.COUNT,
    Indicator.OVERDUE_KEYS: Unit.COUNT,
    Indicator.SHIFTS: Unit.COUNT,
    Indicator.REFUSED_SIGN_INS: Unit.COUNT,
    Indicator.APPROVALS: Unit.COUNT,
}

INDICATOR_BETTER: dict[Indicator, Better] = {
    Indicator.RESPONSE_TIME: Better.LOWER,
    Indicator.MTTR: Better.LOWER,
    Indicator.SLA_COMPLIANCE: Better.HIGHER,
    Indicator.SATISFACTION: Better.HIGHER,
    Indicator.COMPLAINT_RATE: Better.LOWER,
    Indicator.REOPEN_RATE: Better.LOWER,
    Indicator.INCIDENTS: Better.LOWER,
    Indicator.INCIDENTS_CRITICAL: Better.LOWER,
    Indicator.INCIDENTS_HIGH: Better.LOWER,
    Indicator.INCIDENTS_MEDIUM: Better.LOWER,
    Indicator.INCIDENTS_LOW: Better.LOWER,
    Indicator.PATROL_MISSED: Better.LOWER,
    Indicator.HANDOVERS_REFUSED: Better.LOWER,
    Indicator.OVERDUE_KEYS: Better.LOWER,
    Indicator.REFUSED_SIGN_INS: Better.LOWER,
    Indicator.WATCHLIST_HITS: Better.LOWER,
}

# The guide's evaluation indicators, printed first and in this order; the rest follow.
GUIDE_INDICATORS: tuple[Indicator, ...] = (
    Indicator.VISITS,
    Indicator.RESPONSE_TIME,
    Indicator.MTTR,
    Indicator.SLA_COMPLIANCE,
    Indicator.SATISFACTION,
    Indicator.COMPLAINT_RATE,
    Indicator.INCIDENTS,
    Indicator.OVERDUE_KEYS,
)
# Rows printed right under another indicator as its breakdown ("of which …"), not in "Other figures".
INDICATOR_PARTS: dict[Indicator, tuple[Indicator, ...]] = {
    Indicator.INCIDENTS: (
        Indicator.INCIDENTS_CRITICAL,
        Indicator.INCIDENTS_HIGH,
        Indicator.INCIDENTS_MEDIUM,
        Indicator.INCIDENTS_LOW,
    ),
}


@dataclass(frozen=True, slots=True)
class CategoryCount:
    category: str  # printable
    count: int


@dataclass(frozen=True, slots=True)
class MonthSection:
    """What one area contributes to a month: indicator values (None = nothing to measure),
    a per-day series of visits (visitors area), work orders per category (repairs area)."""

    module: Module
    values: tuple[tuple[Indicator, float | None], ...] = ()
    visits_per_day: tuple[int, ...] | None = None
    work_orders_by_category: tuple[CategoryCount, ...] | None = None


@dataclass(frozen=True, slots=True)
class IndicatorFact:
    indicator: Indicator
    module: Module
    value: float | None
    previous: float | None

    @property
    def unit(self) -> Unit:
        return INDICATOR_UNITS[self.indicator]

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def improved(self) -> bool | None:
        """True/False when the change is for the better/worse; None when flat or not comparable."""
        change, better = self.change, INDICATOR_BETTER.get(self.indicator, Better.NEITHER)
        if change is None or change == 0 or better is Better.NEITHER:
            return None
        return (change < 0) == (better is Better.LOWER)


@dataclass(frozen=True, slots=True)
class MonthlyFacts:
    month: date  # the first day of the month
    previous_month: date
    period_start: datetime
    period_end: datetime
    generated_at: datetime
    indicators: tuple[IndicatorFact, ...]
    visits_per_day: tuple[int, ...] | None
    previous_visits_per_day: tuple[int, ...] | None
    work_orders_by_category: tuple[CategoryCount, ...] | None
    previous_work_orders_by_category: tuple[CategoryCount, ...] | None
    modules: tuple[Module, ...]
    complete: bool = True

    def indicator(self, which: Indicator) -> IndicatorFact | None:
        return next((f for f in self.indicators if f.indicator is which), None)

    @property
    def previous_empty(self) -> bool:
        """Nothing at all was recorded in the previous month (the site started later): the paper then
        says "no data" there instead of zeros and changes measured against them."""
        if any(f.previous for f in self.indicators):
            return False
        if sum(self.previous_visits_per_day or ()):
            return False
        return not any(c.count for c in self.previous_work_orders_by_category or ())
