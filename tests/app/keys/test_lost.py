"""The lost-key workflow: report, supervisor acknowledgement, then replace, retire or found."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.errors import Conflict, PermissionDenied
from app.keys.policy import ACKNOWLEDGE_LOST
from app.keys.rows import KeyEventKind, KeyStatus, LoanState, LostResolution
from tests.app.keys.conftest import Estate
from tests.conftest import PINS


def test_a_key_lost_by_its_borrower_closes_the_loan_and_blocks_issuing(estate: Estate) -> None:
    key = estate.add_key("K-401", "B座天台")
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())
    report = estate.services.key_inventory.report_lost(estate.staff.guard, key.id, "何家樂在天台遺失")
    assert (report.loan_id, report.borrower_name, report.reported_by) == (loan.id, "何家樂", "黃大文")
    assert estate.keys.loan(loan.id).state is LoanState.LOST
    assert estate.keys.key(key.id).status is KeyStatus.LOST and estate.keys.out_now() == []
    with pytest.raises(Conflict) as raised:
        estate.keys.issue(estate.staff.supervisor, key.id, estate.staff_borrower())
    assert raised.value.reason == "lost"
    with pytest.raises(Conflict) as twice:
        estate.services.key_inventory.report_lost(estate.staff.guard, key.id)
    assert twice.value.reason == "already_lost"


def test_replacing_needs_a_supervisors_acknowledgement_first(estate: Estate) -> None:
    inventory = estate.services.key_inventory
    key = estate.add_key("K-402", "發電機房")
    estate.clock.advance(timedelta(minutes=1))
    report = inventory.report_lost(estate.staff.guard, key.id)
    estate.clock.advance(timedelta(minutes=1))
    with pytest.raises(Conflict) as early:
        inventory.resolve_lost(estate.staff.supervisor, report.id, LostResolution.REPLACED)
    assert early.value.reason == "not_acknowledged"
    with pytest.raises(PermissionDenied) as guard:
        inventory.acknowledge_lost(estate.staff.guard, report.id)
    assert guard.value.approvable
    supervisor = estate.services.operators.supervisors()[0]
    approval = estate.services.auth.approve(
        supervisor.id, PINS[supervisor.role], ACKNOWLEDGE_LOST, "已通知管理處", estate.staff.guard
    )
    acknowledged = inventory.acknowledge_lost(estate.staff.guard, report.id, approval)
    estate.clock.advance(timedelta(minutes=1))
    assert acknowledged.acknowledged_by == "李班長"
    with pytest.raises(Conflict):
        inventory.acknowledge_lost(estate.staff.supervisor, report.id)
    with pytest.raises(PermissionDenied):
        inventory.resolve_lost(estate.staff.guard, report.id, LostResolution.REPLACED)
    done = inventory.resolve_lost(estate.staff.supervisor, report.id, LostResolution.REPLACED, "已配新匙")
    assert (done.resolution, done.resolved_by, done.open) == (LostResolution.REPLACED, "李班長", False)
    assert estate.keys.key(key.id).status is KeyStatus.IN
    estate.clock.advance(timedelta(minutes=1))
    assert estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower()).state is LoanState.OUT
    kinds = [h.kind for h in reversed(estate.keys.history(key.id))]
    assert kinds == [
        KeyEventKind.ADDED,
        KeyEventKind.LOST_REPORTED,
        KeyEventKind.LOST_ACKNOWLEDGED,
        KeyEventKind.REPLACED,
        KeyEventKind.ISSUED,
    ]
    with pytest.raises(Conflict) as resolved:
        inventory.resolve_lost(estate.staff.supervisor, report.id, LostResolution.FOUND)
    assert resolved.value.reason == "already_resolved"
    assert inventory.lost_reports() == [] and len(inventory.lost_reports(open_only=False, key_id=key.id)) == 1


def test_a_lost_key_is_retired_or_found(estate: Estate) -> None:
    inventory = estate.services.key_inventory
    gone, back = estate.add_key("K-403", "舊車閘"), estate.add_key("K-404", "信箱總匙")
    gone_report = inventory.report_lost(estate.staff.guard, gone.id)
    back_report = inventory.report_lost(estate.staff.guard, back.id)
    assert {r.key_tag for r in inventory.lost_reports()} == {"K-403", "K-404"}
    with pytest.raises(Conflict):  # a lost key leaves service through the lost-key workflow
        inventory.retire_key(estate.staff.supervisor, gone.id, "遺失")
    inventory.acknowledge_lost(estate.staff.supervisor, gone_report.id)
    inventory.resolve_lost(estate.staff.supervisor, gone_report.id, LostResolution.RETIRED, "鎖已更換")
    assert estate.keys.key(gone.id).status is KeyStatus.RETIRED
    found = inventory.resolve_lost(estate.staff.guard, back_report.id, LostResolution.FOUND, "在更衣室找到")
    assert found.acknowledged_at is None and estate.keys.key(back.id).status is KeyStatus.IN
