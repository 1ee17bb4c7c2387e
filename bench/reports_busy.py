"""Report and export timings against SPEC §10 (not a test).

    python3 dev.py bench bench/reports_busy.py [--repeat 5] [--rows 100000]

* daily report PDF of a busy day (1,500 visits, 300 key events, 150 work orders, 200 log entries),
* monthly KPI report PDF,
* Excel export of 100,000 visit rows.

The foundation's facts (shifts, approvals, refused sign-ins, audit head) come from a real database
(``gatehouse demo``'s foundation data: a month of shifts). The visitors, keys, repairs and duty areas
have not landed on this branch yet: their sources are synthetic, sized like a busy day, so these
figures measure gathering + rendering + writing, not the areas' own SQL. Re-run once the real
sources are wired in (``app/bootstrap.py``).
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

from app.bootstrap import build_services, open_database
from app.clock import FixedClock
from app.demo.foundation import run_demo
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.service import ExportService
from app.exports.xlsx import CellKind
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.reports.facts import (
    CategoryCount,
    CountFact,
    DailySection,
    ExceptionFact,
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MonthSection,
    Severity,
    WorkOrderBucket,
    WorkOrderCount,
)
from app.reports.labels import ReportLabels
from app.reports.paper import Paper
from app.reports.service import ReportService
from app.reports.sources.access import AccessSource

DAY = date(2026, 3, 2)
NAMES = ["陳大文", "李小明", "張美玲", "黃志強", "劉建國", "鄭麗華", "林秀英", "王偉傑", "何嘉欣", "吳子軒"]
CATEGORIES = ("水電", "電梯", "門禁", "公共地方", "噪音", "清潔", "保安", "其他")


class BusyDay:
    """Exceptions and counts of a busy day: 1,500 visits, 300 key events, 150 work orders, 200 log entries."""

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
                    Severity.ATTENTION,
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
        if self.module is Module.KEYS:
            exceptions = [
                ExceptionFact(
                    ExceptionKind.KEY_OVERDUE, Severity.ATTENTION, at(), f"K-{n:03d} 天台門", name(), due=at()
                )
                for n in range(15)
            ]
            return DailySection(
                self.module,
                tuple(exceptions),
                (CountFact(self.module, Metric.KEYS_ISSUED, 150), CountFact(self.module, Metric.KEYS_RETURNED, 150)),
            )
        if self.module is Module.REPAIRS:
            exceptions = [
                ExceptionFact(
                    ExceptionKind.SLA_BREACH,
                    Severity.URGENT,
                    at(),
                    f"WO-{n:06d}",
                    "B座 大堂",
                    due=at(),
                    note="水管爆裂，需要更換閥門",
                )
                for n in range(20)
            ]
            orders = tuple(WorkOrderCount(c, b, rng.randrange(0, 8)) for c in CATEGORIES for b in WorkOrderBucket)
            return DailySection(
                self.module,
                tuple(exceptions),
                (CountFact(self.module, Metric.WORK_ORDERS_NEW, 150),),
                work_orders=orders,
            )
        exceptions = [
            ExceptionFact(
                ExceptionKind.INCIDENT,
                Severity(rng.randrange(1, 5)),
                at(),
                "可疑人物",
                "停車場",
                note="巡邏時發現，已通知主管",
            )
            for _ in range(8)
        ]
        return DailySection(self.module, tuple(exceptions), (CountFact(self.module, Metric.LOG_ENTRIES, 200),))

    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        days = round((end - start).total_seconds() / 86400)
        if self.module is Module.VISITORS:
            per_day = tuple(self.rng.randrange(1200, 1600) for _ in range(days))
            return MonthSection(self.module, ((Indicator.VISITS, float(sum(per_day))),), visits_per_day=per_day)
        return MonthSection(
            self.module,
            ((Indicator.RESPONSE_TIME, 38.0), (Indicator.MTTR, 19.5), (Indicator.SLA_COMPLIANCE, 93.1)),
            work_orders_by_category=tuple(CategoryCount(c, self.rng.randrange(10, 200)) for c in CATEGORIES),
        )


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
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp))
        paths.ensure()
        clock = FixedClock(datetime(2026, 3, 31, 8, 30, tzinfo=UTC))
        database = open_database(paths.database, paths, clock, LocalConfig())
        run_demo(database, clock, visits=0, days=60, seed=1, progress=lambda _m: None)
        services = build_services(database, clock)
        sources = [BusyDay(m, n) for n, m in enumerate((Module.VISITORS, Module.KEYS, Module.REPAIRS, Module.DUTY))]
        reports = ReportService(
            clock, services.zone, services.site, AccessSource(database.sessions), sources, (), sources[:3]
        )
        paper = Paper(services.site_row.name, "陳志明", clock.now(), services.zone, ReportLabels(), "東門崗")
        daily = measure("daily report PDF, busy day", lambda: reports.daily_pdf(None, DAY, None, paper), args.repeat)
        monthly = measure(
            "monthly KPI report PDF", lambda: reports.monthly_pdf(None, date(2026, 2, 1), paper), args.repeat
        )
        exports = ExportService(database.sessions, clock, services.zone, services.audit, [VisitRows(args.rows)])
        out = Path(tmp) / "visits.xlsx"
        export = measure(
            f"Excel export of {args.rows:,} visits",
            lambda: exports.export(None, ExportKind.VISITS, ExportFilter(), out, site_name="翠湖花園"),
            max(1, args.repeat // 3),
            warmup=0,
        )
        pages = reports.daily_pdf(None, DAY, None, paper).count(b"/Type /Page\n")
        database.dispose()
    report(
        [(daily, "median", 2.0), (monthly, "median", 5.0), (export, "median", 15.0)],
        f"Reports (synthetic area sources; busy day = {pages} pages)",
    )


if __name__ == "__main__":
    main()
