"""Repairs and complaints (docs/repairs.md): work orders, their event history, and attachments.

A work order row holds the intake facts and a few denormalised values the queue and the KPIs read
fast (state, SLA due times and flags, paused time). Every transition, note and return-visit call is
an append-only ``work_order_event`` row: the history the SLA clocks and the KPIs are computed from.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin, UtcDateTime

CODE_LENGTH = 40
NAME_LENGTH = 120
PHONE_LENGTH = 24
NUMBER_LENGTH = 20
SHA256_HEX = 64
FILE_NAME_LENGTH = 255


class WorkOrder(SyncedMixin, Base):
    __tablename__ = "work_order"
    __table_args__ = (
        Index("ix_work_order_queue", "is_open", "is_paused", "next_due_at"),
        Index("ix_work_order_state_created", "state", "created_at"),
        Index("ix_work_order_created", "created_at"),
        Index("ix_work_order_source", "source_kind", "source_id"),  # made from a log entry / incident
    )

    number: Mapped[str] = mapped_column(String(NUMBER_LENGTH), unique=True)
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.repairs.WorkKind
    category: Mapped[str] = mapped_column(String(CODE_LENGTH), index=True)
    priority: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.repairs.Priority
    channel: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.repairs.Channel
    state: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.repairs.WorkOrderState
    # Reporter: a resident of the directory, or a walk-in (name and phone typed at the desk).
    reporter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    reporter_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    reporter_name_key: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    reporter_phone: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True)
    reporter_phone_reversed: Mapped[str | None] = mapped_column(String(PHONE_LENGTH), nullable=True, index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    location: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    description: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    reopened_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_order.id"), nullable=True, index=True)
    reopened: Mapped[bool] = mapped_column(Boolean, default=False)  # a newer work order reopens this one
    source_kind: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    source_id: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    # The SLA target taken from the policy at intake (later policy edits do not rewrite old jobs).
    response_target_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    resolution_target_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    calendar_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    # Recomputed on every transition (the queue sorts on them; screens recompute on read).
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    hold_since: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    held_from_state: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    paused_s: Mapped[int] = mapped_column(Integer, default=0)  # wall-clock seconds on hold, closed pauses
    response_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolution_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    next_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sla_state: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.repairs.sla.ClockState
    response_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)  # in the queue (not done/closed/ended)
    is_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    visit_attempts: Mapped[int] = mapped_column(Integer, default=0)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1..5 from the return visit
    event_count: Mapped[int] = mapped_column(Integer, default=0)


class WorkOrderEvent(SyncedMixin, Base):
    """One transition, note or return-visit call. Append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "work_order_event"
    __table_args__ = (Index("ix_work_order_event_order", "work_order_id", "seq"),)

    work_order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_order.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    action: Mapped[str] = mapped_column(String(CODE_LENGTH))  # app.repairs.Action
    from_state: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)
    to_state: Mapped[str] = mapped_column(String(CODE_LENGTH))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    approver_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    reason: Mapped[str | None] = mapped_column(String(CODE_LENGTH), nullable=True)  # hold / end reason code
    note: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    related_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)  # reopen: the other work order


class Attachment(SyncedMixin, Base):
    """A file attached to any record, stored once under its SHA-256 in ``<data>/attachments/``.

    Append-only: a wrong attachment is superseded by a note, never removed (the audit trail holds it).
    """

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_record", "record_kind", "record_id"),)

    record_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    record_id: Mapped[str] = mapped_column(String(CODE_LENGTH))
    sha256: Mapped[str] = mapped_column(String(SHA256_HEX), index=True)
    size: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_LENGTH))
    media_type: Mapped[str] = mapped_column(String(CODE_LENGTH * 2))
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    copied_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
