"""Settings → About: where a person finds the version, the data folder and the licences (also Ctrl+F1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.about import program_version
from ui.widgets.base import TranslatableWidget


class AboutSection(TranslatableWidget):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutSettings")
        self._data_folder = data_folder
        self._box = QGroupBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self._on_about_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.about_button)
        inner = QVBoxLayout(self._box)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.retranslate()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("About Gatehouse"))
        self.summary.setText(
            self.tr("Version {version}. Data folder: {folder}").format(
                version=program_version(), folder=self._data_folder
            )
        )
        self.about_button.setText(self.tr("About, licences… (Ctrl+F1)"))

    def _on_about_button_clicked(self) -> None:
        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(self._data_folder, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
