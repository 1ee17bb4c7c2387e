"""``Document.kept_together``: a section and the signature lines under it move to the next page whole."""

from __future__ import annotations

from pathlib import Path

from app.printing import A4, Document
from tests.app.printing.pdftools import pdftotext_pages
from tests.app.printing.samples import meta


def _sheet(keep: bool, filler_lines: int) -> Document:
    doc = Document(A4, meta("保持同頁"))
    for n in range(filler_lines):
        doc.add_paragraph(f"第 {n + 1} 行")
    if keep:
        with doc.kept_together():
            doc.add_heading("審計鏈").add_paragraph("結尾段落")
            doc.add_signature_lines(["審閱人"])
    else:
        doc.add_heading("審計鏈").add_paragraph("結尾段落")
        doc.add_signature_lines(["審閱人"])
    return doc


def test_the_last_section_and_the_signature_stay_on_one_page(tmp_path: Path) -> None:
    filler = next(n for n in range(30, 80) if len(pdftotext_pages(_sheet(False, n).render(), tmp_path)) == 2)
    loose = pdftotext_pages(_sheet(False, filler).render(), tmp_path)
    assert "結尾段落" in loose[0] and "審閱人" in loose[1]  # without it: a signature on its own page
    kept = pdftotext_pages(_sheet(True, filler).render(), tmp_path)
    assert len(kept) == 2 and "審計鏈" in kept[1] and "結尾段落" in kept[1] and "審閱人" in kept[1]
    assert "審計鏈" not in kept[0]
    short = pdftotext_pages(_sheet(True, 3).render(), tmp_path)
    assert len(short) == 1 and "審閱人" in short[0]  # when it fits, nothing moves


def test_a_heading_keeps_with_the_start_of_a_long_table_not_the_whole_of_it(tmp_path: Path) -> None:
    doc = Document(A4, meta("長表"))
    doc.add_key_values([("日期", "2026-03-02"), ("崗位", "東門崗")], pairs_per_row=2)
    doc.add_heading("異常事項").add_table(["編號", "內容"], [(f"WO-{n:04d}", "水管爆裂") for n in range(120)])
    pages = pdftotext_pages(doc.render(), tmp_path)
    assert len(pages) >= 3
    assert "異常事項" in pages[0] and "WO-0000" in pages[0]  # the table starts under its heading on page 1
    doc = Document(A4, meta("長表"))
    for n in range(50):  # the page is nearly full: the heading goes with the table to the next page
        doc.add_paragraph(f"第 {n + 1} 行")
    doc.add_heading("異常事項").add_table(["編號", "內容"], [(f"WO-{n:04d}", "水管爆裂") for n in range(120)])
    pages = pdftotext_pages(doc.render(), tmp_path)
    heading_page = next(i for i, page in enumerate(pages) if "異常事項" in page)
    assert "WO-0000" in pages[heading_page] and "WO-0001" in pages[heading_page]
