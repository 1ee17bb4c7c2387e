"""Start-up of the bundled program against the source run, side by side (the bundle must not be slower
than 1.5 × the source run to its sign-in screen).

    python3 dev.py bundle                                  (once: dist/gatehouse/)
    python3 dev.py bench bench/bundle_startup.py [--runs 9] [--bundle dist/gatehouse/gatehouse]

Each sample is a fresh process timed from spawn to its start-up probe lines (bench/startup.py's
method): the first screen shown and accepting keys, and the database open. Runs alternate between
the source run (``python -m ui.main``) and the bundle on the same data folder, so machine noise hits
both alike.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from harness import ROOT, from_samples, report  # type: ignore[import-not-found]
from startup import _prepare_data_dir, _spawn  # type: ignore[import-not-found]

TARGET_RATIO = 1.5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "gatehouse" / "gatehouse")
    args = parser.parse_args()
    if not args.bundle.exists():
        sys.exit(f"no bundle at {args.bundle}: build it with python3 dev.py bundle")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    probe_env = dict(env, GATEHOUSE_STARTUP_PROBE="1")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _prepare_data_dir(folder, sys.executable, env)
        data = str(folder / "data")
        source_first, source_db, bundle_first, bundle_db = [], [], [], []
        for _ in range(args.runs):
            seen = _spawn([sys.executable, "-m", "ui.main", "--data-dir", data], probe_env)
            source_first.append(seen["first_screen"])
            source_db.append(seen["database"])
            seen = _spawn([str(args.bundle), "--data-dir", data], probe_env)
            bundle_first.append(seen["first_screen"])
            bundle_db.append(seen["database"])
    source_f = from_samples("source run: sign-in screen shown", source_first)
    bundle_f = from_samples("bundle: sign-in screen shown", bundle_first)
    source_d = from_samples("source run: database open", source_db)
    bundle_d = from_samples("bundle: database open", bundle_db)
    report(
        [
            (source_f, "median", None),
            (bundle_f, "median", TARGET_RATIO * source_f.median),
            (source_d, "median", None),
            (bundle_d, "median", TARGET_RATIO * source_d.median),
        ],
        f"Bundle start-up against the source run, {args.runs} runs each, platform {env['QT_QPA_PLATFORM']}",
    )
    print(
        f"ratio bundle / source (medians): sign-in screen {bundle_f.median / source_f.median:.2f}, "
        f"database {bundle_d.median / source_d.median:.2f} (target ≤ {TARGET_RATIO:.2f})"
    )


if __name__ == "__main__":
    main()
