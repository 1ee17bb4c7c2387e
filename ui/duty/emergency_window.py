"""Emergency contacts and the emergency plan (應急預案) of each incident category: a window that F1
opens from any page, that stays open beside the work (non-modal), editable by a supervisor (in place,
with a PIN) and printable."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.duty.common import EDIT_EMERGENCY
from app.duty.incidents import PlanRow
from app.duty.sheet import emergency_sheet_pdf
from app.errors import GatehouseError
from app.permissions import Approval
from ui.duty.code_words import category_name, emergency_sheet_labels
from ui.duty.common import preview, print_context, table_view
from ui.duty.models import ContactTableModel
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner, FieldError, FormErrors

if TYPE_CHECKING:
    from app.bundles import DutyServices


class EmergencyWindow(TranslatableWidget):
    def __init__(
        self,
        services: DutyServices,
        session: OperatorSession,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("emergencyWindow")
        self._services = services
        self._incidents = services.incidents
        self._session = session
        self._clock = clock
        self._zone = zone
        self._plans: dict[str, PlanRow] = {}
        self.banner = Banner()
        self._contacts_label = QLabel()
        self._contacts_label.setObjectName("panelTitle")
        self.contacts = ContactTableModel(zone, self)
        self.table = table_view(self.contacts, stretch=ContactTableModel.Column.NOTES)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QLineEdit()
        self.add_button = QPushButton()
        self.save_button = QPushButton()
        self.retire_button = QPushButton()
        self.category = QComboBox()
        self.plan = QPlainTextEdit()
        self.save_plan_button = QPushButton()
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        self.errors = FormErrors()
        edit = QFormLayout()
        self._edit_label = QLabel()
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.phone, self.notes):
            row_layout.addWidget(widget, 1)
        for button in (self.add_button, self.save_button, self.retire_button):
            row_layout.addWidget(button)
        self.errors.add_row(edit, self._edit_label, "contact_name", row)
        self.errors.alias("phone", "contact_name")
        self.errors.alias("contact_notes", "contact_name")
        plan_head = QHBoxLayout()
        self._plan_label = QLabel()
        self._plan_label.setObjectName("panelTitle")
        plan_head.addWidget(self._plan_label)
        plan_head.addWidget(self.category, 1)
        plan_head.addWidget(self.save_plan_button)
        self._plan_error = FieldError()
        self.errors.register("steps", self.plan, self._plan_error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._contacts_label)
        layout.addWidget(self.table, 2)
        layout.addLayout(edit)
        layout.addLayout(plan_head)
        layout.addWidget(self.plan, 3)
        layout.addWidget(self._plan_error)
        layout.addLayout(bottom)
        self.resize(760, 620)
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.add_button.clicked.connect(lambda: self._save_contact(new=True))
        self.save_button.clicked.connect(lambda: self._save_contact(new=False))
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.category.currentIndexChanged.connect(self._on_category_current_index_changed)
        self.save_plan_button.clicked.connect(self._on_save_plan_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.close)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency contacts and plans (F1)"))
        self._contacts_label.setText(self.tr("Emergency contacts"))
        self._edit_label.setText(self.tr("Contact"))
        self.name.setPlaceholderText(self.tr("Who"))
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.add_button.setText(self.tr("Add"))
        self.save_button.setText(self.tr("Save changes"))
        self.retire_button.setText(self.tr("Remove"))
        self._plan_label.setText(self.tr("Emergency plan for"))
        self.save_plan_button.setText(self.tr("Save plan"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        try:
            categories = self._incidents.categories()
        except GatehouseError as error:
            self.banner.show_error(error)
            categories = []
        for category in categories:
            self.category.addItem(category_name(category), category.code)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def refresh(self) -> None:
        try:
            self.contacts.set_rows(self._incidents.contacts())
            self._plans = self._incidents.plans()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._on_category_current_index_changed(self.category.currentIndex())

    def show_category(self, code: str) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(code)))

    def _on_category_current_index_changed(self, _index: int) -> None:
        plan = self._plans.get(self.category.currentData() or "")
        self.plan.setPlainText(plan.steps if plan else "")
        self.plan.setPlaceholderText(self.tr("No plan written yet. A supervisor can write the steps here."))

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.contacts.row_at(current.row())
        if row is not None:
            self.name.setText(row.name)
            self.phone.setText(row.phone)
            self.notes.setText(row.notes)

    def _approved(self, action: object, done: object) -> None:
        self.errors.clear()

        def failed(error: GatehouseError) -> None:
            if not self.errors.show(error):
                self.banner.show_error(error)

        s = self._services
        call_with_approval(self, s.auth, s.operators, self._session, EDIT_EMERGENCY, action, done, failed)  # type: ignore[arg-type]

    def _save_contact(self, *, new: bool) -> None:
        selected = self.contacts.row_at(self.table.currentIndex().row())
        contact_id = None if new or selected is None else selected.id

        def save(approval: Approval | None) -> object:
            return self._incidents.save_contact(
                self._session.actor, contact_id, self.name.text(), self.phone.text(), self.notes.text(), approval
            )

        def done(_row: object) -> None:
            for field in (self.name, self.phone, self.notes):
                field.clear()
            self.banner.notice(self.tr("Emergency contacts saved."))
            self.refresh()

        self._approved(save, done)

    def _on_retire_button_clicked(self) -> None:
        selected = self.contacts.row_at(self.table.currentIndex().row())
        if selected is None:
            return
        self._approved(
            lambda approval: self._incidents.retire_contact(self._session.actor, selected.id, approval),
            lambda _none: self.refresh(),
        )

    def _on_save_plan_button_clicked(self) -> None:
        category = self.category.currentData()
        if category is None:
            return

        def done(_row: object) -> None:
            self.banner.notice(self.tr("Emergency plan saved."))
            self.refresh()

        self._approved(
            lambda approval: self._incidents.save_plan(
                self._session.actor, category, self.plan.toPlainText(), approval
            ),
            done,
        )

    def _on_print_button_clicked(self) -> None:
        categories = self._incidents.categories()
        labels = emergency_sheet_labels(categories)
        ctx = print_context(self._services, self._session, self._clock, self._zone)
        pdf = emergency_sheet_pdf(self.contacts.rows(), self._plans, [c.code for c in categories], labels, ctx)
        preview(self, pdf, labels.title)
