"""Signing in, lockout, PIN switching and supervisor approval in place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth import MAX_DELAY_S
from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import AuthenticationError, AuthFailure, Conflict, PermissionDenied
from app.permissions import END_OTHERS_SHIFT, Role
from app.settings import LANGUAGE
from db.models.core import AuditEntry
from tests.conftest import ADMIN_PASSWORD, PINS, STAFF_PASSWORD, Staff


def _fail(services: Services, staff: Staff, times: int) -> AuthenticationError:
    error = None
    for _ in range(times):
        with pytest.raises(AuthenticationError) as raised:
            services.auth.login("wong", "wrong-password", staff.desk_id)
        error = raised.value
    assert error is not None
    return error


def test_login_returns_the_operator_at_the_desk(services: Services, staff: Staff) -> None:
    actor = services.auth.login("Wong", STAFF_PASSWORD, staff.desk_id)  # user names ignore case
    assert actor.display_name == "黃大文"
    assert actor.role == Role.GUARD
    assert actor.desk_id == staff.desk_id


def test_unknown_user_and_wrong_password_look_the_same(services: Services, staff: Staff) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        services.auth.login("nobody", "whatever-123", staff.desk_id)
    with pytest.raises(AuthenticationError) as wrong:
        services.auth.login("wong", "whatever-123", staff.desk_id)
    assert unknown.value.reason == wrong.value.reason == AuthFailure.BAD_CREDENTIALS


def test_five_failures_impose_a_delay(services: Services, staff: Staff, clock: FixedClock) -> None:
    error = _fail(services, staff, 5)
    assert error.reason == AuthFailure.DELAYED
    assert error.retry_after_s == pytest.approx(1.0)
    # Even the right password is refused until the delay has passed …
    with pytest.raises(AuthenticationError) as early:
        services.auth.login("wong", STAFF_PASSWORD, staff.desk_id)
    assert early.value.reason == AuthFailure.DELAYED
    # … and accepted after it; success clears the counter.
    clock.advance(timedelta(seconds=1.5))
    assert services.auth.login("wong", STAFF_PASSWORD, staff.desk_id).username == "wong"
    with pytest.raises(AuthenticationError) as fresh:
        services.auth.login("wong", "wrong-again", staff.desk_id)
    assert fresh.value.reason == AuthFailure.BAD_CREDENTIALS


def test_failures_never_lock_and_the_delay_is_capped(services: Services, staff: Staff, clock: FixedClock) -> None:
    for _ in range(30):
        with pytest.raises(AuthenticationError) as refused:
            services.auth.login("wong", "wrong-password", staff.desk_id)
        assert refused.value.reason != AuthFailure.LOCKED
        clock.advance(timedelta(seconds=MAX_DELAY_S))
    assert refused.value.retry_after_s == MAX_DELAY_S
    wong = next(o for o in services.operators.list_operators(staff.admin) if o.username == "wong")
    assert not wong.locked
    assert services.auth.login("wong", STAFF_PASSWORD, staff.desk_id).role == Role.GUARD


def test_a_hundred_wrong_pins_never_keep_the_only_admin_out(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    """Someone at the lock screen tries PINs for the admin's name as fast as they are let."""
    for _ in range(100):
        try:
            services.auth.switch_by_pin(staff.admin.operator_id, "0000", staff.desk_id)
        except AuthenticationError as error:
            assert error.reason in (AuthFailure.BAD_CREDENTIALS, AuthFailure.DELAYED)
            clock.advance(timedelta(seconds=min(error.retry_after_s, MAX_DELAY_S) or 1))
    # PIN failures never slow the password: the admin signs in at once …
    assert services.auth.login("admin", ADMIN_PASSWORD, staff.desk_id).role == Role.ADMIN
    # … and the PIN itself works again within the cap after the last wrong one.
    clock.advance(timedelta(seconds=MAX_DELAY_S))
    assert services.auth.switch_by_pin(staff.admin.operator_id, PINS[Role.ADMIN], staff.desk_id).role == Role.ADMIN


