"""The duty log: append-only entries, amendments kept with the original, instructions to pass on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.common import LogKind
from app.duty.log import InstructionSource, NewLogEntry
from app.errors import NotFound, ValidationError, ValidationErrors
from app.handover_sources import HandoverItemKind
from tests.conftest import Staff


def test_an_entry_is_attributed_to_the_operator_desk_and_shift(services: Services, staff: Staff) -> None:
    shift = services.shifts.start(staff.guard)
    row = services.duty_log.add(staff.guard, NewLogEntry("note", "東門閘機故障已報修", "東門"))
    assert (row.author_name, row.desk_id, row.shift_id) == ("黃大文", staff.desk_id, shift.id)
    assert row.kind is LogKind.NOTE and row.at == services.clock.now() and not row.amended


def test_bad_input_reports_every_field_and_nothing_is_written(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    with pytest.raises(ValidationErrors) as caught:
        services.duty_log.add(
            staff.guard,
            NewLogEntry("gossip", "   ", "x" * 200, at=clock.now() + timedelta(hours=1)),
        )
    assert {(e.field, e.rule) for e in caught.value.errors} == {
        ("kind", "choice"),
        ("text", "required"),
        ("location", "too_long"),
        ("at", "in_future"),
    }
    with pytest.raises(ValidationError) as back:
        services.duty_log.add(staff.guard, NewLogEntry("note", "補記", at=clock.now() - timedelta(days=2)))
    assert back.value.rule == "too_far_back"
    with pytest.raises(ValidationError) as hidden:
        services.duty_log.add(staff.guard, NewLogEntry("note", "零\u200b寬"))
    assert hidden.value.rule == "invisible_chars"
    assert services.duty_log.timeline(staff.desk_id, clock.now() - timedelta(days=1)) == []


def test_an_amendment_keeps_the_original_and_says_who_why_and_when(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    entry = services.duty_log.add(staff.guard, NewLogEntry("note", "B座3樓走火通道被雜物阻塞"))
    clock.advance(timedelta(minutes=20))
    amended = services.duty_log.amend(staff.supervisor, entry.id, "B座5樓走火通道被雜物阻塞", "樓層寫錯")
    assert amended.original_text == "B座3樓走火通道被雜物阻塞"
    assert amended.text == "B座5樓走火通道被雜物阻塞"
    (amendment,) = amended.amendments
    assert (amendment.author_name, amendment.reason, amendment.at) == ("李班長", "樓層寫錯", clock.now())
    # Amending an amendment amends the entry; the timeline shows one entry with both corrections.
    services.duty_log.amend(staff.guard, amendment.id, "B座6樓走火通道被雜物阻塞", "再更正")
    (shown,) = services.duty_log.timeline(staff.desk_id, clock.now() - timedelta(hours=1))
    assert [a.reason for a in shown.amendments] == ["樓層寫錯", "再更正"] and shown.text.startswith("B座6樓")
    with pytest.raises(ValidationErrors):
        services.duty_log.amend(staff.guard, entry.id, "", "")
    with pytest.raises(NotFound):
        services.duty_log.amend(staff.guard, staff.desk_id, "x", "y")


def test_the_database_refuses_to_edit_or_delete_a_log_entry(services: Services, staff: Staff) -> None:
    entry = services.duty_log.add(staff.guard, NewLogEntry("note", "原文"))
    engine = services.database.engine
    for statement in ("UPDATE duty_log_entry SET text = 'changed'", "DELETE FROM duty_log_entry"):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.execute(text(statement))
    assert services.duty_log.get(entry.id).text == "原文"


def test_timeline_is_per_desk_in_time_order_and_filters_by_kind(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    since = clock.now()
    services.duty_log.add(staff.guard, NewLogEntry("note", "第二", at=clock.now() - timedelta(minutes=1)))
    services.duty_log.add(staff.guard, NewLogEntry("drill", "第一", at=clock.now() - timedelta(minutes=5)))
    clock.advance(timedelta(minutes=1))
    services.duty_log.add(staff.guard, NewLogEntry("note", "第三"))
    reception = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    other = services.auth.login("wong", "staff-pass-1", reception)
    services.duty_log.add(other, NewLogEntry("note", "別的崗位"))
    rows = services.duty_log.timeline(staff.desk_id, since - timedelta(minutes=10))
    assert [r.text for r in rows] == ["第一", "第二", "第三"]
    assert [r.text for r in services.duty_log.timeline(staff.desk_id, since - timedelta(hours=1), kind="drill")] == [
        "第一"
    ]
    assert services.duty_log.count(staff.desk_id, since - timedelta(hours=1), clock.now()) == 3


def test_instructions_to_pass_on(services: Services, staff: Staff, clock: FixedClock) -> None:
    shift_start = clock.now()
    services.duty_log.add(
        staff.supervisor,
        NewLogEntry("instruction", "本週每晚加巡C座", valid_until=clock.now() + timedelta(days=7)),
    )
    services.duty_log.add(staff.supervisor, NewLogEntry("instruction", "今早留意送水工人"))
    services.duty_log.add(staff.guard, NewLogEntry("note", "不是指示"))
    source = InstructionSource(services.database.sessions)
    now = clock.now() + timedelta(hours=1)
    items = source.handover_items(staff.desk_id, shift_start, now)
    assert [i.subject for i in items] == ["本週每晚加巡C座", "今早留意送水工人"]
    assert {i.kind for i in items} == {HandoverItemKind.INSTRUCTION}
    # The next shift still gets the standing instruction, not the one-shift one.
    later = source.handover_items(staff.desk_id, now + timedelta(hours=8), now + timedelta(hours=16))
    assert [i.subject for i in later] == ["本週每晚加巡C座"]
    with pytest.raises(ValidationError) as wrong:
        services.duty_log.add(staff.guard, NewLogEntry("note", "x", valid_until=clock.now() + timedelta(days=1)))
    assert wrong.value.rule == "instructions_only"
    with pytest.raises(ValidationError):
        services.duty_log.add(
            staff.guard, NewLogEntry("instruction", "x", valid_until=clock.now() - timedelta(minutes=1))
        )


def test_writing_needs_a_desk(services: Services, staff: Staff) -> None:
    nowhere = services.auth.login("wong", "staff-pass-1", None)
    with pytest.raises(ValidationError) as caught:
        services.duty_log.add(nowhere, NewLogEntry("note", "x"))
    assert caught.value.field == "desk"
