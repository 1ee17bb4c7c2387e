"""Excel export of the work orders of the current filter, through the shared writer
(``app.exports.xlsx``). The reporter's phone is masked; codes are written in the words the caller
passes (``ExportLabels``, filled by the UI or the CLI in the operator's language)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from app.exports.xlsx import CellKind, XlsxColumn, write_xlsx
from app.repairs.reading import RepairReader
from app.repairs.rows import QueueFilter

EXPORT_PAGE = 2000


@dataclass(frozen=True, slots=True)
class ExportLabels:
    sheet: str = "Work orders"
    number: str = "No."
    created: str = "Reported at"
    kind: str = "Type"
    category: str = "Category"
    priority: str = "Priority"
    channel: str = "Channel"
    state: str = "State"
    where: str = "Unit / location"
    reporter: str = "Reporter"
    phone: str = "Phone (masked)"
    technician: str = "Technician"
    responded: str = "Responded at"
    resolved: str = "Done at"
    closed: str = "Closed at"
    sla: str = "SLA"
    satisfaction: str = "Satisfaction"
    description: str = "Description"
    names: Mapping[str, str] = field(default_factory=dict)

    def name(self, code: str) -> str:
        return self.names.get(code, code)


def _columns(labels: ExportLabels) -> list[XlsxColumn]:
    return [
        XlsxColumn(labels.number, width=12),
        XlsxColumn(labels.created, CellKind.DATETIME, 17),
        XlsxColumn(labels.kind, width=8),
        XlsxColumn(labels.category, width=12),
        XlsxColumn(labels.priority, width=8),
        XlsxColumn(labels.channel, width=10),
        XlsxColumn(labels.state, width=14),
        XlsxColumn(labels.where, width=18),
        XlsxColumn(labels.reporter, width=12),
        XlsxColumn(labels.phone, width=16),
        XlsxColumn(labels.technician, width=12),
        XlsxColumn(labels.responded, CellKind.DATETIME, 17),
        XlsxColumn(labels.resolved, CellKind.DATETIME, 17),
        XlsxColumn(labels.closed, CellKind.DATETIME, 17),
        XlsxColumn(labels.sla, width=10),
        XlsxColumn(labels.satisfaction, CellKind.NUMBER, 8),
        XlsxColumn(labels.description, width=40),
    ]


def _rows(reader: RepairReader, wanted: QueueFilter, labels: ExportLabels) -> Iterator[Sequence[Any]]:
    offset = 0
    while True:
        page = reader.rows(wanted, offset, EXPORT_PAGE)
        if not page:
            return
        for row in page:
            yield (
                row.number,
                row.created_at,
                labels.name(row.kind),
                labels.name(row.category),
                labels.name(row.priority),
                labels.name(row.channel),
                labels.name(row.state),
                row.where,
                row.reporter_name,
                row.reporter_phone_masked,
                row.assignee_name,
                row.responded_at,
                row.resolved_at,
                row.closed_at,
                labels.name(row.sla_state),
                row.satisfaction,
                row.description,
            )
        offset += len(page)


def export_work_orders(
    reader: RepairReader,
    path: Path,
    wanted: QueueFilter,
    labels: ExportLabels,
    zone: tzinfo,
    *,
    title_lines: Sequence[str] = (),
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write every work order matching ``wanted`` (in the queue's order); returns how many."""
    return write_xlsx(
        path,
        labels.sheet,
        _columns(labels),
        _rows(reader, wanted, labels),
        zone=zone,
        total=reader.count(wanted),
        progress=progress,
        cancelled=cancelled,
        title_lines=title_lines,
    )
