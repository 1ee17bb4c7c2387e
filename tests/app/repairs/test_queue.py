"""The queue: urgency order, live SLA status recomputed on read, filters and search."""

from __future__ import annotations

from datetime import timedelta

from app.bootstrap import Services
from app.clock import FixedClock
from app.repairs.lifecycle import EndReason, HoldReason, WorkOrderState
from app.repairs.rows import QueueFilter, QueueScope
from app.repairs.sla import ClockState
from app.repairs.sla_policy import Priority, WorkKind
from tests.app.repairs.site import Site, intake
from tests.conftest import Staff


def _numbers(services: Services, wanted: QueueFilter) -> list[str]:
    return [item.row.number for item in services.repairs.reader.page(wanted)]


def test_open_jobs_come_nearest_due_first_and_paused_ones_last(
    services: Services, staff: Staff, site: Site, clock: FixedClock
) -> None:
    repairs = services.repairs
    low = repairs.create(staff.clerk, intake(site, priority=Priority.LOW))  # 001: due in 8 h
    normal = repairs.create(staff.clerk, intake(site))  # 002: due in 4 h
    held = repairs.create(staff.clerk, intake(site, priority=Priority.URGENT))  # 003: would be 1 h
    repairs.hold(staff.clerk, held.id, HoldReason.WAITING_RESIDENT)
    complaint = repairs.create(staff.clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise"))  # 004: 30 min
    done = repairs.create(staff.clerk, intake(site))
    repairs.complete(staff.clerk, done.id)
    assert _numbers(services, QueueFilter()) == [
        complaint.row.number,
        normal.row.number,
        low.row.number,
        held.row.number,
    ]
    assert services.repairs.reader.count(QueueFilter()) == 4
    assert _numbers(services, QueueFilter(scope=QueueScope.CALL_LIST)) == [done.row.number]
    assert [r.number for r in services.repairs.reader.call_list()] == [done.row.number]


def test_countdowns_are_recomputed_on_read(services: Services, staff: Staff, site: Site, clock: FixedClock) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    clock.advance(timedelta(hours=3, minutes=10))  # 50 min left of 4 h: at risk below 48 min (20 %)
    (item,) = services.repairs.reader.page(QueueFilter())
    countdown = item.countdown(clock.now())
    assert countdown is not None and countdown.state is ClockState.OK
    assert countdown.remaining == timedelta(minutes=50)
    clock.advance(timedelta(minutes=5))
    assert item.countdown(clock.now()).state is ClockState.AT_RISK  # type: ignore[union-attr]
    clock.advance(timedelta(hours=1))
    (item,) = services.repairs.reader.page(QueueFilter())
    assert item.countdown(clock.now()).state is ClockState.BREACHED  # type: ignore[union-attr]
    assert job.row.state is WorkOrderState.NEW


def test_search_by_number_unit_reporter_and_phone(services: Services, staff: Staff, site: Site) -> None:
    repairs = services.repairs
    resident_job = repairs.create(staff.clerk, intake(site))
    walk_in = repairs.create(
        staff.clerk,
        intake(
            site, reporter_id=None, reporter_name="路人甲", reporter_phone="6987 1234", unit_id=None, location="停車場"
        ),
    )
    everything = QueueScope.ALL
    assert _numbers(services, QueueFilter(scope=everything, text="260302-002")) == [walk_in.row.number]
    assert _numbers(services, QueueFilter(scope=everything, text="a12a")) == [resident_job.row.number]
    assert _numbers(services, QueueFilter(scope=everything, text="A座12A")) == [resident_job.row.number]
    assert _numbers(services, QueueFilter(scope=everything, text="大文")) == [resident_job.row.number]
    assert _numbers(services, QueueFilter(scope=everything, text="1234")) == [walk_in.row.number]
    assert _numbers(services, QueueFilter(scope=everything, text="路人")) == [walk_in.row.number]
    assert _numbers(services, QueueFilter(scope=everything, text="%")) == []


def test_filters_by_kind_category_priority_and_state(services: Services, staff: Staff, site: Site) -> None:
    repairs = services.repairs
    urgent = repairs.create(staff.clerk, intake(site, priority=Priority.URGENT, category="lift"))
    complaint = repairs.create(staff.clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise"))
    repairs.dispatch(staff.clerk, complaint.id, site.technician_id)
    assert _numbers(services, QueueFilter(kind=WorkKind.COMPLAINT)) == [complaint.row.number]
    assert _numbers(services, QueueFilter(category="lift")) == [urgent.row.number]
    assert _numbers(services, QueueFilter(priority=Priority.URGENT)) == [urgent.row.number]
    assert _numbers(services, QueueFilter(state=WorkOrderState.DISPATCHED)) == [complaint.row.number]
    repairs.cancel(staff.clerk, urgent.id, EndReason.MISTAKE)
    assert _numbers(services, QueueFilter(scope=QueueScope.ENDED)) == [urgent.row.number]


def test_paging(services: Services, staff: Staff, site: Site) -> None:
    for _ in range(5):
        services.repairs.create(staff.clerk, intake(site))
    first = services.repairs.reader.page(QueueFilter(), 0, 3)
    rest = services.repairs.reader.page(QueueFilter(), 3, 3)
    assert len(first) == 3 and len(rest) == 2
    assert {i.row.id for i in first}.isdisjoint({i.row.id for i in rest})
