"""Demo data of the key register: an estate's keys, months of loans, some out, overdue and lost.

Scale follows ``gatehouse demo --visits N``: about one loan for every two visits (``--visits
1000000`` gives the benchmark's 500,000 loans) over 5,000 keys at most, 60 at least. Labels are what
a management office writes on its tags (A座 天台門, B2 水泵房, 3座 12樓B室 寄存鑰匙…). People come from
the site directory; staff and contractors are added if the directory has none, and a few units with
owners if it has no residents (the visitors area's generator, when it runs first, provides them).
Written with Core bulk inserts; deterministic per seed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from app.demo.context import DemoContext
from app.directory import PersonKind, unit_search_key
from app.keys.policy import DEFAULT_CLASSES, DEPOSITED, EMERGENCY, FALLBACK_LOAN_MINUTES, MANAGEMENT
from app.keys.queries import late_minutes, search_text
from app.keys.rows import (
    BorrowerKind,
    CountOutcome,
    KeyEventKind,
    KeyState,
    LoanCloseKind,
    OpensKind,
)
from app.search import name_search_key
from db.models.directory import Building, Person, Unit
from db.models.keys import (
    KeyCollector,
    KeyCount,
    KeyCountLine,
    KeyDeposit,
    KeyEvent,
    KeyItem,
    KeyLoan,
    KeyLostReport,
)

MIN_KEYS = 60
MAX_KEYS = 5000
LOANS_PER_VISIT = 0.5
SHARE_DEPOSITED = 0.12
SHARE_EMERGENCY = 0.06
KEYS_PER_RING = 250  # one ring for every 250 keys
SHARE_OUT_NOW = 0.04
SHARE_OVERDUE = 0.012
SHARE_LOST = 0.003
SHARE_LATE = 0.12
SHARE_RETURNED_BY_OTHER = 0.03
SHARE_UNAUTHORISED = 0.03

ESTATE_ROOMS = (
    "B2 水泵房",
    "B2 發電機房",
    "B1 電錶總房",
    "B1 隔油池",
    "地庫 水箱房",
    "會所 泳池機房",
    "會所 健身室",
    "會所 宴會廳",
    "消防控制室",
    "東閘 車閘控制箱",
    "北閘 行人閘",
    "停車場 閘口",
    "垃圾收集站",
    "管理處 文件櫃",
    "平台花園 工具房",
)
BUILDING_ROOMS = ("天台門", "水箱房", "電錶房", "垃圾房", "後樓梯門", "升降機機房", "消防喉轆櫃", "信箱總匙")
VEHICLES = ("公司客貨車 粵B·D1234X", "巡邏電單車 HK-UV2345", "電動巡邏車 3號", "垃圾車 粵B·C5678Y")
STAFF = (
    ("何家樂", "保安員"),
    ("張國強", "保安員"),
    ("劉永健", "保安主管"),
    ("馮志偉", "維修技工"),
    ("梁美華", "清潔主管"),
)
CONTRACTORS = (
    ("李志強", "順達水電工程"),
    ("王建國", "安捷升降機"),
    ("陳偉傑", "永安消防設備"),
    ("黃秀英", "潔美清潔服務"),
    ("吳子軒", "綠景園藝"),
    ("鄭麗華", "恒通冷氣工程"),
)
OWNERS = ("陳大文", "黃美玲", "張偉傑", "林嘉欣", "周子軒", "吳秀英", "鄧建華", "麥小明")
PURPOSES = ("巡查", "維修", "清潔", "抄錶", "保養", "消防檢查", "送貨", "更換燈泡", "開門予住戶", "緊急維修")
COLLECTORS = (("陳太", "妻子"), ("陳小姐", "女兒"), ("Maria Santos", "家傭"), ("李先生", "兄弟"), ("周姐", "鐘點"))


@dataclass(frozen=True, slots=True)
class Scale:
    keys: int
    loans: int


def scale_for(visits: int) -> Scale:
    loans = int(visits * LOANS_PER_VISIT)
    return Scale(max(MIN_KEYS, min(MAX_KEYS, loans // 100)), loans)


@dataclass
class _Key:
    id: uuid.UUID
    tag: str
    label: str
    key_class: str
    ring_id: uuid.UUID | None = None
    is_ring: bool = False
    state: str = KeyState.ACTIVE.value
    deposit_owner: uuid.UUID | None = None


@dataclass
class _People:
    staff: list[tuple[uuid.UUID, str, str]]
    contractors: list[tuple[uuid.UUID, str, str]]
    residents: list[tuple[uuid.UUID, str, uuid.UUID]]  # id, name, unit
    units: list[tuple[uuid.UUID, str]]  # id, label


def generate(ctx: DemoContext) -> None:
    size = scale_for(ctx.visits)
    generate_keys(ctx, size.keys, size.loans)


def generate_keys(ctx: DemoContext, keys: int, loans: int) -> None:
    """``keys`` keys and about ``loans`` loans over the demo period (the benchmark's entry point)."""
    people = _people(ctx)
    start = ctx.local(ctx.first_day, 7)
    register = _inventory(ctx, people, keys, start)
    count = _loans(ctx, people, register, loans)
    lost = _lost(ctx, register)
    _count(ctx, register)
    ctx.progress(f"keys: {len(register)} keys, {count} loans, {lost} lost")


# -- people ----------------------------------------------------------------------------------------
def _people(ctx: DemoContext) -> _People:
    engine = ctx.database.engine
    desk = ctx.desks["booth"]
    start = ctx.local(ctx.first_day, 7)
    found: dict[PersonKind, list[Any]]
    residents: list[Any]
    units: list[Any]
    with engine.connect() as connection:
        found = {
            kind: [
                tuple(row)
                for row in connection.execute(
                    select(Person.id, Person.name, Person.role if kind == PersonKind.STAFF else Person.company)
                    .where(Person.kind == kind.value, Person.active.is_(True))
                    .order_by(Person.name_key)
                    .limit(200)
                )
            ]
            for kind in (PersonKind.STAFF, PersonKind.CONTRACTOR)
        }
        residents = [
            tuple(r)
            for r in connection.execute(
                select(Person.id, Person.name, Person.unit_id)
                .where(Person.kind == PersonKind.RESIDENT.value, Person.unit_id.is_not(None))
                .order_by(Person.name_key)
                .limit(5000)
            )
        ]
        units = [
            (u, f"{b} {c}")
            for u, b, c in connection.execute(
                select(Unit.id, Building.name, Unit.code).join(Building).order_by(Building.code, Unit.code).limit(5000)
            )
        ]
    rows: list[dict[str, Any]] = []
    if not found[PersonKind.STAFF]:
        for name, role in STAFF:
            row = _person(ctx, start, desk, PersonKind.STAFF, name, role=role)
            rows.append(row)
            found[PersonKind.STAFF].append((row["id"], name, role))
    if not found[PersonKind.CONTRACTOR]:
        for name, company in CONTRACTORS:
            row = _person(ctx, start, desk, PersonKind.CONTRACTOR, name, company=company)
            rows.append(row)
            found[PersonKind.CONTRACTOR].append((row["id"], name, company))
    if not residents:
        units, residents, unit_rows = _small_estate(ctx, start, desk)
        ctx.bulk(Building.__table__, unit_rows[0])  # type: ignore[arg-type]
        ctx.bulk(Unit.__table__, unit_rows[1])  # type: ignore[arg-type]
        rows += unit_rows[2]
    ctx.bulk(Person.__table__, rows)  # type: ignore[arg-type]
    return _People(found[PersonKind.STAFF], found[PersonKind.CONTRACTOR], residents, units)


def _person(
    ctx: DemoContext, at: datetime, desk: uuid.UUID, kind: PersonKind, name: str, **extra: Any
) -> dict[str, Any]:
    return {
        **ctx.synced(at, desk),
        "kind": kind.value,
        "name": name,
        "name_key": name_search_key(name),
        "phone": None,
        "phone_reversed": None,
        "unit_id": extra.get("unit_id"),
        "role": extra.get("role", ""),
        "company": extra.get("company", ""),
        "notes": "",
        "active": True,
    }


def _small_estate(
    ctx: DemoContext, at: datetime, desk: uuid.UUID
) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str, uuid.UUID]], tuple[list[Any], list[Any], list[Any]]]:
    buildings, unit_rows, people = [], [], []
    units: list[tuple[uuid.UUID, str]] = []
    residents: list[tuple[uuid.UUID, str, uuid.UUID]] = []
    for order, code in enumerate("AB"):
        building = {**ctx.synced(at, desk), "code": code, "name": f"{code}座", "sort_order": order, "active": True}
        buildings.append(building)
        for floor in range(1, 9):
            for flat in "AB":
                unit_code = f"{floor}{flat}"
                unit = {
                    **ctx.synced(at, desk),
                    "building_id": building["id"],
                    "code": unit_code,
                    "floor": str(floor),
                    "search_key": unit_search_key(code, unit_code),
                    "active": True,
                }
                unit_rows.append(unit)
                units.append((unit["id"], f"{code}座 {unit_code}"))
                owner = OWNERS[(floor * 2 + len(units)) % len(OWNERS)]
                person = _person(ctx, at, desk, PersonKind.RESIDENT, owner, unit_id=unit["id"], role="owner")
                people.append(person)
                residents.append((person["id"], owner, unit["id"]))
    return units, residents, (buildings, unit_rows, people)


