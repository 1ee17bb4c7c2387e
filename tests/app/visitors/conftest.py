"""Fixtures for the visitor log's domain tests: a small estate in the directory and check-in helpers."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from app.bootstrap import Services
from app.directory import PersonFields, PersonKind, PersonRow, ResidentRole, UnitRow
from app.permissions import Actor, Approval, Permission, Role
from app.visitors.model import CheckInFields, IdPolicy, VisitRow
from app.visitors.types import ID_POLICY
from tests.conftest import PINS, Staff


@dataclass(frozen=True)
class Estate:
    unit_12a: UnitRow
    unit_3b: UnitRow
    resident: PersonRow  # 黃美玲, owner of A座 12A


@pytest.fixture
def estate(services: Services, staff: Staff) -> Estate:
    directory = services.directory
    a = directory.add_building(staff.clerk, "A", "A座")
    b = directory.add_building(staff.clerk, "B", "B座")
    unit_12a = directory.add_unit(staff.clerk, a.id, "12A", "12")
    unit_3b = directory.add_unit(staff.clerk, b.id, "3B", "3")
    resident = directory.add_person(
        staff.clerk, PersonFields(PersonKind.RESIDENT, "黃美玲", "9876 5432", unit_12a.id, ResidentRole.OWNER)
    )
    return Estate(unit_12a, unit_3b, resident)


def guest(estate: Estate, name: str = "陳大文", **changes: object) -> CheckInFields:
    """A guest visiting A座 12A: the smallest valid check-in."""
    return replace(CheckInFields(name=name, visitor_type="guest", unit_id=estate.unit_12a.id), **changes)  # type: ignore[arg-type]


def check_in(services: Services, actor: Actor, fields: CheckInFields, **kwargs: object) -> VisitRow:
    return services.visitors.check_in(actor, fields, **kwargs)  # type: ignore[arg-type]


def approval(services: Services, staff: Staff, permission: Permission, reason: str = "核對證件原件無誤") -> Approval:
    """The supervisor's in-place approval, through the real PIN check."""
    return services.auth.approve(staff.supervisor.operator_id, PINS[Role.SUPERVISOR], permission, reason, staff.guard)


def record_ids(services: Services, staff: Staff) -> None:
    services.settings.set(
        staff.admin,
        ID_POLICY,
        {"policy": IdPolicy.RECORD_NUMBER.value, "justification": "承建商進場須按保險要求登記證件號碼"},
    )
