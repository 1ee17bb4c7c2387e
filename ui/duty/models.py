"""Table models of the duty pages: frozen rows from the services, one ``Column`` enum each.

Lists here are bounded by the services (a shift's log, a round's checkpoints, a page of incidents or
of handover history), so each model holds its rows; history pages through the service.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

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
from ui.widgets.table_models import RowsTableModel

R = TypeVar("R")
ATTENTION = QColor("#fff3cd")
DANGER = QColor("#f8d7da")
DONE = QColor("#d4edda")


def _time(value: datetime | None, zone: tzinfo, fmt: str = "%H:%M") -> str:
    return "" if value is None else value.astimezone(zone).strftime(fmt)


class DutyTableModel(RowsTableModel[R]):
    """A duty list: times shown in the site's zone, each cell's text repeated as its tooltip (long entries
    are cut off in the table)."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def tooltip(self, row: R, column: Any) -> str | None:
        return self.text(row, column) or None


class LogTableModel(DutyTableModel[LogEntryRow]):
    class Column(IntEnum):
        TIME = 0
        KIND = 1
        LOCATION = 2
        TEXT = 3
        AUTHOR = 4

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.TIME: QCoreApplication.translate("LogTableModel", "Time"),
            self.Column.KIND: QCoreApplication.translate("LogTableModel", "Kind"),
            self.Column.LOCATION: QCoreApplication.translate("LogTableModel", "Location"),
            self.Column.TEXT: QCoreApplication.translate("LogTableModel", "What happened"),
            self.Column.AUTHOR: QCoreApplication.translate("LogTableModel", "By"),
        }

    def text(self, row: LogEntryRow, column: Any) -> str:
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

    def background(self, row: LogEntryRow, column: Any) -> QColor | None:
        return ATTENTION if row.amended else None


class RoundTableModel(DutyTableModel[RoundCheckpointRow]):
    class Column(IntEnum):
        POSITION = 0
        CODE = 1
        NAME = 2
        REACHED = 3
        ANOMALY = 4

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.POSITION: QCoreApplication.translate("RoundTableModel", "No."),
            self.Column.CODE: QCoreApplication.translate("RoundTableModel", "Code"),
            self.Column.NAME: QCoreApplication.translate("RoundTableModel", "Checkpoint"),
            self.Column.REACHED: QCoreApplication.translate("RoundTableModel", "Reached"),
            self.Column.ANOMALY: QCoreApplication.translate("RoundTableModel", "Anomaly"),
        }

    def text(self, row: RoundCheckpointRow, column: Any) -> str:
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

    def background(self, row: RoundCheckpointRow, column: Any) -> QColor | None:
        if row.anomaly:
            return DANGER
        return DONE if row.reached else None


class WindowTableModel(DutyTableModel[CheckpointWindowRow]):
    class Column(IntEnum):
        WINDOW = 0
        ROUTE = 1
        CHECKPOINT = 2
        STATE = 3

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.WINDOW: QCoreApplication.translate("WindowTableModel", "Due"),
            self.Column.ROUTE: QCoreApplication.translate("WindowTableModel", "Route"),
            self.Column.CHECKPOINT: QCoreApplication.translate("WindowTableModel", "Checkpoint"),
            self.Column.STATE: QCoreApplication.translate("WindowTableModel", "State"),
        }

    def text(self, row: CheckpointWindowRow, column: Any) -> str:
        if column == self.Column.WINDOW:
            return f"{_time(row.window_start, self._zone)}–{_time(row.window_end, self._zone)}"
        if column == self.Column.ROUTE:
            return row.route_name
        if column == self.Column.CHECKPOINT:
            return f"{row.checkpoint.code} {row.checkpoint.name}"
        state = checkpoint_state_name(row.state)
        return f"{state} {_time(row.reached_at, self._zone)}".strip()

    def background(self, row: CheckpointWindowRow, column: Any) -> QColor | None:
        return {CheckpointState.MISSED: DANGER, CheckpointState.LATE: ATTENTION, CheckpointState.REACHED: DONE}.get(
            row.state
        )


