"""Long report and export work off the UI thread, with progress and cancel.

    task = BackgroundTask(lambda progress, cancelled: services.reports.daily_pdf(..., progress=progress,
                                                                                 cancelled=cancelled))
    task.progressed.connect(bar.setValue…); task.succeeded.connect(show); task.failed.connect(banner…)
    task.start(); …; task.cancel()

The work runs in a ``QThread``; its signals arrive on the GUI thread (queued). Only Qt-free work
belongs in it (reading the database, building PDF bytes with reportlab, writing xlsx): showing or
printing the PDF stays on the GUI thread. ``cancel()`` asks the work to stop at its next step and
emits ``cancelled`` at once, so the operator gets the screen back immediately; a result that arrives
after a cancel is dropped. A bug in the work is raised again on the GUI thread (crash handler).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.errors import GatehouseError
from app.exports.xlsx import ExportCancelled
from app.reports.work import ReportCancelled

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    stopped = Signal()
    crashed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except (ReportCancelled, ExportCancelled):
            self.stopped.emit()
        except GatehouseError as error:
            self.failed.emit(error)
        except Exception as error:  # a bug: re-raised on the GUI thread for the crash handler
            self.crashed.emit(error)
        else:
            self.done.emit(result)

    def _progress(self, done: int, total: int | None) -> None:
        self.progressed.emit(done, total or 0)


class BackgroundTask(QObject):
    progressed = Signal(int, int)  # done, total (0 = unknown)
    succeeded = Signal(object)
    failed = Signal(object)  # GatehouseError
    cancelled = Signal()
    finished = Signal()  # after any of the three above (the thread has stopped)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(work, self._stop)
        self._runner.moveToThread(self._thread)
        self._cancel_announced = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self._on_runner_progressed)
        self._runner.done.connect(self._on_runner_done)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.stopped.connect(self._on_runner_stopped)
        self._runner.crashed.connect(self._on_runner_crashed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        self._cancel_announced = True
        self.cancelled.emit()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return bool(self._thread.wait(ms))

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()

    def _on_runner_progressed(self, done: int, total: int) -> None:
        if not self._stop.is_set():
            self.progressed.emit(done, total)

    def _on_runner_done(self, result: object) -> None:
        if not self._stop.is_set():
            self.succeeded.emit(result)
        self._end()

    def _on_runner_failed(self, error: object) -> None:
        if not self._stop.is_set():
            self.failed.emit(error)
        self._end()

    def _on_runner_stopped(self) -> None:
        if not self._cancel_announced:
            self.cancelled.emit()
        self._end()

    def _on_runner_crashed(self, error: object) -> None:
        self._end()
        assert isinstance(error, BaseException)
        raise error
