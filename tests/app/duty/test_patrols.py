"""Patrols: routes, rounds by tick or scan, and missed / late checkpoints computed with the clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.common import CheckMethod, CheckpointState
from app.duty.patrols import PatrolSource, RouteRow
from app.errors import Conflict, PermissionDenied, ValidationError, ValidationErrors
from app.handover_sources import HandoverItemKind
from tests.conftest import Staff


def _route(services: Services, staff: Staff, interval: int = 60, duration: int = 20) -> RouteRow:
    route = services.patrols.add_route(staff.supervisor, "r1", "外圍巡邏", interval, duration)
    for code, name in (("cp-01", "東門"), ("cp-02", "停車場")):
        route = services.patrols.add_checkpoint(staff.supervisor, route.id, code, name, "")
    return route


def test_routes_keep_their_checkpoints_in_order_and_codes_are_unique(services: Services, staff: Staff) -> None:
    route = _route(services, staff)
    assert route.code == "R1" and [c.code for c in route.checkpoints] == ["CP-01", "CP-02"]
    assert [c.position for c in route.checkpoints] == [1, 2]
    with pytest.raises(ValidationError) as dup:
        services.patrols.add_checkpoint(staff.supervisor, route.id, "ＣＰ－０１", "重複")
    assert (dup.value.field, dup.value.rule) == ("checkpoint_code", "duplicate")
    with pytest.raises(ValidationErrors) as bad:
        services.patrols.add_route(staff.supervisor, "", "", "abc", 5)
    assert {e.field for e in bad.value.errors} == {"route_code", "route_name", "interval_minutes"}
    with pytest.raises(ValidationError) as longer:
        services.patrols.add_route(staff.supervisor, "R2", "x", 30, 45)
    assert longer.value.field == "round_minutes"
    with pytest.raises(PermissionDenied) as denied:
        services.patrols.add_route(staff.guard, "R3", "x", 60, 20)
    assert denied.value.approvable


def test_a_round_by_tick_and_scan(services: Services, staff: Staff, clock: FixedClock) -> None:
    route = _route(services, staff)
    patrol = services.patrols.start_round(staff.guard, route.id)
    with pytest.raises(Conflict):
        services.patrols.start_round(staff.guard, route.id)
    clock.advance(timedelta(minutes=3))
    patrol = services.patrols.reach(staff.guard, patrol.id, scanned_code=" cp-01\n".strip())
    first = patrol.checkpoints[0]
    assert (first.method, first.reached_at) == (CheckMethod.SCAN, clock.now())
    with pytest.raises(Conflict) as again:
        services.patrols.reach(staff.guard, patrol.id, scanned_code="CP-01")
    assert again.value.reason == "already_reached"
    with pytest.raises(ValidationError) as unknown:
        services.patrols.reach(staff.guard, patrol.id, scanned_code="NOPE-1")
    assert unknown.value.rule == "unknown_checkpoint"
    other = services.patrols.add_route(staff.supervisor, "R9", "另一條", 60, 20)
    other = services.patrols.add_checkpoint(staff.supervisor, other.id, "X-1", "別處")
    with pytest.raises(Conflict) as wrong:
        services.patrols.reach(staff.guard, patrol.id, scanned_code="X-1")
    assert wrong.value.reason == "wrong_route"
    finished = services.patrols.finish_round(staff.guard, patrol.id)
    assert [c.checkpoint.code for c in finished.missed] == ["CP-02"]
    with pytest.raises(Conflict):
        services.patrols.reach(staff.guard, patrol.id, checkpoint_id=route.checkpoints[1].id)
    assert services.patrols.open_round(staff.desk_id) is None


def test_missed_and_late_checkpoints_follow_the_clock(services: Services, staff: Staff, clock: FixedClock) -> None:
    route = _route(services, staff, interval=60, duration=20)
    start = clock.now()
    patrol = services.patrols.start_round(staff.guard, route.id)
    clock.advance(timedelta(minutes=5))
    services.patrols.reach(staff.guard, patrol.id, checkpoint_id=route.checkpoints[0].id)  # on time
    clock.advance(timedelta(minutes=30))
    services.patrols.reach(staff.guard, patrol.id, checkpoint_id=route.checkpoints[1].id, anomaly="閘門未鎖")  # late
    services.patrols.finish_round(staff.guard, patrol.id)

    def states(at_minutes: int) -> list[tuple[int, str, CheckpointState]]:
        rows = services.patrols.windows(staff.desk_id, start, start + timedelta(minutes=at_minutes))
        return [(int((r.window_start - start).total_seconds() // 60), r.checkpoint.code, r.state) for r in rows]

    assert states(59) == [(0, "CP-01", CheckpointState.REACHED), (0, "CP-02", CheckpointState.LATE)]
    assert states(61) == [
        (0, "CP-01", CheckpointState.REACHED),
        (0, "CP-02", CheckpointState.LATE),
        (60, "CP-01", CheckpointState.PENDING),
        (60, "CP-02", CheckpointState.PENDING),
    ]
    assert states(120)[2:] == [(60, "CP-01", CheckpointState.MISSED), (60, "CP-02", CheckpointState.MISSED)]
    items = PatrolSource(services.patrols).handover_items(staff.desk_id, start, start + timedelta(minutes=180))
    assert {i.kind for i in items} == {HandoverItemKind.PATROL_MISSED}
    by_code = {i.subject.split()[0]: i for i in items}
    assert dict(by_code["CP-01"].facts)["missed"] == "2" and dict(by_code["CP-02"].facts)["late"] == "1"


def test_a_retired_checkpoint_is_not_due(services: Services, staff: Staff, clock: FixedClock) -> None:
    route = _route(services, staff)
    services.patrols.set_checkpoint_active(staff.supervisor, route.checkpoints[1].id, False)
    rows = services.patrols.windows(staff.desk_id, clock.now(), clock.now() + timedelta(minutes=61))
    assert {r.checkpoint.code for r in rows} == {"CP-01"}
    patrol = services.patrols.start_round(staff.guard, route.id)
    assert [c.checkpoint.code for c in patrol.checkpoints] == ["CP-01"]
