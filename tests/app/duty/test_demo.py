"""The duty demo agrees with the foundation's demo shifts: a shift whose handover was refused and then
closed by the supervisor ended (ENDED, by the supervisor), as ``HandoverService.close`` records it;
a signed handover ended its shift as HANDED_OVER by the outgoing guard."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import select

from app.bootstrap import Database
from app.clock import FixedClock
from app.demo.duty import QUERY_COMMENTS
from app.demo.run import run_demo
from app.duty.common import Acknowledgement, HandoverStatus
from app.handover_sources import HandoverItemKind
from app.permissions import Role
from app.shifts import ShiftStatus
from db.models.core import Shift
from db.models.duty import Handover, HandoverLine

UNTIL = datetime(2026, 3, 31, 8, 30, tzinfo=UTC)


def test_every_ended_booth_shift_has_the_status_its_handover_gives_it(sqlite_database: Database) -> None:
    ctx = run_demo(sqlite_database, FixedClock(UNTIL), visits=0, days=60, seed=11, progress=lambda _m: None)
    supervisor = ctx.account(Role.SUPERVISOR.value).operator_id
    with sqlite_database.sessions.read() as s:
        shifts = {row.id: row for row in s.execute(select(Shift).where(Shift.desk_id == ctx.desks["booth"])).scalars()}
        handovers = list(s.execute(select(Handover)).scalars())
    outcomes: Counter[tuple[str, str]] = Counter()
    for handover in handovers:
        shift = shifts[handover.shift_id]
        outcomes[(handover.status, shift.status)] += 1
        assert shift.ended_at is not None
        if handover.status == HandoverStatus.CLOSED.value:
            assert shift.ended_by_id == supervisor and handover.closed_by_id == supervisor
            assert handover.signed_at is not None and handover.closed_at is not None
            assert handover.compiled_at < handover.signed_at < handover.closed_at <= shift.ended_at
        else:
            assert shift.ended_by_id == shift.operator_id == handover.outgoing_id
            assert handover.signed_at is not None and handover.signed_at <= shift.ended_at
    assert set(outcomes) == {
        (HandoverStatus.SIGNED.value, ShiftStatus.HANDED_OVER.value),
        (HandoverStatus.CLOSED.value, ShiftStatus.ENDED.value),
    }
    assert 0 < outcomes[(HandoverStatus.CLOSED.value, ShiftStatus.ENDED.value)] < len(handovers) * 0.06
    handed = {h.shift_id for h in handovers}
    for shift in shifts.values():
        if shift.ended_at is None:
            assert shift.status == ShiftStatus.OPEN.value
        elif shift.id not in handed:  # nobody took over (yet): a plain end
            assert shift.status == ShiftStatus.ENDED.value


def test_a_demo_query_asks_about_what_it_queries(sqlite_database: Database) -> None:
    run_demo(sqlite_database, FixedClock(UNTIL), visits=0, days=60, seed=11, progress=lambda _m: None)
    with sqlite_database.sessions.read() as s:
        queried = s.execute(
            select(HandoverLine.kind, HandoverLine.ack_comment).where(HandoverLine.ack == Acknowledgement.QUERIED.value)
        ).all()
    assert queried
    for kind, comment in queried:
        assert comment in QUERY_COMMENTS[HandoverItemKind(kind)]
    assert set(QUERY_COMMENTS) == set(HandoverItemKind)  # a new kind of item gets its own questions
