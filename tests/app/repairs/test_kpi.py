"""KPIs against hand-computed figures, then the same definitions through the real services."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.repairs.kpi import KpiRow, compute, group, month_bounds, satisfaction_score, sla_outcome
from app.repairs.lifecycle import HoldReason, WorkOrderState
from app.repairs.sla_policy import WorkKind
from tests.app.repairs.site import Site, intake
from tests.conftest import Staff

H = timedelta(hours=1)
T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


def _row(**changes: object) -> KpiRow:
    base = KpiRow(
        id=uuid.uuid4(),
        created_at=T0,
        kind=WorkKind.REPAIR,
        category="plumbing",
        state=WorkOrderState.CLOSED,
        assignee="李師傅",
        responded_at=None,
        resolved_at=None,
        paused_s=0,
        response_due_at=T0 + 4 * H,
        resolution_due_at=T0 + 24 * H,
        response_breached=False,
        resolution_breached=False,
        is_paused=False,
        reopened=False,
        satisfaction=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


FIXTURE = (
    # A: answered in 1 h, fixed in 10 h of which 2 h on hold; very satisfied.
    _row(responded_at=T0 + H, resolved_at=T0 + 10 * H, paused_s=7200, satisfaction=5),
    # B: answered late (5 h > 4 h), fixed in 20 h, satisfied, later reopened.
    _row(category="electrical", responded_at=T0 + 5 * H, resolved_at=T0 + 20 * H, satisfaction=4, reopened=True),
    # C: a complaint answered in 20 min of 30, settled in 2 h, dissatisfied.
    _row(
        kind=WorkKind.COMPLAINT,
        category="noise",
        assignee="",
        responded_at=T0 + timedelta(minutes=20),
        resolved_at=T0 + 2 * H,
        response_due_at=T0 + timedelta(minutes=30),
        satisfaction=2,
    ),
    # D: never answered, long past its 4 h: breached while still open.
    _row(state=WorkOrderState.NEW, assignee="張工程"),
    # E: in progress and still in time: not judged yet.
    _row(
        state=WorkOrderState.IN_PROGRESS,
        created_at=NOW - H,
        responded_at=NOW - timedelta(minutes=30),
        response_due_at=NOW + 3 * H,
        resolution_due_at=NOW + 23 * H,
    ),
    # F: a cancelled suggestion: counted as a request, never judged.
    _row(kind=WorkKind.SUGGESTION, category="other", state=WorkOrderState.CANCELLED, resolution_due_at=None),
    # G: on hold with its (stored) due time passed: the clock is stopped, not breached.
    _row(category="lift", state=WorkOrderState.ON_HOLD, responded_at=T0 + H, is_paused=True),
)


def test_kpis_match_the_hand_computed_figures() -> None:
    figures = compute(FIXTURE, NOW)
    assert (figures.requests, figures.complaints) == (7, 1)
    assert figures.complaint_rate == pytest.approx(100 / 7)
    assert figures.responded == 5
    assert figures.first_response_s == pytest.approx((3600 + 18000 + 1200 + 1800 + 3600) / 5)  # 5,640 s
    assert figures.repairs_resolved == 2
    assert figures.mttr_s == pytest.approx(((10 - 2) * 3600 + 20 * 3600) / 2)  # 14 h: the pause is excluded
    assert (figures.sla_judged, figures.sla_met) == (4, 2)
    assert figures.sla_compliance == pytest.approx(50.0)
    assert (figures.resolved, figures.reopened) == (3, 1)
    assert figures.reopen_rate == pytest.approx(100 / 3)
    assert figures.answers == (0, 1, 0, 1, 1)
    assert figures.satisfaction == pytest.approx((5 + 4 + 2) / 3)


def test_the_satisfaction_formula() -> None:
    assert satisfaction_score((1, 2, 3, 4, 10)) == pytest.approx((1 * 1 + 2 * 2 + 3 * 3 + 4 * 4 + 5 * 10) / 20)
    assert satisfaction_score((0, 0, 0, 0, 0)) is None


def test_sla_outcomes_one_by_one() -> None:
    assert [sla_outcome(r, NOW) for r in FIXTURE] == [True, False, True, False, None, None, None]
    at_due = _row(responded_at=T0 + 4 * H, resolved_at=T0 + 24 * H)
    assert sla_outcome(at_due, NOW) is True  # exactly at the due time is on time


def test_empty_periods_have_no_figures() -> None:
    empty = compute((), NOW)
    assert empty.requests == 0
    assert (empty.first_response_s, empty.mttr_s, empty.sla_compliance, empty.satisfaction) == (None,) * 4


def test_grouping_by_technician_and_category() -> None:
    by_tech = group(FIXTURE, lambda r: r.assignee, NOW)
    assert by_tech["李師傅"].requests == 5
    assert by_tech["李師傅"].mttr_s == pytest.approx(50400)
    assert by_tech[""].complaints == 1
    by_category = group(FIXTURE, lambda r: r.category, NOW)
    assert by_category["plumbing"].requests == 3 and by_category["plumbing"].sla_judged == 2


def test_month_bounds() -> None:
    assert month_bounds(2026, 2) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_bounds(2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))


def test_month_kpis_from_real_work_orders_exclude_paused_time(
    services: Services, staff: Staff, site: Site, clock: FixedClock
) -> None:
    repairs = services.repairs
    job = repairs.create(staff.clerk, intake(site))
    clock.advance(H)
    repairs.dispatch(staff.clerk, job.id, site.technician_id)
    repairs.hold(staff.clerk, job.id, HoldReason.WAITING_RESIDENT)
    clock.advance(3 * H)
    repairs.resume(staff.clerk, job.id)
    clock.advance(2 * H)
    repairs.complete(staff.clerk, job.id)
    repairs.record_visit(staff.clerk, job.id, 4)
    complaint = repairs.create(staff.clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise"))
    clock.advance(H)  # 60 min without answer: breached
    month = services.kpis.month(2026, 3)
    total = month.total
    assert (total.requests, total.complaints) == (2, 1)
    assert total.mttr_s == pytest.approx(3 * 3600)  # 6 h elapsed, 3 h on hold
    assert total.first_response_s == pytest.approx(3600)
    assert (total.sla_judged, total.sla_met) == (2, 1)
    assert total.satisfaction == pytest.approx(4.0)
    assert len(month.by_day) == 31 and month.by_day[1][1].requests == 2  # 2 March, local date
    assert [name for name, _ in month.by_technician] == ["李師傅", ""]
    assert complaint.row.kind is WorkKind.COMPLAINT
