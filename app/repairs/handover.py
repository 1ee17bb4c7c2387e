"""The repairs' part of a shift handover: every open job, the breached and at-risk ones marked."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.handover_sources import HandoverItem, HandoverItemKind
from app.repairs.reading import RepairReader
from app.repairs.rows import WORK_ORDER_KIND, QueueFilter, QueueItem, QueueScope
from app.repairs.sla import ClockState
from app.severity import Severity

HANDOVER_PAGE = 500  # open jobs read per page for a handover: every open job is listed, never cut short


class WorkOrderHandoverSource:
    """``HandoverSource`` over the repair queue (site-wide: any desk may be asked about any job)."""

    def __init__(self, reader: RepairReader) -> None:
        self._reader = reader

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """``HandoverSource``: the open jobs, breached and at-risk ones marked (site-wide: any desk
        may be asked about any job)."""
        items = []
        for item in self._all_open():
            row, current = item.row, item.countdown(now)
            kind, severity = HandoverItemKind.WORK_ORDER_OPEN, Severity.INFO
            if current is not None and current.state is ClockState.BREACHED:
                kind, severity = HandoverItemKind.WORK_ORDER_BREACHED, Severity.URGENT
            elif current is not None and current.state is ClockState.AT_RISK:
                kind, severity = HandoverItemKind.WORK_ORDER_AT_RISK, Severity.WARNING
            items.append(
                HandoverItem(
                    kind=kind,
                    ref_kind=WORK_ORDER_KIND,
                    ref_id=str(row.id),
                    subject=row.number,
                    place=row.where,
                    since=row.created_at,
                    due=None if current is None else current.due,
                    severity=severity,
                    facts=(("state", row.state.value), ("category", row.category), ("priority", row.priority.value)),
                )
            )
        return items

    def _all_open(self) -> list[QueueItem]:
        """Every open job, most urgent first, read a page at a time."""
        found: list[QueueItem] = []
        while True:
            page = self._reader.page(QueueFilter(scope=QueueScope.OPEN), len(found), HANDOVER_PAGE)
            found += page
            if len(page) < HANDOVER_PAGE:
                return found
