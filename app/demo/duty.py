"""Demo data of the duty area: patrol routes, emergency contacts and plans, and for every booth shift
of the demo period its log entries, patrol rounds (some checkpoints missed), incidents and the
handover to the next guard (mostly accepted, a few queried, now and then one refused and closed by
the supervisor). Deterministic per seed; written with Core bulk inserts."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update

from app.demo.context import DemoContext
from app.duty.common import (
    DEFAULT_INCIDENT_CATEGORIES,
    Acknowledgement,
    CheckMethod,
    HandoverStatus,
    IncidentEventKind,
    IncidentStatus,
    LogKind,
)
from app.handover_sources import HandoverItemKind
from app.permissions import Role
from app.severity import Severity, of_incident
from app.shifts import ShiftStatus
from app.visitors.model import VisitStatus
from db.models.core import Shift
from db.models.directory import Building, Unit
from db.models.duty import (
    DutyLogEntry,
    EmergencyContact,
    EmergencyPlan,
    Handover,
    HandoverLine,
    Incident,
    IncidentEvent,
    PatrolCheckpoint,
    PatrolRound,
    PatrolRoute,
    PatrolVisit,
)
from db.models.repairs import WorkOrder
from db.models.visitors import Visit

ROUTES = (
    (
        "R1",
        "外圍巡邏",
        120,
        30,
        (
            ("CP-01", "東門", "東門崗外"),
            ("CP-02", "北門", "北門"),
            ("CP-03", "會所", "會所入口"),
            ("CP-04", "泳池", "泳池機房"),
            ("CP-05", "垃圾房", "後巷"),
            ("CP-06", "西面圍牆", "西面圍牆"),
        ),
    ),
    (
        "R2",
        "停車場及機房",
        180,
        30,
        (
            ("CP-11", "停車場B1", "地庫B1"),
            ("CP-12", "停車場B2", "地庫B2"),
            ("CP-13", "水泵房", "地庫B2"),
            ("CP-14", "電錶房", "地庫B1"),
        ),
    ),
)
CONTACTS = (
    ("報警 / 消防 / 救護", "999", "緊急情況"),
    ("管理處主任 陳志明", "+852 9123 4567", "24小時"),
    ("電梯公司 24小時熱線", "+852 2345 6789", "困人先報"),
    ("工程部當值", "+852 6234 5678", "水電"),
    ("消防系統保養公司", "+852 2890 1234", "火警鐘誤鳴"),
)
PLANS = {
    "fire_alarm": "1. 查看火警控制板，確認位置\n2. 派人到場查看\n3. 確認火警即致電999，疏散住戶\n4. 通知管理處主任",
    "flooding": "1. 關閉相關水閥\n2. 放置防滑牌及沙包\n3. 通知工程部\n4. 拍照記錄",
    "lift_entrapment": "1. 以對講機安撫被困人士\n2. 致電電梯公司\n3. 記錄被困人數及時間\n4. 如有不適即致電999",
    "theft": "1. 保護現場\n2. 致電警方\n3. 翻查閉路電視\n4. 通知住戶",
    "injury": "1. 檢查傷者情況\n2. 如有需要致電999\n3. 記錄事發經過",
}
LOG_TEXTS = (
    (LogKind.NOTE, "東門閘機運作正常", "東門"),
    (LogKind.NOTE, "收到住戶包裹，已通知取件", "大堂"),
    (LogKind.PATROL, "巡查停車場，一切正常", "地庫B1"),
    (LogKind.EQUIPMENT_FAULT, "B座大堂燈光閃爍，已報工程部", "B座大堂"),
    (LogKind.NOTE, "清潔公司到場清洗外牆", "外牆"),
    (LogKind.NOTE, "住戶投訴樓上噪音，已致電勸喻", "A座"),
    (LogKind.DRILL, "消防演習完成", "會所"),
    (LogKind.NOTE, "送水工人登記入內", "北門"),
)
INSTRUCTIONS = ("今晚加強巡查C座後樓梯", "留意可疑推銷人員", "泳池今日維修，禁止進入", "明早八時電力公司到場")
INCIDENTS = (
    ("flooding", "high", "地庫B2", "地庫水管爆裂漏水"),
    ("lift_entrapment", "high", "A座2號電梯", "電梯困人"),
    ("suspicious_person", "medium", "北門", "可疑人物徘徊"),
    ("dispute", "low", "停車場", "住戶車位爭執"),
    ("fire_alarm", "medium", "B座15樓", "火警鐘誤鳴"),
    ("theft", "medium", "單車房", "單車被盜"),
    ("injury", "low", "會所", "住戶滑倒擦傷"),
)
# What an incoming guard asks about an item, by kind (a query must make sense for what it queries).
QUERY_COMMENTS: dict[HandoverItemKind, tuple[str, ...]] = {
    HandoverItemKind.PATROL_MISSED: ("漏巡原因？已補巡了嗎？", "補巡是幾點？"),
    HandoverItemKind.KEY_OUT: ("鑰匙在誰手上？", "借用人幾時歸還？"),
    HandoverItemKind.KEY_OVERDUE: ("已聯絡借用人了嗎？", "鑰匙在誰手上？"),
    HandoverItemKind.KEY_COUNT: ("點算了嗎？",),
    HandoverItemKind.KEY_COUNT_DIFFERENCE: ("點算時少了哪一條？已查明了嗎？",),
    HandoverItemKind.WORK_ORDER_OPEN: ("已通知工程部了嗎？", "師傅幾時到？"),
    HandoverItemKind.WORK_ORDER_AT_RISK: ("已通知工程部了嗎？", "住戶是否已回覆？"),
    HandoverItemKind.WORK_ORDER_BREACHED: ("已通知工程部了嗎？", "住戶是否已回覆？"),
    HandoverItemKind.INCIDENT_OPEN: ("已通知班長了嗎？", "跟進到哪一步？"),
    HandoverItemKind.VISITOR_ON_SITE: ("訪客幾時離開？",),
    HandoverItemKind.VISITOR_OVERSTAY: ("已聯絡受訪住戶了嗎？", "訪客幾時離開？"),
    HandoverItemKind.INSTRUCTION: ("這項指示仍然有效嗎？",),
}
MISS_CHANCE = 0.06
SKIP_ROUND_CHANCE = 0.08
ANOMALY_CHANCE = 0.03
INCIDENT_PER_SHIFT = 0.35
QUERY_CHANCE = 0.08
REFUSE_CHANCE = 0.02
SIGNED_LEAD = timedelta(minutes=5)  # compiled this long before the shift's end, signed at the end
REFUSED_LEAD = timedelta(minutes=30)  # refused early enough for the supervisor to close it by the end
OPEN_INCIDENT_DAYS = 2


@dataclass
class _Rows:
    log: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    handovers: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    # Shift rows whose end the handover decides: (shift id, status, ended by, instant written).
    shift_ends: list[tuple[uuid.UUID, ShiftStatus, uuid.UUID, datetime]] = field(default_factory=list)


def generate(ctx: DemoContext) -> None:
    booth = ctx.desks["booth"]
    supervisor = ctx.account(Role.SUPERVISOR.value).operator_id
    routes = _routes(ctx)
    _references(ctx, supervisor)
    with ctx.database.sessions.read() as s:
        shifts = list(
            s.execute(
                select(Shift.id, Shift.operator_id, Shift.started_at, Shift.ended_at)
                .where(Shift.desk_id == booth)
                .order_by(Shift.started_at)
            )
        )
    rows = _Rows()
    now = ctx.clock.now()
    numbers: dict[str, int] = {}
    open_matters = _OpenMatters.load(ctx)
    for index, (shift_id, guard, start, end) in enumerate(shifts):
        until = end or now
        _log(ctx, rows, booth, shift_id, guard, supervisor, start, until)
        missed = _patrols(ctx, rows, booth, shift_id, guard, routes, start, until)
        incidents = _incidents(ctx, rows, booth, shift_id, guard, supervisor, start, until, now, numbers)
        if end is not None and index + 1 < len(shifts):
            incoming = shifts[index + 1][1]
            _handover(ctx, rows, booth, shift_id, guard, incoming, supervisor, end, missed, incidents, open_matters)
        elif end is not None:  # ended with nobody to take over (yet): a plain end, not a handover
            rows.shift_ends.append((shift_id, ShiftStatus.ENDED, guard, end))
    counts = [
        ctx.bulk(DutyLogEntry.__table__, rows.log),  # type: ignore[arg-type]
        ctx.bulk(PatrolRound.__table__, rows.rounds),  # type: ignore[arg-type]
        ctx.bulk(PatrolVisit.__table__, rows.visits),  # type: ignore[arg-type]
        ctx.bulk(Incident.__table__, rows.incidents),  # type: ignore[arg-type]
        ctx.bulk(IncidentEvent.__table__, rows.events),  # type: ignore[arg-type]
        ctx.bulk(Handover.__table__, rows.handovers),  # type: ignore[arg-type]
        ctx.bulk(HandoverLine.__table__, rows.lines),  # type: ignore[arg-type]
    ]
    _end_shifts(ctx, rows.shift_ends)
    ctx.progress(
        f"duty: {counts[0]} log entries, {counts[1]} rounds ({counts[2]} checkpoint visits), "
        f"{counts[3]} incidents, {counts[5]} handovers"
    )


@dataclass(frozen=True)
class _Route:
    id: uuid.UUID
    code: str
    name: str
    interval: int
    round_minutes: int
    points: tuple[tuple[uuid.UUID, str, str, str], ...]


def _routes(ctx: DemoContext) -> list[_Route]:
    at = ctx.local(ctx.first_day, 0)
    out, route_rows, point_rows = [], [], []
    for code, name, interval, minutes, points in ROUTES:
        route_id = ctx.uuid()
        route_rows.append(
            {
                **ctx.synced(at),
                "id": route_id,
                "code": code,
                "name": name,
                "interval_minutes": interval,
                "round_minutes": minutes,
                "active": True,
            }
        )
        ids = []
        for position, (point_code, point_name, place) in enumerate(points, start=1):
            point_id = ctx.uuid()
            ids.append((point_id, point_code, point_name, place))
            point_rows.append(
                {
                    **ctx.synced(at),
                    "id": point_id,
                    "route_id": route_id,
                    "position": position,
                    "code": point_code,
                    "name": point_name,
                    "location": place,
                    "active": True,
                }
            )
        out.append(_Route(route_id, code, name, interval, minutes, tuple(ids)))
    ctx.bulk(PatrolRoute.__table__, route_rows)  # type: ignore[arg-type]
    ctx.bulk(PatrolCheckpoint.__table__, point_rows)  # type: ignore[arg-type]
    return out


def _references(ctx: DemoContext, supervisor: uuid.UUID) -> None:
    at = ctx.local(ctx.first_day, 0)
    ctx.bulk(
        EmergencyContact.__table__,  # type: ignore[arg-type]
        [
            {**ctx.synced(at), "name": n, "phone": p, "notes": note, "position": i, "active": True}
            for i, (n, p, note) in enumerate(CONTACTS, start=1)
        ],
    )
    ctx.bulk(
        EmergencyPlan.__table__,  # type: ignore[arg-type]
        [
            {**ctx.synced(at), "category": c, "steps": steps, "updated_by_id": supervisor}
            for c, steps in PLANS.items()
            if c in DEFAULT_INCIDENT_CATEGORIES
        ],
    )


def _log(
    ctx: DemoContext,
    rows: _Rows,
    desk: uuid.UUID,
    shift: uuid.UUID,
    guard: uuid.UUID,
    supervisor: uuid.UUID,
    start: datetime,
    until: datetime,
) -> None:
    span = max(60, int((until - start).total_seconds()))
    for _ in range(ctx.rng.randint(3, 8)):
        at = start + timedelta(seconds=ctx.rng.randrange(span))
        kind, text, place = ctx.rng.choice(LOG_TEXTS)
        rows.log.append(_entry(ctx, desk, shift, guard, at, kind.value, text, place))
    if ctx.rng.random() < 0.25:
        at = start + timedelta(minutes=ctx.rng.randrange(5, 30))
        entry = _entry(ctx, desk, shift, supervisor, at, LogKind.INSTRUCTION.value, ctx.rng.choice(INSTRUCTIONS), "")
        rows.log.append(entry)
    if ctx.rng.random() < 0.05 and rows.log:  # now and then a correction
        original = rows.log[-1]
        at = original["at"] + timedelta(minutes=10)
        if at < until:
            fix = _entry(
                ctx, desk, shift, guard, at, original["kind"], original["text"] + "(已更正)", original["location"]
            )
            rows.log.append({**fix, "amends_id": original["id"], "reason": "補充資料"})


def _entry(
    ctx: DemoContext,
    desk: uuid.UUID,
    shift: uuid.UUID,
    author: uuid.UUID,
    at: datetime,
    kind: str,
    text: str,
    place: str,
) -> dict[str, Any]:
    return {
        **ctx.synced(at, desk),
        "desk_id": desk,
        "shift_id": shift,
        "author_id": author,
        "at": at,
        "kind": kind,
        "location": place,
        "text": text,
        "valid_until": None,
        "amends_id": None,
        "reason": "",
    }


def _patrols(
    ctx: DemoContext,
    rows: _Rows,
    desk: uuid.UUID,
    shift: uuid.UUID,
    guard: uuid.UUID,
    routes: list[_Route],
    start: datetime,
    until: datetime,
) -> list[tuple[str, str, str]]:
    """Rounds every interval; returns the checkpoints (code, name, place) missed in the shift."""
    missed: dict[str, tuple[str, str, str]] = {}
    for route in routes:
        window = start
        while window + timedelta(minutes=route.interval) <= until:
            if ctx.rng.random() < SKIP_ROUND_CHANCE:
                for _id, code, name, place in route.points:
                    missed[code] = (code, name, place)
                window += timedelta(minutes=route.interval)
                continue
            begun = window + timedelta(minutes=ctx.rng.randrange(0, 10))
            round_id = ctx.uuid()
            at = begun
            for point_id, code, name, place in route.points:
                at += timedelta(minutes=ctx.rng.randrange(2, 6))
                if ctx.rng.random() < MISS_CHANCE:
                    missed[code] = (code, name, place)
                    continue
                anomaly = "閘門未鎖好" if ctx.rng.random() < ANOMALY_CHANCE else ""
                rows.visits.append(
                    {
                        **ctx.synced(at, desk),
                        "round_id": round_id,
                        "checkpoint_id": point_id,
                        "at": at,
                        "method": ctx.rng.choice((CheckMethod.SCAN.value, CheckMethod.TICK.value)),
                        "anomaly": anomaly,
                    }
                )
            rows.rounds.append(
                {
                    **ctx.synced(begun, desk),
                    "id": round_id,
                    "route_id": route.id,
                    "desk_id": desk,
                    "shift_id": shift,
                    "guard_id": guard,
                    "started_at": begun,
                    "finished_at": at + timedelta(minutes=1),
                }
            )
            window += timedelta(minutes=route.interval)
    return list(missed.values())


def _incidents(
    ctx: DemoContext,
    rows: _Rows,
    desk: uuid.UUID,
    shift: uuid.UUID,
    guard: uuid.UUID,
    supervisor: uuid.UUID,
    start: datetime,
    until: datetime,
    now: datetime,
    numbers: dict[str, int],
) -> list[tuple[str, str, str, str]]:
    """Incidents of the shift; returns those still open at its end (number, summary, place, severity)."""
    still_open: list[tuple[str, str, str, str]] = []
    if ctx.rng.random() >= INCIDENT_PER_SHIFT:
        return still_open
    category, severity, place, summary = ctx.rng.choice(INCIDENTS)
    occurred = start + timedelta(seconds=ctx.rng.randrange(max(60, int((until - start).total_seconds()))))
    day = occurred.astimezone(ctx.zone).strftime("%y%m%d")
    numbers[day] = numbers.get(day, 0) + 1
    number = f"INC-{day}-{numbers[day]:03d}"
    incident_id = ctx.uuid()
    recent = now - occurred < timedelta(days=OPEN_INCIDENT_DAYS)
    closed_at = None if recent else occurred + timedelta(hours=ctx.rng.randint(1, 20))
    rows.incidents.append(
        {
            **ctx.synced(occurred, desk),
            "id": incident_id,
            "number": number,
            "desk_id": desk,
            "shift_id": shift,
            "reporter_id": guard,
            "occurred_at": occurred,
            "category": category,
            "severity": severity,
            "location": place,
            "summary": summary,
            "people": "",
            "actions": "已到場處理",
            "status": (IncidentStatus.CLOSED if closed_at else IncidentStatus.FOLLOW_UP).value,
            "closed_at": closed_at,
            "source_visit_id": None,
        }
    )
    events = [
        (occurred, guard, IncidentEventKind.REPORTED, "", "", "", ""),
        (occurred + timedelta(minutes=3), guard, IncidentEventKind.NOTIFIED, "supervisor", "李美玲", "", ""),
    ]
    if closed_at is not None:
        events.append((closed_at, supervisor, IncidentEventKind.STATUS, "", "", IncidentStatus.CLOSED.value, "已處理"))
    for at, author, kind, party, who, status, text in events:
        rows.events.append(
            {
                **ctx.synced(at, desk),
                "incident_id": incident_id,
                "at": at,
                "author_id": author,
                "kind": kind.value,
                "party": party,
                "party_name": who,
                "field": status,
                "text": text,
                "previous": "",
                "reason": "",
            }
        )
    if closed_at is None or closed_at > until:
        still_open.append((number, summary, place, severity))
    return still_open


@dataclass(frozen=True, slots=True)
class _OpenMatters:
    """The visits and work orders the demo's earlier areas wrote, to hand over what was open at a
    handover (as ``HandoverService.compile`` would have found it then)."""

    visits: list[tuple[Any, ...]]  # id, code, name, place, checked in, checked out, expected leave
    orders: list[tuple[Any, ...]]  # id, number, place, created, resolved, closed, priority

    @classmethod
    def load(cls, ctx: DemoContext) -> _OpenMatters:
        with ctx.database.sessions.read() as s:
            came = s.execute(
                select(Visit, Building.name, Unit.code)
                .outerjoin(Unit, Unit.id == Visit.unit_id)
                .outerjoin(Building, Building.id == Unit.building_id)
                .where(Visit.status != VisitStatus.REFUSED.value)
                .order_by(Visit.checked_in_at)
            )
            visits = [
                (v.id, v.code, v.name or "", _unit(b, u), v.checked_in_at, v.checked_out_at, v.expected_leave_at)
                for v, b, u in came
            ]
            jobs = s.execute(
                select(WorkOrder, Building.name, Unit.code)
                .outerjoin(Unit, Unit.id == WorkOrder.unit_id)
                .outerjoin(Building, Building.id == Unit.building_id)
                .order_by(WorkOrder.created_at)
            )
            orders = [
                (w.id, w.number, w.location or _unit(b, u), w.created_at, w.resolved_at, w.closed_at, w.priority)
                for w, b, u in jobs
            ]
        return cls(visits, orders)

    def items_at(
        self, at: datetime
    ) -> list[tuple[HandoverItemKind, str, str, str, Severity, tuple[tuple[str, str], ...], str, datetime]]:
        """Every visitor on site and every open work order at ``at``, as handover items."""
        out: list[tuple[HandoverItemKind, str, str, str, Severity, tuple[tuple[str, str], ...], str, datetime]] = []
        for visit_id, code, name, place, came, left, leave in self.visits:
            if came <= at and (left is None or left > at):
                late = leave is not None and leave < at
                kind = HandoverItemKind.VISITOR_OVERSTAY if late else HandoverItemKind.VISITOR_ON_SITE
                severity = Severity.WARNING if late else Severity.INFO
                out.append((kind, "visit", name, place, severity, (("code", code),), str(visit_id), came))
        for order_id, number, place, created, resolved, closed, priority in self.orders:
            if created <= at and (resolved is None or resolved > at) and (closed is None or closed > at):
                facts = (("priority", priority),)
                item = (HandoverItemKind.WORK_ORDER_OPEN, "work_order", number, place, Severity.INFO, facts)
                out.append((*item, str(order_id), created))
        return out


def _unit(building: str | None, unit: str | None) -> str:
    return f"{building or ''} {unit or ''}".strip()


def _handover(
    ctx: DemoContext,
    rows: _Rows,
    desk: uuid.UUID,
    shift: uuid.UUID,
    outgoing: uuid.UUID,
    incoming: uuid.UUID,
    supervisor: uuid.UUID,
    end: datetime,
    missed: list[tuple[str, str, str]],
    incidents: list[tuple[str, str, str, str]],
    open_matters: _OpenMatters,
) -> None:
    handover_id = ctx.uuid()
    items: list[tuple[HandoverItemKind, str, str, str, Severity, tuple[tuple[str, str], ...]]] = []
    for number, summary, place, severity in incidents:
        urgent = of_incident(severity)
        items.append((HandoverItemKind.INCIDENT_OPEN, "incident", f"{number} {summary}", place, urgent, ()))
    for code, name, place in missed:
        items.append(
            (
                HandoverItemKind.PATROL_MISSED,
                "patrol_checkpoint",
                f"{code} {name}",
                place,
                Severity.WARNING,
                (("missed", "1"),),
            )
        )
    refused = ctx.rng.random() < REFUSE_CHANCE and bool(items)
    # A refused handover waits for the supervisor, who closes it at the end of the shift; the shift then
    # ends as the service records it: ENDED by the supervisor (not HANDED_OVER by the guard).
    compiled = end - (REFUSED_LEAD if refused else SIGNED_LEAD)
    signed = compiled + timedelta(minutes=5)
    if refused:
        rows.shift_ends.append((shift, ShiftStatus.ENDED, supervisor, end))
    # What the other areas had open when the handover was compiled: listed first, as compile orders them.
    earlier = [
        (kind, ref_kind, subject, place, severity, facts, ref, since)
        for kind, ref_kind, subject, place, severity, facts in items
        for ref, since in ((subject.split()[0], compiled - timedelta(hours=1)),)
    ]
    listed = open_matters.items_at(compiled) + earlier
    for position, (kind, ref_kind, subject, place, severity, facts, ref_id, since) in enumerate(listed, start=1):
        ack, comment = Acknowledgement.ACCEPTED.value, ""
        if refused and position == 1:
            ack, comment = Acknowledgement.REFUSED.value, "未能確認，要求班長處理"
        elif ctx.rng.random() < QUERY_CHANCE:
            ack, comment = Acknowledgement.QUERIED.value, ctx.rng.choice(QUERY_COMMENTS[kind])
        answered = ack == Acknowledgement.QUERIED.value and end < ctx.clock.now() - timedelta(hours=12)
        rows.lines.append(
            {
                **ctx.synced(compiled, desk),
                "handover_id": handover_id,
                "position": position,
                "kind": kind.value,
                "ref_kind": ref_kind,
                "ref_id": ref_id,
                "subject": subject,
                "place": place,
                "since": since,
                "due": None,
                "severity": severity.value,
                "facts_json": json.dumps([list(f) for f in facts]),
                "ack": ack,
                "ack_comment": comment,
                "ack_at": signed - timedelta(minutes=2),
                "ack_by_id": incoming,
                "resolved_at": end + timedelta(hours=2) if answered else None,
                "resolved_by_id": supervisor if answered else None,
                "resolution": "已跟進" if answered else "",
            }
        )
    rows.handovers.append(
        {
            **ctx.synced(compiled, desk),
            "id": handover_id,
            "desk_id": desk,
            "shift_id": shift,
            "outgoing_id": outgoing,
            "incoming_id": incoming,
            "compiled_at": compiled,
            "note": ctx.rng.choice(("", "", "交更時一切正常", "B座後樓梯門鎖鬆，已報工程部")),
            "status": (HandoverStatus.CLOSED if refused else HandoverStatus.SIGNED).value,
            "signed_at": signed,
            "closed_by_id": supervisor if refused else None,
            "closed_at": end if refused else None,
            "close_reason": "班長到場確認後結束交班" if refused else "",
        }
    )


def _end_shifts(ctx: DemoContext, ends: list[tuple[uuid.UUID, ShiftStatus, uuid.UUID, datetime]]) -> None:
    """The foundation's demo marks every ended booth shift handed over; correct those whose handover
    was refused and closed by the supervisor, and those nobody took over."""
    if not ends:
        return
    statement = (
        update(Shift.__table__)  # type: ignore[arg-type]
        .where(Shift.__table__.c.id == bindparam("shift_id"))
        .values(
            status=bindparam("new_status"),
            ended_by_id=bindparam("ended_by"),
            updated_at=bindparam("written_at"),
            hlc=bindparam("new_hlc"),
        )
    )
    params = [
        {"shift_id": shift, "new_status": status.value, "ended_by": by, "written_at": at, "new_hlc": ctx.hlc(at)}
        for shift, status, by, at in ends
    ]
    with ctx.database.engine.begin() as connection:
        connection.execute(statement, params)
