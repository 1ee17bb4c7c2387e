"""Settings of the visitor log: visitor types and the ID policy (administrators), and this desk's
slips (paper, print at check-in)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthService
from app.errors import GatehouseError
from app.operators import OperatorService
from app.permissions import EDIT_DESK_SETTINGS
from app.settings import SettingSpec, SettingsService
from app.visitors.model import FormField, IdPolicy
from app.visitors.slips import SLIP_AT_CHECK_IN, SLIP_PAPER, SlipPaper
from app.visitors.types import ID_POLICY, MAX_MINUTES, MAX_TYPES, VISITOR_TYPES, id_policy, visitor_types
from ui import error_words
from ui.app_events import AppEvents
from ui.session import OperatorSession
from ui.visitors.code_words import builtin_type_name, id_policy_name
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner

ACTIVE_COLUMN, NAME_COLUMN, MINUTES_COLUMN = 0, 1, 2
FIELD_COLUMNS = tuple(FormField)
CODE_ROLE = Qt.ItemDataRole.UserRole
BUILTIN_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class VisitorTypesSection(TranslatableWidget):
    def __init__(
        self, settings: SettingsService, session: OperatorSession, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitorTypesSettings")
        self._settings = settings
        self._session = session
        self._events = events
        self._types_box = QGroupBox()
        self._policy_box = QGroupBox()
        self.banner = Banner()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.table = QTableWidget(0, 3 + len(FIELD_COLUMNS))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(300)
        self.add_button = QPushButton()
        self.save_types = QPushButton()
        self.save_types.setProperty("role", "primary")
        self.policy = QComboBox()
        self.justification = QPlainTextEdit()
        self.justification.setMaximumHeight(70)
        self._policy_hint = QLabel()
        self._policy_hint.setWordWrap(True)
        self.save_policy = QPushButton()
        self._justification_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_types)
        types = QVBoxLayout(self._types_box)
        types.addWidget(self._hint)
        types.addWidget(self.table)
        types.addLayout(buttons)
        policy = QVBoxLayout(self._policy_box)
        policy.addWidget(self._policy_hint)
        policy.addWidget(self.policy)
        policy.addWidget(self._justification_label)
        policy.addWidget(self.justification)
        policy.addWidget(self.save_policy, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self._types_box)
        layout.addWidget(self._policy_box)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.save_types.clicked.connect(self._on_save_types_clicked)
        self.save_policy.clicked.connect(self._on_save_policy_clicked)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self._types_box.setTitle(self.tr("Visitor types"))
        self._hint.setText(
            self.tr(
                "Tick the fields each type must fill in, and its usual stay (the leave-by time suggested at "
                "check-in). Built-in types can be switched off, not removed."
            )
        )
        names = {
            FormField.PHONE: self.tr("Phone"),
            FormField.COMPANY: self.tr("Company"),
            FormField.UNIT: self.tr("Unit"),
            FormField.RESIDENT: self.tr("Resident"),
            FormField.PURPOSE: self.tr("Purpose"),
            FormField.PLATE: self.tr("Plate"),
            FormField.ID: self.tr("ID check"),
            FormField.PASS_NUMBER: self.tr("Pass"),
        }
        headers = [self.tr("On"), self.tr("Name"), self.tr("Minutes"), *(names[f] for f in FIELD_COLUMNS)]
        self.table.setHorizontalHeaderLabels(headers)
        self.add_button.setText(self.tr("Add a type"))
        self.save_types.setText(self.tr("Save visitor types"))
        self._policy_box.setTitle(self.tr("Identity documents"))
        self._policy_hint.setText(
            self.tr(
                "What guards do with a visitor's ID. Recording numbers keeps them encrypted and masked; it needs "
                "a written justification, which is kept with the change."
            )
        )
        current = self.policy.currentData()
        self.policy.clear()
        for choice in IdPolicy:
            self.policy.addItem(id_policy_name(choice), choice.value)
        self.policy.setCurrentIndex(max(0, self.policy.findData(current)))
        self._justification_label.setText(self.tr("Justification (required to record numbers)"))
        self.save_policy.setText(self.tr("Save ID policy"))

    def load(self) -> None:
        try:
            types = visitor_types(self._settings.get(VISITOR_TYPES))
            policy = id_policy(self._settings.get(ID_POLICY))
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.table.setRowCount(0)
        for kind in types:
            self._add_row(kind.code, kind.label, kind.minutes, kind.active, kind.required)
        self.policy.setCurrentIndex(max(0, self.policy.findData(policy.policy.value)))
        self.justification.setPlainText(policy.justification)

    def _add_row(self, code: str, label: str, minutes: int, active: bool, required: frozenset[FormField]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, ACTIVE_COLUMN, _check_item(active))
        name = QTableWidgetItem(label or builtin_type_name(code))
        name.setData(CODE_ROLE, code)
        name.setData(BUILTIN_NAME_ROLE, None if label else builtin_type_name(code))  # shown, not a site's label
        self.table.setItem(row, NAME_COLUMN, name)
        self.table.setItem(row, MINUTES_COLUMN, QTableWidgetItem(str(minutes)))
        for offset, field in enumerate(FIELD_COLUMNS):
            self.table.setItem(row, 3 + offset, _check_item(field in required))

    def _on_add_button_clicked(self) -> None:
        if self.table.rowCount() >= MAX_TYPES:
            return
        codes = {self._cell(r, NAME_COLUMN).data(CODE_ROLE) for r in range(self.table.rowCount())}
        number = next(n for n in range(1, MAX_TYPES + 2) if f"custom{n}" not in codes)
        self._add_row(f"custom{number}", self.tr("New type"), 60, True, frozenset())
        self.table.editItem(self._cell(self.table.rowCount() - 1, NAME_COLUMN))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # _add_row fills every cell of a row
            raise LookupError(f"no cell at row {row}, column {column}")
        return item

    def values(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, NAME_COLUMN)
            shown = name.data(BUILTIN_NAME_ROLE)
            label = "" if shown is not None and name.text() == shown else name.text()
            minutes_text = self._cell(row, MINUTES_COLUMN).text().strip()
            out.append(
                {
                    "code": name.data(CODE_ROLE),
                    "label": label,
                    "minutes": int(minutes_text) if minutes_text.isdigit() else MAX_MINUTES + 1,
                    "active": self._cell(row, ACTIVE_COLUMN).checkState() == Qt.CheckState.Checked,
                    "required": [
                        field.value
                        for offset, field in enumerate(FIELD_COLUMNS)
                        if self._cell(row, 3 + offset).checkState() == Qt.CheckState.Checked
                    ],
                }
            )
        return out

    def _on_save_types_clicked(self) -> None:
        self.banner.clear_message()
        try:
            self._settings.set(self._session.actor, VISITOR_TYPES, self.values())
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._settings.set)
        self.banner.notice(self.tr("Visitor types saved."))
        self.load()

    def _on_save_policy_clicked(self) -> None:
        self.banner.clear_message()
        value = {"policy": self.policy.currentData(), "justification": self.justification.toPlainText()}
        try:
            self._settings.set(self._session.actor, ID_POLICY, value)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._settings.set)
        self.banner.notice(self.tr("ID policy saved."))


class SlipSection(TranslatableWidget):
    """This desk's visitor slips (a supervisor may approve the change in place)."""

    def __init__(
        self,
        settings: SettingsService,
        auth: AuthService,
        operators: OperatorService,
        session: OperatorSession,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slipSettings")
        self._settings = settings
        self._auth = auth
        self._operators = operators
        self._session = session
        self._events = events
        self._box = QGroupBox()
        self.banner = Banner()
        self.paper = QComboBox()
        self.at_check_in = QComboBox()
        self.save = QPushButton()
        form = QFormLayout()
        self._paper_label, self._auto_label = QLabel(), QLabel()
        form.addRow(self._paper_label, self.paper)
        form.addRow(self._auto_label, self.at_check_in)
        inner = QVBoxLayout(self._box)
        inner.addWidget(self.banner)
        inner.addLayout(form)
        inner.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.save.clicked.connect(self._on_save_clicked)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("Visitor slips at this desk"))
        self._paper_label.setText(self.tr("Paper"))
        self._auto_label.setText(self.tr("Print at check-in"))
        for combo, items in (
            (self.paper, ((SlipPaper.RECEIPT, self.tr("Receipt roll (width in the printer settings)")),
                          (SlipPaper.A6, self.tr("A6 sheet")))),
            (self.at_check_in, ((True, self.tr("Yes, on the configured printer without asking")),
                                (False, self.tr("No, only when asked (Ctrl+P)")))),
        ):  # fmt: skip
            current = combo.currentData()
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.save.setText(self.tr("Save slip settings"))

    def load(self) -> None:
        desk = self._session.actor.desk_id
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._settings.get(SLIP_PAPER, desk))))
        self.at_check_in.setCurrentIndex(max(0, self.at_check_in.findData(self._settings.get(SLIP_AT_CHECK_IN, desk))))

    def _on_save_clicked(self) -> None:
        values: list[tuple[SettingSpec[Any], Any]] = [
            (SLIP_PAPER, self.paper.currentData()),
            (SLIP_AT_CHECK_IN, self.at_check_in.currentData()),
        ]
        call_with_approval(
            self,
            self._auth,
            self._operators,
            self._session,
            EDIT_DESK_SETTINGS,
            lambda approval: self._settings.set_many(self._session.actor, values, for_desk=True, approval=approval),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, _result: object) -> None:
        self._events.ran(self._settings.set_many)
        self.banner.notice(self.tr("Saved."))

    def _on_failed(self, error: GatehouseError) -> None:
        self.banner.error(error_words.describe(error))
