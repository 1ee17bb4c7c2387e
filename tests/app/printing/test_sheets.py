"""A-size documents checked with the real poppler tools."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.printing import A4, A4_LANDSCAPE, A5, A6, Document, DocumentLabels, PageSpec
from tests.app.printing import samples
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages

ROWS = 2000


@pytest.fixture(scope="module")
def log_pdf() -> bytes:
    return samples.visitor_log(ROWS).render()


@pytest.fixture(scope="module")
def log_pages(log_pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return pdftotext_pages(log_pdf, tmp_path_factory.mktemp("log"))


@pytest.fixture(scope="module")
def log_raw_pages(log_pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return pdftotext_pages(log_pdf, tmp_path_factory.mktemp("log_raw"), raw=True)


def test_long_table_runs_over_many_a4_pages(log_pdf: bytes, tmp_path: Path) -> None:
    info = pdfinfo(log_pdf, tmp_path)
    assert info.pages > 30
    assert (round(info.width, 1), round(info.height, 1)) == (595.3, 841.9)


def test_every_page_has_header_footer_and_correct_page_x_of_y(log_pages: list[str], log_raw_pages: list[str]) -> None:
    total = len(log_pages)
    assert len(log_raw_pages) == total
    for number, (text, raw) in enumerate(zip(log_pages, log_raw_pages, strict=True), start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == f"{samples.SITE} · {samples.DESK}", lines[:2]
        assert lines[1] == "訪客登記表"
        footer = f"列印人: {samples.OPERATOR} · 列印時間: {samples.PRINTED_AT_LOCAL}"  # HK time
        assert footer in lines[-1]
        assert f"第 {number} / {total} 頁" in raw.splitlines()  # exact spacing: raw text


def test_table_header_repeats_on_every_page(log_pages: list[str]) -> None:
    for text in log_pages:
        assert re.search(r"#\s+姓名\s+到訪單位\s+事由\s+車牌\s+時間", text), text[:400]


def test_every_row_is_printed_once_with_exact_traditional_and_simplified_text(
    log_pages: list[str],
) -> None:
    text = "\n".join(log_pages)
    numbers = [int(m) for m in re.findall(r"^\s*(\d+)\s+\S", text, re.M) if int(m) <= ROWS]
    assert sorted(set(numbers)) == list(range(1, ROWS + 1))
    for i in (0, 1, 2, 3, 1234, ROWS - 1):
        assert samples.visitor_name(i) in text
    assert "陈志强" in text and "陳志強" in text  # the same name in both scripts, both exact
    assert "物業管理處開會" in text and "快递送件" in text


def test_the_cjk_font_is_the_only_font_embedded_subset_and_unicode(log_pdf: bytes, tmp_path: Path) -> None:
    fonts = pdffonts(log_pdf, tmp_path)
    assert fonts, "no fonts listed"
    for font in fonts:
        assert "WenQuanYiMicroHei" in font.name
        assert (font.emb, font.sub, font.uni) == (True, True, True), font


def test_handover_sheet_with_signatures_chart_and_note_box(tmp_path: Path) -> None:
    pdf = samples.handover_sheet().render()
    info = pdfinfo(pdf, tmp_path)
    assert info.pages == 1
    [page] = pdftotext_pages(pdf, tmp_path)
    assert re.search(r"交班人\s+接班人\s+班長", page)  # three signature boxes side by side
    assert page.count("日期 / 時間") == 3
    assert "異常事項" in page and "B2 機房鑰匙" in page
    assert "8時" in page and "15時" in page  # chart labels in the CJK font
    assert "第 1 / 1 頁" in pdftotext_pages(pdf, tmp_path, raw=True)[0]
    assert all(f.emb and f.sub and f.uni for f in pdffonts(pdf, tmp_path))


@pytest.mark.parametrize(
    ("page", "size"),
    [
        (A4, (595.3, 841.9)),
        (A4_LANDSCAPE, (841.9, 595.3)),
        (A5, (419.5, 595.3)),
        (A6, (297.6, 419.5)),
    ],
)
def test_page_sizes_in_points(page: PageSpec, size: tuple[float, float], tmp_path: Path) -> None:
    pdf = samples.work_order(page).render()
    info = pdfinfo(pdf, tmp_path)
    assert (round(info.width, 1), round(info.height, 1)) == size
    text = "\n".join(pdftotext_pages(pdf, tmp_path, raw=True))
    assert "維修工單 R-20250314-003" in text and "R-20250314-003" in text
    assert "第 1 / 1 頁" in text


def test_reprint_mark_and_count_on_every_page(tmp_path: Path) -> None:
    doc = samples.visitor_log(120, A5)
    doc.meta = samples.meta("訪客登記表", reprint=3)
    pages = pdftotext_pages(doc.render(), tmp_path, raw=True)
    assert len(pages) > 1
    for text in pages:
        assert "補印 · 第 3 次" in text.splitlines()


def test_english_default_labels(tmp_path: Path) -> None:
    meta = samples.meta("Visitor pass", reprint=1, labels=DocumentLabels())
    doc = Document(A6, meta).add_title().add_key_values([("Name", "Chan Tai Man")])
    text = pdftotext_pages(doc.render(), tmp_path, raw=True)[0]
    assert "REPRINT · No. 1" in text
    assert "Page 1 / 1" in text
    assert "Printed by: 陳大文" in text  # A6 is narrow: the footer facts stack
    assert "Printed at: 2025-03-14 08:30" in text


def test_long_header_text_is_cut_not_overflowing(tmp_path: Path) -> None:
    meta = samples.meta("很長的文件標題" * 20)
    pdf = Document(A6, meta).add_paragraph("內容").render()
    header = pdftotext_pages(pdf, tmp_path)[0].splitlines()[1].strip()
    assert header.endswith("…")
    assert header.startswith("很長的文件標題很長的文件標題")


def test_user_text_is_not_markup(tmp_path: Path) -> None:
    doc = Document(A4, samples.meta("t")).add_paragraph("<b>陳大文</b> & <i>")
    doc.add_table(["備註"], [["<font size=40>大</font>"]])
    text = pdftotext_pages(doc.render(), tmp_path)[0]
    assert "<b>陳大文</b> & <i>" in text
    assert "<font size=40>大</font>" in text


def test_page_breaks_start_new_pages(tmp_path: Path) -> None:
    doc = Document(A5, samples.meta("t")).add_paragraph("一").add_page_break().add_paragraph("二")
    pages = pdftotext_pages(doc.render(), tmp_path)
    assert len(pages) == 2 and "一" in pages[0] and "二" in pages[1]


def test_render_twice_gives_the_same_text(tmp_path: Path) -> None:
    doc = samples.handover_sheet(A5)
    first, second = doc.render(), doc.render()
    assert pdftotext_pages(first, tmp_path, "a.pdf") == pdftotext_pages(second, tmp_path, "b.pdf")


def test_rows_must_match_columns() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells"):
        Document(A4, samples.meta("t")).add_table(["a", "b"], [("1", "2"), ("3",)])


def test_text_longer_than_a_page_splits_inside_table_rows_and_boxes(tmp_path: Path) -> None:
    long_text = "巡邏發現異常，" * 600  # a 4,000-character log entry (app.text's longest field)
    doc = Document(A6, samples.meta("值班日誌"))
    doc.add_table(["時間", "內容"], [("08:00", long_text), ("09:00", "一切正常")])
    doc.add_note_box([long_text], title="事件")
    doc.add_key_values([("備註", long_text)])
    pages = pdftotext_pages(doc.render(), tmp_path)
    text = "".join(pages).replace("\n", "").replace(" ", "")
    assert len(pages) > 10
    # phrases broken by a page change are interrupted by the footer and header: count characters
    assert text.count("巡") == text.count("異") == 3 * 600
    assert "一切正常" in text
