"""Per-character fallback fonts, code points for undrawable characters, a text layer that reads back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

from app.printing import A4, RECEIPT_58, Document, register_cjk_fonts
from app.printing.fonts import fallback_candidates, usable_candidates
from app.printing.glyphs import PRIMARY, ChainedTTFont, FallbackChain, to_unicode_cmap
from tests.app.printing import samples
from tests.app.printing.embedded_glyphs import parse_to_unicode, undrawn_characters
from tests.app.printing.pdftools import pdffonts, pdftotext_pages

NO_FALLBACK_FONT = "GlyphTestNoFallback"


def _text(pdf: bytes, tmp: Path) -> str:
    return "".join(pdftotext_pages(pdf, tmp, raw=True)).replace(" ", "").replace("\n", "")


def test_reportlab_still_writes_characters_beyond_the_bmp_into_tounicode_wrongly() -> None:
    """Pins reportlab's behaviour: when this fails, reportlab writes the map right and
    ``glyphs.FixedToUnicodeTTFont`` can go."""
    broken = makeToUnicodeCMap("X", [0, 0x20BB7])
    assert "<01> <20BB7>" in broken  # five hex digits: readers take U+20BB and a stray 7


def test_our_tounicode_map_writes_surrogate_pairs() -> None:
    cmap = to_unicode_cmap("X", [0, 0x91CE, 0x20BB7])
    assert "<01> <91CE>" in cmap and "<02> <D842DFB7>" in cmap
    assert parse_to_unicode(cmap.encode()) == {0: "\0", 1: "野", 2: "𠮷"}


def test_linux_fallback_is_the_packaged_hanazono_font() -> None:
    if sys.platform.startswith("win"):
        pytest.skip("Windows uses MingLiU-ExtB / SimSun-ExtB")
    found = usable_candidates(fallback_candidates())
    assert [c.path.name for c in found] == ["HanaMinA.ttf", "HanaMinB.ttf"]  # fonts-hanazono, TrueType outlines
    assert register_cjk_fonts().fallbacks == tuple(c.path for c in found)


def test_characters_beyond_the_main_font_print_from_the_fallback_and_read_back(tmp_path: Path) -> None:
    names = ["𠮷野", "堃", "喆", "陳䶴𨋢", "黃㗎嘅"]
    doc = Document(A4, samples.meta("字形"))
    doc.add_paragraph("、".join(names)).add_table(["姓名"], [[n] for n in names])
    pdf = doc.render()
    text = _text(pdf, tmp_path)
    assert "、".join(names) in text
    assert all(n in text for n in names)
    faces = {f.name.split("+")[-1] for f in pdffonts(pdf, tmp_path)}
    assert {"WenQuanYiMicroHei-0", "HanaMinA"} <= faces
    assert undrawn_characters(pdf) == []


def test_a_character_no_font_has_prints_as_its_code_point(tmp_path: Path) -> None:
    text = "王\U0003134a明"  # U+3134A, CJK Extension G: in neither WenQuanYi nor Hanazono
    pdf = Document(RECEIPT_58, samples.meta("字形")).add_paragraph(text).render()
    assert "王U+3134A明" in _text(pdf, tmp_path)
    assert undrawn_characters(pdf) == []


@pytest.fixture(scope="module")
def no_fallback() -> ChainedTTFont:
    fonts = register_cjk_fonts()
    font = ChainedTTFont(NO_FALLBACK_FONT, str(fonts.source), FallbackChain([]), subfontIndex=fonts.subfont_index)
    return font  # not registered: reportlab would map the name to the registered font of the same face


def test_without_a_fallback_font_every_missing_character_is_a_code_point(no_fallback: ChainedTTFont) -> None:
    assert list(no_fallback.runs("𠮷野\ufe00")) == [(PRIMARY, "U+20BB7野")]  # a variation selector prints nothing
    width = no_fallback.stringWidth("𠮷野", 10)
    assert width == pytest.approx(no_fallback.stringWidth("U+20BB7野", 10))


def test_ordinary_text_measures_as_before(no_fallback: ChainedTTFont) -> None:
    fonts = register_cjk_fonts()
    text = "陳大文 Chan Tai Man 12:30"
    plain = pdfmetrics.stringWidth(text, fonts.regular, 10)
    assert plain == pytest.approx(no_fallback.stringWidth(text, 10))
    # a fallback character is as wide as the fallback face says (Hanazono: 1 em)
    assert pdfmetrics.stringWidth("𠮷", fonts.regular, 10) == pytest.approx(10.0)
