"""``PdfPrintJob``: one generated PDF and every way to put it on paper.

job = PdfPrintJob(pdf_bytes, title="訪客單")
job.printed.connect(...); job.print_failed.connect(show_error)
job.preview(parent)                    # non-modal preview, its Print… opens the print dialog
job.print_with_dialog(parent)          # QPrintDialog opened with open(), prints on accept
job.print_silently("EPSON TM-T82")     # configured receipt printer, no dialog
job.print_to_pdf_file(path)            # Qt's PDF writer as the printer (tests, "print to file")
job.save_copy(path)                    # the PDF itself, written atomically
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.errors import GatehouseError
from app.printing.storage import storage_error, write_atomic
from ui.printing.pdf_pages import PdfPages
from ui.printing.preview import PdfPreviewDialog
from ui.printing.printer import match_paper, paint_pages, pdf_file_printer, printer_by_name

DialogFactory = Callable[[QPrinter, QWidget | None], QDialog]


def default_dialog_factory(printer: QPrinter, parent: QWidget | None) -> QDialog:
    return QPrintDialog(printer, parent)


class PdfPrintJob(QObject):
    printed = Signal(str, int)  # printer (or file) name, printer pages sent
    print_failed = Signal(object)  # a GatehouseError (PrinterNotFoundError, PrintError, StorageError)
    progressed = Signal(int, int)  # printer pages done, total: drive a QProgressDialog with it

    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        parent: QObject | None = None,
        grayscale: bool = True,
        dialog_factory: DialogFactory = default_dialog_factory,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.grayscale = grayscale
        self.pages = PdfPages(pdf)
        self._dialog_factory = dialog_factory
        self._open: list[QDialog] = []  # dialogs kept alive until they finish
        self._cancelled = False

    def page_count(self) -> int:
        return len(self.pages)

    def cancel(self) -> None:
        """Stop the running print after the current page (``PrintError(CANCELLED)``)."""
        self._cancelled = True

    def _paint(self, printer: QPrinter) -> int:
        self._cancelled = False
        return paint_pages(printer, self.pages, grayscale=self.grayscale, progress=self._progress)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)  # a modal QProgressDialog processes events here
        return not self._cancelled

    # ---- interactive ----------------------------------------------------------------------------
    def preview(self, parent: QWidget | None = None) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(self.pages, self.title, parent)
        dialog.print_requested.connect(lambda: self.print_with_dialog(dialog))
        self._keep(dialog)
        dialog.show()
        return dialog

    def print_with_dialog(self, parent: QWidget | None = None, *, printer_name: str | None = None) -> QDialog:
        """Open the print dialog (``open()``: not blocking) on the default or the named printer;
        print when it is accepted. Failures arrive as ``print_failed``."""
        printer = printer_by_name(printer_name) if printer_name else QPrinter(QPrinter.PrinterMode.HighResolution)
        match_paper(printer, self.pages, self.title)
        dialog = self._dialog_factory(printer, parent)
        if isinstance(dialog, QPrintDialog):
            dialog.setMinMax(1, max(1, self.page_count()))
        dialog.accepted.connect(lambda: self._print_accepted(printer))
        self._keep(dialog)
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants (receiver, member)
        return dialog

    def _print_accepted(self, printer: QPrinter) -> None:
        try:
            sent = self._paint(printer)
        except GatehouseError as exc:
            self.print_failed.emit(exc)
            return
        self.printed.emit(printer.printerName() or printer.outputFileName(), sent)

    # ---- without a dialog -----------------------------------------------------------------------
    def print_silently(self, printer_name: str) -> int:
        """Print every page on the named printer; ``PrinterNotFoundError`` / ``PrintError``."""
        printer = printer_by_name(printer_name)
        match_paper(printer, self.pages, self.title)
        sent = self._paint(printer)
        self.printed.emit(printer_name, sent)
        return sent

    def print_to_pdf_file(self, path: str | os.PathLike[str]) -> Path:
        """Print through Qt's PDF writer into ``path`` (a temporary file renamed into place)."""
        target = Path(path)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            os.close(fd)
        except OSError as exc:
            raise storage_error(exc, target) from exc
        try:
            printer = pdf_file_printer(tmp_name)
            match_paper(printer, self.pages, self.title)
            sent = self._paint(printer)
            os.replace(tmp_name, target)
        except OSError as exc:
            raise storage_error(exc, target) from exc
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        self.printed.emit(str(target), sent)
        return target

    def save_copy(self, path: str | os.PathLike[str]) -> Path:
        """The PDF bytes themselves, atomically (``StorageError`` on failure)."""
        return write_atomic(path, self.pdf)

    # ---- lifetime -------------------------------------------------------------------------------
    def _keep(self, dialog: QDialog) -> None:
        self._open.append(dialog)
        dialog.finished.connect(lambda _result: self._release(dialog))

    def _release(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)

    def close(self) -> None:
        for dialog in list(self._open):
            dialog.close()
        self.pages.close()
