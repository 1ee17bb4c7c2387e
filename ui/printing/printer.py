"""Driving a ``QPrinter``: find it by name, give it the document's paper, paint the pages.

Pages are rasterised by pypdfium2 at the printer's resolution (at most ``MAX_PRINT_DPI``) and drawn
with ``QPainter.drawImage``; never ``QWidget.render()`` (docs/traps.md, 6).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.printing.storage import storage_error
from ui.printing.errors import PrinterNotFoundError, PrintError, PrintFailure
from ui.printing.pdf_pages import PdfPages
from ui.printing.placement import Band, Paper, place_roll, place_sheet

MAX_PRINT_DPI = 300  # an A4 page at 300 dpi is 8.7 MB in grey; at 1200 dpi it would be 140 MB
ROLL_MAX_WIDTH_PT = 80 / 25.4 * 72 + 1  # pages this narrow are receipts (58 / 80 mm rolls)


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def printer_by_name(name: str) -> QPrinter:
    """A high-resolution ``QPrinter`` for the installed printer ``name``, or a typed error."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull() or not name:
        raise PrinterNotFoundError("printer", name, available=tuple(available_printers()))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def pdf_file_printer(path: str) -> QPrinter:
    """Qt's PDF writer as a printer: the fake printer tests and "print to file" use."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer


def is_roll(pages: PdfPages) -> bool:
    return len(pages) > 0 and pages.geometry(0).size.width() <= ROLL_MAX_WIDTH_PT


def match_paper(printer: QPrinter, pages: PdfPages, title: str) -> None:
    """Ask for the document's own paper size (A4, A6, 80 mm × content…) with no margins.

    A printer that does not offer that size keeps its own; ``paint_pages`` then scales.
    """
    printer.setDocName(title)
    printer.setFullPage(True)
    if len(pages) == 0:
        return
    size = pages.geometry(0).size
    landscape = size.width() > size.height()
    portrait = QSizeF(size.height(), size.width()) if landscape else size
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    printer.setPageLayout(layout)


def paper_of(printer: QPrinter) -> Paper:
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    layout = printer.pageLayout()
    layout.setUnits(QPageLayout.Unit.Point)
    margins = layout.minimumMargins()  # what the device cannot print on
    dpi = float(printer.resolution())
    to_px = dpi / 72.0
    printable = QRectF(0, 0, paper.width(), paper.height()).adjusted(
        margins.left() * to_px,
        margins.top() * to_px,
        -margins.right() * to_px,
        -margins.bottom() * to_px,
    )
    return Paper(QSizeF(paper.width(), paper.height()), printable, dpi, dpi)


def page_indexes(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog's range selects (all when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        return list(range(count))
    return [i for i in range(max(first, 1) - 1, min(last or count, count))]


def plan(pages: PdfPages, indexes: Sequence[int], paper: Paper) -> list[tuple[int, Band]]:
    """One (page index, band) per printer page, in order."""
    roll = is_roll(pages)
    out: list[tuple[int, Band]] = []
    for index in indexes:
        geometry = pages.geometry(index)
        if roll:
            out += [(index, band) for band in place_roll(geometry.size, geometry.content, paper)]
        else:
            out.append((index, place_sheet(geometry.size, geometry.content, paper)))
    return out


def _check_output_file(printer: QPrinter) -> None:
    """Printing into a file (Qt's PDF writer, "print to file"): a folder that is missing or
    read-only is a ``StorageError``, not a failed ``QPainter.begin()``."""
    path = printer.outputFileName()
    if not path:
        return
    try:
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise storage_error(exc, Path(path)) from exc


Progress = Callable[[int, int], bool]  # (printer pages done, total) -> go on?


def paint_pages(
    printer: QPrinter,
    pages: PdfPages,
    *,
    grayscale: bool = True,
    indexes: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Print ``indexes`` (default: the dialog's range, else all); returns printer pages sent.

    ``grayscale`` renders 8-bit grey (our documents are black and white by design): a quarter of
    the memory and spool size of colour. Copies the driver cannot make itself are looped here.
    ``progress`` is called after each printer page; returning False aborts the job
    (``PrintError(CANCELLED)``).
    """
    chosen = list(indexes) if indexes is not None else page_indexes(printer, len(pages))
    name = printer.printerName() or printer.outputFileName()
    if not chosen:
        raise PrintError(name, PrintFailure.EMPTY_RANGE)
    _check_output_file(printer)
    work = plan(pages, chosen, paper_of(printer))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    total = len(work) * copies
    dpi_scale = min(float(printer.resolution()), MAX_PRINT_DPI) / 72.0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(name, PrintFailure.CANNOT_START)
    sent = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for copy in range(copies):
            for n, (index, band) in enumerate(work):
                if (copy or n) and not printer.newPage():
                    raise PrintError(name, PrintFailure.NEW_PAGE)
                scale = min(dpi_scale, band.scale)
                image = pages.render(index, scale, band=band.source, grayscale=grayscale, for_print=True)
                painter.drawImage(band.target, image, QRectF(image.rect()))
                sent += 1
                if progress is not None and not progress(sent, total):
                    printer.abort()
                    raise PrintError(name, PrintFailure.CANCELLED)
    finally:
        if painter.isActive():
            painter.end()
    return sent
