"""Run the poppler tools on PDF bytes and parse what they say."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


def _write(pdf: bytes, tmp: Path, name: str) -> Path:
    path = tmp / name
    path.write_bytes(pdf)
    return path


def pdftotext_pages(pdf: bytes, tmp: Path, name: str = "doc.pdf", *, raw: bool = False) -> list[str]:
    """Text per page. ``-layout`` (default) keeps columns but may drop narrow spaces between CJK
    and digits; ``raw=True`` keeps the content-stream order and every space exactly."""
    path = _write(pdf, tmp, name)
    mode = "-raw" if raw else "-layout"
    out = subprocess.run(
        ["pdftotext", mode, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    width: float
    height: float


def pdfinfo(pdf: bytes, tmp: Path, name: str = "doc.pdf") -> PdfInfo:
    path = _write(pdf, tmp, name)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    assert size is not None, out
    return PdfInfo(pages, float(size.group(1)), float(size.group(2)))


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    emb: bool
    sub: bool
    uni: bool


def pdffonts(pdf: bytes, tmp: Path, name: str = "doc.pdf") -> list[FontRow]:
    path = _write(pdf, tmp, name)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name, type (may be two words), encoding, emb, sub, uni, object, id
        emb, sub, uni = parts[-5:-2]
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), emb == "yes", sub == "yes", uni == "yes"))
    return rows
