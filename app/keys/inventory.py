"""The key inventory: keys and rings, who may borrow them, and the lost-key workflow.

Keys are never deleted: a key leaves service by being retired (with a reason), and every change is a
line in its history (``key_event``) plus an audit entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import Conflict, NotFound, Rule, ValidationError
from app.keys import queries
from app.keys.forms import Checked, check_key_basics
from app.keys.journal import Journal
from app.keys.policy import (
    ACKNOWLEDGE_LOST,
    ALREADY_ACKNOWLEDGED,
    ALREADY_LOST,
    ALREADY_OUT,
    ALREADY_RESOLVED,
    DEPOSITED,
    KEY_LOST,
    KEY_RETIRED,
    MANAGE_KEYS,
    MAX_COPIES,
    MAX_RING_MEMBERS,
    NOT_A_RING,
    NOT_ACKNOWLEDGED,
    ON_RING,
    RETIRE_KEYS,
    RING_HAS_MEMBERS,
    RULE_RING_MEMBER,
    WORK_KEYS,
)
from app.keys.rows import (
    DIRECTORY_KINDS,
    AuthorisationRow,
    BorrowerKind,
    KeyEventKind,
    KeyFields,
    KeyRow,
    KeyState,
    LoanCloseKind,
    LostReportRow,
    LostResolution,
    OpensKind,
)
from app.permissions import Actor, Approval, require
from app.storage import Sessions
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, clean_text
from db.models.core import Operator
from db.models.directory import Person, Unit
from db.models.keys import KeyAuthorisation, KeyItem, KeyLoan, KeyLostReport

RULE_USE_DEPOSIT = "use_deposit_form"
ALREADY_REVOKED = "already_revoked"
Reporter = aliased(Operator, name="reporter")
Acknowledger = aliased(Operator, name="acknowledger")
Resolver = aliased(Operator, name="resolver")
Granter = aliased(Operator, name="granter")
# The columns a key form writes, in the order a changed-fields list names them.
KEY_COLUMNS = (
    "tag",
    "label",
    "opens_kind",
    "opens_text",
    "unit_id",
    "key_class",
    "position",
    "copies",
    "is_ring",
    "notes",
)


def check_key(fields: KeyFields, class_codes: Collection[str], *, allow_deposited: bool = False) -> dict[str, Any]:
    """Validate a key form (every error at once); return the column values."""
    form = Checked(unit_id=fields.unit_id, is_ring=bool(fields.is_ring), key_class=fields.key_class)
    check_key_basics(form, fields.tag, fields.label, fields.position, fields.notes)
    form.take("opens_text", lambda: clean_text(fields.opens_text, "opens_text", max_chars=NAME_MAX_CHARS))
    form.take("copies", lambda: _copies(fields.copies))
    try:
        form.values["opens_kind"] = OpensKind(fields.opens_kind).value
    except ValueError:
        form.fail(ValidationError("opens_kind", Rule.CHOICE))
    if form.values.get("opens_kind") == OpensKind.UNIT.value and fields.unit_id is None:
        form.fail(ValidationError("unit", Rule.REQUIRED))
    if fields.key_class not in class_codes:
        form.fail(ValidationError("key_class", Rule.CHOICE))
    elif fields.key_class == DEPOSITED and not allow_deposited:
        form.fail(ValidationError("key_class", RULE_USE_DEPOSIT))
    values = form.done()
    values["search_text"] = queries.search_text(
        values["tag"], values["label"], values["opens_text"], values["position"]
    )
    return values


def _copies(value: int | str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError as error:
        raise ValidationError("copies", Rule.NOT_A_NUMBER) from error
    if not 1 <= number <= MAX_COPIES:
        raise ValidationError("copies", Rule.OUT_OF_RANGE, {"min": 1, "max": MAX_COPIES})
    return number


def check_unit(s: Session, unit_id: uuid.UUID | None) -> None:
    if unit_id is not None and s.get(Unit, unit_id) is None:
        raise ValidationError("unit", Rule.NOT_FOUND)


def tag_taken(s: Session, tag: str, other_than: uuid.UUID | None = None) -> bool:
    query = select(KeyItem.id).where(KeyItem.tag == tag)
    if other_than is not None:
        query = query.where(KeyItem.id != other_than)
    return s.execute(query).first() is not None


def _open_loan(s: Session, key_id: uuid.UUID) -> KeyLoan | None:
    return s.execute(
        select(KeyLoan).where(KeyLoan.key_id == key_id, KeyLoan.closed_at.is_(None)).with_for_update()
    ).scalar_one_or_none()


class KeyInventoryService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog, class_codes: Any) -> None:
        """``class_codes()`` returns the configured key class codes (read from the settings)."""
        self._sessions = sessions
        self._clock = clock
        self._journal = Journal(audit)
        self._class_codes = class_codes

    def _key(self, s: Session, key_id: uuid.UUID, *, lock: bool = False) -> KeyItem:
        key = s.get(KeyItem, key_id, with_for_update=lock)
        if key is None:
            raise NotFound("key", str(key_id))
        return key

    # -- keys and rings ------------------------------------------------------------------------------
    @changes(ChangeKind.KEY)
    def add_key(self, actor: Actor, fields: KeyFields, approval: Approval | None = None) -> KeyRow:
        approver = require(actor, MANAGE_KEYS, approval)
        values = check_key(fields, self._class_codes())
        now = self._clock.now()
        with self._sessions.begin() as s:
            check_unit(s, values["unit_id"])
            if tag_taken(s, values["tag"]):
                raise ValidationError("tag", Rule.DUPLICATE)
            key = KeyItem(state=KeyState.ACTIVE.value, **values)
            s.add(key)
            s.flush()
            self._journal.key_action(
                s,
                at=now,
                actor=actor,
                key_id=key.id,
                kind=KeyEventKind.ADDED,
                approver_id=approver,
                details={"tag": key.tag, "class": key.key_class},
            )
            return queries.get_key(s, key.id, now)

    @changes(ChangeKind.KEY)
    def amend_key(self, actor: Actor, key_id: uuid.UUID, fields: KeyFields, approval: Approval | None = None) -> KeyRow:
        """Correct a key's details; the history names the fields that changed."""
        approver = require(actor, MANAGE_KEYS, approval)
        now = self._clock.now()
        with self._sessions.begin() as s:
            key = self._key(s, key_id, lock=True)
            if key.state == KeyState.RETIRED.value:
                raise Conflict("key", KEY_RETIRED, {"tag": key.tag})
            deposited = key.key_class == DEPOSITED
            values = check_key(fields, self._class_codes(), allow_deposited=deposited)
            if deposited != (values["key_class"] == DEPOSITED):
                raise ValidationError("key_class", RULE_USE_DEPOSIT)
            check_unit(s, values["unit_id"])
            if tag_taken(s, values["tag"], other_than=key.id):
                raise ValidationError("tag", Rule.DUPLICATE)
            if key.is_ring and not values["is_ring"] and self._member_ids(s, key.id):
                raise Conflict("key", RING_HAS_MEMBERS, {"tag": key.tag})
            if values["is_ring"] and key.ring_id is not None:
                raise ValidationError("is_ring", RULE_RING_MEMBER)
            changed = [name for name in KEY_COLUMNS if getattr(key, name) != values[name]]
            for name, value in values.items():
                setattr(key, name, value)
            if changed:
                self._journal.key_action(
                    s,
                    at=now,
                    actor=actor,
                    key_id=key.id,
                    kind=KeyEventKind.AMENDED,
                    approver_id=approver,
                    detail=",".join(changed),
                    details={"fields": ",".join(changed)},
                )
            s.flush()
            return queries.get_key(s, key.id, now)

    @staticmethod
    def _member_ids(s: Session, ring_id: uuid.UUID) -> set[uuid.UUID]:
        return set(s.execute(select(KeyItem.id).where(KeyItem.ring_id == ring_id)).scalars())

    @changes(ChangeKind.KEY)
    def set_ring_members(
        self, actor: Actor, ring_id: uuid.UUID, member_ids: Sequence[uuid.UUID], approval: Approval | None = None
    ) -> KeyRow:
        """The keys that hang on a ring (issued with it, never alone)."""
        approver = require(actor, MANAGE_KEYS, approval)
        wanted = list(dict.fromkeys(member_ids))
        if len(wanted) > MAX_RING_MEMBERS:
            raise ValidationError("members", Rule.OUT_OF_RANGE, {"min": 0, "max": MAX_RING_MEMBERS})
        now = self._clock.now()
        with self._sessions.begin() as s:
            ring = self._key(s, ring_id, lock=True)
            if not ring.is_ring:
                raise Conflict("key", NOT_A_RING, {"tag": ring.tag})
            if ring.state == KeyState.RETIRED.value:
                raise Conflict("key", KEY_RETIRED, {"tag": ring.tag})
            if _open_loan(s, ring.id) is not None:
                raise Conflict("key", ALREADY_OUT, {"tag": ring.tag})
            current = self._member_ids(s, ring.id)
            for member_id in wanted:
                if member_id in current:
                    continue
                member = self._key(s, member_id, lock=True)
                self._check_joinable(s, ring, member)
                member.ring_id = ring.id
                self._ring_event(s, actor, now, member, KeyEventKind.RING_JOINED, ring.tag, approver)
            for member_id in current - set(wanted):
                member = self._key(s, member_id, lock=True)
                member.ring_id = None
                self._ring_event(s, actor, now, member, KeyEventKind.RING_LEFT, ring.tag, approver)
            s.flush()
            return queries.get_key(s, ring.id, now)

    @staticmethod
    def _check_joinable(s: Session, ring: KeyItem, member: KeyItem) -> None:
        if member.id == ring.id or member.is_ring:
            raise ValidationError("members", RULE_RING_MEMBER)
        if member.state == KeyState.RETIRED.value:
            raise Conflict("key", KEY_RETIRED, {"tag": member.tag})
        if member.ring_id is not None and member.ring_id != ring.id:
            raise Conflict("key", ON_RING, {"tag": member.tag, "ring": ""})
        if _open_loan(s, member.id) is not None:
            raise Conflict("key", ALREADY_OUT, {"tag": member.tag})

    def _ring_event(
        self, s: Session, actor: Actor, at: datetime, key: KeyItem, kind: KeyEventKind, ring_tag: str, approver: Any
    ) -> None:
        self._journal.key_action(
            s,
            at=at,
            actor=actor,
            key_id=key.id,
            kind=kind,
            approver_id=approver,
            detail=ring_tag,
            details={"ring": ring_tag},
        )

    @changes(ChangeKind.KEY)
    def retire_key(self, actor: Actor, key_id: uuid.UUID, reason: str, approval: Approval | None = None) -> KeyRow:
        """Take a key out of service for good (it stays in the register and its history)."""
        approver = require(actor, RETIRE_KEYS, approval)
        why = clean_text(reason, "reason", max_chars=NAME_MAX_CHARS, required=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            key = self._key(s, key_id, lock=True)
            if key.state == KeyState.RETIRED.value:
                raise Conflict("key", KEY_RETIRED, {"tag": key.tag})
            if key.state == KeyState.LOST.value:
                raise Conflict("key", KEY_LOST, {"tag": key.tag})
            if _open_loan(s, key.id) is not None:
                raise Conflict("key", ALREADY_OUT, {"tag": key.tag})
            if key.is_ring and self._member_ids(s, key.id):
                raise Conflict("key", RING_HAS_MEMBERS, {"tag": key.tag})
            self._retire(s, actor, now, key, why, approver)
            s.flush()
            return queries.get_key(s, key.id, now)

    def _retire(self, s: Session, actor: Actor, now: datetime, key: KeyItem, why: str, approver: Any) -> None:
        if key.ring_id is not None:
            ring = s.get(KeyItem, key.ring_id)
            key.ring_id = None
            self._ring_event(s, actor, now, key, KeyEventKind.RING_LEFT, ring.tag if ring else "", approver)
        key.state = KeyState.RETIRED.value
        self._journal.key_action(
            s,
            at=now,
            actor=actor,
            key_id=key.id,
            kind=KeyEventKind.RETIRED,
            approver_id=approver,
            note=why,
        )

    # -- authorised borrowers ----------------------------------------------------------------------
    @changes(ChangeKind.KEY)
    def authorise(
        self,
        actor: Actor,
        person_id: uuid.UUID,
        *,
        key_id: uuid.UUID | None = None,
        key_class: str | None = None,
        approval: Approval | None = None,
    ) -> AuthorisationRow:
        """Allow a person (staff, contractor, resident) to borrow one key or a whole class."""
        approver = require(actor, MANAGE_KEYS, approval)
        if (key_id is None) == (key_class is None):
            raise ValidationError("scope", Rule.REQUIRED)
        if key_class is not None and key_class not in self._class_codes():
            raise ValidationError("key_class", Rule.CHOICE)
        now = self._clock.now()
        with self._sessions.begin() as s:
            person = s.get(Person, person_id)
            if person is None or not person.active or BorrowerKind(person.kind) not in DIRECTORY_KINDS:
                raise ValidationError("person", Rule.NOT_FOUND)
            if key_id is not None:
                self._key(s, key_id)
            existing = s.execute(
                select(KeyAuthorisation.id).where(
                    KeyAuthorisation.person_id == person_id,
                    KeyAuthorisation.revoked_at.is_(None),
                    KeyAuthorisation.key_id == key_id
                    if key_id is not None
                    else KeyAuthorisation.key_class == key_class,
                )
            ).first()
            if existing is not None:
                raise ValidationError("person", Rule.DUPLICATE)
            grant = KeyAuthorisation(
                key_id=key_id, key_class=key_class, person_id=person_id, granted_at=now, granted_by_id=actor.operator_id
            )
            s.add(grant)
            s.flush()
            details = {"person": str(person_id), "key": str(key_id) if key_id else None, "class": key_class}
            if key_id is not None:
                self._journal.event(
                    s, at=now, actor=actor, key_id=key_id, kind=KeyEventKind.AUTHORISED, detail=person.kind
                )
            self._journal.audit(
                s,
                at=now,
                actor=actor,
                action="key.authorised",
                record_kind="key_authorisation",
                record_id=grant.id,
                approver_id=approver,
                details=details,
            )
            return self._authorisation_rows(s, KeyAuthorisation.id == grant.id)[0]

    @changes(ChangeKind.KEY)
    def revoke(self, actor: Actor, authorisation_id: uuid.UUID, approval: Approval | None = None) -> None:
        approver = require(actor, MANAGE_KEYS, approval)
        now = self._clock.now()
        with self._sessions.begin() as s:
            grant = s.get(KeyAuthorisation, authorisation_id, with_for_update=True)
            if grant is None:
                raise NotFound("key_authorisation", str(authorisation_id))
            if grant.revoked_at is not None:
                raise Conflict("key_authorisation", ALREADY_REVOKED)
            grant.revoked_at = now
            grant.revoked_by_id = actor.operator_id
            if grant.key_id is not None:
                self._journal.event(
                    s, at=now, actor=actor, key_id=grant.key_id, kind=KeyEventKind.AUTHORISATION_REVOKED
                )
            self._journal.audit(
                s,
                at=now,
                actor=actor,
                action="key.authorisation_revoked",
                record_kind="key_authorisation",
                record_id=grant.id,
                approver_id=approver,
            )

    def authorisations(
        self, *, key_id: uuid.UUID | None = None, key_class: str | None = None
    ) -> list[AuthorisationRow]:
        """People named for a key (and for its class), or for a class; active grants only."""
        with self._sessions.read() as s:
            scope: Any
            if key_id is not None:
                key = self._key(s, key_id)
                scope = (KeyAuthorisation.key_id == key_id) | (KeyAuthorisation.key_class == key.key_class)
            else:
                scope = KeyAuthorisation.key_class == key_class
            return self._authorisation_rows(s, scope & KeyAuthorisation.revoked_at.is_(None))

    @staticmethod
    def _authorisation_rows(s: Session, condition: Any) -> list[AuthorisationRow]:
        query = (
            select(KeyAuthorisation, Person.name, Person.kind, Granter.display_name)
            .join(Person, Person.id == KeyAuthorisation.person_id)
            .join(Granter, Granter.id == KeyAuthorisation.granted_by_id)
            .where(condition)
            .order_by(Person.name_key)
        )
        return [
            AuthorisationRow(g.id, g.person_id, name, kind, g.key_id, g.key_class, g.granted_at, granter)
            for g, name, kind, granter in s.execute(query)
        ]

    # -- lost keys ---------------------------------------------------------------------------------
    @changes(ChangeKind.KEY, ChangeKind.KEY_LOAN)  # a lost key's loan ends with it
    def report_lost(self, actor: Actor, key_id: uuid.UUID, note: str = "") -> LostReportRow:
        """A key is lost (from the cabinet or by its borrower): it cannot be issued until resolved."""
        require(actor, WORK_KEYS)
        remark = clean_text(note, "note", max_chars=LONG_TEXT_MAX_CHARS, multiline=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            key = self._key(s, key_id, lock=True)
            if key.state == KeyState.RETIRED.value:
                raise Conflict("key", KEY_RETIRED, {"tag": key.tag})
            if key.state == KeyState.LOST.value:
                raise Conflict("key", ALREADY_LOST, {"tag": key.tag})
            loan = _open_loan(s, key.id)
            if loan is not None:
                loan.closed_at = now
                loan.close_kind = LoanCloseKind.LOST.value
                loan.closed_by_id = actor.operator_id
                loan.close_desk_id = actor.desk_id
                loan.close_shift_id = actor.shift_id
            key.state = KeyState.LOST.value
            report = KeyLostReport(
                key_id=key.id,
                loan_id=loan.id if loan else None,
                reported_at=now,
                reported_by_id=actor.operator_id,
                note=remark,
                resolution_note="",
            )
            s.add(report)
            s.flush()
            self._journal.key_action(
                s,
                at=now,
                actor=actor,
                key_id=key.id,
                kind=KeyEventKind.LOST_REPORTED,
                loan_id=loan.id if loan else None,
                note=remark,
                details={"report": str(report.id), "while_out": loan is not None},
            )
            return self._lost_rows(s, KeyLostReport.id == report.id)[0]

    @changes(ChangeKind.KEY, ChangeKind.KEY_LOAN)  # a lost key's loan ends with it
    def acknowledge_lost(self, actor: Actor, report_id: uuid.UUID, approval: Approval | None = None) -> LostReportRow:
        approver = require(actor, ACKNOWLEDGE_LOST, approval)
        now = self._clock.now()
        with self._sessions.begin() as s:
            report = self._report(s, report_id)
            if report.acknowledged_at is not None:
                raise Conflict("key_lost_report", ALREADY_ACKNOWLEDGED)
            report.acknowledged_at = now
            report.acknowledged_by_id = approver or actor.operator_id
            self._journal.key_action(
                s,
                at=now,
                actor=actor,
                key_id=report.key_id,
                kind=KeyEventKind.LOST_ACKNOWLEDGED,
                approver_id=approver,
                details={"report": str(report.id)},
            )
            s.flush()
            return self._lost_rows(s, KeyLostReport.id == report.id)[0]

    @changes(ChangeKind.KEY, ChangeKind.KEY_LOAN)  # a lost key's loan ends with it
    def resolve_lost(
        self,
        actor: Actor,
        report_id: uuid.UUID,
        resolution: LostResolution,
        note: str = "",
        approval: Approval | None = None,
    ) -> LostReportRow:
        """Found (anyone), or — once a supervisor acknowledged the loss — replaced or retired."""
        outcome = LostResolution(resolution)
        require(actor, WORK_KEYS)
        remark = clean_text(note, "note", max_chars=LONG_TEXT_MAX_CHARS, multiline=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            report = self._report(s, report_id)
            if outcome != LostResolution.FOUND and report.acknowledged_at is None:
                raise Conflict("key_lost_report", NOT_ACKNOWLEDGED)  # said before a supervisor is asked
            approver = None if outcome == LostResolution.FOUND else require(actor, RETIRE_KEYS, approval)
            key = self._key(s, report.key_id, lock=True)
            report.resolved_at = now
            report.resolved_by_id = actor.operator_id
            report.resolution = outcome.value
            report.resolution_note = remark
            if outcome == LostResolution.RETIRED:
                self._retire(s, actor, now, key, remark or outcome.value, approver)
            else:
                key.state = KeyState.ACTIVE.value
                kind = KeyEventKind.FOUND if outcome == LostResolution.FOUND else KeyEventKind.REPLACED
                self._journal.key_action(
                    s,
                    at=now,
                    actor=actor,
                    key_id=key.id,
                    kind=kind,
                    approver_id=approver,
                    note=remark,
                    details={"report": str(report.id)},
                )
            s.flush()
            return self._lost_rows(s, KeyLostReport.id == report.id)[0]

    def _report(self, s: Session, report_id: uuid.UUID) -> KeyLostReport:
        report = s.get(KeyLostReport, report_id, with_for_update=True)
        if report is None:
            raise NotFound("key_lost_report", str(report_id))
        if report.resolved_at is not None:
            raise Conflict("key_lost_report", ALREADY_RESOLVED)
        return report

    def lost_reports(self, *, open_only: bool = True, key_id: uuid.UUID | None = None) -> list[LostReportRow]:
        condition: Any = KeyLostReport.resolved_at.is_(None) if open_only else KeyLostReport.id.is_not(None)
        if key_id is not None:
            condition = condition & (KeyLostReport.key_id == key_id)
        with self._sessions.read() as s:
            return self._lost_rows(s, condition)

    @staticmethod
    def _lost_rows(s: Session, condition: Any) -> list[LostReportRow]:
        query = (
            select(
                KeyLostReport,
                KeyItem.tag,
                KeyItem.label,
                KeyLoan.borrower_name,
                Reporter.display_name,
                Acknowledger.display_name,
                Resolver.display_name,
            )
            .join(KeyItem, KeyItem.id == KeyLostReport.key_id)
            .outerjoin(KeyLoan, KeyLoan.id == KeyLostReport.loan_id)
            .join(Reporter, Reporter.id == KeyLostReport.reported_by_id)
            .outerjoin(Acknowledger, Acknowledger.id == KeyLostReport.acknowledged_by_id)
            .outerjoin(Resolver, Resolver.id == KeyLostReport.resolved_by_id)
            .where(condition)
            .order_by(KeyLostReport.reported_at.desc())
        )
        return [
            LostReportRow(
                r.id,
                r.key_id,
                tag,
                label,
                r.loan_id,
                borrower or "",
                r.reported_at,
                reporter,
                r.note,
                r.acknowledged_at,
                acknowledger or "",
                r.resolved_at,
                resolver or "",
                LostResolution(r.resolution) if r.resolution else None,
                r.resolution_note,
            )
            for r, tag, label, borrower, reporter, acknowledger, resolver in s.execute(query)
        ]
