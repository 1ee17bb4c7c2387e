"""The work-order list (the repairs queue with its current filter) as an export source.

The one implementation of the work-order export: the Reports page, ``gatehouse export xlsx --what
repairs`` and the repairs page's own Export button all go through ``ExportService`` with this source.
The reporter's phone is masked; codes (type, category, priority, channel, state, SLA) are worded by
the export service in the reader's language (``code.<column>.<value>``).

A filter's period is the time the job was reported; its desk the desk that took the request; its
``options`` are the queue's own choices (``scope``, ``kind``, ``category``, ``priority``, ``state``),
written and read by ``export_filter`` / ``queue_filter``. Without a scope, every job counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from app.errors import Rule, ValidationError
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.xlsx import CellKind
from app.repairs.lifecycle import WorkOrderState
from app.repairs.reading import RepairReader
from app.repairs.rows import QueueFilter, QueueScope
from app.repairs.sla_policy import Priority, WorkKind

PAGE_ROWS = 2000

COLUMNS = (
    ExportColumn("number", "No.", width=12),
    ExportColumn("created", "Reported at", CellKind.DATETIME, 17),
    ExportColumn("kind", "Type", width=8, coded=True),
    ExportColumn("category", "Category", width=12, coded=True),
    ExportColumn("priority", "Priority", width=8, coded=True),
    ExportColumn("channel", "Channel", width=10, coded=True),
    ExportColumn("state", "State", width=14, coded=True),
    ExportColumn("where", "Unit / location", width=18),
    ExportColumn("reporter", "Reporter", width=12),
    ExportColumn("phone", "Phone (masked)", width=16),
    ExportColumn("technician", "Technician", width=12),
    ExportColumn("responded", "Responded at", CellKind.DATETIME, 17),
    ExportColumn("resolved", "Done at", CellKind.DATETIME, 17),
    ExportColumn("closed", "Closed at", CellKind.DATETIME, 17),
    ExportColumn("sla", "SLA", width=10, coded=True),
    ExportColumn("satisfaction", "Satisfaction", CellKind.NUMBER, 8),
    ExportColumn("description", "Description", width=40),
)


def export_filter(wanted: QueueFilter) -> ExportFilter:
    """The queue's current filter as an export filter (what the repairs page exports)."""
    options = {"scope": wanted.scope.value}
    for key, value in (
        ("kind", wanted.kind),
        ("category", wanted.category),
        ("priority", wanted.priority),
        ("state", wanted.state),
    ):
        if value:
            options[key] = str(value)
    return ExportFilter(wanted.created_from, wanted.created_before, wanted.desk_id, wanted.text, options)


def queue_filter(flt: ExportFilter) -> QueueFilter:
    """An export filter as the queue's filter; an option the queue does not know is refused."""
    options = dict(flt.options)
    unknown = set(options) - {"scope", "kind", "category", "priority", "state"}
    if unknown:
        raise ValidationError("options", Rule.CHOICE, {"value": sorted(unknown)[0]})

    def pick(key: str, enum: Any) -> Any:
        value = options.get(key)
        if not value:
            return None
        try:
            return enum(value)
        except ValueError as error:
            raise ValidationError(key, Rule.CHOICE, {"value": value}) from error

    return QueueFilter(
        scope=pick("scope", QueueScope) or QueueScope.ALL,
        kind=pick("kind", WorkKind),
        category=options.get("category") or None,
        priority=pick("priority", Priority),
        state=pick("state", WorkOrderState),
        text=flt.text,
        created_from=flt.start,
        created_before=flt.end,
        desk_id=flt.desk_id,
    )


class WorkOrderExportSource:
    kind = ExportKind.REPAIRS

    def __init__(self, reader: RepairReader) -> None:
        self._reader = reader

    def columns(self) -> Sequence[ExportColumn]:
        return COLUMNS

    def count(self, flt: ExportFilter) -> int | None:
        return self._reader.count(queue_filter(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        """Every job of the filter in the queue's order, a page at a time: the whole history (newest
        first) in keyset pages; the working queue and the call list (open jobs) by offset."""
        wanted = queue_filter(flt)
        by_time = wanted.scope in (QueueScope.ALL, QueueScope.ENDED)
        offset, after = 0, None
        while True:
            if by_time:
                page = self._reader.rows_after(wanted, after, PAGE_ROWS)
            else:
                page = self._reader.rows(wanted, offset, PAGE_ROWS)
            for row in page:
                yield (
                    row.number,
                    row.created_at,
                    row.kind.value,
                    row.category,
                    row.priority.value,
                    row.channel.value,
                    row.state.value,
                    row.where,
                    row.reporter_name,
                    row.reporter_phone_masked,
                    row.assignee_name,
                    row.responded_at,
                    row.resolved_at,
                    row.closed_at,
                    row.sla_state.value,
                    row.satisfaction,
                    row.description,
                )
            if len(page) < PAGE_ROWS:
                return
            offset += len(page)
            after = (page[-1].created_at, page[-1].number)
