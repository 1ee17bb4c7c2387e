"""Everything that happened to a key, newest first: its loans (issued, returned or lost), its own
events (added, amended, rings, deposits, slips printed…) and the counts that missed it or found it
where it should not be."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.keys import queries
from app.keys.policy import HISTORY_LIMIT
from app.keys.rows import CountOutcome, KeyEventKind, KeyHistoryRow, LoanCloseKind
from db.models.core import Operator
from db.models.keys import KeyCount, KeyCountLine, KeyEvent, KeyLoan

EventOperator = aliased(Operator, name="event_operator")
EventApprover = aliased(Operator, name="event_approver")


def key_history(s: Session, key_id: uuid.UUID, now: datetime) -> list[KeyHistoryRow]:
    rows = _loan_history(s, key_id, now)
    rows += _event_history(s, key_id)
    rows += _count_history(s, key_id)
    rows.sort(key=lambda row: row.at, reverse=True)
    return rows[:HISTORY_LIMIT]


def _loan_history(s: Session, key_id: uuid.UUID, now: datetime) -> list[KeyHistoryRow]:
    query = (
        queries.loan_select().where(KeyLoan.key_id == key_id).order_by(KeyLoan.issued_at.desc()).limit(HISTORY_LIMIT)
    )
    rows: list[KeyHistoryRow] = []
    for loan in queries.loan_rows(s, query, now):
        rows.append(
            KeyHistoryRow(
                loan.issued_at,
                KeyEventKind.ISSUED,
                loan.issued_by,
                loan.approver,
                loan.borrower.name,
                loan.depositor_confirmation,
                loan.purpose,
                loan.id,
                due_at=loan.due_at,
            )
        )
        if loan.closed_at is not None:
            kind = KeyEventKind.LOST_WHILE_OUT if loan.close_kind == LoanCloseKind.LOST else KeyEventKind.RETURNED
            by = loan.returned_by.name if loan.returned_by is not None else loan.borrower.name
            rows.append(
                KeyHistoryRow(
                    loan.closed_at,
                    kind,
                    loan.closed_by,
                    borrower=by,
                    detail="other" if loan.returned_by is not None else "",
                    note=loan.close_note,
                    loan_id=loan.id,
                    late_minutes=loan.late_minutes,
                )
            )
    return rows


def _event_history(s: Session, key_id: uuid.UUID) -> list[KeyHistoryRow]:
    query = (
        select(KeyEvent, EventOperator.display_name, EventApprover.display_name)
        .outerjoin(EventOperator, EventOperator.id == KeyEvent.operator_id)
        .outerjoin(EventApprover, EventApprover.id == KeyEvent.approver_id)
        .where(KeyEvent.key_id == key_id)
        .order_by(KeyEvent.at.desc(), KeyEvent.hlc.desc())
        .limit(HISTORY_LIMIT)
    )
    return [
        KeyHistoryRow(
            event.at,
            KeyEventKind(event.kind),
            operator or "",
            approver or "",
            detail=event.detail,
            note=event.note,
            loan_id=event.loan_id,
        )
        for event, operator, approver in s.execute(query)
    ]


def _count_history(s: Session, key_id: uuid.UUID) -> list[KeyHistoryRow]:
    query = (
        select(KeyCountLine.outcome, KeyCount.counted_at, Operator.display_name, KeyCount.note)
        .join(KeyCount, KeyCount.id == KeyCountLine.count_id)
        .join(Operator, Operator.id == KeyCount.counted_by_id)
        .where(KeyCountLine.key_id == key_id, KeyCountLine.outcome != CountOutcome.MATCHED.value)
        .order_by(KeyCount.counted_at.desc())
        .limit(HISTORY_LIMIT)
    )
    kinds = {CountOutcome.MISSING.value: KeyEventKind.COUNTED_MISSING}
    return [
        KeyHistoryRow(at, kinds.get(outcome, KeyEventKind.COUNTED_UNEXPECTED), operator, note=note)
        for outcome, at, operator, note in s.execute(query)
    ]
