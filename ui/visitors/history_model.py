"""The visit history as a windowed table model: ``rowCount`` is a ``count(*)`` in SQL; rows are fetched
a page at a time when the view asks for them and kept in a small LRU of pages, so scrolling through
1,000,000 visits holds a few thousand rows in memory (docs/traps.md, 5; figures in
``bench/visitors_history.py``). The next page after a cached one is fetched by keyset, not offset.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.errors import GatehouseError
from app.visitors.history import VisitHistory
from app.visitors.model import HistoryFilter, VisitRow, VisitStatus
from app.visitors.types import VisitorType
from ui.visitors.code_words import checkout_name, status_name, type_name

Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200
MAX_PAGES = 12
TIME_FORMAT = "%Y-%m-%d %H:%M"


class HistoryColumn(IntEnum):
    IN = 0
    NAME = 1
    TYPE = 2
    UNIT = 3
    PLATE = 4
    STATUS = 5
    OUT = 6
    CODE = 7


class VisitHistoryModel(QAbstractTableModel):
    def __init__(self, history: VisitHistory, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._history = history
        self._zone = zone
        self._filter = HistoryFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[VisitRow]] = OrderedDict()
        self._types: Sequence[VisitorType] = ()
        self.fetches = 0  # pages fetched since the last filter (for tests and the benchmark)
        self.last_error: GatehouseError | None = None

    def set_filter(self, f: HistoryFilter, types: Sequence[VisitorType]) -> int:
        """Count the filtered visits and start over; returns the count."""
        count = self._history.count(f)
        self.beginResetModel()
        self._filter = f
        self._types = types
        self._count = count
        self._pages.clear()
        self.fetches = 0
        self.endResetModel()
        return count

    def refresh(self) -> int:
        return self.set_filter(self._filter, self._types)

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _page(self, number: int) -> list[VisitRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        before = self._pages.get(number - 1)
        anchor = (before[-1].checked_in_at, before[-1].id) if before and len(before) == PAGE_ROWS else None
        try:
            page = self._history.page(self._filter, number * PAGE_ROWS, PAGE_ROWS, after=anchor)
        except GatehouseError as error:
            self.last_error = error
            page = []
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> VisitRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_ROWS)
        offset = row % PAGE_ROWS
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            HistoryColumn.IN: QCoreApplication.translate("VisitHistoryModel", "In"),
            HistoryColumn.NAME: QCoreApplication.translate("VisitHistoryModel", "Visitor"),
            HistoryColumn.TYPE: QCoreApplication.translate("VisitHistoryModel", "Type"),
            HistoryColumn.UNIT: QCoreApplication.translate("VisitHistoryModel", "Visiting"),
            HistoryColumn.PLATE: QCoreApplication.translate("VisitHistoryModel", "Plate"),
            HistoryColumn.STATUS: QCoreApplication.translate("VisitHistoryModel", "Status"),
            HistoryColumn.OUT: QCoreApplication.translate("VisitHistoryModel", "Left"),
            HistoryColumn.CODE: QCoreApplication.translate("VisitHistoryModel", "No."),
        }
        return headers.get(HistoryColumn(section)) if 0 <= section < len(HistoryColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = HistoryColumn(index.column())
        if role == Qt.ItemDataRole.FontRole:
            if column == HistoryColumn.STATUS and (row.amended or row.status is VisitStatus.REFUSED):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if column == HistoryColumn.IN:
            return row.checked_in_at.astimezone(self._zone).strftime(TIME_FORMAT)
        if column == HistoryColumn.NAME:
            return row.name
        if column == HistoryColumn.TYPE:
            return type_name(row.visitor_type, self._types)
        if column == HistoryColumn.UNIT:
            return row.unit_label or row.company
        if column == HistoryColumn.PLATE:
            return row.plate
        if column == HistoryColumn.STATUS:
            text = status_name(row.status)
            if row.amended:
                text = QCoreApplication.translate("VisitHistoryModel", "{status} · amended").format(status=text)
            return text
        if column == HistoryColumn.OUT:
            if row.checked_out_at is None:
                return ""
            out = row.checked_out_at.astimezone(self._zone).strftime("%H:%M")
            return out if row.checkout_witnessed else f"{out} ({checkout_name(row.checkout_method)})"
        return row.code
