"""The area fixture day: Monday 2 March 2026 (Hong Kong) at the booth, built through the real repairs
and duty services, then the next morning. What the reports must say about it is in ``AreaDay``.

09:00 黃大文 starts the early shift; route R1 (every 2 h: CP-01 東門, CP-02 會所)
09:05 WO1 plumbing, A座 12A — dispatched to 李師傅 10:00, started 10:30, done 14:00
09:10 WO2 lift, urgent, B座 3B — dispatched to the contractor 張工程 09:20, in progress 09:40;
      its 8 h fix-by (17:10) passes: SLA breach (urgent)
09:15 WO3 noise complaint, A座 12A — nobody answers within 30 min: SLA breach 09:45
09:20 log: gate checked; 09:35 round 1 reaches CP-01 only (CP-02 missed in 09:00–11:00)
10:15 incident INC-260302-001 flooding (high) 地庫B2
11:00 log: lights fault (amended at 11:10: the amendment is not a new entry)
11:10 round 2 reaches CP-01 and CP-02; no round in 13:00–15:00 (both missed)
12:00 WO4 electrical, low, walk-in 路人甲 (+852 6123 9876) at 會所 — no answer by 20:00: SLA breach
12:30 WO5 cleaning — cancelled 12:45 (withdrawn)
13:30 incident INC-260302-002 dispute (low) 停車場; 13:40 log: delivery
15:00 handover to 何志強: the flooding incident queried, CP-01 refused; signed, so REFUSED;
      15:30 the supervisor closes it (the shift ends)
16:00 WO6 lift, A座 12A — dispatched to 張工程 16:05 (so he is on site for two jobs)
16:30 WO7 public area, B座 3B — dispatched to the contractor 胡先生 16:40, started, on hold 17:00
Next morning, 08:30 on 3 March: the reports are printed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.bootstrap import Services
from app.clock import FixedClock
from app.directory import PersonFields, PersonKind
from app.duty.common import Acknowledgement, LogKind
from app.duty.incidents import NewIncident
from app.duty.log import NewLogEntry
from app.handover_sources import HandoverItemKind
from app.operators import NewOperator
from app.permissions import Role
from app.repairs.lifecycle import EndReason, HoldReason
from app.repairs.sla_policy import Priority, WorkKind
from tests.app.repairs.site import Site, intake, make_directory
from tests.app.reports.daydata import quiet_day
from tests.conftest import PINS, STAFF_PASSWORD, Staff

DAY = date(2026, 3, 2)
NEXT_MORNING = datetime(2026, 3, 3, 0, 30, tzinfo=UTC)  # 08:30 on Tuesday in Hong Kong
INCOMING_PIN = "3579"
WALK_IN_PHONE = "+852 6123 9876"


@dataclass(frozen=True)
class AreaDay:
    site: Site
    numbers: tuple[str, ...]  # WO1 … WO7
    contractor_id: uuid.UUID
    incoming_id: uuid.UUID
    incidents: tuple[str, ...]
    log_entry_id: uuid.UUID  # the amended one


def _at(clock: FixedClock, hour: int, minute: int = 0) -> None:
    """Move the clock to a local time of the fixture day (Hong Kong is UTC+8)."""
    clock.set(datetime(2026, 3, 2, hour - 8, minute, tzinfo=UTC))


def area_day(services: Services, staff: Staff, clock: FixedClock) -> AreaDay:
    site = make_directory(services, staff)
    d, repairs, clerk, guard = services.directory, services.repairs, staff.clerk, staff.guard
    b_block = d.add_building(clerk, "b", "B座")
    b_unit = d.add_unit(clerk, b_block.id, "3b", "3")
    cleaner = d.add_person(
        clerk, PersonFields(PersonKind.CONTRACTOR, "胡先生", "6234 5678", role="清潔", company="潔美清潔")
    )
    incoming = services.operators.create(
        staff.admin, NewOperator("ho", "何志強", Role.GUARD, STAFF_PASSWORD, INCOMING_PIN)
    )
    _at(clock, 9)
    shift = services.shifts.start(guard, "early")
    guard = guard.with_shift(shift.id)
    route = services.patrols.add_route(staff.supervisor, "R1", "外圍巡邏", 120, 30)
    for code, name, place in (("CP-01", "東門", "東門崗外"), ("CP-02", "會所", "會所入口")):
        route = services.patrols.add_checkpoint(staff.supervisor, route.id, code, name, place)
    cp1, cp2 = route.checkpoints

    _at(clock, 9, 5)
    wo1 = repairs.create(clerk, intake(site))
    _at(clock, 9, 10)
    wo2 = repairs.create(
        clerk, intake(site, category="lift", priority=Priority.URGENT, unit_id=b_unit.id, location="2號電梯")
    )
    _at(clock, 9, 15)
    wo3 = repairs.create(
        clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise", description="樓上深夜噪音", location="")
    )
    _at(clock, 9, 20)
    services.duty_log.add(guard, NewLogEntry(LogKind.NOTE.value, "東門閘機運作正常", "東門"))
    repairs.dispatch(guard, wo2.id, site.contractor_id)
    _at(clock, 9, 35)
    patrol = services.patrols.start_round(guard, route.id)
    services.patrols.reach(guard, patrol.id, checkpoint_id=cp1.id)
    services.patrols.finish_round(guard, patrol.id)
    _at(clock, 9, 40)
    repairs.start(guard, wo2.id)
    _at(clock, 10)
    repairs.dispatch(guard, wo1.id, site.technician_id)
    _at(clock, 10, 15)
    flood = services.incidents.report(
        guard, NewIncident("flooding", "high", "地庫B2", "地庫水管爆裂漏水", "", "已關總閥")
    )
    _at(clock, 10, 30)
    repairs.start(guard, wo1.id)
    _at(clock, 11)
    fault = services.duty_log.add(guard, NewLogEntry(LogKind.EQUIPMENT_FAULT.value, "B座大堂燈光閃爍", "B座大堂"))
    _at(clock, 11, 10)
    services.duty_log.amend(guard, fault.id, "B座大堂燈光閃爍，已報工程部", "補充資料")
    patrol = services.patrols.start_round(guard, route.id)
    services.patrols.reach(guard, patrol.id, scanned_code="CP-01")
    services.patrols.reach(guard, patrol.id, checkpoint_id=cp2.id)
    services.patrols.finish_round(guard, patrol.id)
    _at(clock, 12)
    wo4 = repairs.create(
        clerk,
        intake(
            site,
            category="electrical",
            priority=Priority.LOW,
            reporter_id=None,
            reporter_name="路人甲",
            reporter_phone=WALK_IN_PHONE,
            unit_id=None,
            location="會所",
            description="=1+1 會所冷氣不凍",  # typed like a formula: must stay text in the export
        ),
    )
    _at(clock, 12, 30)
    wo5 = repairs.create(clerk, intake(site, category="cleaning", description="大堂地板有污漬"))
    _at(clock, 12, 45)
    repairs.cancel(clerk, wo5.id, EndReason.WITHDRAWN)
    _at(clock, 13, 30)
    dispute = services.incidents.report(guard, NewIncident("dispute", "low", "停車場", "住戶車位爭執"))
    _at(clock, 13, 40)
    services.duty_log.add(guard, NewLogEntry(LogKind.NOTE.value, "收到住戶包裹，已通知取件", "大堂"))
    _at(clock, 14)
    repairs.complete(guard, wo1.id)

    _at(clock, 15)
    handover = services.handovers.compile(guard)
    for item in handover.items:
        decision, comment = Acknowledgement.ACCEPTED.value, ""
        if item.kind is HandoverItemKind.INCIDENT_OPEN and "地庫" in item.subject:
            decision, comment = Acknowledgement.QUERIED.value, "地庫水管已修好嗎?"
        elif item.kind is HandoverItemKind.PATROL_MISSED and item.subject.startswith("CP-01"):
            decision, comment = Acknowledgement.REFUSED.value, "未能確認巡邏紀錄"
        services.handovers.acknowledge(guard, item.id, incoming.id, decision, comment)
    services.handovers.sign(guard, handover.id, PINS[Role.GUARD], incoming.id, INCOMING_PIN)
    _at(clock, 15, 30)
    services.handovers.close(staff.supervisor, handover.id, "班長到場確認巡邏紀錄")

    _at(clock, 16)
    wo6 = repairs.create(clerk, intake(site, category="lift", description="電梯門關得太慢"))
    _at(clock, 16, 5)
    repairs.dispatch(clerk, wo6.id, site.contractor_id)
    _at(clock, 16, 30)
    wo7 = repairs.create(
        clerk, intake(site, category="public_area", unit_id=b_unit.id, location="平台花園", description="花園燈柱損壞")
    )
    _at(clock, 16, 40)
    repairs.dispatch(clerk, wo7.id, cleaner.id)
    _at(clock, 16, 50)
    repairs.start(clerk, wo7.id)
    _at(clock, 17)
    repairs.hold(clerk, wo7.id, HoldReason.WAITING_PARTS)
    clock.set(NEXT_MORNING)
    numbers = tuple(w.row.number for w in (wo1, wo2, wo3, wo4, wo5, wo6, wo7))
    return AreaDay(
        site,
        numbers,
        site.contractor_id,
        incoming.id,
        (flood.incident.number, dispute.incident.number),
        fault.id,
    )


def quiet_day_with_areas(services: Services, staff: Staff, clock: FixedClock) -> None:
    """The quiet fixture day (``daydata.quiet_day``) with one work order dispatched and one log entry."""
    site = make_directory(services, staff)
    services.duty_log.add(staff.guard, NewLogEntry(LogKind.NOTE.value, "東門閘機運作正常", "東門"))
    job = services.repairs.create(staff.clerk, intake(site))
    clock.advance(timedelta(minutes=30))
    services.repairs.dispatch(staff.clerk, job.id, site.technician_id)
    quiet_day(services, staff, clock)
