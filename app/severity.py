"""One severity scale for everything a supervisor must see: the daily report's exceptions, the
handover's open matters and the home screen.

Three steps, most severe first: ``URGENT`` (緊急: act now — a theft, a refused handover, a watchlist
person turned away, a breached urgent job), ``WARNING`` (注意: must be followed up — an overstay, an
overdue key, a missed checkpoint) and ``INFO`` (資訊: for the record). Which step a kind of matter
gets is decided here, in app/, per kind; ui/ and the papers only put it into words and print it so
that it stands out in black and white (a mark and weight, never colour alone).

The stored values are the lower-case names; ``"attention"`` and ``"critical"`` (two older scales
merged into this one) still read back as ``WARNING`` and ``URGENT``.
"""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    URGENT = "urgent"
    WARNING = "warning"
    INFO = "info"

    @classmethod
    def _missing_(cls, value: object) -> Severity | None:
        return _LEGACY.get(str(value).lower())

    @property
    def rank(self) -> int:
        """0 for the most severe: sort by it."""
        return _RANK[self]

    @property
    def mark(self) -> str:
        """The sign printed before the word, so the step reads without colour: ■ ▲ ·"""
        return _MARKS[self]


_LEGACY = {"attention": Severity.WARNING, "critical": Severity.URGENT}
_RANK = {Severity.URGENT: 0, Severity.WARNING: 1, Severity.INFO: 2}
_MARKS = {Severity.URGENT: "■", Severity.WARNING: "▲", Severity.INFO: "·"}

# Incidents carry their own four-step severity (app/duty/common.py): high and critical ones are urgent,
# and so is any incident of a kind where people or property were harmed or are in danger, whatever
# step the guard chose when writing it down.
_INCIDENT = {"critical": Severity.URGENT, "high": Severity.URGENT, "medium": Severity.WARNING, "low": Severity.INFO}
URGENT_INCIDENT_CATEGORIES = frozenset({"fire_alarm", "theft", "injury", "flooding", "lift_entrapment"})


def of_incident(incident_severity: str, category: str = "") -> Severity:
    """The scale's step for an incident of ``incident_severity`` (``low``…``critical``) and ``category``."""
    if category in URGENT_INCIDENT_CATEGORIES:
        return Severity.URGENT
    return _INCIDENT.get(incident_severity, Severity.WARNING)


def most_severe_first(severity: Severity) -> int:
    """A sort key: urgent first."""
    return severity.rank
