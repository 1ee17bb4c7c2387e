"""Home-page panel: how many jobs are overdue, at risk, on hold, and how many return visits are due.
One click (or Enter) opens the queue."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import ChangeKind, Changes
from app.errors import GatehouseError
from app.repairs.reading import RepairReader
from app.repairs.rows import QueueSummary
from app.repairs.sla import ClockState
from ui.app_events import AppEvents
from ui.repairs.models import STATE_COLOURS, STATE_SYMBOLS
from ui.widgets.base import TranslatableFrame

REFRESH_MS = 60_000
REPAIRS_PAGE = "repairs"


class RepairsPanel(TranslatableFrame):
    def __init__(self, reader: RepairReader, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._events = events
        self.summary: QueueSummary | None = None
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.lines = {name: QLabel() for name in ("overdue", "at_risk", "paused", "open", "calls")}
        self.open_queue = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        for label in self.lines.values():
            layout.addWidget(label)
        layout.addWidget(self.open_queue)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self._timer.start()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.open_queue.clicked.connect(self._on_open_queue_clicked)
        self._events.data_changed.connect(self._on_events_data_changed)
        self._timer.timeout.connect(self.refresh)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Repairs and complaints"))
        self.open_queue.setText(self.tr("Open the &queue"))
        self._show()

    def refresh(self) -> None:
        try:
            self.summary = self._reader.summary()
        except GatehouseError:
            self.summary = None
        self._show()

    def _show(self) -> None:
        summary = self.summary
        if summary is None:
            for label in self.lines.values():
                label.setText("")
            return
        texts = {
            "overdue": (ClockState.BREACHED, self.tr("Overdue: {count}").format(count=summary.overdue)),
            "at_risk": (ClockState.AT_RISK, self.tr("At risk: {count}").format(count=summary.at_risk)),
            "paused": (ClockState.PAUSED, self.tr("On hold: {count}").format(count=summary.paused)),
        }
        for name, (state, text) in texts.items():
            label = self.lines[name]
            label.setText(f"{STATE_SYMBOLS[state]} {text}")
            count = {"overdue": summary.overdue, "at_risk": summary.at_risk, "paused": summary.paused}[name]
            background, colour = STATE_COLOURS[state]
            label.setStyleSheet(f"background: {background}; color: {colour}; padding: 2px;" if count else "")
        self.lines["open"].setText(self.tr("Open jobs: {count}").format(count=summary.open))
        self.lines["calls"].setText(self.tr("Return visits due: {count}").format(count=summary.calls_due))

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.WORK_ORDER, ChangeKind.SETTINGS):
            self.refresh()

    def _on_open_queue_clicked(self) -> None:
        self._events.navigate_requested.emit(REPAIRS_PAGE)
