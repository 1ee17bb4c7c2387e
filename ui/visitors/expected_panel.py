"""Today's expected visitors (預約): check one in with one action, register a new one, cancel one.

An expected visitor whose registration lacks what their type requires (an ID check, a phone…), or
who matches the watchlist, goes into the check-in form to be completed there.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.bundles import ListExportServices
from app.changes import Changes, changes_of
from app.clock import day_bounds
from app.directory import DirectoryService
from app.errors import Conflict, GatehouseError, ValidationError, ValidationErrors
from app.exports.registry import ExportFilter, ExportKind
from app.visitors.checks import MAX_COMPANIONS
from app.visitors.expected import ExpectedVisitService
from app.visitors.model import CheckInFields, ExpectedStatus, ExpectedVisitFields, ExpectedVisitRow
from app.visitors.visits import WATCHLIST_HIT, VisitService
from ui.session import OperatorSession
from ui.visitors.code_words import type_name
from ui.visitors.models import ExpectedTableModel
from ui.visitors.widgets import FormDialog, UnitPicker, open_dialog, read_only_table, selected_row
from ui.widgets.base import TranslatableWidget
from ui.widgets.export_button import ExportButton, Relay


class ExpectedVisitDialog(FormDialog[ExpectedVisitFields]):
    """Register a visitor expected on a day (a clerk on the phone, or the guard for a resident)."""

    registered = Signal(object)  # ExpectedVisitRow

    def __init__(
        self,
        expected: ExpectedVisitService,
        visitors: VisitService,
        directory: DirectoryService,
        session: OperatorSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("expectedVisitDialog")
        self._expected = expected
        self._session = session
        self.day = QDateEdit()
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = expected.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.name = QLineEdit()
        self.visitor_type = QComboBox()
        for kind in visitors.types():
            if kind.active:
                self.visitor_type.addItem(type_name(kind), kind.code)
        self.phone = QLineEdit()
        self.unit = UnitPicker(directory)
        self.purpose = QLineEdit()
        self.plate = QLineEdit()
        self.companions = QSpinBox()
        self.companions.setRange(0, MAX_COMPANIONS)
        self.notes = QLineEdit()
        self.add_rows(
            [
                ("expected_on", self.day),
                ("name", self.name),
                ("visitor_type", self.visitor_type),
                ("phone", self.phone),
                ("unit", self.unit),
                ("purpose", self.purpose),
                ("plate", self.plate),
                ("companions", self.companions),
                ("notes", self.notes),
            ]
        )
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register an expected visitor"))
        self.set_labels(
            {
                "expected_on": self.tr("&Day"),
                "name": self.tr("&Name *"),
                "visitor_type": self.tr("&Type *"),
                "phone": self.tr("&Phone"),
                "unit": self.tr("&Unit"),
                "purpose": self.tr("Pu&rpose"),
                "plate": self.tr("P&late"),
                "companions": self.tr("&Companions"),
                "notes": self.tr("N&otes"),
            }
        )

    def values(self) -> ExpectedVisitFields:
        day = self.day.date()
        return ExpectedVisitFields(
            expected_on=date(day.year(), day.month(), day.day()),
            name=self.name.text(),
            visitor_type=str(self.visitor_type.currentData() or ""),
            phone=self.phone.text(),
            unit_id=self.unit.unit_id,
            purpose=self.purpose.text(),
            plate=self.plate.text(),
            companions=self.companions.value(),
            notes=self.notes.text(),
        )

    def submit(self, values: ExpectedVisitFields, accepted: tuple[str, ...]) -> None:
        unit_error = self.unit.resolve()
        if unit_error is not None:
            raise unit_error
        self.registered.emit(self._expected.register(self._session.actor, self.values(), accepted=accepted))


class ExpectedPanel(TranslatableWidget):
    notice = Signal(str)
    failed = Signal(object)
    changed = Signal(Changes)  # what an operation here changed
    complete_requested = Signal(object, str, object)  # CheckInFields, unit label, the error to show

    def __init__(
        self,
        expected: ExpectedVisitService,
        visitors: VisitService,
        directory: DirectoryService,
        session: OperatorSession,
        zone: tzinfo,
        parent: QWidget | None = None,
        *,
        exports: ListExportServices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("expectedPanel")
        self._expected = expected
        self._visitors = visitors
        self._directory = directory
        self._session = session
        self._zone = zone
        self.model = ExpectedTableModel(self)
        self.table = read_only_table(self.model, "expectedTable", stretch=ExpectedTableModel.Column.NOTES)
        self.check_in_button = QPushButton()
        self.check_in_button.setProperty("role", "primary")
        self.register_button = QPushButton()
        self.cancel_button = QPushButton()
        self.dialog: ExpectedVisitDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        self.export_button: ExportButton | None = None
        if exports is not None:
            relay = Relay(self.notice.emit, self.failed.emit)
            self.export_button = ExportButton(exports, session, ExportKind.EXPECTED, self.export_filter, relay)
            buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.check_in_button.clicked.connect(self._on_check_in_button_clicked)
        self.table.doubleClicked.connect(self._on_check_in_button_clicked)
        self.register_button.clicked.connect(self._on_register_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def retranslate(self) -> None:
        self.check_in_button.setText(self.tr("Check &in"))
        self.register_button.setText(self.tr("&Register…"))
        self.cancel_button.setText(self.tr("Cancel booking"))
        self.model.retranslate_headers()

    def export_filter(self) -> ExportFilter:
        """Today's expected visitors, as listed."""
        start, end = day_bounds(self._expected.today(), self._zone)
        return ExportFilter(start, end)

    def refresh(self) -> None:
        try:
            rows = self._expected.for_day()
            types = self._visitors.types()
        except GatehouseError as error:
            self.failed.emit(error)
            return
        self.model.types = types
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    def waiting(self) -> int:
        return self.model.waiting()

    def selected(self) -> ExpectedVisitRow | None:
        return selected_row(self.table, self.model)

    def _on_check_in_button_clicked(self) -> None:
        row = self.selected()
        if row is None or row.status is not ExpectedStatus.EXPECTED:
            return
        try:
            fields: CheckInFields = self._expected.check_in_fields(row.id)
            visit = self._visitors.check_in(self._session.actor, fields)
        except (ValidationError, ValidationErrors) as error:
            self.complete_requested.emit(self._expected.check_in_fields(row.id), row.unit_label, error)
            return
        except Conflict as conflict:
            if conflict.reason == WATCHLIST_HIT:
                self.complete_requested.emit(fields, row.unit_label, None)  # the form's flow shows the alert
                return
            self.failed.emit(conflict)
            return
        except GatehouseError as error:
            self.failed.emit(error)
            return
        self.notice.emit(self.tr("{name} checked in ({code}).").format(name=visit.name, code=visit.code))
        self.changed.emit(changes_of(self._visitors.check_in))
        self.refresh()

    def _on_register_button_clicked(self) -> None:
        dialog = ExpectedVisitDialog(self._expected, self._visitors, self._directory, self._session, self)
        dialog.registered.connect(self._on_dialog_registered)
        open_dialog(dialog, self._keep_dialog)

    def _keep_dialog(self, dialog: object) -> None:
        self.dialog = dialog if isinstance(dialog, ExpectedVisitDialog) else None

    def _on_dialog_registered(self, row: ExpectedVisitRow) -> None:
        self.notice.emit(self.tr("{name} is expected on {day}.").format(name=row.name, day=row.expected_on.isoformat()))
        self.changed.emit(changes_of(self._expected.register))
        self.refresh()

    def _on_cancel_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self._expected.cancel(self._session.actor, row.id)
        except GatehouseError as error:
            self.failed.emit(error)
            return
        self.changed.emit(changes_of(self._expected.cancel))
        self.refresh()
