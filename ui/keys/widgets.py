"""Small input widgets of the key register's forms."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.directory import DirectoryService
from app.errors import GatehouseError
from ui.widgets.base import TranslatableWidget

UNIT_RESULTS = 20


class UnitPicker(TranslatableWidget):
    """Type what a guard types for a unit ("a12a", "A座12") and pick it from the matches."""

    changed = Signal()

    def __init__(self, directory: DirectoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self.text = QLineEdit()
        self.text.setMaxLength(40)
        self.choice = QComboBox()
        self.choice.setMinimumContentsLength(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choice, 1)
        self.text.textEdited.connect(self._on_text_text_edited)
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Unit, e.g. A12A"))

    def unit_id(self) -> uuid.UUID | None:
        value = self.choice.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def set_unit(self, unit_id: uuid.UUID | None, label: str) -> None:
        self.choice.clear()
        if unit_id is not None:
            self.choice.addItem(label, unit_id)
            self.text.setText(label)

    def _on_text_text_edited(self, text: str) -> None:
        self.choice.clear()
        if not text.strip():
            self.changed.emit()
            return
        try:
            units = self._directory.find_units(text, limit=UNIT_RESULTS)
        except GatehouseError:
            units = []
        for unit in units:
            self.choice.addItem(unit.label, unit.id)
        self.changed.emit()

    def _on_choice_current_index_changed(self, _index: int) -> None:
        self.changed.emit()


def dialog_buttons(*, default: bool = True) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's button row: the primary action (text set in ``retranslate``) and a "Cancel"."""
    buttons = QDialogButtonBox()
    primary = QPushButton()
    primary.setProperty("role", "primary")
    primary.setDefault(default)
    buttons.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    return buttons, primary, cancel_button(buttons)


def cancel_button(buttons: QDialogButtonBox) -> QPushButton:
    """A "Cancel" in the operator's language (Qt's own button texts are not translated here)."""
    button = QPushButton(QCoreApplication.translate("KeyDialogs", "Cancel"))
    buttons.addButton(button, QDialogButtonBox.ButtonRole.RejectRole)
    return button
