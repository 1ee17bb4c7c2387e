"""Write every sample document to out/ as PDF and 80 dpi PNG pages, to look at them.

python3 dev.py bench bench/print_samples.py [--dpi 80] [--pages 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.printing import A4, A5, A6, RECEIPT_58, RECEIPT_80, Document  # noqa: E402
from tests.app.printing import samples  # noqa: E402

SAMPLES: dict[str, Callable[[], Document]] = {
    "a4_visitor_log_2000": lambda: samples.visitor_log(2000, A4),
    "a4_handover": lambda: samples.handover_sheet(A4),
    "a5_work_order": lambda: samples.work_order(A5),
    "a5_visitor_log_reprint": lambda: _reprinted(samples.visitor_log(60, A5)),
    "a6_visitor_pass_reprint": lambda: samples.visitor_pass(A6, reprint=1),
    "r58_visitor_slip": lambda: samples.visitor_slip(RECEIPT_58),
    "r80_visitor_slip_reprint": lambda: samples.visitor_slip(RECEIPT_80, reprint=2),
    "r80_handover": lambda: samples.handover_sheet(RECEIPT_80),
}


def _reprinted(doc: Document) -> Document:
    doc.meta = samples.meta(doc.meta.title, reprint=3)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--pages", type=int, default=2, help="PNG pages per document")
    args = parser.parse_args()
    args.out.mkdir(exist_ok=True)
    for name, make in SAMPLES.items():
        pdf = args.out / f"{name}.pdf"
        make().save(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                str(args.dpi),
                "-l",
                str(args.pages),
                str(pdf),
                str(args.out / name),
            ],
            check=True,
        )
        print(pdf)


if __name__ == "__main__":
    main()
