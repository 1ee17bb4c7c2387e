"""One background task at a time for a page: its progress bar and Cancel button shown while it runs,
a status line, and the page's action buttons disabled until it ends (``ui/reports/worker.py`` runs
the work itself)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from ui.reports.worker import BackgroundTask


class TaskRunner(QObject):
    def __init__(
        self,
        progress: QProgressBar,
        cancel_button: QPushButton,
        status: QLabel,
        buttons: Sequence[QWidget],
        show_error: Callable[[object], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._progress = progress
        self._cancel_button = cancel_button
        self._status = status
        self._buttons = tuple(buttons)
        self._show_error = show_error
        self._task: BackgroundTask | None = None
        self.set_busy(False)

    def is_busy(self) -> bool:
        return self._task is not None

    def start(self, work: Callable[[Any, Any], Any], on_done: Callable[[Any], None]) -> None:
        task = BackgroundTask(work, self._parent)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(on_done)
        task.failed.connect(self._show_error)
        task.cancelled.connect(self._on_task_cancelled)
        task.finished.connect(lambda: self._on_task_finished(task))
        self._task = task
        self._progress.setRange(0, 0)  # busy until the first step is reported
        self._status.setText(QCoreApplication.translate("ReportsPage", "Working…"))
        self.set_busy(True)
        task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wait_idle(self, ms: int = 30_000) -> bool:
        """For tests and closing: wait for a running task's thread."""
        return self._task is None or self._task.wait(ms)

    def _on_task_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self._progress.setRange(0, total)
            self._progress.setValue(done)

    def _on_task_cancelled(self) -> None:
        self._status.setText(QCoreApplication.translate("ReportsPage", "Cancelled: nothing was produced."))
        self.set_busy(False)

    def _on_task_finished(self, task: BackgroundTask) -> None:
        if self._task is task:
            self._task = None
            self.set_busy(False)
        task.deleteLater()

    def set_busy(self, busy: bool) -> None:
        self._progress.setVisible(busy)
        self._cancel_button.setVisible(busy)
        for widget in self._buttons:
            widget.setEnabled(not busy)
        if not busy:
            self._progress.setRange(0, 1)
            self._progress.setValue(0)
