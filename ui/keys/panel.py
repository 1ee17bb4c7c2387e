"""The dashboard's key panel: how many keys are out, which are overdue (red), and the same overdue keys
posted as non-modal alerts. Refreshes when keys change and once a minute (overdue is a matter of time)."""

from __future__ import annotations

import uuid
from datetime import tzinfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.errors import GatehouseError
from app.keys.rows import KeyFilter, KeyQuery, LoanRow
from app.keys.service import KeyService
from ui.app_events import Alert, AlertLevel, AppEvents, RecordRef
from ui.keys import code_words
from ui.widgets.base import TranslatableFrame
from ui.widgets.form import Banner

REFRESH_MS = 60_000
SHOWN = 6
ALERT_PREFIX = "key-overdue:"
PAGE_KEY = "keys"


class KeysPanel(TranslatableFrame):
    column_span = 1

    def __init__(self, keys: KeyService, events: AppEvents, clock: Clock, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panel")
        self._keys = keys
        self._events = events
        self._clock = clock
        self._zone = zone
        self._out = 0
        self._overdue: list[LoanRow] = []
        self._alerted: set[uuid.UUID] = set()
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.summary = QLabel()
        self.summary.setObjectName("keysSummary")
        self.summary.setWordWrap(True)
        self.banner = Banner()
        self._list = QVBoxLayout()
        self.more = QLabel()
        self.open_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addLayout(self._list)
        layout.addWidget(self.more)
        layout.addWidget(self.open_button)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self.timer.start()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.refresh)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self._events.data_changed.connect(self._on_events_data_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Keys"))
        self.open_button.setText(self.tr("Open the key register"))
        self._render()

    def refresh(self) -> None:
        try:
            self._out = self._keys.count_keys(KeyQuery(status=KeyFilter.OUT))
            self._overdue = self._keys.overdue()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.banner.clear_message()
        self._render()
        self._post_alerts()

    def overdue_texts(self) -> list[str]:
        return [self._line(loan) for loan in self._overdue]

    def _line(self, loan: LoanRow) -> str:
        return self.tr("{tag} {label} · {name} · overdue {late}").format(
            tag=loan.key_tag,
            label=loan.key_label,
            name=loan.borrower.name,
            late=code_words.late_text(loan.late_minutes),
        )

    def _render(self) -> None:
        while self._list.count():
            item = self._list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted when the event loop comes back
                widget.deleteLater()
        self.summary.setText(
            self.tr("{out} keys out, {overdue} overdue.").format(out=self._out, overdue=len(self._overdue))
            if self._out
            else self.tr("Every key is in the cabinet.")
        )
        for loan in self._overdue[:SHOWN]:
            label = QLabel(self._line(loan))
            label.setObjectName("alertDanger")
            label.setWordWrap(True)
            self._list.addWidget(label)
        hidden = len(self._overdue) - SHOWN
        self.more.setText(self.tr("…and {count} more overdue.").format(count=hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)

    def _post_alerts(self) -> None:
        current = {loan.id for loan in self._overdue}
        for gone in self._alerted - current:
            self._events.clear_alert(f"{ALERT_PREFIX}{gone}")
        for loan in self._overdue:
            key = f"{ALERT_PREFIX}{loan.id}"
            record = RecordRef("key_loan", str(loan.id), f"{loan.key_tag} {loan.key_label}")
            self._events.post_alert(
                Alert(key, AlertLevel.URGENT, self._line(loan), loan.due_at, PAGE_KEY, record=record)
            )
        self._alerted = current

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.KEY, ChangeKind.KEY_LOAN, ChangeKind.SETTINGS):
            self.refresh()

    def _on_open_button_clicked(self) -> None:
        self._events.navigate_requested.emit(PAGE_KEY)
