"""Table models of the key register: keys and loans fetched a page at a time from the service (sorted
and filtered in SQL), a key's history, and the tick list of a key count."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.keys.policy import LIST_PAGE
from app.keys.rows import KeyEventKind, KeyHistoryRow, KeyQuery, KeyRow, KeyStatus, LoanRow
from app.keys.service import KeyService
from ui import error_words
from ui.keys import code_words

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
OVERDUE_BACKGROUND = QColor("#fde2e0")
OVERDUE_TEXT = QColor("#8c1d18")
INACTIVE_TEXT = QColor("#6b6b6b")
SHORT_TIME = "%m-%d %H:%M"


def short_time(instant: datetime | None, zone: tzinfo) -> str:
    return "" if instant is None else instant.astimezone(zone).strftime(SHORT_TIME)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows fetched from a service a page at a time as the view scrolls (``canFetchMore``)."""

    def __init__(self, columns: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[T] = []
        self._total = 0

    # subclasses: how many rows there are, and one page of them
    def _count(self) -> int:
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int) -> list[T]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._fetch(0, LIST_PAGE) if self._total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._fetch(len(self._rows), LIST_PAGE)
        if not page:
            self._total = len(self._rows)  # the list shrank meanwhile (another desk)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _header(self, section: int, orientation: Qt.Orientation, role: int, titles: Sequence[str]) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return titles[section] if 0 <= section < len(titles) else None


class KeyColumn(IntEnum):
    TAG = 0
    LABEL = 1
    CLASS = 2
    POSITION = 3
    STATUS = 4
    BORROWER = 5
    DUE = 6


def key_status_text(key: KeyRow) -> str:
    if key.overdue and key.loan is not None:
        return QCoreApplication.translate("KeyTableModel", "Overdue {late}").format(
            late=code_words.late_text(key.loan.late_minutes)
        )
    if key.ring is not None and key.status is KeyStatus.IN:
        return QCoreApplication.translate("KeyTableModel", "On ring {ring}").format(ring=key.ring.tag)
    return code_words.status_names()[key.status]


