"""The printer test page of the first-day checklist: this desk's printers and paper, previewed, then printed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.printer_test_page import build_test_page
from app.settings import PRINTER_A4, PRINTER_RECEIPT, RECEIPT_WIDTH_MM
from ui.context import UiContext
from ui.printing.job import PdfPrintJob


def show_printer_test_page(ctx: UiContext, parent: QWidget) -> PdfPrintJob:
    """Preview the test page (an A4 sheet and a slip of this desk's width); its Print… prints it."""
    s = ctx.bundles.desk
    desk_id = ctx.session.actor.desk_id
    default = QCoreApplication.translate("PrinterTestPage", "the system default printer")
    a4 = s.settings.get(PRINTER_A4, desk_id) or default
    receipt = s.settings.get(PRINTER_RECEIPT, desk_id) or default
    width = int(s.settings.get(RECEIPT_WIDTH_MM, desk_id))
    desk = next((d.name for d in s.site.desks() if d.id == desk_id), "")
    now = ctx.clock.now().astimezone(s.zone)
    title = QCoreApplication.translate("PrinterTestPage", "Printer test page")
    lines = [
        f"{s.site_name} · {desk}" if desk else s.site_name,
        QCoreApplication.translate("PrinterTestPage", "A4 printer: {name}").format(name=a4),
        QCoreApplication.translate("PrinterTestPage", "Slip printer: {name}").format(name=receipt),
        QCoreApplication.translate("PrinterTestPage", "Slip paper: {width} mm").format(width=width),
        QCoreApplication.translate("PrinterTestPage", "Printed {time}").format(time=now.strftime("%Y-%m-%d %H:%M")),
    ]
    caption = QCoreApplication.translate("PrinterTestPage", "This ruler must measure {mm} mm on paper")
    job = PdfPrintJob(build_test_page(title, lines, width, caption), title, parent=parent)
    job.preview(parent)
    return job
