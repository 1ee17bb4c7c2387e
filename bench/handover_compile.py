"""Compiling a shift handover at 1,000,000 visits, 500,000 key loans and 200,000 work orders (target
≤ 300 ms).

    python3 dev.py bench bench/handover_compile.py [--repeat 15] [--fresh]

Builds (once, then reuses) a demo site with the ``gatehouse demo`` generators at the issue's volumes:
booth shifts with log entries, patrol rounds, incidents and handovers; 1,000,000 visits; 5,000 keys
with 500,000 loans; 200,000 work orders. Then, on a copy of that database and the booth shift open at
the bench instant, it times with the sources exactly as ``bootstrap`` wires them:
  * each area's handover source alone (visitors on site, keys out, work orders, duty…);
  * ``HandoverService.collect`` over every source;
  * ``HandoverService.compile``: the first compile (stores the snapshot) and a recompile (which keeps
    the incoming guard's decisions).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from harness import measure, report  # type: ignore[import-not-found]

from app.bootstrap import build_services, open_database
from app.clock import FixedClock
from app.demo import duty, foundation, keys, repairs, visitors
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.permissions import Actor

TARGET_S = 0.300
NOW = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)  # 14:30 in Hong Kong: the day shift is open at the booth
VISITS, DAYS = 1_000_000, 30
KEYS, LOANS = 5_000, 500_000
WORK_ORDERS = 200_000
DEFAULT_FOLDER = Path(tempfile.gettempdir()) / "gatehouse-bench-handover"


def prepare(folder: Path, fresh: bool) -> DataPaths:
    """The cached benchmark database, generated when missing (about ten minutes)."""
    done = folder / "ready"
    if fresh or not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
    paths = DataPaths(folder / "data")
    if done.exists():
        return paths
    paths.ensure()
    clock = FixedClock(NOW)
    started = time.perf_counter()
    database = open_database(paths.database, paths, clock, LocalConfig())
    try:
        ctx = foundation.create_site(database, clock, 1, DAYS, VISITS, lambda m: print(f"  {m}", flush=True))
        foundation.generate_shifts(ctx)
        visitors.generate(ctx)
        repairs.generate_work_orders(ctx, WORK_ORDERS)
        duty.generate(ctx)
        keys.generate_keys(ctx, KEYS, LOANS)
    finally:
        database.dispose()
    elapsed = time.perf_counter() - started
    done.write_text(f"{elapsed:.1f}\n", encoding="utf-8")
    print(f"  generated in {elapsed:.0f} s ({paths.database.stat().st_size >> 20} MB)", flush=True)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--fresh", action="store_true", help="generate the data again")
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    args = parser.parse_args()
    source = prepare(args.folder, args.fresh)
    with tempfile.TemporaryDirectory(prefix="gatehouse-bench-handover-run-") as tmp:
        # Measure on a copy: the compile stores a snapshot, the cached data stays as generated.
        paths = DataPaths(Path(tmp) / "data")
        shutil.copytree(source.root, paths.root)
        return run(paths, args.repeat)


def run(paths: DataPaths, repeat: int) -> int:
    clock = FixedClock(NOW)
    database = open_database(paths.database, paths, clock, LocalConfig())
    services = build_services(database, clock)
    try:
        booth = next(d.id for d in services.site.desks() if d.kind.value == "booth")
        shift = services.shifts.current(booth)
        assert shift is not None, "no open booth shift at the bench instant"
        row = next(r for r in services.operators.switchable() if r.id == shift.operator_id)
        actor = Actor(row.id, row.username, row.display_name, row.role, booth, shift.id)
        now = clock.now()
        handovers = services.handovers
        rows = []
        for source in handovers._sources:  # every area's real source, as bootstrap wires them
            rows.append(
                (
                    measure(
                        f"source {type(source).__name__}",
                        lambda s=source: s.handover_items(booth, shift.started_at, now),
                        repeat,
                    ),
                    "median",
                    None,
                )
            )
        items = handovers.collect(booth, shift.started_at, now)
        kinds = Counter(item.kind.value for item in items)
        rows.append(
            (
                measure(
                    f"collect: every source ({len(items)} items)",
                    lambda: handovers.collect(booth, shift.started_at, now),
                    repeat,
                ),
                "median",
                TARGET_S,
            )
        )
        first = measure("compile: first (stores the snapshot)", lambda: handovers.compile(actor), 1, warmup=0)
        rows.append((first, "median", TARGET_S))
        rows.append(
            (
                measure("compile: again (refresh, keeps decisions)", lambda: handovers.compile(actor), repeat),
                "median",
                TARGET_S,
            )
        )
    finally:
        database.dispose()
    report(rows, f"Handover compile at {VISITS:,} visits, {LOANS:,} loans, {WORK_ORDERS:,} work orders (SQLite)")
    print("items by kind: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
