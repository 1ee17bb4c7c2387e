"""The repairs and duty areas in the daily report, the muster list and the monthly KPI report, over the
real services (``services.reports`` as wired in ``app/bootstrap.py``); the PDFs read back with pdftotext."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from app.bootstrap import Services
from app.clock import FixedClock
from app.reports.facts import (
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MusterKind,
    WorkOrderBucket,
    WorkOrderCount,
)
from app.reports.paper import Paper
from app.severity import Severity
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.app.reports.areadata import DAY, area_day, quiet_day_with_areas
from tests.conftest import Staff


def test_daily_facts_of_the_area_day(services: Services, staff: Staff, clock: FixedClock) -> None:
    day = area_day(services, staff, clock)
    wo = day.numbers
    facts = services.reports.daily_facts(staff.guard, DAY)
    assert facts.modules == (Module.VISITORS, Module.KEYS, Module.REPAIRS, Module.DUTY, Module.ACCESS)
    expected = {
        Metric.WORK_ORDERS_NEW: 7,
        Metric.COMPLAINTS_NEW: 1,
        Metric.WORK_ORDERS_DONE: 1,
        Metric.WORK_ORDERS_CLOSED: 1,
        Metric.WORK_ORDERS_OPEN: 5,
        Metric.SLA_BREACHES: 3,
        Metric.LOG_ENTRIES: 3,
        Metric.PATROL_ROUNDS: 2,
        Metric.PATROL_MISSED: 3,
        Metric.INCIDENTS: 2,
        Metric.HANDOVERS: 1,
        Metric.HANDOVERS_REFUSED: 1,
        Metric.HANDOVERS_QUERIED: 1,
    }
    assert {metric: facts.count(metric) for metric in expected} == expected
    assert [(e.severity, e.kind, e.subject) for e in facts.exceptions] == [
        (Severity.URGENT, ExceptionKind.INCIDENT, day.incidents[0]),
        (Severity.URGENT, ExceptionKind.SLA_BREACH, wo[1]),
        (Severity.URGENT, ExceptionKind.HANDOVER_REFUSED, "CP-01 東門"),
        (Severity.WARNING, ExceptionKind.SLA_BREACH, wo[2]),
        (Severity.WARNING, ExceptionKind.SLA_BREACH, wo[3]),
        (Severity.WARNING, ExceptionKind.HANDOVER_QUERIED, f"{day.incidents[0]} 地庫水管爆裂漏水"),
        (Severity.WARNING, ExceptionKind.PATROL_MISSED, "CP-02 會所"),
        (Severity.WARNING, ExceptionKind.PATROL_MISSED, "CP-01 東門"),
        (Severity.WARNING, ExceptionKind.PATROL_MISSED, "CP-02 會所"),  # one row per missed round
        (Severity.INFO, ExceptionKind.INCIDENT, day.incidents[1]),
    ]
    by_subject = {(e.kind, e.subject): e for e in facts.exceptions}
    lift = by_subject[(ExceptionKind.SLA_BREACH, wo[1])]
    assert lift.place == "B座 3B · 2號電梯" and lift.due is not None
    assert lift.due.astimezone(services.zone).strftime("%H:%M") == "17:10"  # 8 h to fix an urgent job
    complaint = by_subject[(ExceptionKind.SLA_BREACH, wo[2])]
    assert complaint.due is not None and complaint.due.astimezone(services.zone).strftime("%H:%M") == "09:45"
    assert complaint.note == "樓上深夜噪音"
    queried = by_subject[(ExceptionKind.HANDOVER_QUERIED, f"{day.incidents[0]} 地庫水管爆裂漏水")]
    assert queried.note == "黃大文 → 何志強: 地庫水管已修好嗎?"
    missed_twice = [e for e in facts.exceptions if (e.kind, e.subject) == (ExceptionKind.PATROL_MISSED, "CP-02 會所")]
    assert [(e.note, e.place, e.count) for e in missed_twice] == [("外圍巡邏", "會所入口", None)] * 2
    first, second = missed_twice
    assert first.at is not None and first.due is not None and second.at is not None
    assert first.at < first.due <= second.at  # each row its own round, at its own time
    assert facts.work_orders is not None
    assert sorted(facts.work_orders, key=lambda w: w.category) == [
        WorkOrderCount("cleaning", WorkOrderBucket.CLOSED, 1),
        WorkOrderCount("electrical", WorkOrderBucket.NEW, 1),
        WorkOrderCount("lift", WorkOrderBucket.IN_PROGRESS, 2),
        WorkOrderCount("noise", WorkOrderBucket.NEW, 1),
        WorkOrderCount("plumbing", WorkOrderBucket.DONE, 1),
        WorkOrderCount("public_area", WorkOrderBucket.ON_HOLD, 1),
    ]


def test_the_day_before_and_after_and_another_desk(services: Services, staff: Staff, clock: FixedClock) -> None:
    day = area_day(services, staff, clock)
    before = services.reports.daily_facts(staff.guard, DAY - timedelta(days=1))
    assert before.exceptions == () and before.count(Metric.WORK_ORDERS_NEW) == 0
    assert before.count(Metric.WORK_ORDERS_OPEN) == 0 and before.count(Metric.LOG_ENTRIES) == 0
    early = services.reports.daily_facts(staff.guard, DAY + timedelta(days=1))  # 3 March, up to 08:30
    assert not early.complete and early.exceptions == ()
    clock.advance(timedelta(hours=1, minutes=30))  # 10:00: the complaint's 24 h to fix ran out at 09:15
    today = services.reports.daily_facts(staff.guard, DAY + timedelta(days=1))
    assert today.count(Metric.WORK_ORDERS_NEW) == 0
    assert today.count(Metric.WORK_ORDERS_OPEN) == 5  # still open from yesterday
    assert today.work_orders == ()  # nothing received yet today: the chart says so
    assert [(e.kind, e.subject) for e in today.exceptions] == [(ExceptionKind.SLA_BREACH, day.numbers[2])]
    reception = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    elsewhere = services.reports.daily_facts(staff.guard, DAY, reception)
    assert elsewhere.exceptions == ()  # every job was taken, every log written, at the booth
    assert elsewhere.count(Metric.WORK_ORDERS_NEW) == 0 and elsewhere.count(Metric.INCIDENTS) == 0
    assert elsewhere.count(Metric.PATROL_MISSED) == 0  # a reception desk does not patrol


def test_daily_pdf_reads_back_with_the_area_facts(
    services: Services, staff: Staff, clock: FixedClock, paper: Paper, tmp_path: Path
) -> None:
    day = area_day(services, staff, clock)
    pdf = services.reports.daily_pdf(staff.guard, DAY, None, paper)
    assert all(f.emb and f.uni for f in pdffonts(pdf, tmp_path))
    pages = pdftotext_pages(pdf, tmp_path, raw=True)
    text = "\n".join(pages)
    flat = " ".join(text.split())  # table cells wrap: words of one figure may sit on two lines
    for figure in (
        "New work orders 7",
        "of which complaints 1",
        "Done 1",
        "Closed 1",
        "Open at end of day 5",
        "SLA breaches 3",
        "Log entries 3",
        "Patrol rounds 2",
        "Checkpoints missed 3",
        "Incidents 2",
        "Handovers 1",
        "Handovers refused 1",
        "Items queried 1",
    ):
        assert figure in flat, figure
    for number in day.numbers[1:4]:
        assert number in text
    assert not re.search(rf"(?<!INC-){day.numbers[0]}", text)  # met its deadlines: only in the summary's counts
    assert day.incidents[0] in text and "地庫水管爆裂漏水" in text and day.incidents[1] in text
    assert "due 17:10" in text and "due 09:45" in text
    assert flat.count("round ") == 3 and "外圍巡邏" in text  # each missed round with its own window
    squeezed = "".join(text.split())
    assert "黃大文→何志強:地庫水管已修好嗎?" in squeezed and "未能確認巡邏紀錄" in squeezed
    assert "Work orders by category and status" in text
    for category in ("Lift", "Plumbing", "Noise / neig", "Public area"):  # long names are cut with …
        assert category in text, category
    assert "Repairs and complaints" in flat and "Duty log, patrols and incidents" in flat
    assert "module not installed" not in text  # every area is wired
    assert text.index("Exceptions") < text.index(day.incidents[0]) < text.index("Summary by module")
    assert "路人甲" not in text and "9876" not in text  # the walk-in reporter is not on the daily report


def test_quiet_day_with_every_area_wired_stays_one_page(
    services: Services, staff: Staff, clock: FixedClock, paper: Paper, tmp_path: Path
) -> None:
    quiet_day_with_areas(services, staff, clock)
    pdf = services.reports.daily_pdf(staff.guard, DAY, None, paper)
    assert pdfinfo(pdf, tmp_path).pages == 1
    text = pdftotext_pages(pdf, tmp_path, raw=True)[0]
    assert "No exceptions" in text and "New work orders 1" in text and "Log entries 1" in text
    assert "Page 1 / 1" in text  # a one-job day has no chart: the summary says it


def test_muster_lists_contractors_on_open_jobs_once_under_their_latest_building(
    services: Services, staff: Staff, clock: FixedClock, paper: Paper, tmp_path: Path
) -> None:
    day = area_day(services, staff, clock)
    facts = services.reports.muster_facts(staff.guard)
    assert MusterKind.CONTRACTOR in facts.kinds_present
    assert facts.total == 1 and dict(facts.by_kind)[MusterKind.CONTRACTOR] == 1
    assert [g.building for g in facts.groups] == ["A座"]
    entry = facts.groups[0].entries[0]
    assert (entry.name, entry.place) == ("張工程", "A座 12A · 廚房")
    assert entry.detail == f"迅達 · {day.numbers[1]}、{day.numbers[5]}"
    assert entry.since is not None and entry.since.astimezone(services.zone).strftime("%H:%M") == "16:05"
    text = pdftotext_pages(services.reports.muster_pdf(staff.guard, paper), tmp_path, raw=True)[0]
    assert "Building: A座 (1)" in text and "張工程" in text and "Contractor" in text
    assert "胡先生" not in text and "李師傅" not in text  # on hold; staff technician


def test_monthly_uses_the_kpi_service_and_counts_incidents_by_severity(
    services: Services, staff: Staff, clock: FixedClock, paper: Paper, tmp_path: Path
) -> None:
    area_day(services, staff, clock)
    facts = services.reports.monthly_facts(staff.supervisor, date(2026, 3, 1))
    kpis = services.kpis.month(2026, 3).total

    def value(indicator: Indicator) -> float | None:
        fact = facts.indicator(indicator)
        assert fact is not None, indicator
        return fact.value

    assert value(Indicator.REQUESTS) == kpis.requests == 7
    assert kpis.first_response_s is not None and value(Indicator.RESPONSE_TIME) == kpis.first_response_s / 60
    assert kpis.mttr_s is not None and value(Indicator.MTTR) == kpis.mttr_s / 3600
    assert value(Indicator.SLA_COMPLIANCE) == kpis.sla_compliance
    assert value(Indicator.COMPLAINT_RATE) == kpis.complaint_rate
    assert value(Indicator.SATISFACTION) is None  # no return visit answered yet
    assert value(Indicator.INCIDENTS) == 2
    assert (value(Indicator.INCIDENTS_HIGH), value(Indicator.INCIDENTS_LOW)) == (1, 1)
    assert (value(Indicator.INCIDENTS_CRITICAL), value(Indicator.INCIDENTS_MEDIUM)) == (0, 0)
    assert value(Indicator.PATROL_MISSED) == 3 and value(Indicator.HANDOVERS_REFUSED) == 1
    previous = facts.indicator(Indicator.REQUESTS)
    assert previous is not None and previous.previous == 0.0
    assert facts.work_orders_by_category is not None
    assert {c.category: c.count for c in facts.work_orders_by_category}["lift"] == 2
    pdf = services.reports.monthly_pdf(staff.supervisor, date(2026, 3, 1), paper)
    text = "\n".join(pdftotext_pages(pdf, tmp_path, raw=True))
    assert "Mean time to repair (MTTR)" in text and "SLA compliance" in text
    assert text.index("Incidents") < text.index("of which critical") < text.index("of which low")
    assert "Lift" in text and "Work orders by category" in text
