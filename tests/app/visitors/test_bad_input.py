"""Bad input at check-in, field by field: refused at the field (or saved as typed where that is right),
never half-saved."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.bootstrap import Services
from app.errors import GatehouseError, ValidationErrors
from app.visitors.model import CheckInFields, HistoryFilter
from tests.app.visitors.conftest import Estate, check_in, guest, record_ids
from tests.conftest import Staff

LONG = "長" * 1200  # past every limit, the notes' 1,000 characters included
# (field of CheckInFields, kind of bad input, value)
CASES: list[tuple[str, str, str]] = [
    (field, kind, value)
    for field in ("name", "phone", "company", "purpose", "plate", "items", "pass_number", "notes", "id_number")
    for kind, value in (
        ("empty", ""),
        ("too long", LONG),
        ("control character", "陳\x07文"),
        ("full-width", "ＡＢ１２３４"),
        ("emoji", "陳😀"),
        ("SQL-looking", "'; DROP TABLE visit; --"),
        ("zero-width", "陳\u200b大文"),
    )
] + [
    ("id_number", "wrong checksum", "440305199003071235"),
    ("id_number", "wrong date", "440305199013071230"),
    ("phone", "long but plausible", "+852 9123 4567 9123 4567 9123"),
    ("plate", "long but plausible", "粵B 12345 67890 12345 67890"),
]
# What a check-in of A座 12A as a guest saves when the field holds this value (None: refused).
SAVED_AS = {
    ("name", "full-width"): "AB1234",
    ("name", "emoji"): "陳😀",
    ("name", "SQL-looking"): "'; DROP TABLE visit; --",
    ("company", "full-width"): "AB1234",
    ("company", "emoji"): "陳😀",
    ("company", "SQL-looking"): "'; DROP TABLE visit; --",
    ("purpose", "full-width"): "AB1234",
    ("purpose", "emoji"): "陳😀",
    ("purpose", "SQL-looking"): "'; DROP TABLE visit; --",
    ("items", "full-width"): "AB1234",
    ("items", "emoji"): "陳😀",
    ("items", "SQL-looking"): "'; DROP TABLE visit; --",
    ("notes", "full-width"): "AB1234",
    ("notes", "emoji"): "陳😀",
    ("notes", "SQL-looking"): "'; DROP TABLE visit; --",
    ("plate", "full-width"): "AB1234",
    ("pass_number", "full-width"): "AB1234",
    ("pass_number", "emoji"): "陳😀",
    ("phone", "empty"): None,
    ("company", "empty"): "",
    ("purpose", "empty"): "",
    ("plate", "empty"): "",
    ("items", "empty"): "",
    ("pass_number", "empty"): "",
    ("notes", "empty"): "",
    ("id_number", "empty"): "",
}


def outcome(services: Services, staff: Staff, estate: Estate, field: str, value: str) -> tuple[object, object]:
    """(saved value or None, the error or None) of one bad value in one field of a guest's check-in."""
    fields = replace(guest(estate, "陳大文"), **{field: value})
    if field == "id_number":
        fields = replace(fields, id_type="mainland_id")
    try:
        row = check_in(services, staff.guard, fields)
    except GatehouseError as error:
        return None, error
    services.visitors.check_out(staff.guard, row.id)
    saved = {"id_number": row.id_masked or ""}.get(field, getattr(row, field, None))
    return saved, None


@pytest.mark.parametrize(("field", "kind", "value"), CASES, ids=[f"{f}-{k}" for f, k, _v in CASES])
def test_bad_input_is_refused_at_its_field_or_saved_as_typed_never_half_saved(
    services: Services, staff: Staff, estate: Estate, field: str, kind: str, value: str
) -> None:
    record_ids(services, staff)
    before = services.visit_history.count(HistoryFilter())
    saved, error = outcome(services, staff, estate, field, value)
    if (field, kind) in SAVED_AS:
        assert error is None, error
        assert saved == SAVED_AS[(field, kind)]
        assert services.visit_history.count(HistoryFilter()) == before + 1
        return
    assert error is not None, (field, kind, saved)
    fields = {e.field for e in error.errors} if isinstance(error, ValidationErrors) else {getattr(error, "field", "")}
    expected = {"name": "name"}.get(field, field)
    assert expected in fields, (field, kind, fields)
    assert services.visit_history.count(HistoryFilter()) == before  # nothing half-saved
    assert services.visitors.on_site() == []


def test_a_field_that_must_be_filled_in_is_said_so(services: Services, staff: Staff, estate: Estate) -> None:
    with pytest.raises(ValidationErrors) as raised:
        check_in(services, staff.guard, CheckInFields("", "guest"))
    assert {e.field for e in raised.value.errors} == {"name", "unit"}
