"""Open an xlsx file with a real spreadsheet program (LibreOffice headless) and read it as CSV."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76"


def as_csv(xlsx: Path, workdir: Path) -> str:
    home = workdir / "lo-home"
    home.mkdir(exist_ok=True)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", CSV_FILTER, "--outdir", str(workdir), str(xlsx)],
        check=True,
        capture_output=True,
        env=dict(os.environ, HOME=str(home)),
        timeout=120,
    )
    return (workdir / f"{xlsx.stem}.csv").read_text(encoding="utf-8")
