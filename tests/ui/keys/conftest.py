"""GUI fixtures for the key register: a real site on SQLite, real services, the real page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from app.bootstrap import Database, Services
from app.bundles import build_bundles
from app.clock import FixedClock
from app.directory import PersonFields, PersonKind, PersonRow, ResidentRole
from app.keys.rows import KeyFields, KeyRow, OpensKind
from tests.conftest import Staff, make_site
from ui.app_events import AppEvents
from ui.keys.context import KeysContext
from ui.keys.keys_page import KeysPage
from ui.session import OperatorSession


class ScanClock:
    """The scanner's clock: a scanner types 8 ms apart, a person 150 ms apart."""

    def __init__(self) -> None:
        self.ms = 10_000.0

    def __call__(self) -> float:
        return self.ms


@dataclass
class KeyWorld:
    services: Services
    staff: Staff
    clock: FixedClock
    session: OperatorSession
    events: AppEvents
    desk: KeysContext
    guard_person: PersonRow
    contractor: PersonRow
    owner: PersonRow

    def add_key(self, tag: str, label: str, **extra: object) -> KeyRow:
        fields = KeyFields(tag, label, OpensKind.PLANT_ROOM, **extra)  # type: ignore[arg-type]
        return self.services.key_inventory.add_key(self.staff.supervisor, fields)


@pytest.fixture
def world(sqlite_database: Database, clock: FixedClock, qapp: object) -> KeyWorld:
    services = make_site(sqlite_database, clock)
    staff = Staff(services)
    directory = services.directory
    building = directory.add_building(staff.clerk, "A", "A座")
    unit = directory.add_unit(staff.clerk, building.id, "12A", "12")
    guard_person = directory.add_person(staff.clerk, PersonFields(PersonKind.STAFF, "何家樂", role="保安員"))
    contractor = directory.add_person(
        staff.clerk, PersonFields(PersonKind.CONTRACTOR, "李師傅", "91234567", company="順達水電")
    )
    owner = directory.add_person(
        staff.clerk, PersonFields(PersonKind.RESIDENT, "陳大文", "98765432", unit.id, ResidentRole.OWNER)
    )
    session = OperatorSession(staff.guard)
    events = AppEvents()
    desk = KeysContext(build_bundles(services).keys, session, events, clock)
    return KeyWorld(services, staff, clock, session, events, desk, guard_person, contractor, owner)


@pytest.fixture
def scan_clock() -> ScanClock:
    return ScanClock()


@pytest.fixture
def page(qtbot: QtBot, world: KeyWorld, scan_clock: ScanClock) -> Iterator[KeysPage]:
    widget = KeysPage(world.desk, now_ms=scan_clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
