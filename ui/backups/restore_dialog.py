"""Restore a backup (supervisors): choose one, read its manifest, confirm, restore.

The current database is kept aside by the restore; the restore is audited in the restored database.
Gatehouse closes afterwards (the screens were showing the replaced data) and is started again.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backups import BackupRow, BackupService, RestoreResult
from app.errors import GatehouseError
from app.permissions import Actor
from ui.error_words import describe
from ui.widgets.form import Banner

# The tables whose counts a supervisor recognises, in the order shown; the manifest holds them all.
SHOWN_COUNTS = ("visit", "visitor", "key_loan", "work_order", "duty_log_entry", "handover", "operator")
MEBIBYTE = 1024 * 1024


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult, after the supervisor read the result

    def __init__(self, backups: BackupService, actor: Actor, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setMinimumWidth(640)
        self._backups = backups
        self._actor = actor
        self._zone = zone
        self._rows: list[BackupRow] = []
        self._result: RestoreResult | None = None
        self.banner = Banner()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.manifest = QLabel()
        self.manifest.setObjectName("backupManifest")
        self.manifest.setWordWrap(True)
        self.manifest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.manifest.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("restoreConfirm")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.manifest, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self.reload()

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.confirm.toggled.connect(self._update_button)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(
            self.tr(
                "Backups in {folder}. Choose one and read what it holds. The current database is kept aside; "
                "Gatehouse closes after the restore."
            ).format(folder=str(self._backups.folder()))
        )
        self.confirm.setText(self.tr("Replace the current database with this backup"))
        self.restore_button.setText(self.tr("Restore"))

    def reload(self) -> None:
        self._rows = self._backups.backups()
        self.list.clear()
        for row in self._rows:
            made = row.manifest.made_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{made}  ({_size(row.manifest.archive_bytes)})")
            self.list.addItem(item)
        if not self._rows:
            self.manifest.setText(self.tr("There is no backup in this folder."))
        else:
            self.list.setCurrentRow(0)
        self._update_button()

    def selected(self) -> BackupRow | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        chosen = self.selected()
        self.confirm.setChecked(False)
        if chosen is None:
            return
        m = chosen.manifest
        lines = [
            self.tr("Made: {when}").format(when=m.made_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")),
            self.tr("File: {name}").format(name=chosen.name),
            self.tr("Schema: {versions}").format(versions=", ".join(m.schema_versions)),
            self.tr("Audit entries: {count}, head {head}").format(count=m.audit_entries, head=m.audit_head[:16]),
            self.tr("Database {database}, compressed {archive}").format(
                database=_size(m.database_bytes), archive=_size(m.archive_bytes)
            ),
        ]
        names = self._count_names()
        count_line = self.tr("{what}: {count}")
        lines += [count_line.format(what=names[t], count=m.counts[t]) for t in SHOWN_COUNTS if t in m.counts]
        self.manifest.setText("\n".join(lines))

    def _count_names(self) -> dict[str, str]:
        return {
            "visit": self.tr("Visits"),
            "visitor": self.tr("Visitors"),
            "key_loan": self.tr("Key loans"),
            "work_order": self.tr("Work orders"),
            "duty_log_entry": self.tr("Log entries"),
            "handover": self.tr("Handovers"),
            "operator": self.tr("Operators"),
        }

    def _update_button(self) -> None:
        self.restore_button.setEnabled(
            self._result is None and self.selected() is not None and self.confirm.isChecked()
        )

    def _on_restore_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self._result = self._backups.restore_live(self._actor, chosen.archive)
        except GatehouseError as error:
            self.banner.error(describe(error))
            return
        kept = self._result.kept_as.name if self._result.kept_as else "-"
        self.banner.notice(
            self.tr("Restored from {backup}. The replaced database was kept as {kept}. Gatehouse closes now.").format(
                backup=chosen.name, kept=kept
            )
        )
        self.list.setEnabled(False)
        self.confirm.setEnabled(False)
        self._update_button()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        close.setObjectName("restoredOk")
        close.clicked.connect(self._finish)

    def _finish(self) -> None:
        self.accept()
        if self._result is not None:
            self.restored.emit(self._result)


def _size(size: int) -> str:
    return f"{size / MEBIBYTE:.1f} MB" if size >= MEBIBYTE else f"{max(1, round(size / 1024))} KB"
