"""An approval is a stored record made by a PIN check, bound to the requesting operator, the
permission and (when named) the record, used once and only for minutes (app/approvals.py); a
disabled operator's next action is refused."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.approvals import APPROVAL_VALID_FOR
from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import AuthenticationError, AuthFailure, PermissionDenied
from app.permissions import END_OTHERS_SHIFT, Approval, Role
from app.visitors.model import OVERRIDE_ID_CHECK, REVEAL_ID
from db.models.core import ApprovalRecord, AuditEntry
from db.models.visitors import IdReveal
from tests.app.visitors.conftest import Estate, approval, check_in, guest, record_ids
from tests.conftest import PINS, Staff

BAD_CHECK_DIGIT = "440305199003071235"


def _visit_with_id(services: Services, staff: Staff, estate: Estate, number: str = "A123456789") -> uuid.UUID:
    return check_in(services, staff.guard, guest(estate, id_type="taiwan_id", id_number=number)).id


def _made_up(staff: Staff, permission: str, clock: FixedClock) -> Approval:
    """What code could build without any PIN: the supervisor's real id, a fresh time, no stored record."""
    return Approval(uuid.uuid4(), staff.supervisor.operator_id, "李班長", permission, "made up", clock.now())


def test_a_made_up_approval_is_refused_by_reveal_and_by_the_id_check_override(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    record_ids(services, staff)
    visit = _visit_with_id(services, staff, estate)
    with pytest.raises(PermissionDenied):
        services.visitors.reveal_id(staff.guard, visit, _made_up(staff, REVEAL_ID.name, clock))
    fields = guest(estate, id_type="mainland_id", id_number=BAD_CHECK_DIGIT)
    with pytest.raises(PermissionDenied):
        check_in(services, staff.guard, fields, id_approval=_made_up(staff, OVERRIDE_ID_CHECK.name, clock))
    with services.database.sessions.read() as s:
        assert s.execute(select(IdReveal)).first() is None


def test_one_approval_reveals_one_number_once(services: Services, staff: Staff, estate: Estate) -> None:
    record_ids(services, staff)
    first = _visit_with_id(services, staff, estate, "A123456789")
    second = _visit_with_id(services, staff, estate, "B123456780")
    given = approval(services, staff, REVEAL_ID, "警方查詢")
    assert services.visitors.reveal_id(staff.guard, first, given) == "A123456789"
    for visit in (first, second):
        with pytest.raises(PermissionDenied):
            services.visitors.reveal_id(staff.guard, visit, given)
    with services.database.sessions.read() as s:
        record = s.get(ApprovalRecord, given.record_id)
        assert record is not None and record.used_for == str(first)


def test_an_approval_given_for_one_operator_is_refused_for_another(
    services: Services, staff: Staff, estate: Estate
) -> None:
    record_ids(services, staff)
    visit = _visit_with_id(services, staff, estate)
    for_the_guard = approval(services, staff, REVEAL_ID)
    with pytest.raises(PermissionDenied):
        services.visitors.reveal_id(staff.clerk, visit, for_the_guard)
    assert services.visitors.reveal_id(staff.guard, visit, for_the_guard) == "A123456789"


def test_an_approval_named_for_a_record_is_refused_for_another(
    services: Services, staff: Staff, estate: Estate
) -> None:
    record_ids(services, staff)
    first = _visit_with_id(services, staff, estate, "A123456789")
    second = _visit_with_id(services, staff, estate, "B123456780")
    bound = services.auth.approve(
        staff.supervisor.operator_id, PINS[Role.SUPERVISOR], REVEAL_ID, "只看這一位", staff.guard, for_record=first
    )
    with pytest.raises(PermissionDenied):
        services.visitors.reveal_id(staff.guard, second, bound)
    assert services.visitors.reveal_id(staff.guard, first, bound) == "A123456789"


def test_an_approval_expires_in_minutes(services: Services, staff: Staff, estate: Estate, clock: FixedClock) -> None:
    record_ids(services, staff)
    visit = _visit_with_id(services, staff, estate)
    given = approval(services, staff, REVEAL_ID)
    clock.advance(APPROVAL_VALID_FOR + timedelta(seconds=1))
    with pytest.raises(PermissionDenied):
        services.visitors.reveal_id(staff.guard, visit, given)


def test_an_approval_whose_approver_was_disabled_meanwhile_is_refused(
    services: Services, staff: Staff, estate: Estate
) -> None:
    record_ids(services, staff)
    visit = _visit_with_id(services, staff, estate)
    given = approval(services, staff, REVEAL_ID)
    services.operators.set_active(staff.admin, staff.supervisor.operator_id, False)
    with pytest.raises(PermissionDenied):
        services.visitors.reveal_id(staff.guard, visit, given)


def test_every_service_that_records_an_approver_redeems_a_stored_approval(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    """Services that only call ``require`` are covered by the audit log's net: a made-up approval and
    a reused one are refused, nothing is written."""
    shift = services.shifts.start(staff.guard)
    with pytest.raises(PermissionDenied):
        services.shifts.end(staff.clerk, shift.id, _made_up(staff, END_OTHERS_SHIFT.name, clock))
    given = services.auth.approve(
        staff.supervisor.operator_id, PINS[Role.SUPERVISOR], END_OTHERS_SHIFT, "黃大文急病離崗", staff.clerk
    )
    assert services.shifts.end(staff.clerk, shift.id, given).ended_at is not None
    again = services.shifts.start(staff.guard)
    with pytest.raises(PermissionDenied):
        services.shifts.end(staff.clerk, again.id, given)  # used up
    with services.database.sessions.read() as s:
        ended = s.execute(select(AuditEntry).where(AuditEntry.action == "shift.ended")).scalars().all()
    assert len(ended) == 1


def test_a_disabled_operator_is_refused_at_the_next_action(services: Services, staff: Staff, estate: Estate) -> None:
    guard = staff.guard  # still "signed in" at the desk
    check_in(services, guard, guest(estate, name="第一位"))
    services.operators.set_active(staff.admin, guard.operator_id, False)
    with pytest.raises(AuthenticationError) as refused:
        check_in(services, guard, guest(estate, name="第二位"))
    assert refused.value.reason == AuthFailure.DISABLED
    assert [row.name for row in services.visitors.on_site()] == ["第一位"]


def test_a_read_only_report_shown_on_approval_takes_a_stored_approval_once(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    from datetime import date

    from app.reports.service import VIEW_MONTHLY_REPORT

    month = date(2026, 2, 1)
    with pytest.raises(PermissionDenied):
        services.reports.monthly_facts(staff.guard, month, _made_up(staff, VIEW_MONTHLY_REPORT.name, clock))
    given = approval(services, staff, VIEW_MONTHLY_REPORT)
    assert services.reports.monthly_facts(staff.guard, month, given) is not None
    with pytest.raises(PermissionDenied):
        services.reports.monthly_facts(staff.guard, month, given)
