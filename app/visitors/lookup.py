"""The returning-visitor search box: one text, every lookup it can mean, newest visitors first.

``app.search.classify`` says what the text can be (name fragment, pinyin, phone digits, plate
fragment); each applicable lookup is one indexed query returning at most ``limit`` visitor ids with
their last visit time, and the union is ordered newest first. Figures at 200,000 visitors:
``bench/visitors_lookup.py``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, union
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.search import classify, prefix_range
from app.storage import Sessions
from app.validation import mask_phone
from app.visitors.model import ReturningVisitor, VisitorMatch
from app.visitors.rows import on_site_now, unit_label
from app.visitors.search_keys import name_lookup, pinyin_lookup, plate_lookup, seen_rank
from db.models.directory import Building, Person, Unit
from db.models.visitors import Visit, Visitor, VisitorKey

DEFAULT_LIMIT = 12
MIN_PHONE_DIGITS = 3


class VisitorLookup:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # -- the queries -------------------------------------------------------------------------------
    @staticmethod
    def _by_key(
        key: str, limit: int | None, *, prefix: bool = False, must: str | None = None
    ) -> Select[uuid.UUID, Any]:
        query = select(VisitorKey.visitor_id.label("visitor_id"), VisitorKey.seen.label("seen"))
        if prefix:
            low, high = prefix_range(key)
            query = query.where(VisitorKey.key >= low, VisitorKey.key < high)
        else:
            query = query.where(VisitorKey.key == key)
        if must:
            query = query.join(Visitor, Visitor.id == VisitorKey.visitor_id).where(
                func.replace(Visitor.name_key, " ", "").contains(must, autoescape=True)
            )
        return query if limit is None else query.order_by(VisitorKey.seen.desc()).limit(limit)

    @staticmethod
    def _by_digits(column: Any, digits: str, limit: int | None) -> Select[uuid.UUID, Any]:
        low, high = prefix_range(digits)
        query = select(Visitor.id.label("visitor_id"), Visitor.last_seen_at.label("seen")).where(
            column >= low, column < high
        )
        return query if limit is None else query.order_by(Visitor.last_seen_at.desc()).limit(limit)

    def _queries(self, text: str, limit: int | None) -> list[Select[uuid.UUID, Any]]:
        query = classify(text)
        queries: list[Select[uuid.UUID, Any]] = []
        if query.name_fragment and (found := name_lookup(query.name_fragment)):
            name_key, must, is_prefix = found
            queries.append(self._by_key(name_key, limit, prefix=is_prefix, must=must))
        if query.pinyin and (pinyin_key := pinyin_lookup(query.pinyin)):
            queries.append(self._by_key(pinyin_key, limit, prefix=True))
        if query.phone_digits and len(query.phone_digits) >= MIN_PHONE_DIGITS:
            digits = query.phone_digits
            queries.append(self._by_digits(Visitor.phone_reversed, digits[::-1], limit))
            head = digits.lstrip("0") or digits
            queries.append(self._by_digits(Visitor.phone_national, head, limit))
        if query.plate_fragment and (plate_key := plate_lookup(query.plate_fragment)):
            queries.append(self._by_key(plate_key, limit, prefix=True))
        return queries

    def visitor_ids(self, text: str) -> Select[uuid.UUID] | None:
        """Every visitor ``text`` can mean, as a subquery of ids (history filters); None: nothing."""
        queries = self._queries(text, None)
        if not queries:
            return None
        combined = queries[0].subquery() if len(queries) == 1 else union(*queries).subquery()
        return select(combined.c.visitor_id)

    def plate_visitor_ids(self, fragment: str) -> Select[uuid.UUID] | None:
        """Visitors who ever came with a plate containing ``fragment`` (None: too short to look up)."""
        key = plate_lookup(fragment)
        if key is None:
            return None
        low, high = prefix_range(key)
        return select(VisitorKey.visitor_id).where(VisitorKey.key >= low, VisitorKey.key < high)

    def find(self, text: str, limit: int = DEFAULT_LIMIT) -> list[VisitorMatch]:
        """Returning visitors matching ``text`` in any way, newest first."""
        queries = self._queries(text, limit)
        if not queries:
            return []
        with self._sessions.read() as s:
            seen: dict[uuid.UUID, int] = {}
            for query in queries:
                for visitor_id, at in s.execute(query):
                    rank = seen_rank(at) if isinstance(at, datetime) else int(at)
                    if visitor_id not in seen or rank > seen[visitor_id]:
                        seen[visitor_id] = rank
            chosen = sorted(seen, key=lambda v: seen[v], reverse=True)[:limit]
            return self._matches(s, chosen)

    # -- rows --------------------------------------------------------------------------------------
    @staticmethod
    def _matches(s: Session, ids: list[uuid.UUID]) -> list[VisitorMatch]:
        if not ids:
            return []
        rows = s.execute(
            select(Visitor, Building.name, Unit.code)
            .outerjoin(Unit, Unit.id == Visitor.last_unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .where(Visitor.id.in_(ids))
        ).all()
        on_site = set(s.execute(select(Visit.visitor_id).where(Visit.visitor_id.in_(ids), on_site_now())).scalars())
        by_id = {visitor.id: (visitor, building, unit) for visitor, building, unit in rows}
        out = []
        for visitor_id in ids:
            if visitor_id not in by_id:
                continue
            visitor, building, unit = by_id[visitor_id]
            out.append(
                VisitorMatch(
                    visitor.id,
                    visitor.name or "",
                    mask_phone(visitor.phone) if visitor.phone else "",
                    visitor.company or "",
                    visitor.plate or "",
                    visitor.visitor_type,
                    unit_label(building, unit),
                    visitor.last_seen_at,
                    visitor.visit_count,
                    visitor.id_cipher is not None,
                    visitor.id in on_site,
                )
            )
        return out

    def returning(self, visitor_id: uuid.UUID) -> ReturningVisitor:
        """What choosing a match fills in: the visitor's latest details and last visited unit."""
        with self._sessions.read() as s:
            row = s.execute(
                select(Visitor, Building.name, Unit.code, Person.name)
                .outerjoin(Unit, Unit.id == Visitor.last_unit_id)
                .outerjoin(Building, Building.id == Unit.building_id)
                .outerjoin(Person, Person.id == Visitor.last_resident_id)
                .where(Visitor.id == visitor_id)
            ).first()
        if row is None or row[0].name is None:
            raise NotFound("visitor", str(visitor_id))
        visitor, building, unit, resident = row
        return ReturningVisitor(
            visitor.id,
            visitor.name or "",
            visitor.phone or "",
            visitor.company or "",
            visitor.visitor_type,
            visitor.id_type or "",
            visitor.id_masked or "",
            visitor.last_unit_id if unit else None,
            unit_label(building, unit),
            visitor.last_resident_id if resident else None,
            resident or "",
            visitor.last_purpose or "",
            visitor.plate or "",
        )
