"""First run: create the site, its desks and the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError, Rule, ValidationError, ValidationErrors
from app.operators import NewOperator
from app.permissions import Role
from app.site import DeskKind, DeskSpec, SiteSetup
from ui.widgets.base import TranslatableWidget, language_combo, page_title
from ui.widgets.form import Banner, FormErrors

COMMON_ZONES = ("Asia/Hong_Kong", "Asia/Taipei", "Asia/Shanghai", "Asia/Macau", "Asia/Singapore", "UTC")
DESKS_FIELD_HEIGHT = 70


class SetupPage(TranslatableWidget):
    setup_requested = Signal(object)  # SiteSetup
    language_requested = Signal(str)

    def __init__(self, language: str, default_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self._title = page_title()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.banner = Banner()
        self.language = language_combo(language)
        self.site_name = QLineEdit()
        self.site_name.setMaxLength(200)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(list(dict.fromkeys([default_zone, *COMMON_ZONES])))
        self.booths = QPlainTextEdit()
        self.booths.setTabChangesFocus(True)
        self.booths.setFixedHeight(DESKS_FIELD_HEIGHT)
        self.receptions = QPlainTextEdit()
        self.receptions.setTabChangesFocus(True)
        self.receptions.setFixedHeight(DESKS_FIELD_HEIGHT)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.create_button = QPushButton()
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.language.currentIndexChanged.connect(self._on_language_index_changed)

        self.errors = FormErrors()
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (
            ("language", self.language),
            ("site_name", self.site_name),
            ("timezone", self.timezone),
            ("booths", self.booths),
            ("receptions", self.receptions),
            ("username", self.username),
            ("display_name", self.display_name),
            ("password", self.password),
            ("password_again", self.password_again),
            ("pin", self.pin),
        ):
            label = QLabel()
            self._labels[field] = label
            self.errors.add_row(form, label, field, widget)
        self.errors.alias("desks", "booths")

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._title)
        column.addWidget(self._intro)
        column.addWidget(self.banner)
        column.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        column.addStretch(1)
        body.setMaximumWidth(760)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self.retranslate()
        self.booths.setPlainText(self.tr("Main gate"))
        self.receptions.setPlainText(self.tr("Reception"))
        self.site_name.setFocus()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Welcome to Gatehouse"))
        self._intro.setText(
            self.tr(
                "Set up this site once: its name, its desks (gate booths and reception desks), and the first "
                "administrator, who then adds the guards and clerks."
            )
        )
        texts = {
            "language": self.tr("&Language"),
            "site_name": self.tr("&Site name"),
            "timezone": self.tr("&Time zone"),
            "booths": self.tr("&Gate booths (one per line)"),
            "receptions": self.tr("&Reception desks (one per line)"),
            "username": self.tr("Administrator &user name"),
            "display_name": self.tr("Administrator's &name"),
            "password": self.tr("&Password (8 or more characters)"),
            "password_again": self.tr("Password &again"),
            "pin": self.tr("P&IN for quick unlock (4–6 digits)"),
        }
        for field, text in texts.items():
            self._labels[field].setText(text)
        self.site_name.setPlaceholderText(self.tr("e.g. Emerald Lake Gardens"))
        self.create_button.setText(self.tr("&Create site"))

    def _on_language_index_changed(self, _index: int) -> None:
        self.language_requested.emit(self.language.currentData())

    def _desks(self) -> list[DeskSpec]:
        desks = []
        for widget, kind in ((self.booths, DeskKind.BOOTH), (self.receptions, DeskKind.RECEPTION)):
            for line in widget.toPlainText().splitlines():
                if line.strip():
                    desks.append(DeskSpec(line, kind))
        return desks

    def _on_create_button_clicked(self) -> None:
        self.banner.clear_message()
        self.errors.clear()
        mismatch = []
        if self.password.text() != self.password_again.text():
            mismatch.append(ValidationError("password_again", Rule.PASSWORDS_DIFFER))
        if mismatch:
            self.errors.show(ValidationErrors(tuple(mismatch)))
            return
        self.setup_requested.emit(
            SiteSetup(
                site_name=self.site_name.text(),
                timezone=self.timezone.currentText(),
                desks=self._desks(),
                admin=NewOperator(
                    self.username.text(),
                    self.display_name.text(),
                    Role.ADMIN,
                    self.password.text(),
                    self.pin.text() or None,
                ),
                language=self.language.currentData(),
            )
        )

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)

    def show_error(self, error: GatehouseError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error)
