"""Benchmark: a check-in saved and the on-site list updated, at 1,000,000 past visits (docs/targets.md).

    python3 dev.py bench bench/visitors_checkin.py [--visits 1000000] [--repeat 100]

What the guard's page does for one check-in: ``VisitService.check_in`` (validation, watchlist
screening, the visitor card and its search keys, the visit, the audit entry; one transaction with
``synchronous=FULL``) then ``VisitService.on_site()`` for the list. Half the check-ins are returning
visitors chosen from the search box, half are new people. Target: median ≤ 30 ms.
The demo database is copied first, so the benchmark leaves it as generated.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from harness import from_samples, report  # type: ignore[import-not-found]
from visitors_data import add_arguments, ensure_demo, guard, open_demo  # type: ignore[import-not-found]

TARGET_S = 0.030
NAMES = ["陳大文", "李小明", "張偉傑", "黃美玲", "歐陽娜娜", "王志強", "林嘉欣", "周子軒", "吳家豪", "鄭麗華"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    demo = ensure_demo(args.visits, args.data_dir)
    with tempfile.TemporaryDirectory(prefix="gatehouse-checkin-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(demo.data_dir, copy)
        args.data_dir = copy
        services, info = open_demo(args)
        from app.search import warm_up
        from app.visitors.model import CheckInFields, IdChecked

        warm_up()
        actor = guard(services)
        units = services.directory.find_units("A1", 50)
        returning = [m for m in services.visitor_lookup.find("陈") + services.visitor_lookup.find("zh")]
        check_in, on_site = [], []
        both = []
        for n in range(args.repeat + 5):
            if n % 2 and returning:
                card = services.visitor_lookup.returning(returning[n % len(returning)].visitor_id)
                fields = CheckInFields(
                    card.name, card.visitor_type, phone=card.phone, unit_id=card.unit_id or units[0].id,
                    company=card.company or "順達水電", plate=card.plate, purpose=card.purpose or "探訪",
                    id_checked=IdChecked.SIGHTED, visitor_id=card.visitor_id,
                )  # fmt: skip
            else:
                fields = CheckInFields(
                    f"{NAMES[n % len(NAMES)]}{n}", "guest", phone=f"9{n:07d}", unit_id=units[n % len(units)].id,
                    plate=f"粵B{n:05d}" if n % 3 == 0 else "",
                )  # fmt: skip
            start = time.perf_counter()
            services.visitors.check_in(actor, fields)
            saved = time.perf_counter()
            services.visitors.on_site()
            done = time.perf_counter()
            if n >= 5:  # the first few warm the caches
                check_in.append(saved - start)
                on_site.append(done - saved)
                both.append(done - start)
            services.clock.advance(timedelta(seconds=37))
        count = len(services.visitors.on_site())
        services.database.dispose()
    report(
        [
            (from_samples("check-in saved + on-site list updated", both), "median", TARGET_S),
            (from_samples("  check-in alone (one transaction, fsync)", check_in), "median", None),
            (from_samples(f"  on-site list ({count} visitors)", on_site), "median", None),
        ],
        f"Check-in, {info.visits:,} past visits",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
