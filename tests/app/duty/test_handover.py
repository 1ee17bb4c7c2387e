"""The shift handover: compiled contents, acknowledgements, both PINs, refusal, supervisor close."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.common import Acknowledgement, HandoverStatus
from app.duty.incidents import NewIncident
from app.errors import Conflict, PermissionDenied, ValidationError
from app.handover_sources import HandoverItemKind
from app.permissions import END_OTHERS_SHIFT, Role
from app.severity import Severity
from app.shifts import ShiftStatus
from tests.app.duty.fixtures import INCOMING_PIN, ShiftFixture, fixture_shift
from tests.conftest import PINS, Staff


@pytest.fixture
def shift(services: Services, staff: Staff, clock: FixedClock) -> ShiftFixture:
    return fixture_shift(services, staff, clock)


def _accept_all(f: ShiftFixture, except_first: int = 0) -> None:
    handover = f.handovers.compile(f.outgoing)
    for item in handover.items[except_first:]:
        f.handovers.acknowledge(f.outgoing, item.id, f.incoming_id, "accepted")


def test_compiled_handover_lists_every_kind_of_open_matter(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    assert handover.status is HandoverStatus.PENDING
    assert handover.outgoing_name == "黃大文" and handover.desk_name == "東門崗"
    assert {i.kind for i in handover.items} == set(HandoverItemKind)
    # Grouped by kind in the handover order, every item pending.
    kinds = [i.kind for i in handover.items]
    assert kinds == sorted(kinds, key=list(HandoverItemKind).index)
    assert all(i.ack is Acknowledgement.PENDING for i in handover.items)
    by_kind = {i.kind: i for i in handover.items}
    incident = by_kind[HandoverItemKind.INCIDENT_OPEN]
    assert "地庫水浸" in incident.subject and incident.severity is Severity.URGENT
    assert incident.fact("category") == "flooding"
    instruction = by_kind[HandoverItemKind.INSTRUCTION]
    assert instruction.subject == "今晚十時前巡查B座後樓梯" and instruction.fact("author") == "李班長"
    missed = {i.subject: i for i in handover.items if i.kind is HandoverItemKind.PATROL_MISSED}
    assert set(missed) == {"CP-01 東門", "CP-02 停車場", "CP-03 天台"}
    assert missed["CP-03 天台"].fact("missed") == "3"  # 09–10, 10–11, 11–12
    assert missed["CP-01 東門"].fact("missed") == "2"  # reached at 09:10, not since


def test_compiling_again_refreshes_the_items_and_keeps_the_decisions(shift: ShiftFixture) -> None:
    first = shift.handovers.compile(shift.outgoing)
    key = first.items[0]
    shift.handovers.acknowledge(shift.outgoing, key.id, shift.incoming_id, "queried", "鑰匙在誰手上?")
    again = shift.handovers.compile(shift.outgoing)
    assert again.id == first.id and len(again.items) == len(first.items)
    same = next(i for i in again.items if i.ref_id == key.ref_id)
    assert same.ack is Acknowledgement.QUERIED and same.ack_comment == "鑰匙在誰手上?"


def test_signing_with_both_pins_ends_the_outgoing_shift(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    shift.handovers.set_note(shift.outgoing, handover.id, "B座後樓梯門鎖鬆")
    for n, item in enumerate(handover.items):
        decision, comment = ("queried", "水浸是否已通知管理處?") if n == 0 else ("accepted", "")
        shift.handovers.acknowledge(shift.outgoing, item.id, shift.incoming_id, decision, comment)
    signed = shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, INCOMING_PIN)
    row = signed.handover
    assert row.status is HandoverStatus.SIGNED and row.incoming_name == "張國強"
    assert row.note == "B座後樓梯門鎖鬆" and row.signed_at == shift.clock.now()
    assert signed.incoming.operator_id == shift.incoming_id and signed.incoming.shift_id is None
    ended = shift.services.shifts.get(row.shift_id)
    assert ended.status is ShiftStatus.HANDED_OVER and ended.ended_at == shift.clock.now()
    assert shift.services.shifts.current(shift.staff.desk_id) is None
    queries = shift.handovers.open_queries()
    assert [q.item.ack_comment for q in queries] == ["水浸是否已通知管理處?"]
    assert shift.handovers.last(shift.staff.desk_id) is not None
    # The incoming operator starts their own shift.
    started = shift.services.shifts.start(signed.incoming)
    assert started.operator_name == "張國強"


def test_cannot_sign_while_an_item_is_unacknowledged(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    _accept_all(shift, except_first=1)
    with pytest.raises(Conflict) as caught:
        shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, INCOMING_PIN)
    assert (caught.value.reason, caught.value.params["count"]) == ("unacknowledged", 1)
    assert shift.services.shifts.current(shift.staff.desk_id) is not None


def test_a_wrong_pin_is_reported_at_its_field_and_nothing_is_signed(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    _accept_all(shift)
    with pytest.raises(ValidationError) as caught:
        shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, "0000")
    assert caught.value.field == "incoming_pin" and caught.value.rule == "pin_bad_credentials"
    with pytest.raises(ValidationError) as outgoing:
        shift.handovers.sign(shift.outgoing, handover.id, "9999", shift.incoming_id, INCOMING_PIN)
    assert outgoing.value.field == "outgoing_pin"
    assert shift.handovers.get(handover.id).status is HandoverStatus.PENDING


def test_query_and_refusal_need_a_comment_and_incoming_is_not_outgoing(shift: ShiftFixture) -> None:
    item = shift.handovers.compile(shift.outgoing).items[0]
    for decision in ("queried", "refused"):
        with pytest.raises(ValidationError) as caught:
            shift.handovers.acknowledge(shift.outgoing, item.id, shift.incoming_id, decision, "  ")
        assert (caught.value.field, caught.value.rule) == ("handover_comment", "required")
    with pytest.raises(ValidationError) as same:
        shift.handovers.acknowledge(shift.outgoing, item.id, shift.outgoing.operator_id, "accepted")
    assert same.value.rule == "same_as_outgoing"
    with pytest.raises(ValidationError):
        shift.handovers.acknowledge(shift.outgoing, item.id, shift.incoming_id, "maybe")


def test_a_refused_handover_stays_open_until_a_supervisor_closes_it(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    _accept_all(shift, except_first=1)
    shift.handovers.acknowledge(shift.outgoing, handover.items[0].id, shift.incoming_id, "refused", "鑰匙不在櫃內")
    refused = shift.handovers.sign(
        shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, INCOMING_PIN
    ).handover
    assert refused.status is HandoverStatus.REFUSED
    assert shift.services.shifts.current(shift.staff.desk_id) is not None  # the shift goes on
    assert [h.id for h in shift.handovers.refused()] == [handover.id]

    # The outgoing guard cannot close it alone: a supervisor must (in place, with a PIN).
    with pytest.raises(PermissionDenied) as denied:
        shift.handovers.close(shift.outgoing, handover.id, "鑰匙已找到")
    assert denied.value.approvable
    approval = shift.services.auth.approve(
        shift.staff.supervisor.operator_id, PINS[Role.SUPERVISOR], END_OTHERS_SHIFT, "鑰匙已找到", shift.outgoing
    )
    shift.clock.advance(timedelta(minutes=5))
    closed = shift.handovers.close(shift.outgoing, handover.id, "鑰匙已找到 交班完成", approval)
    assert closed.status is HandoverStatus.CLOSED and closed.closed_by_name == "李班長"
    assert closed.close_reason == "鑰匙已找到 交班完成"
    assert shift.services.shifts.get(closed.shift_id).status is ShiftStatus.ENDED
    assert shift.handovers.refused() == []
    with pytest.raises(Conflict):
        shift.handovers.acknowledge(shift.outgoing, handover.items[0].id, shift.incoming_id, "accepted")


def test_a_supervisor_closes_a_stuck_handover_directly(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    closed = shift.handovers.close(shift.staff.supervisor, handover.id, "接班人未到")
    assert closed.status is HandoverStatus.CLOSED and closed.pending
    assert shift.services.shifts.current(shift.staff.desk_id) is None


def test_queried_items_are_resolved_and_history_is_searchable(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    _accept_all(shift, except_first=1)
    queried = handover.items[0]
    shift.handovers.acknowledge(shift.outgoing, queried.id, shift.incoming_id, "queried", "訪客何時離開?")
    shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, INCOMING_PIN)
    assert len(shift.handovers.open_queries()) == 1
    shift.handovers.resolve_query(shift.staff.supervisor, queried.id, "已致電住戶 訪客已離開")
    assert shift.handovers.open_queries() == []
    with pytest.raises(Conflict):
        shift.handovers.resolve_query(shift.staff.supervisor, queried.id, "again")
    for needle, expected in (("何時離開", 1), ("張國強", 1), ("水浸", 1), ("沒有這個", 0)):
        assert shift.handovers.history_count(needle) == expected, needle
        assert len(shift.handovers.history(needle)) == expected
    assert shift.handovers.history("100%") == []  # LIKE wildcards are literal


def test_compiling_needs_an_open_shift(services: Services, staff: Staff) -> None:
    with pytest.raises(Conflict) as caught:
        services.handovers.compile(staff.guard)
    assert caught.value.reason == "no_shift"


def test_the_audit_log_holds_no_typed_text(shift: ShiftFixture) -> None:
    handover = shift.handovers.compile(shift.outgoing)
    shift.handovers.set_note(shift.outgoing, handover.id, "秘密備註")
    with shift.services.database.sessions.read() as s:
        from sqlalchemy import select

        from db.models.core import AuditEntry

        details = " ".join(s.execute(select(AuditEntry.details_json)).scalars())
    for text in ("秘密備註", "地庫水浸", "今晚十時", "B1 燈壞"):
        assert text not in details
    assert shift.services.audit.verify  # chain object available


def test_confirming_a_pin_counts_failures_like_a_pin_switch(shift: ShiftFixture) -> None:
    auth = shift.services.auth
    desk = shift.staff.desk_id
    assert auth.confirm_pin(shift.incoming_id, INCOMING_PIN, desk).display_name == "張國強"
    handover = shift.handovers.compile(shift.outgoing)
    _accept_all(shift)
    rules = []
    for _ in range(5):
        with pytest.raises(ValidationError) as caught:
            shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, "0000")
        rules.append(caught.value.rule)
    assert rules[:4] == ["pin_bad_credentials"] * 4 and rules[4] == "pin_delayed"


def test_a_guard_closes_a_shift_whose_guard_has_gone_with_a_supervisor_approval(shift: ShiftFixture) -> None:
    services, desk = shift.services, shift.staff.desk_id
    other = services.auth.login("cheung", "staff-pass-1", desk)
    with pytest.raises(PermissionDenied):
        shift.handovers.close_shift(other, "黃大文已離開")
    assert shift.handovers.for_shift(shift.outgoing.shift_id) is None  # nothing written before approval
    approval = services.auth.approve(
        shift.staff.supervisor.operator_id, PINS[Role.SUPERVISOR], END_OTHERS_SHIFT, "黃大文身體不適", other
    )
    closed = shift.handovers.close_shift(other, approval.reason, approval)
    assert closed.status is HandoverStatus.CLOSED and closed.close_reason == "黃大文身體不適"
    assert len(closed.items) == 14 and closed.closed_by_name == "李班長"
    assert services.shifts.current(desk) is None


def test_a_reception_desk_hands_over_no_patrol_items(services: Services, staff: Staff, clock: FixedClock) -> None:
    from app.site import DeskKind

    reception = next(d.id for d in services.site.desks() if d.kind == DeskKind.RECEPTION)
    route = services.patrols.add_route(staff.supervisor, "R9", "夜巡", 60, 15)
    services.patrols.add_checkpoint(staff.supervisor, route.id, "CP-09", "天台", "A座天台")
    clock.advance(timedelta(hours=3))
    patrol_sources = [s for s in services.handovers._sources if type(s).__name__ == "PatrolSource"]
    items = patrol_sources[0].handover_items(reception, clock.now() - timedelta(hours=3), clock.now())
    assert items == []
    booth = patrol_sources[0].handover_items(staff.desk_id, clock.now() - timedelta(hours=3), clock.now())
    assert {i.kind for i in booth} == {HandoverItemKind.PATROL_MISSED}


def test_signing_compiles_again_so_the_signed_snapshot_is_the_state_at_signing(shift: ShiftFixture) -> None:
    services = shift.services
    _accept_all(shift)
    handover = shift.handovers.compile(shift.outgoing)
    late = services.incidents.report(shift.outgoing, NewIncident("theft", "medium", "單車房", "單車被盜"))
    with pytest.raises(Conflict) as raised:  # a matter came up since the list was gone through
        shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, INCOMING_PIN)
    assert raised.value.reason == "unacknowledged"
    now = shift.handovers.get(handover.id)
    [new] = now.pending
    assert late.incident.number in new.subject and new.severity is Severity.URGENT  # a theft is urgent
    assert len(now.items) == len(handover.items) + 1  # the earlier decisions are kept
    shift.handovers.acknowledge(shift.outgoing, new.id, shift.incoming_id, "accepted")
    signed = shift.handovers.sign(shift.outgoing, handover.id, shift.outgoing_pin, shift.incoming_id, INCOMING_PIN)
    assert signed.handover.status is HandoverStatus.SIGNED
    assert {i.ref_id for i in signed.handover.items} == {i.ref_id for i in now.items}
    # A reprint shows the snapshot as signed, not the data as it is later.
    services.incidents.set_status(shift.outgoing, late.incident.id, "closed", "已報警")
    assert shift.handovers.get(handover.id).items == signed.handover.items
