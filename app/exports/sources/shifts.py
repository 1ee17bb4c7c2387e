"""The shift list (desk, operator, shift pattern, start, end, status) as an export source.

The foundation's own list: it exists before any area lands and carries only staff names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.xlsx import CellKind
from app.storage import Sessions
from db.models.core import Desk, Operator, Shift

PAGE_ROWS = 2000

COLUMNS = (
    ExportColumn("desk", "Desk", width=14),
    ExportColumn("operator", "Operator", width=14),
    ExportColumn("pattern", "Shift", width=10, coded=True),
    ExportColumn("started", "Started", CellKind.DATETIME, 17),
    ExportColumn("ended", "Ended", CellKind.DATETIME, 17),
    ExportColumn("minutes", "Minutes", CellKind.DURATION_MIN, 9),
    ExportColumn("status", "Status", width=12, coded=True),
    ExportColumn("ended_by", "Ended by", width=14),
)


class ShiftExportSource:
    kind = ExportKind.SHIFTS

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def columns(self) -> Sequence[ExportColumn]:
        return COLUMNS

    def _where(self, query: Any, flt: ExportFilter) -> Any:
        if flt.start is not None:
            query = query.where(or_(Shift.ended_at.is_(None), Shift.ended_at >= flt.start))
        if flt.end is not None:
            query = query.where(Shift.started_at < flt.end)
        if flt.desk_id is not None:
            query = query.where(Shift.desk_id == flt.desk_id)
        return query

    def count(self, flt: ExportFilter) -> int | None:
        with self._sessions.read() as s:
            return int(s.execute(self._where(select(func.count()).select_from(Shift), flt)).scalar_one())

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        ender = aliased(Operator)
        base: Any = (
            select(Shift, Desk.name, Operator.display_name, ender.display_name)
            .join(Desk, Desk.id == Shift.desk_id)
            .join(Operator, Operator.id == Shift.operator_id)
            .outerjoin(ender, ender.id == Shift.ended_by_id)
            .order_by(Shift.started_at, Shift.id)
            .limit(PAGE_ROWS)
        )
        base = self._where(base, flt)
        after: tuple[Any, Any] | None = None
        while True:
            query = base
            if after is not None:
                query = query.where(
                    or_(Shift.started_at > after[0], and_(Shift.started_at == after[0], Shift.id > after[1]))
                )
            with self._sessions.read() as s:
                page: list[Any] = list(s.execute(query))
            for shift, desk, operator, ended_by in page:
                minutes = None
                if shift.ended_at is not None:
                    minutes = round((shift.ended_at - shift.started_at).total_seconds() / 60)
                yield (
                    desk,
                    operator,
                    shift.pattern,
                    shift.started_at,
                    shift.ended_at,
                    minutes,
                    shift.status,
                    ended_by or "",
                )
            if len(page) < PAGE_ROWS:
                return
            last = page[-1][0]
            after = (last.started_at, last.id)
