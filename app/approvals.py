"""Approvals as records: a supervisor's PIN creates one stored ``ApprovalRecord``; a service accepts
an ``Approval`` only by redeeming that record once, inside its own transaction.

Redeeming checks that the record exists, was given by the approver the ``Approval`` names, for the
operator now acting, for this permission (and this record, when the approval named one), is still
unused and no older than ``APPROVAL_VALID_FOR``, and that the approver is still an active supervisor.
An ``Approval`` made up in code, or one used before, is refused with ``PermissionDenied(approvable)``.

``AuditLog.append`` redeems an approval for every entry that names an approver other than the actor
and that the service did not redeem explicitly, so every service that records an approver is covered.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied
from app.permissions import SUPERVISOR_ROLES, Actor, Approval, Permission, Role
from db.models.core import ApprovalRecord, Operator

APPROVAL_VALID_FOR = timedelta(minutes=10)
# Session.info key: approvals redeemed in the current transaction (record id → approver id).
REDEEMED_KEY = "gatehouse.redeemed_approvals"


def _refuse(actor: Actor | None, permission: str) -> PermissionDenied:
    return PermissionDenied(permission, actor.role.value if actor else "", approvable=True)


def _approver_still_supervisor(s: Session, approver_id: uuid.UUID) -> bool:
    approver = s.get(Operator, approver_id)
    return approver is not None and approver.active and Role(approver.role) in SUPERVISOR_ROLES


def redeem(
    s: Session,
    now: datetime,
    actor: Actor,
    approval: Approval | None,
    permission: Permission,
    record_id: str | uuid.UUID | None = None,
) -> uuid.UUID:
    """Use ``approval`` for ``permission`` on ``record_id`` once; the approver's id, or PermissionDenied."""
    if approval is None:
        raise _refuse(actor, permission.name)
    record = s.execute(
        select(ApprovalRecord).where(ApprovalRecord.id == approval.record_id).with_for_update()
    ).scalar_one_or_none()
    target = "" if record_id is None else str(record_id)
    valid = (
        record is not None
        and record.approver_id == approval.approver_id
        and record.requested_by_id == actor.operator_id
        and record.permission == permission.name == approval.permission
        and record.used_at is None
        and timedelta(0) <= now - record.at <= APPROVAL_VALID_FOR
        and record.for_record in ("", target)
        and _approver_still_supervisor(s, record.approver_id)
    )
    if not valid or record is None:
        raise _refuse(actor, permission.name)
    record.used_at = now
    record.used_for = target or None
    s.info.setdefault(REDEEMED_KEY, {})[record.id] = record.approver_id
    return record.approver_id


def note_given(s: Session, record: ApprovalRecord) -> None:
    """The entry that records an approval being given names its approver without redeeming it."""
    s.info.setdefault(REDEEMED_KEY, {})[record.id] = record.approver_id


def redeem_for_audit(s: Session, now: datetime, actor: Actor | None, approver_id: uuid.UUID, action: str) -> None:
    """The audit log's net: an entry naming ``approver_id`` needs an approval redeemed for it.

    Accepts one the service redeemed in this transaction; otherwise redeems the oldest unused, fresh
    approval that ``approver_id`` gave to ``actor``; refuses when there is none.
    """
    redeemed: dict[uuid.UUID, uuid.UUID] = s.info.get(REDEEMED_KEY, {})
    if approver_id in redeemed.values():
        return
    if actor is None:
        raise _refuse(actor, action)
    record = (
        s.execute(
            select(ApprovalRecord)
            .where(
                ApprovalRecord.approver_id == approver_id,
                ApprovalRecord.requested_by_id == actor.operator_id,
                ApprovalRecord.used_at.is_(None),
                ApprovalRecord.at >= now - APPROVAL_VALID_FOR,
                ApprovalRecord.at <= now,
            )
            .order_by(ApprovalRecord.at)
            .limit(1)
            .with_for_update()
        )
        .scalars()
        .first()
    )
    if record is None or not _approver_still_supervisor(s, approver_id):
        raise _refuse(actor, action)
    record.used_at = now
    s.info.setdefault(REDEEMED_KEY, {})[record.id] = approver_id
