"""``gatehouse demo`` makes duty data; ``gatehouse report handover --last`` prints its latest sheet."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.cli.conftest import Runner


def test_report_handover_in_chinese_after_a_demo(gatehouse: Runner, tmp_path: Path) -> None:
    demo = gatehouse("demo", "--visits", "0", "--days", "3", "--seed", "7", "--until", "2026-03-02", lang="zh_TW")
    assert demo.code == 0, demo.err
    assert "handovers" in demo.out and "duty:" in demo.out
    out = tmp_path / "handover.pdf"
    result = gatehouse("report", "handover", "--last", "--out", str(out), lang="zh_TW")
    assert result.code == 0, result.err
    assert "交接表已寫入" in result.out
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("交接班記錄", "交班人", "接班人", "班長", "東門崗", "未完事項"):
        assert expected in text, expected


def test_report_handover_says_why_in_one_line(initialised: Runner, tmp_path: Path) -> None:
    result = initialised("report", "handover", "--last", "--out", str(tmp_path / "x.pdf"))
    assert result.code == 1
    assert result.err.strip() == "No handover has been signed or closed yet."
    wrong = initialised("report", "handover", "--last", "--desk", "火星", "--out", str(tmp_path / "x.pdf"))
    assert wrong.code == 1 and wrong.err.strip() == "No desk is called '火星'."
    usage = initialised("report", "handover", "--out", str(tmp_path / "x.pdf"))
    assert usage.code == 2
