"""The key register at the desk: where every key is, issue and return, overdue, history.

``KeyService`` answers "where is every key, who has it, since when" and records loans. One user
action is one method and one transaction with its audit entry. It also serves the other areas:
``held_by_visit`` (``HoldingsSource``: the visitors area warns at check-out), ``latest_count`` and
``handover_items`` (``HandoverSource``: keys out, overdue, and the key count's differences).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.audit import AuditLog
from app.clock import Clock
from app.errors import Conflict, NotFound, ValidationError
from app.handover_sources import HandoverItem, HandoverItemKind, KeyCountResult
from app.holdings import HeldItem, OnSiteSource, OnSiteVisitor
from app.keys import borrowers, queries
from app.keys.forms import Checked
from app.keys.journal import Journal
from app.keys.policy import (
    ALREADY_CLOSED,
    ALREADY_OUT,
    DEPOSITED,
    HISTORY_LIMIT,
    ISSUE_UNAUTHORISED,
    KEY_CLASSES,
    KEY_LOST,
    KEY_RETIRED,
    LIST_PAGE,
    MAX_LOAN,
    ON_RING,
    RULE_DEPOSITOR_CONFIRMATION,
    RULE_DUE_NOT_AFTER_NOW,
    RULE_DUE_TOO_FAR,
    WORK_KEYS,
    fallback_class,
    parse_class,
)
from app.keys.rows import (
    Borrower,
    BorrowerKind,
    CountOutcome,
    KeyClass,
    KeyCountRow,
    KeyEventKind,
    KeyHistoryRow,
    KeyQuery,
    KeyRow,
    KeyState,
    LoanCloseKind,
    LoanRow,
)
from app.permissions import Actor, Approval, require
from app.settings import SettingsService
from app.severity import Severity
from app.storage import Sessions
from app.text import NAME_MAX_CHARS, clean_code, clean_text
from db.models.core import Operator
from db.models.keys import KeyCount, KeyCountLine, KeyEvent, KeyItem, KeyLoan

T = TypeVar("T")
EventOperator = aliased(Operator, name="event_operator")
EventApprover = aliased(Operator, name="event_approver")
COUNT_BEFORE_SHIFT = timedelta(hours=1)  # a count made just before a shift starts belongs to it


def check_due(due_at: datetime | None, now: datetime) -> datetime | None:
    if due_at is None:
        return None
    if due_at.tzinfo is None:
        raise ValueError("due_at must be timezone-aware")
    if due_at <= now:
        raise ValidationError("due_at", RULE_DUE_NOT_AFTER_NOW)
    if due_at - now > MAX_LOAN:
        raise ValidationError("due_at", RULE_DUE_TOO_FAR, {"days": MAX_LOAN.days})
    return due_at


def _borrower_of(loan: KeyLoan) -> Borrower:
    return Borrower(
        BorrowerKind(loan.borrower_kind),
        loan.borrower_name,
        loan.borrower_person_id,
        loan.borrower_visit_id,
        loan.borrower_collector_id,
    )


class KeyService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        settings: SettingsService,
        on_site: OnSiteSource | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._journal = Journal(audit)
        self._settings = settings
        self._on_site = on_site

    # -- classes and look-ups ----------------------------------------------------------------------
    def classes(self) -> list[KeyClass]:
        return [parse_class(item) for item in self._settings.get(KEY_CLASSES)]

    def key_class(self, code: str) -> KeyClass:
        return next((c for c in self.classes() if c.code == code), None) or fallback_class(code)

    def key(self, key_id: uuid.UUID) -> KeyRow:
        with self._sessions.read() as s:
            return queries.get_key(s, key_id, self._clock.now())

    def key_by_tag(self, tag: str) -> KeyRow:
        """The key whose tag was typed or scanned (full-width, lower case and spaces tolerated)."""
        code = clean_code(tag, "tag", required=True)
        with self._sessions.read() as s:
            key_id = s.execute(select(KeyItem.id).where(KeyItem.tag == code)).scalar_one_or_none()
            if key_id is None:
                raise NotFound("key", code)
            return queries.get_key(s, key_id, self._clock.now())

    def find_keys(self, query: KeyQuery = KeyQuery(), offset: int = 0, limit: int = LIST_PAGE) -> list[KeyRow]:  # noqa: B008
        with self._sessions.read() as s:
            return queries.find_keys(s, query, self._clock.now(), max(0, offset), max(1, limit))

    def count_keys(self, query: KeyQuery = KeyQuery()) -> int:  # noqa: B008
        with self._sessions.read() as s:
            return queries.count_keys(s, query, self._clock.now())

    def default_due(self, key_id: uuid.UUID) -> datetime:
        """When a key issued now is due back by default (its class's loan period)."""
        key = self.key(key_id)
        return self._clock.now() + timedelta(minutes=self.key_class(key.key_class).loan_minutes)

    def on_site_visitors(self) -> list[OnSiteVisitor]:
        """Visitors who may borrow a key (empty until the visitors area provides the list)."""
        return [] if self._on_site is None else self._on_site.on_site_now()

    @property
    def lends_to_visitors(self) -> bool:
        return self._on_site is not None

    # -- issue and return --------------------------------------------------------------------------
    def issue(
        self,
        actor: Actor,
        key_id: uuid.UUID,
        borrower: Borrower,
        *,
        purpose: str = "",
        due_at: datetime | None = None,
        id_checked: bool = False,
        depositor_confirmation: str = "",
        approval: Approval | None = None,
    ) -> LoanRow:
        """Lend a key. Someone not authorised for it needs a supervisor (``PermissionDenied``,
        approvable); a deposited key to someone the depositor did not list needs the depositor's
        confirmation recorded."""
        require(actor, WORK_KEYS)
        now = self._clock.now()
        form = Checked()
        form.take("purpose", lambda: clean_text(purpose, "purpose", max_chars=NAME_MAX_CHARS))
        form.take(
            "confirmed", lambda: clean_text(depositor_confirmation, "depositor_confirmation", max_chars=NAME_MAX_CHARS)
        )
        form.take("due", lambda: check_due(due_at, now))
        checked = form.done()
        why, confirmed, due = checked["purpose"], checked["confirmed"], checked["due"]
        with self._sessions.begin() as s:
            key = s.get(KeyItem, key_id, with_for_update=True)
            if key is None:
                raise NotFound("key", str(key_id))
            self._check_lendable(s, key)
            klass = self.key_class(key.key_class)
            who = borrowers.resolve(s, borrower, self._on_site, "borrower")
            deposited = key.key_class == DEPOSITED
            permit = self._permit(s, key, klass, who)
            if not permit.allowed and deposited and confirmed:
                permit = borrowers.Permit(True)  # the depositor confirmed it to the desk
            approver_id = None
            if not permit.allowed:
                if deposited and not confirmed and approval is None and actor.role not in ISSUE_UNAUTHORISED.roles:
                    raise ValidationError("depositor_confirmation", RULE_DEPOSITOR_CONFIRMATION)
                approver_id = require(actor, ISSUE_UNAUTHORISED, approval) or actor.operator_id
            loan = KeyLoan(
                key_id=key.id,
                borrower_kind=who.kind.value,
                borrower_person_id=who.person_id,
                borrower_visit_id=who.visit_id,
                borrower_collector_id=who.collector_id,
                borrower_name=who.name,
                borrower_detail=who.detail,
                purpose=why,
                issued_at=now,
                issued_by_id=actor.operator_id,
                issue_desk_id=actor.desk_id,
                issue_shift_id=actor.shift_id,
                due_at=due or now + timedelta(minutes=klass.loan_minutes),
                id_checked=id_checked,
                authorised=permit.allowed,
                approver_id=approver_id,
                approval_id=approval.record_id
                if approval is not None and approver_id == approval.approver_id
                else None,
                depositor_confirmation=confirmed if deposited and not permit.listed else "",
                returned_by_other=False,
                close_note="",
            )
            s.add(loan)
            try:
                s.flush()
            except IntegrityError as error:  # another desk issued it a moment ago
                raise Conflict("key", ALREADY_OUT, {"tag": key.tag}) from error
            self._journal.audit(
                s,
                at=now,
                actor=actor,
                action="key.issued",
                record_kind="key_loan",
                record_id=loan.id,
                approver_id=approver_id,
                details={
                    "key": str(key.id),
                    "tag": key.tag,
                    "borrower_kind": who.kind.value,
                    "authorised": permit.allowed,
                    "depositor_confirmed": bool(loan.depositor_confirmation),
                    "id_checked": id_checked,
                },
            )
            return queries.get_loan(s, loan.id, now)

    @staticmethod
    def _permit(s: Session, key: KeyItem, klass: KeyClass, who: Borrower) -> borrowers.Permit:
        permit = borrowers.class_permit(s, key, klass, who)
        if not permit.allowed and key.key_class == DEPOSITED:
            permit = borrowers.deposit_permit(s, key.id, who)
        return permit

    def may_borrow(self, key_id: uuid.UUID, borrower: Borrower) -> bool:
        """Whether ``borrower`` may take the key without a supervisor or a depositor's confirmation
        (for the form to say so before saving; ``issue`` decides again)."""
        with self._sessions.read() as s:
            key = s.get(KeyItem, key_id)
            if key is None:
                raise NotFound("key", str(key_id))
            who = borrowers.resolve(s, borrower, self._on_site, "borrower")
            return self._permit(s, key, self.key_class(key.key_class), who).allowed

    @staticmethod
    def _check_lendable(s: Session, key: KeyItem) -> None:
        if key.state == KeyState.RETIRED.value:
            raise Conflict("key", KEY_RETIRED, {"tag": key.tag})
        if key.state == KeyState.LOST.value:
            raise Conflict("key", KEY_LOST, {"tag": key.tag})
        if key.ring_id is not None:
            ring = s.get(KeyItem, key.ring_id)
            raise Conflict("key", ON_RING, {"tag": key.tag, "ring": ring.tag if ring else ""})
        open_loan = s.execute(
            select(KeyLoan.id).where(KeyLoan.key_id == key.id, KeyLoan.closed_at.is_(None))
        ).scalar_one_or_none()
        if open_loan is not None:
            raise Conflict("key", ALREADY_OUT, {"tag": key.tag})

    def return_key(
        self,
        actor: Actor,
        loan_id: uuid.UUID,
        *,
        returned_by: Borrower | None = None,
        note: str = "",
    ) -> LoanRow:
        """Take a key back. ``returned_by`` None: the borrower brought it; anyone else is recorded."""
        require(actor, WORK_KEYS)
        remark = clean_text(note, "return_note", max_chars=NAME_MAX_CHARS)
        now = self._clock.now()
        with self._sessions.begin() as s:
            loan = s.get(KeyLoan, loan_id, with_for_update=True)
            if loan is None:
                raise NotFound("key_loan", str(loan_id))
            if loan.closed_at is not None:
                raise Conflict("key_loan", ALREADY_CLOSED)
            other = None
            if returned_by is not None:
                who = borrowers.resolve(s, returned_by, self._on_site, "returned_by")
                other = None if who.same_as(_borrower_of(loan)) else who
            late = queries.late_minutes(loan.due_at, now)
            loan.closed_at = now
            loan.close_kind = LoanCloseKind.RETURNED.value
            loan.closed_by_id = actor.operator_id
            loan.close_desk_id = actor.desk_id
            loan.close_shift_id = actor.shift_id
            loan.late_minutes = late
            loan.close_note = remark
            if other is not None:
                loan.returned_by_other = True
                loan.returned_by_kind = other.kind.value
                loan.returned_by_person_id = other.person_id
                loan.returned_by_visit_id = other.visit_id
                loan.returned_by_name = other.name
            self._journal.audit(
                s,
                at=now,
                actor=actor,
                action="key.returned",
                record_kind="key_loan",
                record_id=loan.id,
                details={"key": str(loan.key_id), "late_minutes": late, "by_other": other is not None},
            )
            s.flush()
            return queries.get_loan(s, loan.id, now)

    def record_slip_print(self, actor: Actor, loan_id: uuid.UUID) -> int:
        """Count a printed loan slip; returns how many were printed before (0: the original)."""
        require(actor, WORK_KEYS)
        now = self._clock.now()
        with self._sessions.begin() as s:
            loan = s.get(KeyLoan, loan_id)
            if loan is None:
                raise NotFound("key_loan", str(loan_id))
            return self._journal.count_print(
                s,
                at=now,
                actor=actor,
                key_id=loan.key_id,
                kind=KeyEventKind.SLIP_PRINTED,
                loan_id=loan_id,
            )

    # -- lists -------------------------------------------------------------------------------------
    def loan(self, loan_id: uuid.UUID) -> LoanRow:
        with self._sessions.read() as s:
            return queries.get_loan(s, loan_id, self._clock.now())

    def out_now(self) -> list[LoanRow]:
        """Every key out now, the one due back first at the top."""
        with self._sessions.read() as s:
            query = queries.loan_select().where(KeyLoan.closed_at.is_(None)).order_by(KeyLoan.due_at, KeyItem.tag)
            return queries.loan_rows(s, query, self._clock.now())

    def overdue(self) -> list[LoanRow]:
        """Keys out past their due-back time, the longest overdue first."""
        now = self._clock.now()
        with self._sessions.read() as s:
            query = (
                queries.loan_select()
                .where(KeyLoan.closed_at.is_(None), KeyLoan.due_at < now)
                .order_by(KeyLoan.due_at, KeyItem.tag)
            )
            return queries.loan_rows(s, query, now)

    def _transactions_where(self, start: datetime, end: datetime) -> Any:
        low, high = queries.window(start, end)
        return or_(
            and_(KeyLoan.issued_at >= low, KeyLoan.issued_at < high),
            and_(KeyLoan.closed_at >= low, KeyLoan.closed_at < high),
        )

    def transactions(self, start: datetime, end: datetime, offset: int = 0, limit: int = LIST_PAGE) -> list[LoanRow]:
        """Loans issued or closed in [start, end), newest issue first."""
        with self._sessions.read() as s:
            query = (
                queries.loan_select()
                .where(self._transactions_where(start, end))
                .order_by(KeyLoan.issued_at.desc(), KeyLoan.id)
                .offset(max(0, offset))
                .limit(max(1, limit))
            )
            return queries.loan_rows(s, query, self._clock.now())

    def count_transactions(self, start: datetime, end: datetime) -> int:
        with self._sessions.read() as s:
            query = select(func.count(KeyLoan.id)).where(self._transactions_where(start, end))
            return int(s.execute(query).scalar_one())

    def history(self, key_id: uuid.UUID) -> list[KeyHistoryRow]:
        """Everything that happened to a key, newest first: loans, events, count differences."""
        now = self._clock.now()
        with self._sessions.read() as s:
            if s.get(KeyItem, key_id) is None:
                raise NotFound("key", str(key_id))
            rows = self._loan_history(s, key_id, now)
            rows += self._event_history(s, key_id)
            rows += self._count_history(s, key_id)
        rows.sort(key=lambda row: row.at, reverse=True)
        return rows[:HISTORY_LIMIT]

    @staticmethod
    def _loan_history(s: Session, key_id: uuid.UUID, now: datetime) -> list[KeyHistoryRow]:
        query = (
            queries.loan_select()
            .where(KeyLoan.key_id == key_id)
            .order_by(KeyLoan.issued_at.desc())
            .limit(HISTORY_LIMIT)
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

    @staticmethod
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

    @staticmethod
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

    # -- for the other areas -----------------------------------------------------------------------
    def held_by_visit(self, visit_id: uuid.UUID) -> list[HeldItem]:
        """Keys issued to the visitor of ``visit_id`` and not yet returned (``HoldingsSource``)."""
        with self._sessions.read() as s:
            rows = s.execute(
                select(KeyItem.tag, KeyItem.label, KeyLoan.issued_at, KeyLoan.due_at)
                .join(KeyItem, KeyItem.id == KeyLoan.key_id)
                .where(KeyLoan.borrower_visit_id == visit_id, KeyLoan.closed_at.is_(None))
                .order_by(KeyLoan.issued_at, KeyItem.tag)
            ).all()
        return [HeldItem("key", f"{tag} {label}", since, due) for tag, label, since, due in rows]

    def latest_count(self, desk_id: uuid.UUID) -> KeyCountRow | None:
        """The most recent key count at ``desk_id`` (for the shift handover), or None."""
        with self._sessions.read() as s:
            return queries.latest_count(s, desk_id)

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """``HandoverSource``: keys out (overdue ones flagged) and the differences of this shift's key
        count at ``desk_id`` (a count made up to an hour before the shift started belongs to it)."""
        items = [_loan_item(loan) for loan in self.out_now()]
        count = self.latest_count(desk_id)
        if count is None or count.counted_at < shift_started_at - COUNT_BEFORE_SHIFT:
            items.append(
                HandoverItem(
                    HandoverItemKind.KEY_COUNT,
                    "key_count",
                    f"not_done:{desk_id}",
                    "",
                    severity=Severity.WARNING,
                    facts=(("result", KeyCountResult.NOT_DONE.value),),
                )
            )
        else:
            differences = len(count.missing) + len(count.unexpected)
            result = KeyCountResult.DIFFERENCES if differences else KeyCountResult.NO_DIFFERENCE
            items.append(
                HandoverItem(
                    HandoverItemKind.KEY_COUNT,
                    "key_count",
                    str(count.id),
                    "",
                    since=count.counted_at,
                    severity=Severity.WARNING if differences else Severity.INFO,
                    facts=(
                        ("result", result.value),
                        ("counted_by", count.counted_by),
                        ("expected", str(count.expected)),
                        ("matched", str(count.matched)),
                        ("differences", str(differences)),
                    ),
                )
            )
            for line in (*count.missing, *count.unexpected):
                items.append(
                    HandoverItem(
                        HandoverItemKind.KEY_COUNT_DIFFERENCE,
                        "key_count",
                        str(count.id),
                        f"{line.tag} {line.label}".strip(),
                        place=line.position,
                        since=count.counted_at,
                        severity=Severity.WARNING,
                        facts=(("outcome", line.outcome.value), ("counted_by", count.counted_by)),
                    )
                )
        return items


def _loan_item(loan: LoanRow) -> HandoverItem:
    return HandoverItem(
        HandoverItemKind.KEY_OVERDUE if loan.overdue else HandoverItemKind.KEY_OUT,
        "key_loan",
        str(loan.id),
        f"{loan.key_tag} {loan.key_label}",
        since=loan.issued_at,
        due=loan.due_at,
        severity=Severity.WARNING if loan.overdue else Severity.INFO,
        facts=(
            ("borrower", loan.borrower.name),
            ("borrower_kind", loan.borrower.kind.value),
            ("late_minutes", str(loan.late_minutes)),
        ),
    )
