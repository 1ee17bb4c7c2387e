"""Resident-deposited keys (業主寄存鑰匙): the depositor, their consent, who may collect the key.

A deposit creates the key (class ``deposited``) with its deposit record and the collectors the
depositor lists. Collectors are removed, never deleted, when the depositor changes the list. Who
may take the key is decided when it is issued (``KeyService.issue``): the depositor and the listed
collectors; anyone else only with the depositor's confirmation recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import NotFound, Rule, ValidationError
from app.keys import queries
from app.keys.forms import Checked, check_key_basics
from app.keys.inventory import check_unit, tag_taken
from app.keys.journal import Journal
from app.keys.policy import (
    DEPOSIT_KEYS,
    DEPOSITED,
    RULE_CONSENT,
)
from app.keys.rows import (
    MAX_COLLECTORS,
    CollectorFields,
    CollectorRow,
    DepositFields,
    DepositRow,
    KeyEventKind,
    KeyState,
    OpensKind,
)
from app.permissions import Actor, require
from app.storage import Sessions
from app.text import NAME_MAX_CHARS, clean_text
from app.validation.accept import optional_phone
from db.models.core import Operator
from db.models.directory import Person
from db.models.keys import KeyCollector, KeyDeposit, KeyItem


def collector_field(index: int, name: str) -> str:
    """The form field of a collector's name / phone / relation, e.g. ``collectors.0.phone``."""
    return f"collectors.{index}.{name}"


def check_collectors(
    collectors: Sequence[CollectorFields], accepted: Collection[str], errors: list[ValidationError]
) -> list[tuple[str, str | None, str]]:
    if len(collectors) > MAX_COLLECTORS:
        errors.append(ValidationError("collectors", Rule.OUT_OF_RANGE, {"min": 0, "max": MAX_COLLECTORS}))
        return []
    clean: list[tuple[str, str | None, str]] = []
    for index, collector in enumerate(collectors):
        try:
            name = clean_text(collector.name, collector_field(index, "name"), max_chars=NAME_MAX_CHARS, required=True)
            relation = clean_text(collector.relation, collector_field(index, "relation"), max_chars=NAME_MAX_CHARS)
            phone = optional_phone(collector.phone, collector_field(index, "phone"), accepted)
        except ValidationError as error:
            errors.append(error)
            continue
        clean.append((name, phone, relation))
    return clean


