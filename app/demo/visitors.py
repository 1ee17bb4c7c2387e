"""Demo data of the visitor log: an estate in the directory and a history of visits.

* directory: 6 buildings × 30 floors × 8 flats (A座 12A…), 1–3 residents per flat, some contractors;
* visitors: ``visits // 5`` people (each comes at least once), Chinese names in both scripts (a third written in
  Traditional), phones for most, plates for a quarter; each has a usual unit and a usual type;
* visits: ``--visits`` over ``--days``, busy mid-morning and evening, returning visitors favoured;
  all checked out except a few dozen on site now, some of them past their leave-by time, and a few
  visits earlier answered by an overstay sweep ("left, time not witnessed");
* a watchlist of a few entries, some of whose people came and were refused or let in after a call;
* today's expected visitors.

Everything is planned in compact lists first (1,000,000 visits take a few arrays of ints), then
written with Core bulk inserts in chunks, search keys precomputed once per visitor. Deterministic per
seed (the RNG and the record ids come from ``ctx``).
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, update

from app.demo.context import DemoContext
from app.demo.names import traditional_name, typed_name
from app.directory import PersonKind, ResidentRole, unit_search_key
from app.search import name_search_key
from app.validation import plate_search_key
from app.visitors.model import (
    CheckoutMethod,
    ExpectedStatus,
    IdChecked,
    SweepDecision,
    VisitStatus,
    WatchAction,
    WatchDecision,
)
from app.visitors.search_keys import national_digits, reversed_digits, seen_rank, visitor_keys
from app.visitors.types import DEFAULT_TYPES, BuiltinType
from app.visitors.visits import visit_code
from app.visitors.watchlist import NAME_KEY, PHONE_KEY, PLATE_KEY
from db.models.directory import Building, Person, Unit
from db.models.visitors import (
    ExpectedVisit,
    Visit,
    VisitCounter,
    Visitor,
    VisitorKey,
    VisitSweep,
    WatchlistEntry,
    WatchlistHit,
    WatchlistKey,
)

BUILDINGS = ("A", "B", "C", "D", "E", "F")
FLOORS = 30
FLATS = "ABCDEFGH"
VISITS_PER_VISITOR = 5
ON_SITE_NOW = 36
OVERSTAYS_NOW = 7
SWEEP_SHARE = 0.004  # of past visits: left without being seen, answered by the sweep
WATCHLIST_PEOPLE = 12
WATCHLIST_VISITS = 3  # visits of each watched person that were screened
EXPECTED_TODAY = 14
# Visits by hour of day (relative weights): a quiet night, a morning and an evening peak.
HOURLY = (1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 13, 11, 10, 10, 11, 12, 13, 14, 15, 13, 9, 6, 3, 2)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒")
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅云飞长乐峰群文大小家嘉"
    "俊浩宇轩子涵欣怡雨萱梓晨阳佳琪思颖雪婷慧婉珊晓东海波鹏辉斌宏鑫亮健德荣昌永福康宁安"
    "春秋冬青山水林森博瑞祥凯翔龙凤燕鹤雯露晶琳璐瑶瑾琦琴诗蕾萌楠彬锋锦鸿铭智仁义礼信诚"
)
COMPANIES = ("顺达水电", "宏图装修", "安心搬运", "顺丰速运", "京东物流", "美团外卖", "嘉华空调", "新城物业")
PURPOSES = {
    BuiltinType.GUEST: ("探访亲友", "探访", "聚会", "送文件"),
    BuiltinType.CONTRACTOR: ("维修水管", "安装空调", "装修", "检查电力"),
    BuiltinType.COURIER: ("送货", "派件", "外卖"),
    BuiltinType.RIDE_HAILING: ("接送乘客",),
    BuiltinType.INTERVIEW: ("面试",),
    BuiltinType.OFFICIAL: ("消防检查", "上门登记"),
    BuiltinType.OTHER: ("其他",),
}
TYPE_WEIGHTS = {
    BuiltinType.GUEST: 50,
    BuiltinType.COURIER: 22,
    BuiltinType.CONTRACTOR: 12,
    BuiltinType.RIDE_HAILING: 8,
    BuiltinType.INTERVIEW: 2,
    BuiltinType.OFFICIAL: 2,
    BuiltinType.OTHER: 4,
}
PROVINCE_PLATES = "粤粤粤粤沪京湘桂闽"
MINUTES = {t.code: t.minutes for t in DEFAULT_TYPES}


@dataclass
class _Person:
    name: str
    name_key: str
    phone: str | None
    plate: str | None
    company: str | None
    kind: str
    unit: int
    weight: float


def _name(ctx: DemoContext) -> str:
    rng = ctx.rng
    if rng.random() < 0.015:
        surname = rng.choice(COMPOUND_SURNAMES)
    else:  # common surnames far more often than rare ones
        surname = SURNAMES[min(int(rng.expovariate(0.05)), len(SURNAMES) - 1)]
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.25 else 2))
    name = surname + given
    if rng.random() < 1 / 3:
        name = traditional_name(name)
    return typed_name(name)


def _phone(ctx: DemoContext) -> str:
    rng = ctx.rng
    if rng.random() < 0.6:
        return f"+852{rng.choice('5679')}{rng.randrange(10**7):07d}"
    return f"+861{rng.choice('3589')}{rng.randrange(10**9):09d}"


def _plate(ctx: DemoContext) -> tuple[str, str]:
    rng = ctx.rng
    if rng.random() < 0.7:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return f"{rng.choice(PROVINCE_PLATES)}{rng.choice(letters)}{rng.randrange(10**5):05d}", "mainland"
    return (
        f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randrange(1, 9999)}",
        "hk",
    )


# -- the directory -----------------------------------------------------------------------------------
def _directory(
    ctx: DemoContext,
) -> tuple[list[uuid.UUID], list[list[uuid.UUID]]]:
    """Buildings, units and residents; returns the unit ids and each unit's resident ids."""
    start = datetime.combine(ctx.first_day, datetime.min.time(), tzinfo=ctx.zone)
    buildings, units, people = [], [], []
    unit_ids: list[uuid.UUID] = []
    residents: list[list[uuid.UUID]] = []
    for order, code in enumerate(BUILDINGS):
        building_id = ctx.uuid()
        name = f"{code}座"
        buildings.append({**ctx.synced(start), "id": building_id, "code": code, "name": name, "sort_order": order,
                          "active": True})  # fmt: skip
        for floor in range(1, FLOORS + 1):
            for flat in FLATS:
                unit_id = ctx.uuid()
                unit_code = f"{floor}{flat}"
                units.append(
                    {**ctx.synced(start), "id": unit_id, "building_id": building_id, "code": unit_code,
                     "floor": str(floor), "search_key": unit_search_key(code, unit_code), "active": True}
                )  # fmt: skip
                unit_ids.append(unit_id)
                here = []
                for n in range(ctx.rng.choice((1, 1, 2, 2, 3))):
                    person_id = ctx.uuid()
                    resident = _name(ctx)
                    phone = _phone(ctx)
                    role = ResidentRole.OWNER if n == 0 else ctx.rng.choice((ResidentRole.FAMILY, ResidentRole.TENANT))
                    people.append(
                        {**ctx.synced(start), "id": person_id, "kind": PersonKind.RESIDENT.value, "name": resident,
                         "name_key": name_search_key(resident), "phone": phone, "phone_reversed": phone[::-1],
                         "unit_id": unit_id, "role": role.value, "company": "", "notes": "", "active": True}
                    )  # fmt: skip
                    here.append(person_id)
                residents.append(here)
    for company in COMPANIES[:5]:
        contractor = _name(ctx)
        phone = _phone(ctx)
        people.append(
            {**ctx.synced(start), "id": ctx.uuid(), "kind": PersonKind.CONTRACTOR.value, "name": contractor,
             "name_key": name_search_key(contractor), "phone": phone, "phone_reversed": phone[::-1],
             "unit_id": None, "role": "", "company": company, "notes": "", "active": True}
        )  # fmt: skip
    ctx.bulk(Building.__table__, buildings)  # type: ignore[arg-type]
    ctx.bulk(Unit.__table__, units)  # type: ignore[arg-type]
    ctx.bulk(Person.__table__, people)  # type: ignore[arg-type]
    ctx.progress(f"directory: {len(buildings)} buildings, {len(units)} units, {len(people)} people")
    return unit_ids, residents


