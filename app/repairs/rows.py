"""What the repair services take in and hand out: frozen rows, never ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.attachments import AttachmentRow
from app.repairs.lifecycle import Action, Channel, WorkOrderState
from app.repairs.sla import ClockState, Countdown, SlaStatus, countdown
from app.repairs.sla_policy import Priority, WorkKind
from app.validation import mask_phone

WORK_ORDER_KIND = "work_order"  # record kind for audit, attachments and "something changed"
RETURN_VISIT_KIND = "return_visit"


@dataclass(frozen=True, slots=True)
class IntakeFields:
    """What the intake form sends. ``reporter_id`` picks a resident; otherwise name + phone (walk-in)."""

    kind: WorkKind
    category: str
    priority: Priority
    channel: Channel
    description: str
    reporter_id: uuid.UUID | None = None
    reporter_name: str = ""
    reporter_phone: str = ""
    unit_id: uuid.UUID | None = None
    location: str = ""
    attachment_paths: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class WorkOrderRow:
    id: uuid.UUID
    number: str
    kind: WorkKind
    category: str
    priority: Priority
    channel: Channel
    state: WorkOrderState
    reporter_name: str
    reporter_phone: str | None  # shown on screen for the call back; masked on paper and in exports
    unit_label: str
    location: str
    description: str
    assignee_id: uuid.UUID | None
    assignee_name: str
    created_at: datetime
    responded_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    next_due_at: datetime | None
    sla_state: ClockState
    visit_attempts: int
    satisfaction: int | None

    @property
    def reporter_phone_masked(self) -> str:
        return mask_phone(self.reporter_phone) if self.reporter_phone else ""

    @property
    def where(self) -> str:
        """Unit and location as one line ("A座 12A · 廚房")."""
        return " · ".join(p for p in (self.unit_label, self.location) if p)


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A row of the queue with its SLA status recomputed on read (for live countdowns)."""

    row: WorkOrderRow
    status: SlaStatus | None  # None: no target at all (a praise)

    def countdown(self, now: datetime) -> Countdown | None:
        return None if self.status is None else countdown(self.status, now)


@dataclass(frozen=True, slots=True)
class EventRow:
    seq: int
    at: datetime
    action: Action
    from_state: WorkOrderState | None
    to_state: WorkOrderState
    actor_name: str
    approver_id: uuid.UUID | None
    reason: str | None
    note: str
    assignee_name: str
    satisfaction: int | None
    related_number: str


@dataclass(frozen=True, slots=True)
class SourceRow:
    """What a work order was made from (a duty-log entry, an incident), as the source's area tells it."""

    kind: str  # "log", "incident"…
    id: str
    reference: str = ""  # the source's own number (an incident's INC-…), "" when it has none
    at: datetime | None = None  # when it happened
    place: str = ""


@dataclass(frozen=True, slots=True)
class WorkOrderDetail:
    row: WorkOrderRow
    status: SlaStatus | None
    events: tuple[EventRow, ...]
    attachments: tuple[AttachmentRow, ...]
    reopened_from_number: str = ""
    reopened_to_numbers: tuple[str, ...] = ()
    source_kind: str | None = None
    source_id: str | None = None
    source: SourceRow | None = None  # described by the source's area; None when made at the desk
    allowed: tuple[Action, ...] = field(default_factory=tuple)

    @property
    def id(self) -> uuid.UUID:
        return self.row.id


class QueueScope(StrEnum):
    OPEN = "open"  # new, dispatched, in progress, on hold: the working queue
    CALL_LIST = "call_list"  # done, waiting for (or in) the return visit
    ENDED = "ended"  # closed, rejected, cancelled
    ALL = "all"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    scope: QueueScope = QueueScope.OPEN
    kind: WorkKind | None = None
    category: str | None = None
    priority: Priority | None = None
    state: WorkOrderState | None = None
    text: str = ""  # number, unit, reporter name or phone digits
    created_from: datetime | None = None  # reported in [created_from, created_before) (exports by period)
    created_before: datetime | None = None
    desk_id: uuid.UUID | None = None  # taken at this desk


@dataclass(frozen=True, slots=True)
class QueueSummary:
    open: int
    overdue: int
    at_risk: int
    paused: int
    calls_due: int