# -- inventory -------------------------------------------------------------------------------------
def _labels(ctx: DemoContext, count: int, units: Sequence[tuple[uuid.UUID, str]]) -> Iterator[tuple[str, str, str]]:
    """(label, opens kind, class) of an estate's management keys, as many as asked."""
    buildings = sorted({label.split(" ")[0] for _, label in units}) or ["A座", "B座"]
    pool: list[tuple[str, str, str]] = [(room, OpensKind.PLANT_ROOM.value, MANAGEMENT) for room in ESTATE_ROOMS]
    pool += [(v, OpensKind.VEHICLE.value, MANAGEMENT) for v in VEHICLES]
    for building in buildings:
        for room in BUILDING_ROOMS:
            kind = OpensKind.GATE.value if "門" in room else OpensKind.PLANT_ROOM.value
            pool.append((f"{building} {room}", kind, EMERGENCY if room == "天台門" else MANAGEMENT))
    floor = 1
    while len(pool) < count:
        for building in buildings:
            for room in ("電錶房", "消防喉轆櫃", "垃圾房"):
                pool.append((f"{building} {floor}樓 {room}", OpensKind.PLANT_ROOM.value, MANAGEMENT))
        floor += 1
    ctx.rng.shuffle(pool)
    yield from pool[:count]


