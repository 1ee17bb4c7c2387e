"""A small estate for the key register tests: people in the directory, a few keys, a visitor list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.directory import PersonFields, PersonKind, PersonRow, ResidentRole, UnitRow
from app.holdings import OnSiteVisitor
from app.keys import KeyService
from app.keys.rows import Borrower, BorrowerKind, KeyFields, KeyRow, OpensKind
from tests.conftest import Staff


@dataclass
class OnSiteList:
    """The visitors area's on-site list, as the key register sees it (an edge fake of that area)."""

    visitors: list[OnSiteVisitor] = field(default_factory=list)

    def on_site_now(self) -> list[OnSiteVisitor]:
        return list(self.visitors)

    def check_in(self, name: str, unit_label: str = "A座 12A", pass_number: str = "P-0001") -> OnSiteVisitor:
        visitor = OnSiteVisitor(uuid.uuid4(), name, unit_label, pass_number, datetime(2026, 3, 2, 1, tzinfo=UTC))
        self.visitors.append(visitor)
        return visitor

    def check_out(self, visit_id: uuid.UUID) -> None:
        self.visitors = [v for v in self.visitors if v.visit_id != visit_id]


@dataclass
class Estate:
    services: Services
    staff: Staff
    clock: FixedClock
    unit: UnitRow
    other_unit: UnitRow
    guard_person: PersonRow  # 何家樂, a guard in the directory (staff)
    contractor: PersonRow  # 李師傅 of 順達水電
    owner: PersonRow  # 陳大文, owner of A座 12A
    neighbour: PersonRow  # 黃美玲, owner of A座 12B
    on_site: OnSiteList
    keys: KeyService  # the key service with the on-site list wired in

    def add_key(self, tag: str, label: str = "", key_class: str = "management", **extra: object) -> KeyRow:
        fields = KeyFields(
            tag, label or f"{tag} 鑰匙", extra.pop("opens_kind", OpensKind.PLANT_ROOM), key_class=key_class, **extra
        )  # type: ignore[arg-type]
        return self.services.key_inventory.add_key(self.staff.supervisor, fields)

    def staff_borrower(self) -> Borrower:
        return Borrower(BorrowerKind.STAFF, person_id=self.guard_person.id)

    def contractor_borrower(self) -> Borrower:
        return Borrower(BorrowerKind.CONTRACTOR, person_id=self.contractor.id)

    def contractor_borrower_authorised(self) -> Borrower:
        """The contractor, named for every management key."""
        self.services.key_inventory.authorise(self.staff.supervisor, self.contractor.id, key_class="management")
        return self.contractor_borrower()


@pytest.fixture
def estate(services: Services, staff: Staff, clock: FixedClock) -> Estate:
    return make_estate(services, staff, clock)


def make_estate(services: Services, staff: Staff, clock: FixedClock) -> Estate:
    directory = services.directory
    building = directory.add_building(staff.clerk, "A", "A座")
    unit = directory.add_unit(staff.clerk, building.id, "12A", "12")
    other_unit = directory.add_unit(staff.clerk, building.id, "12B", "12")
    add = directory.add_person
    guard_person = add(staff.clerk, PersonFields(PersonKind.STAFF, "何家樂", role="保安員"))
    contractor = add(staff.clerk, PersonFields(PersonKind.CONTRACTOR, "李師傅", "91234567", company="順達水電"))
    owner = add(staff.clerk, PersonFields(PersonKind.RESIDENT, "陳大文", "98765432", unit.id, ResidentRole.OWNER))
    neighbour = add(staff.clerk, PersonFields(PersonKind.RESIDENT, "黃美玲", "", other_unit.id, ResidentRole.OWNER))
    on_site = OnSiteList()
    keys = KeyService(services.database.sessions, clock, services.audit, services.settings, on_site)
    return Estate(services, staff, clock, unit, other_unit, guard_person, contractor, owner, neighbour, on_site, keys)