class IncidentTableModel(DutyTableModel[IncidentRow]):
    class Column(IntEnum):
        NUMBER = 0
        TIME = 1
        CATEGORY = 2
        SEVERITY = 3
        SUMMARY = 4
        LOCATION = 5
        STATUS = 6

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NUMBER: QCoreApplication.translate("IncidentTableModel", "No."),
            self.Column.TIME: QCoreApplication.translate("IncidentTableModel", "Happened"),
            self.Column.CATEGORY: QCoreApplication.translate("IncidentTableModel", "Category"),
            self.Column.SEVERITY: QCoreApplication.translate("IncidentTableModel", "Severity"),
            self.Column.SUMMARY: QCoreApplication.translate("IncidentTableModel", "Summary"),
            self.Column.LOCATION: QCoreApplication.translate("IncidentTableModel", "Location"),
            self.Column.STATUS: QCoreApplication.translate("IncidentTableModel", "Status"),
        }

    def text(self, row: IncidentRow, column: Any) -> str:
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

    def background(self, row: IncidentRow, column: Any) -> QColor | None:
        if row.status.value == "closed":
            return None
        return DANGER if row.severity in (IncidentSeverity.HIGH, IncidentSeverity.CRITICAL) else ATTENTION


class HandoverItemTableModel(DutyTableModel[HandoverItemRow]):
    class Column(IntEnum):
        NUMBER = 0
        KIND = 1
        DETAILS = 2
        TIME = 3
        DECISION = 4

    def set_rows(self, rows: Sequence[HandoverItemRow]) -> None:
        self._labels = handover_sheet_labels()  # the words of the current language, once per load
        super().set_rows(rows)

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NUMBER: QCoreApplication.translate("HandoverItemTableModel", "No."),
            self.Column.KIND: QCoreApplication.translate("HandoverItemTableModel", "Matter"),
            self.Column.DETAILS: QCoreApplication.translate("HandoverItemTableModel", "Details"),
            self.Column.TIME: QCoreApplication.translate("HandoverItemTableModel", "Since / due"),
            self.Column.DECISION: QCoreApplication.translate("HandoverItemTableModel", "Incoming decision"),
        }

    def text(self, row: HandoverItemRow, column: Any) -> str:
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

    def background(self, row: HandoverItemRow, column: Any) -> QColor | None:
        return {
            Acknowledgement.ACCEPTED: DONE,
            Acknowledgement.QUERIED: ATTENTION,
            Acknowledgement.REFUSED: DANGER,
        }.get(row.ack)

    def tooltip(self, row: HandoverItemRow, column: Any) -> str | None:
        text = super().tooltip(row, column)
        hint = QCoreApplication.translate("HandoverItemTableModel", "Enter or double-click: open it on its page")
        return hint if not text else f"{text}\n{hint}"

    def bold(self, row: HandoverItemRow, column: Any) -> bool:
        return column == self.Column.DECISION and row.ack is Acknowledgement.PENDING


class HandoverHistoryTableModel(DutyTableModel[HandoverRow]):
    class Column(IntEnum):
        COMPILED = 0
        DESK = 1
        OUTGOING = 2
        INCOMING = 3
        STATUS = 4
        NOTE = 5

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.COMPILED: QCoreApplication.translate("HandoverHistoryModel", "Handed over"),
            self.Column.DESK: QCoreApplication.translate("HandoverHistoryModel", "Desk"),
            self.Column.OUTGOING: QCoreApplication.translate("HandoverHistoryModel", "Outgoing"),
            self.Column.INCOMING: QCoreApplication.translate("HandoverHistoryModel", "Incoming"),
            self.Column.STATUS: QCoreApplication.translate("HandoverHistoryModel", "Status"),
            self.Column.NOTE: QCoreApplication.translate("HandoverHistoryModel", "Note"),
        }

    def text(self, row: HandoverRow, column: Any) -> str:
        values: dict[int, Callable[[], str]] = {
            self.Column.COMPILED: lambda: _time(row.signed_at or row.compiled_at, self._zone, "%Y-%m-%d %H:%M"),
            self.Column.DESK: lambda: row.desk_name,
            self.Column.OUTGOING: lambda: row.outgoing_name,
            self.Column.INCOMING: lambda: row.incoming_name,
            self.Column.STATUS: lambda: handover_status_name(row.status),
            self.Column.NOTE: lambda: row.note.replace("\n", " "),
        }
        return values[column]()

    def background(self, row: HandoverRow, column: Any) -> QColor | None:
        return DANGER if row.status.value == "refused" else None


class ContactTableModel(DutyTableModel[ContactRow]):
    class Column(IntEnum):
        NAME = 0
        PHONE = 1
        NOTES = 2

    def headers(self) -> Mapping[int, str]:
        return {
            self.Column.NAME: QCoreApplication.translate("ContactTableModel", "Who"),
            self.Column.PHONE: QCoreApplication.translate("ContactTableModel", "Phone"),
            self.Column.NOTES: QCoreApplication.translate("ContactTableModel", "Notes"),
        }

    def text(self, row: ContactRow, column: Any) -> str:
        return (row.name, row.phone, row.notes)[column]
