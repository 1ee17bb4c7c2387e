"""Excel export of the visit history with the current filter (SPEC §3, §7) through the shared writer:
frozen header, autofilter, real dates, text cells that cannot become formulas; ID numbers and phones
masked. The export is audited (how many rows, not what was in them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from app.audit import AuditLog
from app.clock import Clock
from app.exports.xlsx import CellKind, XlsxColumn, write_xlsx
from app.permissions import Actor, require
from app.storage import Sessions
from app.visitors.history import VisitHistory
from app.visitors.model import EXPORT_VISITS, HistoryFilter, VisitRow

SECONDS_PER_MINUTE = 60
# (key, kind, width): the export's columns in order.
COLUMNS: tuple[tuple[str, CellKind, float], ...] = (
    ("code", CellKind.TEXT, 11),
    ("checked_in_at", CellKind.DATETIME, 17),
    ("checked_out_at", CellKind.DATETIME, 17),
    ("minutes", CellKind.DURATION_MIN, 9),
    ("status", CellKind.TEXT, 10),
    ("visitor_type", CellKind.TEXT, 12),
    ("name", CellKind.TEXT, 14),
    ("phone", CellKind.TEXT, 15),
    ("id", CellKind.TEXT, 20),
    ("company", CellKind.TEXT, 16),
    ("unit", CellKind.TEXT, 12),
    ("resident", CellKind.TEXT, 10),
    ("purpose", CellKind.TEXT, 20),
    ("plate", CellKind.TEXT, 11),
    ("companions", CellKind.NUMBER, 8),
    ("pass_number", CellKind.TEXT, 9),
    ("checkout", CellKind.TEXT, 14),
    ("checked_in_by", CellKind.TEXT, 10),
    ("amended", CellKind.TEXT, 8),
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
    columns = [XlsxColumn(labels.columns.get(key, key), kind, width) for key, kind, width in COLUMNS]
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
