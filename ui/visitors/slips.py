"""Printing visitor slips: the PDF from ``app.visitors.slips`` in the operator's language, put on
paper through the print engine; a print is counted once it has gone to the printer."""

from __future__ import annotations

import uuid
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.clock import Clock
from app.errors import GatehouseError
from app.permissions import Actor
from app.printing import DocumentMeta, PageSpec
from app.settings import PRINTER_A4, PRINTER_RECEIPT, SILENT_PRINT, SettingsService
from app.site import SiteService
from app.visitors.slips import SLIP_AT_CHECK_IN, VisitorSlipLabels, slip_page, visit_slip
from app.visitors.visits import VisitService
from ui.printing.document_words import document_labels
from ui.printing.job import PdfPrintJob
from ui.visitors.code_words import type_name


def slip_labels() -> VisitorSlipLabels:
    return VisitorSlipLabels(
        title=QCoreApplication.translate("VisitorSlip", "Visitor slip"),
        code=QCoreApplication.translate("VisitorSlip", "Visit no."),
        pass_number=QCoreApplication.translate("VisitorSlip", "Pass"),
        name=QCoreApplication.translate("VisitorSlip", "Visitor"),
        visitor_type=QCoreApplication.translate("VisitorSlip", "Type"),
        unit=QCoreApplication.translate("VisitorSlip", "Visiting"),
        resident=QCoreApplication.translate("VisitorSlip", "Resident"),
        time_in=QCoreApplication.translate("VisitorSlip", "Time in"),
        leave_by=QCoreApplication.translate("VisitorSlip", "Leave by"),
        id_document=QCoreApplication.translate("VisitorSlip", "ID"),
        phone=QCoreApplication.translate("VisitorSlip", "Phone"),
        plate=QCoreApplication.translate("VisitorSlip", "Plate"),
        companions=QCoreApplication.translate("VisitorSlip", "Companions"),
        items=QCoreApplication.translate("VisitorSlip", "Items carried"),
        footer=QCoreApplication.translate(
            "VisitorSlip", "Show this slip when you leave; the guard scans the code to check you out."
        ),
        signature=QCoreApplication.translate("VisitorSlip", "Visitor's signature"),
    )


class SlipPrinter(QObject):
    printed = Signal(str)  # visit code
    failed = Signal(object)  # GatehouseError

    def __init__(
        self,
        visitors: VisitService,
        settings: SettingsService,
        site: SiteService,
        clock: Clock,
        zone: tzinfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._visitors = visitors
        self._settings = settings
        self._site = site
        self._clock = clock
        self._zone = zone
        self._jobs: list[PdfPrintJob] = []

    def render(self, actor: Actor, visit_id: uuid.UUID) -> tuple[bytes, PageSpec, str]:
        """The slip PDF of a visit (marked as a reprint when one was printed before)."""
        row, printed_before = self._visitors.slip(visit_id)
        page = slip_page(self._settings, actor.desk_id)
        labels = slip_labels()
        desk = self._site.desk(actor.desk_id).name if actor.desk_id else ""
        meta = DocumentMeta(
            site_name=self._site.site().name,
            desk_name=desk,
            printed_by=actor.display_name,
            printed_at=self._clock.now(),
            title=labels.title,
            zone=self._zone,
            labels=document_labels(),
            reprint_count=printed_before,
        )
        pdf = visit_slip(row, type_name(row.visitor_type, self._visitors.types()), page, meta, labels).render()
        return pdf, page, row.code

    def _printer(self, actor: Actor, page: PageSpec) -> str:
        spec = PRINTER_RECEIPT if page.is_receipt else PRINTER_A4
        return str(self._settings.get(spec, actor.desk_id))

    def after_check_in(self, actor: Actor, visit_id: uuid.UUID) -> bool:
        """Print without asking when this desk prints slips at check-in on a configured printer."""
        if not self._settings.get(SLIP_AT_CHECK_IN, actor.desk_id):
            return False
        printer = self._printer(actor, slip_page(self._settings, actor.desk_id))
        if not printer or not self._settings.get(SILENT_PRINT, actor.desk_id):
            return False
        try:
            pdf, page, code = self.render(actor, visit_id)
        except GatehouseError as error:
            self.failed.emit(error)
            return False
        self._send(actor, visit_id, pdf, page, code, None, printer, silent=True)
        return True

    def print_slip(self, actor: Actor, visit_id: uuid.UUID, parent: QWidget | None) -> None:
        """The guard asked for a slip: silently on the desk's printer if so configured, else with the
        print dialog (non-blocking)."""
        try:
            pdf, page, code = self.render(actor, visit_id)
        except GatehouseError as error:
            self.failed.emit(error)
            return
        printer = self._printer(actor, page)
        silent = bool(printer) and self._settings.get(SILENT_PRINT, actor.desk_id)
        self._send(actor, visit_id, pdf, page, code, parent, printer, silent=silent)

    def _send(
        self,
        actor: Actor,
        visit_id: uuid.UUID,
        pdf: bytes,
        page: PageSpec,
        code: str,
        parent: QWidget | None,
        printer: str,
        *,
        silent: bool,
    ) -> None:
        job = PdfPrintJob(pdf, code, parent=self)
        self._jobs.append(job)

        def _on_job_printed(_where: str, _pages: int) -> None:
            try:
                self._visitors.record_print(actor, visit_id, page.name)
            except GatehouseError as error:
                self.failed.emit(error)
                return
            self.printed.emit(code)

        job.printed.connect(_on_job_printed)
        job.print_failed.connect(self.failed)
        try:
            if silent:
                job.print_silently(printer)
            else:
                job.print_with_dialog(parent, printer_name=printer or None)
        except GatehouseError as error:
            self.failed.emit(error)
