"""Putting the key register on paper: builds the PDF (``app.keys.slips``) and hands it to
``PdfPrintJob`` — silently to this desk's printer when the desk is set up for it, else a preview."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import GatehouseError
from app.keys.rows import DepositRow, KeyRow, LoanRow
from app.keys.slips import deposit_receipt, loan_slip, register_sheet
from app.printing import A4_LANDSCAPE, A5, RECEIPT_58, RECEIPT_80, Document, DocumentMeta, PageSpec
from app.settings import PRINTER_A4, PRINTER_RECEIPT, RECEIPT_WIDTH_MM, SILENT_PRINT
from ui.keys import code_words
from ui.keys.context import KeysContext
from ui.printing import PdfPrintJob, document_labels


class SlipPaper(StrEnum):
    NONE = "none"
    RECEIPT = "receipt"
    A5 = "a5"


class KeyPrinter(QObject):
    """Prints slips, receipts and the register for one desk; reports failures as ``failed``."""

    failed = Signal(object)  # GatehouseError
    job_started = Signal(object)  # PdfPrintJob (tests and the page keep an eye on it)

    def __init__(self, desk: KeysContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.jobs: list[PdfPrintJob] = []

    def _meta(self, title: str, reprint: int = 0) -> DocumentMeta:
        actor = self._desk.session.actor
        desk_name = self._desk.services.site.desk(actor.desk_id).name if actor.desk_id else ""
        return DocumentMeta(
            site_name=self._desk.services.site_name,
            desk_name=desk_name,
            printed_by=actor.display_name,
            printed_at=self._desk.clock.now(),
            title=title,
            zone=self._desk.services.zone,
            labels=document_labels(),
            reprint_count=reprint,
        )

    def _receipt_page(self) -> PageSpec:
        width = self._desk.services.settings.get(RECEIPT_WIDTH_MM, self._desk.session.actor.desk_id)
        return RECEIPT_58 if width == "58" else RECEIPT_80

    def _send(self, document: Document, title: str, receipt: bool, parent: QWidget | None) -> PdfPrintJob | None:
        desk_id = self._desk.session.actor.desk_id
        try:
            job = PdfPrintJob(document.render(), title, parent=self)
        except GatehouseError as error:
            self.failed.emit(error)
            return None
        job.print_failed.connect(self.failed.emit)
        self.jobs.append(job)
        self.job_started.emit(job)
        printer = self._desk.services.settings.get(PRINTER_RECEIPT if receipt else PRINTER_A4, desk_id)
        if printer and self._desk.services.settings.get(SILENT_PRINT, desk_id):
            try:
                job.print_silently(printer)
            except GatehouseError as error:
                self.failed.emit(error)
            return job
        job.preview(parent)
        return job

    def loan_slip(self, loan: LoanRow, key: KeyRow, paper: SlipPaper, parent: QWidget | None) -> PdfPrintJob | None:
        if paper == SlipPaper.NONE:
            return None
        labels = code_words.print_labels(self._desk.services.keys.classes())
        try:
            reprint = self._desk.services.keys.record_slip_print(self._desk.session.actor, loan.id)
        except GatehouseError as error:
            self.failed.emit(error)
            return None
        page = self._receipt_page() if paper == SlipPaper.RECEIPT else A5
        document = loan_slip(loan, key, page, self._meta(labels.loan_title, reprint), labels)
        return self._send(document, f"{labels.loan_title} {key.tag}", paper == SlipPaper.RECEIPT, parent)

    def deposit_receipt(self, deposit: DepositRow, paper: SlipPaper, parent: QWidget | None) -> PdfPrintJob | None:
        if paper == SlipPaper.NONE:
            return None
        labels = code_words.print_labels(self._desk.services.keys.classes())
        try:
            reprint = self._desk.services.deposits.record_receipt_print(self._desk.session.actor, deposit.key_id)
        except GatehouseError as error:
            self.failed.emit(error)
            return None
        page = self._receipt_page() if paper == SlipPaper.RECEIPT else A5
        document = deposit_receipt(deposit, page, self._meta(labels.deposit_title, reprint), labels)
        return self._send(document, f"{labels.deposit_title} {deposit.key_tag}", paper == SlipPaper.RECEIPT, parent)

    def register(self, keys: list[KeyRow], shown: str, parent: QWidget | None) -> PdfPrintJob | None:
        labels = code_words.print_labels(self._desk.services.keys.classes())
        document = register_sheet(keys, A4_LANDSCAPE, self._meta(labels.register_title), labels, shown=shown)
        return self._send(document, labels.register_title, False, parent)