def test_a_hundred_wrong_passwords_keep_the_admin_out_no_longer_than_the_cap(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    for _ in range(100):
        with pytest.raises(AuthenticationError):
            services.auth.login("admin", "guessing-123", staff.desk_id)
        clock.advance(timedelta(seconds=MAX_DELAY_S))
    assert services.auth.login("admin", ADMIN_PASSWORD, staff.desk_id).role == Role.ADMIN


def test_failures_are_audited_with_desk_and_time(services: Services, staff: Staff, clock: FixedClock) -> None:
    _fail(services, staff, 6)  # the sixth falls within the delay: refused unchecked, not counted
    with services.database.sessions.read() as s:
        failed = list(s.execute(select(AuditEntry).where(AuditEntry.action == "auth.login_failed")).scalars())
    assert len(failed) == 5
    assert {e.desk_id for e in failed} == {staff.desk_id}
    assert failed[-1].at == clock.now()
    assert '"failures": 5' in failed[-1].details_json


def test_a_supervisor_locks_on_purpose_but_never_the_last_admin(services: Services, staff: Staff) -> None:
    wong = next(o for o in services.operators.list_operators(staff.admin) if o.username == "wong")
    with pytest.raises(PermissionDenied):
        services.operators.lock(staff.clerk, wong.id)
    services.operators.lock(staff.supervisor, wong.id)
    with pytest.raises(AuthenticationError) as locked:
        services.auth.login("wong", STAFF_PASSWORD, staff.desk_id)
    assert locked.value.reason == AuthFailure.LOCKED
    with pytest.raises(Conflict):
        services.operators.lock(staff.supervisor, staff.admin.operator_id)
    services.operators.unlock(staff.supervisor, wong.id)
    assert services.auth.login("wong", STAFF_PASSWORD, staff.desk_id).role == Role.GUARD


def test_failed_attempts_survive_in_the_database(services: Services, staff: Staff) -> None:
    _fail(services, staff, 3)
    wong = next(o for o in services.operators.list_operators(staff.admin) if o.username == "wong")
    assert wong.failed_attempts == 3


def test_pin_switch_changes_who_the_next_record_is_attributed_to(services: Services, staff: Staff) -> None:
    guard = services.auth.switch_by_pin(staff.guard.operator_id, PINS[Role.GUARD], staff.desk_id)
    shift = services.shifts.start(guard)
    # The clerk takes over the keyboard during the guard's shift (full-width digits from an IME).
    clerk = services.auth.switch_by_pin(staff.clerk.operator_id, "９７５３", staff.desk_id)
    assert clerk.shift_id == shift.id
    second_desk_record = services.settings.set(clerk, LANGUAGE, "en", for_desk=True)
    assert second_desk_record == "en"
    with services.database.sessions.read() as s:
        started = s.execute(select(AuditEntry).where(AuditEntry.action == "shift.started")).scalar_one()
        changed = s.execute(select(AuditEntry).where(AuditEntry.action == "setting.changed")).scalar_one()
    assert started.actor_id == guard.operator_id
    assert changed.actor_id == clerk.operator_id


def test_wrong_pin_counts_as_a_failure(services: Services, staff: Staff) -> None:
    with pytest.raises(AuthenticationError) as wrong:
        services.auth.switch_by_pin(staff.guard.operator_id, "0000", staff.desk_id)
    assert wrong.value.reason == AuthFailure.BAD_CREDENTIALS
    guard = next(o for o in services.operators.list_operators(staff.admin) if o.username == "wong")
    assert guard.failed_attempts == 0  # the password's counter is untouched


def test_supervisor_approval_in_place_is_recorded(services: Services, staff: Staff) -> None:
    shift = services.shifts.start(staff.guard)
    with pytest.raises(PermissionDenied) as denied:
        services.shifts.end(staff.clerk, shift.id)
    assert denied.value.approvable
    approval = services.auth.approve(
        staff.supervisor.operator_id, PINS[Role.SUPERVISOR], END_OTHERS_SHIFT, "黃大文急病離崗", staff.clerk
    )
    ended = services.shifts.end(staff.clerk, shift.id, approval)
    assert ended.ended_at is not None
    with services.database.sessions.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "shift.ended")).scalar_one()
    assert entry.approver_id == staff.supervisor.operator_id
    assert entry.actor_id == staff.clerk.operator_id
    assert "黃大文" not in entry.details_json  # the reason stays out of the audit chain


def test_a_guard_cannot_approve(services: Services, staff: Staff) -> None:
    with pytest.raises(AuthenticationError) as refused:
        services.auth.approve(staff.guard.operator_id, PINS[Role.GUARD], END_OTHERS_SHIFT, "想自己批", staff.clerk)
    assert refused.value.reason == AuthFailure.NOT_A_SUPERVISOR


def test_disabled_operator_cannot_sign_in(services: Services, staff: Staff) -> None:
    services.operators.set_active(staff.admin, staff.guard.operator_id, False)
    with pytest.raises(AuthenticationError) as refused:
        services.auth.login("wong", STAFF_PASSWORD, staff.desk_id)
    assert refused.value.reason == AuthFailure.DISABLED
    assert ADMIN_PASSWORD  # the admin is unaffected
    assert services.auth.login("admin", ADMIN_PASSWORD, staff.desk_id).role == Role.ADMIN


def test_an_unknown_user_costs_a_full_verification_at_the_default_cost() -> None:
    from argon2 import extract_parameters

    from app.credentials import _DEFAULT_DUMMY, DEFAULT_COST, SecretHasher

    parameters = extract_parameters(_DEFAULT_DUMMY)
    assert (parameters.time_cost, parameters.memory_cost, parameters.parallelism) == (
        DEFAULT_COST.time_cost,
        DEFAULT_COST.memory_kib,
        DEFAULT_COST.parallelism,
    )
    assert not SecretHasher().verify(None, "gatehouse-dummy-secret")  # a missing hash never verifies


def test_the_daily_report_names_an_account_whose_failures_reached_the_delay(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    from app.reports.facts import ExceptionKind
    from app.reports.sources.access import AccessSource

    _fail(services, staff, 7)
    source = AccessSource(services.database.sessions)
    start, end = clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1)
    section = source.daily_facts(start, end, None)
    repeated = [e for e in section.exceptions if e.kind == ExceptionKind.SIGN_IN_REPEATED]
    assert len(repeated) == 1  # once per burst, not once per failure
    assert services.auth.repeated_failures(start)[0].failures == 5
