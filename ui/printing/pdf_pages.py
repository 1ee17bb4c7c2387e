"""PDF pages as Qt images, rendered by pypdfium2 (QtPdf is not in PySide6-Essentials).

pdfium is not thread-safe: use one ``PdfPages`` from the GUI thread only.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
MAX_IMAGE_SIDE_PX = 30_000  # QImage/QPainter limit is 32,767 per side
_QT_FORMAT = {
    pdfium.raw.FPDFBitmap_Gray: QImage.Format.Format_Grayscale8,
    pdfium.raw.FPDFBitmap_BGRx: QImage.Format.Format_RGB32,  # bytes B,G,R,x = 0xffRRGGBB
    pdfium.raw.FPDFBitmap_BGRA: QImage.Format.Format_ARGB32,
}


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """A page's size and the bounding box of what is drawn on it, in points, y down from the top."""

    size: QSizeF
    content: QRectF


class PdfPages:
    """An open PDF: page count, sizes, content boxes and rendering to ``QImage``."""

    def __init__(self, pdf: bytes) -> None:
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("not a PDF document")
        self._doc = pdfium.PdfDocument(pdf)
        self._geometry = lru_cache(maxsize=None)(self._measure)
        # The cache holds a bound method, so this object lives until a cyclic collection (or exit):
        # close the document then, quietly, whoever forgot to call close().
        self._finalizer = weakref.finalize(self, self._doc.close)

    def __len__(self) -> int:
        return len(self._doc)

    def close(self) -> None:
        self._finalizer()

    def geometry(self, index: int) -> PageGeometry:
        return self._geometry(index)

    def _measure(self, index: int) -> PageGeometry:
        page = self._doc[index]
        width, height = page.get_size()
        boxes = [obj.get_bounds() for obj in page.get_objects(max_depth=1)]
        page.close()
        if not boxes:
            return PageGeometry(QSizeF(width, height), QRectF())
        left = min(b[0] for b in boxes)
        bottom = min(b[1] for b in boxes)
        right = max(b[2] for b in boxes)
        top = max(b[3] for b in boxes)
        content = QRectF(left, height - top, right - left, top - bottom)
        return PageGeometry(QSizeF(width, height), content.intersected(QRectF(0, 0, width, height)))

    def render(
        self,
        index: int,
        scale: float,
        *,
        band: QRectF | None = None,
        grayscale: bool = False,
        for_print: bool = False,
    ) -> QImage:
        """Page ``index`` at ``scale`` pixels per point; ``band`` (points, y down) crops it.

        The image owns its pixels (copied out of pdfium's buffer before that is freed).
        """
        page = self._doc[index]
        width, height = page.get_size()
        crop = (0.0, 0.0, 0.0, 0.0)
        if band is not None:
            crop = (band.left(), height - band.bottom(), width - band.right(), band.top())
        visible_w, visible_h = width - crop[0] - crop[2], height - crop[1] - crop[3]
        scale = min(scale, MAX_IMAGE_SIDE_PX / max(visible_w, visible_h, 1.0))
        options = {"optimize_mode": "print", "no_smoothpath": True} if for_print else {}
        bitmap = page.render(scale=scale, crop=crop, grayscale=grayscale, prefer_bgrx=True, **options)
        try:
            fmt = _QT_FORMAT[bitmap.format]
            view = memoryview(bitmap.buffer).cast("B")
            image = QImage(view, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
            page.close()
        image.setDotsPerMeterX(round(scale * POINTS_PER_INCH / 0.0254))
        image.setDotsPerMeterY(round(scale * POINTS_PER_INCH / 0.0254))
        return image
