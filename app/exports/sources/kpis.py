"""The repair KPI tables as an export source (the KPI page's Excel button, the Reports page,
``gatehouse export xlsx --what kpis``): the period's figures in one sheet — the whole period first,
then by category, by technician and by day, as the KPI page shows them. Times are hours, rates
percent, satisfaction the guide's 1–5 score; an empty cell where nothing could be measured.

The period's local days (default: the current month up to today).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import tzinfo
from typing import Any

from app.clock import Clock, local_day
from app.exports.registry import ExportColumn, ExportFilter, ExportKind, filter_days
from app.exports.xlsx import CellKind
from app.repairs.kpi import KpiFigures, KpiService

SECONDS_PER_HOUR = 3600
DECIMALS = 2
TOTAL, CATEGORY, TECHNICIAN, DAY = "total", "category", "technician", "day"  # "kpi_table" codes

COLUMNS = (
    ExportColumn("kpi_table", "Table", width=12, coded=True),
    ExportColumn("category", "Category", width=14, coded=True),
    ExportColumn("name", "Technician / day", width=16),
    ExportColumn("requests", "Requests", CellKind.NUMBER, 9),
    ExportColumn("complaints", "Complaints", CellKind.NUMBER, 9),
    ExportColumn("first_response_h", "First response (mean, h)", CellKind.NUMBER, 11),
    ExportColumn("mttr_h", "MTTR without on-hold time (h)", CellKind.NUMBER, 11),
    ExportColumn("sla_percent", "SLA met (%)", CellKind.NUMBER, 9),
    ExportColumn("reopen_percent", "Reopen rate (%)", CellKind.NUMBER, 9),
    ExportColumn("complaint_percent", "Complaint rate (%)", CellKind.NUMBER, 9),
    ExportColumn("satisfaction", "Satisfaction (1–5)", CellKind.NUMBER, 9),
    ExportColumn("answers", "Answers", CellKind.NUMBER, 8),
)


def _round(value: float | None, scale: float = 1.0) -> float | None:
    return None if value is None else round(value / scale, DECIMALS)


def _figures(f: KpiFigures) -> list[Any]:
    return [
        f.requests,
        f.complaints,
        _round(f.first_response_s, SECONDS_PER_HOUR),
        _round(f.mttr_s, SECONDS_PER_HOUR),
        _round(f.sla_compliance),
        _round(f.reopen_rate),
        _round(f.complaint_rate),
        _round(f.satisfaction),
        f.answered,
    ]


class KpiExportSource:
    kind = ExportKind.KPIS

    def __init__(self, kpis: KpiService, clock: Clock, zone: tzinfo) -> None:
        self._kpis = kpis
        self._clock = clock
        self._zone = zone

    def columns(self) -> Sequence[ExportColumn]:
        return COLUMNS

    def _table(self, flt: ExportFilter) -> list[list[Any]]:
        today = local_day(self._clock.now(), self._zone)
        first, last = filter_days(flt, self._zone) or (today.replace(day=1), today)
        period = self._kpis.period(first, last)
        out = [[TOTAL, "", "", *_figures(period.total)]]
        out += [[CATEGORY, name, "", *_figures(f)] for name, f in period.by_category]
        out += [[TECHNICIAN, "", name, *_figures(f)] for name, f in period.by_technician]
        out += [[DAY, "", day.isoformat(), *_figures(f)] for day, f in period.by_day]
        return out

    def count(self, flt: ExportFilter) -> int | None:
        return len(self._table(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        yield from self._table(flt)
