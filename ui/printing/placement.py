"""Where a PDF page lands on the printer's paper: pure geometry, no printer needed.

Sheets: at 100 % (1 mm on the PDF = 1 mm on paper), centred on the paper, when everything drawn on
the page then falls inside the printer's printable area (our PDFs keep 7–15 mm margins, printers
lose 3–6 mm). Otherwise the page is shrunk, keeping its aspect, to fit the printable area. Never
enlarged: an A6 slip on A4 paper stays A6.

Rolls (receipts): as wide as the roll allows, at most 100 %, never fitted to a page height; what is
taller than the printer's page continues on the next page (a continuous roll), in bands. The drawn
content must fit the printable width, or the page is shrunk until it does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF

POINTS_PER_INCH = 72.0
TOLERANCE_PT = 2.0  # glyph boxes overshoot the text a little; a point or two is not a clipped line
MIN_BAND_PT = 1.0


@dataclass(frozen=True, slots=True)
class Band:
    """A part of a page (``source``, points, y down) drawn into ``target`` (device pixels) on one
    printer page."""

    source: QRectF
    target: QRectF

    @property
    def scale(self) -> float:
        """Device pixels per point."""
        return self.target.width() / self.source.width() if self.source.width() else 0.0


@dataclass(frozen=True, slots=True)
class Paper:
    """The printer's paper (``size``) and printable area (``printable``) in device pixels, with
    painter coordinates starting at the paper's top-left corner (``QPrinter.setFullPage(True)``)."""

    size: QSizeF
    printable: QRectF
    dpi_x: float
    dpi_y: float


def place_sheet(page: QSizeF, content: QRectF, paper: Paper) -> Band:
    sx, sy = paper.dpi_x / POINTS_PER_INCH, paper.dpi_y / POINTS_PER_INCH
    full = QRectF(0, 0, page.width(), page.height())
    natural = QRectF(
        (paper.size.width() - page.width() * sx) / 2,
        (paper.size.height() - page.height() * sy) / 2,
        page.width() * sx,
        page.height() * sy,
    )
    if _inside(_map(content, full, natural), paper.printable, sx):
        return Band(full, natural)
    printable = paper.printable
    fit = min(printable.width() / natural.width(), printable.height() / natural.height(), 1.0)
    width, height = natural.width() * fit, natural.height() * fit
    target = QRectF(printable.center().x() - width / 2, printable.top(), width, height)
    return Band(full, target)


def place_roll(page: QSizeF, content: QRectF, paper: Paper) -> list[Band]:
    sx, sy = paper.dpi_x / POINTS_PER_INCH, paper.dpi_y / POINTS_PER_INCH
    scale = min(paper.size.width() / page.width(), sx)  # px per pt: at most 100 %
    left = (paper.size.width() - page.width() * scale) / 2
    printable = paper.printable
    if not content.isEmpty():
        c_left, c_right = left + content.left() * scale, left + content.right() * scale
        slack = TOLERANCE_PT * sx
        if c_left < printable.left() - slack or c_right > printable.right() + slack:
            scale = min(scale, printable.width() / content.width())
            left = printable.center().x() - (content.center().x() * scale)
    ratio_y = sy / sx  # non-square printer pixels
    band_pt = paper.size.height() / (scale * ratio_y)
    bands: list[Band] = []
    top = 0.0
    while top < page.height() - MIN_BAND_PT or not bands:
        height = min(band_pt, page.height() - top)
        source = QRectF(0, top, page.width(), height)
        target = QRectF(left, 0, page.width() * scale, height * scale * ratio_y)
        bands.append(Band(source, target))
        top += height
    return bands


def _map(rect: QRectF, source: QRectF, target: QRectF) -> QRectF:
    if rect.isEmpty():
        return QRectF()
    kx, ky = target.width() / source.width(), target.height() / source.height()
    return QRectF(
        target.left() + (rect.left() - source.left()) * kx,
        target.top() + (rect.top() - source.top()) * ky,
        rect.width() * kx,
        rect.height() * ky,
    )


def _inside(rect: QRectF, area: QRectF, px_per_pt: float) -> bool:
    if rect.isEmpty():
        return True
    slack = TOLERANCE_PT * px_per_pt
    return area.adjusted(-slack, -slack, slack, slack).contains(rect)
