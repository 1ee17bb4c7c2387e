"""The visitor log: visitors (the people), visits (each check-in), and what happens to a visit.

Records are facts. A visit row is written at check-in; its check-out columns are set once; a
correction is a ``VisitAmendment`` row with author and reason; prints, sweeps and watchlist decisions
are rows of their own. Personal fields (name, phone, ID, plate, free text) are nullable so that a
retention purge can clear them while the counts a report needs (type, unit, times) survive.

``VisitorKey`` is derived, local search data (never synced): one row per name fragment, pinyin key
and plate suffix of a visitor, carrying the visitor's last visit time so that "newest first" is an
index walk (see ``app.visitors.search_keys``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin, UtcDateTime

CODE_LENGTH = 40
NAME_LENGTH = 120
PHONE_LENGTH = 24
TEXT_LENGTH = 200
HASH_HEX_LENGTH = 64
ID_MASK_LENGTH = 40
SEARCH_KEY_LENGTH = 80
# Search keys are compared as bytes (prefix ranges): PostgreSQL must not use a linguistic collation.
SearchKey = String(SEARCH_KEY_LENGTH).with_variant(String(SEARCH_KEY_LENGTH, collation="C"), "postgresql")
ON_SITE = "on_site"  # app.visitors.model.VisitStatus.ON_SITE, for the partial index


class Visitor(SyncedMixin, Base):
    """A person who has visited: the card a returning visitor is found by. Holds their latest details."""

    __tablename__ = "visitor"

    name: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    name_key: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)  # E.164
    phone_national: Mapped[str | None] = mapped_column(SearchKey, nullable=True, index=True)
    phone_reversed: Mapped[str | None] = mapped_column(SearchKey, nullable=True, index=True)
    company: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    id_type: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    id_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # nonce + AES-GCM
    id_blind: Mapped[str | None] = mapped_column(String(HASH_HEX_LENGTH), nullable=True, index=True)
    id_masked: Mapped[str | None] = mapped_column(String(ID_MASK_LENGTH), nullable=True)
    plate: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    plate_region: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    visitor_type: Mapped[str] = mapped_column(String(CODE_LENGTH))
    last_unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    last_resident_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    last_purpose: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class VisitorKey(Base):
    """One search key of a visitor (local, derived): ``n:`` name fragment, ``w:`` Latin word,
    ``p:`` pinyin, ``l:`` plate suffix. ``seen`` is the visitor's last visit in Unix seconds, for
    "newest first" straight from the index (an integer: 1.7 million rows at 200,000 visitors)."""

    __tablename__ = "visitor_key"
    __table_args__ = (Index("ix_visitor_key_key_seen", "key", "seen"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), index=True)
    key: Mapped[str] = mapped_column(SearchKey)
    seen: Mapped[int] = mapped_column(BigInteger)


class VisitCounter(Base):
    """One row: the last visit number given. Locked while a check-in numbers its visit."""

    __tablename__ = "visit_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class Visit(SyncedMixin, Base):
    """One check-in (or a refusal at the gate), and its check-out."""

    __tablename__ = "visit"
    __table_args__ = (
        # Only the visits on site now (tens of rows, not a million): the on-site list and sweeps.
        Index(
            "ix_visit_on_site",
            "checked_in_at",
            sqlite_where=text(f"status = '{ON_SITE}'"),
            postgresql_where=text(f"status = '{ON_SITE}'"),
        ),
        # History pages are found by (time, id) first, then fetched: these cover that first step.
        Index("ix_visit_in", "checked_in_at", "id"),
        # Check-outs of a day, and who was still here at a moment (daily report): by check-out time.
        Index("ix_visit_out", "checked_out_at", "checked_in_at"),
        Index("ix_visit_unit_in", "unit_id", "checked_in_at", "id"),
        Index("ix_visit_visitor_in", "visitor_id", "checked_in_at", "id"),
    )

    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)  # "V-000123": slip QR / barcode
    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"))
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.visitors.model.VisitStatus
    visitor_type: Mapped[str] = mapped_column(String(CODE_LENGTH))
    name: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)
    company: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    id_check: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.visitors.model.IdCheck
    id_type: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    id_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    id_blind: Mapped[str | None] = mapped_column(String(HASH_HEX_LENGTH), nullable=True)
    id_masked: Mapped[str | None] = mapped_column(String(ID_MASK_LENGTH), nullable=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    purpose: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)
    plate: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    plate_region: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    companions: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)
    pass_number: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    expected_leave_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    checked_in_at: Mapped[datetime] = mapped_column(UtcDateTime)
    checked_in_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    expected_visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    id_override_approval_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    checked_out_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    checkout_method: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    checkout_witnessed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    amended: Mapped[bool] = mapped_column(Boolean, default=False)
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class VisitAmendment(SyncedMixin, Base):
    """A correction of a saved visit: which fields, old and new values, who, when and why."""

    __tablename__ = "visit_amendment"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    fields: Mapped[str] = mapped_column(String(TEXT_LENGTH))  # comma-separated field names (kept on purge)
    changes_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # {field: [old, new]} (purgeable)
    reason: Mapped[str] = mapped_column(Text)


class VisitSweep(SyncedMixin, Base):
    """The end-of-shift overstay sweep's answer for one visit."""

    __tablename__ = "visit_sweep"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    decision: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.visitors.model.SweepDecision


