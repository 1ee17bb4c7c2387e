"""Reading work orders: the queue (paged and sorted in SQL), the detail with its timeline, the
return-visit call list. SLA statuses are recomputed on read from each job's event history, so a
countdown is exact even when nothing happened to the job for hours."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.attachments import AttachmentService
from app.clock import Clock
from app.directory import unit_search_key
from app.errors import NotFound
from app.repairs.calendar import Calendar, CalendarKind
from app.repairs.lifecycle import (
    CALL_LIST_STATES,
    ENDED_STATES,
    OPEN_STATES,
    Action,
    Channel,
    WorkOrderState,
    allowed_actions,
)
from app.repairs.rows import (
    WORK_ORDER_KIND,
    EventRow,
    QueueFilter,
    QueueItem,
    QueueScope,
    QueueSummary,
    SourceRow,
    WorkOrderDetail,
    WorkOrderRow,
)
from app.repairs.sla import ClockState, Pause, SlaHistory, SlaStatus, SlaTarget, compute_status
from app.repairs.sla_policy import Priority, WorkKind
from app.search import name_search_key
from app.storage import Sessions
from app.text import clean_text
from db.models.directory import Building, Person, Unit
from db.models.repairs import WorkOrder, WorkOrderEvent

QUEUE_PAGE = 200
SUMMARY_LIMIT = 2000  # open jobs judged for the dashboard (more would be a backlog to fix first)
WORK_ORDER_NUMBER = re.compile(r"\d{6}-\d{3,}")  # yymmdd-nnn, as printed on the sheet
SEARCH_MAX_CHARS = 60
MIN_PHONE_DIGITS = 3
_Assignee = aliased(Person)
_SCOPE_STATES = {
    QueueScope.OPEN: OPEN_STATES,
    QueueScope.CALL_LIST: CALL_LIST_STATES,
    QueueScope.ENDED: ENDED_STATES,
}


def history_of(
    created_at: datetime,
    responded_at: datetime | None,
    resolved_at: datetime | None,
    events: Iterable[Any],  # rows with .at, .action, .from_state, .to_state in order
) -> SlaHistory:
    """The SLA history of a job: its on-hold intervals come from the transition events."""
    pauses: list[Pause] = []
    start: datetime | None = None
    for event in events:
        entering = event.to_state == WorkOrderState.ON_HOLD and event.from_state != WorkOrderState.ON_HOLD
        leaving = event.from_state == WorkOrderState.ON_HOLD and event.to_state != WorkOrderState.ON_HOLD
        if entering:
            start = event.at
        elif leaving and start is not None:
            pauses.append(Pause(start, event.at))
            start = None
    if start is not None:
        pauses.append(Pause(start, None))
    return SlaHistory(created_at, responded_at, resolved_at, tuple(pauses))


def target_of(order: WorkOrder) -> SlaTarget | None:
    if order.response_target_s is None and order.resolution_target_s is None:
        return None
    return SlaTarget(
        None if order.response_target_s is None else timedelta(seconds=order.response_target_s),
        None if order.resolution_target_s is None else timedelta(seconds=order.resolution_target_s),
        CalendarKind(order.calendar_kind),
    )


def status_of(
    order: WorkOrder, events: Iterable[Any], calendars: dict[CalendarKind, Calendar], now: datetime
) -> SlaStatus | None:
    """The job's SLA status at ``now`` from its stored target and its event history."""
    target = target_of(order)
    if target is None:
        return None
    history = history_of(order.created_at, order.responded_at, order.resolved_at, events)
    return compute_status(history, target, calendars[target.calendar_kind], now)


def _base_query() -> Any:  # Select of (WorkOrder, unit code, building name, assignee name)
    query = (
        select(WorkOrder, Unit.code, Building.name, _Assignee.name)
        .outerjoin(Unit, WorkOrder.unit_id == Unit.id)
        .outerjoin(Building, Unit.building_id == Building.id)
        .outerjoin(_Assignee, WorkOrder.assignee_id == _Assignee.id)
    )
    return query


