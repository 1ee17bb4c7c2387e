"""A printer test page: does the chosen printer print Chinese, at the right scale, on the right paper?

Two pages in one PDF: an A4 sheet and a slip as wide as this desk's receipt paper. Each carries the
lines the caller gives (already in the operator's language), a sample of Traditional and Simplified
Chinese, and a ruler whose printed length the person checks with a real ruler.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

A4_RULER_MM = 100
SLIP_MARGIN_MM = 4
SLIP_HEIGHT_MM = 110
SAMPLES = ("門崗值守台 門岗值守台", "Gatehouse 0123456789")


def ruler_mm(receipt_width_mm: int) -> int:
    """The slip's ruler: the printable width, rounded down to 10 mm (50 mm on 58 mm paper)."""
    return (receipt_width_mm - 2 * SLIP_MARGIN_MM) // 10 * 10


def build_test_page(title: str, lines: Sequence[str], receipt_width_mm: int, ruler_caption: str) -> bytes:
    """``ruler_caption`` may hold ``{mm}``, the ruler's length in millimetres."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.fonts import register_cjk_fonts

    fonts = register_cjk_fonts()
    buffer = io.BytesIO()
    # The initial font, else every page names Helvetica (not embedded); the stub types it wrongly.
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.regular)  # type: ignore[arg-type]
    canvas.setTitle(title)
    pages = ((A4[0], A4[1], 20 * mm, A4_RULER_MM, 12), (receipt_width_mm * mm, SLIP_HEIGHT_MM * mm, 4 * mm, None, 8))
    for width, height, margin, ruler, size in pages:
        length = ruler if ruler is not None else ruler_mm(receipt_width_mm)
        canvas.setPageSize((width, height))
        y = height - margin - size
        canvas.setFont(fonts.bold, size + 2)
        canvas.drawString(margin, y, title)
        canvas.setFont(fonts.regular, size)
        for line in [*lines, *SAMPLES]:
            y -= size * 1.6
            canvas.drawString(margin, y, line)
        y -= size * 3
        canvas.drawString(margin, y + size * 0.8, ruler_caption.format(mm=length))
        canvas.setLineWidth(0.5)
        canvas.line(margin, y, margin + length * mm, y)
        for tick in range(length + 1):
            tall = 4 if tick % 10 == 0 else 2.5 if tick % 5 == 0 else 1.5
            canvas.line(margin + tick * mm, y, margin + tick * mm, y - tall * mm)
            if tick % 10 == 0:
                canvas.drawCentredString(margin + tick * mm, y - (tall + 3) * mm, str(tick // 10))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
