"""Benchmark harness: time things, print median / p95 / min / max in one consistent table.

Benchmarks are scripts (``python3 dev.py bench bench/<name>.py``), never tests: they report numbers
against the targets of docs/targets.md and say whether each target is met, but they do not fail a build.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Figures:
    name: str
    samples: tuple[float, ...]  # seconds

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)


def measure(name: str, action: Callable[[], object], repeat: int, warmup: int = 1) -> Figures:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return Figures(name, tuple(samples))


def from_samples(name: str, samples: Iterable[float]) -> Figures:
    return Figures(name, tuple(samples))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f}"


def report(rows: Iterable[tuple[Figures, str, float | None]], title: str) -> None:
    """Print one table: figures, which statistic the target applies to, and the target (seconds)."""
    print(f"\n{title}")
    print(f"{'what':<58} {'n':>5} {'median ms':>10} {'p95 ms':>10} {'min ms':>10} {'max ms':>10}  target")
    for figures, statistic, target in rows:
        verdict = ""
        if target is not None:
            value = figures.p95 if statistic == "p95" else figures.median
            verdict = f"{statistic} ≤ {target * 1000:.0f} ms: {'met' if value <= target else 'NOT MET'}"
        print(
            f"{figures.name:<58} {len(figures.samples):>5} {_ms(figures.median)} {_ms(figures.p95)} "
            f"{_ms(figures.low)} {_ms(figures.high)}  {verdict}"
        )
    sys.stdout.flush()
