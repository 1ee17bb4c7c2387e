"""Demo repairs and complaints: a realistic history of work orders with their events.

How many: ``max(WORK_ORDERS_PER_DAY × days, visits ÷ VISITS_PER_WORK_ORDER)`` (the busy day of docs/targets.md
is 1,500 visits and 150 work orders). ``gatehouse demo --visits 300 --days 30`` gives a month of about
six jobs a day; the benchmarks call ``generate_work_orders(ctx, 200_000)`` directly.

Old jobs went the whole way (dispatched, sometimes on hold, done, return visit, closed; a few
rejected, cancelled or reopened); recent ones are still in the queue, some at risk or breached.
Stored SLA fields are computed with the same engine the service uses (``compute_status``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from app.demo.context import DemoContext
from app.directory import PersonKind, ResidentRole, unit_search_key
from app.repairs.calendar import ALWAYS_OPEN
from app.repairs.config import DEFAULT_CATEGORIES
from app.repairs.lifecycle import OPEN_STATES, Action, Channel, EndReason, HoldReason, WorkOrderState
from app.repairs.sla import ClockState, Pause, SlaHistory, compute_status, next_due
from app.repairs.sla_policy import DEFAULT_POLICY, Priority, WorkKind
from app.search import name_search_key
from db.models.directory import Building, Person, Unit
from db.models.repairs import WorkOrder, WorkOrderEvent

WORK_ORDERS_PER_DAY = 6
VISITS_PER_WORK_ORDER = 10
BUILDINGS = (("A", "A座"), ("B", "B座"), ("C", "C座"))
FLOORS = 20
FLATS_PER_FLOOR = ("A", "B", "C", "D")
SURNAMES = "陳李張黃王林劉吳何鄭梁謝周許曾馮蔡"
GIVEN = ("大文", "美玲", "志強", "嘉欣", "子軒", "麗華", "偉傑", "秀英", "家豪", "詠詩", "國榮", "婉婷")
TECHNICIANS = (("李師傅", "水電"), ("趙師傅", "木工"), ("孫師傅", "冷氣"), ("周師傅", "雜項"))
CONTRACTORS = (("張工程", "升降機", "迅達升降機"), ("鄧經理", "消防", "安保消防"), ("胡先生", "清潔", "潔美清潔"))
DESCRIPTIONS = {
    "plumbing": ("廚房水龍頭漏水", "浴室去水慢，疑似淤塞", "天花滲水，樓上單位可能漏水", "熱水爐無熱水"),
    "electrical": ("客廳燈不亮", "總掣經常跳掣", "走廊燈閃爍", "插座燒焦味"),
    "lift": ("B座二號升降機停在十樓不動", "升降機門開關異響", "升降機按鈕失靈"),
    "door_access": ("大堂門禁卡失效", "後樓梯防煙門關不上", "信箱鎖損壞"),
    "public_area": ("平台花園地磚鬆脫", "停車場照明不足", "會所泳池欄杆生鏽"),
    "noise": ("樓上深夜裝修噪音", "鄰居狗隻長時間吠叫", "冷氣機外機噪音"),
    "cleaning": ("垃圾房異味", "走廊有雜物堆放", "外牆有鳥糞"),
    "security": ("陌生人在停車場徘徊", "閉路電視畫面中斷", "後門經常被打開"),
    "other": ("查詢管理費單據", "建議增設單車停泊位", "讚揚保安員熱心幫忙"),
}
KIND_WEIGHTS = ((WorkKind.REPAIR, 75), (WorkKind.COMPLAINT, 15), (WorkKind.SUGGESTION, 6), (WorkKind.PRAISE, 4))
PRIORITY_WEIGHTS = ((Priority.URGENT, 10), (Priority.NORMAL, 75), (Priority.LOW, 15))
CATEGORY_WEIGHTS = (30, 20, 8, 10, 10, 8, 6, 4, 4)
CHANNEL_WEIGHTS = ((Channel.PHONE, 55), (Channel.WALK_IN, 30), (Channel.PATROL, 15))
SATISFACTION_WEIGHTS = ((5, 45), (4, 35), (3, 12), (2, 5), (1, 3))
HOUR = timedelta(hours=1)
RECENT = timedelta(days=2)  # jobs younger than this may still be open
STALLED_SHARE = 0.55


@dataclass
class _Directory:
    units: list[uuid.UUID]
    residents: list[tuple[uuid.UUID, str, str, uuid.UUID | None]]  # id, name, phone, unit
    technicians: list[uuid.UUID]
    contractors: list[uuid.UUID]


@dataclass
class _Job:
    """One simulated job: its row values and events, built step by step."""

    ctx: DemoContext
    row: dict[str, Any]
    created: datetime
    events: list[dict[str, Any]] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)

    def event(self, at: datetime, action: Action, to: WorkOrderState, actor: Any, **extra: Any) -> None:
        self.events.append(
            {
                **self.ctx.synced(at, self.ctx.desks["reception"]),
                "work_order_id": self.row["id"],
                "seq": len(self.events) + 1,
                "at": at,
                "action": action.value,
                "from_state": self.row["state"] if self.events else None,
                "to_state": to.value,
                "actor_id": actor.operator_id,
                "actor_name": actor.display_name,
                "approver_id": None,
                "reason": extra.get("reason"),
                "note": extra.get("note", ""),
                "assignee_id": extra.get("assignee_id"),
                "satisfaction": extra.get("satisfaction"),
                "related_id": None,
            }
        )
        self.row["state"] = to.value
        self.row["updated_at"] = at


def _ensure_directory(ctx: DemoContext) -> _Directory:
    """Buildings, units, residents, technicians and contractors (made once; other areas share them)."""
    engine = ctx.database.engine
    with engine.connect() as c:
        empty = not c.execute(select(func.count()).select_from(Unit)).scalar_one()
    if empty:
        _make_directory(ctx)
    with engine.connect() as c:
        units = list(c.execute(select(Unit.id)).scalars())
        residents = [
            (r[0], r[1], r[2] or "", r[3])
            for r in c.execute(
                select(Person.id, Person.name, Person.phone, Person.unit_id).where(
                    Person.kind == PersonKind.RESIDENT.value
                )
            )
        ]
        staff = list(c.execute(select(Person.id).where(Person.kind == PersonKind.STAFF.value)).scalars())
        contractors = list(c.execute(select(Person.id).where(Person.kind == PersonKind.CONTRACTOR.value)).scalars())
    if not staff or not contractors:
        staff, contractors = _make_technicians(ctx)
    return _Directory(units, residents, staff, contractors)


def _person(ctx: DemoContext, kind: PersonKind, name: str, phone: str, **values: Any) -> dict[str, Any]:
    return {
        **ctx.synced(ctx.local(ctx.first_day, 8)),
        "kind": kind.value,
        "name": name,
        "name_key": name_search_key(name),
        "phone": phone,
        "phone_reversed": phone[::-1],
        "unit_id": values.get("unit_id"),
        "role": values.get("role", ""),
        "company": values.get("company", ""),
        "notes": "",
        "active": True,
    }


def _make_directory(ctx: DemoContext) -> None:
    rng = ctx.rng
    buildings, units, people = [], [], []
    for order, (code, name) in enumerate(BUILDINGS):
        building = {**ctx.synced(ctx.local(ctx.first_day, 8)), "code": code, "name": name, "sort_order": order}
        buildings.append({**building, "active": True})
        for floor in range(1, FLOORS + 1):
            for flat in FLATS_PER_FLOOR:
                unit_code = f"{floor}{flat}"
                unit = {
                    **ctx.synced(ctx.local(ctx.first_day, 8)),
                    "building_id": building["id"],
                    "code": unit_code,
                    "floor": str(floor),
                    "search_key": unit_search_key(code, unit_code),
                    "active": True,
                }
                units.append(unit)
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
                phone = f"+852{rng.choice('569')}{rng.randrange(10**6, 10**7)}"
                people.append(
                    _person(ctx, PersonKind.RESIDENT, name, phone, unit_id=unit["id"], role=ResidentRole.OWNER.value)
                )
    ctx.bulk(Building.__table__, buildings)  # type: ignore[arg-type]
    ctx.bulk(Unit.__table__, units)  # type: ignore[arg-type]
    ctx.bulk(Person.__table__, people)  # type: ignore[arg-type]
    ctx.progress(f"directory: {len(buildings)} buildings, {len(units)} units, {len(people)} residents")


def _make_technicians(ctx: DemoContext) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    rng = ctx.rng
    staff = [
        _person(ctx, PersonKind.STAFF, name, f"+8529{rng.randrange(10**6, 10**7)}", role=role)
        for name, role in TECHNICIANS
    ]
    contractors = [
        _person(ctx, PersonKind.CONTRACTOR, name, f"+8522{rng.randrange(10**6, 10**7)}", role=role, company=company)
        for name, role, company in CONTRACTORS
    ]
    ctx.bulk(Person.__table__, staff + contractors)  # type: ignore[arg-type]
    return [p["id"] for p in staff], [p["id"] for p in contractors]


def _pick(ctx: DemoContext, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return ctx.rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _simulate(ctx: DemoContext, job: _Job, d: _Directory, now: datetime) -> None:
    """Walk a job through its life as far as ``now`` allows."""
    rng = ctx.rng
    clerk = rng.choice(ctx.accounts_with("clerk"))
    guard = rng.choice(ctx.accounts_with("guard", "supervisor"))
    kind = WorkKind(job.row["kind"])
    response_s = job.row["response_target_s"] or 4 * 3600
    job.event(job.created, Action.CREATE, WorkOrderState.NEW, clerk)
    if rng.random() < 0.03:
        at = job.created + timedelta(minutes=rng.randrange(5, 60))
        if at < now:
            job.event(at, Action.REJECT, WorkOrderState.REJECTED, clerk, reason=EndReason.DUPLICATE.value)
            job.row["closed_at"] = at
        return
    late = rng.random() < 0.08  # some answers come after the target
    t = job.created + timedelta(seconds=rng.uniform(0.05, 1.6 if late else 0.9) * response_s)
    if t > now:
        return
    if kind in (WorkKind.SUGGESTION, WorkKind.PRAISE):
        job.row["responded_at"] = job.row["resolved_at"] = t
        job.event(t, Action.COMPLETE, WorkOrderState.DONE, clerk, note="已轉交管理處")
    else:
        assignee = rng.choice(d.contractors if job.row["category"] == "lift" else d.technicians)
        job.row["responded_at"], job.row["assignee_id"] = t, assignee
        job.event(t, Action.DISPATCH, WorkOrderState.DISPATCHED, guard, assignee_id=assignee)
        t += timedelta(minutes=rng.randrange(10, 120))
        if t > now:
            return
        job.event(t, Action.START, WorkOrderState.IN_PROGRESS, guard)
        if rng.random() < 0.2:
            t += timedelta(minutes=rng.randrange(10, 90))
            if t > now:
                return
            reason = rng.choice(list(HoldReason)[:3])
            job.event(t, Action.HOLD, WorkOrderState.ON_HOLD, guard, reason=reason.value)
            start = t
            t += timedelta(hours=rng.uniform(1, 30))
            if t > now:
                job.pauses.append(Pause(start, None))
                job.row.update(hold_since=start, held_from_state=WorkOrderState.IN_PROGRESS.value, is_paused=True)
                return
            job.pauses.append(Pause(start, t))
            job.row["paused_s"] += int((t - start).total_seconds())
            job.event(t, Action.RESUME, WorkOrderState.IN_PROGRESS, guard)
        if rng.random() < 0.02:
            t += timedelta(minutes=rng.randrange(5, 60))
            if t <= now:
                job.event(t, Action.CANCEL, WorkOrderState.CANCELLED, clerk, reason=EndReason.WITHDRAWN.value)
                job.row["closed_at"] = t
            return
        resolution_s = job.row["resolution_target_s"] or 24 * 3600
        t += timedelta(seconds=rng.uniform(0.05, 1.3 if late else 0.8) * resolution_s)
        if t > now:
            return
        job.row["resolved_at"] = t
        job.event(t, Action.COMPLETE, WorkOrderState.DONE, guard, note="已完成")
    for _attempt in range(3):
        t += timedelta(hours=rng.uniform(4, 48))
        if t > now:
            return
        job.row["visit_attempts"] += 1
        if rng.random() < 0.15:
            job.event(t, Action.VISIT_UNREACHED, WorkOrderState.RETURN_VISIT, clerk)
            continue
        score = _pick(ctx, SATISFACTION_WEIGHTS)
        comment = "" if score > 2 else "維修人員遲到"
        job.row["satisfaction"] = score
        job.event(t, Action.VISIT_ANSWERED, WorkOrderState.CLOSED, clerk, satisfaction=score, note=comment)
        job.row["closed_at"] = t
        return


def _finish(job: _Job, now: datetime) -> None:
    """The SLA fields the service would have stored at the job's last transition."""
    row = job.row
    state = WorkOrderState(row["state"])
    row["is_open"] = state in OPEN_STATES
    row["event_count"] = len(job.events)
    target = DEFAULT_POLICY.target_for(row["category"], Priority(row["priority"]), WorkKind(row["kind"]))
    last = job.events[-1]["at"]
    history = SlaHistory(job.created, row["responded_at"], row["resolved_at"], tuple(job.pauses))
    status = compute_status(history, target, ALWAYS_OPEN, last)
    row["response_due_at"], row["resolution_due_at"] = status.response_due, status.resolution_due
    row["response_breached"] = status.response is not None and status.response.breached
    row["resolution_breached"] = status.resolution is not None and status.resolution.breached
    running = next_due(status) if row["is_open"] else None
    row["next_due_at"] = None if running is None else running.due
    if running is not None:
        row["sla_state"] = running.state.value
    else:
        row["sla_state"] = (ClockState.BREACHED if status.breached else ClockState.MET).value