# -- planning ----------------------------------------------------------------------------------------
def _people(
    ctx: DemoContext,
    count: int,
    units: int,
) -> list[_Person]:
    kinds = list(TYPE_WEIGHTS)
    weights = list(TYPE_WEIGHTS.values())
    out = []
    for _ in range(count):
        kind = ctx.rng.choices(kinds, weights)[0]
        name = _name(ctx)
        plate = _plate(ctx)[0] if ctx.rng.random() < (0.9 if kind == BuiltinType.RIDE_HAILING else 0.2) else None
        company = ctx.rng.choice(COMPANIES) if kind in (BuiltinType.CONTRACTOR, BuiltinType.COURIER) else None
        phone = _phone(ctx) if ctx.rng.random() < 0.75 else None
        weight = ctx.rng.paretovariate(1.3)  # a few regulars, many who come once
        out.append(
            _Person(name, name_search_key(name), phone, plate, company, kind.value, ctx.rng.randrange(units), weight)
        )
    return out


def _times(ctx: DemoContext, count: int, now: datetime) -> list[datetime]:
    """``count`` check-in instants over the demo days, in order, none after ``now``."""
    hours = [h for h in range(24) for _ in range(HOURLY[h])]
    out = []
    for _ in range(count):
        day = ctx.first_day + timedelta(days=ctx.rng.randrange(ctx.days))
        instant = ctx.local(day, ctx.rng.choice(hours), ctx.rng.randrange(60), ctx.rng.randrange(60))
        if instant > now:
            instant = now - timedelta(seconds=ctx.rng.randrange(1, 8 * 3600))
        out.append(instant)
    out.sort()
    return out


