"""Repair KPIs (the guide's evaluation indicators): pure functions over plain rows, and the query.

Definitions (see ``docs/repairs.md``); each job counts in the period of its intake (local date):

* **first-response time**: mean of ``responded_at - created_at`` (wall-clock) over jobs responded to.
* **MTTR**: Σ (``resolved_at - created_at`` - time on hold) ÷ number of resolved *repairs*.
* **SLA compliance %**: jobs with no breached clock ÷ jobs whose SLA outcome is known (resolved, or
  already breached); open jobs still in time are not judged yet; rejected / cancelled jobs are not
  counted; a job without any target is not counted.
* **reopen rate %**: resolved jobs that were reopened ÷ resolved jobs.
* **complaint rate %**: complaints ÷ all requests.
* **satisfaction score**: (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) ÷ N over the return-visit answers.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TypeVar

from sqlalchemy import select

from app.clock import Clock, day_bounds
from app.repairs.lifecycle import WorkOrderState
from app.repairs.sla_policy import WorkKind
from app.storage import Sessions
from db.models.directory import Person
from db.models.repairs import WorkOrder

SCORES = (1, 2, 3, 4, 5)
_NOT_JUDGED = frozenset({WorkOrderState.REJECTED, WorkOrderState.CANCELLED})
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class KpiRow:
    """The facts of one job that the KPIs need (stored on the work order row)."""

    id: uuid.UUID
    created_at: datetime
    kind: WorkKind
    category: str
    state: WorkOrderState
    assignee: str  # technician or contractor name, "" when never dispatched
    responded_at: datetime | None
    resolved_at: datetime | None
    paused_s: int  # wall-clock seconds on hold (closed pauses)
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    response_breached: bool  # as stored at the last transition
    resolution_breached: bool
    is_paused: bool
    reopened: bool
    satisfaction: int | None


@dataclass(frozen=True, slots=True)
class KpiFigures:
    requests: int
    complaints: int
    responded: int
    first_response_s: float | None  # mean seconds, None when nothing was responded to
    repairs_resolved: int
    mttr_s: float | None
    sla_judged: int
    sla_met: int
    resolved: int
    reopened: int
    answers: tuple[int, int, int, int, int]  # n1 … n5

    @property
    def sla_compliance(self) -> float | None:
        return None if not self.sla_judged else 100.0 * self.sla_met / self.sla_judged

    @property
    def reopen_rate(self) -> float | None:
        return None if not self.resolved else 100.0 * self.reopened / self.resolved

    @property
    def complaint_rate(self) -> float | None:
        return None if not self.requests else 100.0 * self.complaints / self.requests

    @property
    def answered(self) -> int:
        return sum(self.answers)

    @property
    def satisfaction(self) -> float | None:
        return satisfaction_score(self.answers)


def satisfaction_score(answers: Sequence[int]) -> float | None:
    """The guide's formula; ``answers`` = (n1, n2, n3, n4, n5). None when nobody answered."""
    total = sum(answers)
    if not total:
        return None
    return sum(score * count for score, count in zip(SCORES, answers, strict=True)) / total


def clock_breached(stop: datetime | None, due: datetime | None, stored: bool, paused: bool, now: datetime) -> bool:
    """Whether one SLA clock (response or resolution) was breached, from the facts stored on the job:
    a stopped clock by its stop; a running one by its stored flag or by ``now`` (not while on hold,
    when the stored due time is about to move)."""
    if due is None:
        return False
    if stop is not None:
        return stop > due
    return stored or (not paused and now > due)


def sla_outcome(row: KpiRow, now: datetime) -> bool | None:
    """True = met, False = breached, None = not judged (yet)."""
    if row.state in _NOT_JUDGED or (row.response_due_at is None and row.resolution_due_at is None):
        return None
    response_stop = row.responded_at or row.resolved_at
    breached = clock_breached(
        response_stop, row.response_due_at, row.response_breached, row.is_paused, now
    ) or clock_breached(row.resolved_at, row.resolution_due_at, row.resolution_breached, row.is_paused, now)
    if breached:
        return False
    if row.resolution_due_at is None:
        return True if response_stop is not None else None
    return True if row.resolved_at is not None else None


