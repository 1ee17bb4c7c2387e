"""Receipts: fixed roll width, one page exactly as tall as the content, QR and Code 128."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.printing import RECEIPT_58, RECEIPT_80, Document, PageSpec, mm
from tests.app.printing import samples
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.pdf_pages import pdf_page

INK_THRESHOLD = 128  # grey level below which a pixel counts as printed
RENDER_SCALE = 4.0  # 288 dpi: 1 px = 0.25 pt


def ink_rows(pdf: bytes) -> tuple[float, float, float]:
    """(first inked row, last inked row, page height) in points, from a real rasterisation."""
    with pdf_page(pdf) as page:
        bitmap = page.render(scale=RENDER_SCALE, grayscale=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        data = bytes(bitmap.buffer)
    inked = [y for y in range(height) if min(data[y * stride : y * stride + width]) < INK_THRESHOLD]
    return inked[0] / RENDER_SCALE, (inked[-1] + 1) / RENDER_SCALE, height / RENDER_SCALE


@pytest.mark.parametrize(("page", "width_mm"), [(RECEIPT_58, 58.0), (RECEIPT_80, 80.0)])
def test_receipt_is_one_page_of_roll_width_as_tall_as_its_content(
    page: PageSpec, width_mm: float, tmp_path: Path
) -> None:
    doc = samples.visitor_slip(page)
    pdf = doc.render()
    info = pdfinfo(pdf, tmp_path)
    assert info.pages == 1
    assert info.width == pytest.approx(mm(width_mm), abs=0.01)
    assert info.height == pytest.approx(doc.last_page_height, abs=0.01)
    top, bottom, height = ink_rows(pdf)
    # the first line starts at the top margin; the last stroke (signature date line) sits at the
    # bottom margin: no blank tail, nothing cut off
    assert top == pytest.approx(page.margin_top, abs=mm(1.5))
    assert height - bottom == pytest.approx(page.margin_bottom, abs=mm(1.5))


def test_printable_widths_match_the_rolls() -> None:
    assert RECEIPT_58.content_width == pytest.approx(mm(48))
    assert RECEIPT_80.content_width == pytest.approx(mm(72))


def test_a_long_receipt_stays_on_one_page_and_grows(tmp_path: Path) -> None:
    short = samples.visitor_slip(RECEIPT_80)
    long = samples.visitor_slip(RECEIPT_80, extra_lines=400)
    short_pdf, long_pdf = short.render(), long.render()
    info = pdfinfo(long_pdf, tmp_path)
    assert info.pages == 1
    assert info.height > pdfinfo(short_pdf, tmp_path).height + 400 * 10
    text = pdftotext_pages(long_pdf, tmp_path)[0]
    assert "001 攜帶物品" in text and "400 攜帶物品" in text
    _top, bottom, height = ink_rows(long_pdf)
    assert height - bottom == pytest.approx(RECEIPT_80.margin_bottom, abs=mm(1.5))


def test_compact_header_text_and_reprint_mark(tmp_path: Path) -> None:
    pdf = samples.visitor_slip(RECEIPT_58, reprint=2).render()
    text = pdftotext_pages(pdf, tmp_path, raw=True)[0]
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0] == samples.SITE
    assert f"{samples.DESK} · {samples.PRINTED_AT_LOCAL}" in lines
    assert f"列印人: {samples.OPERATOR}" in lines
    assert "補印 · 第 2 次" in lines
    assert "張偉傑" in text and "V20250314-0427" in text and "訪客簽名" in text
    assert all(f.emb and f.sub and f.uni for f in pdffonts(pdf, tmp_path))


def test_page_breaks_are_refused_on_receipts() -> None:
    with pytest.raises(ValueError, match="one page"):
        Document(RECEIPT_58, samples.meta("t")).add_page_break()


def test_code128_too_long_for_the_roll_is_refused_when_added() -> None:
    doc = Document(RECEIPT_58, samples.meta("t"))
    with pytest.raises(ValueError, match="too long"):
        doc.add_barcode("X" * 80, samples.BarcodeKind.CODE128)


@pytest.mark.parametrize("page", [RECEIPT_58, RECEIPT_80])
def test_qr_and_code128_scan(page: PageSpec, tmp_path: Path) -> None:
    pdf = samples.visitor_slip(page).render()
    with pdf_page(pdf) as page:
        image = page.render(scale=203 / 72, grayscale=True).to_pil()
    image.save(tmp_path / "slip.png")
    found = subprocess.run(
        [
            "zbarimg",
            "-q",
            "--raw",
            "-Sdisable",
            "-Sqrcode.enable",
            "-Scode128.enable",
            str(tmp_path / "slip.png"),
        ],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert sorted(found) == ["V20250314-0427", "V20250314-0427"]
