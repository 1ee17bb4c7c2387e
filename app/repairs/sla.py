"""SLA clocks of one work order: due times, working time used, state and breaches.

``compute_status`` is pure: give it the work order's whole history, its target, the calendar the
target runs on and ``now``; it returns a frozen ``SlaStatus``. Nothing is stored, so due times are
recomputed on every transition simply by calling it again. Readings (see ``docs/sla.md``):

* Both clocks run from creation on working time. The response clock stops at ``responded_at``
  (dispatch or first contact; a job resolved without one counts as answered then), the
  resolution clock at ``resolved_at``.
* A pause (on hold: waiting for the resident, parts, a quote) stops every clock still running,
  the response clock included when it comes first. The due time moves by the working time inside
  the pause; an open pause lasts until ``now``, so the remaining time stays frozen.
* A clock is breached when ``now`` (or its stop) is after its due time: at exactly the due time
  it is still on time. It is at risk once less than ``max(20 % of target, 30 min)`` remains.
* Events after ``now`` have not happened yet: the status is the one as of ``now``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.errors import Rule, ValidationError
from app.repairs.calendar import ZERO, Calendar, CalendarKind, as_utc, calendar_for
from app.repairs.sla_policy import DEFAULT_POLICY, Priority, SlaPolicy, SlaTarget, WorkKind

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_RISK",
    "CalendarKind",
    "ClockState",
    "ClockStatus",
    "Countdown",
    "HistoryRule",
    "Pause",
    "Priority",
    "RiskRule",
    "SlaClock",
    "SlaHistory",
    "SlaPolicy",
    "SlaStatus",
    "SlaTarget",
    "WorkKind",
    "calendar_for",
    "compute_status",
    "countdown",
    "next_due",
]

AT_RISK_FRACTION = 0.2
AT_RISK_FLOOR = timedelta(minutes=30)


class SlaClock(StrEnum):
    RESPONSE = "response"
    RESOLUTION = "resolution"


class ClockState(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"  # past due while running, or stopped late
    MET = "met"  # stopped on time
    PAUSED = "paused"  # running clock on hold (not yet breached)


class HistoryRule(StrEnum):
    BEFORE_CREATED = "before_created"
    ENDS_BEFORE_START = "ends_before_start"
    OVERLAPPING_PAUSES = "overlapping_pauses"
    OPEN_PAUSE_NOT_LAST = "open_pause_not_last"
    AFTER_RESOLVED = "after_resolved"


@dataclass(frozen=True, slots=True)
class RiskRule:
    """A running clock is at risk once less than ``max(fraction × target, floor)`` remains."""

    fraction: float = AT_RISK_FRACTION
    floor: timedelta = AT_RISK_FLOOR

    def __post_init__(self) -> None:
        if not 0.0 <= self.fraction <= 1.0:
            raise ValidationError("at_risk_fraction", Rule.OUT_OF_RANGE, {"min": 0, "max": 1})
        if self.floor < ZERO:
            raise ValidationError("at_risk_floor", Rule.OUT_OF_RANGE, {"min": 0})

    def threshold(self, target: timedelta) -> timedelta:
        return max(target * self.fraction, self.floor)


DEFAULT_RISK = RiskRule()


@dataclass(frozen=True, slots=True)
class Pause:
    """An on-hold interval; ``end`` is ``None`` while the work order is still on hold."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True, slots=True)
class SlaHistory:
    created_at: datetime
    responded_at: datetime | None = None
    resolved_at: datetime | None = None
    pauses: Sequence[Pause] = ()


@dataclass(frozen=True, slots=True)
class ClockStatus:
    clock: SlaClock
    target: timedelta
    due: datetime
    at_risk_from: datetime  # the clock is at risk when now is after this instant
    stopped_at: datetime | None  # response / resolution instant, if it happened by now
    elapsed: timedelta  # working time used, pauses excluded (up to stop or now)
    remaining: timedelta  # target - elapsed: signed working time, negative when overrun
    state: ClockState

    @property
    def breached(self) -> bool:
        return self.state is ClockState.BREACHED

    @property
    def running(self) -> bool:
        return self.stopped_at is None


@dataclass(frozen=True, slots=True)
class SlaStatus:
    now: datetime
    response: ClockStatus | None  # None: the target has no response clock
    resolution: ClockStatus | None
    paused: bool  # on hold at ``now``
    paused_time: timedelta  # working time on hold, up to resolution or now
    elapsed: timedelta  # working time since creation excluding pauses, up to resolution or now

    @property
    def response_due(self) -> datetime | None:
        return None if self.response is None else self.response.due

    @property
    def resolution_due(self) -> datetime | None:
        return None if self.resolution is None else self.resolution.due

    @property
    def breached(self) -> bool:
        return any(c.breached for c in (self.response, self.resolution) if c is not None)

    @property
    def remaining(self) -> timedelta | None:
        """Working time left on the next open deadline (signed), ``None`` when none is open."""
        clock = next_due(self)
        return None if clock is None else clock.remaining


@dataclass(frozen=True, slots=True)
class Countdown:
    """What the queue shows for a work order: the nearest open deadline at a given instant."""

    clock: SlaClock
    due: datetime
    remaining: timedelta  # wall-clock time until due, negative when overdue; frozen while on hold
    state: ClockState  # OK, AT_RISK, BREACHED or PAUSED


