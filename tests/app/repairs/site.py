"""A small directory and intake helpers for the repair tests (real services, no mocks)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from app.bootstrap import Services
from app.directory import PersonFields, PersonKind, ResidentRole
from app.repairs.lifecycle import Channel
from app.repairs.rows import IntakeFields
from app.repairs.sla_policy import Priority, WorkKind
from tests.conftest import Staff


@dataclass(frozen=True)
class Site:
    unit_id: uuid.UUID
    resident_id: uuid.UUID
    technician_id: uuid.UUID
    contractor_id: uuid.UUID


def make_directory(services: Services, staff: Staff) -> Site:
    d = services.directory
    building = d.add_building(staff.clerk, "a", "A座")
    unit = d.add_unit(staff.clerk, building.id, "12a", "12")
    resident = d.add_person(
        staff.clerk, PersonFields(PersonKind.RESIDENT, "陳大文", "9123 4567", unit.id, ResidentRole.OWNER)
    )
    technician = d.add_person(staff.clerk, PersonFields(PersonKind.STAFF, "李師傅", "9876 5432", role="水電"))
    contractor = d.add_person(
        staff.clerk, PersonFields(PersonKind.CONTRACTOR, "張工程", "6123 4567", role="升降機", company="迅達")
    )
    return Site(unit.id, resident.id, technician.id, contractor.id)


def intake(site: Site, **changes: object) -> IntakeFields:
    fields = IntakeFields(
        kind=WorkKind.REPAIR,
        category="plumbing",
        priority=Priority.NORMAL,
        channel=Channel.PHONE,
        description="廚房水龍頭漏水",
        reporter_id=site.resident_id,
        unit_id=site.unit_id,
        location="廚房",
    )
    return replace(fields, **changes)  # type: ignore[arg-type]
