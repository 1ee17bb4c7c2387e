"""Small bases shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget

from ui.i18n import LANGUAGES, language_name


class TranslatableWidget(QWidget):
    """A widget that sets all its texts in ``retranslate()``, called again on a language switch.

    Subclasses call ``self.tr`` in their own methods only (PySide's ``tr`` uses the runtime class
    name as the context, which is what lupdate records for the class that lexically contains it).
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TranslatableFrame(QFrame):
    """A dashboard panel or card: a framed ``TranslatableWidget``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def page_title(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("pageTitle")
    return label


def language_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for language in LANGUAGES:
        combo.addItem(language_name(language), language)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
