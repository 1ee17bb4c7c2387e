"""Online backup of the demo database: time, size, compression, and check-ins while it runs.

``python3 dev.py bench bench/backup_online.py --visits 1000000`` (default 200,000: the demo is generated
once under /tmp). The backup runs in a thread as the desk's scheduler runs it (SQLite's backup API,
integrity_check on the copy, counts, gzip, fsync, manifest); meanwhile the guard checks visitors in.
Targets: backup ≤ 30 s at 1,000,000 visits, archive ≤ 40 % of the database, check-in p95 ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

from harness import from_samples, report  # type: ignore[import-not-found]
from visitors_data import add_arguments, guard, open_demo  # type: ignore[import-not-found]

TARGET_BACKUP_S = 30.0
TARGET_RATIO = 0.40
TARGET_P95_S = 0.200


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    parser.set_defaults(visits=200_000)
    parser.add_argument("--repeat", type=int, default=60, help="check-ins alone, for comparison")
    args = parser.parse_args()
    from datetime import timedelta

    from app.backups import BackupService, BackupTrigger
    from app.visitors.model import CheckInFields

    services, info = open_demo(args)
    actor = guard(services)
    unit = services.directory.find_units("A1", 1)[0]
    with tempfile.TemporaryDirectory(prefix="gatehouse-backup-bench-") as scratch:
        backups = BackupService(
            services.backups.database_file, Path(scratch), lambda: "", services.clock, services.zone
        )

        def check_in(n: int) -> float:
            services.clock.advance(timedelta(seconds=1))
            start = time.perf_counter()
            services.visitors.check_in(actor, CheckInFields(f"基準{n}", "guest", unit_id=unit.id))
            return time.perf_counter() - start

        alone = [check_in(n) for n in range(args.repeat)]
        result: dict[str, object] = {}

        def run() -> None:
            start = time.perf_counter()
            result["row"] = backups.make(BackupTrigger.MANUAL)
            result["seconds"] = time.perf_counter() - start

        thread = threading.Thread(target=run)
        thread.start()
        during = []
        n = args.repeat
        while thread.is_alive():
            during.append(check_in(n))
            n += 1
            time.sleep(0.05)  # a very busy gate: many check-ins a second
        thread.join()
        row = result["row"]
        seconds = float(result["seconds"])  # type: ignore[arg-type]
        manifest = row.manifest  # type: ignore[attr-defined]
        ratio = manifest.archive_bytes / manifest.database_bytes
        print(f"\n{info.visits:,}-visit demo: database {manifest.database_bytes / 1e6:.1f} MB")
        print(
            f"online backup: {seconds:.1f} s (target ≤ {TARGET_BACKUP_S:.0f} s at 1,000,000 visits); "
            f"archive {manifest.archive_bytes / 1e6:.1f} MB = {ratio:.0%} of the database (target ≤ 40 %)"
        )
        report(
            [
                (from_samples("check-in alone", alone), "p95", TARGET_P95_S),
                (from_samples(f"check-in during the backup ({len(during)})", during), "p95", TARGET_P95_S),
            ],
            "check-ins and the online backup",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
