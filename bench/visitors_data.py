"""The benchmark data of the visitor log: ``gatehouse demo --visits N`` in a data directory that is
generated once and reused (a fresh one takes a few minutes at 1,000,000 visits).

    from visitors_data import open_demo
    services, info = open_demo(argv_visits)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from harness import ROOT  # type: ignore[import-not-found]

UNTIL = "2026-03-02"
DAYS = 30
SEED = 1


@dataclass(frozen=True)
class DemoInfo:
    data_dir: Path
    visits: int
    generated_s: float | None  # seconds it took to generate now; None when reused


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, default=None, help="default: /tmp/gatehouse-bench-visitors-N")


def ensure_demo(visits: int, data_dir: Path | None) -> DemoInfo:
    folder = data_dir or Path(f"/tmp/gatehouse-bench-visitors-{visits}")
    marker = folder / "demo-complete"
    if marker.exists():
        return DemoInfo(folder, visits, None)
    if folder.exists():
        subprocess.run(["rm", "-rf", str(folder)], check=True)
    print(f"generating the demo ({visits:,} visits) in {folder} …", flush=True)
    start = time.perf_counter()
    command = [sys.executable, "-m", "ui.main", "--data-dir", str(folder), "--lang", "en", "demo"]
    command += ["--visits", str(visits), "--days", str(DAYS), "--seed", str(SEED), "--until", UNTIL]
    subprocess.run(command, cwd=ROOT, check=True)
    elapsed = time.perf_counter() - start
    marker.write_text(f"{elapsed:.1f}\n", encoding="utf-8")
    return DemoInfo(folder, visits, elapsed)


def open_demo(args: argparse.Namespace) -> tuple[Any, DemoInfo]:
    """Services over the demo database, with the clock standing at the demo's "now"."""
    from app.bootstrap import build_services, open_database
    from app.clock import FixedClock, local_zone
    from app.demo.foundation import SITE_TIMEZONE
    from app.local_config import load_local_config
    from app.paths import DataPaths

    info = ensure_demo(args.visits, args.data_dir)
    paths = DataPaths(info.data_dir)
    zone = local_zone(SITE_TIMEZONE)
    clock = FixedClock(datetime(2026, 3, 2, 16, 30, tzinfo=zone))
    database = open_database(paths.database, paths, clock, load_local_config(paths.local_config))
    services = build_services(database, clock)
    return services, info


def guard(services: Any) -> Any:
    """The demo's guard, signed in at the booth (demo passwords are derived from the seed: log in
    through the operator list without one)."""
    from app.permissions import Actor, Role

    booth = next(d.id for d in services.site.desks() if d.kind.value == "booth")
    for row in services.operators.switchable():
        if row.role == Role.GUARD:
            return Actor(row.id, row.username, row.display_name, Role.GUARD, booth)
    raise SystemExit("no guard in the demo")


def database_size_mb(info: DemoInfo) -> float:
    return sum(p.stat().st_size for p in info.data_dir.glob("gatehouse.db*")) / 1e6


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="generate (or find) the visitor benchmark data")
    add_arguments(parser)
    found = ensure_demo(parser.parse_args().visits, parser.parse_args().data_dir)
    print(found)
