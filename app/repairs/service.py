"""``RepairService``: intake, transitions, return visits and reopening of work orders.

One user action = one method = one transaction with an audit entry (ids and codes only). Every
transition appends a ``work_order_event`` row (who, when, from → to, reason, note); the SLA status
is then recomputed from that history (``app.repairs.sla.compute_status``) and its due times and
flags are stored on the work order for the queue to sort on.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.attachments import AttachmentService, StoredFile
from app.audit import AuditLog
from app.clock import Clock
from app.directory import PersonKind
from app.errors import NotFound, Rule, ValidationError, ValidationErrors
from app.handover_sources import HandoverItem, HandoverItemKind
from app.permissions import Actor, Approval, Permission, require
from app.repairs.calendar import ALWAYS_OPEN, Calendar, CalendarKind
from app.repairs.config import (
    BUSINESS_HOURS,
    CATEGORIES,
    REPAIR_SPECS,
    SLA_POLICY,
    VISIT_ATTEMPTS,
    RepairSettings,
    business_hours,
    settings_from,
    stored_values,
)
from app.repairs.lifecycle import (
    OPEN_STATES,
    RESPONSE_ACTIONS,
    Action,
    Channel,
    EndReason,
    HoldReason,
    Satisfaction,
    WorkOrderState,
    next_state,
)
from app.repairs.permissions import (
    REPAIRS_CLOSE_UNREACHED,
    REPAIRS_END,
    REPAIRS_REOPEN,
    REPAIRS_RETURN_VISIT,
    REPAIRS_WORK,
)
from app.repairs.reading import RepairReader, status_of
from app.repairs.rows import WORK_ORDER_KIND, IntakeFields, QueueFilter, QueueItem, QueueScope, WorkOrderDetail
from app.repairs.sla import ClockState, SlaStatus, next_due
from app.repairs.sla_policy import Priority, SlaPolicy, WorkKind
from app.search import name_search_key
from app.settings import SettingsService
from app.severity import Severity
from app.storage import Sessions
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, SHORT_TEXT_MAX_CHARS, clean_text
from app.validation.accept import optional_phone
from db.models.directory import Person, Unit
from db.models.repairs import WorkOrder, WorkOrderEvent

DESCRIPTION_MIN_CHARS = 2
UNIT_OR_LOCATION = "unit_or_location"  # rule: a job needs a unit or a typed location
COMMENT_REQUIRED_AT_OR_BELOW = Satisfaction.DISSATISFIED  # a dissatisfied answer says why
NUMBER_DIGITS = 3
HANDOVER_PAGE = 500  # open jobs read per page for a handover: every open job is listed, never cut short


@dataclass(frozen=True, slots=True)
class _Change:
    """What one transition records besides the state."""

    reason: str | None = None
    note: str = ""
    assignee_id: uuid.UUID | None = None
    satisfaction: int | None = None
    related_id: uuid.UUID | None = None


class RepairService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        settings: SettingsService,
        attachments: AttachmentService,
        zone: tzinfo,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._settings = settings
        self._attachments = attachments
        self._zone = zone
        self._hours: tuple[str, Calendar] | None = None
        self.reader = RepairReader(sessions, clock, self.calendars, attachments)

    @property
    def attachments(self) -> AttachmentService:
        """Where the work orders' files are (the detail view opens them)."""
        return self._attachments

    # -- configuration ----------------------------------------------------------------------------
    def categories(self) -> list[str]:
        categories: list[str] = self._settings.get(CATEGORIES)
        return list(categories)

    def policy(self) -> SlaPolicy:
        return SlaPolicy.from_dict(self._settings.get(SLA_POLICY))

    def calendar(self, kind: CalendarKind) -> Calendar:
        return self.calendars()[kind]

    def calendars(self) -> dict[CalendarKind, Calendar]:
        """Both calendars, the business hours built once per stored value (their day cache is kept)."""
        value = self._settings.get(BUSINESS_HOURS)
        key = json.dumps(value, sort_keys=True)
        if self._hours is None or self._hours[0] != key:
            self._hours = (key, business_hours(value, self._zone))
        return {CalendarKind.ALWAYS_OPEN: ALWAYS_OPEN, CalendarKind.BUSINESS_HOURS: self._hours[1]}

    def visit_attempts_allowed(self) -> int:
        return int(self._settings.get(VISIT_ATTEMPTS))

    def current_settings(self) -> RepairSettings:
        policy: dict[str, Any] = self._settings.get(SLA_POLICY)
        hours: dict[str, Any] = self._settings.get(BUSINESS_HOURS)
        return settings_from(policy, hours, self.categories(), self.visit_attempts_allowed())

    def save_settings(self, actor: Actor, change: RepairSettings, approval: Approval | None = None) -> RepairSettings:
        """Categories, the SLA rows, business hours and holidays, return-visit calls: all checked
        first (every error at once), then stored in one transaction (administrators)."""
        policy: dict[str, Any] = self._settings.get(SLA_POLICY)
        values = stored_values(policy, change)
        specs = {spec.key: spec for spec in REPAIR_SPECS}
        self._settings.set_many(actor, [(specs[key], value) for key, value in values.items()], approval=approval)
        return self.current_settings()

    # -- reading (delegated) ----------------------------------------------------------------------
    def detail(self, work_order_id: uuid.UUID) -> WorkOrderDetail:
        return self.reader.detail(work_order_id)

    # -- handover ---------------------------------------------------------------------------------
    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """``HandoverSource``: the open jobs, breached and at-risk ones marked (site-wide: any desk
        may be asked about any job)."""
        items = []
        for item in self._all_open():
            row, current = item.row, item.countdown(now)
            kind, severity = HandoverItemKind.WORK_ORDER_OPEN, Severity.INFO
            if current is not None and current.state is ClockState.BREACHED:
                kind, severity = HandoverItemKind.WORK_ORDER_BREACHED, Severity.URGENT
            elif current is not None and current.state is ClockState.AT_RISK:
                kind, severity = HandoverItemKind.WORK_ORDER_AT_RISK, Severity.WARNING
            items.append(
                HandoverItem(
                    kind=kind,
                    ref_kind=WORK_ORDER_KIND,
                    ref_id=str(row.id),
                    subject=row.number,
                    place=row.where,
                    since=row.created_at,
                    due=None if current is None else current.due,
                    severity=severity,
                    facts=(("state", row.state.value), ("category", row.category), ("priority", row.priority.value)),
                )
            )
        return items

    def _all_open(self) -> list[QueueItem]:
        """Every open job, most urgent first, read a page at a time."""
        found: list[QueueItem] = []
        while True:
            page = self.reader.page(QueueFilter(scope=QueueScope.OPEN), len(found), HANDOVER_PAGE)
            found += page
            if len(page) < HANDOVER_PAGE:
                return found

    # -- intake -----------------------------------------------------------------------------------
    def create(self, actor: Actor, fields: IntakeFields, accepted: Collection[str] = ()) -> WorkOrderDetail:
        """Record a new request; every field error is reported at once and nothing is saved."""
        require(actor, REPAIRS_WORK)
        values = self._check_intake(fields, accepted)
        stored = self._attachments.store_files(list(fields.attachment_paths))
        with self._sessions.begin() as s:
            order = self._insert(s, actor, values, fields, stored)
            work_order_id = order.id
        return self.detail(work_order_id)

    def create_from_source(
        self,
        actor: Actor,
        source_kind: str,
        source_id: uuid.UUID | str,
        fields: IntakeFields,
        attachment_ids: Sequence[uuid.UUID] = (),
        accepted: Collection[str] = (),
    ) -> WorkOrderDetail:
        """Turn a duty-log entry or an incident into a work order: its text comes in ``fields``, its
        attachments are linked by reference (files are shared, not copied again). The source record's
        own audit trail gets an entry naming the work order, in the same transaction."""
        require(actor, REPAIRS_WORK)
        kind = clean_text(source_kind, "source_kind", max_chars=40, required=True)
        values = self._check_intake(fields, accepted)
        stored = self._attachments.store_files(list(fields.attachment_paths))
        with self._sessions.begin() as s:
            order = self._insert(s, actor, values, fields, stored, source=(kind, str(source_id)))
            copied = self._attachments.copy_references(s, actor, attachment_ids, WORK_ORDER_KIND, order.id)
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="work_order.made_from",
                record_kind=kind,
                record_id=str(source_id),
                details={"work_order": str(order.id), "number": order.number, "attachments": len(copied)},
            )
            work_order_id = order.id
        return self.detail(work_order_id)

    def _check_intake(self, fields: IntakeFields, accepted: Collection[str]) -> dict[str, object]:
        errors: list[ValidationError] = []
        values: dict[str, object] = {}

        def attempt(name: str, check: object) -> None:
            try:
                values[name] = check() if callable(check) else check
            except ValidationError as error:
                errors.append(error)

        attempt("kind", lambda: _choice(WorkKind, fields.kind, "kind"))
        attempt("priority", lambda: _choice(Priority, fields.priority, "priority"))
        attempt("channel", lambda: _choice(Channel, fields.channel, "channel"))

        def category() -> str:
            text = clean_text(fields.category, "category", max_chars=40, required=True)
            if text not in self.categories():
                raise ValidationError("category", Rule.CHOICE)
            return text

        attempt("category", category)
        attempt(
            "description",
            lambda: clean_text(
                fields.description,
                "description",
                max_chars=LONG_TEXT_MAX_CHARS,
                required=True,
                multiline=True,
                min_chars=DESCRIPTION_MIN_CHARS,
            ),
        )
        attempt("location", lambda: clean_text(fields.location, "location", max_chars=SHORT_TEXT_MAX_CHARS))
        attempt("reporter_name", lambda: clean_text(fields.reporter_name, "reporter_name", max_chars=NAME_MAX_CHARS))

        attempt("reporter_phone", lambda: optional_phone(fields.reporter_phone, "reporter_phone", accepted))
        failed = {e.field for e in errors}
        if fields.reporter_id is None and not (fields.reporter_name or "").strip() and "reporter_name" not in failed:
            errors.append(ValidationError("reporter_name", Rule.REQUIRED))
        if fields.unit_id is None and not (fields.location or "").strip() and "location" not in failed:
            errors.append(ValidationError("unit", UNIT_OR_LOCATION))
        if errors:
            raise ValidationErrors(tuple(errors))
        return values

    def _insert(
        self,
        s: Session,
        actor: Actor,
        values: dict[str, object],
        fields: IntakeFields,
        stored: Sequence[StoredFile],
        *,
        source: tuple[str, str] | None = None,
        reopened_from: WorkOrder | None = None,
    ) -> WorkOrder:
        now = self._clock.now()
        reporter_name = str(values["reporter_name"])
        reporter_phone = values["reporter_phone"]
        unit_id = fields.unit_id
        if fields.reporter_id is not None:
            person = s.get(Person, fields.reporter_id)
            if person is None:
                raise ValidationError("reporter_name", Rule.NOT_FOUND)
            reporter_name = reporter_name or person.name
            reporter_phone = reporter_phone or person.phone
            unit_id = unit_id or person.unit_id
        if unit_id is not None and s.get(Unit, unit_id) is None:
            raise ValidationError("unit", Rule.NOT_FOUND)
        kind = WorkKind(str(values["kind"]))
        priority = Priority(str(values["priority"]))
        category = str(values["category"])
        target = self.policy().target_for(category, priority, kind)
        order = WorkOrder(
            number=self._next_number(s, now),
            kind=kind.value,
            category=category,
            priority=priority.value,
            channel=str(values["channel"]),
            state=WorkOrderState.NEW.value,
            reporter_id=fields.reporter_id,
            reporter_name=reporter_name,
            reporter_name_key=name_search_key(reporter_name) if reporter_name else "",
            reporter_phone=reporter_phone,
            reporter_phone_reversed=str(reporter_phone)[::-1] if reporter_phone else None,
            unit_id=unit_id,
            location=str(values["location"]),
            description=str(values["description"]),
            created_by_id=actor.operator_id,
            reopened_from_id=None if reopened_from is None else reopened_from.id,
            source_kind=None if source is None else source[0],
            source_id=None if source is None else source[1],
            response_target_s=_seconds(target.response),
            resolution_target_s=_seconds(target.resolution),
            calendar_kind=target.calendar_kind.value,
            paused_s=0,
            sla_state=ClockState.OK.value,
            is_open=True,
            is_paused=False,
            visit_attempts=0,
            reopened=False,
            event_count=0,
            created_at=now,
        )
        s.add(order)
        s.flush()
        change = _Change(related_id=None if reopened_from is None else reopened_from.id)
        self._append_event(s, order, actor, Action.CREATE, None, WorkOrderState.NEW, change, None)
        self._recompute(s, order, now)
        self._attachments.attach(s, actor, WORK_ORDER_KIND, order.id, stored)
        self._audit.append(
            s,
            at=now,
            actor=actor,
            action="work_order.created",
            record_kind=WORK_ORDER_KIND,
            record_id=order.id,
            details={
                "number": order.number,
                "kind": kind.value,
                "priority": priority.value,
                "attachments": len(stored),
                "source_kind": None if source is None else source[0],
                "reopens": None if reopened_from is None else str(reopened_from.id),
            },
        )
        return order

    def _next_number(self, s: Session, now: datetime) -> str:
        prefix = now.astimezone(self._zone).strftime("%y%m%d") + "-"
        last = s.execute(
            select(func.max(WorkOrder.number)).where(WorkOrder.number >= prefix, WorkOrder.number < prefix[:-1] + ".")
        ).scalar_one()
        count = s.execute(
            select(func.count()).where(WorkOrder.number >= prefix, WorkOrder.number < prefix[:-1] + ".")
        ).scalar_one()
        serial = max(count, int(str(last).split("-")[1]) if last else 0) + 1
        return f"{prefix}{serial:0{NUMBER_DIGITS}d}"

    # -- transitions ------------------------------------------------------------------------------
    def dispatch(self, actor: Actor, work_order_id: uuid.UUID, assignee_id: uuid.UUID | None, note: str = "") -> None:
        """Send (or re-send) the job to a technician (staff) or a contractor from the directory."""
        if assignee_id is None:
            raise ValidationError("assignee", Rule.REQUIRED)
        self._transition(actor, work_order_id, Action.DISPATCH, REPAIRS_WORK, None, note, assignee_id=assignee_id)

    def start(self, actor: Actor, work_order_id: uuid.UUID, note: str = "") -> None:
        self._transition(actor, work_order_id, Action.START, REPAIRS_WORK, None, note)

    def hold(self, actor: Actor, work_order_id: uuid.UUID, reason: HoldReason, note: str = "") -> None:
        """Put on hold; the SLA clocks stop until ``resume``. ``other`` needs a note."""
        code = _choice(HoldReason, reason, "reason")
        self._transition(
            actor, work_order_id, Action.HOLD, REPAIRS_WORK, None, note, reason=code, other=HoldReason.OTHER
        )

    def resume(self, actor: Actor, work_order_id: uuid.UUID, note: str = "") -> None:
        self._transition(actor, work_order_id, Action.RESUME, REPAIRS_WORK, None, note)

    def complete(self, actor: Actor, work_order_id: uuid.UUID, note: str = "") -> None:
        self._transition(actor, work_order_id, Action.COMPLETE, REPAIRS_WORK, None, note)

    def reject(
        self,
        actor: Actor,
        work_order_id: uuid.UUID,
        reason: EndReason,
        note: str = "",
        approval: Approval | None = None,
    ) -> None:
        """Refuse a request (a duplicate, not ours…); ``other`` needs a note."""
        self._end(actor, work_order_id, Action.REJECT, reason, note, approval)

    def cancel(
        self,
        actor: Actor,
        work_order_id: uuid.UUID,
        reason: EndReason,
        note: str = "",
        approval: Approval | None = None,
    ) -> None:
        """Stop a job under way (withdrawn, entered by mistake…); ``other`` needs a note."""
        self._end(actor, work_order_id, Action.CANCEL, reason, note, approval)

    def _end(
        self,
        actor: Actor,
        work_order_id: uuid.UUID,
        action: Action,
        reason: EndReason,
        note: str,
        approval: Approval | None,
    ) -> None:
        code = _choice(EndReason, reason, "reason")
        self._transition(actor, work_order_id, action, REPAIRS_END, approval, note, reason=code, other=EndReason.OTHER)

    def add_note(self, actor: Actor, work_order_id: uuid.UUID, note: str) -> None:
        if not (note or "").strip():
            raise ValidationError("note", Rule.REQUIRED)
        self._transition(actor, work_order_id, Action.NOTE, REPAIRS_WORK, None, note)

    def record_visit(
        self,
        actor: Actor,
        work_order_id: uuid.UUID,
        satisfaction: Satisfaction | int | None,
        comment: str = "",
        approval: Approval | None = None,
    ) -> None:
        """The return-visit call: the 5-point answer (closes the job), or ``None`` = not reached."""
        if satisfaction is None:
            self._transition(actor, work_order_id, Action.VISIT_UNREACHED, REPAIRS_RETURN_VISIT, approval, comment)
            return
        try:
            score = Satisfaction(int(satisfaction))
        except ValueError as error:
            raise ValidationError("satisfaction", Rule.OUT_OF_RANGE, {"min": 1, "max": 5}) from error
        if score <= COMMENT_REQUIRED_AT_OR_BELOW and not (comment or "").strip():
            raise ValidationError("comment", Rule.REQUIRED)
        self._transition(
            actor,
            work_order_id,
            Action.VISIT_ANSWERED,
            REPAIRS_RETURN_VISIT,
            approval,
            comment,
            satisfaction=int(score),
        )

    def close_unreached(
        self, actor: Actor, work_order_id: uuid.UUID, note: str = "", approval: Approval | None = None
    ) -> None:
        """Close a job whose reporter could not be reached after the allowed number of calls."""
        self._transition(actor, work_order_id, Action.CLOSE_UNREACHED, REPAIRS_CLOSE_UNREACHED, approval, note)

    def reopen(
        self, actor: Actor, work_order_id: uuid.UUID, description: str, approval: Approval | None = None
    ) -> WorkOrderDetail:
        """A new work order linked to the old one (same reporter, place and category); the old one
        is closed if it was still waiting for its return visit and is marked as reopened."""
        approver = require(actor, REPAIRS_REOPEN, approval)
        text = clean_text(
            description,
            "description",
            max_chars=LONG_TEXT_MAX_CHARS,
            required=True,
            multiline=True,
            min_chars=DESCRIPTION_MIN_CHARS,
        )
        now = self._clock.now()
        with self._sessions.begin() as s:
            old = self._load(s, work_order_id)
            state = WorkOrderState(old.state)
            to = next_state(state, Action.REOPEN)
            fields = IntakeFields(
                kind=WorkKind(old.kind),
                category=old.category,
                priority=Priority(old.priority),
                channel=Channel(old.channel),
                description=text,
                reporter_id=old.reporter_id,
                reporter_name=old.reporter_name,
                reporter_phone=old.reporter_phone or "",
                unit_id=old.unit_id,
                location=old.location,
            )
            values: dict[str, object] = {
                "kind": old.kind,
                "priority": old.priority,
                "channel": old.channel,
                "category": old.category,
                "description": text,
                "location": old.location,
                "reporter_name": old.reporter_name,
                "reporter_phone": old.reporter_phone,
            }
            new = self._insert(s, actor, values, fields, (), reopened_from=old)
            self._apply(s, old, actor, Action.REOPEN, state, to, _Change(note=text, related_id=new.id), approver, now)
            old.reopened = True
            new_id = new.id
        return self.detail(new_id)

    # -- the one transition path ------------------------------------------------------------------
    def _transition(
        self,
        actor: Actor,
        work_order_id: uuid.UUID,
        action: Action,
        permission: Permission,
        approval: Approval | None,
        note: str,
        *,
        reason: str | None = None,
        other: str | None = None,
        assignee_id: uuid.UUID | None = None,
        satisfaction: int | None = None,
    ) -> None:
        approver = require(actor, permission, approval)
        field = "comment" if action in (Action.VISIT_ANSWERED, Action.VISIT_UNREACHED) else "note"
        text = clean_text(note, field, max_chars=LONG_TEXT_MAX_CHARS, multiline=True)
        if other is not None and reason == other and not text:
            raise ValidationError("note", Rule.REQUIRED)
        now = self._clock.now()
        with self._sessions.begin() as s:
            order = self._load(s, work_order_id)
            state = WorkOrderState(order.state)
            held_from = WorkOrderState(order.held_from_state) if order.held_from_state else None
            to = next_state(state, action, held_from)
            if action is Action.DISPATCH:
                self._check_assignee(s, assignee_id)
            if action is Action.CLOSE_UNREACHED and order.visit_attempts < self.visit_attempts_allowed():
                raise ValidationError(
                    "visit_attempts",
                    "too_few_attempts",
                    {"min": self.visit_attempts_allowed(), "now": order.visit_attempts},
                )
            change = _Change(reason, text, assignee_id, satisfaction)
            self._apply(s, order, actor, action, state, to, change, approver, now)

    def _check_assignee(self, s: Session, assignee_id: uuid.UUID | None) -> None:
        person = None if assignee_id is None else s.get(Person, assignee_id)
        if person is None or not person.active:
            raise ValidationError("assignee", Rule.NOT_FOUND)
        if person.kind not in (PersonKind.STAFF.value, PersonKind.CONTRACTOR.value):
            raise ValidationError("assignee", Rule.CHOICE)

    def _apply(
        self,
        s: Session,
        order: WorkOrder,
        actor: Actor,
        action: Action,
        state: WorkOrderState,
        to: WorkOrderState,
        change: _Change,
        approver: uuid.UUID | None,
        now: datetime,
    ) -> None:
        if action in RESPONSE_ACTIONS and order.responded_at is None:
            order.responded_at = now
        if action is Action.DISPATCH:
            order.assignee_id = change.assignee_id
        if action is Action.HOLD:
            order.hold_since, order.held_from_state, order.is_paused = now, state.value, True
        if state is WorkOrderState.ON_HOLD and to is not WorkOrderState.ON_HOLD and order.hold_since is not None:
            order.paused_s += int((now - order.hold_since).total_seconds())
            order.hold_since, order.held_from_state, order.is_paused = None, None, False
        if action is Action.COMPLETE:
            order.resolved_at = now
        if action is Action.VISIT_UNREACHED:
            order.visit_attempts += 1
        if action is Action.VISIT_ANSWERED:
            order.satisfaction = change.satisfaction
            order.visit_attempts += 1
        if to is not state and to in (WorkOrderState.CLOSED, WorkOrderState.REJECTED, WorkOrderState.CANCELLED):
            order.closed_at = now
        order.state = to.value
        order.is_open = to in OPEN_STATES
        self._append_event(s, order, actor, action, state, to, change, approver)
        self._recompute(s, order, now)
        self._audit.append(
            s,
            at=now,
            actor=actor,
            action=f"work_order.{action.value}",
            record_kind=WORK_ORDER_KIND,
            record_id=order.id,
            approver_id=approver,
            details={"from": state.value, "to": to.value, "reason": change.reason, "seq": order.event_count},
        )

    def _append_event(
        self,
        s: Session,
        order: WorkOrder,
        actor: Actor,
        action: Action,
        state: WorkOrderState | None,
        to: WorkOrderState,
        change: _Change,
        approver: uuid.UUID | None,
    ) -> None:
        order.event_count = (order.event_count or 0) + 1
        s.add(
            WorkOrderEvent(
                work_order_id=order.id,
                seq=order.event_count,
                at=self._clock.now(),
                action=action.value,
                from_state=None if state is None else state.value,
                to_state=to.value,
                actor_id=actor.operator_id,
                actor_name=actor.display_name,
                approver_id=approver,
                reason=change.reason,
                note=change.note,
                assignee_id=change.assignee_id,
                satisfaction=change.satisfaction,
                related_id=change.related_id,
            )
        )
        s.flush()

    def _recompute(self, s: Session, order: WorkOrder, now: datetime) -> None:
        """Recompute the SLA status from the whole history and store what the queue sorts on."""
        status = self.status_of(s, order, now)
        if status is None:
            order.response_due_at = order.resolution_due_at = order.next_due_at = None
            order.sla_state = ClockState.MET.value
            return
        order.response_due_at = status.response_due
        order.resolution_due_at = status.resolution_due
        order.response_breached = status.response is not None and status.response.breached
        order.resolution_breached = status.resolution is not None and status.resolution.breached
        running = next_due(status) if WorkOrderState(order.state) in OPEN_STATES else None
        order.next_due_at = None if running is None else running.due
        if running is not None:
            order.sla_state = running.state.value
        else:
            order.sla_state = (ClockState.BREACHED if status.breached else ClockState.MET).value

    def status_of(self, s: Session, order: WorkOrder, now: datetime) -> SlaStatus | None:
        events = s.execute(
            select(WorkOrderEvent.at, WorkOrderEvent.from_state, WorkOrderEvent.to_state)
            .where(WorkOrderEvent.work_order_id == order.id)
            .order_by(WorkOrderEvent.seq)
        ).all()
        return status_of(order, events, self.calendars(), now)

    def _load(self, s: Session, work_order_id: uuid.UUID) -> WorkOrder:
        order = s.execute(select(WorkOrder).where(WorkOrder.id == work_order_id).with_for_update()).scalar_one_or_none()
        if order is None:
            raise NotFound(WORK_ORDER_KIND, str(work_order_id))
        return order


def _seconds(value: timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds())


def _choice(kind: type, value: object, field: str) -> str:
    try:
        return str(kind(value).value)
    except ValueError as error:
        raise ValidationError(field, Rule.CHOICE) from error
