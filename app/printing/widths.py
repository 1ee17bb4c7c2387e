"""Column widths sized from the content, like a browser's automatic table layout.

Each column has a *minimum* (its longest unbreakable piece: a Latin word, a time, a plate — CJK text
may break between any characters, so it counts as at most ``CJK_UNBREAKABLE_EM`` characters, which
keeps 3-character names whole) and a *natural* width (the 90th percentile of its cells on one
line, so one long note does not claim the page). Then:

* everything fits on one line: natural widths, the spare room going to columns that still wrap;
* otherwise, if the minimums fit: minimum plus a share of the rest in proportion to what each
  column still wants (natural − minimum);
* otherwise: the minimums scaled down (some words must break).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from reportlab.pdfbase.pdfmetrics import stringWidth

AUTO_WIDTH_SAMPLE_ROWS = 300
CJK_UNBREAKABLE_EM = 3.0
NATURAL_PERCENTILE = 0.9
RowT = TypeVar("RowT")
_LATIN_RUN = re.compile(r"[A-Za-z0-9]{3,}")  # 粵B10001, 3座12樓: keep such tokens whole


def _has_cjk(text: str) -> bool:
    return not text.isascii() and any(ord(ch) >= 0x2E80 for ch in text)


def min_width(text: str, font: str, size: float) -> float:
    """The narrowest the text can be set without breaking inside a Latin word or number."""
    widest = 0.0
    for word in text.split():
        width = stringWidth(word, font, size)
        if _has_cjk(word) and not _LATIN_RUN.search(word):
            width = min(width, CJK_UNBREAKABLE_EM * size)
        widest = max(widest, width)
    return widest


def sample_rows(rows: Sequence[RowT]) -> Sequence[RowT]:
    """Up to ``AUTO_WIDTH_SAMPLE_ROWS`` rows spread over the whole table, the last one included
    (numbering and dates grow towards the end)."""
    if len(rows) <= AUTO_WIDTH_SAMPLE_ROWS:
        return rows
    step = (len(rows) - 1) / (AUTO_WIDTH_SAMPLE_ROWS - 1)
    return [rows[round(i * step)] for i in range(AUTO_WIDTH_SAMPLE_ROWS)]


def auto_widths(
    titles: Sequence[str],
    cells: Sequence[Sequence[str]],
    *,
    font: str,
    bold: str,
    size: float,
    padding: float,
    avail: float,
) -> list[float]:
    """Widths in points, summing to ``avail``. ``cells`` are the rows as text (a sample is used)."""
    sample = cells if len(cells) <= AUTO_WIDTH_SAMPLE_ROWS else sample_rows(cells)
    minimum, natural, longest = [], [], []
    for i, title in enumerate(titles):
        column = [row[i] for row in sample]
        one_line = sorted(stringWidth(text, font, size) for text in column) or [0.0]
        head_min = min_width(title, bold, size)
        low = max([head_min, *(min_width(text, font, size) for text in column)]) + padding
        mid = max(one_line[int(NATURAL_PERCENTILE * (len(one_line) - 1))] + padding, low)
        minimum.append(low)
        natural.append(mid)
        longest.append(max(one_line[-1] + padding, mid))
    if sum(natural) <= avail:
        spare = avail - sum(natural)
        wants = [lg - n for lg, n in zip(longest, natural, strict=True)]
        shares = wants if sum(wants) > 0 else natural
        return [n + spare * s / sum(shares) for n, s in zip(natural, shares, strict=True)]
    if sum(minimum) <= avail:
        spare = avail - sum(minimum)
        wants = [n - m for n, m in zip(natural, minimum, strict=True)]
        return [m + spare * w / sum(wants) for m, w in zip(minimum, wants, strict=True)]
    scale = avail / sum(minimum)
    return [m * scale for m in minimum]
