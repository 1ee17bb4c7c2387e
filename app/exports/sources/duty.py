"""The duty area's lists as export sources: the duty log, incidents and handovers.

Each reads a period (``[start, end)`` of when the entry happened, the incident occurred, the handover
was compiled), a desk and a search text, page by page in time order (keyset pages: constant cost
per page however long the history). Codes are worded by the export service (``code.<column>.<value>``).

* Duty log: one row per entry with its current text; an amended entry also shows its original text
  and the latest amendment (who, when, why) — the record stays append-only, the sheet shows both.
* Incidents: one row per incident with when each kind of party was first told.
* Handovers: one row per handover with how many items were accepted, queried and refused.

Option keys: ``kind`` (log: a ``LogKind``), ``status`` (incidents: an ``IncidentStatus``, or ``open``
for not closed; handovers: a ``HandoverStatus``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import aliased

from app.duty.common import (
    Acknowledgement,
    HandoverStatus,
    IncidentEventKind,
    IncidentStatus,
    LogKind,
    NotifiedParty,
)
from app.duty.incidents import IncidentService
from app.errors import Rule, ValidationError
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.xlsx import CellKind
from app.storage import Sessions
from db.models.core import Desk, Operator, Shift
from db.models.duty import DutyLogEntry, Handover, HandoverLine, Incident, IncidentEvent

PAGE_ROWS = 2000
SEARCH_MAX_CHARS = 60
OPEN = "open"  # incidents: every status but closed
AnySelect = Select[*tuple[Any, ...]]
SelectT = TypeVar("SelectT", bound=AnySelect)

LOG_COLUMNS = (
    ExportColumn("at", "Time", CellKind.DATETIME, 17),
    ExportColumn("desk", "Desk", width=12),
    ExportColumn("log_kind", "Kind", width=12, coded=True),
    ExportColumn("location", "Location", width=14),
    ExportColumn("text", "Entry", width=50),
    ExportColumn("author", "Written by", width=12),
    ExportColumn("written", "Written at", CellKind.DATETIME, 17),
    ExportColumn("until", "Pass on until", CellKind.DATETIME, 17),
    ExportColumn("amended", "Amended at", CellKind.DATETIME, 17),
    ExportColumn("amended_by", "Amended by", width=12),
    ExportColumn("reason", "Reason for the amendment", width=24),
    ExportColumn("original", "Original text", width=40),
)
INCIDENT_COLUMNS = (
    ExportColumn("number", "No.", width=16),
    ExportColumn("occurred", "Occurred at", CellKind.DATETIME, 17),
    ExportColumn("desk", "Desk", width=12),
    ExportColumn("reporter", "Reported by", width=12),
    ExportColumn("incident_category", "Category", width=14, coded=True),
    ExportColumn("incident_severity", "Severity", width=9, coded=True),
    ExportColumn("location", "Location", width=14),
    ExportColumn("summary", "What happened", width=30),
    ExportColumn("people", "People involved", width=24),
    ExportColumn("actions", "Actions taken", width=30),
    ExportColumn("incident_status", "Status", width=10, coded=True),
    ExportColumn("closed", "Closed at", CellKind.DATETIME, 17),
    *(
        ExportColumn(f"told_{party.value}", title, CellKind.DATETIME, 17)
        for party, title in (
            (NotifiedParty.POLICE, "Police told at"),
            (NotifiedParty.FIRE, "Fire services told at"),
            (NotifiedParty.AMBULANCE, "Ambulance called at"),
            (NotifiedParty.SUPERVISOR, "Supervisor told at"),
            (NotifiedParty.RESIDENT, "Resident told at"),
            (NotifiedParty.MANAGEMENT, "Management told at"),
            (NotifiedParty.OTHER, "Others told at"),
        )
    ),
)
HANDOVER_COLUMNS = (
    ExportColumn("compiled", "Compiled at", CellKind.DATETIME, 17),
    ExportColumn("desk", "Desk", width=12),
    ExportColumn("pattern", "Shift", width=10, coded=True),
    ExportColumn("shift_started", "Shift started", CellKind.DATETIME, 17),
    ExportColumn("outgoing", "Handed over by", width=12),
    ExportColumn("incoming", "Taken over by", width=12),
    ExportColumn("handover_status", "Status", width=12, coded=True),
    ExportColumn("signed", "Signed at", CellKind.DATETIME, 17),
    ExportColumn("items", "Items", CellKind.NUMBER, 7),
    ExportColumn("accepted", "Accepted", CellKind.NUMBER, 9),
    ExportColumn("queried", "Queried", CellKind.NUMBER, 8),
    ExportColumn("refused", "Refused", CellKind.NUMBER, 8),
    ExportColumn("note", "Note", width=30),
    ExportColumn("closed_by", "Closed by", width=12),
    ExportColumn("closed", "Closed at", CellKind.DATETIME, 17),
    ExportColumn("close_reason", "Reason for closing", width=24),
)


def _pattern(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere (its own % and _ taken literally)."""
    needle = " ".join(text.split())[:SEARCH_MAX_CHARS]
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _option(flt: ExportFilter, key: str, allowed: Sequence[str]) -> str | None:
    unknown = set(flt.options) - {key}
    if unknown:
        raise ValidationError("options", Rule.CHOICE, {"value": sorted(unknown)[0]})
    value = flt.options.get(key) or None
    if value is not None and value not in allowed:
        raise ValidationError(key, Rule.CHOICE, {"value": value})
    return value


