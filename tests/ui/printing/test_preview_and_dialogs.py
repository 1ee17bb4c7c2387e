"""Preview, print dialog and silent printing, as an operator meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.errors import StorageError, StorageProblem
from app.printing import A5, RECEIPT_80
from tests.app.printing import samples
from tests.app.printing.pdftools import pdfinfo
from tests.ui.printing.helpers import FileChoosingPrintDialog, dark_fraction
from ui.printing import PdfPreviewDialog, PdfPrintJob, PrinterNotFoundError

# The offscreen platform warns whenever a window gets a minimum size (any dialog with a layout);
# real platforms implement it. Only that message is ignored.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def log_pdf() -> bytes:
    return samples.visitor_log(90, A5).render()


def test_preview_is_non_modal_and_draws_the_page(qtbot: QtBot, log_pdf: bytes) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    dialog = job.preview()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    assert dialog.windowTitle() == "Print preview: 訪客登記表"
    canvas = dialog.findChild(QWidget, "printPreviewPage")
    assert canvas is not None
    assert 0.01 < dark_fraction(dialog.page_image()) < 0.5
    shown = canvas.grab().toImage()
    assert dark_fraction(shown) > 0.005  # what is on screen is a page, not a blank label
    job.close()


def test_preview_navigates_and_zooms(qtbot: QtBot, log_pdf: bytes) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    dialog = job.preview()
    qtbot.addWidget(dialog)
    count = dialog.page_count()
    assert count == job.page_count() > 1
    labels = {w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")}
    assert f"Page 1 / {count}" in labels
    first = dialog.page_image()
    with qtbot.waitSignal(dialog.page_changed) as changed:
        qtbot.mouseClick(_button(dialog, "Next page"), Qt.MouseButton.LeftButton)
    assert changed.args == [1]
    assert dialog.page_image() != first
    dialog.go_to(count + 10)
    assert dialog.current_page() == count - 1
    assert not _button(dialog, "Next page").isEnabled()
    width = dialog.page_image().width()
    dialog.zoom_in()
    assert dialog.page_image().width() > width
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.page_image().width() < width
    dialog.fit_width()
    assert dialog.page_image().width() == pytest.approx(width, abs=2)
    job.close()


def test_preview_print_button_opens_the_print_dialog_and_prints(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = samples.visitor_slip(RECEIPT_80).render()
    target = tmp_path / "from_preview.pdf"
    opened: list[QDialog] = []

    def factory(printer: QPrinter, parent: QWidget | None) -> QDialog:
        dialog = FileChoosingPrintDialog(printer, parent, str(target))
        opened.append(dialog)
        return dialog

    job = PdfPrintJob(pdf, "訪客單", dialog_factory=factory)
    preview = job.preview()
    qtbot.addWidget(preview)
    qtbot.mouseClick(_button(preview, "Print…"), Qt.MouseButton.LeftButton)
    [dialog] = opened
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert dialog.parent() is preview
    with qtbot.waitSignal(job.printed) as printed:
        dialog.accept()
    assert printed.args == [str(target), 1]
    assert pdfinfo(target.read_bytes(), tmp_path, "check.pdf").pages == 1
    job.close()


def test_print_failure_from_the_dialog_arrives_as_a_signal(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = samples.visitor_slip(RECEIPT_80).render()
    unwritable = str(tmp_path / "missing-folder" / "x.pdf")

    job = PdfPrintJob(pdf, "訪客單", dialog_factory=lambda p, w: FileChoosingPrintDialog(p, w, unwritable))
    dialog = job.print_with_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(job.print_failed) as failed, qtbot.captureExceptions() as raised:
        dialog.accept()
    assert not raised
    error = failed.args[0]
    assert isinstance(error, StorageError)
    assert error.problem is StorageProblem.MISSING
    job.close()


def test_the_real_print_dialog_opens_window_modal_without_blocking(qtbot: QtBot, log_pdf: bytes) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    printed: list[object] = []
    job.printed.connect(lambda *args: printed.append(args))
    dialog = job.print_with_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QPrintDialog)
    assert dialog.isVisible()  # we got here: open() returned at once
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert (dialog.minPage(), dialog.maxPage()) == (1, job.page_count())
    dialog.reject()
    assert printed == []
    job.close()


def test_silent_print_to_an_unknown_printer_is_a_typed_error(qapp: object, log_pdf: bytes) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    with pytest.raises(PrinterNotFoundError) as caught:
        job.print_silently("No Such Receipt Printer")
    assert caught.value.kind == "printer"
    assert caught.value.key == "No Such Receipt Printer"
    assert isinstance(caught.value.available, tuple)
    with pytest.raises(PrinterNotFoundError):
        job.print_silently("")
    job.close()


def test_dialog_on_an_unknown_printer_name_is_a_typed_error(qapp: object, log_pdf: bytes) -> None:
    with pytest.raises(PrinterNotFoundError):
        PdfPrintJob(log_pdf, "x").print_with_dialog(printer_name="Gone")


def test_not_a_pdf_is_refused(qapp: object) -> None:
    with pytest.raises(ValueError, match="not a PDF"):
        PdfPrintJob(b"hello", "x")


def _button(dialog: PdfPreviewDialog, text: str) -> QWidget:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)
