"""The foundation's own facts: shifts and their operators, supervisor approvals, refused sign-ins
and the audit chain. The first source of every report; it works before any area is installed."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.approvals import redeem
from app.audit import AuditLog
from app.auth import DELAY_AFTER_FAILURES, FAILED_SUFFIX
from app.permissions import Actor, Approval, Permission
from app.reports.facts import (
    ApprovalFact,
    AuditHeadFact,
    CountFact,
    DailySection,
    ExceptionFact,
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MonthSection,
    RefusedSignInFact,
    ShiftFact,
    SignInKind,
)
from app.severity import Severity
from app.storage import Sessions
from db.models.core import ApprovalRecord, AuditEntry, Desk, Operator, Shift

# The failure that starts the delay is the one the report names (app/auth.py).
REPEATED_FAILURES = DELAY_AFTER_FAILURES
_FAILED_ACTIONS = {f"auth.{kind.value}{FAILED_SUFFIX}": kind for kind in SignInKind}


class AccessSource:
    """Reads shifts, approvals and the audit log (``DailyReportSource`` and ``MonthlyKpiSource``)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # ---- the daily report's own tables ----------------------------------------------------------
    def shifts(self, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> tuple[ShiftFact, ...]:
        """Shifts that overlap ``[start, end)``, in order of their start."""
        ender = aliased(Operator)
        query = (
            select(Shift, Desk.name, Operator.display_name, ender.display_name)
            .join(Desk, Desk.id == Shift.desk_id)
            .join(Operator, Operator.id == Shift.operator_id)
            .outerjoin(ender, ender.id == Shift.ended_by_id)
            .where(Shift.started_at < end, or_(Shift.ended_at.is_(None), Shift.ended_at >= start))
            .order_by(Shift.started_at, Desk.name)
        )
        if desk_id is not None:
            query = query.where(Shift.desk_id == desk_id)
        with self._sessions.read() as s:
            return tuple(
                ShiftFact(
                    desk_name=desk,
                    operator_name=operator,
                    pattern=shift.pattern,
                    started_at=shift.started_at,
                    ended_at=shift.ended_at,
                    status=shift.status,
                    ended_by=ended_by if ended_by and shift.ended_by_id != shift.operator_id else "",
                )
                for shift, desk, operator, ended_by in s.execute(query)
            )

    def approvals(self, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> tuple[ApprovalFact, ...]:
        requester = aliased(Operator)
        query = (
            select(ApprovalRecord, Operator.display_name, requester.display_name, Desk.name)
            .join(Operator, Operator.id == ApprovalRecord.approver_id)
            .outerjoin(requester, requester.id == ApprovalRecord.requested_by_id)
            .outerjoin(Desk, Desk.id == ApprovalRecord.desk_id)
            .where(ApprovalRecord.at >= start, ApprovalRecord.at < end)
            .order_by(ApprovalRecord.at)
        )
        if desk_id is not None:
            query = query.where(ApprovalRecord.desk_id == desk_id)
        with self._sessions.read() as s:
            return tuple(
                ApprovalFact(record.at, approver, requested or "", record.permission, desk or "")
                for record, approver, requested, desk in s.execute(query)
            )

    def refused_sign_ins(
        self, start: datetime, end: datetime, desk_id: uuid.UUID | None
    ) -> tuple[RefusedSignInFact, ...]:
        query = self._failed(select(AuditEntry), start, end, desk_id).order_by(AuditEntry.seq)
        with self._sessions.read() as s:
            entries = list(s.execute(query).scalars())
            names = _names(s, Operator, Operator.display_name, {e.record_id for e in entries})
            desks = _names(s, Desk, Desk.name, {str(e.desk_id) for e in entries if e.desk_id})
        facts = []
        for entry in entries:
            details: dict[str, Any] = json.loads(entry.details_json)
            facts.append(
                RefusedSignInFact(
                    at=entry.at,
                    operator_name=names.get(entry.record_id, ""),
                    kind=_FAILED_ACTIONS[entry.action],
                    desk_name=desks.get(str(entry.desk_id), "") if entry.desk_id else "",
                    failures=int(details.get("failures", 0)),
                    locked=bool(details.get("locked", False)),
                )
            )
        return tuple(facts)

    def audit_head(self, start: datetime, end: datetime) -> AuditHeadFact:
        with self._sessions.read() as s:
            seq, entry_hash = AuditLog.head_before(s, end)
            count = s.execute(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.at >= start, AuditEntry.at < end)
            ).scalar_one()
        return AuditHeadFact(seq, entry_hash, int(count))

    def redeem_approval(
        self, actor: Actor, approval: Approval | None, permission: Permission, now: datetime
    ) -> uuid.UUID:
        """A read-only report shown on a supervisor's approval: the stored approval is redeemed once
        (app/approvals.py); the approval record, on the daily report, is its trace."""
        with self._sessions.begin() as s:
            return redeem(s, now, actor, approval, permission)

    # ---- as a source ----------------------------------------------------------------------------
    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        return self.section(
            self.shifts(day_start, day_end, desk_id),
            self.approvals(day_start, day_end, desk_id),
            self.refused_sign_ins(day_start, day_end, desk_id),
            self.audit_head(day_start, day_end),
        )

    @staticmethod
    def section(
        shifts: tuple[ShiftFact, ...],
        approvals: tuple[ApprovalFact, ...],
        refused: tuple[RefusedSignInFact, ...],
        head: AuditHeadFact,
    ) -> DailySection:
        """The access summary and its exceptions: an account whose failures reached the delay (someone
        guessing its password or PIN; once per burst), and accounts locked by failures before they
        stopped locking."""
        locked = [
            ExceptionFact(
                ExceptionKind.SIGN_IN_LOCKED if r.locked else ExceptionKind.SIGN_IN_REPEATED,
                Severity.WARNING,
                r.at,
                r.operator_name,
                r.desk_name,
            )
            for r in refused
            if r.locked or r.failures == REPEATED_FAILURES
        ]
        counts = (
            CountFact(Module.ACCESS, Metric.SHIFTS, len(shifts)),
            CountFact(Module.ACCESS, Metric.APPROVALS, len(approvals)),
            CountFact(Module.ACCESS, Metric.REFUSED_SIGN_INS, len(refused)),
            CountFact(Module.ACCESS, Metric.AUDIT_ENTRIES, head.entries_in_period),
        )
        return DailySection(Module.ACCESS, exceptions=tuple(locked), counts=counts)

    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        with self._sessions.read() as s:
            shifts = s.execute(
                select(func.count()).select_from(Shift).where(Shift.started_at >= start, Shift.started_at < end)
            ).scalar_one()
            approvals = s.execute(
                select(func.count())
                .select_from(ApprovalRecord)
                .where(ApprovalRecord.at >= start, ApprovalRecord.at < end)
            ).scalar_one()
            refused = s.execute(
                self._failed(select(func.count()).select_from(AuditEntry), start, end, None)
            ).scalar_one()
        return MonthSection(
            Module.ACCESS,
            values=(
                (Indicator.SHIFTS, float(shifts)),
                (Indicator.APPROVALS, float(approvals)),
                (Indicator.REFUSED_SIGN_INS, float(refused)),
            ),
        )

    @staticmethod
    def _failed(query: Select[Any], start: datetime, end: datetime, desk_id: uuid.UUID | None) -> Select[Any]:
        query = query.where(
            and_(AuditEntry.at >= start, AuditEntry.at < end, AuditEntry.action.in_(tuple(_FAILED_ACTIONS)))
        )
        if desk_id is not None:
            query = query.where(AuditEntry.desk_id == desk_id)
        return query


def _names(s: Session, model: Any, column: Any, ids: set[str]) -> dict[str, str]:
    wanted = [uuid.UUID(i) for i in ids if i]
    if not wanted:
        return {}
    return {str(row[0]): str(row[1]) for row in s.execute(select(model.id, column).where(model.id.in_(wanted)))}
