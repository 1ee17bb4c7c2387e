"""Visit history: filters, counts and pages fetched in SQL (never the whole table in memory), and
one visit's full story (amendments, sweep answers, watchlist decisions, prints).

Pages are ordered newest first by ``(checked_in_at, id)``; a page is fetched by offset, or by keyset
(``after``) when the caller holds the page before it: both walk the ``checked_in_at`` index.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime, tzinfo

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.audit import AuditLog
from app.clock import Clock, day_bounds
from app.errors import NotFound
from app.search import plate_key
from app.storage import Sessions
from app.visitors.lookup import VisitorLookup
from app.visitors.model import (
    AmendmentRow,
    HistoryFilter,
    HitRow,
    SweepDecision,
    SweepRow,
    VisitDetail,
    VisitRow,
    WatchAction,
    WatchDecision,
)
from app.visitors.rows import rows_of, visit_query
from db.models.core import ApprovalRecord, Operator
from db.models.visitors import Visit, VisitAmendment, VisitPrint, VisitSweep, WatchlistEntry, WatchlistHit

MAX_PAGE = 2000
Anchor = tuple[datetime, uuid.UUID]


class VisitHistory:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog, zone: tzinfo, lookup: VisitorLookup) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._zone = zone
        self._lookup = lookup

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def conditions(self, f: HistoryFilter) -> list[ColumnElement[bool]]:
        """The WHERE clauses of a filter (shared with the Excel export)."""
        where: list[ColumnElement[bool]] = []
        if f.first_day is not None:
            where.append(Visit.checked_in_at >= day_bounds(f.first_day, self._zone)[0])
        if f.last_day is not None:
            where.append(Visit.checked_in_at < day_bounds(f.last_day, self._zone)[1])
        if f.since is not None:
            where.append(Visit.checked_in_at >= f.since)
        if f.until is not None:
            where.append(Visit.checked_in_at < f.until)
        if f.desk_id is not None:
            where.append(Visit.desk_id == f.desk_id)
        if f.unit_id is not None:
            where.append(Visit.unit_id == f.unit_id)
        if f.visitor_type:
            where.append(Visit.visitor_type == f.visitor_type)
        if f.statuses:
            where.append(Visit.status.in_([s.value for s in f.statuses]))
        if f.plate.strip():
            # Visitors who ever came with such a plate (an index range), then the visits' own plates.
            fragment = plate_key(f.plate)
            where.append(Visit.plate.contains(fragment, autoescape=True))
            plate_visitors = self._lookup.plate_visitor_ids(fragment)
            if plate_visitors is not None:
                where.append(Visit.visitor_id.in_(plate_visitors))
        if f.visitor.strip():
            ids = self._lookup.visitor_ids(f.visitor)
            where.append(Visit.visitor_id.in_(ids) if ids is not None else Visit.id.is_(None))
        return where

    def count(self, f: HistoryFilter) -> int:
        with self._sessions.read() as s:
            return int(s.execute(select(func.count()).select_from(Visit).where(*self.conditions(f))).scalar_one())

    def _ordered(self, f: HistoryFilter) -> Select[Visit, str | None, str | None, str | None, str]:
        return visit_query().where(*self.conditions(f)).order_by(Visit.checked_in_at.desc(), Visit.id.desc())

    def page(self, f: HistoryFilter, offset: int, limit: int, after: Anchor | None = None) -> list[VisitRow]:
        """Rows ``offset`` … ``offset + limit`` of the filtered history, newest first; with ``after``
        (the last row of the previous page) the rows that follow it, without an offset scan.

        Two steps: the page's (time, id) pairs from a covering index (an offset walks index entries
        only), then those visits with their unit, resident and operator.
        """
        limit = max(0, min(limit, MAX_PAGE))
        keys = select(Visit.id).where(*self.conditions(f)).order_by(Visit.checked_in_at.desc(), Visit.id.desc())
        if after is not None:
            at, last_id = after
            keys = keys.where(or_(Visit.checked_in_at < at, and_(Visit.checked_in_at == at, Visit.id < last_id)))
        else:
            keys = keys.offset(max(0, offset))
        with self._sessions.read() as s:
            ids = list(s.execute(keys.limit(limit)).scalars())
            if not ids:
                return []
            rows = rows_of(s.execute(visit_query().where(Visit.id.in_(ids))))
        order = {visit_id: n for n, visit_id in enumerate(ids)}
        return sorted(rows, key=lambda row: order[row.id])

    def position(self, f: HistoryFilter, visit_id: uuid.UUID) -> int | None:
        """The row of ``visit_id`` in the filtered history (0 = the newest; the order of ``page``), or
        None when the filter leaves it out: a page opening one visit chooses it without paging to it."""
        where = self.conditions(f)
        with self._sessions.read() as s:
            at = s.execute(select(Visit.checked_in_at).where(Visit.id == visit_id, *where)).scalar_one_or_none()
            if at is None:
                return None
            newer = or_(Visit.checked_in_at > at, and_(Visit.checked_in_at == at, Visit.id > visit_id))
            return int(s.execute(select(func.count()).select_from(Visit).where(*where, newer)).scalar_one())

    def iterate(self, f: HistoryFilter, chunk: int = MAX_PAGE) -> Iterator[VisitRow]:
        """Every filtered visit, newest first, a page at a time (exports): memory stays flat."""
        after: Anchor | None = None
        while True:
            rows = self.page(f, 0, chunk, after=after)
            yield from rows
            if len(rows) < chunk:
                return
            after = (rows[-1].checked_in_at, rows[-1].id)

    def detail(self, visit_id: uuid.UUID) -> VisitDetail:
        with self._sessions.read() as s:
            rows = rows_of(s.execute(visit_query().where(Visit.id == visit_id)))
            if not rows:
                raise NotFound("visit", str(visit_id))
            return VisitDetail(
                rows[0], self._amendments(s, visit_id), self._sweeps(s, visit_id), self._hits(s, visit_id),
                self._prints(s, visit_id),
            )  # fmt: skip

    @staticmethod
    def _amendments(s: Session, visit_id: uuid.UUID) -> tuple[AmendmentRow, ...]:
        query = (
            select(VisitAmendment, Operator.display_name)
            .join(Operator, Operator.id == VisitAmendment.author_id)
            .where(VisitAmendment.visit_id == visit_id)
            .order_by(VisitAmendment.at, VisitAmendment.created_at)
        )
        out = []
        for amendment, author in s.execute(query):
            changes = json.loads(amendment.changes_json) if amendment.changes_json else {}
            fields = tuple(f for f in amendment.fields.split(",") if f)
            shown = tuple((f, str(changes[f][0]), str(changes[f][1])) for f in fields if f in changes)
            out.append(AmendmentRow(amendment.at, author, fields, shown, amendment.reason))
        return tuple(out)

    @staticmethod
    def _sweeps(s: Session, visit_id: uuid.UUID) -> tuple[SweepRow, ...]:
        query = (
            select(VisitSweep.at, Operator.display_name, VisitSweep.decision)
            .join(Operator, Operator.id == VisitSweep.by_id)
            .where(VisitSweep.visit_id == visit_id)
            .order_by(VisitSweep.at)
        )
        return tuple(SweepRow(at, by, SweepDecision(decision)) for at, by, decision in s.execute(query))

    @staticmethod
    def _hits(s: Session, visit_id: uuid.UUID) -> tuple[HitRow, ...]:
        approver = aliased(Operator)
        query = (
            select(
                WatchlistHit, WatchlistEntry.action, WatchlistEntry.reason, Operator.display_name, approver.display_name
            )
            .join(WatchlistEntry, WatchlistEntry.id == WatchlistHit.entry_id)
            .join(Operator, Operator.id == WatchlistHit.by_id)
            .outerjoin(ApprovalRecord, ApprovalRecord.id == WatchlistHit.approval_id)
            .outerjoin(approver, approver.id == ApprovalRecord.approver_id)
            .where(WatchlistHit.visit_id == visit_id)
            .order_by(WatchlistHit.at)
        )
        return tuple(
            HitRow(
                hit.at,
                by,
                WatchAction(action),
                reason,
                tuple(hit.matched_on.split(",")),
                WatchDecision(hit.decision),
                approved_by or "",
            )
            for hit, action, reason, by, approved_by in s.execute(query)
        )

    @staticmethod
    def _prints(s: Session, visit_id: uuid.UUID) -> int:
        return int(
            s.execute(select(func.count()).select_from(VisitPrint).where(VisitPrint.visit_id == visit_id)).scalar_one()
        )
