"""What the repairs area contributes to the reports: the day's work orders, the contractors on site
and the month's KPIs (``DailyReportSource``, ``MusterSource``, ``MonthlyKpiSource``).

* **Daily** (jobs taken at the chosen desk, or anywhere): received (and of which complaints), done and
  closed that day, open at the end of the day, SLA breaches — one exception per job whose response or
  resolution deadline fell in the day and was missed — and the chart of the day's jobs by category
  and by the state they were in at the end of the day (from their event history).
* **Muster**: contractors with a job dispatched to them or in progress, one entry per contractor,
  under the building of the unit of their latest job.
* **Monthly**: the figures of ``app.repairs.kpi.KpiService`` (the KPI page's own computation), so the
  paper and the screen never disagree.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from app.clock import Clock
from app.repairs.kpi import KpiService, clock_breached
from app.repairs.lifecycle import Action, WorkOrderState
from app.repairs.sla_policy import Priority, WorkKind
from app.reports.facts import (
    CategoryCount,
    CountFact,
    DailySection,
    ExceptionFact,
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MonthSection,
    MusterEntry,
    MusterKind,
    WorkOrderBucket,
    WorkOrderCount,
)
from app.reports.sources.common import excerpt
from app.severity import Severity
from app.storage import Sessions
from db.models.directory import Building, Person, Unit
from db.models.repairs import WorkOrder, WorkOrderEvent

NOTE_MAX_CHARS = 40  # a job's description on the daily report: enough to recognise it
SECONDS_PER_MINUTE = 60.0
SECONDS_PER_HOUR = 3600.0
ENDED_UNDONE = (WorkOrderState.REJECTED.value, WorkOrderState.CANCELLED.value)
ON_SITE_STATES = (WorkOrderState.DISPATCHED.value, WorkOrderState.IN_PROGRESS.value)
CONTRACTOR = "contractor"  # app.directory.PersonKind.CONTRACTOR (the directory module is not needed here)
BUCKETS: dict[str, WorkOrderBucket] = {
    WorkOrderState.NEW: WorkOrderBucket.NEW,
    WorkOrderState.DISPATCHED: WorkOrderBucket.IN_PROGRESS,
    WorkOrderState.IN_PROGRESS: WorkOrderBucket.IN_PROGRESS,
    WorkOrderState.ON_HOLD: WorkOrderBucket.ON_HOLD,
    WorkOrderState.DONE: WorkOrderBucket.DONE,
    WorkOrderState.RETURN_VISIT: WorkOrderBucket.DONE,
    WorkOrderState.CLOSED: WorkOrderBucket.CLOSED,
    WorkOrderState.REJECTED: WorkOrderBucket.CLOSED,
    WorkOrderState.CANCELLED: WorkOrderBucket.CLOSED,
}


def _where(building: str | None, unit: str | None, location: str) -> str:
    """Unit and location as one line, as the queue writes it ("A座 12A · 廚房")."""
    unit_label = f"{building} {unit}" if unit else ""
    return " · ".join(p for p in (unit_label, location) if p)


class RepairReportSource:
    """Reads work orders for the daily report, the muster list and the monthly KPI report."""

    muster_kinds = frozenset({MusterKind.CONTRACTOR})

    def __init__(self, sessions: Sessions, clock: Clock, kpis: KpiService, zone: tzinfo) -> None:
        self._sessions = sessions
        self._clock = clock
        self._kpis = kpis
        self._zone = zone

    # ---- daily ----------------------------------------------------------------------------------
    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        now = self._clock.now()
        until = min(now, day_end)

        def at_desk(query: Select[Any]) -> Select[Any]:
            return query if desk_id is None else query.where(WorkOrder.origin_desk_id == desk_id)

        def count(*conditions: Any) -> Select[Any]:
            return at_desk(select(func.count()).select_from(WorkOrder).where(*conditions))

        received_in_day = and_(WorkOrder.created_at >= day_start, WorkOrder.created_at < day_end)
        with self._sessions.read() as s:
            kinds = Counter({kind: n for kind, n in s.execute(at_desk(_by(WorkOrder.kind).where(received_in_day)))})
            done = s.execute(count(WorkOrder.resolved_at >= day_start, WorkOrder.resolved_at < day_end)).scalar_one()
            closed = s.execute(count(WorkOrder.closed_at >= day_start, WorkOrder.closed_at < day_end)).scalar_one()
            still_open = s.execute(
                count(
                    WorkOrder.created_at < until,
                    or_(WorkOrder.resolved_at.is_(None), WorkOrder.resolved_at >= until),
                    or_(WorkOrder.closed_at.is_(None), WorkOrder.closed_at >= until),
                )
            ).scalar_one()
            chart = self._states_at(s, at_desk(select(WorkOrder.id).where(received_in_day)), until)
            breaches = list(self._breaches(s, at_desk(_candidates(day_start, day_end)), day_start, day_end, now))
        counts = (
            CountFact(Module.REPAIRS, Metric.WORK_ORDERS_NEW, sum(kinds.values())),
            CountFact(Module.REPAIRS, Metric.COMPLAINTS_NEW, kinds.get(WorkKind.COMPLAINT.value, 0)),
            CountFact(Module.REPAIRS, Metric.WORK_ORDERS_DONE, int(done)),
            CountFact(Module.REPAIRS, Metric.WORK_ORDERS_CLOSED, int(closed)),
            CountFact(Module.REPAIRS, Metric.WORK_ORDERS_OPEN, int(still_open)),
            CountFact(Module.REPAIRS, Metric.SLA_BREACHES, len(breaches)),
        )
        return DailySection(Module.REPAIRS, exceptions=tuple(breaches), counts=counts, work_orders=chart)

    @staticmethod
    def _states_at(s: Any, jobs: Select[Any], until: datetime) -> tuple[WorkOrderCount, ...]:
        """The jobs of ``jobs`` by category and by the state of their last event before ``until``."""
        last = (
            select(WorkOrderEvent.work_order_id, func.max(WorkOrderEvent.seq).label("seq"))
            .where(WorkOrderEvent.work_order_id.in_(jobs.scalar_subquery()), WorkOrderEvent.at < until)
            .group_by(WorkOrderEvent.work_order_id)
            .subquery()
        )
        query = (
            select(WorkOrder.category, WorkOrderEvent.to_state, func.count())
            .join(last, last.c.work_order_id == WorkOrder.id)
            .join(
                WorkOrderEvent,
                and_(WorkOrderEvent.work_order_id == last.c.work_order_id, WorkOrderEvent.seq == last.c.seq),
            )
            .group_by(WorkOrder.category, WorkOrderEvent.to_state)
        )
        counts: Counter[tuple[str, WorkOrderBucket]] = Counter()
        for category, state, n in s.execute(query):
            counts[(category, BUCKETS.get(state, WorkOrderBucket.NEW))] += n
        return tuple(WorkOrderCount(c, b, n) for (c, b), n in sorted(counts.items()))

    @staticmethod
    def _breaches(s: Any, query: Select[Any], start: datetime, end: datetime, now: datetime) -> Iterable[ExceptionFact]:
        """One exception per job whose first deadline missed in ``[start, end)`` (and before now). A job
        rejected or cancelled before a deadline did not miss it."""
        rows = s.execute(query).all()
        found: list[tuple[datetime, ExceptionFact]] = []
        for r in rows:
            ended = r.closed_at if r.state in ENDED_UNDONE else None  # rejected / cancelled: no more clock
            clocks = (
                (r.response_due_at, r.responded_at or r.resolved_at or ended, r.response_breached),
                (r.resolution_due_at, r.resolved_at or ended, r.resolution_breached),
            )
            missed = [
                due
                for due, stop, stored in clocks
                if due is not None
                and start <= due < end
                and due < now
                and clock_breached(stop, due, stored, r.is_paused, now)
            ]
            if not missed:
                continue
            due = min(missed)
            urgent = r.priority == Priority.URGENT.value
            found.append(
                (
                    due,
                    ExceptionFact(
                        ExceptionKind.SLA_BREACH,
                        Severity.URGENT if urgent else Severity.WARNING,
                        r.created_at,
                        r.number,
                        _where(r.building, r.unit, r.location),
                        due=due,
                        note=excerpt(r.description, NOTE_MAX_CHARS),
                        ref=str(r.id),
                    ),
                )
            )
        return [fact for _due, fact in sorted(found, key=lambda pair: (pair[0], pair[1].subject))]

    # ---- muster ---------------------------------------------------------------------------------
    def people_on_site(self, now: datetime) -> list[MusterEntry]:
        """Contractors with a job dispatched to them or in progress, once each, at their latest job."""
        query = (
            select(
                WorkOrder.id,
                Person.id,
                Person.name,
                Person.company,
                WorkOrder.number,
                WorkOrder.location,
                Unit.code,
                Building.name,
                func.coalesce(WorkOrder.responded_at, WorkOrder.created_at),
            )
            .join(Person, Person.id == WorkOrder.assignee_id)
            .outerjoin(Unit, Unit.id == WorkOrder.unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .where(WorkOrder.state.in_(ON_SITE_STATES), Person.kind == CONTRACTOR)
        )
        with self._sessions.read() as s:
            rows = s.execute(query).all()
            dispatched = _last_dispatch(s, [r[0] for r in rows])
        jobs: dict[uuid.UUID, list[tuple[datetime, str, Any]]] = {}
        for row in rows:
            since = dispatched.get(row[0], row[8])
            jobs.setdefault(row[1], []).append((since, row[4], row))
        entries = []
        for person_id, held in jobs.items():
            since, _number, latest = max(held, key=lambda job: (job[0], job[1]))  # the latest dispatch
            _job, _person, name, company, _n, location, unit, building, _at = latest
            numbers = "、".join(sorted(number for _since, number, _row in held))
            entries.append(
                MusterEntry(
                    kind=MusterKind.CONTRACTOR,
                    name=name,
                    building=building or "",
                    place=_where(building, unit, location),
                    since=since,
                    detail=" · ".join(p for p in (company, numbers) if p),
                    ref=str(person_id),
                    identities=(f"person:{person_id}",),
                )
            )
        return entries

    # ---- monthly --------------------------------------------------------------------------------
    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        first = start.astimezone(self._zone).date()
        last = (end.astimezone(self._zone) - timedelta(microseconds=1)).date()
        period = self._kpis.period(first, last)
        total = period.total
        values: tuple[tuple[Indicator, float | None], ...] = (
            (Indicator.REQUESTS, float(total.requests)),
            (Indicator.RESPONSE_TIME, _scaled(total.first_response_s, SECONDS_PER_MINUTE)),
            (Indicator.MTTR, _scaled(total.mttr_s, SECONDS_PER_HOUR)),
            (Indicator.SLA_COMPLIANCE, total.sla_compliance),
            (Indicator.SATISFACTION, total.satisfaction),
            (Indicator.COMPLAINT_RATE, total.complaint_rate),
            (Indicator.REOPEN_RATE, total.reopen_rate),
        )
        by_category = tuple(CategoryCount(category, f.requests) for category, f in period.by_category)
        return MonthSection(Module.REPAIRS, values=values, work_orders_by_category=by_category)


def _last_dispatch(s: Any, job_ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    """When each job was last dispatched (to the contractor who holds it now)."""
    if not job_ids:
        return {}
    query = (
        select(WorkOrderEvent.work_order_id, func.max(WorkOrderEvent.at))
        .where(WorkOrderEvent.work_order_id.in_(job_ids), WorkOrderEvent.action == Action.DISPATCH.value)
        .group_by(WorkOrderEvent.work_order_id)
    )
    return {job: at for job, at in s.execute(query)}


def _by(column: Any) -> Select[Any]:
    return select(column, func.count()).select_from(WorkOrder).group_by(column)


def _candidates(start: datetime, end: datetime) -> Any:  # Select of the columns below
    """Jobs with a deadline in ``[start, end)``: the only ones that can have breached that day."""
    return (
        select(
            WorkOrder.id,
            WorkOrder.number,
            WorkOrder.priority,
            WorkOrder.state,
            WorkOrder.created_at,
            WorkOrder.closed_at,
            WorkOrder.location,
            WorkOrder.description,
            WorkOrder.responded_at,
            WorkOrder.resolved_at,
            WorkOrder.response_due_at,
            WorkOrder.resolution_due_at,
            WorkOrder.response_breached,
            WorkOrder.resolution_breached,
            WorkOrder.is_paused,
            Unit.code.label("unit"),
            Building.name.label("building"),
        )
        .outerjoin(Unit, Unit.id == WorkOrder.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(
            or_(
                and_(WorkOrder.response_due_at >= start, WorkOrder.response_due_at < end),
                and_(WorkOrder.resolution_due_at >= start, WorkOrder.resolution_due_at < end),
            )
        )
    )


def _scaled(seconds: float | None, unit: float) -> float | None:
    return None if seconds is None else seconds / unit
