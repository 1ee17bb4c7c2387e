"""Opening the database off the UI thread, so the login screen accepts keystrokes at once.

Importing SQLAlchemy, checking (and if needed upgrading) the schema takes about a second on an old
PC; the operator types their name and password meanwhile. The result comes back as a signal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.clock import Clock
from app.local_config import LocalConfig
from app.paths import DataPaths


class _Worker(QObject):
    opened = Signal(object)  # app.bootstrap.Database
    failed = Signal(object)  # GatehouseError
    crashed = Signal(object)  # any other exception (a bug): re-raised on the UI thread

    def __init__(self, target: str | Path | None, paths: DataPaths, clock: Clock, local: LocalConfig) -> None:
        super().__init__()
        self._args = (target, paths, clock, local)

    def run(self) -> None:
        from app.bootstrap import open_database
        from app.errors import GatehouseError

        try:
            database = open_database(*self._args)
        except GatehouseError as error:
            self.failed.emit(error)
            return
        except Exception as error:  # handed to the UI thread's crash handler, not swallowed
            self.crashed.emit(error)
            return
        self.opened.emit(database)


class DatabaseOpener(QObject):
    """Open once, in a thread; emits ``opened(Database)`` or ``failed(GatehouseError)``."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def start(self, target: str | Path | None, paths: DataPaths, clock: Clock, local: LocalConfig) -> None:
        self._thread = QThread(self)
        self._worker = _Worker(target, paths, clock, local)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.opened.connect(self._on_worker_opened)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.crashed.connect(self._on_worker_crashed)
        self._thread.start()

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _on_worker_opened(self, database: Any) -> None:
        self._finish()
        self.opened.emit(database)

    def _on_worker_failed(self, error: Any) -> None:
        self._finish()
        self.failed.emit(error)

    def _on_worker_crashed(self, error: BaseException) -> None:
        self._finish()
        raise error

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()
