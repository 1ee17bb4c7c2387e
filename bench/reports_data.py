"""The benchmark site of the reports: ``gatehouse demo`` data (repairs and duty, ``--days`` of history)
plus one busy day written through the real services, kept in a folder so runs reuse it.

The busy day is Monday 2 March 2026 (docs/targets.md: 1,500 visits, 300 key events, 150 work orders, 200 log
entries). The demo's own work orders and log entries of that day count towards the 150 and the 200; the
rest are taken at the desks through ``RepairService`` / ``DutyLogService`` from 07:05 to 22:55 and moved
along their life (dispatched, started, some done, some on hold, some cancelled); six incidents are
reported and the 15:00 handover has one item refused and two queried. The visitors and keys areas have
not landed: the benchmark stands in for their facts. The clock then stands at 08:30 the next morning.
"""

from __future__ import annotations

import random
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from app.bootstrap import Services, build_services, open_database  # noqa: E402
from app.clock import FixedClock, day_bounds  # noqa: E402
from app.demo.context import DemoAccount  # noqa: E402
from app.duty.common import Acknowledgement, LogKind  # noqa: E402
from app.duty.incidents import NewIncident  # noqa: E402
from app.duty.log import NewLogEntry  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.permissions import Actor, Role  # noqa: E402
from app.repairs.lifecycle import Channel, EndReason, HoldReason  # noqa: E402
from app.repairs.rows import IntakeFields  # noqa: E402
from app.repairs.sla_policy import Priority, WorkKind  # noqa: E402
from db.models.core import Shift  # noqa: E402
from db.models.directory import Person  # noqa: E402
from db.models.duty import DutyLogEntry  # noqa: E402
from db.models.repairs import WorkOrder  # noqa: E402

BUSY_DAY = date(2026, 3, 2)
DEMO_NOW = datetime(2026, 3, 1, 23, 0, tzinfo=UTC)  # 07:00 on the busy day in Hong Kong
NEXT_MORNING = datetime(2026, 3, 3, 0, 30, tzinfo=UTC)  # 08:30 the day after
WORK_ORDERS = 150
LOG_ENTRIES = 200
DEFAULT_FOLDER = Path("/tmp/gatehouse-bench-reports")
CATEGORIES = ("plumbing", "electrical", "lift", "door_access", "public_area", "cleaning", "security", "other")
LOG_TEXTS = (
    (LogKind.NOTE, "東門閘機運作正常", "東門"),
    (LogKind.NOTE, "送貨車輛登記入內", "北門"),
    (LogKind.PATROL, "巡查停車場，一切正常", "地庫B1"),
    (LogKind.EQUIPMENT_FAULT, "B座大堂燈光閃爍，已報工程部", "B座大堂"),
    (LogKind.NOTE, "住戶投訴樓上噪音，已致電勸喻", "A座"),
)
INCIDENTS = (
    ("flooding", "high", "地庫B2", "地庫水管爆裂漏水"),
    ("lift_entrapment", "critical", "A座2號電梯", "電梯困人，已通知電梯公司"),
    ("suspicious_person", "medium", "北門", "可疑人物徘徊"),
    ("dispute", "low", "停車場", "住戶車位爭執"),
    ("fire_alarm", "medium", "B座15樓", "火警鐘誤鳴"),
    ("injury", "low", "會所", "住戶滑倒擦傷"),
)


@dataclass(frozen=True)
class BenchSite:
    services: Services
    clock: FixedClock
    folder: Path
    work_orders: int  # in the whole database
    day_work_orders: int
    day_log_entries: int


def prepared(days: int, visits: int, folder: Path = DEFAULT_FOLDER, fresh: bool = False) -> BenchSite:
    """Open (building it first if needed) the benchmark site; the clock stands the morning after."""
    place = folder / f"demo-{visits}-{days}"
    ready = place / "ready"
    if fresh and place.exists():
        shutil.rmtree(place)
    paths = DataPaths(place)
    if not ready.exists():
        if place.exists():
            shutil.rmtree(place)
        paths.ensure()
        build(paths, days, visits)
        ready.write_text("ok")
    clock = FixedClock(NEXT_MORNING)
    services = build_services(open_database(paths.database, paths, clock, LocalConfig()), clock)
    start, end = day_bounds(BUSY_DAY, services.zone)
    with services.database.sessions.read() as s:
        total = s.execute(select(func.count()).select_from(WorkOrder)).scalar_one()
        on_day = s.execute(
            select(func.count()).select_from(WorkOrder).where(WorkOrder.created_at >= start, WorkOrder.created_at < end)
        ).scalar_one()
        log = s.execute(
            select(func.count())
            .select_from(DutyLogEntry)
            .where(DutyLogEntry.at >= start, DutyLogEntry.at < end, DutyLogEntry.amends_id.is_(None))
        ).scalar_one()
    return BenchSite(services, clock, place, int(total), int(on_day), int(log))


def build(paths: DataPaths, days: int, visits: int) -> list[DemoAccount]:
    """The demo site up to 07:00 on the busy day, then the busy day; returns the demo accounts."""
    from app.demo.run import run_demo

    started = time.perf_counter()
    clock = FixedClock(DEMO_NOW)
    database = open_database(paths.database, paths, clock, LocalConfig())
    demo = run_demo(database, clock, visits=visits, days=days, seed=1, progress=lambda m: print(f"  {m}", flush=True))
    services = build_services(database, clock)
    _busy_day(services, clock, list(demo.accounts), dict(demo.desks))
    database.dispose()
    print(f"built the benchmark site in {time.perf_counter() - started:.1f} s ({paths.root})", flush=True)
    return list(demo.accounts)


