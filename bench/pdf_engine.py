"""PDF engine timings (not a test): median and p95 of repeated runs.

    python3 dev.py bench bench/pdf_engine.py [--repeat 7]

* ``import reportlab`` and font registration are measured in fresh interpreters (they happen once
  per process);
* document builds are measured in this process after one warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IMPORT_PROBE = """
import time
t = time.perf_counter()
import reportlab.platypus, reportlab.pdfbase.ttfonts, reportlab.graphics.barcode.qr
print(time.perf_counter() - t)
"""
FONT_PROBE = """
import time
import reportlab.platypus, reportlab.pdfbase.ttfonts
from app.printing.fonts import register_cjk_fonts
t = time.perf_counter()
register_cjk_fonts()
print(time.perf_counter() - t)
"""


def fresh(probe: str) -> float:
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def report(name: str, seconds: list[float], extra: str = "") -> None:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{name:<44} median {statistics.median(ordered) * 1000:8.1f} ms"
        f"   p95 {p95 * 1000:8.1f} ms   n={len(ordered)} {extra}"
    )


def all_paragraphs(run: Callable[[], object]) -> object:
    """Run with every table cell wrapped in a CJK paragraph, to show what measuring saves."""
    from reportlab.platypus import Paragraph

    from app.printing import tables

    original = tables._CellMaker.__call__

    def slow(self: tables._CellMaker, value: tables.CellValue, col: int) -> Paragraph:
        return Paragraph(tables.paragraph_markup(tables.cell_text(value)), self.cjk[col])

    tables._CellMaker.__call__ = slow  # type: ignore[method-assign]
    try:
        return run()
    finally:
        tables._CellMaker.__call__ = original  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    n = args.repeat

    report("import reportlab (fresh process)", [fresh(IMPORT_PROBE) for _ in range(n)])
    report("register_cjk_fonts (fresh process)", [fresh(FONT_PROBE) for _ in range(n)])

    import pypdfium2 as pdfium

    from app.printing import A4, RECEIPT_58, RECEIPT_80
    from tests.app.printing import samples

    pdf = samples.visitor_log(2000, A4).render()  # warm-up (fonts, caches)
    pages = len(pdfium.PdfDocument(pdf))
    report(
        "A4 table, 2,000 rows (build + render)",
        [timed(lambda: samples.visitor_log(2000, A4).render()) for _ in range(n)],
        f"({len(pdf) // 1024} kB, {pages} pages)",
    )
    report(
        "  same, every cell a CJK paragraph (no measuring)",
        [timed(lambda: all_paragraphs(lambda: samples.visitor_log(2000, A4).render())) for _ in range(max(3, n // 2))],
    )
    report(
        "A4 handover sheet with chart",
        [timed(lambda: samples.handover_sheet(A4).render()) for _ in range(n * 3)],
    )
    report(
        "58 mm receipt, QR + Code 128 (two passes)",
        [timed(lambda: samples.visitor_slip(RECEIPT_58).render()) for _ in range(n * 3)],
    )
    report(
        "80 mm receipt, 400 extra lines",
        [timed(lambda: samples.visitor_slip(RECEIPT_80, extra_lines=400).render()) for _ in range(n)],
    )


if __name__ == "__main__":
    main()
