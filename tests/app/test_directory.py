"""The site directory: units by what a guard types, people by name fragment or phone tail."""

from __future__ import annotations

import pytest

from app.bootstrap import Services
from app.directory import PersonFields, PersonKind, ResidentRole
from app.errors import PermissionDenied, Rule, ValidationError, ValidationErrors
from tests.conftest import Staff


@pytest.fixture
def unit_12a(services: Services, staff: Staff) -> object:
    building = services.directory.add_building(staff.clerk, "a", "A座")
    services.directory.add_unit(staff.clerk, building.id, "12b", "12")
    return services.directory.add_unit(staff.clerk, building.id, "12a", "12")


def test_units_are_found_by_what_a_guard_types(services: Services, unit_12a: object) -> None:
    assert [u.label for u in services.directory.find_units("a12a")] == ["A座 12A"]
    assert [u.label for u in services.directory.find_units("A座12")] == ["A座 12A", "A座 12B"]
    assert [u.code for u in services.directory.find_units("１２Ａ")] == ["12A"]  # full-width from an IME


def test_duplicate_unit_is_refused(services: Services, staff: Staff, unit_12a: object) -> None:
    building = services.directory.buildings()[0]
    with pytest.raises(ValidationError) as raised:
        services.directory.add_unit(staff.clerk, building.id, "12A")
    assert (raised.value.field, raised.value.rule) == ("unit_code", Rule.DUPLICATE)


def test_residents_are_found_by_name_in_either_script_and_by_phone_tail(
    services: Services, staff: Staff, unit_12a: object
) -> None:
    unit_id = unit_12a.id  # type: ignore[attr-defined]
    added = services.directory.add_person(
        staff.clerk, PersonFields(PersonKind.RESIDENT, "陳大文", "9123 4567", unit_id, ResidentRole.OWNER)
    )
    assert added.phone == "+85291234567"
    assert added.unit_label == "A座 12A"
    assert added.phone_masked.endswith("4567") and "9123" not in added.phone_masked
    for typed in ("陳大", "陈大", "大文", "4567", "91234567"):
        assert [p.name for p in services.directory.people(text=typed)] == ["陳大文"], typed
    assert services.directory.people(kinds=[PersonKind.STAFF], text="陳") == []


def test_a_resident_needs_a_unit_and_every_error_is_reported(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationErrors) as raised:
        services.directory.add_person(staff.clerk, PersonFields(PersonKind.RESIDENT, "", "12", None, "landlord"))
    fields = {e.field: e.rule for e in raised.value.errors}
    assert fields == {"name": Rule.REQUIRED, "phone": Rule.BAD_FORMAT, "unit": Rule.REQUIRED, "role": Rule.CHOICE}
    phone_error = raised.value.for_field("phone")
    assert phone_error is not None and phone_error.warning


def test_an_odd_phone_is_saved_once_the_clerk_confirms(services: Services, staff: Staff) -> None:
    fields = PersonFields(PersonKind.CONTRACTOR, "李師傅", "１２３４５", company="順達水電")
    with pytest.raises(ValidationErrors):
        services.directory.add_person(staff.clerk, fields)
    saved = services.directory.add_person(staff.clerk, fields, accepted={"phone"})
    assert saved.phone == "12345"


def test_guards_read_the_directory_but_do_not_edit_it(services: Services, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        services.directory.add_building(staff.guard, "B", "B座")
    assert services.directory.people() == []
