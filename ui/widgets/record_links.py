"""A row of links to records other pages own: "Work order: [260302-001 ›]" beside a log entry, "Made
from: [Incident INC-… ›]" on a work order. Each link is a button drawn as a link (a big target that
Tab reaches and Enter or Space presses); pressing it asks for the record (``record_requested``), which
the page passes to ``AppEvents.open_record``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.app_events import RecordRef
from ui.widgets.base import TranslatableWidget

LINK_ROLE = "link"  # QPushButton[role="link"] in the style sheet: underlined blue words on a light chip


class RecordLinks(TranslatableWidget):
    record_requested = Signal(object)  # RecordRef

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.buttons: list[QPushButton] = []
        self._refs: list[RecordRef] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
        self.hide()

    def retranslate(self) -> None:
        for button, ref in zip(self.buttons, self._refs, strict=True):
            button.setToolTip(self.tr("Open {record} on its page (Enter)").format(record=ref.label))

    def set_links(self, caption: str, links: Sequence[tuple[RecordRef, str]]) -> None:
        """``links``: each record with the words on its button; hidden when there is nothing to say."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()  # at once: it is deleted only when the event loop comes back
            button.deleteLater()
        self.buttons = []
        self._refs = [ref for ref, _text in links]
        self.caption.setText(caption)
        for position, (ref, text) in enumerate(links, start=1):
            button = QPushButton(f"{text} ›")
            button.setProperty("role", LINK_ROLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(True)  # Enter presses it, as Space does
            button.clicked.connect(lambda _checked=False, r=ref: self.record_requested.emit(r))
            self._layout.insertWidget(position, button)
            self.buttons.append(button)
        self.retranslate()
        self.setVisible(bool(caption or links))
