"""The muster list from anywhere: F12 (or the "Muster list" button on the status line) builds it
now and sends it to the desk's A4 printer — silently when the desk prints silently, otherwise the
print dialog opens on that printer (Enter prints). It is small, so it is built at once on the GUI
thread: no progress bar between a fire alarm and the paper.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import GatehouseError
from app.reports.paper import Paper
from app.settings import PRINTER_A4, SILENT_PRINT, SettingsService
from ui.context import UiContext
from ui.printing.job import DialogFactory, PdfPrintJob, default_dialog_factory
from ui.reports.report_words import report_labels

MUSTER_SHORTCUT = "F12"


class MusterAction(QObject):
    job_created = Signal(object)  # PdfPrintJob
    failed = Signal(object)  # GatehouseError

    def __init__(self, ctx: UiContext, parent: QWidget, dialog_factory: DialogFactory = default_dialog_factory) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._dialog_factory = dialog_factory

    def trigger(self) -> PdfPrintJob | None:
        services = self._ctx.bundles.reports
        actor = self._ctx.session.actor
        try:
            desk_name = services.site.desk(actor.desk_id).name if actor.desk_id else ""
            paper = Paper(
                site_name=services.site_name,
                printed_by=actor.display_name,
                printed_at=self._ctx.clock.now(),
                zone=services.zone,
                labels=report_labels(),
                desk_name=desk_name,
            )
            pdf = services.reports.muster_pdf(actor, paper)
            job = PdfPrintJob(pdf, "muster", parent=self, dialog_factory=self._dialog_factory)
            job.print_failed.connect(self.failed)
            self.job_created.emit(job)
            release_when_done(job, self._parent, services.settings, actor.desk_id)
        except GatehouseError as error:
            self.failed.emit(error)
            return None
        return job


def release_when_done(job: PdfPrintJob, parent: QWidget, settings: SettingsService, desk_id: uuid.UUID | None) -> None:
    """Print on the desk's A4 printer: silently when the desk says so, else through the print dialog
    opened on that printer. The job's PDF is released afterwards (``PrinterNotFoundError`` and
    ``PrintError`` are ``GatehouseError``s: the caller shows them)."""
    printer = settings.get(PRINTER_A4, desk_id)
    if printer and settings.get(SILENT_PRINT, desk_id):
        try:
            job.print_silently(printer)
        finally:
            job.close()
        return
    try:
        dialog = job.print_with_dialog(parent, printer_name=printer or None)
    except GatehouseError:
        job.close()
        raise
    dialog.finished.connect(lambda _result: job.close())
