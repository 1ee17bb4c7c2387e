"""The key register (鑰匙管理): keys and key rings, loans, lost reports, counts, deposited keys.

Loans are events: a row is written when a key is issued and its return columns are set once, when it
comes back (or is reported lost while out). A partial unique index on open loans makes "one key out
twice" impossible in the database itself, so two desks sharing a PostgreSQL server cannot both issue
it. Counts and their lines are append-only (triggers in the migration).

Borrowers are stored as (kind, person or visit id, name snapshot): the register stays readable when
a retention purge later removes the person or the visit.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin, UtcDateTime

CODE_LENGTH = 40
NAME_LENGTH = 120
PHONE_LENGTH = 24
SEARCH_LENGTH = 400
OPEN_LOAN = text("closed_at IS NULL")


class KeyItem(SyncedMixin, Base):
    """One hook in the cabinet: a single key (with its copies) or a ring issued as one item."""

    __tablename__ = "key_item"

    tag: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)  # printed on the tag, scanned
    label: Mapped[str] = mapped_column(String(NAME_LENGTH))
    opens_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.keys.OpensKind
    opens_text: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    key_class: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)  # a code of the key classes setting
    position: Mapped[str] = mapped_column(String(CODE_LENGTH), default="")  # cabinet / hook, e.g. "A-12"
    copies: Mapped[int] = mapped_column(Integer, default=1)
    is_ring: Mapped[bool] = mapped_column(Boolean, default=False)
    ring_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("key_item.id"), nullable=True, index=True)
    state: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)  # app.keys.KeyState
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded (Simplified, case-folded) tag, label, what it opens and position: what a search matches.
    search_text: Mapped[str] = mapped_column(String(SEARCH_LENGTH), default="")


class KeyLoan(SyncedMixin, Base):
    """A key issued to a borrower; closed once, by its return or by a loss reported while out."""

    __tablename__ = "key_loan"
    __table_args__ = (
        Index("uq_key_loan_open_key", "key_id", unique=True, sqlite_where=OPEN_LOAN, postgresql_where=OPEN_LOAN),
        Index("ix_key_loan_open_due", "due_at", sqlite_where=OPEN_LOAN, postgresql_where=OPEN_LOAN),
        Index("ix_key_loan_key_issued", "key_id", "issued_at"),
    )

    key_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("key_item.id"))
    borrower_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.keys.BorrowerKind
    borrower_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    borrower_visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)  # visitors area
    borrower_collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("key_collector.id"), nullable=True)
    borrower_name: Mapped[str] = mapped_column(String(NAME_LENGTH))  # snapshot, survives a purge of the person
    borrower_detail: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")  # company / unit / pass
    purpose: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    issued_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    issue_desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    issue_shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    id_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    authorised: Mapped[bool] = mapped_column(Boolean, default=True)  # False: issued on a supervisor's approval
    approver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    approval_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    # A deposited key collected by someone the depositor did not list: how the depositor confirmed it.
    depositor_confirmation: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    # Set once, when the loan closes.
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    close_kind: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)  # returned / lost
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    close_desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    close_shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    returned_by_other: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_by_kind: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    returned_by_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    returned_by_visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    returned_by_name: Mapped[str | None] = mapped_column(String(NAME_LENGTH), nullable=True)
    late_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 0 = on time
    close_note: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")


class KeyEvent(SyncedMixin, Base):
    """What happened to a key besides loans: added, amended, ring changes, authorisations, lost…"""

    __tablename__ = "key_event"
    __table_args__ = (Index("ix_key_event_key_at", "key_id", "at"),)

    key_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("key_item.id"))
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.keys.KeyEventKind
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    approver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("key_loan.id"), nullable=True)
    # Field names changed, the other key of a ring change, a count of prints…: codes, not prose.
    detail: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class KeyLostReport(SyncedMixin, Base):
    """A lost key: reported, acknowledged by a supervisor, then resolved (replaced, retired or found)."""

    __tablename__ = "key_lost_report"

    key_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("key_item.id"), index=True)
    loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("key_loan.id"), nullable=True)
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reported_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    acknowledged_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)  # replaced / retired / found
    resolution_note: Mapped[str] = mapped_column(Text, default="")


class KeyAuthorisation(SyncedMixin, Base):
    """A person allowed to borrow one key, or every key of a class, without a supervisor."""

    __tablename__ = "key_authorisation"
    __table_args__ = (Index("ix_key_authorisation_person", "person_id", "revoked_at"),)

    key_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("key_item.id"), nullable=True, index=True)
    key_class: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    granted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    granted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)


class KeyDeposit(SyncedMixin, Base):
    """A resident's key left with the management (業主寄存鑰匙): who deposited it, with what consent."""

    __tablename__ = "key_deposit"

    key_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("key_item.id"), unique=True)
    depositor_person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    depositor_name: Mapped[str] = mapped_column(String(NAME_LENGTH))  # snapshot
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    consent_at: Mapped[datetime] = mapped_column(UtcDateTime)
    consent_note: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")  # e.g. the consent form number
    deposited_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deposited_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))


class KeyCollector(SyncedMixin, Base):
    """Someone a depositor allows to collect their key; removed (never deleted) when withdrawn."""

    __tablename__ = "key_collector"

    deposit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("key_deposit.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)  # normalised
    relation: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)  # as the depositor listed them
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    removed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)


class KeyCount(SyncedMixin, Base):
    """The cabinet counted at a shift change: what was expected in, what was found. Append-only."""

    __tablename__ = "key_count"
    __table_args__ = (Index("ix_key_count_desk_at", "desk_id", "counted_at"),)

    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    counted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    counted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    expected: Mapped[int] = mapped_column(Integer)
    matched: Mapped[int] = mapped_column(Integer)
    missing: Mapped[int] = mapped_column(Integer)
    unexpected: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class KeyCountLine(SyncedMixin, Base):
    """One key of a count and its outcome (matched / missing / unexpected). Append-only."""

    __tablename__ = "key_count_line"

    count_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("key_count.id"), index=True)
    key_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("key_item.id"), nullable=True, index=True)
    tag: Mapped[str] = mapped_column(String(CODE_LENGTH))  # as scanned, for a tag the register does not know
    outcome: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.keys.CountOutcome
    scanned: Mapped[bool] = mapped_column(Boolean, default=False)
