"""The foundation tables: site, desks, operators, shifts, settings and the audit chain.

Status and role columns are plain strings here; their allowed values are StrEnums in app/ (the data
layer stores facts, the application layer owns the rules).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin, UtcDateTime

NAME_LENGTH = 120
CODE_LENGTH = 40
HASH_HEX_LENGTH = 64


class Site(SyncedMixin, Base):
    """The property this database serves. Exactly one row per database."""

    __tablename__ = "site"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    timezone: Mapped[str] = mapped_column(String(64))
    # Identifies the key file (kept outside the database) that encrypts and authenticates its data.
    key_fingerprint: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))


class Desk(SyncedMixin, Base):
    """A guard booth or a reception desk: a place where an operator works a shift."""

    __tablename__ = "desk"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Operator(SyncedMixin, Base):
    """A person who signs in. Never deleted: disabled, so the records they wrote stay attributed."""

    __tablename__ = "operator"

    username: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # Case-folded username, unique, used for look-ups.
    username_key: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    display_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[str] = mapped_column(String(CODE_LENGTH))
    password_hash: Mapped[str] = mapped_column(String(255))
    pin_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # PIN failures count apart from password failures: PINs tried at the lock screen never slow the
    # owner's password sign-in.
    pin_failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    pin_last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Set only by a supervisor on purpose, never by failed attempts.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class Shift(SyncedMixin, Base):
    """An operator's turn of duty at a desk, from start to end."""

    __tablename__ = "shift"
    __table_args__ = (Index("ix_shift_desk_open", "desk_id", "ended_at"),)

    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    operator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    pattern: Mapped[str] = mapped_column(String(CODE_LENGTH))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))


class Setting(SyncedMixin, Base):
    """One setting value (JSON), site-wide (``desk_id`` NULL) or for one desk."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("key", "scope_desk", name="uq_setting_key_scope"),)

    key: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # The desk id as text, or "" for the site-wide value (NULLs would not be unique).
    scope_desk: Mapped[str] = mapped_column(String(CODE_LENGTH), default="")
    value_json: Mapped[str] = mapped_column(Text)
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log of this database.

    Triggers (see the migration) refuse UPDATE and DELETE. ``details_json`` holds record ids, codes
    and keyed hashes only, never personal data in the clear, so a retention purge never needs to
    touch the chain. ``entry_hash`` = HMAC(site audit key, prev_hash + canonical entry).
    """

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    approver_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    action: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    record_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    record_id: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    details_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))
    entry_hash: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))


class AuditHead(Base):
    """A single row holding the chain's last sequence number and hash.

    Appending updates this row first, which serialises concurrent writers on PostgreSQL (row lock)
    exactly as SQLite's BEGIN IMMEDIATE does.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))


class ApprovalRecord(SyncedMixin, Base):
    """A supervisor's in-place approval (PIN) of an action another operator asked for, with why.

    Created only by a PIN check (``AuthService.approve``); bound to the requesting operator, the
    permission and, when given, the record; redeemed once (``used_at``) within minutes.
    """

    __tablename__ = "approval_record"

    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    approver_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    permission: Mapped[str] = mapped_column(String(NAME_LENGTH))
    reason: Mapped[str] = mapped_column(Text)
    # The record the approval is for, when the approver saw it ("" = the next one the action touches).
    for_record: Mapped[str] = mapped_column(String(CODE_LENGTH), default="")
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    used_for: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)


class AuditSeal(Base):
    """One closed day of the audit chain, signed with that day's forward-evolving Ed25519 key.

    ``entry_count``/``head_hash`` are the chain's head when the day was sealed; ``public_key`` verifies
    ``signature``; ``next_public_key`` is the following day's key, certified by this day's signature,
    so the first seal's key (anchored outside the database) vouches for every later one. The private
    key of a day is destroyed when the day is sealed: whoever holds the data folder later cannot sign
    an earlier day again (docs/audit-sealing.md).
    """

    __tablename__ = "audit_seal"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    sealed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    entry_count: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))
    public_key: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))
    next_public_key: Mapped[str] = mapped_column(String(HASH_HEX_LENGTH))
    signature: Mapped[str] = mapped_column(String(2 * HASH_HEX_LENGTH))
