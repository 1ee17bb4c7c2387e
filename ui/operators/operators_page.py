"""Operator management for administrators: add, change role, disable (never delete), reset, lock on
purpose, unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthService
from app.errors import GatehouseError
from app.operators import NewOperator, OperatorRow, OperatorService
from app.permissions import UNLOCK_OPERATOR, Approval, Role
from ui.app_events import AppEvents
from ui.code_words import role_name
from ui.operators.models import OperatorTableModel
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner, FormErrors


class OperatorDialog(QDialog):
    """Add an operator, or set a new password / PIN for one (fields shown as needed)."""

    def __init__(
        self, mode: str, on_submit: Callable[[dict[str, str]], GatehouseError | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"operatorDialog_{mode}")
        self._mode = mode
        self._on_submit = on_submit
        self.banner = Banner()
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors = FormErrors()
        form = QFormLayout()
        wanted = {
            "add": ("username", "display_name", "role", "password", "pin"),
            "password": ("password",),
            "pin": ("pin",),
        }[mode]
        self._labels: dict[str, QLabel] = {}
        for name in wanted:
            widget: QLineEdit | QComboBox
            if name == "role":
                widget = QComboBox()
                for role in Role:
                    widget.addItem(role_name(role), role.value)
            else:
                widget = QLineEdit()
                if name in ("password", "pin"):
                    widget.setEchoMode(QLineEdit.EchoMode.Password)
            self.fields[name] = widget
            self._labels[name] = QLabel()
            self.errors.add_row(form, self._labels[name], name, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "add": self.tr("Add operator"),
            "password": self.tr("Set a temporary password"),
            "pin": self.tr("Set PIN"),
        }
        self.setWindowTitle(titles[self._mode])
        texts = {
            "username": self.tr("User name"),
            "display_name": self.tr("Name"),
            "role": self.tr("Role"),
            "password": self.tr("Password"),
            "pin": self.tr("PIN (4–6 digits)"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])

    def values(self) -> dict[str, str]:
        return {name: (w.currentData() if isinstance(w, QComboBox) else w.text()) for name, w in self.fields.items()}

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        error = self._on_submit(self.values())
        if error is None:
            self.accept()
        elif not self.errors.show(error):
            self.banner.show_error(error)


class OperatorsPage(TranslatableWidget):
    def __init__(
        self,
        operators: OperatorService,
        auth: AuthService,
        session: OperatorSession,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsPage")
        self._operators = operators
        self._auth = auth
        self._session = session
        self._events = events
        self._title = page_title()
        self.banner = Banner()
        self.model = OperatorTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("operatorTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.role = QComboBox()
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.role_button = QPushButton()
        self.toggle_button = QPushButton()
        self.password_button = QPushButton()
        self.pin_button = QPushButton()
        self.unlock_button = QPushButton()
        self.lock_button = QPushButton()
        # Two rows: the account's own actions below, so every label fits at 1024 px in any language.
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        account_buttons = QHBoxLayout()
        for button in (self.toggle_button, self.password_button, self.pin_button, self.lock_button, self.unlock_button):
            account_buttons.addWidget(button)
        account_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addLayout(account_buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Operators"))
        self.add_button.setText(self.tr("&Add…"))
        self.role_button.setText(self.tr("Set &role"))
        self.toggle_button.setText(self.tr("&Disable / enable"))
        self.password_button.setText(self.tr("Reset &password…"))
        self.pin_button.setText(self.tr("Set P&IN…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setToolTip(
            self.tr("Lock this account on purpose (failed sign-ins only slow it down). Never the last administrator.")
        )
        current = self.role.currentData()
        self.role.clear()
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(current)))
        self.model.retranslate_headers()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._operators.list_operators(self._session.actor))
        except GatehouseError as error:
            self.banner.show_error(error)

    def selected(self) -> OperatorRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select_username(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.username == username:
                self.table.selectRow(row)
                return

    def _done(self, operation: Callable[..., object], message: str) -> None:
        self.refresh()
        self._events.ran(operation)
        self.banner.notice(message)

    def _act(self, operation: Callable[..., object], action: Callable[[OperatorRow], object], message: str) -> None:
        """``action`` calls ``operation`` (the service method) on the selected operator."""
        row = self.selected()
        self.banner.clear_message()
        if row is None:
            self.banner.error(self.tr("Select an operator in the table first."))
            return
        try:
            action(row)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._done(operation, message)

    def _open_dialog(
        self, mode: str, operation: Callable[..., object], submit: Callable[[dict[str, str]], object], message: str
    ) -> OperatorDialog:
        def on_submit(values: dict[str, str]) -> GatehouseError | None:
            try:
                submit(values)
            except GatehouseError as error:
                return error
            self._done(operation, message)
            return None

        dialog = OperatorDialog(mode, on_submit, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_add_button_clicked(self) -> None:
        actor = self._session.actor
        self._open_dialog(
            "add",
            self._operators.create,
            lambda v: self._operators.create(
                actor, NewOperator(v["username"], v["display_name"], Role(v["role"]), v["password"], v["pin"] or None)
            ),
            self.tr("Operator added."),
        )

    def _on_role_button_clicked(self) -> None:
        self._act(
            self._operators.change_role,
            lambda row: self._operators.change_role(self._session.actor, row.id, self.role.currentData()),
            self.tr("Role changed."),
        )

    def _on_toggle_button_clicked(self) -> None:
        self._act(
            self._operators.set_active,
            lambda row: self._operators.set_active(self._session.actor, row.id, not row.active),
            self.tr("Account state changed."),
        )

    def _on_lock_button_clicked(self) -> None:
        self._act(
            self._operators.lock,
            lambda row: self._operators.lock(self._session.actor, row.id),
            self.tr("Account locked: it cannot sign in until a supervisor unlocks it."),
        )

    def _on_password_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.banner.error(self.tr("Select an operator in the table first."))
            return
        self._open_dialog(
            "password",
            self._operators.reset_password,
            lambda v: self._operators.reset_password(self._session.actor, row.id, v["password"]),
            self.tr("Temporary password set; it must be changed at the next sign-in."),
        )

    def _on_pin_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.banner.error(self.tr("Select an operator in the table first."))
            return
        self._open_dialog(
            "pin",
            self._operators.set_pin,
            lambda v: self._operators.set_pin(self._session.actor, row.id, v["pin"]),
            self.tr("PIN set."),
        )

    def _on_unlock_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.banner.error(self.tr("Select an operator in the table first."))
            return

        def unlock(approval: Approval | None) -> OperatorRow:
            return self._operators.unlock(self._session.actor, row.id, approval)

        call_with_approval(
            self,
            self._auth,
            self._operators,
            self._session,
            UNLOCK_OPERATOR,
            unlock,
            lambda _r: self._done(self._operators.unlock, self.tr("Account unlocked.")),
            self.banner.show_error,
        )