def _pick(ctx: DemoContext, cumulative: list[float]) -> int:
    return bisect.bisect_left(cumulative, ctx.rng.random() * cumulative[-1])


# -- writing -----------------------------------------------------------------------------------------
def generate(ctx: DemoContext) -> None:
    unit_ids, residents = _directory(ctx)
    now = ctx.clock.now()
    count = max(1, ctx.visits // VISITS_PER_VISITOR) if ctx.visits else 0
    people = _people(ctx, count, len(unit_ids))
    cumulative: list[float] = []
    total = 0.0
    for person in people:
        total += person.weight
        cumulative.append(total)
    times = _times(ctx, ctx.visits, now)
    # Everyone comes at least once; the other visits go to regulars more than to the rest.
    who = list(range(count)) + [_pick(ctx, cumulative) for _ in range(len(times) - count)]
    ctx.rng.shuffle(who)
    first: dict[int, datetime] = {}
    last: dict[int, datetime] = {}
    for index, at in zip(who, times, strict=True):
        first.setdefault(index, at)
        last[index] = at
    visitor_ids = [ctx.uuid() for _ in people]
    guards = [a.operator_id for a in ctx.accounts if a.role in ("guard", "supervisor")]
    booth = ctx.desks["booth"]
    _write_visitors(ctx, people, visitor_ids, first, last, unit_ids)
    watched = _watchlist(ctx, people, visitor_ids, who, guards[0])
    plan = _Plan(people, visitor_ids, who, times, unit_ids, residents, guards, booth, watched)
    visits_written, sweeps = _write_visits(ctx, plan)
    _expected(ctx, people, unit_ids, guards[0])
    with ctx.database.engine.begin() as connection:
        connection.execute(update(VisitCounter).where(VisitCounter.id == 1).values(last_seq=visits_written))
    ctx.progress(f"visitors: {len(people)} people, {visits_written} visits, {sweeps} sweep answers")


def _write_visitors(
    ctx: DemoContext,
    people: list[_Person],
    visitor_ids: list[uuid.UUID],
    first: dict[int, datetime],
    last: dict[int, datetime],
    unit_ids: list[uuid.UUID],
) -> None:
    now = ctx.clock.now()

    def rows() -> Iterator[dict[str, Any]]:
        for index, person in enumerate(people):
            seen = last.get(index, now - timedelta(days=ctx.days))
            yield {
                **ctx.synced(first.get(index, seen)),
                "id": visitor_ids[index], "name": person.name, "name_key": person.name_key, "phone": person.phone,
                "phone_national": national_digits(person.phone), "phone_reversed": reversed_digits(person.phone),
                "company": person.company, "id_type": None, "id_cipher": None, "id_blind": None, "id_masked": None,
                "plate": person.plate, "plate_region": "mainland" if person.plate and not person.plate[0].isascii()
                else ("hk" if person.plate else None), "visitor_type": person.kind,
                "last_unit_id": unit_ids[person.unit], "last_resident_id": None, "last_purpose": None,
                "first_seen_at": first.get(index, seen), "last_seen_at": seen, "visit_count": 0, "purged_at": None,
            }  # fmt: skip

    def keys() -> Iterator[dict[str, Any]]:
        for index, person in enumerate(people):
            seen = last.get(index, now - timedelta(days=ctx.days))
            for key in visitor_keys(person.name, person.plate):
                yield {"visitor_id": visitor_ids[index], "key": key, "seen": seen_rank(seen)}

    ctx.bulk(Visitor.__table__, rows())  # type: ignore[arg-type]
    written = ctx.bulk(VisitorKey.__table__, keys())  # type: ignore[arg-type]
    ctx.progress(f"visitor cards: {len(people)}, search keys: {written}")


def _watchlist(
    ctx: DemoContext, people: list[_Person], visitor_ids: list[uuid.UUID], who: list[int], added_by: uuid.UUID
) -> dict[int, tuple[uuid.UUID, str, str]]:
    """Watchlist entries made from some visitors; returns person index → (entry id, action, matched on)."""
    start = datetime.combine(ctx.first_day, datetime.min.time(), tzinfo=ctx.zone)
    visited = sorted(set(who))
    chosen = ctx.rng.sample(visited, min(WATCHLIST_PEOPLE, len(visited)))
    entries, keys = [], []
    watched: dict[int, tuple[uuid.UUID, str, str]] = {}
    reasons = ("多次滋扰住户", "曾冒充维修人员", "业主要求拒绝进入", "车辆曾堵塞消防通道", "推销骚扰")
    for n, index in enumerate(chosen):
        person = people[index]
        action = (WatchAction.DENY, WatchAction.CALL_FIRST, WatchAction.ALERT_ONLY)[n % 3]
        entry_id = ctx.uuid()
        by_plate = person.plate is not None and n % 4 == 3
        entries.append(
            {**ctx.synced(start), "id": entry_id, "name": None if by_plate else person.name, "aliases": None,
             "phone": person.phone if n % 2 else None, "id_type": None, "id_cipher": None, "id_masked": None,
             "plate": person.plate if by_plate else None, "reason": reasons[n % len(reasons)],
             "action": action.value, "expires_on": None, "added_by_id": added_by, "active": True,
             "lifted_at": None, "lifted_by_id": None, "lift_reason": None}
        )  # fmt: skip
        matched = "plate" if by_plate else "name"
        key = PLATE_KEY + plate_search_key(person.plate or "") if by_plate else NAME_KEY + person.name_key
        keys.append({"entry_id": entry_id, "key": key})
        if n % 2 and person.phone:
            keys.append({"entry_id": entry_id, "key": PHONE_KEY + person.phone})
            matched += ",phone"
        watched[index] = (entry_id, action.value, matched)
    ctx.bulk(WatchlistEntry.__table__, entries)  # type: ignore[arg-type]
    ctx.bulk(WatchlistKey.__table__, keys)  # type: ignore[arg-type]
    return watched


@dataclass
class _Plan:
    people: list[_Person]
    visitor_ids: list[uuid.UUID]
    who: list[int]
    times: list[datetime]
    unit_ids: list[uuid.UUID]
    residents: list[list[uuid.UUID]]
    guards: list[uuid.UUID]
    booth: uuid.UUID
    watched: dict[int, tuple[uuid.UUID, str, str]]


@dataclass
class _Outcome:
    status: VisitStatus
    out: datetime | None
    method: CheckoutMethod | None
    witnessed: bool | None
    leave: datetime | None


class _VisitWriter:
    """Turns the plan into visit rows, collecting the sweep answers and watchlist decisions on the way."""

    def __init__(self, ctx: DemoContext, plan: _Plan) -> None:
        self.ctx = ctx
        self.plan = plan
        self.now = ctx.clock.now()
        count = len(plan.times)
        self.on_site = set(range(max(0, count - ON_SITE_NOW), count))
        self.late = set(ctx.rng.sample(sorted(self.on_site), min(OVERSTAYS_NOW, len(self.on_site))))
        self.sweeps: list[dict[str, Any]] = []
        self.hits: list[dict[str, Any]] = []
        self.screened: dict[int, int] = {}

    def _outcome(self, n: int, kind: str, at: datetime, visit_id: uuid.UUID, guard: uuid.UUID) -> _Outcome:
        rng, now = self.ctx.rng, self.now
        leave = at + timedelta(minutes=MINUTES[kind])
        if n in self.on_site:
            if n in self.late:
                return _Outcome(VisitStatus.ON_SITE, None, None, None, now - timedelta(minutes=rng.randrange(10, 120)))
            return _Outcome(VisitStatus.ON_SITE, None, None, None, max(leave, now + timedelta(minutes=30)))
        stay = timedelta(minutes=max(3, rng.gauss(MINUTES[kind] * 0.6, MINUTES[kind] * 0.3)))
        out = at + stay
        if out >= now:  # planned to leave later today: left just now instead (few stay on site)
            out = min(now, max(at + timedelta(minutes=1), now - timedelta(minutes=1)))
        elif rng.random() < SWEEP_SHARE:
            out = max(at, min(leave + timedelta(hours=rng.randrange(1, 6)), now - timedelta(minutes=1)))
            self.sweeps.append(
                {
                    **self.ctx.synced(out, self.plan.booth),
                    "visit_id": visit_id,
                    "at": out,
                    "by_id": guard,
                    "shift_id": None,
                    "decision": SweepDecision.LEFT_UNWITNESSED.value,
                }
            )
            return _Outcome(VisitStatus.CHECKED_OUT, out, CheckoutMethod.SWEEP, False, leave)
        method = CheckoutMethod.SCAN if rng.random() < 0.05 else CheckoutMethod.LIST
        return _Outcome(VisitStatus.CHECKED_OUT, out, method, True, leave)

    def _screen(self, index: int, at: datetime, visit_id: uuid.UUID, guard: uuid.UUID, outcome: _Outcome) -> _Outcome:
        """A watched person's first visits were screened; a deny was refused at the gate."""
        if index not in self.plan.watched or outcome.status is VisitStatus.ON_SITE:
            return outcome
        if self.screened.get(index, 0) >= WATCHLIST_VISITS:
            return outcome
        self.screened[index] = self.screened.get(index, 0) + 1
        entry_id, action, matched = self.plan.watched[index]
        decision = {
            WatchAction.DENY.value: WatchDecision.REFUSED,
            WatchAction.CALL_FIRST.value: WatchDecision.ALLOWED_AFTER_CALL,
            WatchAction.ALERT_ONLY.value: WatchDecision.ALLOWED_ALERT_ONLY,
        }[action]
        self.hits.append(
            {
                **self.ctx.synced(at, self.plan.booth),
                "entry_id": entry_id,
                "visit_id": visit_id,
                "at": at,
                "by_id": guard,
                "matched_on": matched,
                "decision": decision.value,
                "approval_id": None,
            }
        )
        if decision is WatchDecision.REFUSED:
            return _Outcome(VisitStatus.REFUSED, None, None, None, None)
        return outcome

    def rows(self) -> Iterator[dict[str, Any]]:
        plan, rng = self.plan, self.ctx.rng
        for n, (index, at) in enumerate(zip(plan.who, plan.times, strict=True)):
            person = plan.people[index]
            seq = n + 1
            unit = person.unit if rng.random() < 0.85 else rng.randrange(len(plan.unit_ids))
            visit_id = self.ctx.uuid()
            guard = plan.guards[seq % len(plan.guards)]
            outcome = self._screen(index, at, visit_id, guard, self._outcome(n, person.kind, at, visit_id, guard))
            sighted = person.kind in (BuiltinType.CONTRACTOR, BuiltinType.OFFICIAL)
            here = plan.residents[unit]
            yield {
                **self.ctx.synced(at, plan.booth),
                "id": visit_id,
                "seq": seq,
                "code": visit_code(seq),
                "visitor_id": plan.visitor_ids[index],
                "status": outcome.status.value,
                "visitor_type": person.kind,
                "name": person.name,
                "phone": person.phone,
                "company": person.company,
                "id_check": (IdChecked.SIGHTED if sighted else IdChecked.NONE).value,
                "id_type": None,
                "id_cipher": None,
                "id_blind": None,
                "id_masked": None,
                "unit_id": plan.unit_ids[unit],
                "resident_id": here[0] if here and rng.random() < 0.4 else None,
                "purpose": rng.choice(PURPOSES[BuiltinType(person.kind)]),
                "plate": person.plate,
                "plate_region": None,
                "companions": 0 if rng.random() < 0.8 else rng.randrange(1, 4),
                "items": None,
                "pass_number": None,
                "notes": None,
                "expected_leave_at": outcome.leave,
                "checked_in_at": at,
                "checked_in_by_id": guard,
                "desk_id": plan.booth,
                "shift_id": None,
                "expected_visit_id": None,
                "id_override_approval_id": None,
                "checked_out_at": outcome.out,
                "checked_out_by_id": guard if outcome.out else None,
                "checkout_method": outcome.method.value if outcome.method else None,
                "checkout_witnessed": outcome.witnessed,
                "amended": False,
                "purged_at": None,
            }


def _write_visits(ctx: DemoContext, plan: _Plan) -> tuple[int, int]:
    writer = _VisitWriter(ctx, plan)
    written = ctx.bulk(Visit.__table__, writer.rows())  # type: ignore[arg-type]
    ctx.bulk(VisitSweep.__table__, writer.sweeps)  # type: ignore[arg-type]
    ctx.bulk(WatchlistHit.__table__, writer.hits)  # type: ignore[arg-type]
    _count_visits(ctx, plan.visitor_ids, plan.who)
    return written, len(writer.sweeps)


def _count_visits(ctx: DemoContext, visitor_ids: list[uuid.UUID], who: list[int]) -> None:
    counts: dict[int, int] = {}
    for index in who:
        counts[index] = counts.get(index, 0) + 1
    chunk = 5000
    items = sorted(counts.items())
    statement = update(Visitor).where(Visitor.id == bindparam("vid")).values(visit_count=bindparam("n"))
    for start in range(0, len(items), chunk):
        with ctx.database.engine.begin() as connection:
            connection.execute(statement, [{"vid": visitor_ids[i], "n": n} for i, n in items[start : start + chunk]])


def _expected(ctx: DemoContext, people: list[_Person], unit_ids: list[uuid.UUID], by: uuid.UUID) -> None:
    today = ctx.last_day
    now = ctx.clock.now()
    rows = []
    for n in range(min(EXPECTED_TODAY, len(people))):
        person = people[ctx.rng.randrange(len(people))]
        status = ExpectedStatus.CANCELLED if n == 0 else ExpectedStatus.EXPECTED
        rows.append(
            {**ctx.synced(now - timedelta(hours=3), ctx.desks["reception"]), "id": ctx.uuid(),
             "expected_on": today, "name": person.name, "phone": person.phone, "company": person.company,
             "visitor_type": person.kind, "unit_id": unit_ids[person.unit], "resident_id": None,
             "purpose": PURPOSES[BuiltinType(person.kind)][0], "plate": person.plate, "companions": 0,
             "notes": None, "registered_by_id": by, "status": status.value, "visit_id": None,
             "cancelled_at": now - timedelta(hours=1) if status is ExpectedStatus.CANCELLED else None,
             "cancelled_by_id": by if status is ExpectedStatus.CANCELLED else None}
        )  # fmt: skip
    ctx.bulk(ExpectedVisit.__table__, rows)  # type: ignore[arg-type]
