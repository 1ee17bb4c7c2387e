"""Table models of the duty pages: frozen rows from the services, one ``Column`` enum each.

Lists here are bounded by the services (a shift's log, a round's checkpoints, a page of incidents or
of handover history), so each model holds its rows; history pages through the service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.duty.common import Acknowledgement, CheckpointState, IncidentSeverity
from app.duty.handover import HandoverItemRow, HandoverRow
from app.duty.incidents import ContactRow, IncidentRow
from app.duty.log import LogEntryRow
from app.duty.patrols import CheckpointWindowRow, RoundCheckpointRow
from app.duty.sheet import item_details, item_times
from ui.duty.code_words import (
    ack_name,
    category_name,
    checkpoint_state_name,
    handover_sheet_labels,
    handover_status_name,
    incident_status_name,
    item_kind_name,
    log_kind_name,
    severity_name,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ATTENTION = QColor("#fff3cd")
DANGER = QColor("#f8d7da")
DONE = QColor("#d4edda")


def _time(value: datetime | None, zone: tzinfo, fmt: str = "%H:%M") -> str:
    return "" if value is None else value.astimezone(zone).strftime(fmt)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one frozen dataclass; subclasses give the columns, texts and colours."""

    columns: type[IntEnum]

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.headers().get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, index.column()) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.colour(row)
            return None if colour is None else QBrush(colour)
        return None

    def headers(self) -> dict[int, str]:
        raise NotImplementedError

    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def colour(self, row: R) -> QColor | None:
        return None


class LogTableModel(RowsModel[LogEntryRow]):
    class Column(IntEnum):
        TIME = 0
        KIND = 1
        LOCATION = 2
        TEXT = 3
        AUTHOR = 4

    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            self.Column.TIME: QCoreApplication.translate("LogTableModel", "Time"),
            self.Column.KIND: QCoreApplication.translate("LogTableModel", "Kind"),
            self.Column.LOCATION: QCoreApplication.translate("LogTableModel", "Location"),
            self.Column.TEXT: QCoreApplication.translate("LogTableModel", "What happened"),
            self.Column.AUTHOR: QCoreApplication.translate("LogTableModel", "By"),
        }

    def text(self, row: LogEntryRow, column: int) -> str:
        if column == self.Column.TIME:
            return _time(row.at, self._zone)
        if column == self.Column.KIND:
            return log_kind_name(row.kind)
        if column == self.Column.LOCATION:
            return row.location
        if column == self.Column.TEXT:
            lines = [row.text]
            if row.amended:
                lines.append(
                    QCoreApplication.translate("LogTableModel", "Original: {text}").format(text=row.original_text)
                )
            for a in row.amendments:
                lines.append(
                    QCoreApplication.translate("LogTableModel", "Amended {time} by {name}: {reason}").format(
                        time=_time(a.at, self._zone, "%m-%d %H:%M"), name=a.author_name, reason=a.reason
                    )
                )
            if row.attachments:
                lines.append(
                    QCoreApplication.translate("LogTableModel", "Files: {names}").format(
                        names=", ".join(f.file_name for f in row.attachments)
                    )
                )
            if row.work_orders:
                lines.append(
                    QCoreApplication.translate("LogTableModel", "Work order: {numbers}").format(
                        numbers=", ".join(link.number for link in row.work_orders)
                    )
                )
            return "\n".join(lines)
        return row.author_name

    def colour(self, row: LogEntryRow) -> QColor | None:
        return ATTENTION if row.amended else None


