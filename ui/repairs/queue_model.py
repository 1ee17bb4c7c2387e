"""The queue table: work orders with a live countdown, fetched page by page from the service.

``tick()`` (a timer on the page) repaints the countdown column only; the states come from
``QueueItem.countdown(now)`` with the injected clock, so a test moves the clock and sees the colour
change. Colour is never alone: the cell also says "At risk 0:25" / "Overdue 1:10" with a symbol.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.clock import Clock
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

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int], list[QueueItem]]

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


class WorkOrderQueueModel(QAbstractTableModel):
    def __init__(self, clock: Clock, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._items: list[QueueItem] = []
        self._total = 0
        self._fetch: Fetch | None = None

    # -- content ----------------------------------------------------------------------------------
    def set_items(self, items: list[QueueItem], total: int, fetch: Fetch | None = None) -> None:
        """The first page, how many there are in all, and how to get more (offset → rows)."""
        self.beginResetModel()
        self._items = list(items)
        self._total = max(total, len(items))
        self._fetch = fetch
        self.endResetModel()

    def item_at(self, row: int) -> QueueItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, number: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.row.number == number), -1)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._items) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        more = self._fetch(len(self._items))
        if not more:
            self._total = len(self._items)
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(more) - 1)
        self._items.extend(more)
        self.endInsertRows()

    def tick(self) -> None:
        """Repaint the countdowns (the clock moved)."""
        if self._items:
            self.dataChanged.emit(self.index(0, Column.COUNTDOWN), self.index(len(self._items) - 1, Column.COUNTDOWN))

    # -- Qt -----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            Column.COUNTDOWN: QCoreApplication.translate("WorkOrderQueueModel", "Due in"),
            Column.NUMBER: QCoreApplication.translate("WorkOrderQueueModel", "No."),
            Column.PRIORITY: QCoreApplication.translate("WorkOrderQueueModel", "Priority"),
            Column.KIND: QCoreApplication.translate("WorkOrderQueueModel", "Type"),
            Column.CATEGORY: QCoreApplication.translate("WorkOrderQueueModel", "Category"),
            Column.WHERE: QCoreApplication.translate("WorkOrderQueueModel", "Unit / location"),
            Column.REPORTER: QCoreApplication.translate("WorkOrderQueueModel", "Reporter"),
            Column.STATE: QCoreApplication.translate("WorkOrderQueueModel", "State"),
            Column.ASSIGNEE: QCoreApplication.translate("WorkOrderQueueModel", "Technician"),
            Column.CREATED: QCoreApplication.translate("WorkOrderQueueModel", "Reported"),
        }
        return headers.get(Column(section)) if 0 <= section < len(Column) else None

    def sla_state(self, row: int) -> ClockState | None:
        """The countdown's state now (None: no running clock)."""
        item = self.item_at(row)
        if item is None:
            return None
        countdown = item.countdown(self._clock.now())
        if countdown is None or item.row.state not in OPEN_STATES:
            return None
        return countdown.state

    def countdown_text(self, row: int) -> str:
        item = self.item_at(row)
        if item is None:
            return ""
        countdown = item.countdown(self._clock.now()) if item.row.state in OPEN_STATES else None
        if countdown is None:
            return "—"
        word = clock_state_names()[countdown.state]
        return f"{STATE_SYMBOLS[countdown.state]} {word} {duration_text(countdown.remaining)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        column = Column(index.column())
        if column == Column.COUNTDOWN and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            state = self.sla_state(index.row())
            if state is None:
                return None
            background, text = STATE_COLOURS[state]
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else text))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.COUNTDOWN:
            item = self._items[index.row()]
            due = item.row.next_due_at
            return None if due is None else due.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._items[index.row()].row
        if column == Column.COUNTDOWN:
            return self.countdown_text(index.row())
        values = {
            Column.NUMBER: row.number,
            Column.PRIORITY: priority_names().get(row.priority, row.priority),
            Column.KIND: kind_names().get(row.kind, row.kind),
            Column.CATEGORY: category_names().get(row.category, row.category),
            Column.WHERE: row.where,
            Column.REPORTER: row.reporter_name,
            Column.STATE: state_names().get(row.state, row.state),
            Column.ASSIGNEE: row.assignee_name,
            Column.CREATED: row.created_at.astimezone(self._zone).strftime("%m-%d %H:%M"),
        }
        return values[column]
