"""Sign-in: desk, user name, password. Accepts typing before the database has finished opening."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AuthenticationError, AuthFailure, GatehouseError
from ui.widgets.base import TranslatableWidget, language_combo
from ui.widgets.form import Banner, FormErrors

if TYPE_CHECKING:  # the sign-in screen must not wait for SQLAlchemy to import
    from app.site import DeskRow

FORM_WIDTH = 460


class LoginPage(TranslatableWidget):
    login_requested = Signal(str, str, object)  # username, password, desk id
    language_requested = Signal(str)

    def __init__(self, language: str, last_username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self._site_name = ""
        self._ready = False
        self._pending = False
        self._title = QLabel()
        self._title.setObjectName("bigTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._subtitle = QLabel()
        self._subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status = QLabel()
        self.status.setObjectName("loginStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.banner = Banner()
        self.desk = QComboBox()
        self.username = QLineEdit(last_username)
        self.username.setMaxLength(60)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.language = language_combo(language)
        self.sign_in = QPushButton()
        self.sign_in.setProperty("role", "primary")
        self.sign_in.setDefault(True)
        self.errors = FormErrors()
        form = QFormLayout()
        self._desk_label, self._user_label, self._password_label, self._language_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        self.errors.add_row(form, self._desk_label, "desk", self.desk)
        self.errors.add_row(form, self._user_label, "username", self.username)
        self.errors.add_row(form, self._password_label, "password", self.password)
        self.errors.add_row(form, self._language_label, "language", self.language)

        card = QFrame()
        card.setObjectName("panel")
        card.setFixedWidth(FORM_WIDTH)
        inner = QVBoxLayout(card)
        inner.addWidget(self._title)
        inner.addWidget(self._subtitle)
        inner.addWidget(self.banner)
        inner.addLayout(form)
        inner.addWidget(self.sign_in)
        inner.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        self.password.returnPressed.connect(self._on_sign_in_clicked)
        self.username.returnPressed.connect(self.password.setFocus)
        self.language.currentIndexChanged.connect(self._on_language_index_changed)
        self.retranslate()
        self._set_status_opening()
        (self.password if last_username else self.username).setFocus()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Gatehouse"))
        self._subtitle.setText(self._site_name or self.tr("Guard booth and reception desk"))
        self._desk_label.setText(self.tr("&Desk"))
        self._user_label.setText(self.tr("&User name"))
        self._password_label.setText(self.tr("&Password"))
        self._language_label.setText(self.tr("&Language"))
        self.sign_in.setText(self.tr("&Sign in"))
        if not self._ready:
            self._set_status_opening()

    def _set_status_opening(self) -> None:
        self.status.setText(self.tr("Opening the database…"))

    def _on_language_index_changed(self, _index: int) -> None:
        self.language_requested.emit(self.language.currentData())

    def set_ready(self, site_name: str, desks: Sequence[DeskRow], desk_id: uuid.UUID | None) -> None:
        """The database is open: show the site and its desks; sign in if the operator already asked."""
        self._ready = True
        self._site_name = site_name
        self._subtitle.setText(site_name)
        self.status.setText("")
        self.desk.clear()
        for desk in desks:
            self.desk.addItem(desk.name, desk.id)
        if desk_id is not None and self.desk.findData(desk_id) >= 0:
            self.desk.setCurrentIndex(self.desk.findData(desk_id))
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self._on_sign_in_clicked)

    def set_failed(self, error: GatehouseError) -> None:
        self.status.setText("")
        self.banner.show_error(error)
        self.sign_in.setEnabled(False)

    def _on_sign_in_clicked(self) -> None:
        if not self._ready:
            self._pending = True
            self.status.setText(self.tr("Opening the database… you will be signed in as soon as it is ready."))
            return
        self.banner.clear_message()
        self.errors.clear()
        self.login_requested.emit(self.username.text(), self.password.text(), self.desk.currentData())

    def show_error(self, error: GatehouseError) -> None:
        if isinstance(error, AuthenticationError):
            self.password.clear()
            self.banner.show_error(error)
            target = (
                self.username
                if error.reason == AuthFailure.BAD_CREDENTIALS and not self.username.text()
                else self.password
            )
            target.setFocus()
            return
        if not self.errors.show(error):
            self.banner.show_error(error)

    def reset(self, username: str = "") -> None:
        self.password.clear()
        self.banner.clear_message()
        if username:
            self.username.setText(username)
        (self.password if self.username.text() else self.username).setFocus()
