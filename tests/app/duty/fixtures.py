"""A fixture shift at the booth with one open matter of every handover kind.

The visitors, keys and repairs areas are built in parallel; their handover sources are represented
here by small in-test sources returning the facts those areas will provide (edge fakes of other
areas). The duty area's own sources are the real ones.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.handover import HandoverService
from app.duty.incidents import IncidentSource, NewIncident
from app.duty.log import InstructionSource, NewLogEntry
from app.duty.patrols import PatrolSource
from app.handover_sources import HandoverItem, HandoverItemKind, HandoverSource, KeyCountResult
from app.operators import NewOperator
from app.permissions import Actor, Role
from app.severity import Severity
from tests.conftest import PINS, STAFF_PASSWORD, Staff

INCOMING_PIN = "3579"


class FakeVisitorsSource:
    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        return [
            HandoverItem(
                HandoverItemKind.VISITOR_ON_SITE, "visit", "v-1", "陳大明", "A座12樓B室", now - timedelta(hours=1)
            ),
            HandoverItem(
                HandoverItemKind.VISITOR_OVERSTAY,
                "visit",
                "v-2",
                "李志強",
                "B座3樓A室",
                now - timedelta(hours=5),
                now - timedelta(hours=2),
                Severity.WARNING,
                (("pass", "P-017"),),
            ),
        ]


class FakeKeysSource:
    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        return [
            HandoverItem(HandoverItemKind.KEY_OUT, "key_loan", "k-1", "K-012 天台門", "天台", now - timedelta(hours=2)),
            HandoverItem(
                HandoverItemKind.KEY_OVERDUE,
                "key_loan",
                "k-2",
                "K-031 水泵房",
                "地庫",
                now - timedelta(hours=6),
                now - timedelta(hours=1),
                Severity.WARNING,
                (("borrower", "張師傅"),),
            ),
            HandoverItem(
                HandoverItemKind.KEY_COUNT,
                "key_count",
                "kc-1",
                "",
                since=now - timedelta(minutes=30),
                severity=Severity.WARNING,
                facts=(("result", KeyCountResult.DIFFERENCES.value), ("differences", "1")),
            ),
            HandoverItem(
                HandoverItemKind.KEY_COUNT_DIFFERENCE,
                "key_count",
                "kc-1",
                "K-044 會所",
                "",
                now - timedelta(minutes=30),
                severity=Severity.WARNING,
                facts=(("expected", "1"), ("counted", "0")),
            ),
        ]


class FakeRepairsSource:
    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        return [
            HandoverItem(
                HandoverItemKind.WORK_ORDER_OPEN, "work_order", "w-1", "WO-000123", "C座大堂", now - timedelta(hours=3)
            ),
            HandoverItem(
                HandoverItemKind.WORK_ORDER_AT_RISK,
                "work_order",
                "w-2",
                "WO-000124",
                "A座電梯",
                now - timedelta(hours=3),
                now + timedelta(minutes=40),
                Severity.WARNING,
            ),
            HandoverItem(
                HandoverItemKind.WORK_ORDER_BREACHED,
                "work_order",
                "w-3",
                "WO-000099",
                "地庫水管",
                now - timedelta(hours=30),
                now - timedelta(hours=6),
                Severity.URGENT,
            ),
        ]


def other_area_sources() -> list[HandoverSource]:
    return [FakeVisitorsSource(), FakeKeysSource(), FakeRepairsSource()]


def handover_service(services: Services, extra: list[HandoverSource] | None = None) -> HandoverService:
    """The handover service over the duty area's real sources plus the other areas' (fakes here)."""
    own: list[HandoverSource] = [
        InstructionSource(services.database.sessions),
        PatrolSource(services.patrols),
        IncidentSource(services.incidents),
    ]
    return HandoverService(
        services.database.sessions,
        services.clock,
        services.audit,
        services.auth,
        services.shifts,
        [*own, *(other_area_sources() if extra is None else extra)],
    )


@dataclass
class ShiftFixture:
    services: Services
    staff: Staff
    clock: FixedClock
    outgoing: Actor  # the guard on duty, shift open
    incoming_id: uuid.UUID
    handovers: HandoverService
    route_id: uuid.UUID

    @property
    def outgoing_pin(self) -> str:
        return PINS[Role.GUARD]


def add_incoming_guard(services: Services, staff: Staff) -> uuid.UUID:
    row = services.operators.create(
        staff.admin, NewOperator("cheung", "張國強", Role.GUARD, STAFF_PASSWORD, INCOMING_PIN)
    )
    return row.id


def fixture_shift(services: Services, staff: Staff, clock: FixedClock) -> ShiftFixture:
    """Guard 黃大文 works 09:00–12:00: an instruction, an incident, a patrol round that misses a checkpoint."""
    guard = staff.guard
    shift = services.shifts.start(guard, "early")
    guard = guard.with_shift(shift.id)
    supervisor = staff.supervisor
    route = services.patrols.add_route(supervisor, "R1", "外圍巡邏", 60, 20)
    for code, name, place in (("CP-01", "東門", "東門"), ("CP-02", "停車場", "地庫B1"), ("CP-03", "天台", "A座天台")):
        route = services.patrols.add_checkpoint(supervisor, route.id, code, name, place)
    services.duty_log.add(supervisor, NewLogEntry("instruction", "今晚十時前巡查B座後樓梯", "B座"))
    clock.advance(timedelta(minutes=10))
    patrol = services.patrols.start_round(guard, route.id)
    services.patrols.reach(guard, patrol.id, scanned_code="CP-01")
    clock.advance(timedelta(minutes=5))
    services.patrols.reach(guard, patrol.id, checkpoint_id=route.checkpoints[1].id, anomaly="B1 燈壞")
    services.patrols.finish_round(guard, patrol.id)  # CP-03 not reached
    clock.advance(timedelta(minutes=30))
    services.incidents.report(guard, NewIncident("flooding", "high", "地庫B1", "地庫水浸", "", "已關總閥"))
    clock.advance(timedelta(hours=2, minutes=15))  # 12:00: three windows have passed
    return ShiftFixture(
        services, staff, clock, guard, add_incoming_guard(services, staff), handover_service(services), route.id
    )
