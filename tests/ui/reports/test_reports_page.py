"""The Reports page in the real shell: build in the background, preview, save, export, errors at the
field, supervisor approval for the monthly report, cancel; F12 prints the muster list from any page."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.exports.registry import ExportKind
from app.reports.work import ReportCancelled
from tests.app.printing.pdftools import pdftotext_pages
from tests.ui.test_first_run_flow import _sign_in
from tests.ui.test_shell_guards import _site_with_staff
from ui.navigation import HOME, REPORTS
from ui.printing.preview import PdfPreviewDialog
from ui.reports.reports_page import ReportKind, ReportsPage, Then
from ui.reports.worker import BackgroundTask
from ui.shell import ShellWindow
from ui.widgets.approval import SupervisorApprovalDialog


def _reports_page(qtbot: QtBot, shell: ShellWindow, username: str, password: str) -> ReportsPage:
    _site_with_staff(qtbot, shell)
    _sign_in(qtbot, shell, username, password)
    assert shell.workspace is not None
    shell.workspace.show_page(REPORTS)
    page = shell.workspace.page(REPORTS)
    assert isinstance(page, ReportsPage)
    return page


def _top(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_daily_report_saved_and_previewed(qtbot: QtBot, shell: ShellWindow, tmp_path: Path) -> None:
    page = _reports_page(qtbot, shell, "wong", "guard-pass-1")
    assert page.current_report() is ReportKind.DAILY
    assert page.day.date() == QDate(2026, 3, 1)  # yesterday by default
    page.day.setDate(QDate(2026, 3, 2))
    target = tmp_path / "daily.pdf"
    page.build_report(Then.SAVE, target)
    assert page.is_busy() and page.progress.isVisible() and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.last_saved == target, timeout=20_000)
    qtbot.waitUntil(lambda: not page.is_busy())
    text = pdftotext_pages(target.read_bytes(), tmp_path, raw=True)[0]
    assert "日報 2026-03-02" in text and "翠湖花園" in text and "列印人: 黃大文" in text
    assert "期間尚未結束" in text  # today: marked incomplete
    assert str(target) in page.status.text()
    page.build_report(Then.PREVIEW)
    qtbot.waitUntil(lambda: bool(_top(PdfPreviewDialog)), timeout=20_000)
    preview = _top(PdfPreviewDialog)[0]
    assert not preview.isModal()
    preview.close()


def test_export_and_a_reversed_range_shown_at_the_field(qtbot: QtBot, shell: ShellWindow, tmp_path: Path) -> None:
    page = _reports_page(qtbot, shell, "lee", "super-pass-1")
    page.choose_export(ExportKind.SHIFTS)
    page.export_from.setDate(QDate(2026, 3, 2))
    page.export_to.setDate(QDate(2026, 3, 1))
    page.export_to_file(tmp_path / "bad.xlsx")
    assert not page.is_busy()
    assert page.errors.message_for("export_range") == "結束早於開始。"
    assert page.export_from.date() == QDate(2026, 3, 2)  # what was chosen stays
    page.export_to.setDate(QDate(2026, 3, 2))
    target = tmp_path / "shifts.xlsx"
    page.export_to_file(target)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    assert page.errors.message_for("export_range") == ""
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "翠湖花園 · 班次"
    assert [c.value for c in sheet[4]][:3] == ["崗位", "值班員", "班次"]
    assert "已匯出" in page.status.text()


def test_a_guard_asks_a_supervisor_for_the_monthly_report(qtbot: QtBot, shell: ShellWindow) -> None:
    page = _reports_page(qtbot, shell, "wong", "guard-pass-1")
    page.choose_report(ReportKind.MONTHLY)
    assert page.month.isVisible() and not page.day.isVisible()
    page.build_report(Then.PREVIEW)
    qtbot.waitUntil(lambda: bool(_top(SupervisorApprovalDialog)))
    assert not page.is_busy()  # nothing starts before the approval
    _top(SupervisorApprovalDialog)[0].reject()


def test_a_future_day_is_explained_at_the_date_field(qtbot: QtBot, shell: ShellWindow) -> None:
    page = _reports_page(qtbot, shell, "wong", "guard-pass-1")
    page.day.setMaximumDate(QDate(2030, 1, 1))
    page.day.setDate(QDate(2026, 3, 3))
    page.build_report(Then.PREVIEW)
    qtbot.waitUntil(lambda: page.errors.message_for("day") != "", timeout=20_000)
    assert "尚未到來" in page.errors.message_for("day")
    assert page.day.date() == QDate(2026, 3, 3)


def test_cancel_gives_the_screen_back_at_once(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def work(progress: object, cancelled: object) -> bytes:
        started.set()
        release.wait(10)
        assert callable(cancelled)
        if cancelled():
            raise ReportCancelled()
        return b"late"

    task = BackgroundTask(work)
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        assert started.wait(10)
        with qtbot.waitSignal(task.cancelled, timeout=1000):
            task.cancel()
        release.set()
    assert results == []


def test_f12_prints_the_muster_list_from_any_page(qtbot: QtBot, shell: ShellWindow) -> None:
    _site_with_staff(qtbot, shell)
    _sign_in(qtbot, shell, "ho", "guard-pass-2")
    workspace = shell.workspace
    assert workspace is not None and workspace.current_key() == HOME
    assert workspace.muster_button.text() == "緊急疏散名單 (F12)"
    action = workspace.muster_action()
    jobs: list[object] = []
    action.job_created.connect(jobs.append)  # type: ignore[attr-defined]
    qtbot.keyClick(workspace.navigation, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: bool(jobs))
    qtbot.waitUntil(lambda: bool(_top(QPrintDialog)))
    dialog = _top(QPrintDialog)[0]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert jobs[0].page_count() == 1  # type: ignore[attr-defined]
    dialog.reject()
    workspace.show_page(REPORTS)
    qtbot.mouseClick(workspace.muster_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(jobs) == 2)
    qtbot.waitUntil(lambda: bool(_top(QPrintDialog)))
    _top(QPrintDialog)[0].reject()
