"""Who a borrower is (resolved from the directory, the on-site visitor list or a depositor's list of
collectors) and whether they may take a key without a supervisor."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import Conflict, Rule, ValidationError
from app.holdings import OnSiteSource
from app.keys import queries
from app.keys.policy import RULE_NO_VISITOR_LIST, VISITOR_NOT_ON_SITE
from app.keys.rows import DIRECTORY_KINDS, Borrower, BorrowerKind, KeyClass
from app.text import NAME_MAX_CHARS, clean_text
from db.models.directory import Person
from db.models.keys import KeyAuthorisation, KeyCollector, KeyDeposit, KeyItem


@dataclass(frozen=True, slots=True)
class Permit:
    """Why a borrower may take a key: ``allowed`` without a supervisor, ``listed`` by the depositor."""

    allowed: bool
    listed: bool = False


def _person_detail(s: Session, person: Person) -> str:
    if person.kind == BorrowerKind.CONTRACTOR.value:
        return person.company
    if person.kind == BorrowerKind.RESIDENT.value:
        return queries.unit_label(s, person.unit_id)
    return person.role


def resolve(s: Session, borrower: Borrower, on_site: OnSiteSource | None, field: str) -> Borrower:
    """The borrower with a trusted name snapshot and detail; ``ValidationError`` at ``field`` (a typed
    borrower's "from" at ``<field>_detail``)."""
    kind = BorrowerKind(borrower.kind)
    if borrower.collector_id is not None:
        collector = s.get(KeyCollector, borrower.collector_id)
        if collector is None or collector.removed_at is not None:
            raise ValidationError(field, Rule.NOT_FOUND)
        return Borrower(BorrowerKind.OTHER, collector.name, collector_id=collector.id, detail=collector.relation)
    if kind in DIRECTORY_KINDS:
        if borrower.person_id is None:
            raise ValidationError(field, Rule.REQUIRED)
        person = s.get(Person, borrower.person_id)
        if person is None or not person.active or person.kind != kind.value:
            raise ValidationError(field, Rule.NOT_FOUND)
        return Borrower(kind, person.name, person_id=person.id, detail=_person_detail(s, person))
    if kind == BorrowerKind.VISITOR:
        if borrower.visit_id is None:
            raise ValidationError(field, Rule.REQUIRED)
        if on_site is None:
            raise ValidationError(field, RULE_NO_VISITOR_LIST)
        visitor = next((v for v in on_site.on_site_now() if v.visit_id == borrower.visit_id), None)
        if visitor is None:
            raise Conflict("key_loan", VISITOR_NOT_ON_SITE)
        detail = " ".join(part for part in (visitor.pass_number, visitor.unit_label) if part)
        return Borrower(kind, visitor.name, visit_id=visitor.visit_id, detail=detail[:NAME_MAX_CHARS])
    name = clean_text(borrower.name, field, max_chars=NAME_MAX_CHARS, required=True)
    detail = clean_text(borrower.detail, f"{field}_detail", max_chars=NAME_MAX_CHARS)
    return Borrower(BorrowerKind.OTHER, name, detail=detail)


def deposit_permit(s: Session, key_id: uuid.UUID, borrower: Borrower) -> Permit:
    """A deposited key: the depositor and the collectors they listed may take it."""
    deposit = s.execute(select(KeyDeposit).where(KeyDeposit.key_id == key_id)).scalar_one_or_none()
    if deposit is None:
        return Permit(False)
    if borrower.person_id is not None and borrower.person_id == deposit.depositor_person_id:
        return Permit(True, listed=True)
    if borrower.collector_id is not None:
        collector = s.get(KeyCollector, borrower.collector_id)
        if collector is not None and collector.deposit_id == deposit.id and collector.removed_at is None:
            return Permit(True, listed=True)
    return Permit(False)


def class_permit(s: Session, key: KeyItem, klass: KeyClass, borrower: Borrower) -> Permit:
    """Named on the key or its class, or of a kind the class is open to."""
    if borrower.kind in klass.open_to:
        return Permit(True)
    if borrower.person_id is None:
        return Permit(False)
    named = s.execute(
        select(KeyAuthorisation.id)
        .where(
            KeyAuthorisation.person_id == borrower.person_id,
            KeyAuthorisation.revoked_at.is_(None),
            or_(KeyAuthorisation.key_id == key.id, KeyAuthorisation.key_class == key.key_class),
        )
        .limit(1)
    ).first()
    return Permit(named is not None)
