"""The home screen's backup panel: when the last good backup was made (a warning when it is older than two
days or its folder is missing), the last restore drill, and for supervisors "back up now" and "restore"."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.backups import BackupRow, BackupService, BackupTrigger
from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.errors import GatehouseError
from app.permissions import BACKUP, allowed
from ui.app_events import AppEvents
from ui.backups.runner import BackupRunner
from ui.backups.status_words import drill_line, status_line
from ui.error_words import describe
from ui.session import OperatorSession
from ui.widgets.base import TranslatableFrame
from ui.widgets.form import Banner

REFRESH_MS = 60_000


class BackupPanel(TranslatableFrame):
    column_span = 1

    def __init__(
        self,
        backups: BackupService,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        drill_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self._drill_folder = drill_folder
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.state = QLabel()
        self.state.setObjectName("backupState")
        self.state.setWordWrap(True)
        self.drill = QLabel()
        self.drill.setWordWrap(True)
        self.banner = Banner()
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.runner = BackupRunner(self)
        self.dialog: QWidget | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.state)
        layout.addWidget(self.drill)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self.timer.start()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.refresh)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.runner.finished.connect(self._on_runner_finished)
        self._events.data_changed.connect(self._on_events_data_changed)
        self._session.actor_changed.connect(lambda _actor: self.refresh())

    def retranslate(self) -> None:
        self._title.setText(self.tr("Backups"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self.refresh()

    def refresh(self) -> None:
        supervisor = allowed(self._session.actor, BACKUP)
        self.backup_button.setVisible(supervisor)
        self.restore_button.setVisible(supervisor)
        self.backup_button.setEnabled(not self.runner.busy)
        text, warning = status_line(self._backups.status(), self._clock.now(), self._zone)
        self.state.setText(text)
        self.state.setProperty("kind", "warning" if warning else "ok")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.drill.setText(drill_line(self._backups.last_drill(self._drill_folder), self._zone))

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.BACKUP):
            self.refresh()

    def _on_backup_button_clicked(self) -> None:
        if self.runner.start(lambda: self._backups.make(BackupTrigger.MANUAL)):
            self.backup_button.setEnabled(False)
            self.banner.notice(self.tr("Backing up…"))

    def _on_runner_finished(self, result: object) -> None:
        if isinstance(result, BackupRow):
            self.banner.notice(self.tr("Backup written and verified: {name}").format(name=result.name))
        elif isinstance(result, GatehouseError):
            self.banner.error(describe(result))
        else:
            self.banner.error(self.tr("The backup could not be written: {problem}").format(problem=str(result)))
        self._events.ran(self._backups.make)
        self.refresh()

    def _on_restore_button_clicked(self) -> None:
        from ui.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._backups, self._session.actor, self._zone, self)
        dialog.restored.connect(self._on_dialog_restored)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_restored(self, _result: object) -> None:
        window = self.window()
        if window is not None:
            window.close()
