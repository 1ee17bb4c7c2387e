"""The printer test page: an A4 sheet and a slip of the desk's paper width, Chinese embedded, rulers to scale."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.printer_test_page import build_test_page, ruler_mm

MM = 72 / 25.4


@pytest.mark.parametrize("width", [58, 80])
def test_the_test_page_has_an_a4_sheet_and_a_slip_of_the_paper_width(tmp_path: Path, width: int) -> None:
    pdf = tmp_path / "test.pdf"
    pdf.write_bytes(
        build_test_page("測試頁", ["翠湖花園 · 東門崗", "A4 印表機：系統預設"], width, "此尺應長 {mm} 毫米")
    )
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "2", str(pdf)], capture_output=True, text=True, check=True)
    sizes = [
        line.split(":", 1)[1].split("pts")[0].split(" x ")
        for line in info.stdout.splitlines()
        if line.startswith("Page ") and " size:" in line
    ]
    assert [(round(float(w)), round(float(h))) for w, h in sizes] == [(595, 842), (round(width * MM), round(110 * MM))]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("測試頁") == 2 and "翠湖花園 · 東門崗" in text and "門岗值守台" in text
    assert "此尺應長 100 毫米" in text and f"此尺應長 {ruler_mm(width)} 毫米" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded


def test_the_slip_ruler_fits_the_paper() -> None:
    assert ruler_mm(58) == 50
    assert ruler_mm(80) == 70
