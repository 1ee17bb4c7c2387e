"""The key register in the daily report, the muster list, the monthly report and the loan export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.clock import day_bounds
from app.exports.registry import ExportFilter, ExportKind
from app.keys.rows import Borrower, BorrowerKind
from app.reports.facts import ExceptionKind, Indicator, Metric, Module, MusterKind
from app.reports.labels import ReportLabels
from app.reports.paper import Paper
from tests.app.keys.conftest import Estate
from tests.app.printing.pdftools import pdftotext_pages


def _day(estate: Estate) -> None:
    """Monday: a key out and overdue, one back late, one lost, a count with one key (K-2) missing."""
    roof, pump, gate, spare = (
        estate.add_key(t, label)
        for t, label in (("K-1", "天台門"), ("K-2", "水泵房"), ("K-3", "閘門"), ("K-4", "後備"))
    )
    now = estate.clock.now()
    keys, guard = estate.keys, estate.staff.guard
    keys.issue(guard, roof.id, estate.staff_borrower(), due_at=now + timedelta(hours=1))
    estate.clock.advance(timedelta(seconds=1))
    late = keys.issue(guard, pump.id, estate.staff_borrower(), due_at=now + timedelta(minutes=30))
    estate.clock.advance(timedelta(hours=2))
    keys.return_key(guard, late.id)
    estate.services.key_inventory.report_lost(guard, gate.id, "巡邏時遺失")
    estate.services.key_counts.record(guard, [spare.id], note="K-2 不在")


def test_the_daily_report_leads_with_overdue_lost_and_count_differences(estate: Estate, tmp_path: Path) -> None:
    _day(estate)
    day = estate.clock.now().astimezone(estate.services.zone).date()
    facts = estate.services.reports.daily_facts(estate.staff.supervisor, day)
    kinds = [(e.kind, e.subject) for e in facts.exceptions if e.kind.value.startswith("key")]
    assert kinds == [
        (ExceptionKind.KEY_OVERDUE, "K-1 天台門"),
        (ExceptionKind.KEY_LOST, "K-3 閘門"),
        (ExceptionKind.KEY_COUNT_DIFFERENCE, "K-2"),
    ]
    counts = {c.metric: c.value for c in facts.counts_of(Module.KEYS)}
    assert counts == {
        Metric.KEYS_ISSUED: 2,
        Metric.KEYS_RETURNED: 1,
        Metric.KEYS_OUT_AT_END: 1,
        Metric.KEYS_OVERDUE: 1,
        Metric.KEYS_LOST: 1,
        Metric.KEY_COUNTS: 1,
        Metric.KEY_COUNT_DIFFERENCES: 1,
    }
    other_desk = next(d.id for d in estate.services.site.desks() if d.id != estate.staff.desk_id)
    at_reception = estate.services.reports.daily_facts(estate.staff.supervisor, day, other_desk)
    assert {c.metric: c.value for c in at_reception.counts_of(Module.KEYS)}[Metric.KEYS_ISSUED] == 0
    paper = Paper(estate.services.site_row.name, "李班長", estate.clock.now(), estate.services.zone, ReportLabels())
    pdf = estate.services.reports.daily_pdf(estate.staff.supervisor, day, None, paper)
    text = "".join(pdftotext_pages(pdf, tmp_path, raw=True))
    assert "K-1 天台門" in text and "K-3 閘門" in text


def test_a_day_not_over_counts_overdue_by_now_not_by_midnight(estate: Estate) -> None:
    key = estate.add_key("K-9", "會所")
    estate.keys.issue(
        estate.staff.guard, key.id, estate.staff_borrower(), due_at=estate.clock.now() + timedelta(hours=3)
    )
    day = estate.clock.now().astimezone(estate.services.zone).date()
    facts = estate.services.reports.daily_facts(estate.staff.supervisor, day)
    assert {c.metric: c.value for c in facts.counts_of(Module.KEYS)}[Metric.KEYS_OVERDUE] == 0


def test_key_holders_are_on_the_muster_list(estate: Estate) -> None:
    roof, pump = estate.add_key("K-1", "天台門"), estate.add_key("K-2", "水泵房")
    estate.keys.issue(estate.staff.guard, roof.id, estate.staff_borrower())
    estate.keys.issue(estate.staff.guard, pump.id, estate.staff_borrower())
    muster = estate.services.reports.muster_facts(estate.staff.guard)
    holders = [e for group in muster.groups for e in group.entries if e.kind is MusterKind.KEY_HOLDER]
    assert [(h.name, h.place, h.detail) for h in holders] == [("何家樂", "天台門", "保安員 · K-1 天台門、K-2 水泵房")]
    assert MusterKind.KEY_HOLDER in muster.kinds_present


def test_the_month_counts_loans_and_keys_that_went_overdue(estate: Estate) -> None:
    _day(estate)
    month = estate.clock.now().astimezone(estate.services.zone).date()
    facts = estate.services.reports.monthly_facts(estate.staff.supervisor, month)
    values = {i.indicator: i.value for i in facts.indicators if i.module is Module.KEYS}
    assert values == {Indicator.KEY_LOANS: 2.0, Indicator.OVERDUE_KEYS: 2.0}


def test_the_loans_export_words_its_codes(estate: Estate, tmp_path: Path) -> None:
    _day(estate)
    start, end = day_bounds(estate.clock.now().astimezone(estate.services.zone).date(), estate.services.zone)
    path = tmp_path / "loans.xlsx"
    exports = estate.services.exports
    words = {"code.borrower_kind.staff": "員工", "code.loan_state.returned_late": "逾期歸還"}.get
    result = exports.export(estate.staff.supervisor, ExportKind.KEYS, ExportFilter(start, end), path, words)
    assert result.rows == 2 and ExportKind.KEYS in exports.kinds()
    rows = [[c.value for c in row] for row in load_workbook(path).active.iter_rows(min_row=5)]
    assert [(r[0], r[3], r[15]) for r in rows] == [("K-1", "員工", "overdue"), ("K-2", "員工", "逾期歸還")]
    assert rows[1][14] == 91  # 90 minutes and 1 second late: 91 minutes
    assert exports.count(ExportKind.KEYS, ExportFilter(end, end + timedelta(days=1))) == 0
    assert Borrower(BorrowerKind.STAFF).kind == "staff"
