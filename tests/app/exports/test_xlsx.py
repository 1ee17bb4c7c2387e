"""The shared Excel writer: read back with openpyxl and opened by LibreOffice when available."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from app.errors import StorageError, StorageProblem
from app.exports.xlsx import CellKind, ExportCancelled, XlsxColumn, write_xlsx

HK = ZoneInfo("Asia/Hong_Kong")
COLUMNS = [
    XlsxColumn("時間", CellKind.DATETIME, 18),
    XlsxColumn("訪客", CellKind.TEXT, 12),
    XlsxColumn("人數", CellKind.NUMBER, 6),
    XlsxColumn("日期", CellKind.DATE, 12),
    XlsxColumn("備註", CellKind.TEXT, 30),
]
INJECTIONS = ["=1+1", "+86 138", "-2", "@SUM(A1)", "\tx", '=HYPERLINK("http://x")']


def _rows() -> list[list[object]]:
    at = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in Hong Kong
    return [[at, "陳大文", 2, date(2026, 3, 2), text] for text in [*INJECTIONS, "平常備註", None]]


def test_values_types_and_layout_read_back(tmp_path: Path) -> None:
    target = tmp_path / "visits.xlsx"
    count = write_xlsx(target, "訪客記錄", COLUMNS, _rows(), zone=HK, title_lines=["翠湖花園", "2026-03-02"])
    assert count == len(INJECTIONS) + 2
    sheet = load_workbook(target).active
    assert sheet.title == "訪客記錄"
    assert sheet.freeze_panes == "A4"  # two title lines + header
    assert sheet.auto_filter.ref == "A3:E11"
    assert sheet.column_dimensions["E"].width == 30
    assert [c.value for c in sheet[3]] == ["時間", "訪客", "人數", "日期", "備註"]
    first = sheet[4]
    assert first[0].value == datetime(2026, 3, 2, 9, 30)  # a real date, local time
    assert first[0].is_date
    assert first[2].value == 2
    for row, text in zip(sheet.iter_rows(min_row=4, max_row=3 + len(INJECTIONS)), INJECTIONS, strict=True):
        cell = row[4]
        assert cell.value == text  # exactly as typed …
        assert cell.data_type == "s"  # … stored as text, never a formula
        assert cell.quotePrefix
    assert sheet.cell(row=11, column=5).value is None


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "big.xlsx"
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    rows = ([datetime(2026, 3, 2, tzinfo=UTC), f"v{i}", i, None, ""] for i in range(10_000))
    with pytest.raises(ExportCancelled):
        write_xlsx(target, "x", COLUMNS, rows, zone=HK, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    rows = ([None, f"v{i}", i, None, ""] for i in range(2500))
    write_xlsx(tmp_path / "p.xlsx", "x", COLUMNS, rows, zone=HK, total=2500, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_missing_folder_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as raised:
        write_xlsx(tmp_path / "nope" / "x.xlsx", "x", COLUMNS, [], zone=HK)
    assert raised.value.problem == StorageProblem.MISSING


def test_libreoffice_opens_it_as_text(tmp_path: Path) -> None:
    target = tmp_path / "visits.xlsx"
    write_xlsx(target, "訪客記錄", COLUMNS, _rows(), zone=HK)
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        env=env,
        timeout=120,
    )
    csv = (tmp_path / "visits.csv").read_text(encoding="utf-8")
    assert "陳大文" in csv
    assert "=1+1" in csv and "2026-03-02 09:30" in csv
    assert ",2," in csv  # numbers stay numbers, formulas are not evaluated
