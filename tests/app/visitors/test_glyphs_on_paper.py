"""Names beyond the document font (CJK Extension A/B, HKSCS) print on the muster list and on slips.

Checked from the PDF itself: pdftotext reads the names back exactly, pdffonts lists every font as
embedded and subset, and every character of the page text is drawn by the embedded font it is set
in (ToUnicode CMap + font program, ``tests/app/printing/embedded_glyphs.py``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.bootstrap import Services
from app.keys.slips import loan_slip
from app.printing import RECEIPT_58, RECEIPT_80, PageSpec
from app.reports.paper import Paper
from app.visitors.model import VisitRow
from tests.app.keys import samples as key_samples
from tests.app.printing.embedded_glyphs import undrawn_characters
from tests.app.printing.pdftools import pdffonts, pdftotext_pages
from tests.app.reports.conftest import paper  # noqa: F401 (the fixture)
from tests.app.visitors.conftest import Estate, check_in, guest
from tests.app.visitors.test_slips import _slip as print_slip
from tests.conftest import Staff

# 𠮷 (U+20BB7, Extension B), 堃 and 喆 (name characters), 䶴 (U+4DB4, Extension A, HKSCS) and
# 𨋢 (U+282E2, HKSCS Extension B): the first and the last two are not in WenQuanYi Micro Hei.
NAMES = ("𠮷野", "林堃", "王喆", "陳䶴𨋢")
BEYOND_MAIN_FONT = frozenset({"𠮷野", "陳䶴𨋢"})
FALLBACK_FACES = ("HanaMinA", "HanaMinB")


def _no_spaces(pages: list[str]) -> str:
    return "".join(pages).replace(" ", "").replace("\n", "")


def _assert_every_glyph(pdf: bytes, tmp_path: Path, names: tuple[str, ...]) -> None:
    text = _no_spaces(pdftotext_pages(pdf, tmp_path, raw=True))
    for name in names:
        assert name in text, name
    assert "U+" not in text
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(f.emb and f.sub and f.uni for f in fonts), fonts
    if BEYOND_MAIN_FONT & set(names):
        assert any(f.name.split("+")[-1] in FALLBACK_FACES for f in fonts), fonts
    assert undrawn_characters(pdf) == []


@pytest.fixture
def visits(services: Services, staff: Staff, estate: Estate) -> list[VisitRow]:
    return [check_in(services, staff.guard, guest(estate, name)) for name in NAMES]


def test_the_muster_list_prints_every_name(
    services: Services,
    staff: Staff,
    visits: list[VisitRow],
    paper: Paper,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    _assert_every_glyph(services.reports.muster_pdf(staff.guard, paper), tmp_path, NAMES)


@pytest.mark.parametrize("page", [RECEIPT_58, RECEIPT_80], ids=lambda p: p.name)
def test_a_visitor_slip_prints_every_name(
    services: Services, staff: Staff, visits: list[VisitRow], page: PageSpec, tmp_path: Path
) -> None:
    for row in visits:
        _assert_every_glyph(print_slip(services, staff, row, page), tmp_path, (row.name,))


@pytest.mark.parametrize("page", [RECEIPT_58, RECEIPT_80], ids=lambda p: p.name)
def test_a_key_slip_prints_every_name(page: PageSpec, tmp_path: Path) -> None:
    plain = key_samples.loan()
    loan = dataclasses.replace(plain, borrower=dataclasses.replace(plain.borrower, name="陳䶴𨋢"))
    pdf = loan_slip(loan, key_samples.key(loan_row=loan), page, key_samples.meta("鑰匙借用單"), key_samples.ZH_TW)
    _assert_every_glyph(pdf.render(), tmp_path, ("陳䶴𨋢",))
