"""The protocols through which each module area contributes to the reports (no area is imported).

An area implements the ones it has facts for, in its own module or in ``app/reports/sources/<area>.py``, and
``app/bootstrap.py`` hands the instances to ``ReportService``. Every method is a read: it opens its own
``sessions.read()`` and returns frozen facts.

* ``DailyReportSource.daily_facts(day_start, day_end, desk_id)`` — exceptions, counts and chart
  series of one local day ``[day_start, day_end)`` at one desk (``None`` = the whole site).
* ``MusterSource.people_on_site(now)`` — everyone this area knows to be on site now; ``muster_kinds``
  says which kinds it reports, so an empty list can print "none" rather than "not recorded".
* ``MonthlyKpiSource.month_facts(start, end)`` — the indicator values of ``[start, end)``; the service
  asks twice (this month and the previous one) for the comparison.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Protocol

from app.reports.facts import DailySection, MonthSection, MusterEntry, MusterKind


class DailyReportSource(Protocol):
    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection: ...


class MusterSource(Protocol):
    @property
    def muster_kinds(self) -> frozenset[MusterKind]: ...

    def people_on_site(self, now: datetime) -> list[MusterEntry]: ...


class MonthlyKpiSource(Protocol):
    def month_facts(self, start: datetime, end: datetime) -> MonthSection: ...