class DepositService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._journal = Journal(audit)

    @changes(ChangeKind.KEY, ChangeKind.KEY_DEPOSIT)
    def deposit(self, actor: Actor, fields: DepositFields, accepted: Collection[str] = ()) -> DepositRow:
        """Take a resident's key into the cabinet, with their consent and who may collect it."""
        require(actor, DEPOSIT_KEYS)
        form = Checked()
        check_key_basics(form, fields.tag, fields.label, fields.position, fields.notes)
        form.take("consent_note", lambda: clean_text(fields.consent_note, "consent_note", max_chars=NAME_MAX_CHARS))
        if fields.unit_id is None:
            form.fail(ValidationError("unit", Rule.REQUIRED))
        if fields.depositor_person_id is None:
            form.fail(ValidationError("depositor", Rule.REQUIRED))
        if not fields.consent:
            form.fail(ValidationError("consent", RULE_CONSENT))
        collectors = check_collectors(fields.collectors, accepted, form.errors)
        values = form.done()
        now = self._clock.now()
        with self._sessions.begin() as s:
            check_unit(s, fields.unit_id)
            depositor = s.get(Person, fields.depositor_person_id)
            if depositor is None or not depositor.active or depositor.kind != "resident":
                raise ValidationError("depositor", Rule.NOT_FOUND)
            if tag_taken(s, values["tag"]):
                raise ValidationError("tag", Rule.DUPLICATE)
            unit_label = queries.unit_label(s, fields.unit_id)
            key = KeyItem(
                tag=values["tag"],
                label=values["label"],
                opens_kind=OpensKind.UNIT.value,
                opens_text=unit_label,
                unit_id=fields.unit_id,
                key_class=DEPOSITED,
                position=values["position"],
                copies=1,
                is_ring=False,
                state=KeyState.ACTIVE.value,
                notes=values["notes"],
                search_text=queries.search_text(values["tag"], values["label"], unit_label, values["position"]),
            )
            s.add(key)
            s.flush()
            deposit = KeyDeposit(
                key_id=key.id,
                depositor_person_id=depositor.id,
                depositor_name=depositor.name,
                unit_id=fields.unit_id,
                consent_at=now,
                consent_note=values["consent_note"],
                deposited_at=now,
                deposited_by_id=actor.operator_id,
            )
            s.add(deposit)
            s.flush()
            self._add_collectors(s, actor, deposit.id, collectors)
            self._journal.key_action(
                s,
                at=now,
                actor=actor,
                key_id=key.id,
                kind=KeyEventKind.DEPOSITED,
                detail=str(len(collectors)),
                details={"tag": key.tag, "deposit": str(deposit.id), "collectors": len(collectors)},
            )
            s.flush()
            return self._row(s, deposit)

    def _add_collectors(
        self,
        s: Session,
        actor: Actor,
        deposit_id: uuid.UUID,
        collectors: Sequence[tuple[str, str | None, str]],
        order: Sequence[tuple[str, str | None, str]] | None = None,
    ) -> None:
        now = self._clock.now()
        listed = list(order if order is not None else collectors)
        for identity in collectors:
            name, phone, relation = identity
            s.add(
                KeyCollector(
                    deposit_id=deposit_id,
                    name=name,
                    phone=phone,
                    relation=relation,
                    sort_order=listed.index(identity),
                    added_at=now,
                    added_by_id=actor.operator_id,
                )
            )

    @changes(ChangeKind.KEY, ChangeKind.KEY_DEPOSIT)
    def set_collectors(
        self, actor: Actor, key_id: uuid.UUID, collectors: Sequence[CollectorFields], accepted: Collection[str] = ()
    ) -> DepositRow:
        """The depositor's new list of collectors: those no longer listed are removed (kept in history)."""
        require(actor, DEPOSIT_KEYS)
        form = Checked()
        wanted = check_collectors(collectors, accepted, form.errors)
        form.done()
        now = self._clock.now()
        with self._sessions.begin() as s:
            deposit = self._deposit(s, key_id)
            current = {
                (c.name, c.phone, c.relation): c
                for c in s.execute(
                    select(KeyCollector).where(KeyCollector.deposit_id == deposit.id, KeyCollector.removed_at.is_(None))
                ).scalars()
            }
            removed = [c for identity, c in current.items() if identity not in wanted]
            added = [identity for identity in dict.fromkeys(wanted) if identity not in current]
            for collector in removed:
                collector.removed_at = now
                collector.removed_by_id = actor.operator_id
            listed = list(dict.fromkeys(wanted))
            for identity, collector in current.items():
                if identity in listed:
                    collector.sort_order = listed.index(identity)
            self._add_collectors(s, actor, deposit.id, added, listed)
            if added or removed:
                self._journal.key_action(
                    s,
                    at=now,
                    actor=actor,
                    key_id=key_id,
                    kind=KeyEventKind.COLLECTORS_CHANGED,
                    detail=f"+{len(added)} -{len(removed)}",
                    details={"added": len(added), "removed": len(removed)},
                )
            s.flush()
            return self._row(s, deposit)

    def deposit_for(self, key_id: uuid.UUID) -> DepositRow | None:
        with self._sessions.read() as s:
            deposit = s.execute(select(KeyDeposit).where(KeyDeposit.key_id == key_id)).scalar_one_or_none()
            return None if deposit is None else self._row(s, deposit)

    @changes()
    def record_receipt_print(self, actor: Actor, key_id: uuid.UUID) -> int:
        """Count a printed deposit receipt; returns how many were printed before (0: the original)."""
        require(actor, DEPOSIT_KEYS)
        now = self._clock.now()
        with self._sessions.begin() as s:
            self._deposit(s, key_id)
            return self._journal.count_print(s, at=now, actor=actor, key_id=key_id, kind=KeyEventKind.RECEIPT_PRINTED)

    @staticmethod
    def _deposit(s: Session, key_id: uuid.UUID) -> KeyDeposit:
        deposit = s.execute(select(KeyDeposit).where(KeyDeposit.key_id == key_id)).scalar_one_or_none()
        if deposit is None:
            if s.get(KeyItem, key_id) is None:
                raise NotFound("key", str(key_id))
            raise NotFound("key_deposit", str(key_id))
        return deposit

    def _row(self, s: Session, deposit: KeyDeposit) -> DepositRow:
        key = s.get(KeyItem, deposit.key_id)
        assert key is not None
        by = s.get(Operator, deposit.deposited_by_id)
        collectors = tuple(
            CollectorRow(c.id, c.name, c.phone, c.relation)
            for c in s.execute(
                select(KeyCollector)
                .where(KeyCollector.deposit_id == deposit.id, KeyCollector.removed_at.is_(None))
                .order_by(KeyCollector.sort_order, KeyCollector.added_at)
            ).scalars()
        )
        return DepositRow(
            id=deposit.id,
            key_id=key.id,
            key_tag=key.tag,
            key_label=key.label,
            depositor_person_id=deposit.depositor_person_id,
            depositor_name=deposit.depositor_name,
            unit_id=deposit.unit_id,
            unit_label=queries.unit_label(s, deposit.unit_id),
            consent_at=deposit.consent_at,
            consent_note=deposit.consent_note,
            deposited_at=deposit.deposited_at,
            deposited_by=by.display_name if by else "",
            collectors=collectors,
        )
