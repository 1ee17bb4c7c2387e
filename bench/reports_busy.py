"""Report and export timings against docs/targets.md (not a test).

    python3 dev.py bench bench/reports_busy.py [--days 400] [--visits 0] [--repeat 5] [--rows 100000]

* daily report PDF of a busy day (1,500 visits, 300 key events, 150 work orders, 200 log entries) ≤ 2 s,
* monthly KPI report PDF ≤ 5 s,
* Excel export of 100,000 visit rows ≤ 15 s; and of every work order and every duty-log entry.

The repairs and duty facts are REAL: ``gatehouse demo`` data (``--days`` of history, ``--visits`` sets the
number of work orders as the demo does: max(6 × days, visits ÷ 10)) plus a busy day written through the
services (``bench/reports_data.py``; built once in ``/tmp/gatehouse-bench-reports/``). The visitors and
keys areas have not landed yet: their facts (and the 100,000 visit rows) are still synthetic, sized like
a busy day, so those parts measure gathering + rendering + writing, not the areas' own SQL.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from harness import measure, report
from reports_data import BUSY_DAY, prepared

from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.service import ExportService
from app.exports.xlsx import CellKind
from app.reports.facts import (
    CountFact,
    DailySection,
    ExceptionFact,
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MonthSection,
)
from app.reports.labels import ReportLabels
from app.reports.paper import Paper
from app.reports.service import ReportService
from app.reports.sources.access import AccessSource
from app.reports.sources.duty import DutyReportSource
from app.reports.sources.repairs import RepairReportSource
from app.severity import Severity

NAMES = ["陳大文", "李小明", "張美玲", "黃志強", "劉建國", "鄭麗華", "林秀英", "王偉傑", "何嘉欣", "吳子軒"]
CATEGORIES = ("水電", "電梯", "門禁", "公共地方", "噪音", "清潔", "保安", "其他")


class BusyDay:
    """Synthetic exceptions and counts of the areas not landed yet, sized like a busy day: 1,500 visits
    (visitors) and 300 key events (keys)."""

    def __init__(self, module: Module, seed: int) -> None:
        self.module = module
        self.rng = random.Random(seed)

    def daily_facts(self, start: datetime, end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        rng = self.rng
        at = lambda: start + timedelta(minutes=rng.randrange(24 * 60))  # noqa: E731
        name = lambda: rng.choice(NAMES)  # noqa: E731
        if self.module is Module.VISITORS:
            hours = [0] * 24
            for _ in range(1500):
                hours[min(23, max(0, int(rng.gauss(13, 4))))] += 1
            exceptions = [
                ExceptionFact(
                    ExceptionKind.OVERSTAY,
                    Severity.WARNING,
                    at(),
                    name(),
                    f"{rng.choice('ABCD')}座 {rng.randrange(1, 40)}樓",
                    due=at(),
                )
                for _ in range(40)
            ] + [ExceptionFact(ExceptionKind.WATCHLIST_HIT, Severity.URGENT, at(), name()) for _ in range(6)]
            counts = [
                CountFact(self.module, m, v)
                for m, v in ((Metric.VISITS_IN, 1500), (Metric.VISITS_OUT, 1460), (Metric.OVERSTAYS, 40))
            ]
            return DailySection(self.module, tuple(exceptions), tuple(counts), visitors_per_hour=tuple(hours))
        exceptions = [
            ExceptionFact(ExceptionKind.KEY_OVERDUE, Severity.WARNING, at(), f"K-{n:03d} 天台門", name(), due=at())
            for n in range(15)
        ]
        return DailySection(
            self.module,
            tuple(exceptions),
            (CountFact(self.module, Metric.KEYS_ISSUED, 150), CountFact(self.module, Metric.KEYS_RETURNED, 150)),
        )

    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        days = round((end - start).total_seconds() / 86400)
        per_day = tuple(self.rng.randrange(1200, 1600) for _ in range(days))
        return MonthSection(self.module, ((Indicator.VISITS, float(sum(per_day))),), visits_per_day=per_day)


class VisitRows:
    kind = ExportKind.VISITS

    def __init__(self, rows: int) -> None:
        self.total = rows

    def columns(self) -> Sequence[ExportColumn]:
        return (
            ExportColumn("number", "No.", width=10),
            ExportColumn("name", "Visitor", width=12),
            ExportColumn("phone", "Phone", width=14),
            ExportColumn("id_number", "ID number", width=20),
            ExportColumn("unit", "Unit", width=14),
            ExportColumn("purpose", "Purpose", width=24),
            ExportColumn("plate", "Plate", width=10),
            ExportColumn("in", "Checked in", CellKind.DATETIME, 17),
            ExportColumn("out", "Checked out", CellKind.DATETIME, 17),
            ExportColumn("companions", "Companions", CellKind.NUMBER, 8),
        )

    def count(self, flt: ExportFilter) -> int:
        return self.total

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        rng = random.Random(7)
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for n in range(self.total):
            at = start + timedelta(minutes=n)
            yield (
                f"V{n:08d}",
                rng.choice(NAMES),
                "138****5678",
                "A12****(3)",
                "A座 12樓C室",
                "送貨",
                "粵B·12345",
                at,
                at + timedelta(hours=1),
                rng.randrange(3),
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=400)
    parser.add_argument("--visits", type=int, default=0, help="as gatehouse demo: sets the number of work orders")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="build the benchmark site again")
    args = parser.parse_args()
    site = prepared(args.days, args.visits, fresh=args.fresh)
    services, clock = site.services, site.clock
    sessions = services.database.sessions
    repairs = RepairReportSource(sessions, clock, services.kpis, services.zone)
    duty = DutyReportSource(sessions, clock, services.patrols)
    visitors, keys = BusyDay(Module.VISITORS, 0), BusyDay(Module.KEYS, 1)
    reports = ReportService(
        clock,
        services.zone,
        services.site,
        AccessSource(sessions),
        [visitors, keys, repairs, duty],
        [repairs],
        [visitors, repairs, duty],
    )
    paper = Paper(services.site_row.name, "陳志明", clock.now(), services.zone, ReportLabels(), "東門崗")
    facts = reports.daily_facts(None, BUSY_DAY)
    daily_facts = measure(
        "daily report facts (SQL only), busy day", lambda: reports.daily_facts(None, BUSY_DAY), args.repeat
    )
    daily = measure("daily report PDF, busy day", lambda: reports.daily_pdf(None, BUSY_DAY, None, paper), args.repeat)
    quiet = measure(
        "daily report PDF, an ordinary demo day",
        lambda: reports.daily_pdf(None, BUSY_DAY - timedelta(days=10), None, paper),
        args.repeat,
    )
    monthly = measure(
        "monthly KPI report PDF (February vs January)",
        lambda: reports.monthly_pdf(None, date(2026, 2, 1), paper),
        args.repeat,
    )
    muster = measure("muster list PDF", lambda: reports.muster_pdf(None, paper), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        exports = ExportService(sessions, clock, services.zone, services.audit, [VisitRows(args.rows)])
        out = Path(tmp) / "visits.xlsx"
        export = measure(
            f"Excel export of {args.rows:,} visits (synthetic rows)",
            lambda: exports.export(None, ExportKind.VISITS, ExportFilter(), out, site_name="翠湖花園"),
            max(1, args.repeat // 3),
            warmup=0,
        )
        orders = measure(
            f"Excel export of all {site.work_orders:,} work orders",
            lambda: services.exports.export(None, ExportKind.REPAIRS, ExportFilter(), Path(tmp) / "wo.xlsx"),
            max(1, args.repeat // 3),
            warmup=0,
        )
        log_rows = services.exports.count(ExportKind.LOG, ExportFilter()) or 0
        log = measure(
            f"Excel export of all {log_rows:,} duty-log entries",
            lambda: services.exports.export(None, ExportKind.LOG, ExportFilter(), Path(tmp) / "log.xlsx"),
            max(1, args.repeat // 3),
            warmup=0,
        )
    pages = reports.daily_pdf(None, BUSY_DAY, None, paper).count(b"/Type /Page\n")
    services.database.dispose()
    busy = (
        f"{site.day_work_orders} work orders, {site.day_log_entries} log entries, "
        f"{facts.count(Metric.INCIDENTS)} incidents, {len(facts.exceptions)} exceptions, {pages} pages"
    )
    report(
        [
            (daily_facts, "median", None),
            (daily, "median", 2.0),
            (quiet, "median", 2.0),
            (monthly, "median", 5.0),
            (muster, "median", None),
            (export, "median", 15.0),
            (orders, "median", None),
            (log, "median", None),
        ],
        f"Reports over a {args.days}-day demo site ({site.work_orders:,} work orders); busy day: {busy}",
    )


if __name__ == "__main__":
    main()
