"""Operator management: admins only, never delete, keep an admin, and bad input at the field."""

from __future__ import annotations

import pytest

from app.bootstrap import Services
from app.errors import Conflict, PermissionDenied, Rule, ValidationError, ValidationErrors
from app.operators import NewOperator
from app.permissions import Role
from tests.conftest import STAFF_PASSWORD, Staff


def test_a_guard_cannot_manage_operators(services: Services, staff: Staff) -> None:
    with pytest.raises(PermissionDenied) as denied:
        services.operators.create(staff.guard, NewOperator("x1", "X", Role.GUARD, STAFF_PASSWORD))
    assert denied.value.action == "operators.manage"
    assert not denied.value.approvable
    with pytest.raises(PermissionDenied):
        services.operators.list_operators(staff.supervisor)


def test_every_bad_field_is_reported_at_once(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationErrors) as raised:
        services.operators.create(staff.admin, NewOperator(" ", "\u200b", Role.GUARD, "short", "12a4"))
    rules = {e.field: e.rule for e in raised.value.errors}
    assert rules == {
        "username": Rule.REQUIRED,
        "display_name": Rule.INVISIBLE_CHARS,
        "password": Rule.PASSWORD_TOO_WEAK,
        "pin": Rule.PIN_FORMAT,
    }
    assert services.operators.count() == 4  # nothing half-written


@pytest.mark.parametrize(
    ("username", "rule"),
    [
        ("a", Rule.TOO_SHORT),
        ("x" * 41, Rule.TOO_LONG),
        ("with space", "username_chars"),
        ("semi;colon", "username_chars"),
        ("tab\there", Rule.CONTROL_CHARS),
        ("WONG", Rule.DUPLICATE),
    ],
)
def test_user_name_rules(services: Services, staff: Staff, username: str, rule: str) -> None:
    with pytest.raises((ValidationError, ValidationErrors)) as raised:
        services.operators.create(staff.admin, NewOperator(username, "某人", Role.GUARD, STAFF_PASSWORD))
    error = raised.value
    found = error.errors[0] if isinstance(error, ValidationErrors) else error
    assert (found.field, found.rule) == ("username", rule)


def test_chinese_user_names_work(services: Services, staff: Staff) -> None:
    row = services.operators.create(staff.admin, NewOperator("黃大偉", "黃大偉", Role.GUARD, STAFF_PASSWORD, "8642"))
    assert services.auth.login("黃大偉", STAFF_PASSWORD, staff.desk_id).operator_id == row.id


def test_ten_thousand_character_name_is_refused(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationErrors) as raised:
        services.operators.create(staff.admin, NewOperator("longname", "名" * 10_000, Role.GUARD, STAFF_PASSWORD))
    assert raised.value.for_field("display_name") is not None
    assert raised.value.for_field("display_name").rule == Rule.TOO_LONG  # type: ignore[union-attr]


@pytest.mark.parametrize("pin", ["1111", "1234", "98765", "123456"])
def test_trivial_pins_are_refused(services: Services, staff: Staff, pin: str) -> None:
    with pytest.raises(ValidationError) as raised:
        services.operators.set_pin(staff.guard, staff.guard.operator_id, pin)
    assert raised.value.rule == "pin_too_simple"


def test_operators_are_disabled_never_deleted_and_one_admin_remains(services: Services, staff: Staff) -> None:
    with pytest.raises(Conflict) as own:
        services.operators.set_active(staff.admin, staff.admin.operator_id, False)
    assert own.value.reason == "self"
    with pytest.raises(Conflict) as last:
        services.operators.change_role(staff.admin, staff.admin.operator_id, Role.SUPERVISOR)
    assert last.value.reason == "last_admin"
    disabled = services.operators.set_active(staff.admin, staff.guard.operator_id, False)
    assert not disabled.active
    names = [o.username for o in services.operators.list_operators(staff.admin)]
    assert "wong" in names


def test_a_reset_password_must_be_changed(services: Services, staff: Staff) -> None:
    services.operators.reset_password(staff.admin, staff.guard.operator_id, "temp-pass-9")
    actor = services.auth.login("wong", "temp-pass-9", staff.desk_id)
    assert services.operators.own(actor).must_change_password
    with pytest.raises(ValidationError) as wrong:
        services.operators.change_own_password(actor, "not-it", "mine-pass-7")
    assert wrong.value.field == "old_password"
    services.operators.change_own_password(actor, "temp-pass-9", "mine-pass-7")
    assert not services.operators.own(actor).must_change_password
