"""Automatic column widths."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.printing import A4, RECEIPT_80, Document, register_cjk_fonts
from app.printing.tables import column_widths, normalise_columns
from app.printing.widths import auto_widths, min_width
from tests.app.printing import samples
from tests.app.printing.pdftools import pdftotext_pages


def test_min_width_keeps_latin_words_and_plates_whole_but_lets_chinese_break() -> None:
    font = register_cjk_fonts().regular
    assert min_width("08:00", font, 10) == pytest.approx(min_width("08:00 ", font, 10))
    assert min_width("粵B10001", font, 10) > 30  # the whole plate
    assert min_width("物業管理處開會攜帶文件一批", font, 10) == pytest.approx(30)  # three characters


def test_widths_fill_the_page_and_spare_room_goes_to_columns_that_wrap() -> None:
    fonts = register_cjk_fonts()
    widths = auto_widths(
        ["#", "備註"],
        [["1", "短"], ["2", "很長的備註" * 10]],
        font=fonts.regular,
        bold=fonts.bold,
        size=10,
        padding=6,
        avail=500,
    )
    assert sum(widths) == pytest.approx(500)
    assert widths[0] < 20  # the number column stays narrow


def test_number_column_is_sized_for_the_last_rows_too() -> None:
    doc = Document(A4, samples.meta("t"))
    rows = samples.visitor_rows(2000)
    cols = normalise_columns(samples.VISITOR_COLUMNS)
    number_width = column_widths(cols, rows, doc.styles, doc.content_width, None)[0]
    assert number_width >= min_width("2000", doc.fonts.regular, doc.styles.cell.fontSize) + 6


def test_times_and_plates_are_not_broken_on_an_80mm_receipt(tmp_path: Path) -> None:
    doc = Document(RECEIPT_80, samples.meta("t"))
    doc.add_table(samples.VISITOR_COLUMNS, samples.visitor_rows(8))
    text = pdftotext_pages(doc.render(), tmp_path, raw=True)[0]
    for row in samples.visitor_rows(8):
        assert row[5] in text
        if row[4]:
            assert row[4] in text


def test_explicit_weights_are_relative() -> None:
    doc = Document(A4, samples.meta("t"))
    cols = normalise_columns(["a", "b"])
    widths = column_widths(cols, [("1", "2")], doc.styles, 300, [1, 2])
    assert widths == pytest.approx([100, 200])
    with pytest.raises(ValueError, match="weight"):
        column_widths(cols, [("1", "2")], doc.styles, 300, [1])
