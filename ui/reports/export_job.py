"""Export a list page's current filter to Excel: the same ``ExportService.export`` the Reports page and
``gatehouse export xlsx`` run, from the page the operator is looking at.

    job = ListExport(ListExportServices(exports, auth, operators, site_name), session, page)
    job.exported.connect(…); job.failed.connect(…); job.cancelled.connect(…)
    job.start(ExportKind.REPAIRS, export_filter(view.current_filter()), path)

A guard asks a supervisor in place (``call_with_approval``); the file is written in a background
thread; a progress dialog with Cancel shows when it takes longer than half a second. Cancel leaves no
file behind (``write_xlsx`` writes to a temporary file and renames it at the end).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.bundles import ListExportServices
from app.exports.registry import ExportFilter, ExportKind
from app.exports.service import ExportResult
from app.permissions import Approval
from ui.reports.report_words import report_words
from ui.reports.worker import BackgroundTask
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval

PROGRESS_DELAY_MS = 500


class ListExport(QObject):
    exported = Signal(object)  # ExportResult
    failed = Signal(object)  # GatehouseError (shown by the page, at its banner)
    cancelled = Signal()

    def __init__(self, deps: ListExportServices, session: OperatorSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._parent = parent
        self._task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None

    def is_busy(self) -> bool:
        return self._task is not None

    def wait_idle(self, ms: int = 30_000) -> bool:
        return self._task is None or self._task.wait(ms)

    def start(self, kind: ExportKind, flt: ExportFilter, path: Path) -> None:
        if self.is_busy():
            return
        actor = self._session.actor
        exports = self._deps.exports
        call_with_approval(
            self._parent,
            self._deps.auth,
            self._deps.operators,
            self._session,
            exports.permission(kind),
            lambda approval: exports.authorise(actor, approval, kind),
            lambda approval: self._run(kind, flt, path, approval),
            self.failed.emit,
        )

    def _run(self, kind: ExportKind, flt: ExportFilter, path: Path, approval: Approval | None) -> None:
        actor = self._session.actor
        exports = self._deps.exports
        words = report_words()
        site_name = self._deps.site_name

        def work(progress: Any, cancelled: Any) -> ExportResult:
            return exports.export(
                actor,
                kind,
                flt,
                path,
                words.get,
                site_name=site_name,
                approval=approval,
                progress=progress,
                cancelled=cancelled,
            )

        task = BackgroundTask(work, self)
        dialog = QProgressDialog(self.tr("Exporting to Excel…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(self.exported.emit)
        task.failed.connect(self.failed.emit)
        task.cancelled.connect(self.cancelled.emit)
        task.finished.connect(lambda: self._on_task_finished(task))
        self._task, self.progress = task, dialog
        task.start()

    def _on_task_progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _on_task_finished(self, task: BackgroundTask) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self._task is task:
            self._task = None
        task.deleteLater()