class VisitPrint(SyncedMixin, Base):
    """One printed visitor slip; the second and later prints of a visit are reprints (補印)."""

    __tablename__ = "visit_print"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    paper: Mapped[str] = mapped_column(String(CODE_LENGTH))
    number: Mapped[int] = mapped_column(Integer)  # 1 = original, 2 = first reprint…


class IdReveal(SyncedMixin, Base):
    """A full ID number shown to a supervisor, with the approval that holds the reason."""

    __tablename__ = "id_reveal"

    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    approval_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    record_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))  # "visit" / "watchlist"
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)


class WatchlistEntry(SyncedMixin, Base):
    """Someone the desk must watch for: deny, call the resident first, or alert only."""

    __tablename__ = "watchlist_entry"

    name: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    aliases: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)
    id_type: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    id_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    id_masked: Mapped[str | None] = mapped_column(String(ID_MASK_LENGTH), nullable=True)
    plate: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.visitors.model.WatchAction
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    added_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lifted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    lift_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class WatchlistKey(Base):
    """What a check-in is screened against: ``name:``/``phone:``/``id:``/``plate:`` keys of an entry.

    Names are folded search keys, phones E.164, plates normalised, ID numbers keyed blind-index
    hashes: the watchlist never needs an ID number in the clear to match one.
    """

    __tablename__ = "watchlist_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("watchlist_entry.id"), index=True)
    key: Mapped[str] = mapped_column(SearchKey, index=True)


class WatchlistHit(SyncedMixin, Base):
    """A check-in that matched a watchlist entry, and what the guard decided."""

    __tablename__ = "watchlist_hit"

    entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("watchlist_entry.id"), index=True)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    matched_on: Mapped[str] = mapped_column(String(CODE_LENGTH))  # e.g. "name,plate"
    decision: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.visitors.model.WatchDecision
    approval_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class ExpectedVisit(SyncedMixin, Base):
    """A visitor announced for a day (預約) by a clerk or a resident's call."""

    __tablename__ = "expected_visit"
    __table_args__ = (Index("ix_expected_visit_day_status", "expected_on", "status"),)

    expected_on: Mapped[date] = mapped_column(Date)
    name: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)
    company: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    visitor_type: Mapped[str] = mapped_column(String(CODE_LENGTH))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    purpose: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)
    plate: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    companions: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    registered_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.visitors.model.ExpectedStatus
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancelled_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
