"""Signing in, switching operator by PIN, and supervisor approval in place.

Failed attempts count per operator and survive a restart, separately for the password and for the PIN
(someone trying PINs at the lock screen does not slow the owner's password sign-in). After
``DELAY_AFTER_FAILURES`` failures each further attempt of that kind must wait a delay that doubles
up to ``MAX_DELAY_S``; failures never lock an account, so nobody's failures keep anyone — the last
active admin included — out for longer than the cap. A supervisor may still lock an account on
purpose (``OperatorService.lock``), never the last active admin. A failed attempt is committed before
the error is raised, so the counter cannot be reset by the rollback of the failed action.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.approvals import note_given
from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.credentials import SecretHasher, normalize_pin, username_key
from app.errors import AuthenticationError, AuthFailure, ValidationError
from app.permissions import APPROVE, Actor, Approval, Permission, Role
from app.storage import Sessions
from app.text import clean_text
from db.models.core import ApprovalRecord, AuditEntry, Desk, Operator, Shift

DELAY_AFTER_FAILURES = 5
FAILED_SUFFIX = "_failed"
MAX_DELAY_S = 60.0
REASON_MAX_CHARS = 300


def retry_delay_s(failures: int) -> float:
    """Seconds to wait after the last failure before the next attempt is even checked."""
    if failures < DELAY_AFTER_FAILURES:
        return 0.0
    return min(2.0 ** (failures - DELAY_AFTER_FAILURES), MAX_DELAY_S)


@dataclass(frozen=True, slots=True)
class FailedSignInRow:
    """Failed sign-ins (password or PIN) of one account in a period: for the home screen's warning."""

    operator_id: uuid.UUID
    display_name: str
    failures: int
    last_at: datetime
    desk_name: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    actor: Actor | None = None
    approval: Approval | None = None
    failure: AuthenticationError | None = None