class RoundTableModel(RowsModel[RoundCheckpointRow]):
    class Column(IntEnum):
        POSITION = 0
        CODE = 1
        NAME = 2
        REACHED = 3
        ANOMALY = 4

    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            self.Column.POSITION: QCoreApplication.translate("RoundTableModel", "No."),
            self.Column.CODE: QCoreApplication.translate("RoundTableModel", "Code"),
            self.Column.NAME: QCoreApplication.translate("RoundTableModel", "Checkpoint"),
            self.Column.REACHED: QCoreApplication.translate("RoundTableModel", "Reached"),
            self.Column.ANOMALY: QCoreApplication.translate("RoundTableModel", "Anomaly"),
        }

    def text(self, row: RoundCheckpointRow, column: int) -> str:
        point = row.checkpoint
        if column == self.Column.POSITION:
            return str(point.position)
        if column == self.Column.CODE:
            return point.code
        if column == self.Column.NAME:
            return f"{point.name} ({point.location})" if point.location else point.name
        if column == self.Column.REACHED:
            if row.reached_at is None:
                return "—"
            how = (
                QCoreApplication.translate("RoundTableModel", "scanned")
                if row.method and row.method.value == "scan"
                else QCoreApplication.translate("RoundTableModel", "ticked")
            )
            return f"✔ {_time(row.reached_at, self._zone)} {how}"
        return row.anomaly

    def colour(self, row: RoundCheckpointRow) -> QColor | None:
        if row.anomaly:
            return DANGER
        return DONE if row.reached else None


class WindowTableModel(RowsModel[CheckpointWindowRow]):
    class Column(IntEnum):
        WINDOW = 0
        ROUTE = 1
        CHECKPOINT = 2
        STATE = 3

    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            self.Column.WINDOW: QCoreApplication.translate("WindowTableModel", "Due"),
            self.Column.ROUTE: QCoreApplication.translate("WindowTableModel", "Route"),
            self.Column.CHECKPOINT: QCoreApplication.translate("WindowTableModel", "Checkpoint"),
            self.Column.STATE: QCoreApplication.translate("WindowTableModel", "State"),
        }

    def text(self, row: CheckpointWindowRow, column: int) -> str:
        if column == self.Column.WINDOW:
            return f"{_time(row.window_start, self._zone)}–{_time(row.window_end, self._zone)}"
        if column == self.Column.ROUTE:
            return row.route_name
        if column == self.Column.CHECKPOINT:
            return f"{row.checkpoint.code} {row.checkpoint.name}"
        state = checkpoint_state_name(row.state)
        return f"{state} {_time(row.reached_at, self._zone)}".strip()

    def colour(self, row: CheckpointWindowRow) -> QColor | None:
        return {CheckpointState.MISSED: DANGER, CheckpointState.LATE: ATTENTION, CheckpointState.REACHED: DONE}.get(
            row.state
        )


class IncidentTableModel(RowsModel[IncidentRow]):
    class Column(IntEnum):
        NUMBER = 0
        TIME = 1
        CATEGORY = 2
        SEVERITY = 3
        SUMMARY = 4
        LOCATION = 5
        STATUS = 6

    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            self.Column.NUMBER: QCoreApplication.translate("IncidentTableModel", "No."),
            self.Column.TIME: QCoreApplication.translate("IncidentTableModel", "Happened"),
            self.Column.CATEGORY: QCoreApplication.translate("IncidentTableModel", "Category"),
            self.Column.SEVERITY: QCoreApplication.translate("IncidentTableModel", "Severity"),
            self.Column.SUMMARY: QCoreApplication.translate("IncidentTableModel", "Summary"),
            self.Column.LOCATION: QCoreApplication.translate("IncidentTableModel", "Location"),
            self.Column.STATUS: QCoreApplication.translate("IncidentTableModel", "Status"),
        }

    def text(self, row: IncidentRow, column: int) -> str:
        values: dict[int, Callable[[], str]] = {
            self.Column.NUMBER: lambda: row.number,
            self.Column.TIME: lambda: _time(row.occurred_at, self._zone, "%m-%d %H:%M"),
            self.Column.CATEGORY: lambda: category_name(row.category),
            self.Column.SEVERITY: lambda: severity_name(row.severity),
            self.Column.SUMMARY: lambda: row.summary,
            self.Column.LOCATION: lambda: row.location,
            self.Column.STATUS: lambda: incident_status_name(row.status),
        }
        return values[column]()

    def colour(self, row: IncidentRow) -> QColor | None:
        if row.status.value == "closed":
            return None
        return DANGER if row.severity in (IncidentSeverity.HIGH, IncidentSeverity.CRITICAL) else ATTENTION


