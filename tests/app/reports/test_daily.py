"""The daily report: foundation facts (shifts, approvals, refused sign-ins, audit head) plus area
sources, read back from the PDF with pdftotext / pdffonts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import ValidationError
from app.permissions import END_OTHERS_SHIFT, Role
from app.reports.daily_pdf import short_fingerprint
from app.reports.facts import ExceptionKind, Metric, Module
from app.reports.paper import Paper
from app.reports.service import RULE_FUTURE
from app.reports.work import ReportCancelled
from app.severity import Severity
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.app.reports.conftest import MakeReports
from tests.app.reports.daydata import quiet_day
from tests.app.reports.fakes import FakeRepairs, FakeVisitors
from tests.conftest import PINS, Staff

DAY = date(2026, 3, 2)


def test_quiet_day_facts_come_from_the_foundation(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports
) -> None:
    expected = quiet_day(services, staff, clock)
    facts = make_reports().daily_facts(staff.supervisor, DAY)
    assert facts.complete
    assert facts.modules == (Module.ACCESS,)
    assert [(s.operator_name, s.pattern, s.status) for s in facts.shifts] == [
        ("黃大文", "early", "ended"),
        ("陳小美", "early", "ended"),
    ]
    assert facts.shifts[1].ended_by == "黃大文"
    assert [(a.approver_name, a.requested_by, a.permission) for a in facts.approvals] == [
        ("李班長", "黃大文", "shifts.end_others")
    ]
    assert [(r.operator_name, r.kind.value, r.failures) for r in facts.refused_sign_ins] == [("黃大文", "login", 1)]
    assert facts.count(Metric.SHIFTS) == expected.shifts
    assert facts.count(Metric.REFUSED_SIGN_INS) == expected.refused
    with services.database.sessions.read() as s:
        last = services.audit.verify(s)
    assert facts.audit_head.seq == last.entries_checked
    assert facts.audit_head.entry_hash == last.head_hash
    assert facts.audit_head.entries_in_period == last.entries_checked
    assert facts.exceptions == ()


def test_quiet_day_pdf_is_one_page_with_the_cjk_font_embedded(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    quiet_day(services, staff, clock)
    reports = make_reports()
    facts = reports.daily_facts(staff.guard, DAY)
    pdf = reports.daily_pdf(staff.guard, DAY, None, paper)
    assert pdfinfo(pdf, tmp_path).pages == 1
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(f.emb and f.uni for f in fonts)
    text = pdftotext_pages(pdf, tmp_path, raw=True)[0]
    assert "Daily report 2026-03-02" in text
    assert "翠湖花園" in text and "Whole site" in text
    assert "No exceptions" in text
    assert text.count("黃大文") >= 3  # guard's shift, ended the clerk's shift, refused sign-in, approval
    assert "陳小美" in text and "李班長" in text
    flat = " ".join(text.split())
    assert f"entry No. {facts.audit_head.seq}, fingerprint {short_fingerprint(facts.audit_head.entry_hash)}" in flat
    assert " ".join(facts.audit_head.entry_hash[n : n + 4] for n in range(0, 16, 4)) in flat
    assert "0000 0000" not in text and "gatehouse audit" not in text  # no zero block, no command line
    assert "Page 1 / 1" in text and "Printed by: 黃大文" in text


def test_desk_filter_keeps_that_desk_only(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports
) -> None:
    quiet_day(services, staff, clock)
    visitors = FakeVisitors()
    facts = make_reports(daily=[visitors]).daily_facts(staff.guard, DAY, staff.desk_id)
    assert facts.desk_name == "東門崗"
    assert [s.operator_name for s in facts.shifts] == ["黃大文"]
    assert visitors.calls == [(facts.day_start, facts.day_end, staff.desk_id)]
    assert facts.approvals[0].desk_name == "東門崗"


def test_exceptions_lead_most_severe_first_with_area_facts(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    quiet_day(services, staff, clock)
    reports = make_reports(daily=[FakeVisitors(), FakeRepairs()])
    facts = reports.daily_facts(staff.guard, DAY)
    assert [(e.severity, e.kind) for e in facts.exceptions] == [
        (Severity.URGENT, ExceptionKind.SLA_BREACH),
        (Severity.URGENT, ExceptionKind.WATCHLIST_HIT),
        (Severity.WARNING, ExceptionKind.OVERSTAY),
    ]
    assert facts.modules == (Module.VISITORS, Module.REPAIRS, Module.ACCESS)
    assert facts.count(Metric.VISITS_IN) == 3
    assert facts.visitors_per_hour is not None and sum(facts.visitors_per_hour) == 3
    text = pdftotext_pages(reports.daily_pdf(staff.guard, DAY, None, paper), tmp_path, raw=True)[0]
    exceptions_at = text.index("Exceptions")
    summary_at = text.index("Summary by module")
    assert exceptions_at < text.index("SLA breached") < text.index("Watchlist hit") < text.index("Visitor overstay")
    assert text.index("Visitor overstay") < summary_at
    assert "WO-000001" in text and "水管爆裂" in text and "due 01:00" in text
    assert "張三" in text and "A座 12樓C室" in text
    assert "Visitors per hour" in text and "Work orders by category and status" in text
    assert "水電" in text and "電梯" in text
    assert "Keys" in text and "not installed" in text  # the modules that did not contribute are named


def test_busy_day_breaks_cleanly_across_pages(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    quiet_day(services, staff, clock)
    reports = make_reports(daily=[FakeRepairs(breaches=120)])
    pdf = reports.daily_pdf(staff.guard, DAY, None, paper)
    pages = pdftotext_pages(pdf, tmp_path, raw=True)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page
        assert "Daily report 2026-03-02" in page
    assert "Severity" in pages[1]  # the table header repeats on the next page
    body = "\n".join(pages)
    assert all(f"WO-{n:06d}" in body for n in range(1, 121))
    assert "Audit chain" in pages[-1] and "Reviewed by (supervisor)" in pages[-1]


def test_today_is_marked_incomplete_and_the_future_is_refused(
    services: Services, staff: Staff, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    reports = make_reports()
    today = reports.daily_facts(staff.guard, DAY)
    assert not today.complete
    text = pdftotext_pages(reports.daily_pdf(staff.guard, DAY, None, paper), tmp_path, raw=True)[0]
    assert "not over: figures up to 2026-03-02 09:00" in text
    with pytest.raises(ValidationError) as error:
        reports.daily_facts(staff.guard, date(2026, 3, 3))
    assert (error.value.field, error.value.rule) == ("day", RULE_FUTURE)


def test_progress_and_cancel(services: Services, staff: Staff, make_reports: MakeReports, paper: Paper) -> None:
    reports = make_reports(daily=[FakeVisitors(), FakeRepairs()])
    seen: list[tuple[int, int]] = []
    reports.daily_pdf(staff.guard, DAY, None, paper, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    asked: list[int] = []

    def cancel_after_first() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(ReportCancelled):
        reports.daily_pdf(staff.guard, DAY, None, paper, cancelled=cancel_after_first)


def test_every_role_may_read_the_daily_report_and_the_cli_needs_no_actor(
    staff: Staff, make_reports: MakeReports
) -> None:
    reports = make_reports()
    for role in Role:
        actor = {Role.ADMIN: staff.admin, Role.SUPERVISOR: staff.supervisor, Role.GUARD: staff.guard}.get(
            role, staff.clerk
        )
        assert reports.daily_facts(actor, DAY).day == DAY
    assert reports.daily_facts(None, DAY).shifts == ()


def test_labels_reword_everything(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    quiet_day(services, staff, clock)
    from app.reports.labels import ReportLabels

    words = {"daily.title": "日報 {date}", "daily.exceptions": "異常事項", "document.page": "第 {page} / {pages} 頁"}
    chinese = replace(paper, labels=ReportLabels.from_lookup(words.get))
    text = pdftotext_pages(make_reports().daily_pdf(staff.guard, DAY, None, chinese), tmp_path, raw=True)[0]
    assert "日報 2026-03-02" in text and "異常事項" in text and "第 1 / 1 頁" in text
    assert "Shifts and operators" in text  # words the lookup lacks fall back to English


def test_approvals_are_named_in_words_not_codes(
    services: Services, staff: Staff, clock: FixedClock, paper: Paper, tmp_path: Path
) -> None:
    shift = services.shifts.start(staff.guard)
    approval = services.auth.approve(
        staff.supervisor.operator_id, PINS[Role.SUPERVISOR], END_OTHERS_SHIFT, "急病", staff.clerk
    )
    services.shifts.end(staff.clerk, shift.id, approval)
    day = clock.now().astimezone(services.zone).date()
    clock.advance(timedelta(days=1))
    text = pdftotext_pages(services.reports.daily_pdf(staff.guard, day, None, paper), tmp_path, raw=True)[0]
    assert "End another operator's shift" in text and "shifts.end_others" not in text
