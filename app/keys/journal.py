"""Writing what happened: a ``key_event`` row and the audit entry, in the caller's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import AuditLog, DetailValue
from app.keys.rows import KeyEventKind
from app.permissions import Actor
from db.models.keys import KeyEvent


class Journal:
    """One place that records an action on a key: its history line and its audit entry."""

    def __init__(self, audit: AuditLog) -> None:
        self._audit = audit

    def event(
        self,
        s: Session,
        *,
        at: datetime,
        actor: Actor,
        key_id: uuid.UUID,
        kind: KeyEventKind,
        approver_id: uuid.UUID | None = None,
        loan_id: uuid.UUID | None = None,
        detail: str = "",
        note: str = "",
    ) -> None:
        s.add(
            KeyEvent(
                key_id=key_id,
                kind=kind.value,
                at=at,
                operator_id=actor.operator_id,
                approver_id=approver_id,
                desk_id=actor.desk_id,
                shift_id=actor.shift_id,
                loan_id=loan_id,
                detail=detail,
                note=note,
            )
        )

    def audit(
        self,
        s: Session,
        *,
        at: datetime,
        actor: Actor,
        action: str,
        record_kind: str,
        record_id: uuid.UUID | str,
        approver_id: uuid.UUID | None = None,
        details: Mapping[str, DetailValue] | None = None,
    ) -> None:
        self._audit.append(
            s,
            at=at,
            actor=actor,
            action=action,
            record_kind=record_kind,
            record_id=record_id,
            approver_id=approver_id,
            details=details,
        )

    def key_action(
        self,
        s: Session,
        *,
        at: datetime,
        actor: Actor,
        key_id: uuid.UUID,
        kind: KeyEventKind,
        approver_id: uuid.UUID | None = None,
        loan_id: uuid.UUID | None = None,
        detail: str = "",
        note: str = "",
        details: Mapping[str, DetailValue] | None = None,
    ) -> None:
        """A history line on the key and an audit entry about it (action ``key.<kind>``, record ``key``)."""
        self.event(
            s,
            at=at,
            actor=actor,
            key_id=key_id,
            kind=kind,
            approver_id=approver_id,
            loan_id=loan_id,
            detail=detail,
            note=note,
        )
        self.audit(
            s,
            at=at,
            actor=actor,
            action=f"key.{kind.value}",
            record_kind="key",
            record_id=key_id,
            approver_id=approver_id,
            details=details,
        )

    def count_print(
        self,
        s: Session,
        *,
        at: datetime,
        actor: Actor,
        key_id: uuid.UUID,
        kind: KeyEventKind,
        loan_id: uuid.UUID | None = None,
    ) -> int:
        """Record one more print of a slip or receipt; return how many came before (0: the original)."""
        same = KeyEvent.loan_id == loan_id if loan_id is not None else KeyEvent.key_id == key_id
        before = int(s.execute(select(func.count(KeyEvent.id)).where(same, KeyEvent.kind == kind.value)).scalar_one())
        self.key_action(
            s,
            at=at,
            actor=actor,
            key_id=key_id,
            kind=kind,
            loan_id=loan_id,
            detail=str(before),
            details={"loan": str(loan_id) if loan_id else None, "reprint": before},
        )
        return before