def _row(order: WorkOrder, unit_code: str | None, building: str | None, assignee: str | None) -> WorkOrderRow:
    return WorkOrderRow(
        id=order.id,
        number=order.number,
        kind=WorkKind(order.kind),
        category=order.category,
        priority=Priority(order.priority),
        channel=Channel(order.channel),
        state=WorkOrderState(order.state),
        reporter_name=order.reporter_name,
        reporter_phone=order.reporter_phone,
        unit_label=f"{building} {unit_code}" if unit_code else "",
        location=order.location,
        description=order.description,
        assignee_id=order.assignee_id,
        assignee_name=assignee or "",
        created_at=order.created_at,
        responded_at=order.responded_at,
        resolved_at=order.resolved_at,
        closed_at=order.closed_at,
        next_due_at=order.next_due_at,
        sla_state=ClockState(order.sla_state),
        visit_attempts=order.visit_attempts,
        satisfaction=order.satisfaction,
    )


def apply_filter(query: Select[Any], wanted: QueueFilter) -> Select[Any]:
    states = _SCOPE_STATES.get(wanted.scope)
    if wanted.scope is QueueScope.OPEN:
        query = query.where(WorkOrder.is_open.is_(True))
    elif states is not None:
        query = query.where(WorkOrder.state.in_([s.value for s in states]))
    if wanted.state is not None:
        query = query.where(WorkOrder.state == wanted.state.value)
    if wanted.kind is not None:
        query = query.where(WorkOrder.kind == wanted.kind.value)
    if wanted.category:
        query = query.where(WorkOrder.category == wanted.category)
    if wanted.priority is not None:
        query = query.where(WorkOrder.priority == wanted.priority.value)
    if wanted.created_from is not None:
        query = query.where(WorkOrder.created_at >= wanted.created_from)
    if wanted.created_before is not None:
        query = query.where(WorkOrder.created_at < wanted.created_before)
    if wanted.desk_id is not None:
        query = query.where(WorkOrder.origin_desk_id == wanted.desk_id)
    text = clean_text(wanted.text, "search", max_chars=SEARCH_MAX_CHARS)
    if text and WORK_ORDER_NUMBER.fullmatch(text.replace(" ", "")):
        return query.where(WorkOrder.number == text.replace(" ", ""))  # a whole number: the unique index
    if text:
        code = text.replace(" ", "").upper()
        conditions = [
            WorkOrder.number.contains(code, autoescape=True),
            Unit.search_key.contains(unit_search_key("", code), autoescape=True),
            func.upper(Building.name + Unit.code).contains(code, autoescape=True),
            WorkOrder.reporter_name_key.contains(name_search_key(text), autoescape=True),
        ]
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= MIN_PHONE_DIGITS:
            conditions.append(WorkOrder.reporter_phone_reversed.startswith(digits[::-1], autoescape=True))
        query = query.where(or_(*conditions))
    return query


def _ordered(query: Select[Any], wanted: QueueFilter) -> Select[Any]:
    if wanted.scope is QueueScope.OPEN:
        no_due = case((WorkOrder.next_due_at.is_(None), 1), else_=0)
        return query.order_by(
            WorkOrder.is_paused, no_due, WorkOrder.next_due_at, WorkOrder.created_at, WorkOrder.number
        )
    if wanted.scope is QueueScope.CALL_LIST:
        return query.order_by(WorkOrder.visit_attempts, WorkOrder.resolved_at, WorkOrder.number)
    return query.order_by(WorkOrder.created_at.desc(), WorkOrder.number.desc())


# Describes a work order's source record (``source_kind`` → this) inside the reading session.
SourceDescriber = Callable[[Session, str], SourceRow | None]


