"""The QPrinter path end to end, with Qt's PDF writer as the printer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.errors import StorageError, StorageProblem
from app.printing import A4_LANDSCAPE, A5, RECEIPT_58, RECEIPT_80, mm
from tests.app.printing import samples
from tests.app.printing.fs import read_only_dir
from tests.app.printing.pdftools import pdfinfo
from tests.pdf_pages import pdf_page
from tests.ui.printing.helpers import ink_box
from ui.printing import PdfPrintJob, PrintError, PrintFailure, paint_pages, pdf_file_printer
from ui.printing.printer import match_paper

__all__ = ["read_only_dir"]
QT_POINT_ROUNDING = 1.0  # Qt writes the MediaBox in whole points
INK_TOLERANCE = 1.5  # points: rounding of the page size plus antialiasing


@pytest.fixture(scope="module")
def log_pdf() -> bytes:
    return samples.visitor_log(90, A5).render()


def test_a5_document_prints_page_for_page_at_its_own_size(qapp: object, log_pdf: bytes, tmp_path: Path) -> None:
    source = pdfinfo(log_pdf, tmp_path, "source.pdf")
    job = PdfPrintJob(log_pdf, "訪客登記表")
    target = job.print_to_pdf_file(tmp_path / "printed.pdf")
    printed = target.read_bytes()
    info = pdfinfo(printed, tmp_path, "check.pdf")
    assert source.pages > 1
    assert info.pages == source.pages
    assert info.width == pytest.approx(source.width, abs=QT_POINT_ROUNDING)
    assert info.height == pytest.approx(source.height, abs=QT_POINT_ROUNDING)
    # at 100 %, in place: the ink sits where it sits on the source page
    for index in (0, source.pages - 1):
        assert ink_box(printed, index) == pytest.approx(ink_box(log_pdf, index), abs=INK_TOLERANCE)
    job.close()


@pytest.mark.parametrize("page", [RECEIPT_58, RECEIPT_80])
def test_receipt_prints_on_one_roll_page_as_tall_as_the_receipt(qapp: object, page: object, tmp_path: Path) -> None:
    doc = samples.visitor_slip(page)  # type: ignore[arg-type]
    pdf = doc.render()
    target = PdfPrintJob(pdf, "訪客單").print_to_pdf_file(tmp_path / "slip.pdf")
    info = pdfinfo(target.read_bytes(), tmp_path, "check.pdf")
    assert info.pages == 1
    assert info.width == pytest.approx(doc.page.width, abs=QT_POINT_ROUNDING)
    assert info.height == pytest.approx(doc.last_page_height, abs=QT_POINT_ROUNDING)
    assert ink_box(target.read_bytes(), 0) == pytest.approx(ink_box(pdf, 0), abs=INK_TOLERANCE)


def test_landscape_keeps_its_orientation(qapp: object, tmp_path: Path) -> None:
    from app.printing import Document

    pdf = Document(A4_LANDSCAPE, samples.meta("橫向")).add_paragraph("橫向報表").render()
    target = PdfPrintJob(pdf, "橫向").print_to_pdf_file(tmp_path / "land.pdf")
    info = pdfinfo(target.read_bytes(), tmp_path, "check.pdf")
    assert (info.width, info.height) == pytest.approx((mm(297), mm(210)), abs=QT_POINT_ROUNDING)


def test_the_dialogs_page_range_is_honoured(qapp: object, log_pdf: bytes, tmp_path: Path) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    printer = pdf_file_printer(str(tmp_path / "range.pdf"))
    match_paper(printer, job.pages, "x")
    printer.setFromTo(2, 2)
    assert paint_pages(printer, job.pages) == 1
    printed = (tmp_path / "range.pdf").read_bytes()
    assert ink_box(printed, 0) == pytest.approx(ink_box(log_pdf, 1), abs=INK_TOLERANCE)
    job.close()


def test_progress_is_reported_and_cancel_leaves_no_file(qapp: object, log_pdf: bytes, tmp_path: Path) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    seen: list[tuple[int, int]] = []

    def on_progress(done: int, total: int) -> None:
        seen.append((done, total))
        job.cancel()

    job.progressed.connect(on_progress)
    with pytest.raises(PrintError) as caught:
        job.print_to_pdf_file(tmp_path / "cancelled.pdf")
    assert caught.value.failure is PrintFailure.CANCELLED
    assert seen == [(1, job.page_count())]
    assert list(tmp_path.iterdir()) == []
    job.close()


def test_printing_into_a_read_only_folder_is_a_storage_error(qapp: object, log_pdf: bytes, read_only_dir: Path) -> None:
    job = PdfPrintJob(log_pdf, "訪客登記表")
    with pytest.raises(StorageError) as caught:
        job.print_to_pdf_file(read_only_dir / "x.pdf")
    assert caught.value.problem is StorageProblem.READ_ONLY
    assert list(read_only_dir.iterdir()) == []
    job.close()


def test_save_copy_writes_the_original_bytes(qapp: object, log_pdf: bytes, tmp_path: Path) -> None:
    target = PdfPrintJob(log_pdf, "x").save_copy(tmp_path / "copy.pdf")
    assert target.read_bytes() == log_pdf


def test_qt_pdf_printer_resolution_is_capped_for_rendering(qapp: object) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert printer.resolution() >= 300  # the band images are still rendered at ≤ 300 dpi


def test_barcodes_still_scan_after_rasterised_printing(qapp: object, tmp_path: Path) -> None:
    pdf = samples.visitor_slip(RECEIPT_58).render()
    printed = PdfPrintJob(pdf, "訪客單").print_to_pdf_file(tmp_path / "slip.pdf").read_bytes()
    with pdf_page(printed) as page:
        image = page.render(scale=203 / 72, grayscale=True).to_pil()
    image.save(tmp_path / "slip.png")
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "slip.png")], capture_output=True, text=True
    ).stdout.split()
    assert sorted(found) == ["V20250314-0427", "V20250314-0427"]  # QR and Code 128
