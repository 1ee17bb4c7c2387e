"""Pieces the export sources share: a period-and-desk filter on a list's own time and desk columns,
and offset pages of rows turned into cells inside one read each."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy.orm import Session

from app.exports.registry import ExportFilter
from app.storage import Sessions


def in_period(query: Any, flt: ExportFilter, at: Any, desk: Any) -> Any:
    """``query`` limited to ``[flt.start, flt.end)`` of the column ``at`` and to ``flt.desk_id``."""
    if flt.start is not None:
        query = query.where(at >= flt.start)
    if flt.end is not None:
        query = query.where(at < flt.end)
    if flt.desk_id is not None:
        query = query.where(desk == flt.desk_id)
    return query


def offset_pages(
    sessions: Sessions, query: Any, cells: Callable[[Session, Any], Sequence[Any]], page_rows: int
) -> Iterator[Sequence[Any]]:
    """The rows of an ordered ``query`` as cells, ``page_rows`` at a time (a short read each)."""
    offset = 0
    while True:
        with sessions.read() as s:
            page = [cells(s, row) for row in s.execute(query.offset(offset).limit(page_rows))]
        yield from page
        if len(page) < page_rows:
            return
        offset += page_rows
