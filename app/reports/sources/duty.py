"""What the duty area contributes to the reports (``DailyReportSource``, ``MonthlyKpiSource``).

* **Daily** (at the chosen desk, or every desk): incidents — each one an exception, as severe as the
  incident — refused and queried handover items as exceptions (with the comment and who handed over
  to whom), checkpoints missed on patrol (one exception per checkpoint, with how many times), and the
  counts of log entries, patrol rounds, incidents and handovers of the day.
* **Monthly**: incidents by severity, checkpoints missed, handovers refused.

Missed checkpoints are counted exactly as the handover counts them (``PatrolService.windows`` over each
shift), for the shifts worked at guard booths: a reception desk does not patrol. A checkpoint belongs
to the day its due window ended in.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.duty.common import Acknowledgement, CheckpointState, IncidentSeverity, operator_names
from app.duty.patrols import CheckpointWindowRow, PatrolService
from app.reports.facts import (
    CountFact,
    DailySection,
    ExceptionFact,
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MonthSection,
)
from app.reports.sources.common import excerpt
from app.severity import Severity, of_incident
from app.site import DeskKind
from app.storage import Sessions
from db.models.core import Desk, Shift
from db.models.duty import DutyLogEntry, Handover, HandoverLine, Incident, PatrolRound

NOTE_MAX_CHARS = 80
SEVERITY_INDICATORS: dict[str, Indicator] = {
    IncidentSeverity.CRITICAL: Indicator.INCIDENTS_CRITICAL,
    IncidentSeverity.HIGH: Indicator.INCIDENTS_HIGH,
    IncidentSeverity.MEDIUM: Indicator.INCIDENTS_MEDIUM,
    IncidentSeverity.LOW: Indicator.INCIDENTS_LOW,
}
SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])
FLAGGED_ACKS = (Acknowledgement.REFUSED.value, Acknowledgement.QUERIED.value)


class DutyReportSource:
    """Reads the duty log, patrols, incidents and handovers for the daily and monthly reports."""

    def __init__(self, sessions: Sessions, clock: Clock, patrols: PatrolService) -> None:
        self._sessions = sessions
        self._clock = clock
        self._patrols = patrols

    # ---- daily ----------------------------------------------------------------------------------
    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        with self._sessions.read() as s:
            log_entries = s.execute(
                _at_desk(
                    select(func.count())
                    .select_from(DutyLogEntry)
                    .where(DutyLogEntry.at >= day_start, DutyLogEntry.at < day_end, DutyLogEntry.amends_id.is_(None)),
                    DutyLogEntry.desk_id,
                    desk_id,
                )
            ).scalar_one()
            rounds = s.execute(
                _at_desk(
                    select(func.count())
                    .select_from(PatrolRound)
                    .where(PatrolRound.started_at >= day_start, PatrolRound.started_at < day_end),
                    PatrolRound.desk_id,
                    desk_id,
                )
            ).scalar_one()
            handovers = s.execute(
                _at_desk(
                    select(func.count()).select_from(Handover).where(_handed_over_in(day_start, day_end)),
                    Handover.desk_id,
                    desk_id,
                )
            ).scalar_one()
            incidents = self._incidents(s, day_start, day_end, desk_id)
            flagged = self._flagged_items(s, day_start, day_end, desk_id)
        missed = self._missed(day_start, day_end, desk_id)
        refused = {f.ref for f in flagged if f.kind is ExceptionKind.HANDOVER_REFUSED}
        counts = (
            CountFact(Module.DUTY, Metric.LOG_ENTRIES, int(log_entries)),
            CountFact(Module.DUTY, Metric.PATROL_ROUNDS, int(rounds)),
            CountFact(Module.DUTY, Metric.PATROL_MISSED, len(missed)),
            CountFact(Module.DUTY, Metric.INCIDENTS, len(incidents)),
            CountFact(Module.DUTY, Metric.HANDOVERS, int(handovers)),
            CountFact(Module.DUTY, Metric.HANDOVERS_REFUSED, len(refused)),
            CountFact(
                Module.DUTY, Metric.HANDOVERS_QUERIED, sum(f.kind is ExceptionKind.HANDOVER_QUERIED for f in flagged)
            ),
        )
        return DailySection(Module.DUTY, exceptions=(*incidents, *flagged, *_missed_exceptions(missed)), counts=counts)

    @staticmethod
    def _incidents(s: Session, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> list[ExceptionFact]:
        query = _at_desk(
            select(Incident).where(Incident.occurred_at >= start, Incident.occurred_at < end),
            Incident.desk_id,
            desk_id,
        )
        return [
            ExceptionFact(
                ExceptionKind.INCIDENT,
                of_incident(i.severity, i.category),
                i.occurred_at,
                i.number,
                i.location,
                note=excerpt(i.summary, NOTE_MAX_CHARS),
                ref=str(i.id),
            )
            for i in s.execute(query.order_by(Incident.occurred_at)).scalars()
        ]

    @staticmethod
    def _flagged_items(s: Session, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> list[ExceptionFact]:
        """Handover items the incoming guard refused or queried that day. ``ref`` is the handover."""
        query = _at_desk(
            select(HandoverLine, Handover.id, Handover.outgoing_id, HandoverLine.ack_by_id)
            .join(Handover, Handover.id == HandoverLine.handover_id)
            .where(HandoverLine.ack.in_(FLAGGED_ACKS), HandoverLine.ack_at >= start, HandoverLine.ack_at < end)
            .order_by(HandoverLine.ack_at, HandoverLine.position),
            Handover.desk_id,
            desk_id,
        )
        rows = s.execute(query).all()
        people: set[uuid.UUID | None] = set()
        for _line, _handover, outgoing_id, incoming_id in rows:
            people.update((outgoing_id, incoming_id))
        names = operator_names(s, people)
        facts = []
        for line, handover_id, outgoing, incoming in rows:
            refused = line.ack == Acknowledgement.REFUSED.value
            who = f"{names.get(outgoing, '')} → {names.get(incoming, '') if incoming else ''}"
            facts.append(
                ExceptionFact(
                    ExceptionKind.HANDOVER_REFUSED if refused else ExceptionKind.HANDOVER_QUERIED,
                    Severity.URGENT if refused else Severity.WARNING,
                    line.ack_at,
                    line.subject,
                    line.place,
                    note=f"{who}: {excerpt(line.ack_comment, NOTE_MAX_CHARS)}",
                    ref=str(handover_id),
                )
            )
        return facts

    def _missed(
        self, start: datetime, end: datetime, desk_id: uuid.UUID | None
    ) -> list[tuple[uuid.UUID, CheckpointWindowRow]]:
        """(desk, window) of the checkpoints missed in the booth shifts overlapping ``[start, end)``,
        whose window ended in it."""
        now = self._clock.now()
        until = min(now, end)
        query = _at_desk(
            select(Shift.desk_id, Shift.started_at, Shift.ended_at)
            .join(Desk, Desk.id == Shift.desk_id)
            .where(
                Desk.kind == DeskKind.BOOTH.value,
                Shift.started_at < until,
                or_(Shift.ended_at.is_(None), Shift.ended_at > start),
            )
            .order_by(Shift.started_at),
            Shift.desk_id,
            desk_id,
        )
        with self._sessions.read() as s:
            shifts = s.execute(query).all()
        missed = []
        for desk, started, ended in shifts:
            stop = min(ended or now, now)
            for row in self._patrols.windows(desk, started, stop):
                if row.state is CheckpointState.MISSED and start < row.window_end <= end:
                    missed.append((desk, row))
        return missed

    # ---- monthly --------------------------------------------------------------------------------
    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        with self._sessions.read() as s:
            by_severity: Counter[str] = Counter()
            for severity, n in s.execute(
                select(Incident.severity, func.count())
                .where(Incident.occurred_at >= start, Incident.occurred_at < end)
                .group_by(Incident.severity)
            ):
                by_severity[severity] += n
            refused = s.execute(
                select(func.count(func.distinct(HandoverLine.handover_id))).where(
                    HandoverLine.ack == Acknowledgement.REFUSED.value,
                    HandoverLine.ack_at >= start,
                    HandoverLine.ack_at < end,
                )
            ).scalar_one()
        missed = self._missed(start, end, None)
        values: list[tuple[Indicator, float | None]] = [(Indicator.INCIDENTS, float(sum(by_severity.values())))]
        values += [(indicator, float(by_severity.get(code, 0))) for code, indicator in SEVERITY_INDICATORS.items()]
        values += [(Indicator.PATROL_MISSED, float(len(missed))), (Indicator.HANDOVERS_REFUSED, float(refused))]
        return MonthSection(Module.DUTY, values=tuple(values))


def _at_desk(query: SelectT, column: Any, desk_id: uuid.UUID | None) -> SelectT:
    return query if desk_id is None else query.where(column == desk_id)


def _handed_over_in(start: datetime, end: datetime) -> Any:
    """A handover belongs to the day it was signed (or, never signed, closed by a supervisor)."""
    moment = func.coalesce(Handover.signed_at, Handover.closed_at)
    return and_(moment >= start, moment < end)


def _missed_exceptions(missed: Iterable[tuple[uuid.UUID, CheckpointWindowRow]]) -> list[ExceptionFact]:
    """One exception per missed round at a checkpoint, with that round's own window (the count of
    missed checkpoints in the summary is the number of these rows)."""
    return [
        ExceptionFact(
            ExceptionKind.PATROL_MISSED,
            Severity.WARNING,
            row.window_start,
            f"{row.checkpoint.code} {row.checkpoint.name}",
            row.checkpoint.location,
            due=row.window_end,
            note=row.route_name,
            ref=str(row.checkpoint.id),
        )
        for _desk, row in sorted(missed, key=lambda pair: (pair[1].window_start, pair[1].checkpoint.code))
    ]
