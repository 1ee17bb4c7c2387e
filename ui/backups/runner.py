"""Run one backup job (a backup, a drill, a restore check) off the UI thread; the result comes back as a
signal on the UI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.errors import GatehouseError

log = logging.getLogger(__name__)


class BackupRunner(QObject):
    finished = Signal(object)  # the job's result, or the GatehouseError / OSError it raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, job: Callable[[], object]) -> bool:
        """Start ``job`` unless one is still running; False when it was not started."""
        if self.busy:
            return False

        def work() -> None:
            try:
                result: object = job()
            except (GatehouseError, OSError) as error:
                log.warning("backup job failed: %s", type(error).__name__)
                result = error
            self.finished.emit(result)

        self._thread = threading.Thread(target=work, name="gatehouse-backup", daemon=True)
        self._thread.start()
        return True

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
