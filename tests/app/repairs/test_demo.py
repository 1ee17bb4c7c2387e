"""The demo month of repairs: realistic states, and stored SLA fields the service agrees with."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from app.bootstrap import Database
from app.clock import FixedClock
from app.demo.run import run_demo
from app.repairs.lifecycle import WorkOrderState
from app.repairs.rows import QueueFilter, QueueScope
from db.models.repairs import WorkOrder

UNTIL = datetime(2026, 3, 31, 8, 30, tzinfo=UTC)


def test_a_demo_month_has_every_kind_of_job_and_consistent_sla_fields(sqlite_database: Database) -> None:
    clock = FixedClock(UNTIL)
    ctx = run_demo(sqlite_database, clock, visits=0, days=30, seed=7, progress=lambda _m: None)
    repairs = ctx.services.repairs
    everything = repairs.reader.count(QueueFilter(scope=QueueScope.ALL))
    assert 150 < everything <= 6 * 30  # jobs after "now" on the last day are not made
    page = repairs.reader.page(QueueFilter(scope=QueueScope.ALL), 0, everything)
    states = Counter(item.row.state for item in page)
    assert states[WorkOrderState.CLOSED] > 100
    assert states[WorkOrderState.NEW] + states[WorkOrderState.IN_PROGRESS] + states[WorkOrderState.DISPATCHED] > 0
    for item in page[:60]:
        detail = repairs.detail(item.row.id)
        assert detail.events[0].to_state is WorkOrderState.NEW
        assert detail.events[-1].to_state is item.row.state
        if detail.status is not None and item.row.state is WorkOrderState.CLOSED:
            with sqlite_database.sessions.read() as s:
                stored = s.get(WorkOrder, item.row.id)
                assert stored is not None
                assert stored.resolution_due_at == detail.status.resolution_due
    month = ctx.services.kpis.month(2026, 3)
    assert month.total.requests == everything
    assert month.total.satisfaction is not None and 3.5 < month.total.satisfaction < 4.8
    assert month.total.sla_compliance is not None and 70 < month.total.sla_compliance < 100
