"""The visitor log's part of a shift handover: every visitor still on site, overstays flagged."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.handover_sources import HandoverItem, HandoverItemKind
from app.severity import Severity
from app.visitors.visits import VisitService


class VisitorHandoverSource:
    """``HandoverSource`` over the on-site list."""

    def __init__(self, visits: VisitService) -> None:
        self._visits = visits

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """``HandoverSource``: every visitor still on site (the site's list, whichever desk let them in),
        overstays flagged for attention."""
        items = []
        for row in self._visits.on_site():
            late = row.overstayed(now)
            facts = [("code", row.code)]
            if row.pass_number:
                facts.append(("pass", row.pass_number))
            items.append(
                HandoverItem(
                    HandoverItemKind.VISITOR_OVERSTAY if late else HandoverItemKind.VISITOR_ON_SITE,
                    "visit",
                    str(row.id),
                    row.name,
                    row.unit_label or row.company,
                    row.checked_in_at,
                    row.expected_leave_at,
                    Severity.WARNING if late else Severity.INFO,
                    tuple(facts),
                )
            )
        return items