def _jobs(ctx: DemoContext, count: int, d: _Directory) -> Iterator[_Job]:
    rng, now = ctx.rng, ctx.clock.now()
    days = ctx.day_list()
    per_day = max(1, count // len(days))
    extra = count - per_day * len(days)
    categories = list(DEFAULT_CATEGORIES)
    for index, day in enumerate(days):
        today = sorted(
            ctx.local(day, 7) + timedelta(seconds=rng.randrange(0, 15 * 3600))
            for _ in range(per_day + (1 if index < extra else 0))
        )
        for serial, created in enumerate(today, start=1):
            if created > now:
                continue
            kind = _pick(ctx, KIND_WEIGHTS)
            category = rng.choices(categories, CATEGORY_WEIGHTS)[0]
            if kind is WorkKind.COMPLAINT:
                category = rng.choice(("noise", "cleaning", "security", "public_area"))
            priority = _pick(ctx, PRIORITY_WEIGHTS)
            target = DEFAULT_POLICY.target_for(category, priority, kind)
            resident = rng.choice(d.residents) if d.residents and rng.random() < 0.85 else None
            name = resident[1] if resident else rng.choice(SURNAMES) + rng.choice(("先生", "小姐", "太太"))
            phone = resident[2] if resident else f"+8526{rng.randrange(10**6, 10**7)}"
            row: dict[str, Any] = {
                **ctx.synced(created, ctx.desks["reception"]),
                "number": f"{day:%y%m%d}-{serial:03d}",
                "kind": kind.value,
                "category": category,
                "priority": priority.value,
                "channel": _pick(ctx, CHANNEL_WEIGHTS).value,
                "state": WorkOrderState.NEW.value,
                "reporter_id": resident[0] if resident else None,
                "reporter_name": name,
                "reporter_name_key": name_search_key(name),
                "reporter_phone": phone,
                "reporter_phone_reversed": phone[::-1],
                "unit_id": resident[3] if resident else rng.choice(d.units),
                "location": rng.choice(("", "", "廚房", "浴室", "大堂", "停車場")),
                "description": rng.choice(DESCRIPTIONS[category]),
                "created_by_id": None,
                "assignee_id": None,
                "reopened_from_id": None,
                "reopened": False,
                "source_kind": None,
                "source_id": None,
                "response_target_s": None if target.response is None else int(target.response.total_seconds()),
                "resolution_target_s": None if target.resolution is None else int(target.resolution.total_seconds()),
                "calendar_kind": target.calendar_kind.value,
                "responded_at": None,
                "resolved_at": None,
                "closed_at": None,
                "hold_since": None,
                "held_from_state": None,
                "paused_s": 0,
                "is_paused": False,
                "visit_attempts": 0,
                "satisfaction": None,
            }
            job = _Job(ctx, row, created)
            limit = now
            if now - created < RECENT and rng.random() < STALLED_SHARE:  # still in the queue today
                limit = min(now, created + timedelta(hours=rng.uniform(0.2, 30)))
            _simulate(ctx, job, d, limit)
            _finish(job, now)
            yield job


def generate_work_orders(ctx: DemoContext, count: int) -> int:
    directory = _ensure_directory(ctx)
    events: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    written = 0
    for job in _jobs(ctx, count, directory):
        rows.append(job.row)
        events.extend(job.events)
        if len(rows) >= 5000:
            written += ctx.bulk(WorkOrder.__table__, rows)  # type: ignore[arg-type]
            ctx.bulk(WorkOrderEvent.__table__, events)  # type: ignore[arg-type]
            rows, events = [], []
    written += ctx.bulk(WorkOrder.__table__, rows)  # type: ignore[arg-type]
    ctx.bulk(WorkOrderEvent.__table__, events)  # type: ignore[arg-type]
    ctx.progress(f"work orders: {written}")
    return written


def generate(ctx: DemoContext) -> None:
    generate_work_orders(ctx, max(WORK_ORDERS_PER_DAY * ctx.days, ctx.visits // VISITS_PER_WORK_ORDER))
