"""The visitor log in the daily report, the muster list and the monthly report (through the real
report service and its PDFs)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from app.bootstrap import Services
from app.clock import FixedClock
from app.reports.facts import ExceptionKind, Indicator, Metric, Module, MusterKind
from app.reports.labels import ReportLabels
from app.reports.paper import Paper
from app.severity import Severity
from app.visitors.model import (
    ExpectedVisitFields,
    SweepDecision,
    WatchAction,
    WatchDecision,
    WatchRuling,
)
from app.visitors.watchlist import WatchlistFields
from tests.app.printing.pdftools import pdftotext_pages
from tests.app.visitors.conftest import Estate, check_in, guest
from tests.conftest import Staff

MONDAY, TUESDAY = date(2026, 3, 2), date(2026, 3, 3)


def _monday(services: Services, staff: Staff, estate: Estate, clock: FixedClock) -> dict[str, str]:
    """09:00 陳大文 (+2, pass P-7) until 12:00; 09:30 李小明 until 10:00, leaves at 11:00; 10:00 王五
    refused (deny list); 10:30 趙六 let in (alert only) until 13:30; 12:30 sweep: 陳大文 escalated."""
    guard = staff.guard
    services.watchlist.add(staff.supervisor, WatchlistFields(name="王五", reason="滋擾住戶", action=WatchAction.DENY))
    services.watchlist.add(staff.supervisor, WatchlistFields(name="趙六", reason="曾阻塞消防通道"))
    services.expected_visits.register(guard, ExpectedVisitFields(MONDAY, "馬麗華", "guest", unit_id=estate.unit_3b.id))
    chan = check_in(services, guard, guest(estate, companions=2, pass_number="P-7"))
    clock.advance(timedelta(minutes=30))
    lee = check_in(services, guard, guest(estate, "李小明", expected_leave_at=clock.now() + timedelta(minutes=30)))
    clock.advance(timedelta(minutes=30))
    check_in(services, guard, guest(estate, "王五"), ruling=WatchRuling(WatchDecision.REFUSED))
    clock.advance(timedelta(minutes=30))
    chiu = check_in(
        services,
        guard,
        guest(estate, "趙六", unit_id=estate.unit_3b.id),
        ruling=WatchRuling(WatchDecision.ALLOWED_ALERT_ONLY),
    )
    clock.advance(timedelta(minutes=30))
    services.visitors.check_out(guard, lee.id)
    clock.advance(timedelta(minutes=90))
    services.visitors.sweep(guard, {chan.id: SweepDecision.ESCALATE})
    return {"chan": str(chan.id), "chiu": str(chiu.id), "lee": str(lee.id)}


def _at(services: Services, clock: FixedClock, day: date, hour: int) -> None:
    clock.advance(datetime(day.year, day.month, day.day, hour, tzinfo=services.zone) - clock.now())


def test_the_daily_report_counts_the_day_and_leads_with_hits_and_overstays(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock, tmp_path: Path
) -> None:
    ids = _monday(services, staff, estate, clock)
    _at(services, clock, MONDAY, 20)
    facts = services.reports.daily_facts(staff.supervisor, MONDAY)
    mine = [
        (e.kind, e.severity, e.subject, e.place)
        for e in facts.exceptions
        if e.ref in ids.values() or "王五" in e.subject
    ]
    assert mine == [
        (ExceptionKind.WATCHLIST_HIT, Severity.URGENT, "王五", "A座 12A"),  # turned away at the gate
        (ExceptionKind.OVERSTAY, Severity.URGENT, "陳大文", "A座 12A"),  # escalated at the sweep
        (ExceptionKind.OVERSTAY, Severity.WARNING, "李小明", "A座 12A"),  # left an hour late
        (ExceptionKind.OVERSTAY, Severity.WARNING, "趙六", "B座 3B"),  # still here at the end, overdue
        (ExceptionKind.WATCHLIST_HIT, Severity.INFO, "趙六", "B座 3B"),
    ]
    overstays = [e for e in facts.exceptions if e.kind is ExceptionKind.OVERSTAY]
    hit = next(e for e in facts.exceptions if e.subject == "王五")
    assert hit.note == "滋擾住戶" and hit.outcome == ("watch_decision", "refused")
    counts = {c.metric: c.value for c in facts.counts_of(Module.VISITORS)}
    assert counts == {
        Metric.VISITS_IN: 3,
        Metric.VISITS_OUT: 1,
        Metric.ON_SITE_AT_END: 2,
        Metric.OVERSTAYS: len(overstays),  # 陳大文 and 趙六 still here after their time, 李小明 left late
        Metric.WATCHLIST_HITS: 2,
        Metric.VISITS_REFUSED: 1,
        Metric.EXPECTED: 1,
    }
    assert facts.visitors_per_hour is not None
    assert (facts.visitors_per_hour[9], facts.visitors_per_hour[10], sum(facts.visitors_per_hour)) == (2, 1, 3)
    other_desk = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    elsewhere = services.reports.daily_facts(staff.supervisor, MONDAY, other_desk)
    assert {c.metric: c.value for c in elsewhere.counts_of(Module.VISITORS)}[Metric.VISITS_IN] == 0
    paper = Paper(services.site_row.name, "李班長", clock.now(), services.zone, ReportLabels())
    text = "".join(pdftotext_pages(services.reports.daily_pdf(staff.supervisor, MONDAY, None, paper), tmp_path))
    assert "陳大文" in text and "滋擾住戶" in text and "Visitor overstay" in text
    assert "Refused; 滋擾住戶" in text and "Allowed, alert noted;" in text  # what the guard decided


def test_a_past_day_counts_who_was_still_here_at_its_end(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    ids = _monday(services, staff, estate, clock)
    _at(services, clock, TUESDAY, 8)
    services.visitors.check_out(staff.guard, next(v.id for v in services.visitors.on_site() if v.name == "趙六"))
    _at(services, clock, TUESDAY, 20)
    monday = services.reports.daily_facts(staff.supervisor, MONDAY)
    assert {c.metric: c.value for c in monday.counts_of(Module.VISITORS)}[Metric.ON_SITE_AT_END] == 2
    overstays = [e.ref for e in monday.exceptions if e.kind is ExceptionKind.OVERSTAY]
    assert overstays == [ids["chan"], ids["lee"], ids["chiu"]]
    tuesday = services.reports.daily_facts(staff.supervisor, TUESDAY)
    counts = {c.metric: c.value for c in tuesday.counts_of(Module.VISITORS)}
    assert (counts[Metric.VISITS_IN], counts[Metric.VISITS_OUT], counts[Metric.ON_SITE_AT_END]) == (0, 1, 1)
    assert [(e.kind, e.severity, e.subject) for e in tuesday.exceptions if e.ref in ids.values()] == [
        (ExceptionKind.OVERSTAY, Severity.WARNING, "陳大文")
    ]


def test_visitors_on_site_are_on_the_muster_list(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock, tmp_path: Path
) -> None:
    _monday(services, staff, estate, clock)
    muster = services.reports.muster_facts(staff.guard)
    visitors = [(g.building, e.name, e.place, e.people, e.pass_number) for g in muster.groups for e in g.entries]
    assert visitors == [("A座", "陳大文", "A座 12A", 3, "P-7"), ("B座", "趙六", "B座 3B", 1, "")]
    assert dict(muster.by_kind)[MusterKind.VISITOR] == 4  # 陳大文 came with two others: heads, not lines
    assert muster.total == 4 and [g.people for g in muster.groups] == [3, 1]
    paper = Paper(services.site_row.name, "黃大文", clock.now(), services.zone, ReportLabels())
    text = "".join(pdftotext_pages(services.reports.muster_pdf(staff.guard, paper), tmp_path))
    assert "陳大文" in text and "趙六" in text and "P-7" in text
    assert "A座 (3 = 1 named + 2 with them)" in text and "B座 (1)" in text and "1+2" in text


def test_the_monthly_report_has_visits_per_day_and_the_hits(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock, tmp_path: Path
) -> None:
    _monday(services, staff, estate, clock)
    _at(services, clock, TUESDAY, 20)
    facts = services.reports.monthly_facts(staff.supervisor, MONDAY)
    assert facts.visits_per_day is not None and len(facts.visits_per_day) == 31
    assert (facts.visits_per_day[1], facts.visits_per_day[2], sum(facts.visits_per_day)) == (3, 0, 3)
    values = {f.indicator: (f.value, f.previous) for f in facts.indicators if f.module is Module.VISITORS}
    assert values == {
        Indicator.VISITS: (3.0, 0.0),
        Indicator.VISITS_PER_DAY: (1.0, 0.0),  # 3 visits in the 3 days so far (1–3 March)
        Indicator.WATCHLIST_HITS: (2.0, 0.0),
    }
    paper = Paper(services.site_row.name, "李班長", clock.now(), services.zone, ReportLabels())
    pdf = services.reports.monthly_pdf(staff.supervisor, MONDAY, paper)
    assert "Visitor volume" in "".join(pdftotext_pages(pdf, tmp_path))
