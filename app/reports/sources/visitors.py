"""The visitor log's facts for the reports: the daily report's visitor exceptions, counts and visitors
per hour, the muster list's visitors on site, the monthly report's visit indicators and visits per
day. Reads only; facts, never sentences.

Daily, for one local day ``[start, end)`` (up to now for today) and one desk (the check-in desk):

* exceptions — ``WATCHLIST_HIT`` for each check-in that matched the watchlist (a supervisor's
  override of a "deny" entry is Urgent; a refusal or a let-in after calling the resident is Attention;
  an alert-only entry is Info; the outcome is the guard's decision, the note the entry's reason),
  and ``OVERSTAY`` for each visitor still on site at the end of the day past the expected time
  (Attention), or escalated at an overstay sweep during the day (Urgent);
* counts — checked in (refusals not counted), checked out, on site at the end, visits of the day
  that stayed past their expected time, watchlist hits, refused at the gate, expected visitors;
* visitors per hour — check-ins by local hour.

Every query walks an index: the day's visits by check-in time, check-outs by check-out time, the
visitors on site now by the partial on-site index. The muster list counts a visitor's companions in
the detail ("+2") and in the head count (``people``): one line, three people.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from app.clock import Clock, day_bounds
from app.reports.facts import (
    HOURS_PER_DAY,
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
)
from app.reports.sources.common import excerpt
from app.severity import Severity
from app.storage import Sessions
from app.visitors.model import ExpectedStatus, SweepDecision, VisitStatus, WatchDecision
from app.visitors.rows import on_site_now, rows_of, unit_label, visit_query
from db.models.directory import Building, Unit
from db.models.visitors import ExpectedVisit, Visit, VisitSweep, WatchlistEntry, WatchlistHit

REFUSED = VisitStatus.REFUSED.value
NOTE_MAX_CHARS = 60  # a watchlist reason in the exceptions table: one short line
HIT_SEVERITY = {
    WatchDecision.OVERRIDDEN: Severity.URGENT,
    WatchDecision.REFUSED: Severity.URGENT,  # someone the site keeps out came to the gate
    WatchDecision.ALLOWED_AFTER_CALL: Severity.WARNING,
    WatchDecision.ALLOWED_ALERT_ONLY: Severity.INFO,
}


def _desk(column: Any, desk_id: uuid.UUID | None) -> Any:
    return column == desk_id if desk_id is not None else True


class VisitReportSource:
    """``DailyReportSource``, ``MusterSource`` and ``MonthlyKpiSource`` of the visitor log."""

    def __init__(self, sessions: Sessions, clock: Clock, zone: tzinfo) -> None:
        self._sessions = sessions
        self._clock = clock
        self._zone = zone

    # -- daily ------------------------------------------------------------------------------------
    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        cutoff = min(day_end, self._clock.now())
        local_day = day_start.astimezone(self._zone).date()
        came_in = and_(Visit.checked_in_at >= day_start, Visit.checked_in_at < cutoff, _desk(Visit.desk_id, desk_id))
        came = Visit.status != REFUSED
        overstayed = and_(
            came,
            Visit.expected_leave_at < cutoff,
            or_(Visit.checked_out_at.is_(None), Visit.checked_out_at > Visit.expected_leave_at),
        )
        hours = _hour_starts(local_day, self._zone)
        per_hour = [
            _count_if(and_(came, Visit.checked_in_at >= first, Visit.checked_in_at < last))
            for first, last in zip(hours, [*hours[1:], day_end], strict=True)
        ]
        with self._sessions.read() as s:
            # One pass over the day's visits (the check-in index): every count and the hourly chart.
            totals = s.execute(
                select(func.count(), _count_if(came), _count_if(overstayed), *per_hour).where(came_in)
            ).one()
            checked_out = s.execute(
                select(func.count())
                .select_from(Visit)
                .where(Visit.checked_out_at >= day_start, Visit.checked_out_at < cutoff, _desk(Visit.desk_id, desk_id))
            ).scalar_one()
            still_here = self._on_site_at(s, cutoff, desk_id)
            late_today = rows_of(s.execute(visit_query().where(came_in, overstayed)))
            hits = self._hits(s, day_start, cutoff, desk_id)
            escalated = self._escalated(s, day_start, cutoff, desk_id)
            expected = s.execute(
                select(func.count())
                .select_from(ExpectedVisit)
                .where(
                    ExpectedVisit.expected_on == local_day,
                    ExpectedVisit.status != ExpectedStatus.CANCELLED.value,
                )
            ).scalar_one()
        visits, checked_in, _overstays, *hourly = (int(n or 0) for n in totals)
        escalated_ids = {e.ref for e in escalated}
        # Every overstay of the day, once: those who came in this day and stayed past their expected
        # leave time (gone since or not), and those still here past it at the end of the day who came
        # earlier; an escalated one is listed once, as escalated. The summary counts these same rows.
        late = {row.id: row for row in late_today}
        for row in still_here:
            if row.expected_leave_at is not None and row.expected_leave_at < cutoff:
                late.setdefault(row.id, row)
        overdue = [
            ExceptionFact(
                ExceptionKind.OVERSTAY,
                Severity.WARNING,
                row.checked_in_at,
                row.name,
                row.unit_label,
                due=row.expected_leave_at,
                ref=str(row.id),
            )
            for row in sorted(late.values(), key=lambda r: (r.checked_in_at, r.id))
            if str(row.id) not in escalated_ids
        ]
        overstays = len(overdue) + len(escalated)
        metric = {
            Metric.VISITS_IN: checked_in,
            Metric.VISITS_OUT: checked_out,
            Metric.ON_SITE_AT_END: len(still_here),
            Metric.OVERSTAYS: overstays,
            Metric.WATCHLIST_HITS: len(hits),
            Metric.VISITS_REFUSED: visits - checked_in,
            Metric.EXPECTED: expected,
        }
        return DailySection(
            Module.VISITORS,
            exceptions=(*hits, *escalated, *overdue),
            counts=tuple(CountFact(Module.VISITORS, name, int(value)) for name, value in metric.items()),
            visitors_per_hour=tuple(hourly),
        )

    def _on_site_at(self, s: Any, cutoff: datetime, desk_id: uuid.UUID | None) -> list[Any]:
        """Visits on site at ``cutoff``: on site now and in before it, or in before it and out after
        it (found by check-out time, then fetched)."""
        # Two queries, each on its own index (an OR, or a time range beside the on-site condition,
        # sends SQLite down the check-in index over every visit).
        left_later = select(Visit.id).where(Visit.checked_out_at > cutoff, Visit.checked_in_at < cutoff)
        ids = [*s.execute(left_later).scalars()]
        rows = rows_of(s.execute(visit_query().where(on_site_now(), _desk(Visit.desk_id, desk_id))))
        rows = [row for row in rows if row.checked_in_at < cutoff]
        if ids:
            rows += rows_of(s.execute(visit_query().where(Visit.id.in_(ids), _desk(Visit.desk_id, desk_id))))
        return sorted(rows, key=lambda row: (row.checked_in_at, row.id))

    def _hits(self, s: Any, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> list[ExceptionFact]:
        rows = s.execute(
            select(WatchlistHit, WatchlistEntry.reason, Visit.name, Building.name, Unit.code)
            .join(WatchlistEntry, WatchlistEntry.id == WatchlistHit.entry_id)
            .join(Visit, Visit.id == WatchlistHit.visit_id)
            .outerjoin(Unit, Unit.id == Visit.unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .where(WatchlistHit.at >= start, WatchlistHit.at < end, _desk(Visit.desk_id, desk_id))
            .order_by(WatchlistHit.at)
        ).all()
        facts = []
        for hit, reason, name, building, unit in rows:
            facts.append(
                ExceptionFact(
                    ExceptionKind.WATCHLIST_HIT,
                    HIT_SEVERITY[WatchDecision(hit.decision)],
                    hit.at,
                    name or "",
                    unit_label(building, unit),
                    note=excerpt(reason, NOTE_MAX_CHARS),
                    ref=str(hit.visit_id),
                    outcome=("watch_decision", hit.decision),
                )
            )
        return facts

    def _escalated(self, s: Any, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> list[ExceptionFact]:
        swept = select(VisitSweep.visit_id, func.min(VisitSweep.at).label("at")).where(
            VisitSweep.at >= start, VisitSweep.at < end, VisitSweep.decision == SweepDecision.ESCALATE.value
        )
        found = {visit_id: at for visit_id, at in s.execute(swept.group_by(VisitSweep.visit_id))}
        if not found:
            return []
        rows = rows_of(s.execute(visit_query().where(Visit.id.in_(found), _desk(Visit.desk_id, desk_id))))
        return [
            ExceptionFact(
                ExceptionKind.OVERSTAY,
                Severity.URGENT,
                found[row.id],
                row.name,
                row.unit_label,
                due=row.expected_leave_at,
                ref=str(row.id),
            )
            for row in sorted(rows, key=lambda r: found[r.id])
        ]

    # -- muster -----------------------------------------------------------------------------------
    @property
    def muster_kinds(self) -> frozenset[MusterKind]:
        return frozenset({MusterKind.VISITOR})

    def people_on_site(self, now: datetime) -> list[MusterEntry]:
        """Every visitor on site now: where they went, since when, company, companions, pass."""
        with self._sessions.read() as s:
            rows = s.execute(
                select(Visit, Building.name, Unit.code)
                .outerjoin(Unit, Unit.id == Visit.unit_id)
                .outerjoin(Building, Building.id == Unit.building_id)
                .where(on_site_now())  # no time range here: it would take SQLite off the on-site index
            ).all()
        rows = sorted((r for r in rows if r[0].checked_in_at <= now), key=lambda r: (r[0].checked_in_at, r[0].id))
        return [
            MusterEntry(
                MusterKind.VISITOR,
                visit.name or "",
                building or "",
                unit_label(building, unit),
                visit.checked_in_at,
                detail=visit.company or "",
                pass_number=visit.pass_number or "",
                ref=str(visit.id),
                people=1 + (visit.companions or 0),
                identities=(f"visitor:{visit.visitor_id}", f"visit:{visit.id}"),
            )
            for visit, building, unit in rows
        ]

    # -- monthly ----------------------------------------------------------------------------------
    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        """Visits of the month (refusals at the gate not counted), their mean per day (days so far, for
        this month), watchlist hits; visits per local day. Counted on the check-in index, day by day."""
        cutoff = min(end, self._clock.now())
        days = _days(start, end, self._zone)
        per_day = []
        with self._sessions.read() as s:
            refused_at = list(
                s.execute(
                    select(WatchlistHit.at).where(
                        WatchlistHit.at >= start,
                        WatchlistHit.at < end,
                        WatchlistHit.decision == WatchDecision.REFUSED.value,
                    )
                ).scalars()
            )
            hits = s.execute(
                select(func.count()).select_from(WatchlistHit).where(WatchlistHit.at >= start, WatchlistHit.at < end)
            ).scalar_one()
            refused = Counter(at.astimezone(self._zone).date() for at in refused_at)
            for day in days:
                first, last = day_bounds(day, self._zone)
                if first >= cutoff:
                    per_day.append(0)
                    continue
                came = s.execute(
                    select(func.count())
                    .select_from(Visit)
                    .where(Visit.checked_in_at >= first, Visit.checked_in_at < min(last, cutoff))
                ).scalar_one()
                per_day.append(max(0, int(came) - refused.get(day, 0)))
        elapsed = sum(1 for day in days if day_bounds(day, self._zone)[0] < cutoff)
        total = sum(per_day)
        return MonthSection(
            Module.VISITORS,
            values=(
                (Indicator.VISITS, float(total)),
                (Indicator.VISITS_PER_DAY, round(total / elapsed, 1) if elapsed else None),
                (Indicator.WATCHLIST_HITS, float(hits)),
            ),
            visits_per_day=tuple(per_day),
        )


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _hour_starts(day: date, zone: tzinfo) -> list[datetime]:
    """The starts of a local day's 24 clock hours (on a day the clocks change, an hour is skipped
    or doubled; the chart keeps 24 bars)."""
    return [datetime.combine(day, time(hour), tzinfo=zone).astimezone(UTC) for hour in range(HOURS_PER_DAY)]


def _days(start: datetime, end: datetime, zone: tzinfo) -> list[date]:
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
