"""Crash safety: a writer doing real service calls is killed with SIGKILL at random moments; after each
kill the database is sound, every acknowledged record is there, no record lacks the audit entry written
in its transaction, and the audit chain verifies. CI runs a short loop; bench/crash_run.py a long one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.db.crash_writer import check_after_kill, prepare_site

ROOT = Path(__file__).resolve().parents[2]
CYCLES = int(os.environ.get("GATEHOUSE_CRASH_CYCLES", "30"))
READY_TIMEOUT_S = 60.0


def run_cycles(root: Path, cycles: int, seed: int, *, max_run_s: float = 1.5) -> tuple[int, list[str]]:
    """Start the writer, kill it after a random time, check; ``cycles`` times. (acknowledged, problems)"""
    ack_file = root / "acks.txt"
    rng = random.Random(seed)
    problems: list[str] = []
    acknowledged = 0
    env = dict(os.environ, PYTHONUTF8="1")
    for cycle in range(cycles):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.db.crash_writer", str(root), str(ack_file), str(seed * 1000 + cycle)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        ready = writer.stdout.readline().strip()
        if ready != "ready":
            writer.kill()
            _out, err = writer.communicate(timeout=READY_TIMEOUT_S)
            problems.append(f"cycle {cycle}: the writer did not start: {err.strip().splitlines()[-1:]}")
            break
        time.sleep(rng.uniform(0.05, max_run_s))  # a random moment of its work
        writer.send_signal(signal.SIGKILL)
        _out, err = writer.communicate(timeout=READY_TIMEOUT_S)
        if writer.returncode != -signal.SIGKILL:
            problems.append(f"cycle {cycle}: the writer stopped by itself: {err.strip().splitlines()[-1:]}")
            break
        after = check_after_kill(root, ack_file)
        acknowledged = after.acknowledged
        if after.integrity != "ok":
            problems.append(f"cycle {cycle}: integrity_check: {after.integrity}")
        problems += [f"cycle {cycle}: acknowledged but lost: {lost}" for lost in after.lost]
        problems += [f"cycle {cycle}: a record without its audit entry: {r}" for r in after.unaudited]
        if not after.audit_ok:
            problems.append(f"cycle {cycle}: the audit chain does not verify")
        if problems:
            break
    return acknowledged, problems


@pytest.mark.slow
def test_sigkill_during_real_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    root = tmp_path / "data"
    prepare_site(root)
    acknowledged, problems = run_cycles(root, CYCLES, seed=12)
    assert problems == []
    assert acknowledged >= CYCLES // 2  # the writer did real work between the kills
