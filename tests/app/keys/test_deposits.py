"""Resident-deposited keys: consent, who may collect, collection by someone not on the list."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.errors import NotFound, PermissionDenied, Rule, ValidationError, ValidationErrors
from app.keys.rows import (
    Borrower,
    BorrowerKind,
    CollectorFields,
    DepositFields,
    KeyEventKind,
    KeyFields,
    KeyStatus,
    OpensKind,
)
from tests.app.keys.conftest import Estate


def _deposit(estate: Estate, *collectors: CollectorFields, accepted: tuple[str, ...] = ()) -> object:
    fields = DepositFields(
        "D-12A", "A座 12A 寄存鑰匙", estate.unit.id, estate.owner.id, True, "同意書 0012", "寄存櫃 1", collectors
    )
    return estate.services.key_deposits.deposit(estate.staff.clerk, fields, accepted)


def test_a_deposit_needs_consent_a_depositor_and_a_unit(estate: Estate) -> None:
    empty = DepositFields("", "", None, None, False, collectors=(CollectorFields("", "123"),))
    with pytest.raises(ValidationErrors) as raised:
        estate.services.key_deposits.deposit(estate.staff.guard, empty)
    assert {(e.field, e.rule) for e in raised.value.errors} == {
        ("tag", Rule.REQUIRED),
        ("label", Rule.REQUIRED),
        ("unit", Rule.REQUIRED),
        ("depositor", Rule.REQUIRED),
        ("consent", "consent_required"),
        ("collectors.0.name", Rule.REQUIRED),
    }
    not_resident = DepositFields("D-1", "寄存", estate.unit.id, estate.contractor.id, True)
    with pytest.raises(ValidationError) as wrong:
        estate.services.key_deposits.deposit(estate.staff.guard, not_resident)
    assert (wrong.value.field, wrong.value.rule) == ("depositor", Rule.NOT_FOUND)
    assert estate.keys.count_keys() == 0


def test_a_deposit_records_the_depositor_consent_and_collectors(estate: Estate) -> None:
    deposit = _deposit(estate, CollectorFields("陳太", "6123 4567", "妻子"), CollectorFields("菲傭 Maria", "", "家傭"))
    assert deposit.depositor_name == "陳大文" and deposit.unit_label == "A座 12A"  # type: ignore[attr-defined]
    assert deposit.consent_note == "同意書 0012" and deposit.deposited_by == "陳小美"  # type: ignore[attr-defined]
    assert [(c.name, c.phone, c.relation) for c in deposit.collectors] == [  # type: ignore[attr-defined]
        ("陳太", "+85261234567", "妻子"),
        ("菲傭 Maria", None, "家傭"),
    ]
    key = estate.keys.key(deposit.key_id)  # type: ignore[attr-defined]
    assert (key.key_class, key.deposited, key.unit_label, key.status) == ("deposited", True, "A座 12A", KeyStatus.IN)
    assert estate.keys.history(key.id)[0].kind is KeyEventKind.DEPOSITED
    assert deposit.collectors[0].phone_masked.endswith("4567")  # type: ignore[attr-defined]


def test_an_odd_collector_phone_is_kept_once_confirmed(estate: Estate) -> None:
    with pytest.raises(ValidationErrors) as raised:
        _deposit(estate, CollectorFields("陳太", "12345"))
    (error,) = raised.value.errors
    assert error.field == "collectors.0.phone" and error.warning
    deposit = _deposit(estate, CollectorFields("陳太", "12345"), accepted=("collectors.0.phone",))
    assert deposit.collectors[0].phone == "12345"  # type: ignore[attr-defined]


def test_the_depositor_and_listed_collectors_collect_the_key(estate: Estate) -> None:
    deposit = _deposit(estate, CollectorFields("陳太", "61234567", "妻子"))
    key_id = deposit.key_id  # type: ignore[attr-defined]
    owner = Borrower(BorrowerKind.RESIDENT, person_id=estate.owner.id)
    loan = estate.keys.issue(estate.staff.guard, key_id, owner, purpose="忘記帶鑰匙")
    assert loan.authorised and loan.depositor_confirmation == "" and loan.due_at - loan.issued_at == timedelta(hours=24)
    estate.keys.return_key(estate.staff.guard, loan.id)
    wife = Borrower(BorrowerKind.OTHER, collector_id=deposit.collectors[0].id)  # type: ignore[attr-defined]
    by_wife = estate.keys.issue(estate.staff.guard, key_id, wife)
    assert (by_wife.borrower.name, by_wife.borrower.detail, by_wife.authorised) == ("陳太", "妻子", True)


def test_someone_not_listed_needs_the_depositors_confirmation_recorded(estate: Estate) -> None:
    deposit = _deposit(estate)
    key_id = deposit.key_id  # type: ignore[attr-defined]
    neighbour = Borrower(BorrowerKind.RESIDENT, person_id=estate.neighbour.id)
    assert not estate.keys.may_borrow(key_id, neighbour)
    assert estate.keys.may_borrow(key_id, Borrower(BorrowerKind.RESIDENT, person_id=estate.owner.id))
    with pytest.raises(ValidationError) as raised:
        estate.keys.issue(estate.staff.guard, key_id, neighbour)
    assert (raised.value.field, raised.value.rule) == ("depositor_confirmation", "depositor_confirmation_required")
    staff = estate.staff_borrower()  # not even the management's own staff, without the depositor
    with pytest.raises(ValidationError):
        estate.keys.issue(estate.staff.guard, key_id, staff)
    loan = estate.keys.issue(estate.staff.guard, key_id, neighbour, depositor_confirmation="業主來電確認 14:20")
    assert loan.authorised and loan.depositor_confirmation == "業主來電確認 14:20"
    issued = next(h for h in estate.keys.history(key_id) if h.kind is KeyEventKind.ISSUED)
    assert issued.detail == "業主來電確認 14:20"


def test_a_supervisor_may_override_in_an_emergency(estate: Estate) -> None:
    deposit = _deposit(estate)
    loan = estate.keys.issue(estate.staff.supervisor, deposit.key_id, estate.staff_borrower(), purpose="單位漏水")  # type: ignore[attr-defined]
    assert not loan.authorised and loan.approver == "李班長"


def test_collectors_are_removed_not_deleted(estate: Estate) -> None:
    deposit = _deposit(estate, CollectorFields("陳太", "61234567", "妻子"), CollectorFields("陳仔", "", "兒子"))
    key_id = deposit.key_id  # type: ignore[attr-defined]
    son = deposit.collectors[1]  # type: ignore[attr-defined]
    updated = estate.services.key_deposits.set_collectors(
        estate.staff.clerk, key_id, [CollectorFields("陳太", "61234567", "妻子"), CollectorFields("李姐", "", "鐘點")]
    )
    assert [c.name for c in updated.collectors] == ["陳太", "李姐"]
    with pytest.raises(ValidationError) as raised:
        estate.keys.issue(estate.staff.guard, key_id, Borrower(BorrowerKind.OTHER, collector_id=son.id))
    assert raised.value.field == "borrower"
    changed = next(h for h in estate.keys.history(key_id) if h.kind is KeyEventKind.COLLECTORS_CHANGED)
    assert changed.detail == "+1 -1"


def test_deposit_receipts_are_counted_and_only_for_deposited_keys(estate: Estate) -> None:
    deposit = _deposit(estate)
    key_id = deposit.key_id  # type: ignore[attr-defined]
    deposits = estate.services.key_deposits
    assert [deposits.record_receipt_print(estate.staff.clerk, key_id) for _ in range(2)] == [0, 1]
    plain = estate.add_key("K-900")
    assert deposits.deposit_for(plain.id) is None
    with pytest.raises(NotFound) as raised:
        deposits.record_receipt_print(estate.staff.clerk, plain.id)
    assert raised.value.kind == "key_deposit"


def test_a_deposited_key_stays_deposited_when_amended(estate: Estate) -> None:
    key_id = _deposit(estate).key_id  # type: ignore[attr-defined]
    inventory = estate.services.key_inventory
    moved = KeyFields("D-12A", "A座 12A 寄存鑰匙", OpensKind.UNIT, unit_id=estate.unit.id, key_class="deposited")
    assert inventory.amend_key(estate.staff.clerk, key_id, moved).key_class == "deposited"
    as_management = KeyFields("D-12A", "A座 12A", OpensKind.UNIT, unit_id=estate.unit.id, key_class="management")
    with pytest.raises(ValidationError) as raised:
        inventory.amend_key(estate.staff.clerk, key_id, as_management)
    assert (raised.value.field, raised.value.rule) == ("key_class", "use_deposit_form")
    with pytest.raises(PermissionDenied):
        inventory.amend_key(estate.staff.guard, key_id, moved)
