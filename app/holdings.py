"""Who is on site, and what they still hold (keys today; perhaps passes or parcels later).

The visitors service asks every registered ``HoldingsSource`` before a check-out, so a visitor who
still holds a key is flagged with the key listed — without the visitors area knowing about keys.
The keys area implements the protocol; ``app/bootstrap.py`` wires it in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class HeldItem:
    kind: str  # "key", …
    label: str  # e.g. the key's tag and label: "K-012 A座天台"
    since: datetime
    due: datetime | None = None


class HoldingsSource(Protocol):
    def held_by_visit(self, visit_id: uuid.UUID) -> list[HeldItem]:
        """Items issued to the visitor of ``visit_id`` and not yet returned."""
        ...


@dataclass(frozen=True, slots=True)
class OnSiteVisitor:
    """A visitor checked in and not yet out: who may borrow a key "from the on-site list"."""

    visit_id: uuid.UUID
    name: str
    unit_label: str
    pass_number: str
    checked_in_at: datetime


class OnSiteSource(Protocol):
    def on_site_now(self) -> list[OnSiteVisitor]:
        """Everyone checked in and not yet checked out, newest first."""
        ...
