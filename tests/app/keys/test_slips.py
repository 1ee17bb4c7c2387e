"""Key-loan slips, deposit receipts and the key register on paper: Chinese embedded, phones masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.keys.slips import deposit_receipt, loan_slip, register_sheet
from app.printing import A4_LANDSCAPE, A5, RECEIPT_58, RECEIPT_80, PageSpec, mm
from tests.app.keys import samples
from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages


def _text(pdf: bytes, tmp: Path) -> str:
    return "".join(pdftotext_pages(pdf, tmp, raw=True)).replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("page", [RECEIPT_58, RECEIPT_80, A5], ids=lambda p: p.name)
def test_a_loan_slip_says_what_was_taken_by_whom_until_when(page: PageSpec, tmp_path: Path) -> None:
    loan = samples.loan()
    pdf = loan_slip(loan, samples.key(loan_row=loan), page, samples.meta("鑰匙借用單"), samples.ZH_TW).render()
    info = pdfinfo(pdf, tmp_path)
    assert info.pages == 1 and abs(info.width - page.width) < 1
    text = _text(pdf, tmp_path)
    for expected in (
        "鑰匙借用單",
        "K-012A座天台門",
        "李志強師傅",
        "順達水電",
        "承辦商",
        "2026-03-0213:30",
        "批准人",
        "李美玲",
    ):
        assert expected in text, (page.name, expected)
    assert "借用人" in text and "接收人" in text  # signature lines, both on issue and on return
    assert all(f.emb and f.uni for f in pdffonts(pdf, tmp_path))


def test_a_ring_slip_lists_the_keys_on_it(tmp_path: Path) -> None:
    ring = samples.ring()
    loan = samples.loan(ring.tag, ring.label)
    text = _text(loan_slip(loan, ring, RECEIPT_80, samples.meta("鑰匙借用單"), samples.ZH_TW).render(), tmp_path)
    assert "B2水泵房、B2發電機房、B1電錶房" in text


def test_a_reprinted_slip_says_so(tmp_path: Path) -> None:
    loan = samples.loan()
    pdf = loan_slip(loan, samples.key(loan_row=loan), RECEIPT_58, samples.meta("鑰匙借用單", 2), samples.ZH_TW)
    assert "補印" in _text(pdf.render(), tmp_path)


@pytest.mark.parametrize("page", [A5, RECEIPT_80], ids=lambda p: p.name)
def test_a_deposit_receipt_lists_collectors_with_masked_phones(page: PageSpec, tmp_path: Path) -> None:
    pdf = deposit_receipt(samples.deposit(), page, samples.meta("業主寄存鑰匙收據"), samples.ZH_TW).render()
    text = _text(pdf, tmp_path)
    for expected in ("業主寄存鑰匙收據", "D-3012B", "陳大文", "3座12B", "寄存同意書第0012號", "MariaSantos", "5678"):
        assert expected in text, expected
    assert "61234567" not in text and "98765432" not in text and "13812345678" not in text
    assert "寄存人" in text and "管理處" in text


def test_a_deposit_receipt_without_collectors(tmp_path: Path) -> None:
    pdf = deposit_receipt(samples.deposit(0), A5, samples.meta("業主寄存鑰匙收據"), samples.ZH_TW).render()
    assert "只限寄存人本人" in _text(pdf, tmp_path)


def test_the_register_marks_overdue_keys_in_words_and_breaks_pages(tmp_path: Path) -> None:
    keys = samples.register(300)
    pdf = register_sheet(keys, A4_LANDSCAPE, samples.meta("鑰匙登記表"), samples.ZH_TW, shown="全部").render()
    info = pdfinfo(pdf, tmp_path)
    assert info.pages > 1 and info.width > info.height and abs(info.width - mm(297)) < 1
    pages = pdftotext_pages(pdf, tmp_path, raw=True)
    assert all("編號" in page for page in pages)  # the header repeats on every page
    text = "".join(pages).replace(" ", "")
    assert "※逾期1小時05分" in text and "在櫃" in text and "遺失" in text and "地庫機房鑰匙串" in text
    assert "鑰匙301" in text and "借出43" in text and "逾期22" in text
