"""What each area contributes to a shift handover, without the handover knowing the areas
(docs/architecture.md, "How an area plugs in").

When a shift ends, the handover service asks every registered ``HandoverSource`` for the open items at
that desk: visitors still on site and overstays, keys out and overdue, the latest key count, open and
SLA-risk work orders, open incidents, missed patrol checkpoints, instructions to pass on. Items are
facts (codes, names, places, times), not sentences: the screen and the printed sheet put them into the
operator's language. ``app/bootstrap.py`` wires the sources.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from app.severity import Severity


class KeyCountResult(StrEnum):
    """The ``result`` fact of the ``KEY_COUNT`` line."""

    NO_DIFFERENCE = "no_difference"
    DIFFERENCES = "differences"
    NOT_DONE = "not_done"


class HandoverItemKind(StrEnum):
    VISITOR_ON_SITE = "visitor_on_site"
    VISITOR_OVERSTAY = "visitor_overstay"
    KEY_OUT = "key_out"
    KEY_OVERDUE = "key_overdue"
    KEY_COUNT = "key_count"  # always one line: the shift's key count, done without difference / with / not done
    KEY_COUNT_DIFFERENCE = "key_count_difference"
    WORK_ORDER_OPEN = "work_order_open"
    WORK_ORDER_AT_RISK = "work_order_at_risk"
    WORK_ORDER_BREACHED = "work_order_breached"
    INCIDENT_OPEN = "incident_open"
    PATROL_MISSED = "patrol_missed"
    INSTRUCTION = "instruction"


@dataclass(frozen=True, slots=True)
class HandoverItem:
    """One open matter. ``ref_kind``/``ref_id`` point at the record (for the link and the audit)."""

    kind: HandoverItemKind
    ref_kind: str
    ref_id: str
    subject: str  # who or what: a visitor's name, "K-012 天台門", "WO-000123", a checkpoint
    place: str = ""  # unit or location
    since: datetime | None = None
    due: datetime | None = None
    severity: Severity = Severity.INFO
    facts: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # extra (label code, value) pairs


class HandoverSource(Protocol):
    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """The open items this area hands over at ``desk_id`` when a shift ends at ``now``."""
        ...
