"""``gatehouse report daily|monthly|muster`` and ``export xlsx`` through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.app.printing.pdftools import pdffonts, pdfinfo, pdftotext_pages
from tests.cli.conftest import Runner, demo_admin


def test_daily_report_in_english_and_chinese(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    out = tmp_path / "daily.pdf"
    done = initialised("report", "daily", "--date", "2026-01-05", "--out", str(out), *signed, lang="en")
    assert done.code == 0, done.err
    assert str(out) in done.out
    pdf = out.read_bytes()
    assert pdfinfo(pdf, tmp_path).pages == 1
    assert all(f.emb for f in pdffonts(pdf, tmp_path))
    text = pdftotext_pages(pdf, tmp_path, raw=True)[0]
    assert "Daily report 2026-01-05" in text and "翠湖花園" in text
    assert "Printed by: Scheduled task (command line)" in text
    chinese = initialised("report", "daily", "--date", "2026-01-05", "--out", str(out), *signed, lang="zh_TW")
    assert chinese.code == 0, chinese.err
    text = pdftotext_pages(out.read_bytes(), tmp_path, raw=True)[0]
    assert "日報 2026-01-05" in text and "無異常" in text and "排程工作（命令列）" in text
    assert "第 1 / 1 頁" in text


def test_monthly_and_muster(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    monthly = tmp_path / "monthly.pdf"
    done = initialised("report", "monthly", "--month", "2026-01", "--out", str(monthly), *signed, lang="zh_CN")
    assert done.code == 0, done.err
    text = "\n".join(pdftotext_pages(monthly.read_bytes(), tmp_path, raw=True))
    assert "月度绩效报告 2026-01" in text and "值班班次" in text
    assert "无资料" in text and "MTTR" not in text and "SLA" not in text  # no abbreviations on a Chinese page
    muster = tmp_path / "muster.pdf"
    done = initialised("report", "muster", "--out", str(muster), *signed)
    assert done.code == 0, done.err
    assert "Nobody is recorded on site." in pdftotext_pages(muster.read_bytes(), tmp_path, raw=True)[0]


def test_export_shifts(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    out = tmp_path / "shifts.xlsx"
    done = initialised(
        "export", "xlsx", "--what", "shifts", "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out), *signed
    )
    assert done.code == 0, done.err
    assert "0 rows exported" in done.out
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "Period: 2026-01-01 00:00 – 2026-02-01 00:00"


def test_bad_input_is_one_line_and_exit_1(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    cases = [
        (("report", "daily", "--date", "2026-02-30"), "'2026-02-30' is not a date (YYYY-MM-DD)."),
        (("report", "daily", "--date", "2999-01-01"), "still in the future"),
        (("report", "daily", "--desk", "西門", "--date", "2026-01-05"), "There is no desk called '西門'"),
        (("report", "monthly", "--month", "2026-13"), "'2026-13' is not a month (YYYY-MM)."),
        (("export", "xlsx", "--what", "shifts", "--from", "2026-02-01", "--to", "2026-01-01"), "--to must not be"),
    ]
    for args, expected in cases:
        done = initialised(*args, "--out", str(tmp_path / "x.out"), *signed)
        assert done.code == 1, (args, done.out)
        assert expected in done.err, (args, done.err)
        assert len(done.err.strip().splitlines()) == 1
    missing_folder = initialised("report", "muster", "--out", str(tmp_path / "no" / "such" / "m.pdf"), *signed)
    assert missing_folder.code == 1 and missing_folder.err.strip()
    assert not (tmp_path / "x.out").exists()


@pytest.mark.slow  # a demo site or a real process: several seconds
def test_reports_and_exports_of_a_demo_site(gatehouse: Runner, tmp_path: Path) -> None:
    """Three demo days (6 work orders a day, duty shifts at the booth), printed and exported unattended."""
    demo = gatehouse("demo", "--visits", "0", "--days", "3", "--seed", "3", "--until", "2026-03-02")
    assert demo.code == 0, demo.err
    signed = demo_admin(demo.out, tmp_path)
    daily = tmp_path / "daily.pdf"
    done = gatehouse("report", "daily", "--date", "2026-03-01", "--out", str(daily), *signed, lang="zh_TW")
    assert done.code == 0, done.err
    flat = " ".join(" ".join(pdftotext_pages(daily.read_bytes(), tmp_path, raw=True)).split())
    assert "報修及投訴" in flat and "新工單 6" in flat and "工單（按類別及狀態）" in flat
    assert "值班日誌、巡邏及事件" in flat and "日誌記錄" in flat
    repairs = tmp_path / "repairs.xlsx"
    done = gatehouse(
        "export",
        "xlsx",
        "--what",
        "repairs",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-01",
        "--out",
        str(repairs),
        *signed,
    )
    assert done.code == 0, done.err
    assert "6 rows exported" in done.out
    sheet = load_workbook(repairs).active
    header = [c.value for c in sheet[4]]
    assert header[:2] == ["No.", "Reported at"] and header[9] == "Phone (masked)"
    numbers = [sheet.cell(row, 1).value for row in range(5, 11)]
    assert all(n.startswith("260301-") for n in numbers)
    assert all("*" in sheet.cell(row, 10).value for row in range(5, 11))
    log = tmp_path / "log.xlsx"
    done = gatehouse(
        "export", "xlsx", "--what", "log", "--from", "2026-03-01", "--to", "2026-03-01", "--out", str(log), *signed
    )
    assert done.code == 0, done.err
    assert load_workbook(log).active.max_row > 4
    monthly = tmp_path / "monthly.pdf"
    done = gatehouse("report", "monthly", "--month", "2026-02", "--out", str(monthly), *signed)
    assert done.code == 0, done.err
    text = " ".join(pdftotext_pages(monthly.read_bytes(), tmp_path, raw=True))
    assert "Mean time to repair (MTTR)" in text and "of which critical" in text


def test_export_the_new_lists(initialised: Runner, tmp_path: Path, signed: tuple[str, ...]) -> None:
    for what, title in (("kpis", "Repair KPIs"), ("watchlist", "Watchlist"), ("deposits", "Deposited keys")):
        out = tmp_path / f"{what}.xlsx"
        done = initialised(
            "export", "xlsx", "--what", what, "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out), *signed
        )
        assert done.code == 0, done.err
        assert load_workbook(out).active["A1"].value.endswith(title)
