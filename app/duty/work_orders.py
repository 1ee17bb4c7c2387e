"""Turning a duty-log entry or an incident into a work order, keeping its text and attachments
(docs/repairs.md, "From the duty log"), and the links both ways: the entry or incident lists the work
orders made from it, the work order says where it came from.

``draft`` proposes what the repairs intake form shows for the guard to check before saving: the text
as the description, the place, a category guessed from the incident's category where one fits, the
priority from the severity, the guard as the reporter, the channel "duty log" (or "patrol" for a
patrol finding) and the source's attachments. ``create`` saves through
``RepairService.create_from_source``: one transaction, the chosen attachments linked by reference
(the files are shared, not copied again), audited on both records.

People involved in an incident are not carried over: a work order sheet goes to a technician or a
contractor, who needs the fault, not the names.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.attachments import ATTACHMENTS_FIELD, AttachmentRow, AttachmentService
from app.changes import ChangeKind, changes
from app.duty.common import IncidentSeverity, LogKind
from app.errors import NotFound, Rule, ValidationError
from app.permissions import Actor, require
from app.repairs.lifecycle import Channel, WorkOrderState
from app.repairs.permissions import REPAIRS_WORK
from app.repairs.rows import IntakeFields, SourceRow, WorkOrderDetail
from app.repairs.service import RepairService
from app.repairs.sla_policy import Priority, WorkKind
from app.storage import Sessions
from db.models.duty import DutyLogEntry, Incident
from db.models.repairs import WorkOrder

_IN_BATCH = 500


class SourceKind(StrEnum):
    """Record kinds of the duty area that can become work orders (also their attachments' kind)."""

    LOG = "log"
    INCIDENT = "incident"


# Incident category → the repair category a fix usually falls under. Others get FALLBACK_CATEGORY:
# a fire alarm, a dispute or an "other" incident says nothing sure about what needs repairing.
INCIDENT_TO_REPAIR_CATEGORY: dict[str, str] = {
    "flooding": "plumbing",
    "lift_entrapment": "lift",
    "power_failure": "electrical",
    "theft": "security",
    "suspicious_person": "security",
    "injury": "public_area",
}
FALLBACK_CATEGORY = "other"
SEVERITY_TO_PRIORITY: dict[IncidentSeverity, Priority] = {
    IncidentSeverity.LOW: Priority.LOW,
    IncidentSeverity.MEDIUM: Priority.NORMAL,
    IncidentSeverity.HIGH: Priority.URGENT,
    IncidentSeverity.CRITICAL: Priority.URGENT,
}


@dataclass(frozen=True, slots=True)
class WorkOrderLink:
    """A work order made from a log entry or an incident, as the duty pages show it."""

    id: uuid.UUID
    number: str
    state: WorkOrderState


@dataclass(frozen=True, slots=True)
class WorkOrderDraft:
    source_kind: SourceKind
    source_id: uuid.UUID
    reference: str  # the incident's number; "" for a log entry
    at: datetime  # when the source happened
    fields: IntakeFields  # the proposal; the guard may change anything before saving
    attachments: tuple[AttachmentRow, ...]  # the source's files, all carried over unless unticked
    existing: tuple[WorkOrderLink, ...]  # work orders already made from it (a second one is allowed)


def parse_source_kind(value: str) -> SourceKind:
    try:
        return SourceKind(value)
    except ValueError as error:
        raise ValidationError("source_kind", Rule.CHOICE) from error


def links_for(
    s: Session, source_kind: SourceKind, source_ids: Iterable[uuid.UUID | str]
) -> dict[str, tuple[WorkOrderLink, ...]]:
    """The work orders made from each of ``source_ids`` (keyed by ``str(id)``), oldest first."""
    wanted = sorted({str(i) for i in source_ids})
    found: dict[str, list[WorkOrderLink]] = {}
    for start in range(0, len(wanted), _IN_BATCH):
        batch = wanted[start : start + _IN_BATCH]
        rows = s.execute(
            select(WorkOrder.source_id, WorkOrder.id, WorkOrder.number, WorkOrder.state)
            .where(WorkOrder.source_kind == source_kind.value, WorkOrder.source_id.in_(batch))
            .order_by(WorkOrder.created_at, WorkOrder.number)
        )
        for source_id, order_id, number, state in rows:
            found.setdefault(str(source_id), []).append(WorkOrderLink(order_id, number, WorkOrderState(state)))
    return {key: tuple(links) for key, links in found.items()}


def original_entry(s: Session, entry_id: uuid.UUID) -> DutyLogEntry:
    """The log entry itself (an amendment's id leads to the entry it amends)."""
    entry = s.get(DutyLogEntry, entry_id)
    if entry is not None and entry.amends_id is not None:
        entry = s.get(DutyLogEntry, entry.amends_id)
    if entry is None:
        raise NotFound(SourceKind.LOG.value, str(entry_id))
    return entry


def entry_ids_with_amendments(s: Session, entry: DutyLogEntry) -> list[uuid.UUID]:
    """The entry's id, then its amendments' in the order they were written."""
    amendments = s.execute(
        select(DutyLogEntry.id).where(DutyLogEntry.amends_id == entry.id).order_by(DutyLogEntry.at, DutyLogEntry.hlc)
    ).scalars()
    return [entry.id, *amendments]


def entry_attachments(s: Session, entry_ids: Sequence[uuid.UUID]) -> tuple[AttachmentRow, ...]:
    """Files of a log entry, then those its amendments brought (a photo forgotten the first time)."""
    found = AttachmentService.for_records_in(s, SourceKind.LOG.value, entry_ids)
    return tuple(row for entry_id in entry_ids for row in found.get(str(entry_id), []))


class DutyWorkOrders:
    def __init__(self, sessions: Sessions, repairs: RepairService, attachments: AttachmentService) -> None:
        self._sessions = sessions
        self._repairs = repairs
        self._attachments = attachments

    # -- the proposal ---------------------------------------------------------------------------
    def draft(self, actor: Actor, source_kind: str, source_id: uuid.UUID) -> WorkOrderDraft:
        require(actor, REPAIRS_WORK)
        kind = parse_source_kind(source_kind)
        categories = self._repairs.config.categories()
        with self._sessions.read() as s:
            if kind is SourceKind.INCIDENT:
                return self._incident_draft(s, actor, _incident(s, source_id), categories)
            return self._log_draft(s, actor, original_entry(s, source_id), categories)

    def _incident_draft(self, s: Session, actor: Actor, incident: Incident, categories: list[str]) -> WorkOrderDraft:
        description = f"{incident.number} {incident.summary}"
        if incident.actions.strip():
            description += f"\n{incident.actions.strip()}"
        fields = IntakeFields(
            kind=WorkKind.REPAIR,
            category=guess_category(incident.category, categories),
            priority=SEVERITY_TO_PRIORITY.get(IncidentSeverity(incident.severity), Priority.NORMAL),
            channel=Channel.PATROL if incident.source_visit_id is not None else Channel.DUTY_LOG,
            description=description,
            reporter_name=actor.display_name,
            location=incident.location,
        )
        return WorkOrderDraft(
            SourceKind.INCIDENT,
            incident.id,
            incident.number,
            incident.occurred_at,
            fields,
            tuple(AttachmentService.for_record_in(s, SourceKind.INCIDENT.value, incident.id)),
            links_for(s, SourceKind.INCIDENT, [incident.id]).get(str(incident.id), ()),
        )

    def _log_draft(self, s: Session, actor: Actor, entry: DutyLogEntry, categories: list[str]) -> WorkOrderDraft:
        ids = entry_ids_with_amendments(s, entry)
        latest = s.execute(
            select(DutyLogEntry.text)
            .where(DutyLogEntry.amends_id == entry.id)
            .order_by(DutyLogEntry.at.desc(), DutyLogEntry.hlc.desc())
            .limit(1)
        ).scalar_one_or_none()
        fields = IntakeFields(
            kind=WorkKind.REPAIR,
            category=guess_category(None, categories),
            priority=Priority.NORMAL,
            channel=Channel.PATROL if entry.kind == LogKind.PATROL.value else Channel.DUTY_LOG,
            description=entry.text if latest is None else latest,
            reporter_name=actor.display_name,
            location=entry.location,
        )
        return WorkOrderDraft(
            SourceKind.LOG,
            entry.id,
            "",
            entry.at,
            fields,
            entry_attachments(s, ids),
            links_for(s, SourceKind.LOG, [entry.id]).get(str(entry.id), ()),
        )

    # -- saving ---------------------------------------------------------------------------------
    @changes(ChangeKind.WORK_ORDER, ChangeKind.DUTY_LOG, ChangeKind.INCIDENT)  # the source shows its work orders
    def create(
        self,
        actor: Actor,
        source_kind: str,
        source_id: uuid.UUID,
        fields: IntakeFields,
        attachment_ids: Sequence[uuid.UUID] = (),
        accepted: Collection[str] = (),
    ) -> WorkOrderDetail:
        """Save the work order linked to its source; only the source's own attachments may be carried."""
        require(actor, REPAIRS_WORK)
        kind = parse_source_kind(source_kind)
        with self._sessions.read() as s:
            if kind is SourceKind.INCIDENT:
                source = _incident(s, source_id).id
                own = {a.id for a in AttachmentService.for_record_in(s, kind.value, source)}
            else:
                entry = original_entry(s, source_id)
                source = entry.id
                own = {a.id for a in entry_attachments(s, entry_ids_with_amendments(s, entry))}
        foreign = [a for a in attachment_ids if a not in own]
        if foreign:
            raise ValidationError(ATTACHMENTS_FIELD, Rule.NOT_FOUND, {"id": str(foreign[0])})
        return self._repairs.create_from_source(actor, kind.value, source, fields, list(attachment_ids), accepted)

    # -- the work order's side ------------------------------------------------------------------
    def describers(self) -> dict[str, Callable[[Session, str], SourceRow | None]]:
        """How a work order names its duty source (registered with the repairs reader at bootstrap)."""
        return {SourceKind.LOG.value: _describe_entry, SourceKind.INCIDENT.value: _describe_incident}


def guess_category(incident_category: str | None, categories: list[str]) -> str:
    """The site's repair category for an incident category, when the site has it; else "other" (or
    the first category if the site removed "other")."""
    guess = INCIDENT_TO_REPAIR_CATEGORY.get(incident_category or "")
    if guess is not None and guess in categories:
        return guess
    if FALLBACK_CATEGORY in categories:
        return FALLBACK_CATEGORY
    return categories[0] if categories else ""


def _incident(s: Session, incident_id: uuid.UUID) -> Incident:
    incident = s.get(Incident, incident_id)
    if incident is None:
        raise NotFound(SourceKind.INCIDENT.value, str(incident_id))
    return incident


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _describe_entry(s: Session, source_id: str) -> SourceRow | None:
    key = _uuid(source_id)
    entry = None if key is None else s.get(DutyLogEntry, key)
    if entry is None:
        return None
    return SourceRow(SourceKind.LOG.value, source_id, "", entry.at, entry.location)


def _describe_incident(s: Session, source_id: str) -> SourceRow | None:
    key = _uuid(source_id)
    incident = None if key is None else s.get(Incident, key)
    if incident is None:
        return None
    return SourceRow(SourceKind.INCIDENT.value, source_id, incident.number, incident.occurred_at, incident.location)
