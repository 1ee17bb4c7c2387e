"""The demo site itself: site, desks, accounts, and the shift history every other area hangs on."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from app.bootstrap import Database, build_services
from app.clock import Clock, local_zone
from app.credentials import LIGHT_COST, SecretHasher, check_new_pin
from app.demo.context import DemoAccount, DemoContext
from app.errors import Conflict, ValidationError
from app.operators import NewOperator, add_operator
from app.permissions import Role
from app.shifts import DEFAULT_PATTERNS, ShiftStatus
from app.site import DeskKind, DeskSpec, SiteSetup, initialize_site, read_site
from app.site_key import KeyStore
from db.models.core import Operator, Shift

SITE_NAME = "翠湖花園"
SITE_TIMEZONE = "Asia/Hong_Kong"
DESKS = (DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION))
# username, display name, role; passwords and PINs are derived from the seed and printed.
STAFF = (
    ("admin", "陳志明", Role.ADMIN),
    ("lee", "李美玲", Role.SUPERVISOR),
    ("wong", "黃大文", Role.GUARD),
    ("cheung", "張國強", Role.GUARD),
    ("lau", "劉永健", Role.GUARD),
    ("ho", "何家樂", Role.GUARD),
    ("chan", "陳小美", Role.CLERK),
    ("lam", "林嘉欣", Role.CLERK),
)


def _secret(rng: random.Random, username: str) -> tuple[str, str]:
    password = f"{username}-demo-{rng.randrange(1000, 9999)}"
    while True:
        pin = f"{rng.randrange(0, 10**4):04d}"
        try:
            return password, check_new_pin(pin)
        except ValidationError:
            continue  # too easy to guess: draw another


def create_site(
    database: Database, clock: Clock, seed: int, days: int, visits: int, progress: Callable[[str], None]
) -> DemoContext:
    """Initialise the demo site (the database must be empty) and return the context for the areas."""
    if read_site(database.sessions) is not None:
        raise Conflict("site", "already_initialised")
    rng = random.Random(seed)
    hasher = SecretHasher(LIGHT_COST)  # demo accounts: fast hashes, published passwords
    admin_user, admin_name, _ = STAFF[0]
    admin_password, admin_pin = _secret(rng, admin_user)
    setup = SiteSetup(
        SITE_NAME, SITE_TIMEZONE, DESKS, NewOperator(admin_user, admin_name, Role.ADMIN, admin_password, admin_pin)
    )
    initialize_site(database.sessions, KeyStore(database.paths.root), clock, hasher, setup)
    services = build_services(database, clock, hasher=hasher)
    accounts: list[DemoAccount] = []
    with database.sessions.begin() as s:
        for username, display, role in STAFF:
            if username == admin_user:
                password, pin = admin_password, admin_pin
                operator_id = s.execute(select(Operator.id).where(Operator.username_key == username)).scalar_one()
            else:
                password, pin = _secret(rng, username)
                operator_id = add_operator(s, hasher, NewOperator(username, display, role, password, pin)).id
            accounts.append(DemoAccount(username, display, role.value, password, pin, operator_id))
        services.audit.append(
            s,
            at=clock.now(),
            actor=None,
            action="demo.generated",
            record_kind="site",
            record_id=services.site_row.id,
            details={"seed": seed, "days": days, "visits": visits},
        )
    desks = {d.kind.value: d.id for d in services.site.desks()}
    zone = local_zone(SITE_TIMEZONE)
    last_day = clock.now().astimezone(zone).date()
    progress(f"site {SITE_NAME}: {len(accounts)} accounts, {len(desks)} desks")
    return DemoContext(
        database,
        services,
        clock,
        rng,
        seed,
        visits,
        days,
        last_day - timedelta(days=days - 1),
        last_day,
        zone,
        accounts,
        desks,
        database.hlc.node,
        progress,
    )


def generate_shifts(ctx: DemoContext) -> None:
    """Three shifts a day at the booth, one day shift at reception; today's current shift left open."""
    guards = ctx.accounts_with(Role.GUARD.value, Role.SUPERVISOR.value)
    clerks = ctx.accounts_with(Role.CLERK.value)
    now = ctx.clock.now()
    rows = []
    for day in ctx.day_list():
        for index, pattern in enumerate(DEFAULT_PATTERNS):
            start = ctx.local(day, pattern.start.hour)
            end_day = day + timedelta(days=1) if pattern.end <= pattern.start else day
            end = ctx.local(end_day, pattern.end.hour)
            if start > now:
                continue
            guard = guards[(day.toordinal() * 3 + index) % len(guards)]
            open_now = end > now
            rows.append(
                {
                    **ctx.synced(start, ctx.desks["booth"]),
                    "desk_id": ctx.desks["booth"],
                    "operator_id": guard.operator_id,
                    "pattern": pattern.code,
                    "started_at": start,
                    "ended_at": None if open_now else end,
                    "ended_by_id": None if open_now else guard.operator_id,
                    "status": ShiftStatus.OPEN.value if open_now else ShiftStatus.HANDED_OVER.value,
                }
            )
        start, end = ctx.local(day, 9), ctx.local(day, 18)
        if start <= now:
            clerk = clerks[day.toordinal() % len(clerks)]
            open_now = end > now
            rows.append(
                {
                    **ctx.synced(start, ctx.desks["reception"]),
                    "desk_id": ctx.desks["reception"],
                    "operator_id": clerk.operator_id,
                    "pattern": DEFAULT_PATTERNS[0].code,
                    "started_at": start,
                    "ended_at": None if open_now else end,
                    "ended_by_id": None if open_now else clerk.operator_id,
                    "status": ShiftStatus.OPEN.value if open_now else ShiftStatus.ENDED.value,
                }
            )
    count = ctx.bulk(Shift.__table__, rows)  # type: ignore[arg-type]
    ctx.progress(f"shifts: {count}")
