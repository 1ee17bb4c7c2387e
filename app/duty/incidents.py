"""Incidents (事件): what happened, how bad, where, who was involved, what was done, who was told and
when, and whether it still needs following up. Plus the emergency contacts and per-category
emergency plan quick reference (應急預案).

The incident row holds the current state (for lists and the handover); everything that happened to it
is an append-only ``incident_event``: the report, each notification, each follow-up note, each status
change, each amendment of a field (with the value before, who, when and why).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.attachments import ATTACHMENTS_FIELD, MAX_FILES_PER_RECORD, AttachmentRow, AttachmentRule, AttachmentService
from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.duty.common import (
    CLOSE_INCIDENT,
    EDIT_EMERGENCY,
    INCIDENT_CATEGORIES,
    LOCATION_MAX_CHARS,
    REASON_MAX_CHARS,
    REPORT_INCIDENT,
    TEXT_MAX_CHARS,
    IncidentEventKind,
    IncidentSeverity,
    IncidentStatus,
    NotifiedParty,
    check_moment,
    collect,
    open_shift_id,
    operator_names,
    raise_all,
    require_desk,
)
from app.duty.work_orders import SourceKind, WorkOrderLink, links_for
from app.errors import Conflict, NotFound, Rule, ValidationError
from app.handover_sources import HandoverItem, HandoverItemKind
from app.permissions import Actor, Approval, require
from app.settings import SettingsService
from app.severity import of_incident
from app.storage import Sessions
from app.text import NAME_MAX_CHARS, clean_text
from db.models.duty import EmergencyContact, EmergencyPlan, Incident, IncidentEvent, PatrolVisit

SUMMARY_MAX_CHARS = 120
PLAN_MAX_CHARS = 4000
MAX_CONTACTS = 40
LIST_LIMIT = 200
_PHONE = re.compile(r"^(?P<number>\+?[0-9][0-9 ()\-]{1,30})([ ]?(ext|轉|#)[ ]?[0-9]{1,6})?$")
_PHONE_MIN_DIGITS = 3  # 999
_PHONE_MAX_DIGITS = 15  # E.164, the extension apart: more is two numbers run together
AMENDABLE_FIELDS = ("summary", "location", "people", "actions")


@dataclass(frozen=True, slots=True)
class NewIncident:
    category: str
    severity: str
    location: str
    summary: str
    people: str = ""
    actions: str = ""
    occurred_at: datetime | None = None
    source_visit_id: uuid.UUID | None = None  # a patrol anomaly that became this incident
    attachment_paths: Sequence[str] = ()  # photos / files chosen at the desk


@dataclass(frozen=True, slots=True)
class CategoryRow:
    code: str
    label: str  # the site's own label; empty for a default category (the UI translates its code)


@dataclass(frozen=True, slots=True)
class IncidentRow:
    id: uuid.UUID
    number: str
    desk_id: uuid.UUID
    occurred_at: datetime
    reported_at: datetime
    reporter_name: str
    category: str
    severity: IncidentSeverity
    location: str
    summary: str
    people: str
    actions: str
    status: IncidentStatus
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class IncidentEventRow:
    id: uuid.UUID
    at: datetime
    author_name: str
    kind: IncidentEventKind
    party: str
    party_name: str
    field: str
    text: str
    previous: str
    reason: str


@dataclass(frozen=True, slots=True)
class IncidentDetail:
    incident: IncidentRow
    events: tuple[IncidentEventRow, ...]
    attachments: tuple[AttachmentRow, ...] = ()  # oldest first; amendments never hide them
    work_orders: tuple[WorkOrderLink, ...] = ()  # made from this incident

    @property
    def notifications(self) -> tuple[IncidentEventRow, ...]:
        return tuple(e for e in self.events if e.kind is IncidentEventKind.NOTIFIED)


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: uuid.UUID
    name: str
    phone: str
    notes: str
    position: int


@dataclass(frozen=True, slots=True)
class PlanRow:
    category: str
    steps: str
    updated_at: datetime | None


def parse_enum(enum: type, value: str, field: str) -> object:
    try:
        return enum(value)
    except ValueError as error:
        raise ValidationError(field, Rule.CHOICE) from error


def clean_phone(value: str, field: str = "phone") -> str:
    text = clean_text(value, field, max_chars=40, required=True)
    match = _PHONE.match(text)
    digits = sum(ch.isdigit() for ch in match["number"]) if match else 0
    if not _PHONE_MIN_DIGITS <= digits <= _PHONE_MAX_DIGITS:
        raise ValidationError(field, Rule.BAD_FORMAT)
    return text


class IncidentService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        settings: SettingsService,
        zone: tzinfo,
        attachments: AttachmentService,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._settings = settings
        self._zone = zone
        self._attachments = attachments

    # -- categories --------------------------------------------------------------------------------
    def categories(self) -> list[CategoryRow]:
        return [CategoryRow(c["code"], c.get("label", "")) for c in self._settings.get(INCIDENT_CATEGORIES)]

    # -- writing -----------------------------------------------------------------------------------
    @changes(ChangeKind.INCIDENT)
    def report(self, actor: Actor, new: NewIncident) -> IncidentDetail:
        require(actor, REPORT_INCIDENT)
        desk_id = require_desk(actor)
        now = self._clock.now()
        codes = {c.code for c in self.categories()}
        errors: list[ValidationError] = []
        if new.category not in codes:
            errors.append(ValidationError("category", Rule.CHOICE if new.category else Rule.REQUIRED))
        severity = collect(errors, lambda: parse_enum(IncidentSeverity, new.severity, "severity"))
        location = collect(
            errors, lambda: clean_text(new.location, "location", max_chars=LOCATION_MAX_CHARS, required=True)
        )
        summary = collect(
            errors, lambda: clean_text(new.summary, "summary", max_chars=SUMMARY_MAX_CHARS, required=True)
        )
        people = collect(errors, lambda: clean_text(new.people, "people", max_chars=TEXT_MAX_CHARS, multiline=True))
        actions = collect(errors, lambda: clean_text(new.actions, "actions", max_chars=TEXT_MAX_CHARS, multiline=True))
        occurred = collect(errors, lambda: check_moment(new.occurred_at, now, "occurred_at"))
        collect(errors, lambda: self._attachments.check_files(new.attachment_paths))
        raise_all(errors)
        assert isinstance(severity, IncidentSeverity) and occurred is not None
        stored = self._attachments.store_files(new.attachment_paths)
        with self._sessions.begin() as s:
            if new.source_visit_id is not None and s.get(PatrolVisit, new.source_visit_id) is None:
                raise NotFound("patrol_visit", str(new.source_visit_id))
            incident = Incident(
                number=self._next_number(s, occurred),
                desk_id=desk_id,
                shift_id=open_shift_id(s, desk_id),
                reporter_id=actor.operator_id,
                occurred_at=occurred,
                category=new.category,
                severity=severity.value,
                location=location or "",
                summary=summary or "",
                people=people or "",
                actions=actions or "",
                status=IncidentStatus.OPEN.value,
                source_visit_id=new.source_visit_id,
            )
            s.add(incident)
            s.flush()
            self._event(s, incident, actor, now, IncidentEventKind.REPORTED)
            self._attachments.attach(s, actor, SourceKind.INCIDENT.value, incident.id, stored)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="incident.reported",
                record_kind="incident",
                record_id=incident.id,
                details={
                    "category": new.category,
                    "severity": severity.value,
                    "from_patrol": bool(new.source_visit_id),
                    "attachments": len(stored),
                },
            )
            return _detail(s, incident)

    @changes(ChangeKind.INCIDENT)
    def attach_files(self, actor: Actor, incident_id: uuid.UUID, paths: Sequence[str]) -> IncidentDetail:
        """Photos or files brought after the report (open or closed incidents alike: it is evidence)."""
        require(actor, REPORT_INCIDENT)
        if not paths:
            raise ValidationError(ATTACHMENTS_FIELD, Rule.REQUIRED)
        with self._sessions.read() as s:
            _get(s, incident_id)  # before copying anything
            count = len(AttachmentService.for_record_in(s, SourceKind.INCIDENT.value, incident_id))
        if count + len(paths) > MAX_FILES_PER_RECORD:
            raise ValidationError(ATTACHMENTS_FIELD, AttachmentRule.TOO_MANY, {"max": MAX_FILES_PER_RECORD})
        stored = self._attachments.store_files(paths)
        now = self._clock.now()
        with self._sessions.begin() as s:
            incident = _get(s, incident_id)
            self._attachments.attach(s, actor, SourceKind.INCIDENT.value, incident.id, stored)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="incident.attached",
                record_kind="incident",
                record_id=incident.id,
                details={"attachments": len(stored)},
            )
            return _detail(s, incident)

    @changes(ChangeKind.INCIDENT)
    def notify(
        self, actor: Actor, incident_id: uuid.UUID, party: str, who: str = "", at: datetime | None = None
    ) -> IncidentDetail:
        """Record who was told, and when (police, fire, supervisor, resident…)."""
        require(actor, REPORT_INCIDENT)
        now = self._clock.now()
        errors: list[ValidationError] = []
        kind = collect(errors, lambda: parse_enum(NotifiedParty, party, "party"))
        name = collect(errors, lambda: clean_text(who, "party_name", max_chars=NAME_MAX_CHARS))
        when = collect(errors, lambda: check_moment(at, now, "notified_at"))
        raise_all(errors)
        assert isinstance(kind, NotifiedParty) and when is not None
        with self._sessions.begin() as s:
            incident = _get(s, incident_id)
            self._event(s, incident, actor, when, IncidentEventKind.NOTIFIED, party=kind.value, party_name=name or "")
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="incident.notified",
                record_kind="incident",
                record_id=incident.id,
                details={"party": kind.value},
            )
            return _detail(s, incident)

    @changes(ChangeKind.INCIDENT)
    def follow_up(self, actor: Actor, incident_id: uuid.UUID, text: str) -> IncidentDetail:
        """A note of what was done since (the follow-up record)."""
        require(actor, REPORT_INCIDENT)
        note = clean_text(text, "follow_up", max_chars=TEXT_MAX_CHARS, required=True, multiline=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            incident = _get(s, incident_id)
            self._event(s, incident, actor, now, IncidentEventKind.FOLLOW_UP, text=note)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="incident.followed_up",
                record_kind="incident",
                record_id=incident.id,
                details={"chars": len(note)},
            )
            return _detail(s, incident)

    @changes(ChangeKind.INCIDENT)
    def set_status(self, actor: Actor, incident_id: uuid.UUID, status: str, note: str) -> IncidentDetail:
        """Move to follow-up, close (a closing note is required) or reopen."""
        require(actor, CLOSE_INCIDENT)
        errors: list[ValidationError] = []
        target = collect(errors, lambda: parse_enum(IncidentStatus, status, "status"))
        text = collect(
            errors,
            lambda: clean_text(
                note, "status_note", max_chars=TEXT_MAX_CHARS, multiline=True, required=target is IncidentStatus.CLOSED
            ),
        )
        raise_all(errors)
        assert isinstance(target, IncidentStatus)
        now = self._clock.now()
        with self._sessions.begin() as s:
            incident = _get(s, incident_id)
            if incident.status == target.value:
                raise Conflict("incident", "same_status")
            before = incident.status
            incident.status = target.value
            incident.closed_at = now if target is IncidentStatus.CLOSED else None
            self._event(
                s, incident, actor, now, IncidentEventKind.STATUS, field=target.value, text=text or "", previous=before
            )
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="incident.status",
                record_kind="incident",
                record_id=incident.id,
                details={"from": before, "to": target.value},
            )
            return _detail(s, incident)

    @changes(ChangeKind.INCIDENT)
    def amend(self, actor: Actor, incident_id: uuid.UUID, field: str, value: str, reason: str) -> IncidentDetail:
        """Correct the summary, location, people or actions; the value before stays in the record."""
        require(actor, REPORT_INCIDENT)
        if field not in AMENDABLE_FIELDS:
            raise ValidationError("field", Rule.CHOICE)
        limits = {"summary": SUMMARY_MAX_CHARS, "location": LOCATION_MAX_CHARS}
        errors: list[ValidationError] = []
        new = collect(
            errors,
            lambda: clean_text(
                value,
                field,
                max_chars=limits.get(field, TEXT_MAX_CHARS),
                required=field in limits,
                multiline=field not in limits,
            ),
        )
        why = collect(errors, lambda: clean_text(reason, "reason", max_chars=REASON_MAX_CHARS, required=True))
        raise_all(errors)
        now = self._clock.now()
        with self._sessions.begin() as s:
            incident = _get(s, incident_id)
            before = str(getattr(incident, field))
            if before == new:
                raise Conflict("incident", "unchanged")
            setattr(incident, field, new)
            self._event(
                s,
                incident,
                actor,
                now,
                IncidentEventKind.AMENDED,
                field=field,
                text=new or "",
                previous=before,
                reason=why or "",
            )
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="incident.amended",
                record_kind="incident",
                record_id=incident.id,
                details={"field": field},
            )
            return _detail(s, incident)

    # -- reading -----------------------------------------------------------------------------------
    def get(self, incident_id: uuid.UUID) -> IncidentDetail:
        with self._sessions.read() as s:
            return _detail(s, _get(s, incident_id))

    def search(self, *, open_only: bool = False, text: str = "", limit: int = LIST_LIMIT) -> list[IncidentRow]:
        """Newest first; open ones only if asked; ``text`` matches number, summary or location."""
        with self._sessions.read() as s:
            query = select(Incident)
            if open_only:
                query = query.where(Incident.status != IncidentStatus.CLOSED.value)
            needle = clean_text(text, "search", max_chars=LOCATION_MAX_CHARS)
            if needle:
                pattern = f"%{_escape_like(needle)}%"
                query = query.where(
                    Incident.number.ilike(pattern, escape="\\")
                    | Incident.summary.ilike(pattern, escape="\\")
                    | Incident.location.ilike(pattern, escape="\\")
                )
            incidents = list(s.execute(query.order_by(Incident.occurred_at.desc()).limit(limit)).scalars())
            return _rows(s, incidents)

    def open_at(self, desk_id: uuid.UUID) -> list[IncidentRow]:
        with self._sessions.read() as s:
            incidents = s.execute(
                select(Incident)
                .where(Incident.desk_id == desk_id, Incident.status != IncidentStatus.CLOSED.value)
                .order_by(Incident.occurred_at)
            ).scalars()
            return _rows(s, list(incidents))

    # -- emergency contacts and plans ---------------------------------------------------------------
    def contacts(self) -> list[ContactRow]:
        with self._sessions.read() as s:
            rows = s.execute(
                select(EmergencyContact)
                .where(EmergencyContact.active.is_(True))
                .order_by(EmergencyContact.position, EmergencyContact.name)
            ).scalars()
            return [ContactRow(c.id, c.name, c.phone, c.notes, c.position) for c in rows]

    @changes(ChangeKind.EMERGENCY_CONTACT)
    def save_contact(
        self,
        actor: Actor,
        contact_id: uuid.UUID | None,
        name: str,
        phone: str,
        notes: str = "",
        approval: Approval | None = None,
    ) -> ContactRow:
        """Add a contact (``contact_id`` None) or change one."""
        approver = require(actor, EDIT_EMERGENCY, approval)
        errors: list[ValidationError] = []
        label = collect(errors, lambda: clean_text(name, "contact_name", max_chars=NAME_MAX_CHARS, required=True))
        number = collect(errors, lambda: clean_phone(phone))
        note = collect(errors, lambda: clean_text(notes, "contact_notes", max_chars=LOCATION_MAX_CHARS))
        raise_all(errors)
        now = self._clock.now()
        with self._sessions.begin() as s:
            if contact_id is None:
                count, last = s.execute(
                    select(func.count(), func.max(EmergencyContact.position)).where(EmergencyContact.active.is_(True))
                ).one()
                if count >= MAX_CONTACTS:
                    raise Conflict("emergency", "too_many_contacts", {"max": MAX_CONTACTS})
                contact = EmergencyContact(name=label, phone=number, notes=note or "", position=(last or 0) + 1)
                s.add(contact)
            else:
                found = s.get(EmergencyContact, contact_id)
                if found is None or not found.active:
                    raise NotFound("emergency_contact", str(contact_id))
                contact = found
                contact.name, contact.phone, contact.notes = label or "", number or "", note or ""
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="emergency.contact_saved",
                record_kind="emergency_contact",
                record_id=contact.id,
                approver_id=approver,
                details={"new": contact_id is None},
            )
            return ContactRow(contact.id, contact.name, contact.phone, contact.notes, contact.position)

    @changes(ChangeKind.EMERGENCY_CONTACT)
    def retire_contact(self, actor: Actor, contact_id: uuid.UUID, approval: Approval | None = None) -> None:
        approver = require(actor, EDIT_EMERGENCY, approval)
        with self._sessions.begin() as s:
            contact = s.get(EmergencyContact, contact_id)
            if contact is None or not contact.active:
                raise NotFound("emergency_contact", str(contact_id))
            contact.active = False
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="emergency.contact_retired",
                record_kind="emergency_contact",
                record_id=contact.id,
                approver_id=approver,
            )

    def plans(self) -> dict[str, PlanRow]:
        with self._sessions.read() as s:
            return {
                p.category: PlanRow(p.category, p.steps, p.updated_at)
                for p in s.execute(select(EmergencyPlan)).scalars()
            }

    @changes(ChangeKind.EMERGENCY_CONTACT)
    def save_plan(self, actor: Actor, category: str, steps: str, approval: Approval | None = None) -> PlanRow:
        approver = require(actor, EDIT_EMERGENCY, approval)
        if category not in {c.code for c in self.categories()}:
            raise ValidationError("category", Rule.CHOICE)
        text = clean_text(steps, "steps", max_chars=PLAN_MAX_CHARS, multiline=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            plan = s.execute(select(EmergencyPlan).where(EmergencyPlan.category == category)).scalar_one_or_none()
            if plan is None:
                plan = EmergencyPlan(category=category, steps=text, updated_by_id=actor.operator_id)
                s.add(plan)
            else:
                plan.steps, plan.updated_by_id = text, actor.operator_id
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="emergency.plan_saved",
                record_kind="emergency_plan",
                record_id=plan.id,
                approver_id=approver,
                details={"category": category},
            )
            return PlanRow(plan.category, plan.steps, now)

    # -- internals ---------------------------------------------------------------------------------
    def _next_number(self, s: Session, occurred: datetime) -> str:
        prefix = f"INC-{occurred.astimezone(self._zone):%y%m%d}-"
        count = s.execute(
            select(func.count()).select_from(Incident).where(Incident.number.like(f"{prefix}%"))
        ).scalar_one()
        return f"{prefix}{count + 1:03d}"

    @staticmethod
    def _event(
        s: Session, incident: Incident, actor: Actor, at: datetime, kind: IncidentEventKind, **values: str
    ) -> None:
        s.add(IncidentEvent(incident_id=incident.id, at=at, author_id=actor.operator_id, kind=kind.value, **values))
        s.flush()


class IncidentSource:
    """Handover source: incidents at this desk that are not closed."""

    def __init__(self, incidents: IncidentService) -> None:
        self._incidents = incidents

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        return [
            HandoverItem(
                kind=HandoverItemKind.INCIDENT_OPEN,
                ref_kind="incident",
                ref_id=str(row.id),
                subject=f"{row.number} {row.summary}",
                place=row.location,
                since=row.occurred_at,
                severity=of_incident(row.severity.value, row.category),
                facts=(("category", row.category), ("severity", row.severity.value), ("status", row.status.value)),
            )
            for row in self._incidents.open_at(desk_id)
        ]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _get(s: Session, incident_id: uuid.UUID) -> Incident:
    incident = s.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", str(incident_id))
    return incident


def _rows(s: Session, incidents: list[Incident]) -> list[IncidentRow]:
    names = operator_names(s, {i.reporter_id for i in incidents})
    return [
        IncidentRow(
            i.id,
            i.number,
            i.desk_id,
            i.occurred_at,
            i.created_at,
            names.get(i.reporter_id, ""),
            i.category,
            IncidentSeverity(i.severity),
            i.location,
            i.summary,
            i.people,
            i.actions,
            IncidentStatus(i.status),
            i.closed_at,
        )
        for i in incidents
    ]


def _detail(s: Session, incident: Incident) -> IncidentDetail:
    events = list(
        s.execute(
            select(IncidentEvent)
            .where(IncidentEvent.incident_id == incident.id)
            .order_by(IncidentEvent.at, IncidentEvent.hlc)
        ).scalars()
    )
    names = operator_names(s, {e.author_id for e in events})
    return IncidentDetail(
        _rows(s, [incident])[0],
        tuple(
            IncidentEventRow(
                e.id,
                e.at,
                names.get(e.author_id, ""),
                IncidentEventKind(e.kind),
                e.party,
                e.party_name,
                e.field,
                e.text,
                e.previous,
                e.reason,
            )
            for e in events
        ),
        tuple(AttachmentService.for_record_in(s, SourceKind.INCIDENT.value, incident.id)),
        links_for(s, SourceKind.INCIDENT, [incident.id]).get(str(incident.id), ()),
    )