def _period(query: SelectT, flt: ExportFilter, moment: Any, desk: Any) -> SelectT:
    if flt.start is not None:
        query = query.where(moment >= flt.start)
    if flt.end is not None:
        query = query.where(moment < flt.end)
    if flt.desk_id is not None:
        query = query.where(desk == flt.desk_id)
    return query


def _pages(
    sessions: Sessions, query: AnySelect, moment: Any, ident: Any, key: Callable[[Any], tuple[datetime, uuid.UUID]]
) -> Iterator[list[Any]]:
    """``query`` in (``moment``, ``ident``) order, one keyset page of rows at a time."""
    ordered = query.order_by(moment, ident).limit(PAGE_ROWS)
    after: tuple[datetime, uuid.UUID] | None = None
    while True:
        page_query = ordered
        if after is not None:
            page_query = ordered.where(or_(moment > after[0], and_(moment == after[0], ident > after[1])))
        with sessions.read() as s:
            page = list(s.execute(page_query))
        if page:
            yield page
        if len(page) < PAGE_ROWS:
            return
        after = key(page[-1])


def _count(sessions: Sessions, query: AnySelect) -> int:
    with sessions.read() as s:
        return int(s.execute(select(func.count()).select_from(query.subquery())).scalar_one())


class DutyLogExportSource:
    kind = ExportKind.LOG

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def columns(self) -> Sequence[ExportColumn]:
        return LOG_COLUMNS

    def _query(self, flt: ExportFilter) -> AnySelect:
        kind = _option(flt, "kind", tuple(LogKind))
        query = (
            select(DutyLogEntry, Desk.name, Operator.display_name)
            .join(Desk, Desk.id == DutyLogEntry.desk_id)
            .join(Operator, Operator.id == DutyLogEntry.author_id)
            .where(DutyLogEntry.amends_id.is_(None))
        )
        query = _period(query, flt, DutyLogEntry.at, DutyLogEntry.desk_id)
        if kind is not None:
            query = query.where(DutyLogEntry.kind == kind)
        if flt.text.strip():
            pattern = _pattern(flt.text)
            amendment = aliased(DutyLogEntry)
            amended = select(amendment.amends_id).where(
                amendment.amends_id.is_not(None), amendment.text.ilike(pattern, escape="\\")
            )
            query = query.where(
                or_(
                    DutyLogEntry.text.ilike(pattern, escape="\\"),
                    DutyLogEntry.location.ilike(pattern, escape="\\"),
                    DutyLogEntry.id.in_(amended),
                )
            )
        return query

    def count(self, flt: ExportFilter) -> int | None:
        return _count(self._sessions, self._query(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        pages = _pages(self._sessions, self._query(flt), DutyLogEntry.at, DutyLogEntry.id, lambda r: (r[0].at, r[0].id))
        for page in pages:
            latest = self._latest_amendments([entry.id for entry, _desk, _author in page])
            for entry, desk, author in page:
                amendment = latest.get(entry.id)
                yield (
                    entry.at,
                    desk,
                    entry.kind,
                    entry.location,
                    amendment[0].text if amendment else entry.text,
                    author,
                    entry.created_at,
                    entry.valid_until,
                    amendment[0].at if amendment else None,
                    amendment[1] if amendment else "",
                    amendment[0].reason if amendment else "",
                    entry.text if amendment else "",
                )

    def _latest_amendments(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[DutyLogEntry, str]]:
        """The latest amendment of each entry (and who wrote it), in the order the log shows them."""
        query = (
            select(DutyLogEntry, Operator.display_name)
            .join(Operator, Operator.id == DutyLogEntry.author_id)
            .where(DutyLogEntry.amends_id.in_(ids))
            .order_by(DutyLogEntry.at, DutyLogEntry.hlc)
        )
        latest: dict[uuid.UUID, tuple[DutyLogEntry, str]] = {}
        with self._sessions.read() as s:
            for amendment, name in s.execute(query):
                assert amendment.amends_id is not None
                latest[amendment.amends_id] = (amendment, name)
        return latest


class IncidentExportSource:
    kind = ExportKind.INCIDENTS

    def __init__(self, sessions: Sessions, incidents: IncidentService) -> None:
        self._sessions = sessions
        self._incidents = incidents

    def columns(self) -> Sequence[ExportColumn]:
        return INCIDENT_COLUMNS

    def _query(self, flt: ExportFilter) -> AnySelect:
        status = _option(flt, "status", (OPEN, *IncidentStatus))
        query = (
            select(Incident, Desk.name, Operator.display_name)
            .join(Desk, Desk.id == Incident.desk_id)
            .join(Operator, Operator.id == Incident.reporter_id)
        )
        query = _period(query, flt, Incident.occurred_at, Incident.desk_id)
        if status == OPEN:
            query = query.where(Incident.status != IncidentStatus.CLOSED.value)
        elif status is not None:
            query = query.where(Incident.status == status)
        if flt.text.strip():
            pattern = _pattern(flt.text)
            query = query.where(
                or_(
                    Incident.number.ilike(pattern, escape="\\"),
                    Incident.summary.ilike(pattern, escape="\\"),
                    Incident.location.ilike(pattern, escape="\\"),
                )
            )
        return query

    def count(self, flt: ExportFilter) -> int | None:
        return _count(self._sessions, self._query(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        labels = {c.code: c.label for c in self._incidents.categories() if c.label}  # the site's own names
        parties = tuple(NotifiedParty)
        pages = _pages(
            self._sessions,
            self._query(flt),
            Incident.occurred_at,
            Incident.id,
            lambda r: (r[0].occurred_at, r[0].id),
        )
        for page in pages:
            told = self._first_told([incident.id for incident, _desk, _reporter in page])
            for incident, desk, reporter in page:
                times = told.get(incident.id, {})
                yield (
                    incident.number,
                    incident.occurred_at,
                    desk,
                    reporter,
                    labels.get(incident.category, incident.category),
                    incident.severity,
                    incident.location,
                    incident.summary,
                    incident.people,
                    incident.actions,
                    incident.status,
                    incident.closed_at,
                    *(times.get(party.value) for party in parties),
                )

    def _first_told(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, datetime]]:
        query = (
            select(IncidentEvent.incident_id, IncidentEvent.party, func.min(IncidentEvent.at))
            .where(IncidentEvent.incident_id.in_(ids), IncidentEvent.kind == IncidentEventKind.NOTIFIED.value)
            .group_by(IncidentEvent.incident_id, IncidentEvent.party)
        )
        told: dict[uuid.UUID, dict[str, datetime]] = {}
        with self._sessions.read() as s:
            for incident_id, party, at in s.execute(query):
                told.setdefault(incident_id, {})[party] = at
        return told


class HandoverExportSource:
    kind = ExportKind.HANDOVERS

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def columns(self) -> Sequence[ExportColumn]:
        return HANDOVER_COLUMNS

    def _query(self, flt: ExportFilter) -> AnySelect:
        status = _option(flt, "status", tuple(HandoverStatus))
        outgoing, incoming, closer = aliased(Operator), aliased(Operator), aliased(Operator)

        def acks(ack: Acknowledgement) -> Any:
            return func.coalesce(func.sum(case((HandoverLine.ack == ack.value, 1), else_=0)), 0)

        items = (
            select(
                HandoverLine.handover_id.label("handover_id"),
                func.count().label("item_count"),
                acks(Acknowledgement.ACCEPTED).label("accepted"),
                acks(Acknowledgement.QUERIED).label("queried"),
                acks(Acknowledgement.REFUSED).label("refused"),
            )
            .group_by(HandoverLine.handover_id)
            .subquery()
        )
        query = (
            select(
                Handover,
                Desk.name,
                Shift.pattern,
                Shift.started_at,
                outgoing.display_name,
                incoming.display_name,
                closer.display_name,
                func.coalesce(items.c.item_count, 0),
                func.coalesce(items.c.accepted, 0),
                func.coalesce(items.c.queried, 0),
                func.coalesce(items.c.refused, 0),
            )
            .join(Desk, Desk.id == Handover.desk_id)
            .join(Shift, Shift.id == Handover.shift_id)
            .join(outgoing, outgoing.id == Handover.outgoing_id)
            .outerjoin(incoming, incoming.id == Handover.incoming_id)
            .outerjoin(closer, closer.id == Handover.closed_by_id)
            .outerjoin(items, items.c.handover_id == Handover.id)
        )
        query = _period(query, flt, Handover.compiled_at, Handover.desk_id)
        if status is not None:
            query = query.where(Handover.status == status)
        if flt.text.strip():
            pattern = _pattern(flt.text)
            in_items = select(HandoverLine.handover_id).where(
                or_(
                    HandoverLine.subject.ilike(pattern, escape="\\"),
                    HandoverLine.place.ilike(pattern, escape="\\"),
                    HandoverLine.ack_comment.ilike(pattern, escape="\\"),
                )
            )
            query = query.where(
                or_(
                    Handover.note.ilike(pattern, escape="\\"),
                    Handover.close_reason.ilike(pattern, escape="\\"),
                    Handover.id.in_(in_items),
                    outgoing.display_name.ilike(pattern, escape="\\"),
                    incoming.display_name.ilike(pattern, escape="\\"),
                )
            )
        return query

    def count(self, flt: ExportFilter) -> int | None:
        return _count(self._sessions, self._query(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        pages = _pages(
            self._sessions, self._query(flt), Handover.compiled_at, Handover.id, lambda r: (r[0].compiled_at, r[0].id)
        )
        for page in pages:
            for h, desk, pattern, started, out_name, in_name, closer, items, accepted, queried, refused in page:
                yield (
                    h.compiled_at,
                    desk,
                    pattern,
                    started,
                    out_name,
                    in_name or "",
                    h.status,
                    h.signed_at,
                    int(items),
                    int(accepted),
                    int(queried),
                    int(refused),
                    h.note,
                    closer or "",
                    h.closed_at,
                    h.close_reason,
                )
