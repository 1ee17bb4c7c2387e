"""``ReportService``: gathers the facts of a report from every source and renders its PDF.

    facts = reports.daily_facts(actor, date(2026, 3, 2), desk_id=None)
    pdf = reports.daily_pdf(actor, date(2026, 3, 2), None, paper)      # bytes, A4
    pdf = reports.muster_pdf(actor, paper)                              # everyone on site now
    pdf = reports.monthly_pdf(actor, date(2026, 2, 1), paper)           # with February vs January

``actor`` is the signed-in operator (permissions are checked here); ``None`` is the command line,
which already holds the database file. Long work reports progress and can be cancelled between steps
(``app.reports.work``); the GUI runs it in a worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TypeVar

from app.changes import changes
from app.clock import Clock, day_bounds
from app.errors import Rule, ValidationError
from app.permissions import SCHEDULED_TASK_ROLES, STAFF_ROLES, SUPERVISOR_ROLES, Actor, Approval, Permission, require
from app.reports.facts import (
    HOURS_PER_DAY,
    CategoryCount,
    DailyFacts,
    DailySection,
    ExceptionFact,
    IndicatorFact,
    Module,
    MonthlyFacts,
    MonthSection,
    MusterEntry,
    MusterFacts,
    MusterGroup,
    MusterKind,
    WorkOrderCount,
    sort_exceptions,
)
from app.reports.paper import Paper
from app.reports.protocols import DailyReportSource, MonthlyKpiSource, MusterSource
from app.reports.sources.access import AccessSource
from app.reports.work import IsCancelled, Progress, Steps
from app.site import SiteService

VIEW_DAILY_REPORT = Permission("reports.daily", STAFF_ROLES | SCHEDULED_TASK_ROLES)
PRINT_MUSTER = Permission("reports.muster", STAFF_ROLES)  # anyone at the desk when the alarm sounds
VIEW_MONTHLY_REPORT = Permission("reports.monthly", SUPERVISOR_ROLES | SCHEDULED_TASK_ROLES, approvable=True)

RULE_FUTURE = "report_future"
MUSTER_KIND_ORDER = tuple(MusterKind)
T = TypeVar("T")


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def previous_month(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


class ReportService:
    def __init__(
        self,
        clock: Clock,
        zone: tzinfo,
        site: SiteService,
        access: AccessSource,
        daily_sources: Sequence[DailyReportSource] = (),
        muster_sources: Sequence[MusterSource] = (),
        monthly_sources: Sequence[MonthlyKpiSource] = (),
    ) -> None:
        self._clock = clock
        self._zone = zone
        self._site = site
        self._access = access
        self._daily = list(daily_sources)
        self._muster = list(muster_sources)
        self._monthly = list(monthly_sources)

    @property
    def zone(self) -> tzinfo:
        return self._zone

    # ---- daily ----------------------------------------------------------------------------------
    def daily_facts(
        self,
        actor: Actor | None,
        day: date,
        desk_id: uuid.UUID | None = None,
        *,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
        extra_steps: int = 0,
    ) -> DailyFacts:
        if actor is not None:
            require(actor, VIEW_DAILY_REPORT)
        now = self._clock.now()
        start, end = day_bounds(day, self._zone)
        if start > now:
            raise ValidationError("day", RULE_FUTURE)
        desk_name = self._site.desk(desk_id).name if desk_id is not None else ""
        steps = Steps(len(self._daily) + 2 + extra_steps, progress, cancelled)
        steps.check()
        shifts = self._access.shifts(start, end, desk_id)
        approvals = self._access.approvals(start, end, desk_id)
        refused = self._access.refused_sign_ins(start, end, desk_id)
        head = self._access.audit_head(start, end)
        access = AccessSource.section(shifts, approvals, refused, head)
        steps.step()
        sections: list[DailySection] = []
        for source in self._daily:
            sections.append(source.daily_facts(start, end, desk_id))
            steps.step()
        sections.append(access)
        exceptions: list[ExceptionFact] = [e for s in sections for e in s.exceptions]
        modules = tuple(m for m in Module if any(s.module is m for s in sections))
        steps.step()
        return DailyFacts(
            day=day,
            desk_id=desk_id,
            desk_name=desk_name,
            day_start=start,
            day_end=end,
            generated_at=now,
            exceptions=sort_exceptions(exceptions),
            counts=tuple(c for m in modules for s in sections if s.module is m for c in s.counts),
            visitors_per_hour=_merge_hours([s.visitors_per_hour for s in sections]),
            work_orders=_merge_optional([s.work_orders for s in sections]),
            shifts=shifts,
            approvals=approvals,
            refused_sign_ins=refused,
            audit_head=head,
            modules=modules,
            complete=end <= now,
        )

    def daily_pdf(
        self,
        actor: Actor | None,
        day: date,
        desk_id: uuid.UUID | None,
        paper: Paper,
        *,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
    ) -> bytes:
        from app.reports.daily_pdf import render_daily

        facts = self.daily_facts(actor, day, desk_id, progress=progress, cancelled=cancelled, extra_steps=1)
        pdf = render_daily(facts, paper)
        _finish(progress, len(self._daily) + 3)
        return pdf

    # ---- muster ---------------------------------------------------------------------------------
    def muster_facts(self, actor: Actor | None) -> MusterFacts:
        if actor is not None:
            require(actor, PRINT_MUSTER)
        now = self._clock.now()
        entries: list[MusterEntry] = []
        kinds: set[MusterKind] = set()
        for source in self._muster:
            kinds.update(source.muster_kinds)
            entries.extend(source.people_on_site(now))
        return build_muster(now, entries, frozenset(kinds))

    def muster_pdf(self, actor: Actor | None, paper: Paper) -> bytes:
        from app.reports.muster_pdf import render_muster

        return render_muster(self.muster_facts(actor), paper)

    # ---- monthly --------------------------------------------------------------------------------
    def authorise_monthly(self, actor: Actor, approval: Approval | None = None) -> Approval | None:
        """Check before starting the (long) work; returns the approval to pass on."""
        require(actor, VIEW_MONTHLY_REPORT, approval)
        return approval

    @changes()  # uses up a supervisor's approval (audit only)
    def monthly_facts(
        self,
        actor: Actor | None,
        month: date,
        approval: Approval | None = None,
        *,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
        extra_steps: int = 0,
    ) -> MonthlyFacts:
        now = self._clock.now()
        if actor is not None and require(actor, VIEW_MONTHLY_REPORT, approval) is not None:
            self._access.redeem_approval(actor, approval, VIEW_MONTHLY_REPORT, now)  # a stored one, once
        first = month_start(month)
        before = previous_month(first)
        start, _ = day_bounds(first, self._zone)
        end, _ = day_bounds(next_month(first), self._zone)
        prev_start, _ = day_bounds(before, self._zone)
        if start > now:
            raise ValidationError("month", RULE_FUTURE)
        sources: list[MonthlyKpiSource] = [*self._monthly, self._access]
        steps = Steps(2 * len(sources) + extra_steps, progress, cancelled)
        steps.check()
        current: list[MonthSection] = []
        previous: list[MonthSection] = []
        for source in sources:
            current.append(source.month_facts(start, end))
            steps.step()
            previous.append(source.month_facts(prev_start, start))
            steps.step()
        modules = tuple(m for m in Module if any(s.module is m for s in current))
        before_values = {ind: value for s in previous for ind, value in s.values}
        indicators = tuple(
            IndicatorFact(ind, section.module, value, before_values.get(ind))
            for m in modules
            for section in current
            if section.module is m
            for ind, value in section.values
        )
        return MonthlyFacts(
            month=first,
            previous_month=before,
            period_start=start,
            period_end=end,
            generated_at=now,
            indicators=indicators,
            visits_per_day=_first([s.visits_per_day for s in current]),
            previous_visits_per_day=_first([s.visits_per_day for s in previous]),
            work_orders_by_category=_merge_categories([s.work_orders_by_category for s in current]),
            previous_work_orders_by_category=_merge_categories([s.work_orders_by_category for s in previous]),
            modules=modules,
            complete=end <= now,
        )

    @changes()  # uses up a supervisor's approval (audit only)
    def monthly_pdf(
        self,
        actor: Actor | None,
        month: date,
        paper: Paper,
        approval: Approval | None = None,
        *,
        progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
    ) -> bytes:
        from app.reports.monthly_pdf import render_monthly

        facts = self.monthly_facts(actor, month, approval, progress=progress, cancelled=cancelled, extra_steps=1)
        pdf = render_monthly(facts, paper)
        _finish(progress, 2 * (len(self._monthly) + 1) + 1)
        return pdf


def build_muster(now: datetime, entries: Sequence[MusterEntry], kinds: frozenset[MusterKind]) -> MusterFacts:
    """Each person once (entries sharing an identity merged), grouped by building (named buildings in
    order, "no building" last), then kind, time in, name."""
    order = {kind: n for n, kind in enumerate(MUSTER_KIND_ORDER)}
    entries = merge_people(entries, order)
    buildings: dict[str, list[MusterEntry]] = {}
    for entry in entries:
        buildings.setdefault(entry.building, []).append(entry)
    names = sorted((b for b in buildings if b), key=str.casefold) + ([""] if "" in buildings else [])
    far_future = datetime.max.replace(tzinfo=now.tzinfo)
    groups = tuple(
        MusterGroup(
            name,
            tuple(sorted(buildings[name], key=lambda e: (order[e.kind], e.since or far_future, e.name))),
        )
        for name in names
    )
    by_kind = tuple(
        (kind, sum(e.people for e in entries if e.kind is kind)) for kind in MUSTER_KIND_ORDER if kind in kinds
    )
    return MusterFacts(now, groups, kinds, sum(e.people for e in entries), by_kind)


def merge_people(entries: Sequence[MusterEntry], order: dict[MusterKind, int]) -> list[MusterEntry]:
    """One line per person: entries that share an identity become one, of the first kind in
    ``order`` (a visitor holding a key is listed as the visitor, the keys in the details), in since
    the earliest, with the most companions any of them brought and every check-in counted."""
    owner: dict[str, int] = {}
    merged: list[list[MusterEntry]] = []
    for entry in entries:
        index = next((owner[i] for i in entry.identities if i in owner), None)
        if index is None:
            index = len(merged)
            merged.append([])
        merged[index].append(entry)
        for identity in entry.identities:
            owner.setdefault(identity, index)
    out = []
    far_future = datetime.max.replace(tzinfo=UTC)
    for same in merged:
        if len(same) == 1:
            out.append(same[0])
            continue
        same.sort(key=lambda e: (order[e.kind], e.since or far_future))
        first = same[0]
        details = list(dict.fromkeys(p for e in same for p in (e.detail,) if p))
        passes = list(dict.fromkeys(e.pass_number for e in same if e.pass_number))
        out.append(
            replace(
                first,
                since=min((e.since for e in same if e.since is not None), default=None),
                detail=" · ".join(details),
                pass_number="、".join(passes),
                people=max(e.people for e in same),
                identities=tuple(dict.fromkeys(i for e in same for i in e.identities)),
                check_ins=sum(e.check_ins for e in same if e.kind is MusterKind.VISITOR) or 1,
                companion_names=tuple(dict.fromkeys(n for e in same for n in e.companion_names)),
            )
        )
    return out


def _finish(progress: Progress | None, total: int) -> None:
    if progress is not None:
        progress(total, total)


def _first(values: Sequence[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)


def _merge_hours(series: Sequence[tuple[int, ...] | None]) -> tuple[int, ...] | None:
    present = [s for s in series if s is not None]
    if not present:
        return None
    return tuple(sum(s[h] for s in present if h < len(s)) for h in range(HOURS_PER_DAY))


def _merge_optional(values: Sequence[tuple[WorkOrderCount, ...] | None]) -> tuple[WorkOrderCount, ...] | None:
    present = [v for v in values if v is not None]
    return None if not present else tuple(w for v in present for w in v)


def _merge_categories(values: Sequence[tuple[CategoryCount, ...] | None]) -> tuple[CategoryCount, ...] | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    totals: dict[str, int] = {}
    for v in present:
        for c in v:
            totals[c.category] = totals.get(c.category, 0) + c.count
    return tuple(CategoryCount(k, n) for k, n in totals.items())


def check_month_text(text: str, field: str = "month") -> date:
    """``YYYY-MM`` → the first day of that month (``ValidationError(field, bad_format)``)."""
    try:
        year, month = text.strip().split("-")
        return date(int(year), int(month), 1)
    except ValueError as error:
        raise ValidationError(field, Rule.BAD_FORMAT) from error
