"""Page sizes for every printed document, as named constants in PDF points (1 pt = 1/72 inch).

Sheets (A4, A5, A6, portrait or landscape) have a fixed size and a common header and footer drawn in
their top and bottom margins. Receipts (58 mm and 80 mm rolls) have a fixed width and a height
driven by their content: the document is laid out once on a very tall page, measured, and built
again on one page exactly as tall as the content plus the margins.

This module imports nothing heavy (no reportlab), so settings screens can list paper sizes cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
POINTS_PER_MM = POINTS_PER_INCH / MM_PER_INCH


def mm(value: float) -> float:
    """Millimetres to PDF points."""
    return value * POINTS_PER_MM


def to_mm(points: float) -> float:
    """PDF points to millimetres."""
    return points / POINTS_PER_MM


class PageKind(StrEnum):
    SHEET = "sheet"  # fixed size, header + footer with "page x / y"
    RECEIPT = "receipt"  # fixed width, content-driven height, one page, compact header


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A paper size and the margins of the content frame, in points.

    ``height`` is ``None`` for receipts (content-driven). On sheets the header and footer are drawn
    inside ``margin_top`` / ``margin_bottom``; on receipts the compact header is in the content.
    """

    name: str
    kind: PageKind
    width: float
    height: float | None
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    base_font_size: float  # body text size; headings and header/footer scale from it

    @property
    def is_receipt(self) -> bool:
        return self.kind is PageKind.RECEIPT

    @property
    def content_width(self) -> float:
        return self.width - self.margin_left - self.margin_right

    @property
    def content_height(self) -> float | None:
        if self.height is None:
            return None
        return self.height - self.margin_top - self.margin_bottom


_A4_MM = (210.0, 297.0)
_A5_MM = (148.0, 210.0)
_A6_MM = (105.0, 148.0)


def _sheet(name: str, size_mm: tuple[float, float], *, side: float, top: float, bottom: float, font: float) -> PageSpec:
    return PageSpec(
        name=name,
        kind=PageKind.SHEET,
        width=mm(size_mm[0]),
        height=mm(size_mm[1]),
        margin_left=mm(side),
        margin_right=mm(side),
        margin_top=mm(top),
        margin_bottom=mm(bottom),
        base_font_size=font,
    )


def _receipt(name: str, roll_mm: float, printable_mm: float, font: float) -> PageSpec:
    side = (roll_mm - printable_mm) / 2
    return PageSpec(
        name=name,
        kind=PageKind.RECEIPT,
        width=mm(roll_mm),
        height=None,
        margin_left=mm(side),
        margin_right=mm(side),
        margin_top=mm(RECEIPT_MARGIN_TOP_MM),
        margin_bottom=mm(RECEIPT_MARGIN_BOTTOM_MM),
        base_font_size=font,
    )


RECEIPT_MARGIN_TOP_MM = 3.0
RECEIPT_MARGIN_BOTTOM_MM = 6.0  # room above the tear bar / cutter

A4 = _sheet("A4", _A4_MM, side=15, top=22, bottom=18, font=10)
A4_LANDSCAPE = _sheet("A4_LANDSCAPE", (_A4_MM[1], _A4_MM[0]), side=15, top=22, bottom=18, font=10)
A5 = _sheet("A5", _A5_MM, side=12, top=19, bottom=15, font=9)
A5_LANDSCAPE = _sheet("A5_LANDSCAPE", (_A5_MM[1], _A5_MM[0]), side=12, top=19, bottom=15, font=9)
A6 = _sheet("A6", _A6_MM, side=7, top=15, bottom=14, font=8)
A6_LANDSCAPE = _sheet("A6_LANDSCAPE", (_A6_MM[1], _A6_MM[0]), side=7, top=15, bottom=14, font=8)
# 58 mm rolls print 48 mm wide on almost every printer (384 dots at 203 dpi); 80 mm rolls 72 mm.
RECEIPT_58 = _receipt("RECEIPT_58", 58.0, 48.0, font=9)
RECEIPT_80 = _receipt("RECEIPT_80", 80.0, 72.0, font=10)

ALL_PAGES: tuple[PageSpec, ...] = (
    A4,
    A4_LANDSCAPE,
    A5,
    A5_LANDSCAPE,
    A6,
    A6_LANDSCAPE,
    RECEIPT_58,
    RECEIPT_80,
)


def page_by_name(name: str) -> PageSpec:
    """The constant called ``name`` (as stored in settings), e.g. ``"RECEIPT_80"``."""
    for page in ALL_PAGES:
        if page.name == name:
            return page
    raise KeyError(name)
