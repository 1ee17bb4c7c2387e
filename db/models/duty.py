"""Duty log, patrols, incidents, emergency references and shift handovers.

Log entries, checkpoint visits and incident events are append-only (triggers in the migration refuse
UPDATE and DELETE): a correction is a new row that points at the row it amends. Statuses and kinds
are plain strings; their StrEnums live in ``app/duty``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin, UtcDateTime

CODE_LENGTH = 40
NAME_LENGTH = 120
PHONE_LENGTH = 40

# Tables that refuse UPDATE and DELETE (see db/append_only.py and the 0006_duty migration).
APPEND_ONLY_TABLES = ("duty_log_entry", "patrol_visit", "incident_event")


class DutyLogEntry(SyncedMixin, Base):
    """One line of the duty log. An amendment is a row of its own with ``amends_id`` and a reason."""

    __tablename__ = "duty_log_entry"
    __table_args__ = (
        Index("ix_duty_log_entry_desk_at", "desk_id", "at"),
        Index("ix_duty_log_entry_desk_kind_at", "desk_id", "kind", "at"),
        Index("ix_duty_log_entry_desk_kind_until", "desk_id", "kind", "valid_until"),
    )

    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shift.id"), nullable=True, index=True)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # when it happened (may be before it was written)
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    location: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    text: Mapped[str] = mapped_column(Text)
    # An instruction to pass on stays on every handover until this instant (NULL: this shift only).
    valid_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    amends_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("duty_log_entry.id"), nullable=True, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class PatrolRoute(SyncedMixin, Base):
    __tablename__ = "patrol_route"

    code: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    interval_minutes: Mapped[int] = mapped_column(Integer)  # a round is due every interval
    round_minutes: Mapped[int] = mapped_column(Integer)  # a checkpoint reached later in its window is late
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PatrolCheckpoint(SyncedMixin, Base):
    __tablename__ = "patrol_checkpoint"
    __table_args__ = (Index("ix_patrol_checkpoint_route_position", "route_id", "position"),)

    route_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_route.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)  # what its QR label encodes
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    location: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PatrolRound(SyncedMixin, Base):
    __tablename__ = "patrol_round"
    __table_args__ = (Index("ix_patrol_round_desk_started", "desk_id", "started_at"),)

    route_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_route.id"))
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shift.id"), nullable=True)
    guard_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class PatrolVisit(SyncedMixin, Base):
    """A checkpoint reached during a round (ticked or scanned), with any anomaly seen there."""

    __tablename__ = "patrol_visit"
    __table_args__ = (
        Index("ix_patrol_visit_round", "round_id"),
        Index("ix_patrol_visit_checkpoint_at", "checkpoint_id", "at"),
    )

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_round.id"))
    checkpoint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_checkpoint.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    method: Mapped[str] = mapped_column(String(CODE_LENGTH))
    anomaly: Mapped[str] = mapped_column(Text, default="")


class Incident(SyncedMixin, Base):
    """An incident's current state; what happened to it is in ``incident_event`` rows."""

    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_desk_status", "desk_id", "status"),
        Index("ix_incident_status_occurred", "status", "occurred_at"),
    )

    number: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shift.id"), nullable=True)
    reporter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    category: Mapped[str] = mapped_column(String(CODE_LENGTH))
    severity: Mapped[str] = mapped_column(String(CODE_LENGTH))
    location: Mapped[str] = mapped_column(String(NAME_LENGTH))
    summary: Mapped[str] = mapped_column(String(NAME_LENGTH))
    people: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The patrol visit whose anomaly became this incident, if any.
    source_visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("patrol_visit.id"), nullable=True)


class IncidentEvent(SyncedMixin, Base):
    """Something that happened to an incident: a notification, a follow-up note, a status change,
    an amendment of its text. Append-only."""

    __tablename__ = "incident_event"
    __table_args__ = (Index("ix_incident_event_incident_at", "incident_id", "at"),)

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incident.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    party: Mapped[str] = mapped_column(String(CODE_LENGTH), default="")  # notified: police, fire…
    party_name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")  # who exactly
    field: Mapped[str] = mapped_column(String(CODE_LENGTH), default="")  # amended field / new status
    text: Mapped[str] = mapped_column(Text, default="")  # the note, or an amended field's new value
    previous: Mapped[str] = mapped_column(Text, default="")  # an amended field's value before
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was amended


class EmergencyContact(SyncedMixin, Base):
    __tablename__ = "emergency_contact"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    phone: Mapped[str] = mapped_column(String(PHONE_LENGTH))
    notes: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class EmergencyPlan(SyncedMixin, Base):
    """The quick reference (應急預案) for one incident category: numbered steps, site-written."""

    __tablename__ = "emergency_plan"

    category: Mapped[str] = mapped_column(String(CODE_LENGTH), unique=True)
    steps: Mapped[str] = mapped_column(Text)
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)


class Handover(SyncedMixin, Base):
    __tablename__ = "handover"
    __table_args__ = (
        UniqueConstraint("shift_id", name="uq_handover_shift_id"),
        Index("ix_handover_desk_compiled", "desk_id", "compiled_at"),
        Index("ix_handover_status", "status"),
    )

    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift.id"))
    outgoing_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    incoming_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    compiled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(CODE_LENGTH))
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    close_reason: Mapped[str] = mapped_column(Text, default="")


class HandoverLine(SyncedMixin, Base):
    """One open matter handed over (a snapshot of the source's facts) and its acknowledgement."""

    __tablename__ = "handover_item"
    __table_args__ = (
        Index("ix_handover_item_handover_position", "handover_id", "position"),
        Index("ix_handover_item_ack", "ack"),
    )

    handover_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handover.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    ref_kind: Mapped[str] = mapped_column(String(CODE_LENGTH))
    ref_id: Mapped[str] = mapped_column(String(CODE_LENGTH))
    subject: Mapped[str] = mapped_column(String(NAME_LENGTH))
    place: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    since: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    due: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    severity: Mapped[str] = mapped_column(String(CODE_LENGTH))
    facts_json: Mapped[str] = mapped_column(Text, default="[]")
    ack: Mapped[str] = mapped_column(String(CODE_LENGTH))
    ack_comment: Mapped[str] = mapped_column(Text, default="")
    ack_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ack_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # a query answered
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
