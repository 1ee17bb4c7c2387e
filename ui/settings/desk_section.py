"""This desk (this PC): language, text size, idle lock, printers."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthService
from app.errors import GatehouseError
from app.operators import OperatorService
from app.permissions import EDIT_DESK_SETTINGS, Approval
from app.settings import (
    FONT_SCALE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    PRINTER_A4,
    PRINTER_RECEIPT,
    RECEIPT_WIDTH_MM,
    SILENT_PRINT,
    SettingSpec,
    SettingsService,
)
from ui.app_events import AppEvents
from ui.context import Preferences
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget, language_combo
from ui.widgets.form import Banner, FormErrors


def _printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class DeskSection(TranslatableWidget):
    def __init__(
        self,
        settings: SettingsService,
        auth: AuthService,
        operators: OperatorService,
        session: OperatorSession,
        preferences: Preferences,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskSettings")
        self._settings = settings
        self._auth = auth
        self._operators = operators
        self._loaded: dict[str, Any] = {}
        self._session = session
        self._preferences = preferences
        self._events = events
        self._box = QGroupBox()
        self.banner = Banner()
        self.language = language_combo(preferences.language)
        self.font_scale = QComboBox()
        for percent in ("100", "125", "150"):
            self.font_scale.addItem(f"{percent}%", percent)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.printer_a4 = QComboBox()
        self.printer_a4.setEditable(True)
        self.printer_receipt = QComboBox()
        self.printer_receipt.setEditable(True)
        self.receipt_width = QComboBox()
        self.receipt_width.addItem("80 mm", "80")
        self.receipt_width.addItem("58 mm", "58")
        self.silent = QComboBox()
        self.save = QPushButton()
        self.save.setProperty("role", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        self.errors = FormErrors()
        self._labels = {name: QLabel() for name in ("language", "font", "idle", "a4", "receipt", "width", "silent")}
        form = QFormLayout()
        self.errors.add_row(form, self._labels["language"], LANGUAGE.key, self.language)
        self.errors.add_row(form, self._labels["font"], FONT_SCALE.key, self.font_scale)
        self.errors.add_row(form, self._labels["idle"], IDLE_LOCK_MINUTES.key, self.idle_minutes)
        self.errors.add_row(form, self._labels["a4"], PRINTER_A4.key, self.printer_a4)
        self.errors.add_row(form, self._labels["receipt"], PRINTER_RECEIPT.key, self.printer_receipt)
        self.errors.add_row(form, self._labels["width"], RECEIPT_WIDTH_MM.key, self.receipt_width)
        self.errors.add_row(form, self._labels["silent"], SILENT_PRINT.key, self.silent)
        inner = QVBoxLayout(self._box)
        inner.addWidget(self.banner)
        inner.addLayout(form)
        inner.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("This desk"))
        self._labels["language"].setText(self.tr("&Language"))
        self._labels["font"].setText(self.tr("&Text size"))
        self._labels["idle"].setText(self.tr("Lock after &idle minutes"))
        self._labels["a4"].setText(self.tr("A&4 printer"))
        self._labels["receipt"].setText(self.tr("&Receipt printer"))
        self._labels["width"].setText(self.tr("Receipt &width"))
        self._labels["silent"].setText(self.tr("Print &without asking"))
        current = self.silent.currentData()
        self.silent.clear()
        self.silent.addItem(self.tr("No: show the print dialog"), False)
        self.silent.addItem(self.tr("Yes: print straight to the printer above"), True)
        self.silent.setCurrentIndex(max(0, self.silent.findData(bool(current))))
        for printer in (self.printer_a4, self.printer_receipt):
            edit = printer.lineEdit()  # editable combos: the line edit always exists
            if edit is not None:
                edit.setPlaceholderText(self.tr("System default printer"))
        self.save.setText(self.tr("&Save desk settings"))

    def load(self) -> None:
        desk = self._session.actor.desk_id
        get = self._settings.get
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(self._preferences.language)))
            self.font_scale.setCurrentIndex(max(0, self.font_scale.findData(get(FONT_SCALE, desk))))
            self.idle_minutes.setValue(get(IDLE_LOCK_MINUTES, desk))
            printers = _printer_names()
            for combo, spec in ((self.printer_a4, PRINTER_A4), (self.printer_receipt, PRINTER_RECEIPT)):
                combo.clear()
                combo.addItems(["", *printers])
                combo.setCurrentText(get(spec, desk))
            self.receipt_width.setCurrentIndex(max(0, self.receipt_width.findData(get(RECEIPT_WIDTH_MM, desk))))
            self.silent.setCurrentIndex(max(0, self.silent.findData(get(SILENT_PRINT, desk))))
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._loaded = {spec.key: value for spec, value in self._values()}

    def _values(self) -> list[tuple[SettingSpec[Any], Any]]:
        return [
            (LANGUAGE, self.language.currentData()),
            (FONT_SCALE, self.font_scale.currentData()),
            (IDLE_LOCK_MINUTES, self.idle_minutes.value()),
            (PRINTER_A4, self.printer_a4.currentText()),
            (PRINTER_RECEIPT, self.printer_receipt.currentText()),
            (RECEIPT_WIDTH_MM, self.receipt_width.currentData()),
            (SILENT_PRINT, self.silent.currentData()),
        ]

    def _on_save_clicked(self) -> None:
        self.banner.clear_message()
        self.errors.clear()
        changed = [(spec, value) for spec, value in self._values() if self._loaded.get(spec.key) != value]
        if not changed:
            self.banner.notice(self.tr("Nothing to save: no setting was changed."))
            return

        def save(approval: Approval | None) -> dict[str, Any]:
            return self._settings.set_many(self._session.actor, changed, for_desk=True, approval=approval)

        call_with_approval(
            self,
            self._auth,
            self._operators,
            self._session,
            EDIT_DESK_SETTINGS,
            save,
            self._on_saved,
            self._on_save_failed,
        )

    def _on_save_failed(self, error: GatehouseError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error)

    def _on_saved(self, saved: dict[str, Any]) -> None:
        self._loaded.update(saved)
        if FONT_SCALE.key in saved:
            self._preferences.set_font_scale(int(saved[FONT_SCALE.key]))
        if saved.get(LANGUAGE.key, self._preferences.language) != self._preferences.language:
            self._preferences.set_language(saved[LANGUAGE.key])
        self._events.ran(self._settings.set_many)
        self.banner.notice(self.tr("Saved."))
