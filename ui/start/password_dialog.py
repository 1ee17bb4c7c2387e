"""After an administrator reset a password, its owner chooses a new one before working."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError, Rule, ValidationError
from ui.widgets.form import Banner, FormErrors


class ForcedPasswordDialog(QDialog):
    def __init__(self, change: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forcedPasswordDialog")
        self._change = change
        self.banner = Banner()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.old_password = QLineEdit()
        self.new_password = QLineEdit()
        self.new_password_again = QLineEdit()
        for edit in (self.old_password, self.new_password, self.new_password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FormErrors()
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        self.errors.add_row(form, self._labels[0], "old_password", self.old_password)
        self.errors.add_row(form, self._labels[1], "new_password", self.new_password)
        self.errors.add_row(form, self._labels[2], "new_password_again", self.new_password_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Choose a new password"))
        self._intro.setText(self.tr("Your password was reset by an administrator. Choose your own now."))
        self._labels[0].setText(self.tr("Temporary password"))
        self._labels[1].setText(self.tr("New password"))
        self._labels[2].setText(self.tr("New password again"))

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        if self.new_password.text() != self.new_password_again.text():
            self.errors.show(ValidationError("new_password_again", Rule.PASSWORDS_DIFFER))
            return
        try:
            self._change(self.old_password.text(), self.new_password.text())
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self.accept()
