"""What each list contributes to the Excel exports: its columns and a row iterator from its service.

An area registers an ``ExportSource`` (in ``app/exports/sources/<area>.py`` or its own module); the
``ExportService`` finds it by ``ExportKind`` and streams its rows into ``write_xlsx``. Rows arrive
masked (ID numbers, visitors' phones) — the source reads them through its service's masking, never
raw columns. Column titles have a word key (``export.<kind>.<column>``) translated in ui/, and an
English fallback.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Protocol

from app.exports.xlsx import CellKind


class ExportKind(StrEnum):
    """The lists that can be exported; the value is the CLI's ``--what``."""

    VISITS = "visits"
    KEYS = "keys"  # key loans (issue / return)
    REPAIRS = "repairs"  # work orders
    LOG = "log"  # duty log entries
    INCIDENTS = "incidents"
    HANDOVERS = "handovers"
    SHIFTS = "shifts"
    WATCHLIST = "watchlist"
    EXPECTED = "expected"  # expected visitors
    PATROLS = "patrols"  # patrol rounds
    KEY_COUNTS = "key_counts"
    DEPOSITS = "deposits"  # residents' deposited keys
    KPIS = "kpis"  # repair KPI tables


@dataclass(frozen=True, slots=True)
class ExportColumn:
    key: str  # stable, e.g. "name"; its word key is "export.<kind>.<key>"
    title: str  # English fallback
    kind: CellKind = CellKind.TEXT
    width: float = 14.0
    coded: bool = False  # values are codes worded by "code.<key>.<value>" (states, shift patterns…)


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """The current filter of a list: a period ``[start, end)``, a desk, a search text, and
    area-specific choices (``options``: e.g. ``{"state": "open"}``) the area's source understands."""

    start: datetime | None = None
    end: datetime | None = None
    desk_id: uuid.UUID | None = None
    text: str = ""
    options: Mapping[str, str] = field(default_factory=dict)


def filter_days(flt: ExportFilter, zone: tzinfo) -> tuple[date, date] | None:
    """The local calendar days ``[first, last]`` a filter's period covers, or None without a period
    (an ``end`` at midnight belongs to the day before)."""
    if flt.start is None and flt.end is None:
        return None
    first = flt.start.astimezone(zone).date() if flt.start is not None else None
    last = (flt.end - timedelta(microseconds=1)).astimezone(zone).date() if flt.end is not None else None
    first = first or last
    last = last or first
    assert first is not None and last is not None
    return (first, last) if first <= last else (last, first)


class ExportSource(Protocol):
    @property
    def kind(self) -> ExportKind: ...

    def columns(self) -> Sequence[ExportColumn]: ...

    def count(self, flt: ExportFilter) -> int | None:
        """How many rows ``rows`` will yield (for the progress bar), or None if unknown."""
        ...

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        """The rows in list order, values matching ``columns()``; fetched in pages, never all at once."""
        ...
