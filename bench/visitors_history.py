"""Benchmark: the visit history page's table over 1,000,000 visits (docs/targets.md).

    python3 dev.py bench bench/visitors_history.py [--visits 1000000] [--jumps 200]

A real ``QTableView`` on the windowed ``VisitHistoryTableModel`` (offscreen): first paint = count the
filtered visits, reset the model, show the view and paint it; then scroll like a person (page by page,
then jumps anywhere, as a dragged scroll bar does), painting each time, and watch the process RSS.
Targets: first paint ≤ 300 ms; RSS ≤ 300 MB while scrolling.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date

from harness import from_samples, report  # type: ignore[import-not-found]
from visitors_data import add_arguments, open_demo  # type: ignore[import-not-found]

FIRST_PAINT_S = 0.300
RSS_LIMIT_MB = 300


def rss_mb() -> float:
    import psutil

    return float(psutil.Process(os.getpid()).memory_info().rss) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--jumps", type=int, default=200)
    parser.add_argument("--pages", type=int, default=300, help="page-down steps")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    services, info = open_demo(args)
    from app.visitors.model import HistoryFilter
    from ui.visitors.models import VisitHistoryTableModel

    types = services.visitors.types()
    rows = []
    paints = []
    for label, f in (
        ("everything", HistoryFilter()),
        ("last 7 days (the page's default)", HistoryFilter(first_day=date(2026, 2, 24), last_day=date(2026, 3, 2))),
        ("a visitor typed (陈)", HistoryFilter(visitor="陈")),
        ("a plate fragment (B12)", HistoryFilter(plate="B12")),
    ):
        samples = []
        for _ in range(5):
            model = VisitHistoryTableModel(services.visit_history, services.zone)
            view = QTableView()
            view.resize(820, 600)
            start = time.perf_counter()
            count = model.set_filter(f, types)
            view.setModel(model)
            view.show()
            app.processEvents()
            view.viewport().repaint()
            samples.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
        paints.append((from_samples(f"first paint, {label}: {count:,} rows", samples), "median", FIRST_PAINT_S))
    model = VisitHistoryTableModel(services.visit_history, services.zone)
    view = QTableView()
    view.resize(820, 600)
    model.set_filter(HistoryFilter(), types)
    view.setModel(model)
    view.show()
    app.processEvents()
    base = rss_mb()
    peak = base
    scrollbar = view.verticalScrollBar()
    page_steps = []
    for _ in range(args.pages):
        start = time.perf_counter()
        scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
        view.viewport().repaint()
        page_steps.append(time.perf_counter() - start)
        peak = max(peak, rss_mb())
    rng = random.Random(3)
    jumps = []
    for _ in range(args.jumps):
        start = time.perf_counter()
        scrollbar.setValue(rng.randrange(scrollbar.maximum() + 1))
        view.viewport().repaint()
        jumps.append(time.perf_counter() - start)
        peak = max(peak, rss_mb())
    start = time.perf_counter()
    scrollbar.setValue(scrollbar.maximum())
    view.viewport().repaint()
    last = time.perf_counter() - start
    peak = max(peak, rss_mb())
    rows.extend(paints)
    rows.append((from_samples("scroll one page down (paint included)", page_steps), "median", None))
    rows.append((from_samples("jump anywhere (scroll bar dragged)", jumps), "median", None))
    rows.append((from_samples("jump to the oldest visit", [last]), "median", None))
    report(rows, f"Visit history, {info.visits:,} visits")
    verdict = "met" if peak <= RSS_LIMIT_MB else "NOT MET"
    print(
        f"RSS: {base:.0f} MB after the first paint, peak {peak:.0f} MB while scrolling "
        f"(≤ {RSS_LIMIT_MB} MB: {verdict}); rows held in memory: {model.cached_rows():,}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
