"""Settings: one scrolling page of sections; each section saves on its own (one action, one save)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.widgets.base import TranslatableWidget, page_title

SECTION_WIDTH = 820


class SettingsPage(TranslatableWidget):
    def __init__(self, sections: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._title = page_title()
        self.sections = list(sections)
        host = QWidget()
        column = QVBoxLayout(host)
        for section in self.sections:
            section.setMaximumWidth(SECTION_WIDTH)
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Settings"))

    def activated(self) -> None:
        for section in self.sections:
            load = getattr(section, "load", None)
            if callable(load):
                load()