class AuthService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog, hasher: SecretHasher) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._hasher = hasher

    # -- signing in ---------------------------------------------------------------------------
    @changes(ChangeKind.OPERATOR)
    def login(self, username: str, password: str, desk_id: uuid.UUID | None) -> Actor:
        key = username_key((username or "").strip())
        with self._sessions.begin() as s:
            operator = s.execute(select(Operator).where(Operator.username_key == key)).scalar_one_or_none()
            outcome = self._check(
                s,
                operator,
                lambda op: self._hasher.verify(op.password_hash, password),
                desk_id,
                "auth.login",
                pin=False,
            )
        return self._finish(outcome)

    @changes(ChangeKind.OPERATOR)
    def switch_by_pin(self, operator_id: uuid.UUID, pin: str, desk_id: uuid.UUID | None) -> Actor:
        """Unlock the screen as ``operator_id`` (chosen on the lock screen) with their PIN."""
        return self._by_pin(operator_id, pin, desk_id, "auth.pin_switch")

    @changes(ChangeKind.OPERATOR)
    def confirm_pin(self, operator_id: uuid.UUID, pin: str, desk_id: uuid.UUID | None) -> Actor:
        """``operator_id`` confirms something with their PIN (a handover sign-off) without becoming the
        active operator. Failures count towards the lockout exactly like a PIN switch."""
        return self._by_pin(operator_id, pin, desk_id, "auth.pin_confirm")

    def _by_pin(self, operator_id: uuid.UUID, pin: str, desk_id: uuid.UUID | None, action: str) -> Actor:
        with self._sessions.begin() as s:
            operator = s.get(Operator, operator_id)
            outcome = self._check(s, operator, self._pin_matches(pin), desk_id, action, pin=True)
        return self._finish(outcome)

    def _pin_matches(self, pin: str) -> Callable[[Operator], bool]:
        """A check of ``pin`` against an operator's PIN hash (a malformed PIN simply fails)."""
        try:
            digits = normalize_pin(pin)
        except ValidationError:
            return lambda _operator: False
        return lambda operator: self._hasher.verify(operator.pin_hash, digits)

    @changes(ChangeKind.OPERATOR)
    def approve(
        self,
        supervisor_id: uuid.UUID,
        pin: str,
        permission: Permission,
        reason: str,
        requested_by: Actor,
        for_record: str | uuid.UUID | None = None,
    ) -> Approval:
        """A supervisor approves ``permission`` for ``requested_by`` at this desk, with a reason.

        The approval is a stored record (app/approvals.py): the service redeems it once, within
        minutes, for this operator, this permission and — when ``for_record`` is given — that record."""
        why = clean_text(reason, "reason", max_chars=REASON_MAX_CHARS, required=True)
        with self._sessions.begin() as s:
            operator = s.get(Operator, supervisor_id)
            if operator is not None and Role(operator.role) not in APPROVE.roles:
                outcome = _Outcome(failure=AuthenticationError(AuthFailure.NOT_A_SUPERVISOR))
            else:
                outcome = self._check(
                    s, operator, self._pin_matches(pin), requested_by.desk_id, "auth.approval_pin", pin=True
                )
            if outcome.actor is not None:
                now = self._clock.now()
                record = ApprovalRecord(
                    at=now,
                    approver_id=outcome.actor.operator_id,
                    requested_by_id=requested_by.operator_id,
                    desk_id=requested_by.desk_id,
                    permission=permission.name,
                    reason=why,
                    for_record="" if for_record is None else str(for_record),
                )
                s.add(record)
                s.flush()
                note_given(s, record)
                self._audit.append(
                    s,
                    at=now,
                    actor=requested_by,
                    approver_id=outcome.actor.operator_id,
                    action="approval.given",
                    record_kind="approval",
                    record_id=record.id,
                    details={"permission": permission.name},
                )
                outcome = _Outcome(
                    approval=Approval(
                        record.id,
                        outcome.actor.operator_id,
                        outcome.actor.display_name,
                        permission.name,
                        why,
                        now,
                    )
                )
        if outcome.approval is not None:
            return outcome.approval
        assert outcome.failure is not None
        raise outcome.failure

    # -- watching ------------------------------------------------------------------------------
    def repeated_failures(self, since: datetime, at_least: int = DELAY_AFTER_FAILURES) -> list[FailedSignInRow]:
        """Accounts with ``at_least`` failed sign-ins (audited with desk and time) since ``since``."""
        with self._sessions.read() as s:
            entries = s.execute(
                select(AuditEntry.record_id, AuditEntry.at, Desk.name)
                .outerjoin(Desk, Desk.id == AuditEntry.desk_id)
                .where(AuditEntry.at >= since, AuditEntry.action.like("auth.%" + FAILED_SUFFIX))
                .order_by(AuditEntry.seq)
            ).all()
            counts: dict[str, tuple[int, datetime, str]] = {}
            for record_id, at, desk in entries:
                count = counts.get(record_id, (0, at, ""))[0] + 1
                counts[record_id] = (count, at, desk or "")
            wanted = {uuid.UUID(r): c for r, c in counts.items() if c[0] >= at_least}
            found = s.execute(select(Operator.id, Operator.display_name).where(Operator.id.in_(wanted)))
            names = {row[0]: str(row[1]) for row in found}
        return sorted(
            (
                FailedSignInRow(op_id, names.get(op_id, ""), count, last, desk)
                for op_id, (count, last, desk) in wanted.items()
            ),
            key=lambda row: row.last_at,
            reverse=True,
        )

    # -- the shared check -----------------------------------------------------------------------
    def _check(
        self,
        s: Session,
        operator: Operator | None,
        verify: Callable[[Operator], bool],
        desk_id: uuid.UUID | None,
        action: str,
        *,
        pin: bool,
    ) -> _Outcome:
        now = self._clock.now()
        if operator is None:
            self._hasher.verify(None, "")  # same cost as a real check: timing reveals nothing
            return _Outcome(failure=AuthenticationError(AuthFailure.BAD_CREDENTIALS))
        if operator.locked and not _is_last_active_admin(s, operator):
            return _Outcome(failure=AuthenticationError(AuthFailure.LOCKED))
        failures = operator.pin_failed_attempts if pin else operator.failed_attempts
        last_failed = operator.pin_last_failed_at if pin else operator.last_failed_at
        wait = retry_delay_s(failures)
        if wait and last_failed is not None:
            remaining = wait - (now - last_failed).total_seconds()
            if remaining > 0:
                return _Outcome(failure=AuthenticationError(AuthFailure.DELAYED, retry_after_s=remaining))
        if not verify(operator):
            failures += 1
            if pin:
                operator.pin_failed_attempts = failures
                operator.pin_last_failed_at = now
            else:
                operator.failed_attempts = failures
                operator.last_failed_at = now
            delay = retry_delay_s(failures)
            self._audit.append(
                s,
                at=now,
                actor=None,
                desk_id=desk_id,
                action=f"{action}{FAILED_SUFFIX}",
                record_kind="operator",
                record_id=operator.id,
                details={"failures": failures, "delay_s": delay},
            )
            if delay:
                return _Outcome(failure=AuthenticationError(AuthFailure.DELAYED, delay))
            return _Outcome(failure=AuthenticationError(AuthFailure.BAD_CREDENTIALS))
        if not operator.active:
            return _Outcome(failure=AuthenticationError(AuthFailure.DISABLED))
        if Role(operator.role) is Role.SCHEDULER and desk_id is not None:
            return _Outcome(failure=AuthenticationError(AuthFailure.NOT_AT_A_DESK))
        if pin and operator.pin_failed_attempts:
            operator.pin_failed_attempts = 0
            operator.pin_last_failed_at = None
        if not pin and operator.failed_attempts:
            operator.failed_attempts = 0
            operator.last_failed_at = None
        actor = Actor(
            operator.id,
            operator.username,
            operator.display_name,
            Role(operator.role),
            desk_id,
            _open_shift_id(s, desk_id),
        )
        self._audit.append(s, at=now, actor=actor, action=action, record_kind="operator", record_id=operator.id)
        return _Outcome(actor=actor)

    @staticmethod
    def _finish(outcome: _Outcome) -> Actor:
        if outcome.actor is not None:
            return outcome.actor
        assert outcome.failure is not None
        raise outcome.failure


def _is_last_active_admin(s: Session, operator: Operator) -> bool:
    """True when ``operator`` is an active admin and no other active admin exists."""
    if operator.role != Role.ADMIN.value or not operator.active:
        return False
    others = s.execute(
        select(Operator.id)
        .where(Operator.role == Role.ADMIN.value, Operator.active.is_(True), Operator.id != operator.id)
        .limit(1)
    ).first()
    return others is None


def _open_shift_id(s: Session, desk_id: uuid.UUID | None) -> uuid.UUID | None:
    if desk_id is None:
        return None
    return (
        s.execute(
            select(Shift.id).where(Shift.desk_id == desk_id, Shift.ended_at.is_(None)).order_by(Shift.started_at.desc())
        )
        .scalars()
        .first()
    )
