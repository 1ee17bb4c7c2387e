"""The long crash run: ``python3 dev.py bench bench/crash_run.py --cycles 500``.

The writer of tests/db/crash_writer.py (check-ins, key loans and returns, work orders, log entries,
handover sign-offs through the real services) is killed with SIGKILL at a random moment, again and
again; after every kill the database is checked (integrity, every acknowledged record present, every
record with its audit entry, the audit chain verifies). Prints cycles / acknowledged / lost / failures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--max-run", type=float, default=1.0, help="longest run before the kill, seconds")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    from tests.db.crash_writer import prepare_site
    from tests.db.test_crash_safety import run_cycles

    with tempfile.TemporaryDirectory(prefix="gatehouse-crash-") as scratch:
        root = Path(scratch) / "data"
        prepare_site(root)
        started = time.perf_counter()
        done = 0
        problems: list[str] = []
        acknowledged = 0
        step = 25
        while done < args.cycles and not problems:
            batch = min(step, args.cycles - done)
            acknowledged, problems = run_cycles(root, batch, seed=args.seed + done, max_run_s=args.max_run)
            done += batch
            print(f"  {done} cycles, {acknowledged} acknowledged, {time.perf_counter() - started:.0f} s", flush=True)
        kinds = Counter(line.split()[0] for line in (root / "acks.txt").read_text(encoding="ascii").splitlines())
        print(f"\ncrash run: {done} cycles (SIGKILL), {acknowledged} acknowledged records")
        print("  by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        lost = sum(1 for p in problems if "lost" in p)
        print(f"  lost: {lost}; other failures: {len(problems) - lost}")
        for problem in problems[:10]:
            print("  " + problem)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
