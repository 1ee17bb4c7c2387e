"""Expected visitors: registered for a day, listed at the gate, checked in with one action."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.errors import Conflict, Rule, ValidationErrors
from app.visitors.model import ExpectedStatus, ExpectedVisitFields, IdChecked, VisitStatus
from tests.app.visitors.conftest import Estate
from tests.conftest import Staff


def test_an_expected_visitor_is_checked_in_with_one_action(services: Services, staff: Staff, estate: Estate) -> None:
    expected = services.expected_visits
    today = expected.today()
    row = expected.register(
        staff.clerk,
        ExpectedVisitFields(
            today, "張偉傑", "guest", phone="61234567", unit_id=estate.unit_12a.id, resident_id=estate.resident.id
        ),
    )
    expected.register(
        staff.clerk, ExpectedVisitFields(today + timedelta(days=1), "明天的人", "guest", unit_id=estate.unit_3b.id)
    )
    assert [(r.name, r.status, r.registered_by) for r in expected.for_day()] == [
        ("張偉傑", ExpectedStatus.EXPECTED, "陳小美")
    ]
    visit = services.visitors.check_in(staff.guard, expected.check_in_fields(row.id))
    assert (visit.status, visit.name, visit.unit_label, visit.resident_name) == (
        VisitStatus.ON_SITE,
        "張偉傑",
        "A座 12A",
        "黃美玲",
    )
    arrived = expected.get(row.id)
    assert (arrived.status, arrived.visit_id) == (ExpectedStatus.ARRIVED, visit.id)
    assert expected.for_day(include_done=False) == []
    with pytest.raises(Conflict):
        expected.check_in_fields(row.id)


def test_registration_is_checked_and_a_cancelled_visitor_cannot_be_checked_in(
    services: Services, staff: Staff, estate: Estate
) -> None:
    expected = services.expected_visits
    today = expected.today()
    with pytest.raises(ValidationErrors) as raised:
        expected.register(staff.clerk, ExpectedVisitFields(today - timedelta(days=1), "", "spy", phone="1"))
    assert {(e.field, e.rule) for e in raised.value.errors} == {
        ("name", Rule.REQUIRED),
        ("visitor_type", Rule.CHOICE),
        ("expected_on", Rule.OUT_OF_RANGE),
        ("phone", Rule.BAD_FORMAT),
    }
    row = expected.register(staff.clerk, ExpectedVisitFields(today, "李師傅", "contractor", company="順達水電"))
    fields = expected.check_in_fields(row.id)
    with pytest.raises(ValidationErrors) as missing:  # a contractor needs a phone, a unit and an ID check
        services.visitors.check_in(staff.guard, fields)
    assert {e.field for e in missing.value.errors} == {"phone", "unit", "id_checked"}
    assert expected.get(row.id).status is ExpectedStatus.EXPECTED  # nothing half-saved
    assert expected.cancel(staff.clerk, row.id).status is ExpectedStatus.CANCELLED
    completed = replace(fields, phone="61234567", unit_id=estate.unit_3b.id, id_checked=IdChecked.SIGHTED)
    with pytest.raises(Conflict):
        services.visitors.check_in(staff.guard, completed)
    assert services.visitors.on_site() == []
