"""Check-in: what is saved, what is refused (all at once, nothing half-saved), ID numbers at rest."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import text

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import PermissionDenied, Rule, ValidationError, ValidationErrors
from app.visitors.checks import NOT_ALLOWED
from app.visitors.model import (
    OVERRIDE_ID_CHECK,
    REVEAL_ID,
    HistoryFilter,
    IdChecked,
    IdPolicy,
    VisitStatus,
)
from app.visitors.types import ID_POLICY
from tests.app.visitors.conftest import Estate, approval, check_in, guest, record_ids
from tests.conftest import Staff


def _fields_of(raised: pytest.ExceptionInfo[ValidationErrors]) -> dict[str, tuple[str, bool]]:
    return {e.field: (e.rule, e.warning) for e in raised.value.errors}


def test_a_guest_is_checked_in_numbered_and_on_site(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    row = check_in(services, staff.guard, guest(estate, resident_id=estate.resident.id, companions=2))
    assert row.code == "V-000001"
    assert row.status is VisitStatus.ON_SITE
    assert (row.name, row.unit_label, row.resident_name, row.companions) == ("陳大文", "A座 12A", "黃美玲", 2)
    assert row.checked_in_by == "黃大文"
    assert row.checked_in_at == clock.now()
    assert row.expected_leave_at == clock.now() + timedelta(minutes=180)  # the guest type's default
    assert row.id_checked is IdChecked.NONE
    clock.advance(timedelta(minutes=1))
    second = check_in(services, staff.guard, guest(estate, "李小明"))
    assert second.code == "V-000002"
    assert [r.name for r in services.visitors.on_site()] == ["李小明", "陳大文"]  # newest first


def test_every_wrong_field_is_reported_at_once_and_nothing_is_saved(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    fields = guest(
        estate,
        name="",
        visitor_type="astronaut",
        phone="12",
        plate="??",
        companions=500,
        notes="bell\x07",
        expected_leave_at=clock.now() - timedelta(minutes=5),
        pass_number="P" * 30,
    )
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, fields)
    assert _fields_of(raised) == {
        "name": (Rule.REQUIRED, False),
        "visitor_type": (Rule.CHOICE, False),
        "phone": (Rule.BAD_FORMAT, True),
        "plate": (Rule.BAD_FORMAT, True),
        "companions": (Rule.OUT_OF_RANGE, False),
        "notes": (Rule.CONTROL_CHARS, False),
        "expected_leave_at": (Rule.OUT_OF_RANGE, False),
        "pass_number": (Rule.TOO_LONG, False),
    }
    assert services.visitors.on_site() == []
    assert services.visit_history.count(HistoryFilter()) == 0
    assert services.visitor_lookup.find("12") == []


def test_a_visitor_type_makes_its_fields_required(services: Services, staff: Staff, estate: Estate) -> None:
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, guest(estate, visitor_type="contractor", unit_id=None))
    # Contractors need company, phone, unit and an ID check (the default policy: ID sighted).
    assert set(_fields_of(raised)) == {"company", "phone", "unit", "id_checked"}
    row = check_in(
        services,
        staff.guard,
        guest(estate, visitor_type="contractor", company="順達水電", phone="91234567", id_checked=IdChecked.SIGHTED),
    )
    assert row.id_checked is IdChecked.SIGHTED and row.phone == "+85291234567"
    assert row.expected_leave_at == row.checked_in_at + timedelta(hours=8)


def test_format_warnings_save_once_the_guard_confirms(services: Services, staff: Staff, estate: Estate) -> None:
    odd = guest(estate, phone="１２３４５", plate="ＸＹＺ")
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, odd)
    assert _fields_of(raised) == {"phone": (Rule.BAD_FORMAT, True), "plate": (Rule.BAD_FORMAT, True)}
    row = check_in(services, staff.guard, odd, accepted=("phone", "plate"))
    assert (row.phone, row.plate) == ("12345", "XYZ")


def test_full_width_input_and_traditional_plates_are_normalised(
    services: Services, staff: Staff, estate: Estate
) -> None:
    row = check_in(services, staff.guard, guest(estate, phone="９１２３ ４５６７", plate="粵Ｂ·１２３４５"))
    assert (row.phone, row.plate) == ("+85291234567", "粤B12345")


def test_invisible_characters_in_a_name_are_refused(services: Services, staff: Staff, estate: Estate) -> None:
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, guest(estate, name="陳\u200b大文"))
    assert _fields_of(raised) == {"name": (Rule.INVISIBLE_CHARS, False)}


def test_an_unknown_unit_is_refused(services: Services, staff: Staff, estate: Estate) -> None:
    import uuid

    with pytest.raises(ValidationError) as raised:
        check_in(services, staff.guard, guest(estate, unit_id=uuid.uuid4()))
    assert (raised.value.field, raised.value.rule) == ("unit", Rule.NOT_FOUND)
    assert services.visitors.on_site() == []


def test_id_numbers_are_not_taken_unless_the_site_records_them(
    services: Services, staff: Staff, estate: Estate
) -> None:
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, guest(estate, id_type="hk_id", id_number="Z683365(A)"))
    assert _fields_of(raised) == {"id_number": (NOT_ALLOWED, False)}


def test_recording_numbers_needs_an_administrator_and_a_justification(services: Services, staff: Staff) -> None:
    value = {"policy": IdPolicy.RECORD_NUMBER.value, "justification": "需要"}
    with pytest.raises(PermissionDenied):
        services.settings.set(staff.supervisor, ID_POLICY, value)
    with pytest.raises(ValidationError) as raised:
        services.settings.set(staff.admin, ID_POLICY, value)
    assert (raised.value.field, raised.value.rule) == ("justification", Rule.TOO_SHORT)
    record_ids(services, staff)
    assert services.visitors.id_policy().policy is IdPolicy.RECORD_NUMBER


def test_a_recorded_id_is_encrypted_masked_and_never_stored_in_the_clear(
    services: Services, staff: Staff, estate: Estate
) -> None:
    record_ids(services, staff)
    row = check_in(services, staff.guard, guest(estate, id_type="hk_id", id_number="z６８３３６５（ａ）"))
    assert (row.id_checked, row.id_type, row.id_masked) == (IdChecked.RECORDED, "hk_id", "Z****65(A)")
    engine = services.database.engine
    with engine.connect() as connection:
        for table in ("visit", "visitor", "audit_entry"):
            for record in connection.execute(text(f"SELECT * FROM {table}")):
                dumped = " ".join(repr(value) for value in record)
                assert "683365" not in dumped, table
        blind = connection.execute(text("SELECT id_blind FROM visit")).scalar_one()
    assert blind == services.visitors._vault.blind("Z683365A")


def test_a_wrong_check_digit_blocks_until_a_supervisor_overrides(
    services: Services, staff: Staff, estate: Estate
) -> None:
    record_ids(services, staff)
    fields = guest(estate, id_type="mainland_id", id_number="440305199003071235")  # check digit should be 6
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, fields)
    assert _fields_of(raised) == {"id_number": (Rule.BAD_CHECKSUM, False)}
    with pytest.raises(ValidationErrors):
        check_in(services, staff.guard, fields, accepted=("id_number",))  # not a warning: cannot be waved
    with pytest.raises(PermissionDenied) as asked:
        check_in(services, staff.guard, fields, override_id=True)  # the guard asks: a supervisor must approve
    assert asked.value.approvable
    wrong = approval(services, staff, REVEAL_ID)
    with pytest.raises(PermissionDenied) as denied:
        check_in(services, staff.guard, fields, id_approval=wrong)
    assert denied.value.approvable
    row = check_in(services, staff.guard, fields, id_approval=approval(services, staff, OVERRIDE_ID_CHECK))
    assert row.id_masked == "440***********1235"
    entries = services.audit.entries_for_record
    with services.database.sessions.read() as s:
        logged = entries(s, row.id)
    assert logged[0].action == "visit.checked_in"
    assert logged[0].approver_id == staff.supervisor.operator_id
    assert logged[0].details["id_override"] is True


def test_a_supervisor_reveals_a_number_with_a_reason_and_it_is_audited(
    services: Services, staff: Staff, estate: Estate
) -> None:
    record_ids(services, staff)
    row = check_in(services, staff.guard, guest(estate, id_type="taiwan_id", id_number="A123456789"))
    with pytest.raises(PermissionDenied) as denied:
        services.visitors.reveal_id(staff.supervisor, row.id, None)  # even a supervisor gives a reason
    assert denied.value.approvable
    number = services.visitors.reveal_id(staff.guard, row.id, approval(services, staff, REVEAL_ID, "警方查詢"))
    assert number == "A123456789"
    with services.database.sessions.read() as s:
        logged = services.audit.entries_for_record(s, row.id)
    revealed = [e for e in logged if e.action == "visit.id_revealed"]
    assert len(revealed) == 1 and revealed[0].approver_id == staff.supervisor.operator_id
    assert "A123456789" not in json.dumps(dict(revealed[0].details))


def test_audit_entries_carry_no_personal_data(services: Services, staff: Staff, estate: Estate) -> None:
    row = check_in(services, staff.guard, guest(estate, name="歐陽娜娜", phone="91234567", plate="AB1234"))
    services.visitors.check_out(staff.guard, row.id)
    with services.database.sessions.read() as s:
        logged = services.audit.entries_for_record(s, row.id)
    assert [e.action for e in logged] == ["visit.checked_in", "visit.checked_out"]
    dumped = json.dumps([dict(e.details) for e in logged], ensure_ascii=False)
    for personal in ("歐陽", "91234567", "AB1234"):
        assert personal not in dumped


def test_guards_may_not_save_a_visit_for_a_leave_time_days_away(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, guest(estate, expected_leave_at=clock.now() + timedelta(days=3)))
    assert _fields_of(raised) == {"expected_leave_at": (Rule.OUT_OF_RANGE, False)}
