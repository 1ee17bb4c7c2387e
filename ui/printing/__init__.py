"""Print preview, printer choice and silent printing of the PDFs ``app.printing`` generates."""

from __future__ import annotations

from ui.printing.document_words import document_labels
from ui.printing.errors import PrinterNotFoundError, PrintError, PrintFailure
from ui.printing.job import DialogFactory, PdfPrintJob, default_dialog_factory
from ui.printing.pdf_pages import PageGeometry, PdfPages
from ui.printing.placement import Band, Paper, place_roll, place_sheet
from ui.printing.preview import PdfPreviewDialog
from ui.printing.printer import (
    available_printers,
    match_paper,
    paint_pages,
    pdf_file_printer,
    printer_by_name,
)

__all__ = [
    "Band",
    "DialogFactory",
    "PageGeometry",
    "Paper",
    "PdfPages",
    "PdfPreviewDialog",
    "PdfPrintJob",
    "PrintError",
    "PrintFailure",
    "PrinterNotFoundError",
    "available_printers",
    "default_dialog_factory",
    "document_labels",
    "match_paper",
    "paint_pages",
    "pdf_file_printer",
    "place_roll",
    "place_sheet",
    "printer_by_name",
]
