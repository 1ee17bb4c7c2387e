"""The muster list (grouped by building, partial areas) and the monthly KPI report (comparison)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import PermissionDenied, ValidationError
from app.reports.facts import Indicator, Module, MusterKind
from app.reports.paper import Paper
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.app.reports.conftest import MakeReports
from tests.app.reports.daydata import quiet_day
from tests.app.reports.fakes import FakeKeys, FakeRepairs, FakeVisitors
from tests.conftest import Staff


def test_muster_groups_by_building_with_named_buildings_first(staff: Staff, make_reports: MakeReports) -> None:
    facts = make_reports(muster=[FakeVisitors(), FakeKeys()]).muster_facts(staff.guard)
    assert [g.building for g in facts.groups] == ["A座", "B座", ""]
    assert [(e.kind, e.name) for e in facts.groups[0].entries] == [
        (MusterKind.VISITOR, "張三"),
        (MusterKind.KEY_HOLDER, "陳師傅"),
    ]
    assert facts.total == 4
    assert dict(facts.by_kind) == {MusterKind.VISITOR: 3, MusterKind.KEY_HOLDER: 1}
    assert facts.kinds_present == {MusterKind.VISITOR, MusterKind.KEY_HOLDER}


def test_muster_pdf_lists_everyone_and_names_what_is_not_recorded(
    staff: Staff, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    pdf = make_reports(muster=[FakeVisitors(), FakeKeys()]).muster_pdf(staff.guard, paper)
    assert all(f.emb for f in pdffonts(pdf, tmp_path))
    text = pdftotext_pages(pdf, tmp_path, raw=True)[0]
    assert "Muster list: everyone on site" in text
    assert "Building: A座 (2)" in text and "Building: B座 (1)" in text and "No building recorded (1)" in text
    for name in ("張三", "李四", "王五", "陳師傅"):
        assert name in text
    assert "P-0012" in text and "K-012 A座天台門" in text
    assert "Total on site 4" in text
    assert "(module not installed): Contractor" in text
    assert "Roll call by" in text


def test_muster_with_no_area_installed_says_so(
    staff: Staff, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    reports = make_reports()
    assert reports.muster_facts(staff.clerk).groups == ()
    text = pdftotext_pages(reports.muster_pdf(staff.clerk, paper), tmp_path, raw=True)[0]
    assert "Nobody is recorded on site." in text
    assert "Visitor、Contractor、Key holder" in text


def test_monthly_compares_with_the_previous_month(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports
) -> None:
    quiet_day(services, staff, clock)
    facts = make_reports(monthly=[FakeVisitors(), FakeRepairs()]).monthly_facts(staff.supervisor, date(2026, 3, 17))
    assert facts.month == date(2026, 3, 1) and facts.previous_month == date(2026, 2, 1)
    assert not facts.complete
    assert facts.modules == (Module.VISITORS, Module.REPAIRS, Module.ACCESS)
    response = facts.indicator(Indicator.RESPONSE_TIME)
    assert response is not None and (response.value, response.previous, response.improved) == (42.0, 55.0, True)
    mttr = facts.indicator(Indicator.MTTR)
    assert mttr is not None and mttr.improved is False
    satisfaction = facts.indicator(Indicator.SATISFACTION)
    assert satisfaction is not None and satisfaction.previous is None and satisfaction.change is None
    shifts = facts.indicator(Indicator.SHIFTS)
    assert shifts is not None and (shifts.value, shifts.previous) == (2.0, 0.0)
    assert facts.visits_per_day is not None and len(facts.visits_per_day) == 31
    assert facts.previous_visits_per_day is not None and len(facts.previous_visits_per_day) == 28
    assert facts.work_orders_by_category is not None


def test_monthly_pdf(
    services: Services, staff: Staff, clock: FixedClock, make_reports: MakeReports, paper: Paper, tmp_path: Path
) -> None:
    quiet_day(services, staff, clock)
    pdf = make_reports(monthly=[FakeVisitors(), FakeRepairs()]).monthly_pdf(staff.supervisor, date(2026, 3, 1), paper)
    assert pdfinfo(pdf, tmp_path).pages == 1
    text = pdftotext_pages(pdf, tmp_path, raw=True)[0]
    assert "Monthly KPI report 2026-03" in text
    assert "Response time 42.0 min 55.0 min −13.0 min (better)" in text
    assert "Mean time to repair (MTTR) 20.5 h 18.0 h +2.5 h (worse)" in text
    assert "Satisfaction score 4.25 / 5 —" in text
    assert "Visitors per day" in text and "水電" in text
    assert "Incidents、Overdue keys" in text  # guide indicators no installed area measures


def test_monthly_needs_a_supervisor_or_an_approval(staff: Staff, make_reports: MakeReports) -> None:
    with pytest.raises(PermissionDenied) as denied:
        make_reports().monthly_facts(staff.guard, date(2026, 2, 1))
    assert denied.value.approvable
    with pytest.raises(ValidationError):
        make_reports().monthly_facts(staff.supervisor, date(2026, 4, 1))