class HandoverItemTableModel(RowsModel[HandoverItemRow]):
    class Column(IntEnum):
        NUMBER = 0
        KIND = 1
        DETAILS = 2
        TIME = 3
        DECISION = 4

    columns = Column

    def set_rows(self, rows: Sequence[HandoverItemRow]) -> None:
        self._labels = handover_sheet_labels()  # the words of the current language, once per load
        super().set_rows(rows)

    def headers(self) -> dict[int, str]:
        return {
            self.Column.NUMBER: QCoreApplication.translate("HandoverItemTableModel", "No."),
            self.Column.KIND: QCoreApplication.translate("HandoverItemTableModel", "Matter"),
            self.Column.DETAILS: QCoreApplication.translate("HandoverItemTableModel", "Details"),
            self.Column.TIME: QCoreApplication.translate("HandoverItemTableModel", "Since / due"),
            self.Column.DECISION: QCoreApplication.translate("HandoverItemTableModel", "Incoming decision"),
        }

    def text(self, row: HandoverItemRow, column: int) -> str:
        labels = getattr(self, "_labels", None) or handover_sheet_labels()
        if column == self.Column.NUMBER:
            return str(row.position)
        if column == self.Column.KIND:  # the mark of the one severity scale (app/severity.py), as on paper
            return f"{row.severity.mark} {item_kind_name(row.kind)}"
        if column == self.Column.DETAILS:
            return item_details(row, labels)
        if column == self.Column.TIME:
            return item_times(row, labels, self._zone)
        decision = ack_name(row.ack)
        return f"{decision}: {row.ack_comment}" if row.ack_comment else decision

    def colour(self, row: HandoverItemRow) -> QColor | None:
        return {
            Acknowledgement.ACCEPTED: DONE,
            Acknowledgement.QUERIED: ATTENTION,
            Acknowledgement.REFUSED: DANGER,
        }.get(row.ack)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            text = super().data(index, role)
            hint = QCoreApplication.translate("HandoverItemTableModel", "Enter or double-click: open it on its page")
            return hint if not text else f"{text}\n{hint}"
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.Column.DECISION:
            row = self.row_at(index.row())
            if row is not None and row.ack is Acknowledgement.PENDING:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class HandoverHistoryModel(RowsModel[HandoverRow]):
    class Column(IntEnum):
        COMPILED = 0
        DESK = 1
        OUTGOING = 2
        INCOMING = 3
        STATUS = 4
        NOTE = 5

    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            self.Column.COMPILED: QCoreApplication.translate("HandoverHistoryModel", "Handed over"),
            self.Column.DESK: QCoreApplication.translate("HandoverHistoryModel", "Desk"),
            self.Column.OUTGOING: QCoreApplication.translate("HandoverHistoryModel", "Outgoing"),
            self.Column.INCOMING: QCoreApplication.translate("HandoverHistoryModel", "Incoming"),
            self.Column.STATUS: QCoreApplication.translate("HandoverHistoryModel", "Status"),
            self.Column.NOTE: QCoreApplication.translate("HandoverHistoryModel", "Note"),
        }

    def text(self, row: HandoverRow, column: int) -> str:
        values: dict[int, Callable[[], str]] = {
            self.Column.COMPILED: lambda: _time(row.signed_at or row.compiled_at, self._zone, "%Y-%m-%d %H:%M"),
            self.Column.DESK: lambda: row.desk_name,
            self.Column.OUTGOING: lambda: row.outgoing_name,
            self.Column.INCOMING: lambda: row.incoming_name,
            self.Column.STATUS: lambda: handover_status_name(row.status),
            self.Column.NOTE: lambda: row.note.replace("\n", " "),
        }
        return values[column]()

    def colour(self, row: HandoverRow) -> QColor | None:
        return DANGER if row.status.value == "refused" else None


class ContactTableModel(RowsModel[ContactRow]):
    class Column(IntEnum):
        NAME = 0
        PHONE = 1
        NOTES = 2

    columns = Column

    def headers(self) -> dict[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("ContactTableModel", "Who"),
            self.Column.PHONE: QCoreApplication.translate("ContactTableModel", "Phone"),
            self.Column.NOTES: QCoreApplication.translate("ContactTableModel", "Notes"),
        }

    def text(self, row: ContactRow, column: int) -> str:
        return (row.name, row.phone, row.notes)[column]