def _busy_day(services: Services, clock: FixedClock, accounts: list[DemoAccount], desks: dict[str, uuid.UUID]) -> None:
    rng = random.Random(2)
    booth, reception = desks["booth"], desks["reception"]
    start, end = day_bounds(BUSY_DAY, services.zone)
    with services.database.sessions.read() as s:
        on_shift = s.execute(
            select(Shift.operator_id).where(Shift.desk_id == booth, Shift.ended_at.is_(None))
        ).scalar_one()
        made = s.execute(
            select(func.count()).select_from(WorkOrder).where(WorkOrder.created_at >= start, WorkOrder.created_at < end)
        ).scalar_one()
        written = s.execute(
            select(func.count()).select_from(DutyLogEntry).where(DutyLogEntry.at >= start, DutyLogEntry.at < end)
        ).scalar_one()
        residents = list(s.execute(select(Person.id, Person.unit_id).where(Person.kind == "resident").limit(200)))
        workers = list(s.execute(select(Person.id).where(Person.kind.in_(("staff", "contractor")))).scalars())

    def sign_in(account: DemoAccount, desk: uuid.UUID) -> Actor:
        return services.auth.login(account.username, account.password, desk)

    guard_account = next(a for a in accounts if a.operator_id == on_shift)
    guard = sign_in(guard_account, booth)
    incoming = next(a for a in accounts if a.role == Role.GUARD.value and a.operator_id != on_shift)
    supervisor = sign_in(next(a for a in accounts if a.role == Role.SUPERVISOR.value), booth)
    clerk = sign_in(next(a for a in accounts if a.role == Role.CLERK.value), reception)
    repairs = services.repairs
    jobs: list[uuid.UUID] = []
    events: list[tuple[datetime, str, object]] = []
    first = start + timedelta(hours=7, minutes=5)
    span = (end - timedelta(hours=1, minutes=5) - first).total_seconds()
    for _ in range(max(0, WORK_ORDERS - made)):
        events.append((first + timedelta(seconds=rng.uniform(0, span)), "job", None))
    for _ in range(max(0, LOG_ENTRIES - written)):
        events.append((first + timedelta(seconds=rng.uniform(0, span)), "log", rng.choice(LOG_TEXTS)))
    for n, incident in enumerate(INCIDENTS):
        events.append((first + timedelta(hours=1 + 2.5 * n), "incident", incident))
    events.append((start + timedelta(hours=15), "handover", None))
    for at, what, payload in sorted(events, key=lambda e: e[0]):
        clock.set(at)
        if what == "job":
            resident = rng.choice(residents)
            kind = WorkKind.COMPLAINT if rng.random() < 0.15 else WorkKind.REPAIR
            fields = IntakeFields(
                kind=kind,
                category="noise" if kind is WorkKind.COMPLAINT else rng.choice(CATEGORIES),
                priority=rng.choice((Priority.URGENT, Priority.NORMAL, Priority.NORMAL, Priority.LOW)),
                channel=Channel.PHONE,
                description="住戶報修：" + rng.choice(("水龍頭漏水", "燈不亮", "門鎖壞", "電梯異響", "走廊有污漬")),
                reporter_id=resident[0],
                unit_id=resident[1],
            )
            jobs.append(repairs.create(clerk, fields).id)
            _move_along(services, clerk, rng, jobs, workers)
        elif what == "log":
            kind, text, place = payload  # type: ignore[misc]
            services.duty_log.add(guard, NewLogEntry(kind.value, text, place))
        elif what == "incident":
            category, severity, place, summary = payload  # type: ignore[misc]
            services.incidents.report(guard, NewIncident(category, severity, place, summary))
        else:
            _handover(services, guard, guard_account, incoming, supervisor)
            guard = sign_in(incoming, booth)
            services.shifts.start(guard, "middle")
    clock.set(end - timedelta(minutes=5))


def _move_along(
    services: Services, actor: Actor, rng: random.Random, jobs: list[uuid.UUID], workers: list[uuid.UUID]
) -> None:
    """Each new job moves an earlier one a step along its life (as the desk does all day)."""
    if len(jobs) < 2:
        return
    job = rng.choice(jobs[:-1])
    state = services.repairs.detail(job).row.state.value
    repairs = services.repairs
    if state == "new":
        repairs.dispatch(actor, job, rng.choice(workers))
    elif state == "dispatched":
        repairs.start(actor, job)
    elif state == "in_progress":
        choice = rng.random()
        if choice < 0.7:
            repairs.complete(actor, job)
        elif choice < 0.9:
            repairs.hold(actor, job, HoldReason.WAITING_PARTS)
        else:
            repairs.cancel(actor, job, EndReason.WITHDRAWN)


def _handover(
    services: Services, guard: Actor, outgoing: DemoAccount, incoming: DemoAccount, supervisor: Actor
) -> None:
    handover = services.handovers.compile(guard)
    for position, item in enumerate(handover.items):
        decision, comment = Acknowledgement.ACCEPTED.value, ""
        if position == 0:
            decision, comment = Acknowledgement.REFUSED.value, "未能確認，要求班長處理"
        elif position in (1, 2):
            decision, comment = Acknowledgement.QUERIED.value, "已通知工程部了嗎?"
        services.handovers.acknowledge(guard, item.id, incoming.operator_id, decision, comment)
    services.handovers.sign(guard, handover.id, outgoing.pin, incoming.operator_id, incoming.pin)
    services.handovers.close(supervisor, handover.id, "班長到場確認")
