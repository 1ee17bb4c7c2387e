"""Key classes are a site setting: default loan periods and who may borrow without being named."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.errors import Rule, ValidationError
from app.keys.policy import KEY_CLASSES
from app.keys.rows import BorrowerKind
from tests.app.keys.conftest import Estate


def _classes(estate: Estate) -> list[dict[str, object]]:
    return [dict(item) for item in estate.services.settings.get(KEY_CLASSES)]


def test_built_in_classes_and_their_periods(estate: Estate) -> None:
    classes = {c.code: c for c in estate.keys.classes()}
    assert {code: c.loan_minutes for code, c in classes.items()} == {
        "management": 240,
        "deposited": 1440,
        "emergency": 60,
    }
    assert classes["management"].open_to == frozenset({BorrowerKind.STAFF})
    assert classes["deposited"].open_to == frozenset()


def test_a_site_changes_a_loan_period_and_adds_a_class(estate: Estate) -> None:
    value = _classes(estate)
    value[0]["loan_minutes"] = 90
    value.append({"code": "vehicle", "label": "公司車鑰匙", "loan_minutes": 480, "open_to": ["staff", "contractor"]})
    estate.services.settings.set(estate.staff.admin, KEY_CLASSES, value)
    pump = estate.add_key("K-1")
    assert estate.keys.default_due(pump.id) - estate.clock.now() == timedelta(minutes=90)
    van = estate.add_key("V-1", "客貨車 粵B·12345", "vehicle")
    loan = estate.keys.issue(estate.staff.guard, van.id, estate.contractor_borrower())
    assert loan.authorised and loan.due_at - loan.issued_at == timedelta(hours=8)


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (lambda v: v.pop(1), "builtin_class_missing"),
        (lambda v: v.append(dict(v[0])), Rule.DUPLICATE),
        (lambda v: v[0].update(loan_minutes=0), Rule.OUT_OF_RANGE),
        (lambda v: v[0].update(loan_minutes="一小時"), Rule.NOT_A_NUMBER),
        (lambda v: v[0].update(open_to=["aliens"]), Rule.CHOICE),
        (lambda v: v.append({"code": "x", "label": "", "loan_minutes": 60, "open_to": []}), Rule.REQUIRED),
    ],
)
def test_bad_class_settings_are_refused(estate: Estate, change: object, rule: str) -> None:
    value = _classes(estate)
    change(value)  # type: ignore[operator]
    with pytest.raises(ValidationError) as raised:
        estate.services.settings.set(estate.staff.admin, KEY_CLASSES, value)
    assert (raised.value.field, raised.value.rule) == ("keys.classes", rule)


def test_a_key_of_a_removed_class_falls_back_to_staff_for_four_hours(estate: Estate) -> None:
    assert estate.keys.key_class("gone").loan_minutes == 240
