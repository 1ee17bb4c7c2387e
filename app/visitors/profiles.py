"""Visitor cards: the person behind visits, kept current with their latest details, and their keys.

A check-in either names the returning visitor the guard chose, or is linked to an existing card by
the same ID number (blind index) or the same name and phone; otherwise a new card is made. The card
is a finding aid (what the search box offers), not a record: the visit rows keep what was written
at each visit.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.visitors.checks import CleanVisit
from app.visitors.identity import SealedId
from app.visitors.search_keys import PLATE, national_digits, reversed_digits, seen_rank, visitor_keys
from db.models.visitors import Visitor, VisitorKey


def _existing(s: Session, clean: CleanVisit, id_blind: str | None) -> Visitor | None:
    if id_blind:
        found = s.execute(
            select(Visitor).where(Visitor.id_blind == id_blind).order_by(Visitor.last_seen_at.desc()).limit(1)
        ).scalar_one_or_none()
        if found is not None:
            return found
    if clean.phone:
        return s.execute(
            select(Visitor)
            .where(Visitor.name_key == clean.name_key, Visitor.phone == clean.phone)
            .order_by(Visitor.last_seen_at.desc())
            .limit(1)
        ).scalar_one_or_none()
    return None


def get_visitor(s: Session, visitor_id: uuid.UUID) -> Visitor:
    visitor = s.get(Visitor, visitor_id)
    if visitor is None:
        raise NotFound("visitor", str(visitor_id))
    return visitor


def write_keys(s: Session, visitor: Visitor, seen_at: datetime) -> None:
    """Replace the visitor's name keys; add keys for a new plate (plates used before keep theirs, so
    a history search by an old plate still finds the visitor)."""
    seen = seen_rank(seen_at)
    s.execute(delete(VisitorKey).where(VisitorKey.visitor_id == visitor.id, ~VisitorKey.key.startswith(PLATE)))
    kept = set(s.execute(select(VisitorKey.key).where(VisitorKey.visitor_id == visitor.id)).scalars())  # the plate keys
    keys = visitor_keys(visitor.name, visitor.plate) - kept
    if keys:
        s.execute(insert(VisitorKey), [{"visitor_id": visitor.id, "key": key, "seen": seen} for key in sorted(keys)])
    s.execute(update(VisitorKey).where(VisitorKey.visitor_id == visitor.id).values(seen=seen))


def set_phone(visitor: Visitor, phone: str | None) -> None:
    visitor.phone = phone
    visitor.phone_national = national_digits(phone)
    visitor.phone_reversed = reversed_digits(phone)


def record_visit(
    s: Session, clean: CleanVisit, visitor_id: uuid.UUID | None, sealed: SealedId | None, now: datetime
) -> Visitor:
    """The card for this check-in, created or brought up to date, its search keys fresh."""
    visitor = get_visitor(s, visitor_id) if visitor_id else _existing(s, clean, sealed.blind if sealed else None)
    new = visitor is None
    if visitor is None:
        visitor = Visitor(first_seen_at=now, visit_count=0)
        s.add(visitor)
    rekey = new or visitor.name != clean.name or (clean.plate is not None and visitor.plate != clean.plate)
    visitor.name, visitor.name_key = clean.name, clean.name_key
    if clean.phone:
        set_phone(visitor, clean.phone)
    if clean.company:
        visitor.company = clean.company
    if clean.plate:
        visitor.plate, visitor.plate_region = clean.plate, clean.plate_region
    if sealed is not None:
        visitor.id_type, visitor.id_cipher, visitor.id_blind, visitor.id_masked = (
            sealed.id_type,
            sealed.cipher,
            sealed.blind,
            sealed.masked,
        )
    visitor.visitor_type = clean.visitor_type
    visitor.last_unit_id, visitor.last_resident_id = clean.unit_id, clean.resident_id
    visitor.last_purpose = clean.purpose
    visitor.last_seen_at = now
    visitor.visit_count = (visitor.visit_count or 0) + 1
    visitor.purged_at = None
    s.flush()
    if rekey:
        write_keys(s, visitor, now)
    else:
        s.execute(update(VisitorKey).where(VisitorKey.visitor_id == visitor.id).values(seen=seen_rank(now)))
    return visitor
