"""The operators table: one row per account, frozen rows from the service."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.operators import OperatorRow
from ui.code_words import role_name

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    USERNAME = 1
    ROLE = 2
    STATE = 3
    PIN = 4


class OperatorTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OperatorRow] = []

    def set_rows(self, rows: list[OperatorRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> OperatorRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            Column.NAME: QCoreApplication.translate("OperatorTableModel", "Name"),
            Column.USERNAME: QCoreApplication.translate("OperatorTableModel", "User name"),
            Column.ROLE: QCoreApplication.translate("OperatorTableModel", "Role"),
            Column.STATE: QCoreApplication.translate("OperatorTableModel", "State"),
            Column.PIN: QCoreApplication.translate("OperatorTableModel", "PIN"),
        }
        return headers.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.NAME:
            return row.display_name
        if column == Column.USERNAME:
            return row.username
        if column == Column.ROLE:
            return role_name(row.role)
        if column == Column.STATE:
            if not row.active:
                return QCoreApplication.translate("OperatorTableModel", "Disabled")
            if row.locked:
                return QCoreApplication.translate("OperatorTableModel", "Locked")
            return QCoreApplication.translate("OperatorTableModel", "Active")
        return QCoreApplication.translate("OperatorTableModel", "Set") if row.has_pin else "—"