class RepairReader:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        calendars: Callable[[], dict[CalendarKind, Calendar]],
        attachments: AttachmentService,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._calendars = calendars
        self._attachments = attachments
        self._sources: dict[str, SourceDescriber] = {}

    def register_source(self, source_kind: str, describer: SourceDescriber) -> None:
        """An area whose records can become work orders says how to name one (bootstrap)."""
        self._sources[source_kind] = describer

    def _source(self, s: Session, order: WorkOrder) -> SourceRow | None:
        if order.source_kind is None or order.source_id is None:
            return None
        describer = self._sources.get(order.source_kind)
        found = describer(s, order.source_id) if describer is not None else None
        return found or SourceRow(order.source_kind, order.source_id)

    # -- the queue --------------------------------------------------------------------------------
    def count(self, wanted: QueueFilter) -> int:
        query = apply_filter(
            select(func.count(WorkOrder.id))
            .select_from(WorkOrder)
            .outerjoin(Unit, WorkOrder.unit_id == Unit.id)
            .outerjoin(Building, Unit.building_id == Building.id),
            wanted,
        )
        with self._sessions.read() as s:
            return int(s.execute(query).scalar_one())

    def page(self, wanted: QueueFilter, offset: int = 0, limit: int = QUEUE_PAGE) -> list[QueueItem]:
        """One page of the queue, in urgency order (open jobs: running first, nearest due first)."""
        query = _ordered(apply_filter(_base_query(), wanted), wanted).offset(offset).limit(limit)
        now = self._clock.now()
        with self._sessions.read() as s:
            found = s.execute(query).all()
            orders = [r[0] for r in found]
            events = self._events_of(s, [o.id for o in orders])
            calendars = self._calendars()
            return [QueueItem(_row(*r), self._status(r[0], events.get(r[0].id, ()), calendars, now)) for r in found]

    def rows(self, wanted: QueueFilter, offset: int = 0, limit: int = QUEUE_PAGE) -> list[WorkOrderRow]:
        """Plain rows in queue order, for exports: the stored SLA state, except that a running clock
        found past its due time now reads as breached (no per-job recomputation)."""
        return self._plain(_ordered(apply_filter(_base_query(), wanted), wanted).offset(offset).limit(limit))

    def rows_after(
        self, wanted: QueueFilter, after: tuple[datetime, str] | None, limit: int = QUEUE_PAGE
    ) -> list[WorkOrderRow]:
        """Plain rows newest first (reported time, then number) after ``after`` — the (time, number)
        of the previous page's last row: keyset pages, as cheap at the end of a long history as at its
        start. The order of the ``ALL`` and ``ENDED`` scopes."""
        query = apply_filter(_base_query(), wanted)
        if after is not None:
            query = query.where(
                or_(
                    WorkOrder.created_at < after[0],
                    and_(WorkOrder.created_at == after[0], WorkOrder.number < after[1]),
                )
            )
        return self._plain(query.order_by(WorkOrder.created_at.desc(), WorkOrder.number.desc()).limit(limit))

    def _plain(self, query: Select[Any]) -> list[WorkOrderRow]:
        now = self._clock.now()
        with self._sessions.read() as s:
            rows = [_row(*r) for r in s.execute(query)]
        return [
            replace(row, sla_state=ClockState.BREACHED)
            if row.state in OPEN_STATES
            and row.state is not WorkOrderState.ON_HOLD
            and row.next_due_at is not None
            and row.next_due_at < now
            else row
            for row in rows
        ]

    @staticmethod
    def _events_of(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
        if not ids:
            return grouped
        query = (
            select(WorkOrderEvent.work_order_id, WorkOrderEvent.at, WorkOrderEvent.from_state, WorkOrderEvent.to_state)
            .where(WorkOrderEvent.work_order_id.in_(ids))
            .where(
                or_(
                    WorkOrderEvent.to_state == WorkOrderState.ON_HOLD.value,
                    WorkOrderEvent.from_state == WorkOrderState.ON_HOLD.value,
                )
            )
            .order_by(WorkOrderEvent.work_order_id, WorkOrderEvent.seq)
        )
        for row in s.execute(query):
            grouped[row.work_order_id].append(row)
        return grouped

    @staticmethod
    def _status(
        order: WorkOrder, events: Iterable[Any], calendars: dict[CalendarKind, Calendar], now: datetime
    ) -> SlaStatus | None:
        return status_of(order, events, calendars, now)

    # -- one job ----------------------------------------------------------------------------------
    def detail(self, work_order_id: uuid.UUID) -> WorkOrderDetail:
        now = self._clock.now()
        with self._sessions.read() as s:
            found = s.execute(_base_query().where(WorkOrder.id == work_order_id)).first()
            if found is None:
                raise NotFound(WORK_ORDER_KIND, str(work_order_id))
            order = found[0]
            events = s.execute(
                select(WorkOrderEvent, Person.name)
                .outerjoin(Person, WorkOrderEvent.assignee_id == Person.id)
                .where(WorkOrderEvent.work_order_id == work_order_id)
                .order_by(WorkOrderEvent.seq)
            ).all()
            related_ids = {e.related_id for e, _ in events if e.related_id is not None}
            if order.reopened_from_id is not None:
                related_ids.add(order.reopened_from_id)
            numbers: dict[uuid.UUID, str] = {}
            if related_ids:
                found_numbers = s.execute(select(WorkOrder.id, WorkOrder.number).where(WorkOrder.id.in_(related_ids)))
                numbers = {row[0]: row[1] for row in found_numbers}
            reopened_to = tuple(
                s.execute(
                    select(WorkOrder.number)
                    .where(WorkOrder.reopened_from_id == work_order_id)
                    .order_by(WorkOrder.number)
                ).scalars()
            )
            timeline = tuple(
                EventRow(
                    seq=e.seq,
                    at=e.at,
                    action=Action(e.action),
                    from_state=None if e.from_state is None else WorkOrderState(e.from_state),
                    to_state=WorkOrderState(e.to_state),
                    actor_name=e.actor_name,
                    approver_id=e.approver_id,
                    reason=e.reason,
                    note=e.note,
                    assignee_name=assignee or "",
                    satisfaction=e.satisfaction,
                    related_number=numbers.get(e.related_id, "") if e.related_id else "",
                )
                for e, assignee in events
            )
            status = self._status(order, [e for e, _ in events], self._calendars(), now)
            attachments = tuple(AttachmentService.for_record_in(s, WORK_ORDER_KIND, work_order_id))
            return WorkOrderDetail(
                row=_row(*found),
                status=status,
                events=timeline,
                attachments=attachments,
                reopened_from_number=numbers.get(order.reopened_from_id, "") if order.reopened_from_id else "",
                reopened_to_numbers=reopened_to,
                source_kind=order.source_kind,
                source_id=order.source_id,
                source=self._source(s, order),
                allowed=tuple(allowed_actions(WorkOrderState(order.state))),
            )

    def summary(self, limit: int = SUMMARY_LIMIT) -> QueueSummary:
        """Counts for the dashboard: open jobs by their SLA state now, and return visits due."""
        now = self._clock.now()
        states = [item.countdown(now) for item in self.page(QueueFilter(), 0, limit)]
        counted = [c.state for c in states if c is not None]
        return QueueSummary(
            open=self.count(QueueFilter()),
            overdue=counted.count(ClockState.BREACHED),
            at_risk=counted.count(ClockState.AT_RISK),
            paused=counted.count(ClockState.PAUSED),
            calls_due=self.count(QueueFilter(scope=QueueScope.CALL_LIST)),
        )

    def find_number(self, number: str) -> uuid.UUID | None:
        code = clean_text(number, "search", max_chars=SEARCH_MAX_CHARS).replace(" ", "").upper()
        with self._sessions.read() as s:
            found = s.execute(select(WorkOrder.id).where(WorkOrder.number == code)).scalar_one_or_none()
            return found

    def call_list(self, limit: int = QUEUE_PAGE) -> list[WorkOrderRow]:
        """Done jobs waiting for their return visit: never-called first, oldest first."""
        return [item.row for item in self.page(QueueFilter(scope=QueueScope.CALL_LIST), 0, limit)]
