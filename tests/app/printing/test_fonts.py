"""Font discovery and registration."""

from __future__ import annotations

import struct
import sys
import threading
from pathlib import Path

import pytest

from app.errors import StorageError, StorageProblem
from app.printing import A4, Document
from app.printing import fonts as font_module
from app.printing.fonts import (
    FontCandidate,
    has_truetype_outlines,
    register_cjk_fonts,
    shipped_font_path,
    usable_candidates,
)
from tests.app.printing import samples
from tests.pdf_pages import pdf_page

SHIPPED = shipped_font_path()


def fake_cff_font(path: Path) -> Path:
    """An sfnt header with a CFF table, like Noto Sans CJK: reportlab cannot embed it."""
    directory = b"CFF " + struct.pack(">III", 0, 28, 4)
    path.write_bytes(b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0) + directory + b"\0" * 4)
    return path


def test_shipped_font_exists_and_has_truetype_outlines() -> None:
    assert SHIPPED.is_file()
    assert (SHIPPED.parent / "LICENSE-wqy-microhei.txt").is_file()
    assert has_truetype_outlines(SHIPPED, 0)
    assert not has_truetype_outlines(SHIPPED, 99)  # no such face in the collection


def test_cff_garbage_and_missing_fonts_are_skipped(tmp_path: Path) -> None:
    cff = fake_cff_font(tmp_path / "NotoSansCJK.ttc")
    garbage = tmp_path / "garbage.ttf"
    garbage.write_bytes(b"not a font")
    candidates = [
        FontCandidate(cff),
        FontCandidate(garbage),
        FontCandidate(tmp_path / "none.ttc"),
        FontCandidate(SHIPPED),
    ]
    assert usable_candidates(candidates) == [FontCandidate(SHIPPED)]


def test_no_usable_font_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        font_module._register_first_usable([FontCandidate(fake_cff_font(tmp_path / "n.ttc"))])
    assert caught.value.problem is StorageProblem.MISSING


def test_font_is_found_inside_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert shipped_font_path() == tmp_path / "resources" / "fonts" / "wqy-microhei.ttc"


def test_registration_happens_once_across_threads() -> None:
    results = []
    threads = [threading.Thread(target=lambda: results.append(register_cjk_fonts())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first = register_cjk_fonts()
    assert all(r is first for r in results)
    assert first.source == SHIPPED and first.subfont_index == 0
    assert first.faux_bold  # WenQuanYi Micro Hei has no bold face


def ink(pdf: bytes) -> int:
    with pdf_page(pdf) as page:
        data = bytes(page.render(scale=3, grayscale=True).buffer)
    return sum(1 for b in data if b < 128)


def test_faux_bold_prints_heavier_than_regular() -> None:
    text = "交班人 接班人 班長 陳大文 陈大文 " * 4
    meta = samples.meta("")
    regular = Document(A4, meta).add_paragraph(text).render()
    bold = Document(A4, meta).add_paragraph(f"<b>{text}</b>", markup=True).render()
    assert ink(bold) > ink(regular) * 1.15