class KeyTableModel(PagedTableModel[KeyRow]):
    def __init__(self, keys: KeyService, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(len(KeyColumn), parent)
        self._keys = keys
        self._zone = zone
        self.query = KeyQuery()
        self._class_names: dict[str, str] = {}

    def _count(self) -> int:
        self._class_names = code_words.class_names(self._keys.classes())
        return self._keys.count_keys(self.query)

    def _fetch(self, offset: int, limit: int) -> list[KeyRow]:
        return self._keys.find_keys(self.query, offset, limit)

    def set_query(self, query: KeyQuery) -> None:
        self.query = query
        self.reload()

    def row_of(self, key_id: uuid.UUID) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == key_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = (
            QCoreApplication.translate("KeyTableModel", "Tag"),
            QCoreApplication.translate("KeyTableModel", "Key"),
            QCoreApplication.translate("KeyTableModel", "Class"),
            QCoreApplication.translate("KeyTableModel", "Position"),
            QCoreApplication.translate("KeyTableModel", "Status"),
            QCoreApplication.translate("KeyTableModel", "Borrower"),
            QCoreApplication.translate("KeyTableModel", "Due back"),
        )
        return self._header(section, orientation, role, titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._rows[index.row()]
        column = KeyColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, column)
        if role == Qt.ItemDataRole.BackgroundRole and key.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key.overdue:
                return QBrush(OVERDUE_TEXT)
            if key.status in (KeyStatus.LOST, KeyStatus.RETIRED):
                return QBrush(INACTIVE_TEXT)
        if role == Qt.ItemDataRole.FontRole and key.overdue and column == KeyColumn.STATUS:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == KeyColumn.LABEL:
            return " / ".join(p for p in (key.opens_text, key.unit_label, key.notes) if p) or None
        return None

    def _text(self, key: KeyRow, column: KeyColumn) -> str:
        loan = key.loan
        if column == KeyColumn.TAG:
            return key.tag
        if column == KeyColumn.LABEL:
            return f"{key.label} ({len(key.members)})" if key.is_ring else key.label
        if column == KeyColumn.CLASS:
            return self._class_names.get(key.key_class, key.key_class)
        if column == KeyColumn.POSITION:
            return key.position
        if column == KeyColumn.STATUS:
            return key_status_text(key)
        if column == KeyColumn.BORROWER:
            return loan.borrower.name if loan else ""
        return short_time(loan.due_at, self._zone) if loan else ""


class LoanColumn(IntEnum):
    TAG = 0
    KEY = 1
    BORROWER = 2
    ISSUED = 3
    DUE = 4
    RETURNED = 5
    LATE = 6
    STATE = 7


class LoanTableModel(PagedTableModel[LoanRow]):
    """Loans issued or closed in a date range (the transactions list)."""

    def __init__(self, keys: KeyService, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(len(LoanColumn), parent)
        self._keys = keys
        self._zone = zone
        self.start: datetime | None = None
        self.end: datetime | None = None

    def set_range(self, start: datetime, end: datetime) -> None:
        self.start, self.end = start, end
        self.reload()

    def _count(self) -> int:
        if self.start is None or self.end is None:
            return 0
        return self._keys.count_transactions(self.start, self.end)

    def _fetch(self, offset: int, limit: int) -> list[LoanRow]:
        if self.start is None or self.end is None:
            return []
        return self._keys.transactions(self.start, self.end, offset, limit)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = (
            QCoreApplication.translate("LoanTableModel", "Tag"),
            QCoreApplication.translate("LoanTableModel", "Key"),
            QCoreApplication.translate("LoanTableModel", "Borrower"),
            QCoreApplication.translate("LoanTableModel", "Issued"),
            QCoreApplication.translate("LoanTableModel", "Due back"),
            QCoreApplication.translate("LoanTableModel", "Returned"),
            QCoreApplication.translate("LoanTableModel", "Late"),
            QCoreApplication.translate("LoanTableModel", "State"),
        )
        return self._header(section, orientation, role, titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        loan = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and loan.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and loan.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = LoanColumn(index.column())
        values: dict[LoanColumn, Callable[[], str]] = {
            LoanColumn.TAG: lambda: loan.key_tag,
            LoanColumn.KEY: lambda: loan.key_label,
            LoanColumn.BORROWER: lambda: loan.borrower.name,
            LoanColumn.ISSUED: lambda: short_time(loan.issued_at, self._zone),
            LoanColumn.DUE: lambda: short_time(loan.due_at, self._zone),
            LoanColumn.RETURNED: lambda: short_time(loan.closed_at, self._zone),
            LoanColumn.LATE: lambda: code_words.late_text(loan.late_minutes) if loan.late_minutes else "",
            LoanColumn.STATE: lambda: code_words.loan_state_names()[loan.state],
        }
        return values[column]()


class HistoryColumn(IntEnum):
    AT = 0
    WHAT = 1
    WHO = 2
    BORROWER = 3
    DETAIL = 4


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


class KeyHistoryModel(QAbstractTableModel):
    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[KeyHistoryRow] = []

    def set_rows(self, rows: Sequence[KeyHistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> KeyHistoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("KeyHistoryModel", "When"),
            QCoreApplication.translate("KeyHistoryModel", "What"),
            QCoreApplication.translate("KeyHistoryModel", "By"),
            QCoreApplication.translate("KeyHistoryModel", "Borrower"),
            QCoreApplication.translate("KeyHistoryModel", "Details"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if column == HistoryColumn.AT:
            return row.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if column == HistoryColumn.WHAT:
            return code_words.event_names()[row.kind]
        if column == HistoryColumn.WHO:
            return row.operator
        if column == HistoryColumn.BORROWER:
            return row.borrower
        return history_detail(row, self._zone)


class CountColumn(IntEnum):
    SEEN = 0
    TAG = 1
    LABEL = 2
    POSITION = 3


class CountTableModel(QAbstractTableModel):
    """The keys expected in the cabinet, each ticked when seen (clicked, Space, or scanned)."""

    ticked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KeyRow] = []
        self._seen: set[uuid.UUID] = set()
        self._scanned: set[uuid.UUID] = set()

    def set_rows(self, rows: Sequence[KeyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._seen.clear()
        self._scanned.clear()
        self.endResetModel()
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
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(CountColumn) - 1))
        self.ticked_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CountColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("CountTableModel", "Seen"),
            QCoreApplication.translate("CountTableModel", "Tag"),
            QCoreApplication.translate("CountTableModel", "Key"),
            QCoreApplication.translate("CountTableModel", "Position"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == CountColumn.SEEN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._rows[index.row()]
        column = CountColumn(index.column())
        if column == CountColumn.SEEN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if key.id in self._seen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole and key.id in self._scanned:
                return QCoreApplication.translate("CountTableModel", "scanned")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {CountColumn.TAG: key.tag, CountColumn.LABEL: key.label, CountColumn.POSITION: key.position}[column]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CountColumn.SEEN or role != Qt.ItemDataRole.CheckStateRole:
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
