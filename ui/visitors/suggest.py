"""A line edit that offers suggestions under itself while the guard types (returning visitors, units).

The list floats over the page (a child of the window, not a popup: no focus games, nothing to
dismiss). Down/Up move in it, Enter takes the highlighted suggestion (the first by default), Esc
closes it; a click takes one too. The owner answers ``query_changed`` (debounced) with
``set_suggestions``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

DEBOUNCE_MS = 120
VISIBLE_ROWS = 8
MIN_LIST_WIDTH = 600
LIST_STYLE = (
    "QListWidget#suggestions { border: 2px solid #1f5fa8; background: white; }"
    "QListWidget#suggestions::item { padding: 6px 8px; border-bottom: 1px solid #e3e8ee; }"
    "QListWidget#suggestions::item:selected { background: #1f5fa8; color: white; }"
)


class SuggestBox(QLineEdit):
    query_changed = Signal(str)  # the text, once the guard pauses typing
    chosen = Signal(object)  # the data of the suggestion taken

    def __init__(self, parent: QWidget | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("suggestions")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textEdited.connect(self._on_self_text_edited)
        self.list.itemClicked.connect(self._on_list_item_clicked)

    # -- typing ------------------------------------------------------------------------------------
    def _on_self_text_edited(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.hide_suggestions()
            self.query_changed.emit("")
            return
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.query_changed.emit(self.text())

    def set_suggestions(self, items: list[tuple[str, Any]]) -> None:
        """Show ``(text, data)`` items under the box (none: the list hides)."""
        self.list.clear()
        for text, data in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        if not items:
            self.hide_suggestions()
            return
        self.list.setCurrentRow(0)
        self._place()
        self.list.show()
        self.list.raise_()

    def suggestions(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())] if self.list.isVisible() else []

    def hide_suggestions(self) -> None:
        self.list.hide()

    def _place(self) -> None:
        window = self.window()
        if self.list.parent() is not window:
            self.list.setParent(window)
        corner = self.mapTo(window, QPoint(0, self.height()))
        rows = min(self.list.count(), VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else 0
        height = rows * max(row_height, 1) + 2 * self.list.frameWidth() + 4
        width = max(self.width(), MIN_LIST_WIDTH)
        width = min(width, max(self.width(), window.width() - corner.x() - 4))
        self.list.setGeometry(corner.x(), corner.y(), width, height)

    def _take(self, item: QListWidgetItem | None) -> bool:
        if item is None or not self.list.isVisible():
            return False
        data = item.data(Qt.ItemDataRole.UserRole)
        self.hide_suggestions()
        self.chosen.emit(data)
        return True

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self._take(item)

    # -- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        showing = self.list.isVisible() and self.list.count() > 0
        if showing and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
            event.accept()
            return
        if showing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._timer.stop()
            self._take(self.list.currentItem() or self.list.item(0))
            event.accept()
            return
        if showing and key == Qt.Key.Key_Escape:
            self.hide_suggestions()
            event.accept()
            return
        super().keyPressEvent(event)

    def flush(self) -> None:
        """Ask for suggestions now (a scanner or a paste does not wait for the pause)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.hide_suggestions()
        super().focusOutEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.hide_suggestions()  # the page changed or the screen locked: the list goes with the box
        super().hideEvent(event)
