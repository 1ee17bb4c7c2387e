"""Excel files from pages: choosing a file (``open()``, never ``exec()``) and showing why an import was
refused, row by row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.imports import RowProblem
from ui import error_words


def choose_file(
    parent: QWidget,
    title: str,
    name_filter: str,
    on_chosen: Callable[[str], object],
    *,
    save: bool,
    suggested: str = "",
) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix("xlsx")
    if suggested:
        dialog.selectFile(suggested)
    dialog.fileSelected.connect(on_chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class ImportProblemsDialog(QDialog):
    """Nothing was imported; here is every row that needs fixing."""

    def __init__(self, problems: Sequence[RowProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.setMinimumSize(560, 360)
        self._problems = list(problems)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.list = QListWidget()
        self._close = QPushButton()
        self._close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self._close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nothing was imported"))
        self._intro.setText(
            self.tr(
                "The file has {count} problem(s). Nothing was imported. Fix these rows and import the file again:"
            ).format(count=len(self._problems))
        )
        self.list.clear()
        for problem in self._problems:
            sentence = error_words.describe(problem.as_error())
            self.list.addItem(
                self.tr("Row {row}: {text}").format(row=problem.row, text=sentence) if problem.row else sentence
            )
        self._close.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
