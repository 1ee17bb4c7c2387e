"""The lock screen: nothing of the work behind it shows; any operator unlocks with their PIN.

Whoever unlocks becomes the active operator: the next record is attributed to them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.errors import GatehouseError
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner

if TYPE_CHECKING:
    from app.operators import OperatorRow

CLOCK_TICK_MS = 1000
PANEL_WIDTH = 420


class LockPage(TranslatableWidget):
    unlock_requested = Signal(object, str)  # operator id, PIN
    sign_out_requested = Signal()

    def __init__(self, clock: Clock, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self._clock = clock
        self._zone = zone
        self._site = ""
        self.time = QLabel()
        self.time.setObjectName("lockClock")
        self.time.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._headline = QLabel()
        self._headline.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._who_label = QLabel()
        self.operators = QListWidget()
        self.operators.setObjectName("lockOperators")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self._pin_label = QLabel()
        self._pin_label.setBuddy(self.pin)
        self.banner = Banner()
        self.unlock = QPushButton()
        self.unlock.setProperty("role", "primary")
        self.unlock.setDefault(True)
        self.sign_out = QPushButton()

        card = QFrame()
        card.setObjectName("panel")
        card.setFixedWidth(PANEL_WIDTH)
        inner = QVBoxLayout(card)
        inner.addWidget(self._who_label)
        inner.addWidget(self.operators)
        inner.addWidget(self._pin_label)
        inner.addWidget(self.pin)
        inner.addWidget(self.banner)
        inner.addWidget(self.unlock)
        inner.addWidget(self.sign_out)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.time)
        outer.addWidget(self._headline)
        outer.addLayout(row)
        outer.addStretch(2)

        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.unlock.clicked.connect(self._on_unlock_clicked)
        self.pin.returnPressed.connect(self._on_unlock_clicked)
        self.sign_out.clicked.connect(self.sign_out_requested)
        self.operators.itemActivated.connect(self._on_operators_item_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self._headline.setText(self.tr("Locked — {site}").format(site=self._site) if self._site else self.tr("Locked"))
        self._who_label.setText(self.tr("Who is at the desk?"))
        self._pin_label.setText(self.tr("&PIN"))
        self.unlock.setText(self.tr("&Unlock"))
        self.sign_out.setText(self.tr("Sign in with a &password instead"))

    def set_zone(self, zone: tzinfo) -> None:
        """The site's time zone, for the clock."""
        self._zone = zone

    def lock(self, site: str, operators: Sequence[OperatorRow], current: uuid.UUID | None) -> None:
        """Show the lock screen with the operators who can unlock (current one selected)."""
        self._site = site
        self.retranslate()
        self.operators.clear()
        for row in operators:
            item = QListWidgetItem(row.display_name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.operators.addItem(item)
            if row.id == current:
                self.operators.setCurrentItem(item)
        if self.operators.currentItem() is None and self.operators.count():
            self.operators.setCurrentRow(0)
        self.pin.clear()
        self.banner.clear_message()
        self._on_timer_timeout()
        self._timer.start()
        self.pin.setFocus()

    def stop(self) -> None:
        self._timer.stop()
        self.pin.clear()

    def selected_operator(self) -> uuid.UUID | None:
        item = self.operators.currentItem()
        operator_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return operator_id if isinstance(operator_id, uuid.UUID) else None

    def _on_timer_timeout(self) -> None:
        self.time.setText(self._clock.now().astimezone(self._zone).strftime("%H:%M"))

    def _on_operators_item_activated(self, _item: QListWidgetItem) -> None:
        self.pin.setFocus()

    def _on_unlock_clicked(self) -> None:
        operator = self.selected_operator()
        if operator is None:
            self.banner.error(self.tr("Choose who you are first."))
            return
        self.unlock_requested.emit(operator, self.pin.text())

    def show_error(self, error: GatehouseError) -> None:
        self.pin.clear()
        self.banner.show_error(error)
        self.pin.setFocus()
