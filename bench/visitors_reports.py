"""Benchmark: the visitor log's part of the reports over 1,000,000 visits (docs/targets.md).

    python3 dev.py bench bench/visitors_reports.py [--visits 1000000] [--repeat 5]

The demo site (every area: visitors, keys, repairs, duty) with the clock at its "now" (2 March 2026,
16:30): the visitor source's own facts — a day that is over (1 March, ~33,000 visits, 20 times the
busy day of docs/targets.md), today so far, the muster list, a month — and the whole PDFs as the report service
writes them with every area's facts. Targets (whole reports): daily PDF ≤ 2 s, monthly ≤ 5 s.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from harness import measure, report  # type: ignore[import-not-found]
from visitors_data import add_arguments, open_demo  # type: ignore[import-not-found]

DAILY_S = 2.0
MONTHLY_S = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    services, info = open_demo(args)
    from app.clock import day_bounds
    from app.reports.labels import ReportLabels
    from app.reports.paper import Paper
    from app.reports.service import next_month
    from app.reports.sources.visitors import VisitReportSource

    zone = services.zone
    source = VisitReportSource(services.database.sessions, services.clock, zone)
    yesterday, today, month = date(2026, 3, 1), date(2026, 3, 2), date(2026, 2, 1)
    y_start, y_end = day_bounds(yesterday, zone)
    t_start, t_end = day_bounds(today, zone)
    m_start, m_end = day_bounds(month, zone)[0], day_bounds(next_month(month), zone)[0]
    n = args.repeat
    came = {c.metric.value: c.value for c in source.daily_facts(y_start, y_end, None).counts}["visits_in"]
    paper = Paper("翠湖花園", "benchmark", services.clock.now(), zone, ReportLabels())
    reports = services.reports
    cases = (
        (f"visitor facts of a day over ({came:,} check-ins)", lambda: source.daily_facts(y_start, y_end, None), None),
        ("visitor facts of today so far", lambda: source.daily_facts(t_start, t_end, None), None),
        ("visitors on the muster list", lambda: source.people_on_site(services.clock.now()), None),
        ("visitor facts of a month (February)", lambda: source.month_facts(m_start, m_end), None),
        ("daily report PDF, every area (1 March)", lambda: reports.daily_pdf(None, yesterday, None, paper), DAILY_S),
        ("muster list PDF, every area", lambda: reports.muster_pdf(None, paper), None),
        ("monthly report PDF, every area (Feb vs Jan)", lambda: reports.monthly_pdf(None, month, paper), MONTHLY_S),
    )
    rows = [(measure(name, action, n), "median", target) for name, action, target in cases]
    report(rows, f"Visitor facts in the reports, {info.visits:,} visits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
