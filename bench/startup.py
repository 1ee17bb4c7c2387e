"""Start-up benchmark (docs/targets.md): Gatehouse's first screen against a bare PySide6 window, same run.

    python3 dev.py bench bench/startup.py [--runs 9] [--visits 0]

Each sample is a fresh process, timed from spawn to the moment it prints that its first window is
shown and an event pass has run (accepting keystrokes); Gatehouse then also reports when its database
is open, its schema checked and its first query answered. Runs alternate between the bare window and
Gatehouse so machine noise hits both alike.

Targets: first screen ≤ 2 × the bare window (median); database ready ≤ 1.2 s (median).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import ROOT, from_samples, report  # type: ignore[import-not-found]

BARE_WINDOW = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1024, 768); w.show()
def ready():
    print("probe first_screen", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _spawn(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run until it exits; return the wall time (since spawn) at which each probe line appeared."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("probe "):
            seen[line.split()[1]] = time.perf_counter() - start
    process.wait(timeout=60)
    return seen


def _prepare_data_dir(folder: Path, python: str, env: dict[str, str]) -> None:
    password = folder / "pw"
    password.write_text("bench-pass-1\n", encoding="utf-8")
    subprocess.run(
        [
            python,
            "-m",
            "ui.main",
            "--data-dir",
            str(folder / "data"),
            "init",
            "--site-name",
            "Bench",
            "--admin",
            "admin",
            "--password-file",
            str(password),
        ],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", type=Path, help="an existing data directory (e.g. one made by gatehouse demo)")
    args = parser.parse_args()
    python = sys.executable
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.data_dir is None:
            _prepare_data_dir(folder, python, env)
            data_dir = folder / "data"
        else:
            data_dir = args.data_dir
        gatehouse_env = dict(env, GATEHOUSE_STARTUP_PROBE="1")
        bare, first, ready = [], [], []
        for _ in range(args.runs):
            bare.append(_spawn([python, "-c", BARE_WINDOW], env)["first_screen"])
            seen = _spawn([python, "-m", "ui.main", "--data-dir", str(data_dir)], gatehouse_env)
            first.append(seen["first_screen"])
            ready.append(seen["database"])
    bare_f = from_samples("bare PySide6 window shown (process wall)", bare)
    first_f = from_samples("Gatehouse sign-in screen shown, accepting keys", first)
    ready_f = from_samples("Gatehouse database open, schema checked, 1st query", ready)
    report(
        [(bare_f, "median", None), (first_f, "median", 2 * bare_f.median), (ready_f, "median", 1.2)],
        f"Start-up, {args.runs} runs each, platform {env['QT_QPA_PLATFORM']}, data {data_dir.name}",
    )
    print(f"ratio first screen / bare window (medians): {first_f.median / bare_f.median:.2f} (target ≤ 2.00)")


if __name__ == "__main__":
    main()
