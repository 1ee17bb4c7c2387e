"""Excel export of the visit history with the current filter (SPEC §3, §7) through the shared writer:
frozen header, autofilter, real dates, text cells that cannot become formulas; ID numbers and phones
masked. The export is audited (how many rows, not what was in them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Any

from app.audit import AuditLog
from app.clock import Clock
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.xlsx import CellKind, XlsxColumn, write_xlsx
from app.permissions import Actor, require
from app.storage import Sessions
from app.visitors.history import VisitHistory
from app.visitors.model import EXPORT_VISITS, HistoryFilter, VisitRow, VisitStatus

SECONDS_PER_MINUTE = 60
# (key, English title, kind, width): the export's columns in order.
COLUMNS: tuple[tuple[str, str, CellKind, float], ...] = (
    ("code", "No.", CellKind.TEXT, 11),
    ("checked_in_at", "In", CellKind.DATETIME, 17),
    ("checked_out_at", "Left", CellKind.DATETIME, 17),
    ("minutes", "Minutes on site", CellKind.DURATION_MIN, 9),
    ("status", "Status", CellKind.TEXT, 10),
    ("visitor_type", "Type", CellKind.TEXT, 12),
    ("name", "Visitor", CellKind.TEXT, 14),
    ("phone", "Phone (masked)", CellKind.TEXT, 15),
    ("id", "ID (masked)", CellKind.TEXT, 20),
    ("company", "Company", CellKind.TEXT, 16),
    ("unit", "Visiting", CellKind.TEXT, 12),
    ("resident", "Resident", CellKind.TEXT, 10),
    ("purpose", "Purpose", CellKind.TEXT, 20),
    ("plate", "Plate", CellKind.TEXT, 11),
    ("companions", "Companions", CellKind.NUMBER, 8),
    ("pass_number", "Pass", CellKind.TEXT, 9),
    ("checkout", "How they left", CellKind.TEXT, 14),
    ("checked_in_by", "Checked in by", CellKind.TEXT, 10),
    ("amended", "Amended", CellKind.TEXT, 8),
)


@dataclass(frozen=True, slots=True)
class VisitExportLabels:
    """The words of the sheet; code → name tables for types, statuses and check-out methods."""

    columns: Mapping[str, str]
    types: Mapping[str, str] = field(default_factory=dict)
    statuses: Mapping[str, str] = field(default_factory=dict)
    checkouts: Mapping[str, str] = field(default_factory=dict)
    amended: str = "amended"
    sheet: str = "Visits"
    title_lines: Sequence[str] = ()


def _values(row: VisitRow, labels: VisitExportLabels) -> list[Any]:
    minutes = (
        int(row.time_on_site(row.checked_out_at).total_seconds() // SECONDS_PER_MINUTE) if row.checked_out_at else None
    )
    method = row.checkout_method.value if row.checkout_method else ""
    return [
        row.code,
        row.checked_in_at,
        row.checked_out_at,
        minutes,
        labels.statuses.get(row.status.value, row.status.value),
        labels.types.get(row.visitor_type, row.visitor_type),
        row.name,
        row.phone_masked,
        row.id_masked or "",
        row.company,
        row.unit_label,
        row.resident_name,
        row.purpose,
        row.plate,
        row.companions,
        row.pass_number,
        labels.checkouts.get(method, method),
        row.checked_in_by,
        labels.amended if row.amended else "",
    ]


def history_filter(flt: ExportFilter, zone: tzinfo) -> HistoryFilter:
    """The shared export filter as a history filter: the period's local days, the text as the
    visitor, and the options ``unit``, ``type``, ``plate`` and ``status``."""
    options = flt.options
    first = flt.start.astimezone(zone).date() if flt.start is not None else None
    last = (flt.end - timedelta(microseconds=1)).astimezone(zone).date() if flt.end is not None else None
    status = options.get("status", "")
    return HistoryFilter(
        first_day=first,
        last_day=last,
        unit_id=uuid.UUID(options["unit"]) if options.get("unit") else None,
        visitor_type=options.get("type", ""),
        plate=options.get("plate", ""),
        visitor=flt.text,
        statuses=(VisitStatus(status),) if status else (),
    )


CODED = frozenset({"status", "visitor_type", "checkout"})
CODES = VisitExportLabels(columns={})  # values stay codes; the export service words them


class VisitExportSource:
    """The visit history as a source of the shared export service (``export xlsx --what visits``)."""

    kind = ExportKind.VISITS

    def __init__(self, history: VisitHistory) -> None:
        self._history = history

    def columns(self) -> Sequence[ExportColumn]:
        return tuple(ExportColumn(key, title, kind, width, coded=key in CODED) for key, title, kind, width in COLUMNS)

    def count(self, flt: ExportFilter) -> int | None:
        return self._history.count(history_filter(flt, self._history.zone))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        for row in self._history.iterate(history_filter(flt, self._history.zone)):
            yield _values(row, CODES)


def export_visits(
    sessions: Sessions,
    clock: Clock,
    audit: AuditLog,
    history: VisitHistory,
    actor: Actor,
    f: HistoryFilter,
    path: Path,
    labels: VisitExportLabels,
    zone: tzinfo,
    *,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the filtered history to ``path``; returns the number of visits written.

    ``PermissionDenied`` for guards; ``StorageError`` for disk problems; ``ExportCancelled`` when
    ``cancelled()`` says so (nothing is written then).
    """
    require(actor, EXPORT_VISITS)
    total = history.count(f)
    columns = [XlsxColumn(labels.columns.get(key, title), kind, width) for key, title, kind, width in COLUMNS]
    rows: Iterator[list[Any]] = (_values(row, labels) for row in history.iterate(f))
    count = write_xlsx(
        path,
        labels.sheet,
        columns,
        rows,
        zone=zone,
        total=total,
        progress=progress,
        cancelled=cancelled,
        title_lines=labels.title_lines,
    )
    with sessions.begin() as s:
        audit.append(
            s,
            at=clock.now(),
            actor=actor,
            action="visits.exported",
            record_kind="visit",
            record_id="export",
            details={"rows": count, "filtered": f != HistoryFilter()},
        )
    return count
