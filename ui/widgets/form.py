"""Form helpers: a field with its error shown right under it, and a message banner.

A failed save never clears the form: the page catches the typed error, ``FormErrors.show`` marks the
fields it names, and everything typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import GatehouseError, ValidationError, ValidationErrors
from ui import error_words

ERROR_PROPERTY = "hasError"


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class FieldError(QLabel):
    """The red line under a field; empty and hidden when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FormErrors:
    """Maps field names (as in ``ValidationError.field``) to their input widget and error label."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}

    def add_row(self, layout: QFormLayout, label: QLabel, field: str, widget: QWidget) -> FieldError:
        error = FieldError()
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        label.setBuddy(widget)
        layout.addRow(label, container)
        self._fields[field] = (widget, error)
        return error

    def register(self, field: str, widget: QWidget, error: FieldError) -> None:
        self._fields[field] = (widget, error)

    def alias(self, field: str, shown_at: str) -> None:
        """Errors about ``field`` are shown at the row of ``shown_at`` (one input, two names)."""
        self._fields[field] = self._fields[shown_at]

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.show_message("")
            if widget.property(ERROR_PROPERTY):
                widget.setProperty(ERROR_PROPERTY, False)
                _repolish(widget)

    def message_for(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and entry[1].isVisible() else ""

    def show(self, error: GatehouseError) -> bool:
        """Mark the fields named by ``error``; focus the first. False if no field matched."""
        self.clear()
        errors: Iterable[ValidationError]
        if isinstance(error, ValidationErrors):
            errors = error.errors
        elif isinstance(error, ValidationError):
            errors = (error,)
        else:
            return False
        first: QWidget | None = None
        matched = False
        for item in errors:
            entry = self._fields.get(item.field)
            if entry is None:
                continue
            widget, label = entry
            label.show_message(error_words.field_message(item))
            widget.setProperty(ERROR_PROPERTY, True)
            _repolish(widget)
            matched = True
            first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return matched


class Banner(QLabel):
    """A message strip at the top of a page: errors stay until dismissed or replaced; notices fade."""

    NOTICE_MS = 6000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        _repolish(self)
        self.setText(text)
        self.show()

    def error(self, text: str) -> None:
        self._timer.stop()
        self._show(text, "error")

    def warning(self, text: str) -> None:
        self._timer.stop()
        self._show(text, "warning")

    def notice(self, text: str) -> None:
        self._show(text, "notice")
        self._timer.start(self.NOTICE_MS)

    def show_error(self, error: GatehouseError) -> None:
        self.error(error_words.describe(error))

    def clear_message(self) -> None:
        self._timer.stop()
        self.setText("")
        self.hide()
