"""Where pages land on paper (pure geometry)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSizeF

from ui.printing.placement import Paper, place_roll, place_sheet

DPI = 300.0
PX = DPI / 72  # device pixels per point


def mm(value: float) -> float:
    return value * 72 / 25.4


def paper(width_mm: float, height_mm: float, margin_mm: float = 0.0) -> Paper:
    w, h, m = mm(width_mm) * PX, mm(height_mm) * PX, mm(margin_mm) * PX
    return Paper(QSizeF(w, h), QRectF(m, m, w - 2 * m, h - 2 * m), DPI, DPI)


def rect(band_target: QRectF) -> tuple[float, float, float, float]:
    return (band_target.left(), band_target.top(), band_target.width(), band_target.height())


A4 = QSizeF(mm(210), mm(297))
A4_CONTENT = QRectF(mm(15), mm(8), mm(180), mm(280))  # header and footer 8–9 mm from the edges


def test_same_paper_without_margins_is_one_to_one() -> None:
    band = place_sheet(A4, A4_CONTENT, paper(210, 297))
    assert rect(band.target) == pytest.approx((0, 0, A4.width() * PX, A4.height() * PX))
    assert band.scale == pytest.approx(PX)


def test_hardware_margins_inside_our_margins_keep_one_to_one() -> None:
    band = place_sheet(A4, A4_CONTENT, paper(210, 297, margin_mm=5))
    assert band.scale == pytest.approx(PX)


def test_content_in_the_unprintable_edge_shrinks_into_the_printable_area() -> None:
    printer = paper(210, 297, margin_mm=12)
    band = place_sheet(A4, A4_CONTENT, printer)
    assert band.scale < PX
    assert printer.printable.adjusted(-0.5, -0.5, 0.5, 0.5).contains(band.target)
    assert band.target.width() / band.target.height() == pytest.approx(210 / 297)


def test_small_page_on_big_paper_is_not_enlarged() -> None:
    a6 = QSizeF(mm(105), mm(148))
    band = place_sheet(a6, QRectF(mm(7), mm(5), mm(91), mm(138)), paper(210, 297, margin_mm=5))
    assert band.scale == pytest.approx(PX)
    assert band.target.center().x() == pytest.approx(mm(210) * PX / 2)


def test_receipt_on_its_roll_is_one_band_at_full_width() -> None:
    slip = QSizeF(mm(58), mm(120))
    roll = Paper(
        QSizeF(mm(58) * PX, mm(120) * PX),
        QRectF(mm(5) * PX, 0, mm(48) * PX, mm(120) * PX),
        DPI,
        DPI,
    )
    [band] = place_roll(slip, QRectF(mm(5), mm(3), mm(48), mm(110)), roll)
    assert rect(band.target) == pytest.approx((0, 0, mm(58) * PX, mm(120) * PX))


def test_long_receipt_continues_in_bands_never_shrunk_to_a_page() -> None:
    slip = QSizeF(mm(80), mm(1000))
    bands = place_roll(slip, QRectF(mm(4), mm(3), mm(72), mm(990)), paper(80, 297))
    assert len(bands) == 4  # 297 + 297 + 297 + 109 mm
    assert all(b.scale == pytest.approx(PX) for b in bands)
    tops = [b.source.top() for b in bands]
    heights = [b.source.height() for b in bands]
    assert tops[0] == 0
    for previous_top, previous_height, top in zip(tops, heights, tops[1:], strict=False):
        assert top == pytest.approx(previous_top + previous_height)  # contiguous, no gap
    assert tops[-1] + heights[-1] == pytest.approx(slip.height())


def test_80mm_receipt_on_a_58mm_roll_is_shrunk_to_the_printable_width() -> None:
    slip = QSizeF(mm(80), mm(100))
    roll = Paper(
        QSizeF(mm(58) * PX, mm(200) * PX),
        QRectF(mm(5) * PX, 0, mm(48) * PX, mm(200) * PX),
        DPI,
        DPI,
    )
    [band] = place_roll(slip, QRectF(mm(4), mm(3), mm(72), mm(90)), roll)
    content_scale = band.scale * mm(72)
    assert content_scale <= mm(48) * PX + 1
