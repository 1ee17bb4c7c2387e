"""Automatic backups of a running desk: the day's backup (checked every few minutes), the monthly restore
drill after it, and one on a clean exit."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.backups import BackupService, BackupTrigger
from app.clock import Clock
from app.errors import GatehouseError
from ui.backups.runner import BackupRunner

log = logging.getLogger(__name__)

CHECK_MS = 10 * 60_000
FIRST_CHECK_MS = 60_000  # after sign-in, once the desk has settled
EXIT_SKIP_WITHIN = timedelta(minutes=30)  # a backup this recent makes the exit backup unnecessary


class BackupScheduler(QObject):
    backup_done = Signal(object)  # BackupRow, or the error that stopped it
    health_checked = Signal(object)  # DatabaseHealth (quick_check, drive kind), or the error that stopped it

    def __init__(self, backups: BackupService, clock: Clock, drill_folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._backups = backups
        self._clock = clock
        self._drill_folder = drill_folder
        self.runner = BackupRunner(self)
        self.health = BackupRunner(self)
        self.health.finished.connect(self.health_checked)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.runner.finished.connect(self.backup_done)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, self.check_health)
        QTimer.singleShot(first_check_ms, self, self.run_if_due)

    def check_health(self) -> bool:
        """The full quick_check of the live database, in the background (start-up only looks cheaply)."""
        return self.health.start(self._backups.health)

    def stop(self) -> None:
        self.timer.stop()
        self.runner.wait()
        self.health.wait()

    def run_if_due(self) -> bool:
        if self.runner.busy or not self._backups.due_today():
            return False
        return self.runner.start(self._daily)

    def _daily(self) -> object:
        row = self._backups.make(BackupTrigger.DAILY)
        if self._backups.drill_due(self._drill_folder):
            self._backups.restore_drill(self._drill_folder)
        return row

    def backup_on_exit(self) -> None:
        """On a clean exit (blocking: the window is closing). Failures are logged, never raised."""
        self.stop()
        last = self._backups.status().last
        if last is not None and self._clock.now() - last.manifest.made_at < EXIT_SKIP_WITHIN:
            return
        try:
            self._backups.make(BackupTrigger.EXIT)
        except (GatehouseError, OSError) as error:
            log.warning("backup on exit failed: %s", type(error).__name__)
