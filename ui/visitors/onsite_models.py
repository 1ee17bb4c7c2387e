"""Table models of the guard's page: visitors on site now, and today's expected visitors.

Both hold a short list of frozen rows (on site: tens, rarely hundreds). An overstay is shown in bold
on a light red background *and* says "Overstay" in the status column (never colour alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.visitors.model import ExpectedStatus, ExpectedVisitRow, VisitRow
from app.visitors.types import VisitorType
from ui.visitors.code_words import duration_text, expected_status_name, type_name
from ui.visitors.widgets import RowsTableModel

OVERSTAY_BACKGROUND = QColor("#fde2df")
SECONDS_PER_MINUTE = 60


class OnSiteColumn(IntEnum):
    NAME = 0
    UNIT = 1
    IN = 2
    STAY = 3
    STATUS = 4


class OnSiteTableModel(RowsTableModel[VisitRow]):
    COLUMNS = OnSiteColumn

    def __init__(self, now: Callable[[], datetime], zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = zone
        self.types: Sequence[VisitorType] = ()

    def overstays(self) -> int:
        now = self._now()
        return sum(1 for row in self._rows if row.overstayed(now))

    def tick(self) -> None:
        """Time passed: durations and overstays change."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(OnSiteColumn) - 1))

    def headers(self) -> dict[Any, str]:
        return {
            OnSiteColumn.NAME: QCoreApplication.translate("OnSiteTableModel", "Visitor"),
            OnSiteColumn.UNIT: QCoreApplication.translate("OnSiteTableModel", "Visiting"),
            OnSiteColumn.IN: QCoreApplication.translate("OnSiteTableModel", "In"),
            OnSiteColumn.STAY: QCoreApplication.translate("OnSiteTableModel", "On site"),
            OnSiteColumn.STATUS: QCoreApplication.translate("OnSiteTableModel", "Status"),
        }

    def cell(self, row: VisitRow, column: Any, role: int) -> Any:
        now = self._now()
        late = row.overstayed(now)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERSTAY_BACKGROUND) if late else None
        if role == Qt.ItemDataRole.FontRole and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = (row.code, row.pass_number, type_name(row.visitor_type, self.types), row.plate, row.company)
            return " · ".join(p for p in parts if p)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == OnSiteColumn.NAME:
            return f"{row.name} · {row.pass_number}" if row.pass_number else row.name
        if column == OnSiteColumn.UNIT:
            return row.unit_label or row.company
        if column == OnSiteColumn.IN:
            return row.checked_in_at.astimezone(self._zone).strftime("%H:%M")
        if column == OnSiteColumn.STAY:
            return duration_text(int(row.time_on_site(now).total_seconds() // SECONDS_PER_MINUTE))
        if not late or row.expected_leave_at is None:
            return ""
        over = int((now - row.expected_leave_at).total_seconds() // SECONDS_PER_MINUTE)
        return QCoreApplication.translate("OnSiteTableModel", "Overstay {time}").format(time=duration_text(over))


class ExpectedColumn(IntEnum):
    NAME = 0
    UNIT = 1
    TYPE = 2
    STATUS = 3
    PHONE = 4
    NOTES = 5


class ExpectedTableModel(RowsTableModel[ExpectedVisitRow]):
    COLUMNS = ExpectedColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.types: Sequence[VisitorType] = ()

    def waiting(self) -> int:
        return sum(1 for row in self._rows if row.status is ExpectedStatus.EXPECTED)

    def headers(self) -> dict[Any, str]:
        return {
            ExpectedColumn.NAME: QCoreApplication.translate("ExpectedTableModel", "Visitor"),
            ExpectedColumn.UNIT: QCoreApplication.translate("ExpectedTableModel", "Visiting"),
            ExpectedColumn.TYPE: QCoreApplication.translate("ExpectedTableModel", "Type"),
            ExpectedColumn.STATUS: QCoreApplication.translate("ExpectedTableModel", "Status"),
            ExpectedColumn.PHONE: QCoreApplication.translate("ExpectedTableModel", "Phone"),
            ExpectedColumn.NOTES: QCoreApplication.translate("ExpectedTableModel", "Notes"),
        }

    def cell(self, row: ExpectedVisitRow, column: Any, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            ExpectedColumn.NAME: row.name,
            ExpectedColumn.UNIT: row.unit_label or row.company,
            ExpectedColumn.TYPE: type_name(row.visitor_type, self.types),
            ExpectedColumn.STATUS: expected_status_name(row.status),
            ExpectedColumn.PHONE: row.phone_masked,
            ExpectedColumn.NOTES: row.notes or row.purpose,
        }
        return values[column]
