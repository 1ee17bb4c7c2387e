"""The benchmark database of the repairs area: a demo site with ``--work-orders`` jobs (200,000 by
default) spread over ``--days`` days (730: two years, about 8,300 a month), kept in a folder so the
queue and KPI benchmarks reuse it (``--fresh`` builds it again)."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.bootstrap import Services, build_services, open_database  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.paths import DataPaths  # noqa: E402

NOW = datetime(2026, 3, 31, 8, 30, tzinfo=UTC)  # 16:30 in Hong Kong: a busy afternoon
DEFAULT_FOLDER = Path("/tmp/gatehouse-bench-repairs")


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--work-orders", type=int, default=200_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--fresh", action="store_true", help="build the database again")
    parser.add_argument("--repeat", type=int, default=30)
    return parser.parse_args()


def prepared(args: argparse.Namespace) -> tuple[Services, FixedClock]:
    """Open (building it first if needed) the benchmark database; the clock stands at ``NOW``."""
    folder: Path = args.folder / f"{args.work_orders}-{args.days}"
    done = folder / "ready"
    clock = FixedClock(NOW)
    if args.fresh and folder.exists():
        shutil.rmtree(folder)
    paths = DataPaths(folder)
    if not done.exists():
        if folder.exists():
            shutil.rmtree(folder)
        paths.ensure()
        from app.demo.foundation import create_site
        from app.demo.repairs import generate_work_orders

        started = time.perf_counter()
        database = open_database(paths.database, paths, clock, LocalConfig())
        ctx = create_site(database, clock, 1, args.days, 0, lambda m: print(f"  {m}", flush=True))
        written = generate_work_orders(ctx, args.work_orders)
        database.dispose()
        done.write_text(str(written))
        print(f"built {written} work orders in {time.perf_counter() - started:.1f} s ({folder})", flush=True)
    database = open_database(paths.database, paths, clock, LocalConfig())
    return build_services(database, clock), clock
