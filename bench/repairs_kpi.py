"""Benchmark: a month of repair KPIs at 200,000 work orders (target ≤ 500 ms).

    python3 dev.py bench bench/repairs_kpi.py [--work-orders 200000] [--days 730] [--repeat 15]

The month is March 2026 (about 8,300 jobs of the 200,000 over two years): read the rows, compute the
totals and the figures per day, category and technician. Also the worst case the target could be
read as: the same computation over all 200,000 jobs (--days 30 puts them all in one month).
"""

from __future__ import annotations

from datetime import date

from harness import measure, report
from repairs_data import arguments, prepared

TARGET_S = 0.500


def main() -> None:
    args = arguments(__doc__ or "")
    services, _clock = prepared(args)
    kpis = services.kpis
    month = kpis.month(2026, 3)
    print(f"jobs in March 2026: {month.total.requests}")
    everything = kpis.period(date(2020, 1, 1), date(2026, 3, 31))
    print(f"jobs in the whole history: {everything.total.requests}")
    rows = [
        (
            measure(
                "KPI month (rows + totals + per day/category/technician)", lambda: kpis.month(2026, 3), args.repeat
            ),
            "median",
            TARGET_S,
        ),
        (
            measure("KPI rows only (the query)", lambda: kpis.rows(date(2026, 3, 1), date(2026, 3, 31)), args.repeat),
            "median",
            None,
        ),
        (
            measure("KPI over the whole history", lambda: kpis.period(date(2020, 1, 1), date(2026, 3, 31)), 3),
            "median",
            None,
        ),
    ]
    report(rows, f"repair KPIs at {args.work_orders:,} work orders")


if __name__ == "__main__":
    main()
