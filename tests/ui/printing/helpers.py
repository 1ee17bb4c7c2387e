"""Shared helpers for the Qt printing tests."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from tests.pdf_pages import pdf_page

INK = 128  # grey level below which a pixel is "printed"


def dark_fraction(image: QImage, step: int = 3) -> float:
    """Share of sampled pixels that are dark (0.0 = blank page)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    dark = total = 0
    for y in range(0, height, step):
        line = bytes(gray.constScanLine(y))[:width]  # type: ignore[call-overload]
        sample = line[::step]
        dark += sum(1 for b in sample if b < INK)
        total += len(sample)
    return dark / total if total else 0.0


_DARK = bytes(1 if level < INK else 0 for level in range(256))


def ink_box(pdf: bytes, index: int, px_per_pt: float = 2.0) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of everything printed on the page, in points from the top-left,
    found from a real rasterisation: where the ink is, not where we meant to put it."""
    with pdf_page(pdf, index) as page:
        bitmap = page.render(scale=px_per_pt, grayscale=True)
        data, stride, width, height = bytes(bitmap.buffer), bitmap.stride, bitmap.width, bitmap.height
    top = bottom = left = right = None
    for y in range(height):
        row = data[y * stride : y * stride + width].translate(_DARK)
        first = row.find(1)
        if first < 0:
            continue
        last = row.rfind(1)
        top = y if top is None else top
        bottom = y
        left = first if left is None else min(left, first)
        right = last if right is None else max(right, last)
    assert top is not None and left is not None and right is not None and bottom is not None
    return (left / px_per_pt, top / px_per_pt, (right + 1) / px_per_pt, (bottom + 1) / px_per_pt)


class FileChoosingPrintDialog(QDialog):
    """Stands in for ``QPrintDialog``: the operator "chose" to print into a PDF file."""

    def __init__(self, printer: QPrinter, parent: QWidget | None, path: str) -> None:
        super().__init__(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.chosen_printer = printer
