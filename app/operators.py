"""Operator accounts: created, disabled (never deleted), roles, passwords, PINs, locking on purpose."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.credentials import (
    SecretHasher,
    check_new_password,
    check_new_pin,
    clean_display_name,
    clean_username,
    username_key,
)
from app.errors import Conflict, NotFound, Rule, ValidationError, ValidationErrors
from app.permissions import (
    LOCK_OPERATOR,
    MANAGE_OPERATORS,
    UNLOCK_OPERATOR,
    Actor,
    Approval,
    Role,
    require,
)
from app.storage import Sessions
from db.models.core import Operator

REASON_LAST_ADMIN = "last_admin"
REASON_SELF = "self"
REASON_WRONG_PASSWORD = "wrong_password"


@dataclass(frozen=True, slots=True)
class OperatorRow:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool
    has_pin: bool
    must_change_password: bool
    failed_attempts: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NewOperator:
    username: str
    display_name: str
    role: Role
    password: str
    pin: str | None = None


def _row(op: Operator) -> OperatorRow:
    return OperatorRow(
        op.id,
        op.username,
        op.display_name,
        Role(op.role),
        op.active,
        op.locked,
        op.pin_hash is not None,
        op.must_change_password,
        op.failed_attempts,
        op.created_at,
    )


def parse_role(value: str | Role, field: str = "role") -> Role:
    try:
        return Role(value)
    except ValueError as error:
        raise ValidationError(field, Rule.CHOICE) from error


def add_operator(s: Session, hasher: SecretHasher, new: NewOperator) -> Operator:
    """Validate and insert; shared by site setup (first admin) and operator management."""
    errors: list[ValidationError] = []
    fields: dict[str, str] = {}
    checks: tuple[tuple[str, Callable[[str], str], str], ...] = (
        ("username", clean_username, new.username),
        ("display_name", clean_display_name, new.display_name),
        ("password", check_new_password, new.password),
    )
    for name, check, value in checks:
        try:
            fields[name] = check(value)
        except ValidationError as error:
            errors.append(error)
    pin: str | None = None
    if new.pin:
        try:
            pin = check_new_pin(new.pin)
        except ValidationError as error:
            errors.append(error)
    role = parse_role(new.role)
    if errors:
        raise ValidationErrors(tuple(errors))
    key = username_key(fields["username"])
    if s.execute(select(Operator.id).where(Operator.username_key == key)).first():
        raise ValidationError("username", Rule.DUPLICATE)
    operator = Operator(
        username=fields["username"],
        username_key=key,
        display_name=fields["display_name"],
        role=role.value,
        password_hash=hasher.hash(fields["password"]),
        pin_hash=hasher.hash(pin) if pin else None,
        active=True,
        must_change_password=False,
        failed_attempts=0,
        locked=False,
    )
    s.add(operator)
    s.flush()
    return operator


class OperatorService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog, hasher: SecretHasher) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._hasher = hasher

    def _log(
        self,
        s: Session,
        actor: Actor,
        action: str,
        operator_id: uuid.UUID,
        approver: uuid.UUID | None = None,
        **details: str | int | bool,
    ) -> None:
        self._audit.append(
            s,
            at=self._clock.now(),
            actor=actor,
            action=action,
            record_kind="operator",
            record_id=operator_id,
            details=details,
            approver_id=approver,
        )

    @staticmethod
    def _get(s: Session, operator_id: uuid.UUID) -> Operator:
        operator = s.get(Operator, operator_id)
        if operator is None:
            raise NotFound("operator", str(operator_id))
        return operator

    # -- reading ---------------------------------------------------------------------------------
    def list_operators(self, actor: Actor) -> list[OperatorRow]:
        require(actor, MANAGE_OPERATORS)
        with self._sessions.read() as s:
            ops = s.execute(select(Operator).order_by(Operator.active.desc(), Operator.display_name)).scalars()
            return [_row(op) for op in ops]

    def own(self, actor: Actor) -> OperatorRow:
        """The signed-in operator's own account (e.g. to see if a new password is due)."""
        with self._sessions.read() as s:
            return _row(self._get(s, actor.operator_id))

    def switchable(self) -> list[OperatorRow]:
        """Who can unlock the screen with a PIN: active operators who have one (names only)."""
        with self._sessions.read() as s:
            ops = s.execute(
                select(Operator)
                .where(Operator.active.is_(True), Operator.pin_hash.is_not(None))
                .order_by(Operator.display_name)
            ).scalars()
            return [_row(op) for op in ops]

    def supervisors(self) -> list[OperatorRow]:
        """Who can approve in place (active supervisors and admins with a PIN)."""
        return [row for row in self.switchable() if row.role in (Role.SUPERVISOR, Role.ADMIN)]

    def count(self) -> int:
        with self._sessions.read() as s:
            return int(s.execute(select(func.count()).select_from(Operator)).scalar_one())

    # -- changing --------------------------------------------------------------------------------
    @changes(ChangeKind.OPERATOR)
    def create(self, actor: Actor, new: NewOperator) -> OperatorRow:
        require(actor, MANAGE_OPERATORS)
        with self._sessions.begin() as s:
            operator = add_operator(s, self._hasher, new)
            self._log(s, actor, "operator.created", operator.id, role=operator.role)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def set_active(self, actor: Actor, operator_id: uuid.UUID, active: bool) -> OperatorRow:
        require(actor, MANAGE_OPERATORS)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            if not active:
                if operator.id == actor.operator_id:
                    raise Conflict("operator", REASON_SELF)
                self._ensure_other_admin(s, operator)
            operator.active = active
            self._log(s, actor, "operator.enabled" if active else "operator.disabled", operator.id)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def change_role(self, actor: Actor, operator_id: uuid.UUID, role: Role | str) -> OperatorRow:
        require(actor, MANAGE_OPERATORS)
        new_role = parse_role(role)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            if operator.role == Role.ADMIN and new_role != Role.ADMIN:
                self._ensure_other_admin(s, operator)
            operator.role = new_role.value
            self._log(s, actor, "operator.role_changed", operator.id, role=new_role.value)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def rename(self, actor: Actor, operator_id: uuid.UUID, display_name: str) -> OperatorRow:
        require(actor, MANAGE_OPERATORS)
        name = clean_display_name(display_name)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            operator.display_name = name
            self._log(s, actor, "operator.renamed", operator.id)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def reset_password(self, actor: Actor, operator_id: uuid.UUID, password: str) -> OperatorRow:
        """An admin sets a temporary password; the operator must change it at next sign-in."""
        require(actor, MANAGE_OPERATORS)
        value = check_new_password(password)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            operator.password_hash = self._hasher.hash(value)
            operator.must_change_password = operator.id != actor.operator_id
            operator.failed_attempts = 0
            operator.locked = False
            self._log(s, actor, "operator.password_reset", operator.id)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def set_pin(self, actor: Actor, operator_id: uuid.UUID, pin: str) -> OperatorRow:
        if operator_id != actor.operator_id:
            require(actor, MANAGE_OPERATORS)
        value = check_new_pin(pin)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            operator.pin_hash = self._hasher.hash(value)
            self._log(s, actor, "operator.pin_set", operator.id)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def change_own_password(self, actor: Actor, old: str, new: str) -> OperatorRow:
        value = check_new_password(new, "new_password")
        with self._sessions.begin() as s:
            operator = self._get(s, actor.operator_id)
            if not self._hasher.verify(operator.password_hash, old):
                raise ValidationError("old_password", REASON_WRONG_PASSWORD)
            operator.password_hash = self._hasher.hash(value)
            operator.must_change_password = False
            self._log(s, actor, "operator.password_changed", operator.id)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def lock(self, actor: Actor, operator_id: uuid.UUID) -> OperatorRow:
        """A supervisor locks an account on purpose (failed attempts never do); never the last admin."""
        require(actor, LOCK_OPERATOR)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            self._ensure_other_admin(s, operator)
            if operator.id == actor.operator_id:
                raise Conflict("operator", REASON_SELF)
            operator.locked = True
            self._log(s, actor, "operator.locked", operator.id)
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def recover_password(self, username: str, password: str, desk_id: uuid.UUID | None = None) -> OperatorRow:
        """``gatehouse operators reset-password``: whoever proved they hold the site key sets a new
        password (the CLI checks the key); the account is unlocked and its delays cleared. Audited
        without an actor, as a recovery."""
        value = check_new_password(password)
        with self._sessions.begin() as s:
            operator = s.execute(
                select(Operator).where(Operator.username_key == username_key(username.strip()))
            ).scalar_one_or_none()
            if operator is None:
                raise NotFound("operator", username)
            operator.password_hash = self._hasher.hash(value)
            operator.must_change_password = False
            operator.failed_attempts = 0
            operator.last_failed_at = None
            operator.locked = False
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=None,
                desk_id=desk_id,
                action="operator.password_recovered",
                record_kind="operator",
                record_id=operator.id,
                details={"via": "site_key"},
            )
            return _row(operator)

    @changes(ChangeKind.OPERATOR)
    def unlock(self, actor: Actor, operator_id: uuid.UUID, approval: Approval | None = None) -> OperatorRow:
        approver = require(actor, UNLOCK_OPERATOR, approval)
        with self._sessions.begin() as s:
            operator = self._get(s, operator_id)
            operator.locked = False
            operator.failed_attempts = 0
            operator.last_failed_at = None
            operator.pin_failed_attempts = 0
            operator.pin_last_failed_at = None
            self._log(s, actor, "operator.unlocked", operator.id, approver)
            return _row(operator)

    @staticmethod
    def _ensure_other_admin(s: Session, operator: Operator) -> None:
        if operator.role != Role.ADMIN:
            return
        others = s.execute(
            select(func.count())
            .select_from(Operator)
            .where(Operator.role == Role.ADMIN.value, Operator.active.is_(True), Operator.id != operator.id)
        ).scalar_one()
        if not others:
            raise Conflict("operator", REASON_LAST_ADMIN)
