"""My account: change my password and my PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError, Rule, ValidationError
from app.operators import OperatorService
from ui.session import OperatorSession
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner, FormErrors


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AccountSection(TranslatableWidget):
    def __init__(self, operators: OperatorService, session: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountSettings")
        self._operators = operators
        self._session = session
        self._box = QGroupBox()
        self.banner = Banner()
        self.old_password, self.new_password, self.new_password_again = _secret(), _secret(), _secret()
        self.pin, self.pin_again = _secret(), _secret()
        self.pin.setMaxLength(6)
        self.pin_again.setMaxLength(6)
        self.change_password = QPushButton()
        self.change_pin = QPushButton()
        self.errors = FormErrors()
        self._labels = {k: QLabel() for k in ("old", "new", "again", "pin", "pin_again")}
        form = QFormLayout()
        self.errors.add_row(form, self._labels["old"], "old_password", self.old_password)
        self.errors.add_row(form, self._labels["new"], "new_password", self.new_password)
        self.errors.add_row(form, self._labels["again"], "new_password_again", self.new_password_again)
        pin_form = QFormLayout()
        self.errors.add_row(pin_form, self._labels["pin"], "pin", self.pin)
        self.errors.add_row(pin_form, self._labels["pin_again"], "pin_again", self.pin_again)
        inner = QVBoxLayout(self._box)
        inner.addWidget(self.banner)
        inner.addLayout(form)
        inner.addWidget(self.change_password)
        inner.addLayout(pin_form)
        inner.addWidget(self.change_pin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.change_password.clicked.connect(self._on_change_password_clicked)
        self.change_pin.clicked.connect(self._on_change_pin_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("My account"))
        self._labels["old"].setText(self.tr("Current password"))
        self._labels["new"].setText(self.tr("New password"))
        self._labels["again"].setText(self.tr("New password again"))
        self._labels["pin"].setText(self.tr("New PIN (4–6 digits)"))
        self._labels["pin_again"].setText(self.tr("New PIN again"))
        self.change_password.setText(self.tr("Change my password"))
        self.change_pin.setText(self.tr("Change my PIN"))

    def _start(self) -> None:
        self.banner.clear_message()
        self.errors.clear()

    def _on_change_password_clicked(self) -> None:
        self._start()
        if self.new_password.text() != self.new_password_again.text():
            self.errors.show(ValidationError("new_password_again", Rule.PASSWORDS_DIFFER))
            return
        try:
            self._operators.change_own_password(self._session.actor, self.old_password.text(), self.new_password.text())
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        for edit in (self.old_password, self.new_password, self.new_password_again):
            edit.clear()
        self.banner.notice(self.tr("Password changed."))

    def _on_change_pin_clicked(self) -> None:
        self._start()
        if self.pin.text() != self.pin_again.text():
            self.errors.show(ValidationError("pin_again", Rule.PASSWORDS_DIFFER))
            return
        try:
            self._operators.set_pin(self._session.actor, self._session.actor.operator_id, self.pin.text())
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self.pin.clear()
        self.pin_again.clear()
        self.banner.notice(self.tr("PIN changed."))
