"""Table models of repairs: the work-order queue and the KPI tables.

The queue is fetched page by page from the service. ``tick()`` (a timer on the page) repaints the
countdown column only; the states come from ``QueueItem.countdown(now)`` with the injected clock, so a
test moves the clock and sees the colour change. Colour is never alone: the cell also says
"At risk 0:25" / "Overdue 1:10" with a symbol.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.clock import Clock
from app.repairs.kpi import KpiFigures
from app.repairs.lifecycle import OPEN_STATES
from app.repairs.rows import QueueItem
from app.repairs.sla import ClockState
from ui.repairs.code_words import (
    category_names,
    clock_state_names,
    duration_text,
    kind_names,
    priority_names,
    state_names,
)
from ui.widgets.table_models import PagedTableModel, RowsTableModel

# Background / text colours per SLA state (light backgrounds keep black text readable).
STATE_COLOURS = {
    ClockState.OK: ("#e3f4e1", "#1b5e20"),
    ClockState.AT_RISK: ("#fff1c2", "#7a4f00"),
    ClockState.BREACHED: ("#fbd3d0", "#8e0000"),
    ClockState.PAUSED: ("#e6e9ef", "#37474f"),
    ClockState.MET: ("#e3f4e1", "#1b5e20"),
}
STATE_SYMBOLS = {
    ClockState.OK: "●",
    ClockState.AT_RISK: "▲",
    ClockState.BREACHED: "✖",
    ClockState.PAUSED: "❚❚",
    ClockState.MET: "✔",
}


def hours(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 3600:.1f} h"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


def score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} / 5"


class WorkOrderQueueTableModel(PagedTableModel[QueueItem]):
    class Column(IntEnum):
        COUNTDOWN = 0
        NUMBER = 1
        PRIORITY = 2
        KIND = 3
        CATEGORY = 4
        WHERE = 5
        REPORTER = 6
        STATE = 7
        ASSIGNEE = 8
        CREATED = 9

    def __init__(self, clock: Clock, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone

    def row_of(self, number: str) -> int:
        return next((i for i, item in enumerate(self._rows) if item.row.number == number), -1)

    def tick(self) -> None:
        """Repaint the countdowns (the clock moved)."""
        self.repaint_column(self.Column.COUNTDOWN)

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.COUNTDOWN: QCoreApplication.translate("WorkOrderQueueModel", "Due in"),
            self.Column.NUMBER: QCoreApplication.translate("WorkOrderQueueModel", "No."),
            self.Column.PRIORITY: QCoreApplication.translate("WorkOrderQueueModel", "Priority"),
            self.Column.KIND: QCoreApplication.translate("WorkOrderQueueModel", "Type"),
            self.Column.CATEGORY: QCoreApplication.translate("WorkOrderQueueModel", "Category"),
            self.Column.WHERE: QCoreApplication.translate("WorkOrderQueueModel", "Unit / location"),
            self.Column.REPORTER: QCoreApplication.translate("WorkOrderQueueModel", "Reporter"),
            self.Column.STATE: QCoreApplication.translate("WorkOrderQueueModel", "State"),
            self.Column.ASSIGNEE: QCoreApplication.translate("WorkOrderQueueModel", "Technician"),
            self.Column.CREATED: QCoreApplication.translate("WorkOrderQueueModel", "Reported"),
        }

    def sla_state(self, row: int) -> ClockState | None:
        """The countdown's state now (None: no running clock)."""
        item = self.row_at(row)
        return None if item is None else self._state(item)

    def _state(self, item: QueueItem) -> ClockState | None:
        countdown = item.countdown(self._clock.now())
        if countdown is None or item.row.state not in OPEN_STATES:
            return None
        return countdown.state

    def countdown_text(self, row: int) -> str:
        item = self.row_at(row)
        return "" if item is None else self._countdown_text(item)

    def _countdown_text(self, item: QueueItem) -> str:
        countdown = item.countdown(self._clock.now()) if item.row.state in OPEN_STATES else None
        if countdown is None:
            return "—"
        word = clock_state_names()[countdown.state]
        return f"{STATE_SYMBOLS[countdown.state]} {word} {duration_text(countdown.remaining)}"

    def background(self, row: QueueItem, column: Any) -> QColor | None:
        state = self._state(row) if column == self.Column.COUNTDOWN else None
        return None if state is None else QColor(STATE_COLOURS[state][0])

    def foreground(self, row: QueueItem, column: Any) -> QColor | None:
        state = self._state(row) if column == self.Column.COUNTDOWN else None
        return None if state is None else QColor(STATE_COLOURS[state][1])

    def tooltip(self, row: QueueItem, column: Any) -> str | None:
        due = row.row.next_due_at
        if column != self.Column.COUNTDOWN or due is None:
            return None
        return due.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")

    def text(self, row: QueueItem, column: Any) -> str:
        if column == self.Column.COUNTDOWN:
            return self._countdown_text(row)
        order = row.row
        values = {
            self.Column.NUMBER: order.number,
            self.Column.PRIORITY: priority_names().get(order.priority, order.priority),
            self.Column.KIND: kind_names().get(order.kind, order.kind),
            self.Column.CATEGORY: category_names().get(order.category, order.category),
            self.Column.WHERE: order.where,
            self.Column.REPORTER: order.reporter_name,
            self.Column.STATE: state_names().get(order.state, order.state),
            self.Column.ASSIGNEE: order.assignee_name,
            self.Column.CREATED: order.created_at.astimezone(self._zone).strftime("%m-%d %H:%M"),
        }
        return values[column]


class KpiTableModel(RowsTableModel[tuple[str, KpiFigures]]):
    """Figures per category or per technician."""

    class Column(IntEnum):
        NAME = 0
        REQUESTS = 1
        FIRST_RESPONSE = 2
        MTTR = 3
        SLA = 4
        REOPEN = 5
        SATISFACTION = 6

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("KpiTableModel", "Name"),
            self.Column.REQUESTS: QCoreApplication.translate("KpiTableModel", "Requests"),
            self.Column.FIRST_RESPONSE: QCoreApplication.translate("KpiTableModel", "First response"),
            self.Column.MTTR: QCoreApplication.translate("KpiTableModel", "MTTR"),
            self.Column.SLA: QCoreApplication.translate("KpiTableModel", "SLA met"),
            self.Column.REOPEN: QCoreApplication.translate("KpiTableModel", "Reopened"),
            self.Column.SATISFACTION: QCoreApplication.translate("KpiTableModel", "Satisfaction"),
        }

    def cell(self, row: tuple[str, KpiFigures], column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.Column.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.text(row, column) if role == Qt.ItemDataRole.DisplayRole else None

    def text(self, row: tuple[str, KpiFigures], column: Any) -> str:
        name, figures = row
        values = {
            self.Column.NAME: name or QCoreApplication.translate("KpiTableModel", "(not dispatched)"),
            self.Column.REQUESTS: str(figures.requests),
            self.Column.FIRST_RESPONSE: hours(figures.first_response_s),
            self.Column.MTTR: hours(figures.mttr_s),
            self.Column.SLA: percent(figures.sla_compliance),
            self.Column.REOPEN: percent(figures.reopen_rate),
            self.Column.SATISFACTION: score(figures.satisfaction),
        }
        return values[column]
