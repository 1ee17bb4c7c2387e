"""Patrols (巡邏): routes with ordered checkpoints, rounds that reach them, missed and late ones.

A route is due every ``interval_minutes``. From the start of the shift, time is cut into windows of
that length; in each window every active checkpoint of the route should be reached once. A checkpoint
reached within ``round_minutes`` of its window's start is on time, later in the window it is late, and
a window that ended without it is a miss. Everything is computed from the injected clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.duty.common import (
    CODE_MAX_CHARS,
    LOCATION_MAX_CHARS,
    MANAGE_ROUTES,
    PATROL,
    TEXT_MAX_CHARS,
    CheckMethod,
    CheckpointState,
    collect,
    open_shift_id,
    operator_names,
    raise_all,
    require_desk,
)
from app.errors import Conflict, NotFound, Rule, ValidationError
from app.handover_sources import HandoverItem, HandoverItemKind
from app.permissions import Actor, Approval, require
from app.settings import int_range
from app.severity import Severity
from app.storage import Sessions
from app.text import clean_code, clean_text
from db.models.duty import PatrolCheckpoint, PatrolRound, PatrolRoute, PatrolVisit

INTERVAL_MIN_MINUTES = 15
INTERVAL_MAX_MINUTES = 24 * 60
MAX_CHECKPOINTS = 60
# Rounds started this long before the shift can still hold visits inside it.
ROUND_LOOKBACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CheckpointRow:
    id: uuid.UUID
    route_id: uuid.UUID
    position: int
    code: str
    name: str
    location: str
    active: bool


@dataclass(frozen=True, slots=True)
class RouteRow:
    id: uuid.UUID
    code: str
    name: str
    interval_minutes: int
    round_minutes: int
    active: bool
    checkpoints: tuple[CheckpointRow, ...]


@dataclass(frozen=True, slots=True)
class RoundCheckpointRow:
    checkpoint: CheckpointRow
    visit_id: uuid.UUID | None = None
    reached_at: datetime | None = None
    method: CheckMethod | None = None
    anomaly: str = ""

    @property
    def reached(self) -> bool:
        return self.reached_at is not None


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: uuid.UUID
    route_id: uuid.UUID
    route_name: str
    desk_id: uuid.UUID
    guard_name: str
    started_at: datetime
    finished_at: datetime | None
    checkpoints: tuple[RoundCheckpointRow, ...]

    @property
    def open(self) -> bool:
        return self.finished_at is None

    @property
    def reached_count(self) -> int:
        return sum(1 for c in self.checkpoints if c.reached)

    @property
    def missed(self) -> tuple[RoundCheckpointRow, ...]:
        """Checkpoints not reached in a finished round."""
        return () if self.open else tuple(c for c in self.checkpoints if not c.reached)


@dataclass(frozen=True, slots=True)
class CheckpointWindowRow:
    """One checkpoint in one due window of its route."""

    route_id: uuid.UUID
    route_name: str
    checkpoint: CheckpointRow
    window_start: datetime
    window_end: datetime
    state: CheckpointState
    reached_at: datetime | None


class PatrolService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    # -- routes ------------------------------------------------------------------------------------
    def routes(self, include_inactive: bool = False) -> list[RouteRow]:
        with self._sessions.read() as s:
            return _routes(s, include_inactive)

    def route(self, route_id: uuid.UUID) -> RouteRow:
        with self._sessions.read() as s:
            return _route_row(s, _get_route(s, route_id))

    @changes(ChangeKind.PATROL)
    def add_route(
        self,
        actor: Actor,
        code: str,
        name: str,
        interval_minutes: int | str,
        round_minutes: int | str,
        approval: Approval | None = None,
    ) -> RouteRow:
        approver = require(actor, MANAGE_ROUTES, approval)
        errors: list[ValidationError] = []
        clean = collect(errors, lambda: clean_code(code, "route_code", max_chars=CODE_MAX_CHARS, required=True))
        label = collect(errors, lambda: clean_text(name, "route_name", max_chars=LOCATION_MAX_CHARS, required=True))
        interval = collect(
            errors,
            lambda: _minutes(interval_minutes, "interval_minutes", INTERVAL_MIN_MINUTES, INTERVAL_MAX_MINUTES),
        )
        duration = collect(errors, lambda: _minutes(round_minutes, "round_minutes", 5, INTERVAL_MAX_MINUTES))
        if interval is not None and duration is not None and duration > interval:
            errors.append(ValidationError("round_minutes", Rule.OUT_OF_RANGE, {"min": 5, "max": interval}))
        raise_all(errors)
        assert clean and label and interval and duration
        now = self._clock.now()
        with self._sessions.begin() as s:
            if s.execute(select(PatrolRoute.id).where(PatrolRoute.code == clean)).first():
                raise ValidationError("route_code", Rule.DUPLICATE)
            route = PatrolRoute(code=clean, name=label, interval_minutes=interval, round_minutes=duration, active=True)
            s.add(route)
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="patrol.route_added",
                record_kind="patrol_route",
                record_id=route.id,
                approver_id=approver,
                details={"interval": interval},
            )
            return _route_row(s, route)

    @changes(ChangeKind.PATROL)
    def add_checkpoint(
        self,
        actor: Actor,
        route_id: uuid.UUID,
        code: str,
        name: str,
        location: str = "",
        approval: Approval | None = None,
    ) -> RouteRow:
        approver = require(actor, MANAGE_ROUTES, approval)
        errors: list[ValidationError] = []
        clean = collect(errors, lambda: clean_code(code, "checkpoint_code", max_chars=CODE_MAX_CHARS, required=True))
        label = collect(
            errors, lambda: clean_text(name, "checkpoint_name", max_chars=LOCATION_MAX_CHARS, required=True)
        )
        place = collect(errors, lambda: clean_text(location, "location", max_chars=LOCATION_MAX_CHARS))
        raise_all(errors)
        now = self._clock.now()
        with self._sessions.begin() as s:
            route = _get_route(s, route_id)
            if s.execute(select(PatrolCheckpoint.id).where(PatrolCheckpoint.code == clean)).first():
                raise ValidationError("checkpoint_code", Rule.DUPLICATE)
            count, last = s.execute(
                select(func.count(), func.max(PatrolCheckpoint.position)).where(PatrolCheckpoint.route_id == route.id)
            ).one()
            if count >= MAX_CHECKPOINTS:
                raise Conflict("patrol", "too_many_checkpoints", {"max": MAX_CHECKPOINTS})
            point = PatrolCheckpoint(
                route_id=route.id, position=(last or 0) + 1, code=clean, name=label, location=place or "", active=True
            )
            s.add(point)
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="patrol.checkpoint_added",
                record_kind="patrol_checkpoint",
                record_id=point.id,
                approver_id=approver,
                details={"route": str(route.id)},
            )
            return _route_row(s, route)

    @changes(ChangeKind.PATROL)
    def set_checkpoint_active(
        self, actor: Actor, checkpoint_id: uuid.UUID, active: bool, approval: Approval | None = None
    ) -> RouteRow:
        approver = require(actor, MANAGE_ROUTES, approval)
        with self._sessions.begin() as s:
            point = s.get(PatrolCheckpoint, checkpoint_id)
            if point is None:
                raise NotFound("patrol_checkpoint", str(checkpoint_id))
            point.active = active
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="patrol.checkpoint_active",
                record_kind="patrol_checkpoint",
                record_id=point.id,
                approver_id=approver,
                details={"active": active},
            )
            return _route_row(s, _get_route(s, point.route_id))

    # -- rounds ------------------------------------------------------------------------------------
    @changes(ChangeKind.PATROL)
    def start_round(self, actor: Actor, route_id: uuid.UUID) -> RoundRow:
        require(actor, PATROL)
        desk_id = require_desk(actor)
        now = self._clock.now()
        with self._sessions.begin() as s:
            route = _get_route(s, route_id)
            if not route.active:
                raise Conflict("patrol", "route_inactive")
            if _open_round(s, desk_id, route.id) is not None:
                raise Conflict("patrol", "round_open")
            record = PatrolRound(
                route_id=route.id,
                desk_id=desk_id,
                shift_id=open_shift_id(s, desk_id),
                guard_id=actor.operator_id,
                started_at=now,
            )
            s.add(record)
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="patrol.round_started",
                record_kind="patrol",
                record_id=record.id,
                details={"route": str(route.id)},
            )
            return _round_row(s, record)

    @changes(ChangeKind.PATROL)
    def reach(
        self,
        actor: Actor,
        round_id: uuid.UUID,
        *,
        checkpoint_id: uuid.UUID | None = None,
        scanned_code: str | None = None,
        anomaly: str = "",
    ) -> RoundRow:
        """Record a checkpoint reached now: ticked on the list (``checkpoint_id``) or scanned."""
        require(actor, PATROL)
        note = clean_text(anomaly, "anomaly", max_chars=TEXT_MAX_CHARS, multiline=True)
        method = CheckMethod.TICK if scanned_code is None else CheckMethod.SCAN
        now = self._clock.now()
        with self._sessions.begin() as s:
            record = _get_round(s, round_id)
            if record.finished_at is not None:
                raise Conflict("patrol", "round_finished")
            point = _find_checkpoint(s, checkpoint_id, scanned_code)
            if point.route_id != record.route_id:
                raise Conflict("patrol", "wrong_route", {"code": point.code})
            if not point.active:
                raise Conflict("patrol", "checkpoint_inactive", {"code": point.code})
            done = s.execute(
                select(PatrolVisit.id).where(PatrolVisit.round_id == record.id, PatrolVisit.checkpoint_id == point.id)
            ).first()
            if done is not None:
                raise Conflict("patrol", "already_reached", {"code": point.code})
            visit = PatrolVisit(round_id=record.id, checkpoint_id=point.id, at=now, method=method.value, anomaly=note)
            s.add(visit)
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="patrol.checkpoint_reached",
                record_kind="patrol",
                record_id=record.id,
                details={"checkpoint": point.code, "method": method.value, "anomaly": bool(note)},
            )
            return _round_row(s, record)

    @changes(ChangeKind.PATROL)
    def finish_round(self, actor: Actor, round_id: uuid.UUID) -> RoundRow:
        require(actor, PATROL)
        now = self._clock.now()
        with self._sessions.begin() as s:
            record = _get_round(s, round_id)
            if record.finished_at is not None:
                raise Conflict("patrol", "round_finished")
            record.finished_at = now
            row = _round_row(s, record)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="patrol.round_finished",
                record_kind="patrol",
                record_id=record.id,
                details={"reached": row.reached_count, "missed": len(row.missed)},
            )
            return row

    def get_round(self, round_id: uuid.UUID) -> RoundRow:
        with self._sessions.read() as s:
            return _round_row(s, _get_round(s, round_id))

    def open_round(self, desk_id: uuid.UUID, route_id: uuid.UUID | None = None) -> RoundRow | None:
        with self._sessions.read() as s:
            record = _open_round(s, desk_id, route_id)
            return None if record is None else _round_row(s, record)

    def rounds(self, desk_id: uuid.UUID, since: datetime, limit: int = 50) -> list[RoundRow]:
        with self._sessions.read() as s:
            records = s.execute(
                select(PatrolRound)
                .where(PatrolRound.desk_id == desk_id, PatrolRound.started_at >= since)
                .order_by(PatrolRound.started_at.desc())
                .limit(limit)
            ).scalars()
            return [_round_row(s, r) for r in records]

    # -- missed and late ----------------------------------------------------------------------------
    def windows(self, desk_id: uuid.UUID, since: datetime, now: datetime | None = None) -> list[CheckpointWindowRow]:
        """Every active checkpoint in every due window from ``since`` (the shift start) to now."""
        moment = now or self._clock.now()
        with self._sessions.read() as s:
            routes = [r for r in _routes(s, False) if r.checkpoints]
            visits = _visits_between(s, desk_id, since, moment)
        return list(_window_rows(routes, visits, since, moment))


class PatrolSource:
    """Handover source: checkpoints missed in this shift, one item per checkpoint.

    Patrols are walked from the guard booths; a reception desk hands over no patrol items
    (``patrols_desk`` says which desks patrol).
    """

    def __init__(self, patrols: PatrolService, patrols_desk: Callable[[uuid.UUID], bool] = lambda _desk: True) -> None:
        self._patrols = patrols
        self._patrols_desk = patrols_desk

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        if not self._patrols_desk(desk_id):
            return []
        missed: dict[uuid.UUID, list[CheckpointWindowRow]] = {}
        late: dict[uuid.UUID, int] = {}
        for row in self._patrols.windows(desk_id, shift_started_at, now):
            if row.state is CheckpointState.MISSED:
                missed.setdefault(row.checkpoint.id, []).append(row)
            elif row.state is CheckpointState.LATE:
                late[row.checkpoint.id] = late.get(row.checkpoint.id, 0) + 1
        items = []
        for rows in missed.values():
            first = rows[0]
            items.append(
                HandoverItem(
                    kind=HandoverItemKind.PATROL_MISSED,
                    ref_kind="patrol_checkpoint",
                    ref_id=str(first.checkpoint.id),
                    subject=f"{first.checkpoint.code} {first.checkpoint.name}",
                    place=first.checkpoint.location,
                    since=first.window_start,
                    due=rows[-1].window_end,
                    severity=Severity.WARNING,
                    facts=(("route", first.route_name), ("missed", str(len(rows))))
                    + ((("late", str(late[first.checkpoint.id])),) if first.checkpoint.id in late else ()),
                )
            )
        return items


def _window_rows(
    routes: list[RouteRow], visits: dict[uuid.UUID, list[datetime]], since: datetime, now: datetime
) -> Iterable[CheckpointWindowRow]:
    for route in routes:
        interval = timedelta(minutes=route.interval_minutes)
        on_time = timedelta(minutes=route.round_minutes)
        start = since
        while start < now:
            end = start + interval
            for point in route.checkpoints:
                if not point.active:
                    continue
                reached = next((t for t in visits.get(point.id, ()) if start <= t < end), None)
                if reached is not None:
                    state = CheckpointState.REACHED if reached - start <= on_time else CheckpointState.LATE
                else:
                    state = CheckpointState.MISSED if end <= now else CheckpointState.PENDING
                yield CheckpointWindowRow(route.id, route.name, point, start, end, state, reached)
            start = end


def _visits_between(s: Session, desk_id: uuid.UUID, since: datetime, now: datetime) -> dict[uuid.UUID, list[datetime]]:
    query = (
        select(PatrolVisit.checkpoint_id, PatrolVisit.at)
        .join(PatrolRound, PatrolRound.id == PatrolVisit.round_id)
        .where(
            PatrolRound.desk_id == desk_id,
            PatrolRound.started_at >= since - ROUND_LOOKBACK,
            PatrolRound.started_at <= now,
            PatrolVisit.at >= since,
            PatrolVisit.at <= now,
        )
        .order_by(PatrolVisit.at)
    )
    out: dict[uuid.UUID, list[datetime]] = {}
    for checkpoint_id, at in s.execute(query):
        out.setdefault(checkpoint_id, []).append(at)
    return out


def _minutes(value: int | str, field: str, low: int, high: int) -> int:
    try:
        return int_range(field, low, high)(value)
    except ValidationError as error:
        raise ValidationError(field, error.rule, error.params) from error


def _get_route(s: Session, route_id: uuid.UUID) -> PatrolRoute:
    route = s.get(PatrolRoute, route_id)
    if route is None:
        raise NotFound("patrol_route", str(route_id))
    return route


def _get_round(s: Session, round_id: uuid.UUID) -> PatrolRound:
    record = s.get(PatrolRound, round_id)
    if record is None:
        raise NotFound("patrol", str(round_id))
    return record


def _find_checkpoint(s: Session, checkpoint_id: uuid.UUID | None, code: str | None) -> PatrolCheckpoint:
    if code is not None:
        clean = clean_code(code, "code", max_chars=CODE_MAX_CHARS, required=True)
        point = s.execute(select(PatrolCheckpoint).where(PatrolCheckpoint.code == clean)).scalar_one_or_none()
        if point is None:
            raise ValidationError("code", "unknown_checkpoint", {"code": clean})
        return point
    point = s.get(PatrolCheckpoint, checkpoint_id) if checkpoint_id is not None else None
    if point is None:
        raise NotFound("patrol_checkpoint", str(checkpoint_id))
    return point


def _open_round(s: Session, desk_id: uuid.UUID, route_id: uuid.UUID | None) -> PatrolRound | None:
    query = select(PatrolRound).where(PatrolRound.desk_id == desk_id, PatrolRound.finished_at.is_(None))
    if route_id is not None:
        query = query.where(PatrolRound.route_id == route_id)
    return s.execute(query.order_by(PatrolRound.started_at.desc())).scalars().first()


def _checkpoints(s: Session, route_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[CheckpointRow]]:
    out: dict[uuid.UUID, list[CheckpointRow]] = {}
    if not route_ids:
        return out
    for p in s.execute(
        select(PatrolCheckpoint)
        .where(PatrolCheckpoint.route_id.in_(route_ids))
        .order_by(PatrolCheckpoint.route_id, PatrolCheckpoint.position)
    ).scalars():
        out.setdefault(p.route_id, []).append(
            CheckpointRow(p.id, p.route_id, p.position, p.code, p.name, p.location, p.active)
        )
    return out


def _routes(s: Session, include_inactive: bool) -> list[RouteRow]:
    query = select(PatrolRoute).order_by(PatrolRoute.code)
    if not include_inactive:
        query = query.where(PatrolRoute.active.is_(True))
    routes = list(s.execute(query).scalars())
    points = _checkpoints(s, [r.id for r in routes])
    return [
        RouteRow(r.id, r.code, r.name, r.interval_minutes, r.round_minutes, r.active, tuple(points.get(r.id, [])))
        for r in routes
    ]


def _route_row(s: Session, route: PatrolRoute) -> RouteRow:
    points = _checkpoints(s, [route.id]).get(route.id, [])
    return RouteRow(
        route.id, route.code, route.name, route.interval_minutes, route.round_minutes, route.active, tuple(points)
    )


def _round_row(s: Session, record: PatrolRound) -> RoundRow:
    route = _get_route(s, record.route_id)
    points = _checkpoints(s, [route.id]).get(route.id, [])
    visits = {
        v.checkpoint_id: v for v in s.execute(select(PatrolVisit).where(PatrolVisit.round_id == record.id)).scalars()
    }
    rows = []
    for point in points:
        visit = visits.get(point.id)
        if visit is None:
            if point.active:
                rows.append(RoundCheckpointRow(point))
            continue
        rows.append(RoundCheckpointRow(point, visit.id, visit.at, CheckMethod(visit.method), visit.anomaly))
    names = operator_names(s, {record.guard_id})
    return RoundRow(
        record.id,
        route.id,
        route.name,
        record.desk_id,
        names.get(record.guard_id, ""),
        record.started_at,
        record.finished_at,
        tuple(rows),
    )