def _inventory(ctx: DemoContext, people: _People, count: int, at: datetime) -> list[_Key]:
    desk = ctx.desks["booth"]
    admin = ctx.account("admin").operator_id
    deposited = min(int(count * SHARE_DEPOSITED), len(people.residents))
    rings = max(1, count // KEYS_PER_RING)
    plain = count - deposited - rings
    keys: list[_Key] = []
    rows: list[dict[str, Any]] = []
    positions = "甲乙丙丁戊己庚辛"
    for n, (label, opens, klass) in enumerate(_labels(ctx, plain, people.units), start=1):
        tag = f"K-{n:04d}"
        position = f"{positions[(n - 1) // 100 % len(positions)]}櫃 {(n - 1) % 100 + 1}"
        row = _key_row(ctx, at, desk, tag, label, opens, klass, position)
        rows.append(row)
        keys.append(_Key(row["id"], tag, label, klass))
    for n in range(1, rings + 1):
        tag = f"R-{n:03d}"
        label = f"機房鑰匙串 {n}"
        row = _key_row(ctx, at, desk, tag, label, OpensKind.PLANT_ROOM.value, MANAGEMENT, f"鑰匙串櫃 {n}", ring=True)
        rows.append(row)
        ring = _Key(row["id"], tag, label, MANAGEMENT, is_ring=True)
        keys.append(ring)
        for member in ctx.rng.sample([k for k in keys if not k.is_ring and k.ring_id is None], 4):
            member.ring_id = ring.id
    for key, row in zip(keys, rows, strict=True):
        row["ring_id"] = key.ring_id
    deposits, collectors = [], []
    for n, (person_id, name, unit_id) in enumerate(ctx.rng.sample(people.residents, deposited), start=1):
        unit = next((label for uid, label in people.units if uid == unit_id), "")
        tag = f"D-{n:04d}"
        row = _key_row(
            ctx, at, desk, tag, f"{unit} 大門", OpensKind.UNIT.value, DEPOSITED, f"寄存櫃 {n}", unit_id=unit_id
        )
        rows.append(row)
        keys.append(_Key(row["id"], tag, row["label"], DEPOSITED, deposit_owner=person_id))
        deposit = {
            **ctx.synced(at, desk),
            "key_id": row["id"],
            "depositor_person_id": person_id,
            "depositor_name": name,
            "unit_id": unit_id,
            "consent_at": at,
            "consent_note": f"寄存同意書 第 {n:04d} 號",
            "deposited_at": at,
            "deposited_by_id": admin,
        }
        deposits.append(deposit)
        for order, (who, relation) in enumerate(ctx.rng.sample(COLLECTORS, ctx.rng.randint(0, 2))):
            collectors.append(
                {
                    **ctx.synced(at, desk),
                    "deposit_id": deposit["id"],
                    "name": who,
                    "phone": f"+8526{ctx.rng.randrange(1000000, 9999999)}",
                    "relation": relation,
                    "sort_order": order,
                    "added_at": at,
                    "added_by_id": admin,
                    "removed_at": None,
                    "removed_by_id": None,
                }
            )
    rows.sort(key=lambda row: not row["is_ring"])  # a ring before the keys that hang on it
    ctx.bulk(KeyItem.__table__, rows)  # type: ignore[arg-type]
    ctx.bulk(KeyDeposit.__table__, deposits)  # type: ignore[arg-type]
    ctx.bulk(KeyCollector.__table__, collectors)  # type: ignore[arg-type]
    events = [_event(ctx, at, desk, admin, key.id, KeyEventKind.ADDED) for key in keys]
    ctx.bulk(KeyEvent.__table__, events)  # type: ignore[arg-type]
    return keys


def _key_row(
    ctx: DemoContext,
    at: datetime,
    desk: uuid.UUID,
    tag: str,
    label: str,
    opens: str,
    klass: str,
    position: str,
    *,
    ring: bool = False,
    unit_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        **ctx.synced(at, desk),
        "tag": tag,
        "label": label,
        "opens_kind": opens,
        "opens_text": "",
        "unit_id": unit_id,
        "key_class": klass,
        "position": position,
        "copies": 1 + (ctx.rng.random() < 0.2),
        "is_ring": ring,
        "ring_id": None,
        "state": KeyState.ACTIVE.value,
        "notes": "",
        "search_text": search_text(tag, label, position),
    }


def _event(
    ctx: DemoContext,
    at: datetime,
    desk: uuid.UUID,
    operator: uuid.UUID,
    key_id: uuid.UUID,
    kind: KeyEventKind,
    **extra: Any,
) -> dict[str, Any]:
    return {
        **ctx.synced(at, desk),
        "key_id": key_id,
        "kind": kind.value,
        "at": at,
        "operator_id": operator,
        "approver_id": extra.get("approver_id"),
        "desk_id": desk,
        "shift_id": None,
        "loan_id": extra.get("loan_id"),
        "detail": extra.get("detail", ""),
        "note": extra.get("note", ""),
    }


# -- loans -----------------------------------------------------------------------------------------
_LOAN_MINUTES = {klass.code: klass.loan_minutes for klass in DEFAULT_CLASSES}


def _loans(ctx: DemoContext, people: _People, keys: list[_Key], wanted: int) -> int:
    lendable = [k for k in keys if k.ring_id is None]
    if not lendable or wanted <= 0:
        return 0
    now = ctx.clock.now()
    start = ctx.local(ctx.first_day, 7)
    span = max(1.0, (now - start).total_seconds())
    guards = [a.operator_id for a in ctx.accounts_with("guard", "supervisor", "clerk")]
    supervisor = ctx.account("supervisor").operator_id
    desk = ctx.desks["booth"]
    base, extra = divmod(wanted, len(lendable))  # the first ``extra`` keys get one loan more
    rows: list[dict[str, Any]] = []
    count = 0
    open_now = set(ctx.rng.sample(range(len(lendable)), int(len(lendable) * SHARE_OUT_NOW)))
    overdue_now = set(ctx.rng.sample(sorted(open_now), int(len(lendable) * SHARE_OVERDUE)))
    for index, key in enumerate(lendable):
        per_key = base + (index < extra)
        if per_key == 0:
            continue
        minutes = _LOAN_MINUTES.get(key.key_class, FALLBACK_LOAN_MINUTES)
        previous_end = start
        slot = span / per_key  # each loan gets its own stretch of time: one key is never out twice
        for n in range(per_key):
            issued = start + timedelta(seconds=slot * n + ctx.rng.random() * slot * 0.3)
            due = issued + timedelta(minutes=minutes)
            last = n == per_key - 1
            if last and index in open_now:
                if index in overdue_now:
                    issued = now - timedelta(minutes=minutes + ctx.rng.randint(20, 600))
                else:
                    issued = now - timedelta(minutes=ctx.rng.randint(5, max(6, minutes - 10)))
                issued = max(issued, previous_end + timedelta(minutes=1))  # never out twice at once
                due = issued + timedelta(minutes=minutes)
                closed = None
            else:
                late = ctx.rng.random() < SHARE_LATE
                held = minutes * (1 + ctx.rng.random() * 0.5) if late else minutes * ctx.rng.uniform(0.1, 0.9)
                closed = min(issued + timedelta(minutes=held), issued + timedelta(seconds=slot * 0.65))
                if closed >= now:
                    closed = now - timedelta(minutes=1)
                previous_end = closed
            rows.append(_loan_row(ctx, key, people, issued, due, closed, guards, supervisor, desk))
            count += 1
            if len(rows) >= 20_000:
                ctx.bulk(KeyLoan.__table__, rows)  # type: ignore[arg-type]
                rows = []
    ctx.bulk(KeyLoan.__table__, rows)  # type: ignore[arg-type]
    return count


def _loan_row(
    ctx: DemoContext,
    key: _Key,
    people: _People,
    issued: datetime,
    due: datetime,
    closed: datetime | None,
    guards: Sequence[uuid.UUID],
    supervisor: uuid.UUID,
    desk: uuid.UUID,
) -> dict[str, Any]:
    rng = ctx.rng
    kind, person, name, detail = _borrower(ctx, key, people)
    unauthorised = kind == BorrowerKind.OTHER.value or (
        kind == BorrowerKind.CONTRACTOR.value and rng.random() < SHARE_UNAUTHORISED
    )
    by_other = closed is not None and rng.random() < SHARE_RETURNED_BY_OTHER
    return {
        **ctx.synced(closed or issued, desk),
        "created_at": issued,
        "key_id": key.id,
        "borrower_kind": kind,
        "borrower_person_id": person,
        "borrower_visit_id": None,
        "borrower_collector_id": None,
        "borrower_name": name,
        "borrower_detail": detail,
        "purpose": rng.choice(PURPOSES),
        "issued_at": issued,
        "issued_by_id": rng.choice(guards),
        "issue_desk_id": desk,
        "issue_shift_id": None,
        "due_at": due,
        "id_checked": rng.random() < 0.7,
        "authorised": not unauthorised,
        "approver_id": supervisor if unauthorised else None,
        "approval_id": None,
        "depositor_confirmation": "",
        "closed_at": closed,
        "close_kind": LoanCloseKind.RETURNED.value if closed else None,
        "closed_by_id": rng.choice(guards) if closed else None,
        "close_desk_id": desk if closed else None,
        "close_shift_id": None,
        "returned_by_other": by_other,
        "returned_by_kind": BorrowerKind.OTHER.value if by_other else None,
        "returned_by_person_id": None,
        "returned_by_visit_id": None,
        "returned_by_name": "同事代還" if by_other else None,
        "late_minutes": late_minutes(due, closed) if closed else None,
        "close_note": "",
    }


def _borrower(ctx: DemoContext, key: _Key, people: _People) -> tuple[str, uuid.UUID | None, str, str]:
    rng = ctx.rng
    if key.deposit_owner is not None:
        owner = next((r for r in people.residents if r[0] == key.deposit_owner), None)
        if owner is not None:
            return BorrowerKind.RESIDENT.value, owner[0], owner[1], ""
    roll = rng.random()
    if roll < 0.6 and people.staff:
        person_id, name, role = rng.choice(people.staff)
        return BorrowerKind.STAFF.value, person_id, name, role
    if roll < 0.97 and people.contractors:
        person_id, name, company = rng.choice(people.contractors)
        return BorrowerKind.CONTRACTOR.value, person_id, name, company
    return BorrowerKind.OTHER.value, None, rng.choice(("警員 3721", "消防隊目 周sir", "機電署 李先生")), ""


# -- lost keys and a key count ---------------------------------------------------------------------
def _lost(ctx: DemoContext, keys: list[_Key]) -> int:
    candidates = [k for k in keys if k.ring_id is None and not k.is_ring]
    chosen = ctx.rng.sample(candidates, max(1, int(len(keys) * SHARE_LOST)))
    now = ctx.clock.now()
    desk = ctx.desks["booth"]
    guard = ctx.account("guard").operator_id
    supervisor = ctx.account("supervisor").operator_id
    reports, events = [], []
    with ctx.database.engine.begin() as connection:
        open_loans = {
            key_id: loan_id
            for loan_id, key_id in connection.execute(
                select(KeyLoan.id, KeyLoan.key_id).where(
                    KeyLoan.key_id.in_([k.id for k in chosen]), KeyLoan.closed_at.is_(None)
                )
            )
        }
        for n, key in enumerate(chosen):
            at = now - timedelta(hours=6 + n * 5)
            loan_id = open_loans.get(key.id)
            if loan_id is not None:
                connection.execute(
                    update(KeyLoan)
                    .where(KeyLoan.id == loan_id)
                    .values(
                        closed_at=now - timedelta(minutes=1), close_kind=LoanCloseKind.LOST.value, closed_by_id=guard
                    )
                )
            connection.execute(update(KeyItem).where(KeyItem.id == key.id).values(state=KeyState.LOST.value))
            key.state = KeyState.LOST.value
            acknowledged = n % 2 == 0
            report = {
                **ctx.synced(at, desk),
                "key_id": key.id,
                "loan_id": loan_id,
                "reported_at": at,
                "reported_by_id": guard,
                "note": "更表時發現不在掛鈎",
                "acknowledged_at": at + timedelta(hours=1) if acknowledged else None,
                "acknowledged_by_id": supervisor if acknowledged else None,
                "resolved_at": None,
                "resolved_by_id": None,
                "resolution": None,
                "resolution_note": "",
            }
            reports.append(report)
            events.append(_event(ctx, at, desk, guard, key.id, KeyEventKind.LOST_REPORTED, note=report["note"]))
            if acknowledged:
                events.append(
                    _event(
                        ctx,
                        at + timedelta(hours=1),
                        desk,
                        guard,
                        key.id,
                        KeyEventKind.LOST_ACKNOWLEDGED,
                        approver_id=supervisor,
                    )
                )
    ctx.bulk(KeyLostReport.__table__, reports)  # type: ignore[arg-type]
    ctx.bulk(KeyEvent.__table__, events)  # type: ignore[arg-type]
    return len(chosen)


def _count(ctx: DemoContext, keys: list[_Key]) -> None:
    """This morning's count at the booth: everything in place but one key."""
    with ctx.database.engine.connect() as connection:
        out = set(connection.execute(select(KeyLoan.key_id).where(KeyLoan.closed_at.is_(None))).scalars())
    expected = [k for k in keys if k.state == KeyState.ACTIVE.value and k.ring_id is None and k.id not in out]
    if not expected:
        return
    at = ctx.clock.now() - timedelta(hours=1)
    desk = ctx.desks["booth"]
    missing = ctx.rng.choice(expected)
    count = {
        **ctx.synced(at, desk),
        "desk_id": desk,
        "shift_id": None,
        "counted_at": at,
        "counted_by_id": ctx.account("guard").operator_id,
        "expected": len(expected),
        "matched": len(expected) - 1,
        "missing": 1,
        "unexpected": 0,
        "note": f"{missing.tag} 不在掛鈎，已通知班長",
    }
    ctx.bulk(KeyCount.__table__, [count])  # type: ignore[arg-type]
    lines = [
        {
            **ctx.synced(at, desk),
            "count_id": count["id"],
            "key_id": key.id,
            "tag": key.tag,
            "outcome": (CountOutcome.MISSING if key is missing else CountOutcome.MATCHED).value,
            "scanned": True,
        }
        for key in expected
    ]
    ctx.bulk(KeyCountLine.__table__, lines)  # type: ignore[arg-type]
