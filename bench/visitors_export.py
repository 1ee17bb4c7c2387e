"""Benchmark: Excel export of 100,000 visits through the shared writer (docs/targets.md).

    python3 dev.py bench bench/visitors_export.py [--visits 1000000] [--runs 3]

The history filter of the last days that holds about 100,000 visits of the demo, exported as the
history page does: through the export registry (``ExportService.export`` with the visit source), masked
phones and IDs, codes worded, real dates, audited. Target: ≤ 15 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from harness import from_samples, report  # type: ignore[import-not-found]
from visitors_data import add_arguments, open_demo  # type: ignore[import-not-found]

TARGET_S = 15.0
WANTED = 100_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    services, info = open_demo(args)
    from app.exports.registry import ExportKind
    from app.exports.sources.visitors import export_filter
    from app.permissions import Actor, Role
    from app.visitors.model import HistoryFilter

    last = date(2026, 3, 2)
    f = HistoryFilter(first_day=last, last_day=last)
    days = 1
    while services.visit_history.count(f) < WANTED and days < 60:
        days += 1
        f = HistoryFilter(first_day=last - timedelta(days=days - 1), last_day=last)
    count = services.visit_history.count(f)
    supervisor = next(r for r in services.operators.switchable() if r.role == Role.SUPERVISOR)
    actor = Actor(supervisor.id, supervisor.username, supervisor.display_name, Role.SUPERVISOR, None)
    flt = export_filter(f, services.zone)
    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            target = Path(tmp) / f"visits-{run}.xlsx"
            start = time.perf_counter()
            written = services.exports.export(actor, ExportKind.VISITS, flt, target, site_name="翠湖花園").rows
            samples.append(time.perf_counter() - start)
            size = target.stat().st_size / 1e6
    report(
        [(from_samples(f"export {written:,} visits ({days} days), {size:.1f} MB xlsx", samples), "median", TARGET_S)],
        f"Visit export, {info.visits:,} visits in the database (filter: {count:,})",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