def compute_status(
    history: SlaHistory,
    target: SlaTarget,
    calendar: Calendar,
    now: datetime,
    risk: RiskRule = DEFAULT_RISK,
) -> SlaStatus:
    created, responded, resolved, pauses = _validated(history)
    now = max(as_utc(now), created)
    resolved = resolved if resolved is not None and resolved <= now else None
    responded = responded if responded is not None and responded <= now else resolved
    on_hold = resolved is None and any(s <= now and (e is None or e > now) for s, e in pauses)
    clocks = [
        _clock(clock, limit, stop, created, pauses, on_hold, calendar, now, risk)
        for clock, limit, stop in (
            (SlaClock.RESPONSE, target.response, responded),
            (SlaClock.RESOLUTION, target.resolution, resolved),
        )
    ]
    horizon = resolved or now
    held = _held(pauses, horizon, now)
    paused_time = sum((calendar.working_time_between(s, e) for s, e in held), ZERO)
    return SlaStatus(
        now=now,
        response=clocks[0],
        resolution=clocks[1],
        paused=on_hold,
        paused_time=paused_time,
        elapsed=calendar.working_time_between(created, horizon) - paused_time,
    )


def next_due(status: SlaStatus) -> ClockStatus | None:
    """The running clock whose due time comes first (overdue ones included), if any."""
    running = [c for c in (status.response, status.resolution) if c is not None and c.running]
    return min(running, key=lambda c: c.due, default=None)


def countdown(status: SlaStatus, now: datetime) -> Countdown | None:
    """The live countdown at ``now`` (the queue ticks it between recomputations of ``status``).

    While running, ``remaining = due - now`` in wall-clock time. While on hold the due time moves
    with ``now``, so the countdown stays at its value when ``status`` was computed.
    """
    clock = next_due(status)
    if clock is None:
        return None
    now = as_utc(now)
    if clock.state is ClockState.PAUSED:
        return Countdown(clock.clock, clock.due, clock.due - status.now, ClockState.PAUSED)
    return Countdown(clock.clock, clock.due, clock.due - now, _running_state(clock, now))


# -- internals

_Held = list[tuple[datetime, datetime | None]]


def _clock(
    clock: SlaClock,
    limit: timedelta | None,
    stop: datetime | None,
    created: datetime,
    pauses: _Held,
    on_hold: bool,
    calendar: Calendar,
    now: datetime,
    risk: RiskRule,
) -> ClockStatus | None:
    if limit is None:
        return None
    held = _held(pauses, stop or now, now)
    due = _due(calendar, created, limit, held)
    at_risk_from = _due(calendar, created, max(limit - risk.threshold(limit), ZERO), held)
    elapsed = calendar.working_time_between(created, stop or now) - sum(
        (calendar.working_time_between(s, e) for s, e in held), ZERO
    )
    if stop is not None:
        state = ClockState.MET if stop <= due else ClockState.BREACHED
    elif now > due:
        state = ClockState.BREACHED
    elif on_hold:
        state = ClockState.PAUSED
    else:
        state = ClockState.AT_RISK if now > at_risk_from else ClockState.OK
    return ClockStatus(clock, limit, due, at_risk_from, stop, elapsed, limit - elapsed, state)


def _running_state(clock: ClockStatus, now: datetime) -> ClockState:
    if now > clock.due:
        return ClockState.BREACHED
    return ClockState.AT_RISK if now > clock.at_risk_from else ClockState.OK


def _held(pauses: _Held, horizon: datetime, now: datetime) -> list[tuple[datetime, datetime]]:
    """Pauses up to ``horizon`` (a clock's stop, or now), an open one ending there."""
    return [(s, min(e or now, horizon)) for s, e in pauses if s <= horizon]


def _due(calendar: Calendar, created: datetime, limit: timedelta, held: list[tuple[datetime, datetime]]) -> datetime:
    """The earliest instant by which ``limit`` of unpaused working time has run since creation.

    A pause counts only if it starts at or before the due time it would otherwise have: a clock
    paused at the very instant it falls due is on hold, not breached.
    """
    cursor, left = created, limit
    for start, end in held:
        candidate = calendar.add_working_time(cursor, left)
        if candidate < start:
            return candidate
        left -= calendar.working_time_between(cursor, start)
        cursor = end
    return calendar.add_working_time(cursor, left)


def _validated(
    history: SlaHistory,
) -> tuple[datetime, datetime | None, datetime | None, _Held]:
    """UTC instants, pauses sorted; contradictions raise ``ValidationError``. A pause still open,
    or running past the resolution, ends at the resolution."""
    created = as_utc(history.created_at)
    responded = None if history.responded_at is None else as_utc(history.responded_at)
    resolved = None if history.resolved_at is None else as_utc(history.resolved_at)
    for name, instant in (("responded_at", responded), ("resolved_at", resolved)):
        if instant is not None and instant < created:
            raise ValidationError(name, HistoryRule.BEFORE_CREATED)
    if responded is not None and resolved is not None and responded > resolved:
        raise ValidationError("responded_at", HistoryRule.AFTER_RESOLVED)
    order = sorted(range(len(history.pauses)), key=lambda i: as_utc(history.pauses[i].start))
    pauses: _Held = []
    for position, index in enumerate(order):
        pause = history.pauses[index]
        start = as_utc(pause.start)
        end = None if pause.end is None else as_utc(pause.end)
        problem = None
        if start < created:
            problem = HistoryRule.BEFORE_CREATED
        elif end is not None and end < start:
            problem = HistoryRule.ENDS_BEFORE_START
        elif pauses and (pauses[-1][1] is None or start < pauses[-1][1]):
            problem = HistoryRule.OVERLAPPING_PAUSES
        elif end is None and position != len(order) - 1:
            problem = HistoryRule.OPEN_PAUSE_NOT_LAST
        elif resolved is not None and start > resolved:
            problem = HistoryRule.AFTER_RESOLVED
        if problem is not None:
            raise ValidationError("pauses", problem, {"index": index})
        if resolved is not None and (end is None or end > resolved):
            end = resolved
        pauses.append((start, end))
    return created, responded, resolved, pauses
