"""Selects and row builders shared by the key services (each takes an open session).

Rows are built from plain columns in one query per list: a page of keys with their open loans and
unit labels, a list of loans with the operators' names, a key count with its lines.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.errors import NotFound
from app.keys.rows import (
    Borrower,
    BorrowerKind,
    CountLineRow,
    CountOutcome,
    KeyCountRow,
    KeyFilter,
    KeyQuery,
    KeyRef,
    KeyRow,
    KeyState,
    KeyStatus,
    LoanCloseKind,
    LoanRow,
    LoanState,
    OpensKind,
)
from app.search import name_search_key
from app.text import clean_text
from db.models.core import Desk, Operator
from db.models.directory import Building, Unit
from db.models.keys import KeyCount, KeyCountLine, KeyDeposit, KeyItem, KeyLoan

SEARCH_MAX_CHARS = 60

Issuer = aliased(Operator, name="issuer")
Approver = aliased(Operator, name="approver")
Closer = aliased(Operator, name="closer")
Ring = aliased(KeyItem, name="ring")
OpenLoan = aliased(KeyLoan, name="open_loan")

LOAN_COLUMNS = (
    KeyLoan,
    KeyItem.tag,
    KeyItem.label,
    KeyItem.key_class,
    Issuer.display_name,
    Approver.display_name,
    Closer.display_name,
)


def late_minutes(due: datetime, at: datetime) -> int:
    """Whole minutes past ``due`` at ``at``, rounded up (one second late is one minute late)."""
    seconds = (at - due).total_seconds()
    return 0 if seconds <= 0 else math.ceil(seconds / 60)


def search_text(*parts: str) -> str:
    return " ".join(key for key in (name_search_key(part) for part in parts) if key)


def unit_label(s: Session, unit_id: uuid.UUID | None) -> str:
    """How a unit is written on screen and on paper: building name and unit code ("A座 12A")."""
    if unit_id is None:
        return ""
    row = s.execute(
        select(Building.name, Unit.code).join(Unit, Unit.building_id == Building.id).where(Unit.id == unit_id)
    ).first()
    return f"{row[0]} {row[1]}" if row else ""


def loan_select() -> Any:  # Select of LOAN_COLUMNS
    return (
        select(*LOAN_COLUMNS)
        .join(KeyItem, KeyItem.id == KeyLoan.key_id)
        .join(Issuer, Issuer.id == KeyLoan.issued_by_id)
        .outerjoin(Approver, Approver.id == KeyLoan.approver_id)
        .outerjoin(Closer, Closer.id == KeyLoan.closed_by_id)
    )


def _loan_state(loan: KeyLoan, now: datetime) -> tuple[LoanState, int]:
    if loan.closed_at is None:
        late = late_minutes(loan.due_at, now)
        return (LoanState.OVERDUE if late else LoanState.OUT), late
    if loan.close_kind == LoanCloseKind.LOST:
        return LoanState.LOST, 0
    late = loan.late_minutes or 0
    return (LoanState.RETURNED_LATE if late else LoanState.RETURNED), late


def loan_row(
    loan: KeyLoan,
    tag: str,
    label: str,
    key_class: str,
    issuer: str,
    approver: str | None,
    closer: str | None,
    now: datetime,
) -> LoanRow:
    state, late = _loan_state(loan, now)
    returned_by = None
    if loan.returned_by_other and loan.returned_by_kind:
        returned_by = Borrower(
            BorrowerKind(loan.returned_by_kind),
            loan.returned_by_name or "",
            loan.returned_by_person_id,
            loan.returned_by_visit_id,
        )
    return LoanRow(
        id=loan.id,
        key_id=loan.key_id,
        key_tag=tag,
        key_label=label,
        key_class=key_class,
        borrower=Borrower(
            BorrowerKind(loan.borrower_kind),
            loan.borrower_name,
            loan.borrower_person_id,
            loan.borrower_visit_id,
            loan.borrower_collector_id,
            loan.borrower_detail,
        ),
        purpose=loan.purpose,
        issued_at=loan.issued_at,
        issued_by=issuer,
        due_at=loan.due_at,
        id_checked=loan.id_checked,
        authorised=loan.authorised,
        approver=approver or "",
        depositor_confirmation=loan.depositor_confirmation,
        closed_at=loan.closed_at,
        close_kind=LoanCloseKind(loan.close_kind) if loan.close_kind else None,
        closed_by=closer or "",
        returned_by=returned_by,
        close_note=loan.close_note,
        late_minutes=late,
        state=state,
    )


def loan_rows(s: Session, query: Select[Any], now: datetime) -> list[LoanRow]:
    rows: list[Any] = list(s.execute(query))
    return [loan_row(row[0], row[1], row[2], row[3], row[4], row[5], row[6], now) for row in rows]


def get_loan(s: Session, loan_id: uuid.UUID, now: datetime) -> LoanRow:
    rows = loan_rows(s, loan_select().where(KeyLoan.id == loan_id), now)
    if not rows:
        raise NotFound("key_loan", str(loan_id))
    return rows[0]


# -- keys ------------------------------------------------------------------------------------------
def _key_select() -> Any:  # Select of a key with its unit, ring, deposit and open loan
    return (
        select(
            KeyItem,
            Building.name,
            Unit.code,
            Ring.id,
            Ring.tag,
            Ring.label,
            KeyDeposit.id,
            OpenLoan,
            Issuer.display_name,
            Approver.display_name,
        )
        .outerjoin(Unit, Unit.id == KeyItem.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Ring, Ring.id == KeyItem.ring_id)
        .outerjoin(KeyDeposit, KeyDeposit.key_id == KeyItem.id)
        .outerjoin(OpenLoan, and_(OpenLoan.key_id == KeyItem.id, OpenLoan.closed_at.is_(None)))
        .outerjoin(Issuer, Issuer.id == OpenLoan.issued_by_id)
        .outerjoin(Approver, Approver.id == OpenLoan.approver_id)
    )


def _filtered(query: Select[Any], key_query: KeyQuery, now: datetime) -> Select[Any]:
    status = key_query.status
    if status == KeyFilter.RETIRED:
        query = query.where(KeyItem.state == KeyState.RETIRED.value)
    elif status == KeyFilter.LOST:
        query = query.where(KeyItem.state == KeyState.LOST.value)
    else:
        query = query.where(KeyItem.state != KeyState.RETIRED.value)
    if status == KeyFilter.IN:
        query = query.where(KeyItem.state == KeyState.ACTIVE.value, OpenLoan.id.is_(None))
    elif status == KeyFilter.OUT:
        query = query.where(OpenLoan.id.is_not(None))
    elif status == KeyFilter.OVERDUE:
        query = query.where(OpenLoan.due_at < now)
    if key_query.key_class:
        query = query.where(KeyItem.key_class == key_query.key_class)
    text = clean_text(key_query.text, "search", max_chars=SEARCH_MAX_CHARS)
    if text:
        folded = name_search_key(text)
        query = query.where(
            or_(
                KeyItem.search_text.contains(folded, autoescape=True),
                func.lower(OpenLoan.borrower_name).contains(text.lower(), autoescape=True),
            )
        )
    return query


def _key_row(row: Sequence[Any], members: tuple[KeyRef, ...], now: datetime) -> KeyRow:
    key, building, unit_code, ring_id, ring_tag, ring_label, deposit_id, loan, issuer, approver = row
    loan_value = None
    if loan is not None:
        loan_value = loan_row(loan, key.tag, key.label, key.key_class, issuer, approver, None, now)
    state = KeyState(key.state)
    if state == KeyState.RETIRED:
        status = KeyStatus.RETIRED
    elif state == KeyState.LOST:
        status = KeyStatus.LOST
    else:
        status = KeyStatus.OUT if loan is not None else KeyStatus.IN
    return KeyRow(
        id=key.id,
        tag=key.tag,
        label=key.label,
        opens_kind=OpensKind(key.opens_kind),
        opens_text=key.opens_text,
        unit_id=key.unit_id,
        unit_label=f"{building} {unit_code}" if unit_code is not None else "",
        key_class=key.key_class,
        position=key.position,
        copies=key.copies,
        is_ring=key.is_ring,
        ring=KeyRef(ring_id, ring_tag, ring_label) if ring_id is not None else None,
        members=members,
        state=state,
        status=status,
        deposited=deposit_id is not None,
        notes=key.notes,
        loan=loan_value,
    )


def _members(s: Session, ring_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[KeyRef, ...]]:
    wanted = list(ring_ids)
    if not wanted:
        return {}
    found: dict[Any, list[KeyRef]] = {}
    query = (
        select(KeyItem.ring_id, KeyItem.id, KeyItem.tag, KeyItem.label)
        .where(KeyItem.ring_id.in_(wanted), KeyItem.state != KeyState.RETIRED.value)
        .order_by(KeyItem.tag)
    )
    for ring_id, key_id, tag, label in s.execute(query):
        found.setdefault(ring_id, []).append(KeyRef(key_id, tag, label))
    return {ring: tuple(refs) for ring, refs in found.items()}


def key_rows(s: Session, query: Select[Any], now: datetime) -> list[KeyRow]:
    rows = s.execute(query).all()
    members = _members(s, (row[0].id for row in rows if row[0].is_ring))
    return [_key_row(row, members.get(row[0].id, ()), now) for row in rows]


def find_keys(s: Session, key_query: KeyQuery, now: datetime, offset: int, limit: int) -> list[KeyRow]:
    query = _filtered(_key_select(), key_query, now)
    order = (OpenLoan.due_at, KeyItem.tag) if key_query.status == KeyFilter.OVERDUE else (KeyItem.tag,)
    return key_rows(s, query.order_by(*order).offset(offset).limit(limit), now)


def count_keys(s: Session, key_query: KeyQuery, now: datetime) -> int:
    base = select(func.count(KeyItem.id)).select_from(KeyItem)
    base = base.outerjoin(OpenLoan, and_(OpenLoan.key_id == KeyItem.id, OpenLoan.closed_at.is_(None)))
    return int(s.execute(_filtered(base, key_query, now)).scalar_one())


def get_key(s: Session, key_id: uuid.UUID, now: datetime) -> KeyRow:
    rows = key_rows(s, _key_select().where(KeyItem.id == key_id), now)
    if not rows:
        raise NotFound("key", str(key_id))
    return rows[0]


def keys_where(s: Session, condition: Any, now: datetime) -> list[KeyRow]:
    return key_rows(s, _key_select().where(condition).order_by(KeyItem.position, KeyItem.tag), now)


# -- counts ----------------------------------------------------------------------------------------
def count_row(s: Session, count: KeyCount) -> KeyCountRow:
    desk = s.get(Desk, count.desk_id)
    counter = s.get(Operator, count.counted_by_id)
    query = (
        select(KeyCountLine, KeyItem.label, KeyItem.position)
        .outerjoin(KeyItem, KeyItem.id == KeyCountLine.key_id)
        .where(KeyCountLine.count_id == count.id, KeyCountLine.outcome != CountOutcome.MATCHED.value)
        .order_by(KeyCountLine.tag)
    )
    lines = [
        CountLineRow(line.key_id, line.tag, label or "", position or "", CountOutcome(line.outcome), line.scanned)
        for line, label, position in s.execute(query)
    ]
    return KeyCountRow(
        id=count.id,
        desk_id=count.desk_id,
        desk_name=desk.name if desk else "",
        shift_id=count.shift_id,
        counted_at=count.counted_at,
        counted_by=counter.display_name if counter else "",
        expected=count.expected,
        matched=count.matched,
        missing=tuple(line for line in lines if line.outcome == CountOutcome.MISSING),
        unexpected=tuple(line for line in lines if line.outcome == CountOutcome.UNEXPECTED),
        note=count.note,
    )


def latest_count(s: Session, desk_id: uuid.UUID) -> KeyCountRow | None:
    count = s.execute(
        select(KeyCount).where(KeyCount.desk_id == desk_id).order_by(KeyCount.counted_at.desc()).limit(1)
    ).scalar_one_or_none()
    return None if count is None else count_row(s, count)


def window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """A [start, end) range, refusing an inverted one by swapping it (a date picker's slip)."""
    return (start, end) if start <= end else (end, start)
