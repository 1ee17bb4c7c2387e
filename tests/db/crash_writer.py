"""The writer of the crash harness: real service calls in a loop, each acknowledged after its commit.

``python -m tests.db.crash_writer DATA_DIR ACK_FILE SEED`` opens the site prepared by ``prepare_site``
and, until it is killed, checks visitors in, lends and takes back keys, opens work orders, writes log
entries and signs handovers over. After each service call has returned (its transaction committed) it
appends ``<kind> <id>`` to ACK_FILE with one write. ``check_after_kill`` is what must hold after a
SIGKILL at any moment (tests/db/test_crash_safety.py, bench/crash_run.py).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.bootstrap import Services, build_services, load_keys, open_database
from app.clock import SystemClock
from app.directory import PersonFields, PersonKind
from app.duty.log import NewLogEntry
from app.errors import GatehouseError
from app.keys.rows import Borrower, BorrowerKind, KeyFields, OpensKind
from app.local_config import LocalConfig
from app.operators import NewOperator
from app.paths import DataPaths
from app.permissions import Actor, Role
from app.repairs.rows import Channel, IntakeFields, Priority, WorkKind
from app.site import DeskKind, DeskSpec, SiteSetup, initialize_site, read_site
from app.site_key import KeyStore
from app.visitors.model import CheckInFields
from db.models.duty import DutyLogEntry, Handover
from db.models.keys import KeyLoan
from db.models.repairs import WorkOrder
from db.models.visitors import Visit

WORLD_FILE = "crash-world.json"
PASSWORD = "crash-pass-1"
PINS = {"admin": "2580", "guard_a": "2468", "guard_b": "1357", "clerk": "9753"}
KEYS = 4
NAMES = ("陳大文", "李小明", "王美玲", "張志強", "黃家豪")
TABLES = {"visit": Visit, "key_loan": KeyLoan, "key_return": KeyLoan, "work_order": WorkOrder, "log": DutyLogEntry}


def prepare_site(root: Path) -> None:
    """A site with an admin, two guards, a clerk, a unit, a staff member and a few keys."""
    from app.credentials import LIGHT_COST, SecretHasher

    hasher = SecretHasher(LIGHT_COST)
    paths = DataPaths(root)
    paths.ensure()
    clock = SystemClock()
    database = open_database(paths.database, paths, clock, LocalConfig())
    try:
        setup = SiteSetup(
            "翠湖花園",
            "Asia/Hong_Kong",
            [DeskSpec("東門崗", DeskKind.BOOTH)],
            NewOperator("admin", "陳主任", Role.ADMIN, PASSWORD, PINS["admin"]),
        )
        initialize_site(database.sessions, KeyStore(paths.root), clock, hasher, setup)
        services = build_services(database, clock, hasher=hasher)
        desk = services.site.desks()[0].id
        database.desk.desk_id = desk
        admin = services.auth.login("admin", PASSWORD, desk)
        for user, name, role in (
            ("guard_a", "黃大文", Role.GUARD),
            ("guard_b", "張國強", Role.GUARD),
            ("clerk", "陳小美", Role.CLERK),
        ):
            services.operators.create(admin, NewOperator(user, name, role, PASSWORD, PINS[user]))
        building = services.directory.add_building(admin, "A", "A座")
        unit = services.directory.add_unit(admin, building.id, "12A", "12")
        person = services.directory.add_person(admin, PersonFields(PersonKind.STAFF, "何家樂", role="保安員"))
        keys = [
            services.key_inventory.add_key(admin, KeyFields(f"K-{n:03d}", f"機房{n}", OpensKind.PLANT_ROOM)).id
            for n in range(KEYS)
        ]
        world = {"desk": str(desk), "unit": str(unit.id), "person": str(person.id), "keys": [str(k) for k in keys]}
        (root / WORLD_FILE).write_text(json.dumps(world), encoding="utf-8")
    finally:
        database.dispose()


@dataclass
class Writer:
    services: Services
    world: dict[str, object]
    ack_fd: int
    rng: random.Random
    actors: dict[str, Actor] = field(default_factory=dict)

    def ack(self, kind: str, record_id: uuid.UUID) -> None:
        os.write(self.ack_fd, f"{kind} {record_id}\n".encode("ascii"))

    def login(self, user: str) -> Actor:
        desk = uuid.UUID(str(self.world["desk"]))
        if user not in self.actors:
            self.actors[user] = self.services.auth.login(user, PASSWORD, desk)
        return self.actors[user]

    def on_duty(self) -> tuple[str, Actor]:
        """The guard whose shift is open (starting guard A's when none is)."""
        desk = uuid.UUID(str(self.world["desk"]))
        shift = self.services.shifts.current(desk)
        if shift is None:
            guard = self.login("guard_a")
            shift = self.services.shifts.start(guard)
        user = "guard_a" if shift.operator_name == "黃大文" else "guard_b"
        return user, self.login(user).with_shift(shift.id)

    def check_in(self) -> None:
        _user, guard = self.on_duty()
        n = self.rng.randrange(10**7)
        fields = CheckInFields(
            f"{self.rng.choice(NAMES)}{n % 100}", "guest", phone=f"9{n:07d}", unit_id=uuid.UUID(str(self.world["unit"]))
        )
        self.ack("visit", self.services.visitors.check_in(guard, fields).id)

    def key(self) -> None:
        _user, guard = self.on_duty()
        out = self.services.key_register.out_now()
        if out and (len(out) >= KEYS or self.rng.random() < 0.5):
            loan = self.rng.choice(out)
            self.services.key_register.return_key(guard, loan.id)
            self.ack("key_return", loan.id)
            return
        taken = {loan.key_id for loan in out}
        free = [uuid.UUID(str(k)) for k in list(self.world["keys"]) if uuid.UUID(str(k)) not in taken]  # type: ignore[call-overload]
        borrower = Borrower(BorrowerKind.STAFF, person_id=uuid.UUID(str(self.world["person"])))
        loan_row = self.services.key_register.issue(guard, self.rng.choice(free), borrower, purpose="巡查")
        self.ack("key_loan", loan_row.id)

    def work_order(self) -> None:
        clerk = self.login("clerk")
        fields = IntakeFields(
            kind=WorkKind.REPAIR,
            category="plumbing",
            priority=Priority.NORMAL,
            channel=Channel.PHONE,
            description="廚房水龍頭漏水",
            reporter_name="陳大文",
            reporter_phone="91234567",
            unit_id=uuid.UUID(str(self.world["unit"])),
        )
        self.ack("work_order", self.services.repairs.create(clerk, fields).id)

    def log_entry(self) -> None:
        _user, guard = self.on_duty()
        entry = self.services.duty_log.add(guard, NewLogEntry("note", f"巡查正常 {self.rng.randrange(1000)}"))
        self.ack("log", entry.id)

    def handover(self) -> None:
        user, outgoing = self.on_duty()
        incoming_user = "guard_b" if user == "guard_a" else "guard_a"
        incoming = self.login(incoming_user)
        handovers = self.services.handovers
        row = handovers.compile(outgoing)
        for item in row.items:
            row = handovers.acknowledge(outgoing, item.id, incoming.operator_id, "accepted")
        handovers.sign(outgoing, row.id, PINS[user], incoming.operator_id, PINS[incoming_user])
        self.ack("handover", row.id)
        self.services.shifts.start(incoming)

    def step(self) -> None:
        action = self.rng.choices(
            (self.check_in, self.key, self.work_order, self.log_entry, self.handover), weights=(5, 3, 2, 3, 1)
        )[0]
        action()


def main(argv: list[str]) -> int:
    root, ack_file, seed = Path(argv[0]), Path(argv[1]), int(argv[2])
    from app.credentials import LIGHT_COST, SecretHasher

    paths = DataPaths(root)
    clock = SystemClock()
    database = open_database(paths.database, paths, clock, LocalConfig())
    services = build_services(database, clock, hasher=SecretHasher(LIGHT_COST))
    world = json.loads((root / WORLD_FILE).read_text(encoding="utf-8"))
    database.desk.desk_id = uuid.UUID(world["desk"])
    fd = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    writer = Writer(services, world, fd, random.Random(seed))
    writer.on_duty()  # the first calls warm caches up; the kills fall on the steady work after them
    writer.check_in()
    print("ready", flush=True)
    while True:
        try:
            writer.step()
        except GatehouseError as error:  # a business refusal (nothing to hand over…) is not a crash
            print(f"refused: {error}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class AfterKill:
    acknowledged: int
    lost: list[str]
    integrity: str
    audit_ok: bool
    unaudited: list[str]


def check_after_kill(root: Path, ack_file: Path) -> AfterKill:
    """Integrity, every acknowledged record present, every record with its audit entry, the chain sound."""
    paths = DataPaths(root)
    connection = sqlite3.connect(paths.database)
    try:
        integrity = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()
    lines = ack_file.read_text(encoding="ascii").splitlines() if ack_file.exists() else []
    acks = [line.split() for line in lines if line.count(" ") == 1]
    from app.audit import AuditLog

    clock = SystemClock()
    database = open_database(paths.database, paths, clock, LocalConfig(), migrate=False)
    try:
        site = read_site(database.sessions)
        assert site is not None
        keys = load_keys(database, site)
        lost: list[str] = []
        unaudited: list[str] = []
        with database.sessions.read() as s:
            for kind, text in acks:
                record_id = uuid.UUID(text)
                if kind == "handover":
                    found = s.get(Handover, record_id)
                    present = found is not None and found.signed_at is not None
                elif kind == "key_return":
                    loan = s.get(KeyLoan, record_id)
                    present = loan is not None and loan.closed_at is not None
                else:
                    present = s.get(TABLES[kind], record_id) is not None
                if not present:
                    lost.append(f"{kind} {text}")
            audited = {str(r) for r in s.execute(select(_audit_record_ids())).scalars()}
            for model in (Visit, KeyLoan, WorkOrder, DutyLogEntry):
                for record_id in s.execute(select(model.id)).scalars():
                    if str(record_id) not in audited:
                        unaudited.append(f"{model.__tablename__} {record_id}")
            audit_ok = AuditLog(keys).verify(s).ok
    finally:
        database.dispose()
    return AfterKill(len(acks), lost, integrity, audit_ok, unaudited)


def _audit_record_ids() -> object:
    from db.models.core import AuditEntry

    return AuditEntry.record_id


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
