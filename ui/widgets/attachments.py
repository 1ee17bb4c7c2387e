"""Photos and files of a record, for every area that has them (``app.attachments``).

``AttachmentPicker``: the files chosen for a record being written. "Add…" opens the file chooser with
``open()`` (never ``exec()``); tests (and a scanner workflow) hand paths to ``add_paths``.

``AttachmentList``: the files of a saved record. Enter, a double-click or "Open" shows one in the PC's
own viewer, through a read-only copy under the file's own name (``AttachmentService.viewable_copy``):
the stored file is evidence and is never handed to another program.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.attachments import BYTES_PER_MB, AttachmentRow
from app.errors import GatehouseError
from ui.error_words import describe
from ui.widgets.base import TranslatableWidget

ROW_HEIGHT = 26  # one line of the list, at the default text size
LIST_FRAME = 6
ITEM_SPACING = 2
BYTES_PER_KB = 1024
PATH_ROLE = Qt.ItemDataRole.UserRole

UrlOpener = Callable[[QUrl], bool]


def size_text(size: int) -> str:
    """A file size as people read it: 850 KB, 2.4 MB."""
    if size >= BYTES_PER_MB:
        return f"{size / BYTES_PER_MB:.1f} MB"
    return f"{max(1, round(size / BYTES_PER_KB))} KB"


def choose_files(parent: QWidget, title: str, chosen: Callable[[list[str]], None]) -> QFileDialog:
    """The file chooser for photos and files (several at once), opened with ``open()``; ``chosen``
    gets the paths. Deleted when closed."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.filesSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _list(rows: int) -> QListWidget:
    """A list ``rows`` lines high; one line holds the files side by side (wrapping if they must)."""
    view = QListWidget()
    view.setFixedHeight(ROW_HEIGHT * rows + LIST_FRAME)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if rows == 1:
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSpacing(ITEM_SPACING)
    else:
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return view


def _lay_out(widget: QWidget, files: QListWidget, buttons: list[QPushButton], *, beside: bool) -> None:
    """The list with its buttons at its right: stacked, or side by side for a one-line list."""
    column: QBoxLayout = QHBoxLayout() if beside else QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        column.addWidget(button)
    if not beside:
        column.addStretch(1)
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(files, 1, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(column)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


class AttachmentPicker(TranslatableWidget):
    """Files chosen for a record not saved yet: a short list, "Add…" and "Remove"."""

    changed = Signal()

    def __init__(self, rows: int = 2, parent: QWidget | None = None, *, accelerator: bool = False) -> None:
        """``accelerator``: "Add…" answers Alt+A (where the form has no other A)."""
        super().__init__(parent)
        self.setObjectName("attachmentPicker")
        self._accelerator = accelerator
        self.dialog: QFileDialog | None = None  # the chooser while it is open
        self.list = _list(rows)
        self.list.setObjectName("chosenFiles")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFiles")
        self.remove_button = QPushButton()
        _lay_out(self, self.list, [self.add_button, self.remove_button], beside=rows == 1)
        self.setFocusProxy(self.add_button)  # the row's label shortcut lands on "Add…"
        self._connect_signals()
        self.retranslate()
        self._update()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add…") if self._accelerator else self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Attach photos or files (up to the size set in Settings)"))
        self.remove_button.setText(self.tr("Remove"))
        if self.dialog is not None:
            self.dialog.setWindowTitle(self.tr("Attach photos or files"))

    def choose(self) -> None:
        """Open the file chooser (several files at once); chosen files are added to the list."""
        self.dialog = choose_files(self, self.tr("Attach photos or files"), self.add_paths)
        self.dialog.finished.connect(self._on_dialog_finished)

    def add_paths(self, paths: Iterable[str]) -> None:
        known = set(self.paths())
        for path in paths:
            if not path or path in known:
                continue
            known.add(path)
            item = QListWidgetItem(Path(path).name or path)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.list.addItem(item)
        self._update()
        self.changed.emit()

    def paths(self) -> list[str]:
        return [str(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())]

    def clear(self) -> None:
        self.list.clear()
        self._update()
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update()
            self.changed.emit()

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)


class AttachmentList(TranslatableWidget):
    """The files of a saved record; open one in the PC's viewer."""

    open_failed = Signal(str)  # a sentence for the page's banner
    opened = Signal(object)  # AttachmentRow

    def __init__(
        self,
        open_copy: Callable[[AttachmentRow], Path],
        rows: int = 2,
        parent: QWidget | None = None,
        opener: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self._open_copy = open_copy
        self.opener: UrlOpener = opener or QDesktopServices.openUrl
        self._rows: list[AttachmentRow] = []
        self.list = _list(rows)
        self.list.setObjectName("recordFiles")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFile")
        _lay_out(self, self.list, [self.open_button], beside=False)
        self.setFocusProxy(self.list)  # Enter on the list opens the file
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self.open_selected)
        self.list.itemActivated.connect(self._on_list_item_activated)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the chosen file in this PC's viewer (Enter)"))
        self.set_rows(self._rows)

    def set_rows(self, rows: Sequence[AttachmentRow]) -> None:
        self._rows = list(rows)
        self.list.clear()
        for row in self._rows:
            item = QListWidgetItem(self.tr("{name} ({size})").format(name=row.file_name, size=size_text(row.size)))
            item.setToolTip(row.file_name)
            self.list.addItem(item)
        if self._rows:
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(bool(self._rows))

    def rows(self) -> list[AttachmentRow]:
        return list(self._rows)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._rows):
            self.open_row(self._rows[row])

    def open_row(self, row: AttachmentRow) -> None:
        try:
            path = self._open_copy(row)
        except GatehouseError as error:
            self.open_failed.emit(describe(error))
            return
        if not self.opener(QUrl.fromLocalFile(str(path))):
            message = self.tr("No program on this PC opens {name}. A copy is at {path}.")
            self.open_failed.emit(message.format(name=row.file_name, path=path))
            return
        self.opened.emit(row)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self.open_selected()
