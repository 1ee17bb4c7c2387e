"""Key register benchmarks (issue 4): with 5,000 keys and 500,000 loans on SQLite,

* issue a key ≤ 30 ms median, take it back ≤ 30 ms median (each one transaction + audit entry,
  synchronous=FULL);
* the overdue list ≤ 50 ms median;
* and, for the record, what the page and the other areas ask: the key list's first page, keys out
  now, a key's history, a tag look-up, the handover's items, the latest count, recording a count.

    python3 dev.py bench bench/keys_loans.py [--repeat 200] [--fresh] [--data DIR]

The data (demo site + ``app.demo.keys.generate_keys(ctx, 5000, 500000)``) is generated once into
``--data`` (default: a folder in the temp directory) and reused; ``--fresh`` makes it again.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from harness import measure, report  # type: ignore[import-not-found]
from sqlalchemy import select

from app.bootstrap import build_services, open_database
from app.clock import FixedClock
from app.demo.foundation import create_site, generate_shifts
from app.demo.keys import generate_keys
from app.directory import PersonKind
from app.keys.handover import KeyHandoverSource
from app.keys.rows import Borrower, BorrowerKind, KeyFilter, KeyQuery
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.permissions import Actor, Role
from db.models.core import Operator

KEYS = 5_000
LOANS = 500_000
DAYS = 90
NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)  # 16:30 in Hong Kong


def prepare(folder: Path, fresh: bool) -> DataPaths:
    paths = DataPaths(folder)
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if paths.database.exists():
        return paths
    paths.ensure()
    started = time.perf_counter()
    database = open_database(paths.database, paths, FixedClock(NOW), LocalConfig())
    try:
        ctx = create_site(database, FixedClock(NOW), seed=4, days=DAYS, visits=0, progress=print)
        generate_shifts(ctx)
        generate_keys(ctx, KEYS, LOANS)
    finally:
        database.dispose()
    print(f"data generated in {time.perf_counter() - started:.1f} s ({paths.database.stat().st_size >> 20} MB)")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "gatehouse-bench-keys")
    args = parser.parse_args()
    paths = prepare(args.data, args.fresh)
    work = Path(tempfile.mkdtemp(prefix="gatehouse-bench-keys-run-"))
    try:
        run(paths, work, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(source: DataPaths, work: Path, repeat: int) -> None:
    # Measure on a copy: the cached data stays as generated, run after run.
    paths = DataPaths(work / "data")
    paths.ensure()
    shutil.copyfile(source.database, paths.database)
    shutil.copytree(source.root / "keys", paths.root / "keys", dirs_exist_ok=True)
    clock = FixedClock(NOW)
    database = open_database(paths.database, paths, clock, LocalConfig())
    services = build_services(database, clock)
    keys = services.key_register
    handover = KeyHandoverSource(keys)
    desk = next(d.id for d in services.site.desks() if d.kind.value == "booth")
    database.desk.desk_id = desk
    with database.sessions.read() as s:
        guard = s.execute(select(Operator).where(Operator.role == Role.GUARD.value)).scalars().first()
        assert guard is not None
        actor = Actor(guard.id, guard.username, guard.display_name, Role.GUARD, desk)
    staff = services.directory.people(kinds=[PersonKind.STAFF])[0]
    borrower = Borrower(BorrowerKind.STAFF, person_id=staff.id)
    total_loans = keys.count_transactions(NOW - timedelta(days=DAYS + 1), NOW)
    print(
        f"\n{keys.count_keys(KeyQuery(status=KeyFilter.ALL))} keys, {total_loans} loans, "
        f"{len(keys.out_now())} out now, {len(keys.overdue())} overdue"
    )

    in_cabinet = [k for k in keys.find_keys(KeyQuery(status=KeyFilter.IN, key_class="management"), 0, repeat + 1)]
    candidates = iter(in_cabinet)
    loans = []

    def issue() -> None:
        clock.advance(timedelta(seconds=1))
        loans.append(keys.issue(actor, next(candidates).id, borrower, purpose="巡查"))

    issue_figures = measure("issue a key (one transaction, audit entry)", issue, repeat)
    returns = iter(loans[1:])  # the warm-up loan stays out

    def take_back() -> None:
        clock.advance(timedelta(seconds=1))
        keys.return_key(actor, next(returns).id)

    return_figures = measure("take a key back", take_back, repeat - 1, warmup=0)
    tags = [k.tag for k in in_cabinet]
    busiest = in_cabinet[0].id
    rows = [
        (issue_figures, "median", 0.030),
        (return_figures, "median", 0.030),
        (measure("overdue list", keys.overdue, 50), "median", 0.050),
        (measure("keys out now", keys.out_now, 50), "median", None),
        (
            measure("key list: first page (200) + count", lambda: (keys.find_keys(), keys.count_keys()), 30),
            "median",
            None,
        ),
        (
            measure("key list: overdue filter", lambda: keys.find_keys(KeyQuery(status=KeyFilter.OVERDUE)), 30),
            "median",
            None,
        ),
        (measure("key list: text search '水泵'", lambda: keys.find_keys(KeyQuery(text="水泵")), 30), "median", None),
        (measure("look up a tag", lambda: keys.key_by_tag(tags[len(tags) // 2]), 100), "median", None),
        (measure("history of a key (~100 loans)", lambda: keys.history(busiest), 30), "median", None),
        (measure("loans of one day", lambda: keys.transactions(NOW - timedelta(days=1), NOW), 30), "median", None),
        (
            measure("handover items", lambda: handover.handover_items(desk, NOW - timedelta(hours=8), NOW), 30),
            "median",
            None,
        ),
        (measure("latest key count", lambda: keys.latest_count(desk), 30), "median", None),
        (
            measure("record a key count (all keys ticked)", lambda: _count(services, actor), 3, warmup=0),
            "median",
            None,
        ),
    ]
    report(rows, f"Key register, {KEYS:,} keys and {LOANS:,} loans (SQLite, synchronous=FULL)")
    database.dispose()


def _count(services: object, actor: Actor) -> None:
    counts = services.key_counts  # type: ignore[attr-defined]
    expected = counts.expected_in()
    counts.record(actor, [k.id for k in expected])


if __name__ == "__main__":
    sys.exit(main())
