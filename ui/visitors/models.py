"""Table models of the visitor log: on site now and expected today (short lists held in memory), the
directory's people and the watchlist (bounded by the service), and the visit history, windowed over a
``count(*)`` so scrolling through 1,000,000 visits holds a few thousand rows (figures in
``bench/visitors_history.py``; the next page after a cached one is fetched by keyset, not offset).

An overstay is shown in bold on a light red background *and* says "Overstay" in the status column
(never colour alone).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.directory import PersonKind, PersonRow
from app.errors import GatehouseError
from app.visitors.history import VisitHistory
from app.visitors.model import (
    ExpectedStatus,
    ExpectedVisitRow,
    HistoryFilter,
    VisitRow,
    VisitStatus,
    WatchlistRow,
)
from app.visitors.types import VisitorType
from ui.visitors.code_words import (
    action_name,
    checkout_name,
    duration_text,
    expected_status_name,
    person_kind_name,
    resident_role_name,
    status_name,
    type_name,
)
from ui.widgets.table_models import RowsTableModel, WindowedTableModel

OVERSTAY_BACKGROUND = QColor("#fde2df")
SECONDS_PER_MINUTE = 60
TIME_FORMAT = "%Y-%m-%d %H:%M"


class OnSiteTableModel(RowsTableModel[VisitRow]):
    class Column(IntEnum):
        NAME = 0
        UNIT = 1
        IN = 2
        STAY = 3
        STATUS = 4

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
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.Column) - 1))

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("OnSiteTableModel", "Visitor"),
            self.Column.UNIT: QCoreApplication.translate("OnSiteTableModel", "Visiting"),
            self.Column.IN: QCoreApplication.translate("OnSiteTableModel", "In"),
            self.Column.STAY: QCoreApplication.translate("OnSiteTableModel", "On site"),
            self.Column.STATUS: QCoreApplication.translate("OnSiteTableModel", "Status"),
        }

    def background(self, row: VisitRow, column: Any) -> QColor | None:
        return OVERSTAY_BACKGROUND if row.overstayed(self._now()) else None

    def bold(self, row: VisitRow, column: Any) -> bool:
        return row.overstayed(self._now())

    def tooltip(self, row: VisitRow, column: Any) -> str | None:
        parts = (row.code, row.pass_number, type_name(row.visitor_type, self.types), row.plate, row.company)
        return " · ".join(p for p in parts if p)

    def text(self, row: VisitRow, column: Any) -> str:
        now = self._now()
        if column == self.Column.NAME:
            return f"{row.name} · {row.pass_number}" if row.pass_number else row.name
        if column == self.Column.UNIT:
            return row.unit_label or row.company
        if column == self.Column.IN:
            return row.checked_in_at.astimezone(self._zone).strftime("%H:%M")
        if column == self.Column.STAY:
            return duration_text(int(row.time_on_site(now).total_seconds() // SECONDS_PER_MINUTE))
        if not row.overstayed(now) or row.expected_leave_at is None:
            return ""
        over = int((now - row.expected_leave_at).total_seconds() // SECONDS_PER_MINUTE)
        return QCoreApplication.translate("OnSiteTableModel", "Overstay {time}").format(time=duration_text(over))


class ExpectedTableModel(RowsTableModel[ExpectedVisitRow]):
    class Column(IntEnum):
        NAME = 0
        UNIT = 1
        TYPE = 2
        STATUS = 3
        PHONE = 4
        NOTES = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.types: Sequence[VisitorType] = ()

    def waiting(self) -> int:
        return sum(1 for row in self._rows if row.status is ExpectedStatus.EXPECTED)

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("ExpectedTableModel", "Visitor"),
            self.Column.UNIT: QCoreApplication.translate("ExpectedTableModel", "Visiting"),
            self.Column.TYPE: QCoreApplication.translate("ExpectedTableModel", "Type"),
            self.Column.STATUS: QCoreApplication.translate("ExpectedTableModel", "Status"),
            self.Column.PHONE: QCoreApplication.translate("ExpectedTableModel", "Phone"),
            self.Column.NOTES: QCoreApplication.translate("ExpectedTableModel", "Notes"),
        }

    def text(self, row: ExpectedVisitRow, column: Any) -> str:
        values = {
            self.Column.NAME: row.name,
            self.Column.UNIT: row.unit_label or row.company,
            self.Column.TYPE: type_name(row.visitor_type, self.types),
            self.Column.STATUS: expected_status_name(row.status),
            self.Column.PHONE: row.phone_masked,
            self.Column.NOTES: row.notes or row.purpose,
        }
        return values[column]


class PersonTableModel(RowsTableModel[PersonRow]):
    class Column(IntEnum):
        NAME = 0
        KIND = 1
        UNIT = 2
        ROLE = 3
        PHONE = 4
        COMPANY = 5
        STATE = 6

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("PersonTableModel", "Name"),
            self.Column.KIND: QCoreApplication.translate("PersonTableModel", "Kind"),
            self.Column.UNIT: QCoreApplication.translate("PersonTableModel", "Unit"),
            self.Column.ROLE: QCoreApplication.translate("PersonTableModel", "Role / job"),
            self.Column.PHONE: QCoreApplication.translate("PersonTableModel", "Phone"),
            self.Column.COMPANY: QCoreApplication.translate("PersonTableModel", "Company"),
            self.Column.STATE: QCoreApplication.translate("PersonTableModel", "State"),
        }

    def text(self, row: PersonRow, column: Any) -> str:
        state = (
            QCoreApplication.translate("PersonTableModel", "Active")
            if row.active
            else QCoreApplication.translate("PersonTableModel", "Switched off")
        )
        values = {
            self.Column.NAME: row.name,
            self.Column.KIND: person_kind_name(row.kind),
            self.Column.UNIT: row.unit_label,
            self.Column.ROLE: resident_role_name(row.role) if row.kind is PersonKind.RESIDENT else row.role,
            self.Column.PHONE: row.phone or "",
            self.Column.COMPANY: row.company,
            self.Column.STATE: state,
        }
        return values[column]


class WatchlistTableModel(RowsTableModel[WatchlistRow]):
    class Column(IntEnum):
        NAME = 0
        ACTION = 1
        REASON = 2
        PHONE = 3
        ID = 4
        PLATE = 5
        UNTIL = 6
        HITS = 7
        STATE = 8

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("WatchlistTableModel", "Name / other names"),
            self.Column.ACTION: QCoreApplication.translate("WatchlistTableModel", "Action"),
            self.Column.REASON: QCoreApplication.translate("WatchlistTableModel", "Reason"),
            self.Column.PHONE: QCoreApplication.translate("WatchlistTableModel", "Phone"),
            self.Column.ID: QCoreApplication.translate("WatchlistTableModel", "ID"),
            self.Column.PLATE: QCoreApplication.translate("WatchlistTableModel", "Plate"),
            self.Column.UNTIL: QCoreApplication.translate("WatchlistTableModel", "Until"),
            self.Column.HITS: QCoreApplication.translate("WatchlistTableModel", "Matches"),
            self.Column.STATE: QCoreApplication.translate("WatchlistTableModel", "State"),
        }

    def text(self, row: WatchlistRow, column: Any) -> str:
        state = (
            QCoreApplication.translate("WatchlistTableModel", "Listed")
            if row.active
            else QCoreApplication.translate("WatchlistTableModel", "Lifted")
        )
        values = {
            self.Column.NAME: " / ".join(p for p in (row.name, row.aliases) if p),
            self.Column.ACTION: action_name(row.action),
            self.Column.REASON: row.reason,
            self.Column.PHONE: row.phone_masked,
            self.Column.ID: row.id_masked,
            self.Column.PLATE: row.plate,
            self.Column.UNTIL: row.expires_on.isoformat() if row.expires_on else "",
            self.Column.HITS: str(row.hits),
            self.Column.STATE: state,
        }
        return values[column]


class VisitHistoryTableModel(WindowedTableModel[VisitRow]):
    class Column(IntEnum):
        IN = 0
        NAME = 1
        TYPE = 2
        UNIT = 3
        PLATE = 4
        STATUS = 5
        OUT = 6
        CODE = 7

    def __init__(self, history: VisitHistory, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._history = history
        self._zone = zone
        self._filter = HistoryFilter()
        self._types: Sequence[VisitorType] = ()
        self.last_error: GatehouseError | None = None

    def set_filter(self, f: HistoryFilter, types: Sequence[VisitorType]) -> int:
        """Count the filtered visits and start over; returns the count."""
        count = self._history.count(f)

        def change() -> None:
            self._filter = f
            self._types = types

        self.reset_window(count, change)
        return count

    def refresh(self) -> int:
        return self.set_filter(self._filter, self._types)

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    def _read_page(self, offset: int, limit: int, before: Sequence[VisitRow] | None) -> list[VisitRow]:
        anchor = (before[-1].checked_in_at, before[-1].id) if before and len(before) == limit else None
        try:
            return self._history.page(self._filter, offset, limit, after=anchor)
        except GatehouseError as error:
            self.last_error = error
            return []

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.IN: QCoreApplication.translate("VisitHistoryModel", "In"),
            self.Column.NAME: QCoreApplication.translate("VisitHistoryModel", "Visitor"),
            self.Column.TYPE: QCoreApplication.translate("VisitHistoryModel", "Type"),
            self.Column.UNIT: QCoreApplication.translate("VisitHistoryModel", "Visiting"),
            self.Column.PLATE: QCoreApplication.translate("VisitHistoryModel", "Plate"),
            self.Column.STATUS: QCoreApplication.translate("VisitHistoryModel", "Status"),
            self.Column.OUT: QCoreApplication.translate("VisitHistoryModel", "Left"),
            self.Column.CODE: QCoreApplication.translate("VisitHistoryModel", "No."),
        }

    def bold(self, row: VisitRow, column: Any) -> bool:
        return column == self.Column.STATUS and (row.amended or row.status is VisitStatus.REFUSED)

    def text(self, row: VisitRow, column: Any) -> str:
        if column == self.Column.IN:
            return row.checked_in_at.astimezone(self._zone).strftime(TIME_FORMAT)
        if column == self.Column.NAME:
            return row.name
        if column == self.Column.TYPE:
            return type_name(row.visitor_type, self._types)
        if column == self.Column.UNIT:
            return row.unit_label or row.company
        if column == self.Column.PLATE:
            return row.plate
        if column == self.Column.STATUS:
            text = status_name(row.status)
            if row.amended:
                text = QCoreApplication.translate("VisitHistoryModel", "{status} · amended").format(status=text)
            return text
        if column == self.Column.OUT:
            if row.checked_out_at is None:
                return ""
            out = row.checked_out_at.astimezone(self._zone).strftime("%H:%M")
            return out if row.checkout_witnessed else f"{out} ({checkout_name(row.checkout_method)})"
        return row.code
