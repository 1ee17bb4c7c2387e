"""The key inventory: adding and amending keys, rings, retiring, finding keys by what a guard types."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.errors import Conflict, GatehouseError, PermissionDenied, Rule, ValidationError, ValidationErrors
from app.keys.policy import MANAGE_KEYS
from app.keys.rows import (
    KeyEventKind,
    KeyFields,
    KeyFilter,
    KeyQuery,
    KeyState,
    KeyStatus,
    LoanState,
    OpensKind,
)
from db.models.keys import KeyItem
from tests.app.keys.conftest import Estate
from tests.conftest import PINS


def test_a_key_is_added_with_what_it_opens_and_where_it_hangs(estate: Estate) -> None:
    fields = KeyFields(
        "k-101", "A座 12A 室", OpensKind.UNIT, unit_id=estate.unit.id, position="甲櫃 3", copies="2", notes="後門"
    )
    key = estate.services.key_inventory.add_key(estate.staff.clerk, fields)
    assert (key.tag, key.label, key.unit_label, key.position, key.copies) == (
        "K-101",
        "A座 12A 室",
        "A座 12A",
        "甲櫃 3",
        2,
    )
    assert (key.state, key.status, key.key_class, key.deposited) == (KeyState.ACTIVE, KeyStatus.IN, "management", False)
    (added,) = estate.keys.history(key.id)
    assert (added.kind, added.operator) == (KeyEventKind.ADDED, "陳小美")


def test_every_error_of_the_key_form_at_once_and_nothing_saved(estate: Estate) -> None:
    bad = KeyFields(" ", "", "door", key_class="secret", copies="兩")
    with pytest.raises(ValidationErrors) as raised:
        estate.services.key_inventory.add_key(estate.staff.clerk, bad)
    assert {(e.field, e.rule) for e in raised.value.errors} == {
        ("tag", Rule.REQUIRED),
        ("label", Rule.REQUIRED),
        ("opens_kind", Rule.CHOICE),
        ("key_class", Rule.CHOICE),
        ("copies", Rule.NOT_A_NUMBER),
    }
    for fields, field, rule in (
        (KeyFields("K-1", "門", OpensKind.UNIT), "unit", Rule.REQUIRED),
        (KeyFields("K-1", "門", copies=100), "copies", Rule.OUT_OF_RANGE),
        (KeyFields("K-1", "門", key_class="deposited"), "key_class", "use_deposit_form"),
        (KeyFields("K-" + "1" * 30, "門"), "tag", Rule.TOO_LONG),
    ):
        with pytest.raises(ValidationErrors) as error:
            estate.services.key_inventory.add_key(estate.staff.clerk, fields)
        assert [(e.field, e.rule) for e in error.value.errors] == [(field, rule)]
    assert estate.keys.count_keys() == 0


def test_a_tag_is_unique_however_it_is_typed(estate: Estate) -> None:
    estate.add_key("K-102")
    with pytest.raises(ValidationError) as raised:
        estate.add_key("ｋ－１０２")  # full-width, as an input method types it
    assert (raised.value.field, raised.value.rule) == ("tag", Rule.DUPLICATE)


def test_a_guard_adds_a_key_only_with_a_supervisors_approval(estate: Estate) -> None:
    with pytest.raises(PermissionDenied) as raised:
        estate.services.key_inventory.add_key(estate.staff.guard, KeyFields("K-103", "垃圾房"))
    assert raised.value.approvable
    supervisor = estate.services.operators.supervisors()[0]
    approval = estate.services.auth.approve(
        supervisor.id, PINS[supervisor.role], MANAGE_KEYS, "新配垃圾房鑰匙", estate.staff.guard
    )
    key = estate.services.key_inventory.add_key(estate.staff.guard, KeyFields("K-103", "垃圾房"), approval)
    assert estate.keys.key(key.id).tag == "K-103"


def test_an_amendment_names_the_changed_fields(estate: Estate) -> None:
    key = estate.add_key("K-104", "水錶房")
    inventory = estate.services.key_inventory
    same = KeyFields("K-104", "水錶房", OpensKind.PLANT_ROOM)
    inventory.amend_key(estate.staff.clerk, key.id, same)
    changed = KeyFields("K-104", "水錶房 (B1)", OpensKind.PLANT_ROOM, position="乙櫃 7")
    row = inventory.amend_key(estate.staff.clerk, key.id, changed)
    assert (row.label, row.position) == ("水錶房 (B1)", "乙櫃 7")
    kinds = [(h.kind, h.detail) for h in estate.keys.history(key.id)]
    assert kinds.count((KeyEventKind.AMENDED, "label,position")) == 1 and len(kinds) == 2


def test_a_ring_is_issued_as_one_item_and_its_keys_never_alone(estate: Estate) -> None:
    inventory = estate.services.key_inventory
    ring = estate.add_key("R-001", "A座機房鑰匙串", is_ring=True)
    roof, tank = estate.add_key("K-105", "A座天台"), estate.add_key("K-106", "A座水箱房")
    row = inventory.set_ring_members(estate.staff.supervisor, ring.id, [roof.id, tank.id])
    assert [m.tag for m in row.members] == ["K-105", "K-106"]
    with pytest.raises(Conflict) as raised:
        estate.keys.issue(estate.staff.guard, roof.id, estate.staff_borrower())
    assert (raised.value.reason, raised.value.params["ring"]) == ("on_ring", "R-001")
    loan = estate.keys.issue(estate.staff.guard, ring.id, estate.staff_borrower())
    with pytest.raises(Conflict):  # a ring that is out keeps its keys
        inventory.set_ring_members(estate.staff.supervisor, ring.id, [roof.id])
    estate.keys.return_key(estate.staff.guard, loan.id)
    row = inventory.set_ring_members(estate.staff.supervisor, ring.id, [tank.id])
    assert [m.tag for m in row.members] == ["K-106"] and estate.keys.key(roof.id).ring is None
    assert estate.keys.issue(estate.staff.guard, roof.id, estate.staff_borrower()).state is LoanState.OUT
    with pytest.raises(ValidationError):
        inventory.set_ring_members(estate.staff.supervisor, ring.id, [ring.id])
    with pytest.raises(Conflict) as not_ring:
        inventory.set_ring_members(estate.staff.supervisor, tank.id, [])
    assert not_ring.value.reason == "not_a_ring"


def test_a_retired_key_stays_in_the_register_but_cannot_be_issued(estate: Estate) -> None:
    key = estate.add_key("K-107", "舊會所門")
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())
    inventory = estate.services.key_inventory
    with pytest.raises(Conflict) as out:
        inventory.retire_key(estate.staff.supervisor, key.id, "已換鎖")
    assert out.value.reason == "already_out"
    estate.keys.return_key(estate.staff.guard, loan.id)
    with pytest.raises(PermissionDenied):
        inventory.retire_key(estate.staff.guard, key.id, "已換鎖")
    with pytest.raises(ValidationError):
        inventory.retire_key(estate.staff.supervisor, key.id, "  ")
    row = inventory.retire_key(estate.staff.supervisor, key.id, "已換鎖")
    assert row.status is KeyStatus.RETIRED
    with pytest.raises(Conflict) as retired:
        estate.keys.issue(estate.staff.supervisor, key.id, estate.staff_borrower())
    assert retired.value.reason == "retired"
    assert estate.keys.find_keys(KeyQuery()) == []
    assert [k.tag for k in estate.keys.find_keys(KeyQuery(status=KeyFilter.RETIRED))] == ["K-107"]
    with pytest.raises(Conflict):
        inventory.amend_key(estate.staff.supervisor, key.id, KeyFields("K-107", "舊會所門"))


def test_keys_are_found_by_status_class_and_what_a_guard_types(estate: Estate) -> None:
    pump = estate.add_key("K-201", "B2 水泵房")
    roof = estate.add_key("K-202", "A座天台門", "emergency")
    estate.add_key("K-203", "會所機房")
    now = estate.clock.now()
    estate.keys.issue(estate.staff.guard, pump.id, estate.staff_borrower(), due_at=now + timedelta(hours=1))
    estate.keys.issue(estate.staff.guard, roof.id, estate.staff_borrower(), due_at=now + timedelta(hours=3))
    estate.clock.advance(timedelta(hours=2))

    def tags(**query: object) -> list[str]:
        return [k.tag for k in estate.keys.find_keys(KeyQuery(**query))]  # type: ignore[arg-type]

    assert tags() == ["K-201", "K-202", "K-203"]
    assert tags(status=KeyFilter.IN) == ["K-203"]
    assert tags(status=KeyFilter.OUT) == ["K-201", "K-202"]
    assert tags(status=KeyFilter.OVERDUE) == ["K-201"]
    assert tags(key_class="emergency") == ["K-202"]
    assert tags(text="机房") == ["K-203"]  # Simplified typed, Traditional stored
    assert tags(text="k-20") == ["K-201", "K-202", "K-203"]
    assert tags(text="何家") == ["K-201", "K-202"]  # by borrower
    assert tags(text="100%") == []
    assert estate.keys.count_keys(KeyQuery(status=KeyFilter.OUT)) == 2
    assert [k.tag for k in estate.keys.find_keys(KeyQuery(), offset=1, limit=1)] == ["K-202"]


def test_two_desks_issuing_the_same_key_at_once_one_wins(estate: Estate) -> None:
    key = estate.add_key("K-301")
    outcomes: list[object] = []
    barrier = threading.Barrier(2)

    def desk() -> None:
        barrier.wait()
        try:
            outcomes.append(estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower()))
        except GatehouseError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    conflicts = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(conflicts) == 1 and conflicts[0].reason == "already_out"
    assert len(estate.keys.out_now()) == 1
    with estate.services.database.sessions.read() as s:
        assert s.execute(select(func.count()).select_from(KeyItem)).scalar_one() == 1
