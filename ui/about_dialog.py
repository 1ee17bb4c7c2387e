"""About Gatehouse (Ctrl+F1 anywhere in the main window): version, data folder, bundled fonts and libraries."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.about import Component, bundled_components, program_version
from ui.app_icon import app_icon
from ui.resources import resource_path

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.resize(720, 560)
        self._data_folder = data_folder
        self._components = bundled_components(platform.python_version())
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self._title = QLabel()
        self._title.setObjectName("aboutTitle")
        self.version = QLabel()
        self.version.setObjectName("aboutVersion")
        self.data_folder = QLabel()
        self.data_folder.setObjectName("aboutDataFolder")
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self._title)
        heading.addWidget(self.version)
        heading.addWidget(self.data_folder)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self._components_label = QLabel()
        self.components = QTableWidget(len(self._components), 3)
        self.components.setObjectName("aboutComponents")
        self.components.verticalHeader().hide()
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.components.horizontalHeader().setStretchLastSection(True)
        for row, component in enumerate(self._components):
            version = component.version or ""
            if component.name.startswith("Qt 6"):
                version = f"Qt {qVersion()} / PySide6 {pyside_version}"
            for column, text in enumerate((component.name, version, component.licence)):
                self.components.setItem(row, column, QTableWidgetItem(text))
        self.components.resizeColumnsToContents()
        self.components.currentCellChanged.connect(self._on_components_current_cell_changed)
        self._licence_label = QLabel()
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("aboutLicenceText")
        self.licence_text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._components_label)
        layout.addWidget(self.components, 2)
        layout.addWidget(self._licence_label)
        layout.addWidget(self.licence_text, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.components.selectRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Gatehouse"))
        self._title.setText(self.tr("Gatehouse"))
        self.version.setText(self.tr("Version {version}").format(version=program_version()))
        self.data_folder.setText(self.tr("Data folder: {folder}").format(folder=self._data_folder))
        self._components_label.setText(self.tr("Fonts and libraries shipped with Gatehouse, and their licences"))
        self.components.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self._licence_label.setText(self.tr("Licence text"))
        self._show_licence()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selected_component(self) -> Component | None:
        row = self.components.currentRow()
        return self._components[row] if 0 <= row < len(self._components) else None

    def _on_components_current_cell_changed(self, *_cells: int) -> None:
        self._show_licence()

    def _show_licence(self) -> None:
        component = self.selected_component()
        if component is None:
            self.licence_text.clear()
            return
        if component.licence_file is not None:
            path = resource_path(*component.licence_file)
            if path.exists():
                self.licence_text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
                return
        self.licence_text.setPlainText(
            self.tr("{name} is used under the {licence} licence; its full text is published with its source.").format(
                name=component.name, licence=component.licence
            )
        )