def compute(rows: Iterable[KpiRow], now: datetime) -> KpiFigures:
    requests = complaints = responded = repairs = judged = met = resolved = reopened = 0
    response_total = repair_total = 0.0
    answers = [0, 0, 0, 0, 0]
    for row in rows:
        requests += 1
        if row.kind is WorkKind.COMPLAINT:
            complaints += 1
        if row.responded_at is not None:
            responded += 1
            response_total += (row.responded_at - row.created_at).total_seconds()
        if row.resolved_at is not None:
            resolved += 1
            reopened += row.reopened
            if row.kind is WorkKind.REPAIR:
                repairs += 1
                repair_total += (row.resolved_at - row.created_at).total_seconds() - row.paused_s
        outcome = sla_outcome(row, now)
        if outcome is not None:
            judged += 1
            met += outcome
        if row.satisfaction in SCORES:
            answers[row.satisfaction - 1] += 1
    return KpiFigures(
        requests=requests,
        complaints=complaints,
        responded=responded,
        first_response_s=response_total / responded if responded else None,
        repairs_resolved=repairs,
        mttr_s=repair_total / repairs if repairs else None,
        sla_judged=judged,
        sla_met=met,
        resolved=resolved,
        reopened=reopened,
        answers=(answers[0], answers[1], answers[2], answers[3], answers[4]),
    )


def group(rows: Iterable[KpiRow], key: Callable[[KpiRow], K], now: datetime) -> dict[K, KpiFigures]:
    buckets: dict[K, list[KpiRow]] = defaultdict(list)
    for row in rows:
        buckets[key(row)].append(row)
    return {k: compute(v, now) for k, v in buckets.items()}


@dataclass(frozen=True, slots=True)
class PeriodKpis:
    first_day: date
    last_day: date  # inclusive
    total: KpiFigures
    by_day: tuple[tuple[date, KpiFigures], ...]  # every day of the period, empty days included
    by_category: tuple[tuple[str, KpiFigures], ...]  # most requests first
    by_technician: tuple[tuple[str, KpiFigures], ...]  # "" = not dispatched


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


class KpiService:
    def __init__(self, sessions: Sessions, clock: Clock, zone: tzinfo) -> None:
        self._sessions = sessions
        self._clock = clock
        self._zone = zone

    def rows(self, first_day: date, last_day: date) -> list[KpiRow]:
        start, _ = day_bounds(first_day, self._zone)
        _, end = day_bounds(last_day, self._zone)
        query = (
            select(
                WorkOrder.id,
                WorkOrder.created_at,
                WorkOrder.kind,
                WorkOrder.category,
                WorkOrder.state,
                Person.name,
                WorkOrder.responded_at,
                WorkOrder.resolved_at,
                WorkOrder.paused_s,
                WorkOrder.response_due_at,
                WorkOrder.resolution_due_at,
                WorkOrder.response_breached,
                WorkOrder.resolution_breached,
                WorkOrder.is_paused,
                WorkOrder.reopened,
                WorkOrder.satisfaction,
            )
            .outerjoin(Person, WorkOrder.assignee_id == Person.id)
            .where(WorkOrder.created_at >= start, WorkOrder.created_at < end)
        )
        with self._sessions.read() as s:
            return [
                KpiRow(
                    r[0],
                    r[1],
                    WorkKind(r[2]),
                    r[3],
                    WorkOrderState(r[4]),
                    r[5] or "",
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                    r[10],
                    r[11],
                    r[12],
                    r[13],
                    r[14],
                    r[15],
                )
                for r in s.execute(query)
            ]

    def period(self, first_day: date, last_day: date) -> PeriodKpis:
        rows = self.rows(first_day, last_day)
        now = self._clock.now()
        zone = self._zone
        days = group(rows, lambda r: r.created_at.astimezone(zone).date(), now)
        empty = compute((), now)
        span = (last_day - first_day).days + 1
        by_day = tuple((day, days.get(day, empty)) for day in (first_day + timedelta(days=i) for i in range(span)))
        by_category = sorted(group(rows, lambda r: r.category, now).items(), key=lambda kv: (-kv[1].requests, kv[0]))
        by_technician = sorted(
            group(rows, lambda r: r.assignee, now).items(), key=lambda kv: (kv[0] == "", -kv[1].requests, kv[0])
        )
        return PeriodKpis(first_day, last_day, compute(rows, now), by_day, tuple(by_category), tuple(by_technician))

    def month(self, year: int, month: int) -> PeriodKpis:
        first, last = month_bounds(year, month)
        return self.period(first, last)
