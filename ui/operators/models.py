"""The operators table: one row per account, frozen rows from the service."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.operators import OperatorRow
from ui.code_words import role_name
from ui.widgets.table_models import RowsTableModel


class OperatorTableModel(RowsTableModel[OperatorRow]):
    class Column(IntEnum):
        NAME = 0
        USERNAME = 1
        ROLE = 2
        STATE = 3
        PIN = 4

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("OperatorTableModel", "Name"),
            self.Column.USERNAME: QCoreApplication.translate("OperatorTableModel", "User name"),
            self.Column.ROLE: QCoreApplication.translate("OperatorTableModel", "Role"),
            self.Column.STATE: QCoreApplication.translate("OperatorTableModel", "State"),
            self.Column.PIN: QCoreApplication.translate("OperatorTableModel", "PIN"),
        }

    def text(self, row: OperatorRow, column: Any) -> str:
        if column == self.Column.NAME:
            return row.display_name
        if column == self.Column.USERNAME:
            return row.username
        if column == self.Column.ROLE:
            return role_name(row.role)
        if column == self.Column.STATE:
            if not row.active:
                return QCoreApplication.translate("OperatorTableModel", "Disabled")
            if row.locked:
                return QCoreApplication.translate("OperatorTableModel", "Locked")
            return QCoreApplication.translate("OperatorTableModel", "Active")
        return QCoreApplication.translate("OperatorTableModel", "Set") if row.has_pin else "—"
