"""Settings (typed, per desk, audited) and shifts (one open shift per desk, patterns)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Conflict, PermissionDenied, Rule, ValidationError, ValidationErrors
from app.permissions import EDIT_DESK_SETTINGS, Role
from app.settings import FONT_SCALE, IDLE_LOCK_MINUTES, LANGUAGE
from app.shifts import SHIFT_PATTERNS, ShiftStatus
from tests.conftest import PINS, Staff


def test_defaults_until_set(services: Services, staff: Staff) -> None:
    assert services.settings.get(IDLE_LOCK_MINUTES, staff.desk_id) == 5
    assert services.settings.get(FONT_SCALE, staff.desk_id) == "100"


def test_desk_value_overrides_site_value(services: Services, staff: Staff) -> None:
    other_desk = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    services.settings.set(staff.supervisor, IDLE_LOCK_MINUTES, 10)
    services.settings.set(staff.supervisor, IDLE_LOCK_MINUTES, "3", for_desk=True)
    assert services.settings.get(IDLE_LOCK_MINUTES, staff.desk_id) == 3
    assert services.settings.get(IDLE_LOCK_MINUTES, other_desk) == 10


@pytest.mark.parametrize(
    ("value", "rule"),
    [("0", Rule.OUT_OF_RANGE), ("abc", Rule.NOT_A_NUMBER), ("９９９", Rule.OUT_OF_RANGE), ("", Rule.NOT_A_NUMBER)],
)
def test_bad_values_name_the_setting(services: Services, staff: Staff, value: str, rule: str) -> None:
    with pytest.raises(ValidationError) as raised:
        services.settings.set(staff.supervisor, IDLE_LOCK_MINUTES, value)
    assert (raised.value.field, raised.value.rule) == ("ui.idle_lock_minutes", rule)


def test_a_guard_needs_a_supervisor_for_desk_settings_but_not_for_language(services: Services, staff: Staff) -> None:
    assert services.settings.set(staff.guard, LANGUAGE, "zh_CN", for_desk=True) == "zh_CN"
    with pytest.raises(PermissionDenied) as denied:
        services.settings.set_many(staff.guard, [(IDLE_LOCK_MINUTES, 2)], for_desk=True)
    assert denied.value.approvable
    approval = services.auth.approve(
        staff.supervisor.operator_id, PINS[Role.SUPERVISOR], EDIT_DESK_SETTINGS, "夜班需要快一點鎖屏", staff.guard
    )
    services.settings.set_many(staff.guard, [(IDLE_LOCK_MINUTES, 2)], for_desk=True, approval=approval)
    assert services.settings.get(IDLE_LOCK_MINUTES, staff.desk_id) == 2


def test_set_many_is_all_or_nothing(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationError) as one:
        services.settings.set_many(staff.supervisor, [(IDLE_LOCK_MINUTES, 7), (FONT_SCALE, "300")], for_desk=True)
    assert one.value.field == "ui.font_scale"
    with pytest.raises(ValidationErrors) as both:
        services.settings.set_many(staff.supervisor, [(IDLE_LOCK_MINUTES, 0), (FONT_SCALE, "300")], for_desk=True)
    assert {e.field for e in both.value.errors} == {"ui.idle_lock_minutes", "ui.font_scale"}
    assert services.settings.get(IDLE_LOCK_MINUTES, staff.desk_id) == 5


def test_one_open_shift_per_desk(services: Services, staff: Staff, clock: FixedClock) -> None:
    first = services.shifts.start(staff.guard)
    assert first.pattern == "early"  # 09:00 in Hong Kong
    assert first.status == ShiftStatus.OPEN
    with pytest.raises(Conflict) as twice:
        services.shifts.start(staff.clerk)
    assert twice.value.reason == "already_open"
    clock.advance(timedelta(hours=8))
    ended = services.shifts.end(staff.guard, first.id)
    assert ended.ended_at == clock.now()
    assert services.shifts.current(staff.desk_id) is None
    with pytest.raises(Conflict):
        services.shifts.end(staff.guard, first.id)


def test_night_pattern_wraps_midnight(services: Services, staff: Staff, clock: FixedClock) -> None:
    clock.advance(timedelta(hours=17))  # 02:00 local
    assert services.shifts.pattern_now().code == "night"


def test_shift_patterns_are_checked(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationError) as bad:
        services.settings.set(staff.admin, SHIFT_PATTERNS, [{"code": "a", "start": "25:00", "end": "07:00"}])
    assert bad.value.rule == Rule.BAD_FORMAT
    with pytest.raises(ValidationError) as duplicate:
        services.settings.set(
            staff.admin,
            SHIFT_PATTERNS,
            [{"code": "a", "start": "07:00", "end": "19:00"}, {"code": "a", "start": "19:00", "end": "07:00"}],
        )
    assert duplicate.value.rule == Rule.DUPLICATE
    services.settings.set(
        staff.admin,
        SHIFT_PATTERNS,
        [
            {"code": "day", "start": "07:00", "end": "19:00", "label": "白班"},
            {"code": "night", "start": "19:00", "end": "07:00"},
        ],
    )
    assert [p.label for p in services.shifts.patterns()] == ["白班", ""]
