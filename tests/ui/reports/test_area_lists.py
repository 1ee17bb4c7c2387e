"""The Reports page lists the repairs and duty exports and writes them in the operator's language."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.exports.registry import ExportKind
from tests.ui.reports.test_reports_page import _reports_page
from ui.shell import ShellWindow


def test_every_installed_list_is_offered_and_written_in_chinese(
    qtbot: QtBot, shell: ShellWindow, tmp_path: Path
) -> None:
    page = _reports_page(qtbot, shell, "lee", "super-pass-1")
    offered = [page.export_kind.itemData(row) for row in range(page.export_kind.count())]
    assert offered[:7] == ["visits", "keys", "repairs", "log", "incidents", "handovers", "shifts"]
    assert offered[7:] == ["watchlist", "expected", "patrols", "key_counts", "deposits", "kpis"]
    assert [page.export_kind.itemText(row) for row in range(2, 6)] == ["工單", "值班日誌", "事件", "交接班"]
    page.export_from.setDate(QDate(2026, 3, 1))
    page.export_to.setDate(QDate(2026, 3, 2))
    for kind, headers in (
        (ExportKind.LOG, ["時間", "崗位", "類型", "地點", "記錄內容"]),
        (ExportKind.INCIDENTS, ["事件編號", "發生時間", "崗位", "報告人", "類別"]),
        (ExportKind.HANDOVERS, ["整理時間", "崗位", "班次", "班次開始", "交班人"]),
        (ExportKind.REPAIRS, ["工單號", "報修時間", "類型", "類別", "緩急"]),
        (ExportKind.VISITS, ["編號", "入場時間", "離開時間", "在場分鐘", "狀態"]),
    ):
        page.choose_export(kind)
        target = tmp_path / f"{kind.value}.xlsx"
        page.last_export = None
        page.export_to_file(target)
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
        assert page.last_export is not None and page.last_export.rows == 0
        sheet = load_workbook(target).active
        assert [c.value for c in sheet[4]][:5] == headers, kind
