"""Table models of the key register: keys and loans fetched a page at a time from the service (sorted
and filtered in SQL), a key's history, and the tick list of a key count."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.keys.policy import LIST_PAGE
from app.keys.rows import KeyEventKind, KeyHistoryRow, KeyQuery, KeyRow, KeyStatus, LoanRow
from app.keys.service import KeyService
from ui import error_words
from ui.keys import code_words
from ui.widgets.table_models import PagedTableModel, RowsTableModel

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QColor("#fde2e0")
OVERDUE_TEXT = QColor("#8c1d18")
INACTIVE_TEXT = QColor("#6b6b6b")
SHORT_TIME = "%m-%d %H:%M"


def short_time(instant: datetime | None, zone: tzinfo) -> str:
    return "" if instant is None else instant.astimezone(zone).strftime(SHORT_TIME)


def key_status_text(key: KeyRow) -> str:
    if key.overdue and key.loan is not None:
        return QCoreApplication.translate("KeyTableModel", "Overdue {late}").format(
            late=code_words.late_text(key.loan.late_minutes)
        )
    if key.ring is not None and key.status is KeyStatus.IN:
        return QCoreApplication.translate("KeyTableModel", "On ring {ring}").format(ring=key.ring.tag)
    return code_words.status_names()[key.status]


class KeyTableModel(PagedTableModel[KeyRow]):
    class Column(IntEnum):
        TAG = 0
        LABEL = 1
        CLASS = 2
        POSITION = 3
        STATUS = 4
        BORROWER = 5
        DUE = 6

    def __init__(self, keys: KeyService, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._zone = zone
        self.query = KeyQuery()
        self._class_names: dict[str, str] = {}

    def reload(self) -> None:
        self._class_names = code_words.class_names(self._keys.classes())
        total = self._keys.count_keys(self.query)
        first = self._keys.find_keys(self.query, 0, LIST_PAGE) if total else []
        self.set_pages(first, total, lambda offset: self._keys.find_keys(self.query, offset, LIST_PAGE))

    def set_query(self, query: KeyQuery) -> None:
        self.query = query
        self.reload()

    def row_of(self, key_id: uuid.UUID) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == key_id), -1)

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.TAG: QCoreApplication.translate("KeyTableModel", "Tag"),
            self.Column.LABEL: QCoreApplication.translate("KeyTableModel", "Key"),
            self.Column.CLASS: QCoreApplication.translate("KeyTableModel", "Class"),
            self.Column.POSITION: QCoreApplication.translate("KeyTableModel", "Position"),
            self.Column.STATUS: QCoreApplication.translate("KeyTableModel", "Status"),
            self.Column.BORROWER: QCoreApplication.translate("KeyTableModel", "Borrower"),
            self.Column.DUE: QCoreApplication.translate("KeyTableModel", "Due back"),
        }

    def background(self, row: KeyRow, column: Any) -> QColor | None:
        return OVERDUE_BACKGROUND if row.overdue else None

    def foreground(self, row: KeyRow, column: Any) -> QColor | None:
        if row.overdue:
            return OVERDUE_TEXT
        return INACTIVE_TEXT if row.status in (KeyStatus.LOST, KeyStatus.RETIRED) else None

    def bold(self, row: KeyRow, column: Any) -> bool:
        return row.overdue and column == self.Column.STATUS

    def tooltip(self, row: KeyRow, column: Any) -> str | None:
        if column != self.Column.LABEL:
            return None
        return " / ".join(p for p in (row.opens_text, row.unit_label, row.notes) if p) or None

    def text(self, row: KeyRow, column: Any) -> str:
        loan = row.loan
        if column == self.Column.TAG:
            return row.tag
        if column == self.Column.LABEL:
            return f"{row.label} ({len(row.members)})" if row.is_ring else row.label
        if column == self.Column.CLASS:
            return self._class_names.get(row.key_class, row.key_class)
        if column == self.Column.POSITION:
            return row.position
        if column == self.Column.STATUS:
            return key_status_text(row)
        if column == self.Column.BORROWER:
            return loan.borrower.name if loan else ""
        return short_time(loan.due_at, self._zone) if loan else ""


class LoanTableModel(PagedTableModel[LoanRow]):
    """Loans issued or closed in a date range (the transactions list)."""

    class Column(IntEnum):
        TAG = 0
        KEY = 1
        BORROWER = 2
        ISSUED = 3
        DUE = 4
        RETURNED = 5
        LATE = 6
        STATE = 7

    def __init__(self, keys: KeyService, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._zone = zone
        self.start: datetime | None = None
        self.end: datetime | None = None

    def set_range(self, start: datetime, end: datetime) -> None:
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        start, end = self.start, self.end
        if start is None or end is None:
            self.set_pages([], 0, None)
            return
        total = self._keys.count_transactions(start, end)
        first = self._keys.transactions(start, end, 0, LIST_PAGE) if total else []
        self.set_pages(first, total, lambda offset: self._keys.transactions(start, end, offset, LIST_PAGE))

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.TAG: QCoreApplication.translate("LoanTableModel", "Tag"),
            self.Column.KEY: QCoreApplication.translate("LoanTableModel", "Key"),
            self.Column.BORROWER: QCoreApplication.translate("LoanTableModel", "Borrower"),
            self.Column.ISSUED: QCoreApplication.translate("LoanTableModel", "Issued"),
            self.Column.DUE: QCoreApplication.translate("LoanTableModel", "Due back"),
            self.Column.RETURNED: QCoreApplication.translate("LoanTableModel", "Returned"),
            self.Column.LATE: QCoreApplication.translate("LoanTableModel", "Late"),
            self.Column.STATE: QCoreApplication.translate("LoanTableModel", "State"),
        }

    def background(self, row: LoanRow, column: Any) -> QColor | None:
        return OVERDUE_BACKGROUND if row.overdue else None

    def foreground(self, row: LoanRow, column: Any) -> QColor | None:
        return OVERDUE_TEXT if row.overdue else None

    def text(self, row: LoanRow, column: Any) -> str:
        values: dict[int, Callable[[], str]] = {
            self.Column.TAG: lambda: row.key_tag,
            self.Column.KEY: lambda: row.key_label,
            self.Column.BORROWER: lambda: row.borrower.name,
            self.Column.ISSUED: lambda: short_time(row.issued_at, self._zone),
            self.Column.DUE: lambda: short_time(row.due_at, self._zone),
            self.Column.RETURNED: lambda: short_time(row.closed_at, self._zone),
            self.Column.LATE: lambda: code_words.late_text(row.late_minutes) if row.late_minutes else "",
            self.Column.STATE: lambda: code_words.loan_state_names()[row.state],
        }
        return values[column]()


def history_detail(row: KeyHistoryRow, zone: tzinfo) -> str:
    """The facts of one history line, in words."""
    parts: list[str] = []
    kind, detail = row.kind, row.detail
    if row.due_at is not None:
        due = short_time(row.due_at, zone)
        parts.append(QCoreApplication.translate("KeyHistoryModel", "due {time}").format(time=due))
    if row.late_minutes:
        late = code_words.late_text(row.late_minutes)
        parts.append(QCoreApplication.translate("KeyHistoryModel", "late {late}").format(late=late))
    if kind == KeyEventKind.ISSUED and detail:
        parts.append(QCoreApplication.translate("KeyHistoryModel", "depositor confirmed: {how}").format(how=detail))
    elif kind == KeyEventKind.RETURNED and detail:
        parts.append(QCoreApplication.translate("KeyHistoryModel", "brought back by someone else"))
    elif kind == KeyEventKind.AMENDED and detail:
        changed = "、".join(error_words.field_label(name) for name in detail.split(","))
        parts.append(QCoreApplication.translate("KeyHistoryModel", "changed: {fields}").format(fields=changed))
    elif kind in (KeyEventKind.RING_JOINED, KeyEventKind.RING_LEFT):
        parts.append(QCoreApplication.translate("KeyHistoryModel", "ring {tag}").format(tag=detail))
    elif kind == KeyEventKind.AUTHORISED:
        parts.append(code_words.borrower_kind_names().get(detail, detail))
    elif kind in (KeyEventKind.SLIP_PRINTED, KeyEventKind.RECEIPT_PRINTED) and detail not in ("", "0"):
        parts.append(QCoreApplication.translate("KeyHistoryModel", "reprint no. {count}").format(count=detail))
    elif kind == KeyEventKind.DEPOSITED:
        parts.append(QCoreApplication.translate("KeyHistoryModel", "{count} may collect").format(count=detail))
    elif kind == KeyEventKind.COLLECTORS_CHANGED:
        parts.append(detail)
    if row.approver:
        parts.append(QCoreApplication.translate("KeyHistoryModel", "approved by {name}").format(name=row.approver))
    if row.note:
        parts.append(row.note)
    return " · ".join(parts)


class KeyHistoryTableModel(RowsTableModel[KeyHistoryRow]):
    class Column(IntEnum):
        AT = 0
        WHAT = 1
        WHO = 2
        BORROWER = 3
        DETAIL = 4

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.AT: QCoreApplication.translate("KeyHistoryModel", "When"),
            self.Column.WHAT: QCoreApplication.translate("KeyHistoryModel", "What"),
            self.Column.WHO: QCoreApplication.translate("KeyHistoryModel", "By"),
            self.Column.BORROWER: QCoreApplication.translate("KeyHistoryModel", "Borrower"),
            self.Column.DETAIL: QCoreApplication.translate("KeyHistoryModel", "Details"),
        }

    def text(self, row: KeyHistoryRow, column: Any) -> str:
        if column == self.Column.AT:
            return row.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if column == self.Column.WHAT:
            return code_words.event_names()[row.kind]
        if column == self.Column.WHO:
            return row.operator
        if column == self.Column.BORROWER:
            return row.borrower
        return history_detail(row, self._zone)


class CountTableModel(RowsTableModel[KeyRow]):
    """The keys expected in the cabinet, each ticked when seen (clicked, Space, or scanned)."""

    class Column(IntEnum):
        SEEN = 0
        TAG = 1
        LABEL = 2
        POSITION = 3

    ticked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._seen: set[uuid.UUID] = set()
        self._scanned: set[uuid.UUID] = set()

    def set_rows(self, rows: Sequence[KeyRow]) -> None:
        self._seen.clear()
        self._scanned.clear()
        super().set_rows(rows)
        self.ticked_changed.emit()

    def expected(self) -> int:
        return len(self._rows)

    def seen(self) -> set[uuid.UUID]:
        return set(self._seen)

    def row_of_tag(self, tag: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.tag == tag), -1)

    def tick(self, row: int, *, scanned: bool = False) -> None:
        key = self._rows[row]
        self._seen.add(key.id)
        if scanned:
            self._scanned.add(key.id)
        self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.Column) - 1))
        self.ticked_changed.emit()

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.SEEN: QCoreApplication.translate("CountTableModel", "Seen"),
            self.Column.TAG: QCoreApplication.translate("CountTableModel", "Tag"),
            self.Column.LABEL: QCoreApplication.translate("CountTableModel", "Key"),
            self.Column.POSITION: QCoreApplication.translate("CountTableModel", "Position"),
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.Column.SEEN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def text(self, row: KeyRow, column: Any) -> str:
        if column == self.Column.SEEN:
            return QCoreApplication.translate("CountTableModel", "scanned") if row.id in self._scanned else ""
        return {self.Column.TAG: row.tag, self.Column.LABEL: row.label, self.Column.POSITION: row.position}[column]

    def cell(self, row: KeyRow, column: Any, role: int) -> Any:
        if column != self.Column.SEEN:
            return super().cell(row, column, role)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self._seen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and row.id in self._scanned:
            return self.text(row, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.Column.SEEN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self._seen.add(key.id)
        else:
            self._seen.discard(key.id)
            self._scanned.discard(key.id)
        self._changed(index.row())
        return True
