"""The fixture day (Monday 2 March 2026, Hong Kong), built through the real foundation services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import AuthenticationError
from app.permissions import END_OTHERS_SHIFT
from tests.conftest import PINS, Staff

NEXT_MORNING = datetime(2026, 3, 3, 0, 30, tzinfo=UTC)  # 08:30 on Tuesday in Hong Kong


@dataclass(frozen=True)
class FixtureDay:
    refused: int
    approvals: int
    shifts: int


def quiet_day(services: Services, staff: Staff, clock: FixedClock) -> FixtureDay:
    """The guard works the early shift; one mistyped password; the supervisor approves the guard
    ending the clerk's shift; everybody goes home. Then it is the next morning."""
    guard_shift = services.shifts.start(staff.guard, "early")
    clock.advance(timedelta(hours=1))
    with pytest.raises(AuthenticationError):
        services.auth.login("wong", "not-the-password", staff.desk_id)
    clerk_shift = services.shifts.start(_elsewhere(services, staff), "early")
    approval = services.auth.approve(
        staff.supervisor.operator_id, PINS[staff.supervisor.role], END_OTHERS_SHIFT, "clerk went home ill", staff.guard
    )
    services.shifts.end(staff.guard, clerk_shift.id, approval)
    clock.advance(timedelta(hours=5))
    services.shifts.end(staff.guard, guard_shift.id)
    clock.set(NEXT_MORNING)
    return FixtureDay(refused=1, approvals=1, shifts=2)


def _elsewhere(services: Services, staff: Staff):  # type: ignore[no-untyped-def]
    """The clerk signed in at the reception desk."""
    reception = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    from tests.conftest import STAFF_PASSWORD

    return services.auth.login("chan", STAFF_PASSWORD, reception)
