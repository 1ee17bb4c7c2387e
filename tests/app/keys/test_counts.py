"""The key count at a shift change: matched, missing and unexpected keys, kept for the handover."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError

from app.errors import ValidationError
from app.keys.handover import KeyHandoverSource
from app.keys.rows import CountOutcome, KeyEventKind
from app.permissions import Actor
from db.models.keys import KeyCount
from tests.app.keys.conftest import Estate


def test_a_count_with_everything_in_place(estate: Estate) -> None:
    keys = [estate.add_key(f"K-50{i}", position=f"甲-{i}") for i in range(3)]
    expected = estate.services.key_counts.expected_in()
    assert [k.tag for k in expected] == ["K-500", "K-501", "K-502"]
    shift = estate.services.shifts.start(estate.staff.guard)
    guard = estate.staff.guard.with_shift(shift.id)
    count = estate.services.key_counts.record(guard, [k.id for k in keys])
    assert (count.expected, count.matched, count.all_matched) == (3, 3, True)
    assert (count.shift_id, count.desk_id, count.counted_by) == (shift.id, guard.desk_id, "黃大文")
    assert estate.keys.latest_count(estate.staff.desk_id) == count


def test_a_count_records_missing_and_unexpected_keys(estate: Estate) -> None:
    counts = estate.services.key_counts
    present, missing, lent = (estate.add_key(tag) for tag in ("K-601", "K-602", "K-603"))
    ring = estate.add_key("R-601", "鑰匙串", is_ring=True)
    member = estate.add_key("K-604", "串上天台匙")
    estate.services.key_inventory.set_ring_members(estate.staff.supervisor, ring.id, [member.id])
    estate.keys.issue(estate.staff.guard, lent.id, estate.staff_borrower())
    assert {k.tag for k in counts.expected_in()} == {"K-601", "K-602", "R-601"}  # not the lent key, not the member

    estate.clock.advance(timedelta(minutes=5))
    # The guard ticks one key and scans three tags: a ring member (counts as its ring), the key the
    # register says is out, and a tag nobody knows.
    count = counts.record(estate.staff.guard, [present.id], [" k-604", "K-603", "X-999"], note="K-602 不在掛鈎")
    assert (count.expected, count.matched) == (3, 2)
    assert [(line.tag, line.outcome) for line in count.missing] == [("K-602", CountOutcome.MISSING)]
    assert [(line.tag, line.label, line.scanned) for line in count.unexpected] == [
        ("K-603", "K-603 鑰匙", True),
        ("X-999", "", True),
    ]
    missing_history = estate.keys.history(missing.id)[0]
    assert (missing_history.kind, missing_history.note) == (KeyEventKind.COUNTED_MISSING, "K-602 不在掛鈎")

    estate.clock.advance(timedelta(hours=8))
    later = counts.record(estate.staff.guard, [present.id, missing.id, ring.id])
    assert later.all_matched and estate.keys.latest_count(estate.staff.desk_id) == later
    assert counts.get(count.id) == count


def test_a_count_needs_a_desk_and_a_person_at_it(estate: Estate) -> None:
    estate.add_key("K-701")
    guard = estate.staff.guard
    nowhere = Actor(guard.operator_id, guard.username, guard.display_name, guard.role, desk_id=None)
    with pytest.raises(ValidationError) as raised:
        estate.services.key_counts.record(nowhere, [])
    assert raised.value.field == "desk"
    with pytest.raises(ValidationError) as bad_scan:
        estate.services.key_counts.record(estate.staff.guard, [], ["K-701\x07"])
    assert bad_scan.value.field == "scan"
    assert estate.keys.latest_count(estate.staff.desk_id) is None


def test_a_count_is_never_edited(estate: Estate) -> None:
    estate.add_key("K-801")
    count = estate.services.key_counts.record(estate.staff.guard, [])
    assert count.missing[0].tag == "K-801"
    with pytest.raises(DBAPIError), estate.services.database.sessions.begin() as s:
        s.execute(update(KeyCount).where(KeyCount.id == count.id).values(missing=0))
    assert estate.keys.latest_count(estate.staff.desk_id) == count


def test_the_handover_gets_keys_out_overdue_and_the_count_differences(estate: Estate) -> None:
    shift = estate.services.shifts.start(estate.staff.guard)
    guard = estate.staff.guard.with_shift(shift.id)
    roof, pump, spare = estate.add_key("K-901", "天台門"), estate.add_key("K-902", "水泵房"), estate.add_key("K-903")
    now = estate.clock.now()
    estate.keys.issue(guard, roof.id, estate.staff_borrower(), due_at=now + timedelta(hours=1))
    estate.keys.issue(guard, pump.id, estate.staff_borrower(), due_at=now + timedelta(hours=9))
    estate.services.key_counts.record(guard, [])  # K-903 not found
    estate.clock.advance(timedelta(hours=8))
    source = KeyHandoverSource(estate.keys)
    items = source.handover_items(estate.staff.desk_id, shift.started_at, estate.clock.now())
    summary = [(i.kind.value, i.subject, i.severity.value) for i in items]
    assert summary == [
        ("key_overdue", "K-901 天台門", "warning"),
        ("key_out", "K-902 水泵房", "info"),
        ("key_count", "", "warning"),  # the shift's count, always one line: done, with differences
        ("key_count_difference", "K-903 K-903 鑰匙", "warning"),
    ]
    assert dict(items[0].facts) == {"borrower": "何家樂", "borrower_kind": "staff", "late_minutes": "420"}
    assert dict(items[2].facts)["result"] == "differences" and dict(items[2].facts)["differences"] == "1"
    assert ("outcome", "missing") in items[3].facts
    next_shift = estate.clock.now() + timedelta(hours=2)
    later = source.handover_items(estate.staff.desk_id, next_shift, next_shift)  # the count was older
    assert [(i.kind.value, dict(i.facts).get("result")) for i in later][-1] == ("key_count", "not_done")
    assert len(later) == 3
    assert spare.status.value == "in"
