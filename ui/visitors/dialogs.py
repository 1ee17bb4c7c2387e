"""Dialogs of the guard's page: the watchlist alert, the held-keys warning and the overstay sweep.

All open with ``open()`` and answer with a signal; closing one without answering saves nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.holdings import HeldItem
from app.visitors.model import SweepDecision, VisitRow, WatchAction, WatchDecision, WatchHit
from ui.visitors.code_words import action_name, duration_text, listing, sweep_name
from ui.visitors.widgets import TranslatableDialog
from ui.widgets.form import Banner

ALERT_STYLE = (
    "QDialog#watchAlert { background: #fff4f2; border: 6px solid #b3261e; }"
    "QLabel#alertHeadline { background: #b3261e; color: white; font-size: 20pt; font-weight: bold; padding: 10px; }"
    "QLabel#alertAction { color: #8c1d18; font-size: 16pt; font-weight: bold; }"
    "QFrame#alertHit { border: 2px solid #e6a09a; border-radius: 6px; background: white; }"
    "QPushButton { min-height: 44px; font-size: 13pt; }"
)
SECONDS_PER_MINUTE = 60


class WatchAlertDialog(TranslatableDialog):
    """The check-in matched the watchlist: who, why, what to do, and the guard's decision."""

    decided = Signal(object)  # WatchDecision

    def __init__(self, name: str, hits: Sequence[WatchHit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchAlert")
        self.setStyleSheet(ALERT_STYLE)
        self.setModal(True)
        self.setMinimumWidth(560)
        self._name = name
        self._hits = list(hits)
        actions = {hit.action for hit in hits}
        self.headline = QLabel()
        self.headline.setObjectName("alertHeadline")
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hit_labels: list[tuple[QLabel, QLabel, WatchHit]] = []
        hits_box = QVBoxLayout()
        for hit in hits:
            frame = QFrame()
            frame.setObjectName("alertHit")
            action, details = QLabel(), QLabel()
            action.setObjectName("alertAction")
            details.setWordWrap(True)
            inner = QVBoxLayout(frame)
            inner.addWidget(action)
            inner.addWidget(details)
            hits_box.addWidget(frame)
            self._hit_labels.append((action, details, hit))
        self.refuse_button = QPushButton()
        self.refuse_button.setProperty("role", "danger")
        self.call_button = QPushButton()
        self.noted_button = QPushButton()
        self.override_button = QPushButton()
        self.call_button.setVisible(WatchAction.DENY not in actions)
        self.noted_button.setVisible(actions == {WatchAction.ALERT_ONLY})
        buttons = QHBoxLayout()
        for button in (self.refuse_button, self.call_button, self.noted_button, self.override_button):
            buttons.addWidget(button)
        self._later = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(hits_box)
        layout.addLayout(buttons)
        layout.addWidget(self._later, 0, Qt.AlignmentFlag.AlignRight)
        self._connect_signals()
        self.retranslate()
        self.refuse_button.setFocus()

    def _connect_signals(self) -> None:
        self.refuse_button.clicked.connect(lambda: self._decide(WatchDecision.REFUSED))
        self.call_button.clicked.connect(lambda: self._decide(WatchDecision.ALLOWED_AFTER_CALL))
        self.noted_button.clicked.connect(lambda: self._decide(WatchDecision.ALLOWED_ALERT_ONLY))
        self.override_button.clicked.connect(lambda: self._decide(WatchDecision.OVERRIDDEN))
        self._later.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Watchlist alert"))
        self.headline.setText(self.tr("WATCHLIST: {name}").format(name=self._name))
        kinds = {
            "name": self.tr("name"),
            "phone": self.tr("phone"),
            "id": self.tr("ID number"),
            "plate": self.tr("plate"),
        }
        for action, details, hit in self._hit_labels:
            action.setText(action_name(hit.action))
            lines = [
                self.tr("Listed as: {name}").format(name=" / ".join(p for p in (hit.name, hit.aliases) if p) or "—"),
                self.tr("Reason: {reason}").format(reason=hit.reason),
                self.tr("Matched on: {fields}").format(fields=listing(kinds.get(k, k) for k in hit.matched_on)),
            ]
            if hit.expires_on is not None:
                lines.append(self.tr("Listed until {date}").format(date=hit.expires_on.isoformat()))
            details.setText("\n".join(lines))
        self.refuse_button.setText(self.tr("&Refuse entry"))
        self.call_button.setText(self.tr("Resident &called: let in"))
        self.noted_button.setText(self.tr("&Noted: let in"))
        self.override_button.setText(self.tr("&Supervisor override…"))
        self._later.setText(self.tr("Close without deciding (nothing is saved)"))

    def showEvent(self, event: QShowEvent) -> None:
        QApplication.beep()
        super().showEvent(event)

    def _decide(self, decision: WatchDecision) -> None:
        self.decided.emit(decision)
        self.accept()


class HeldItemsDialog(TranslatableDialog):
    """The visitor still holds keys: list them; check out anyway or go and get them back."""

    confirmed = Signal()

    def __init__(self, name: str, items: Sequence[HeldItem], zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heldItems")
        self.setModal(True)
        self._name = name
        self._items = list(items)
        self._zone = zone
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._list = QLabel()
        self._list.setObjectName("alertWarning")
        self._list.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._list)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self.cancel_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Items not returned"))
        self._intro.setText(self.tr("{name} still holds:").format(name=self._name))
        lines = []
        for item in self._items:
            since = item.since.astimezone(self._zone).strftime("%H:%M")
            lines.append(self.tr("{label} (since {time})").format(label=item.label, time=since))
        self._list.setText("\n".join(lines))
        self.confirm_button.setText(self.tr("Check out &anyway"))
        self.cancel_button.setText(self.tr("&Cancel: get the items back first"))

    def _on_confirm_button_clicked(self) -> None:
        self.confirmed.emit()
        self.accept()


class SweepDialog(TranslatableDialog):
    """End-of-shift sweep: one answer per overstay (left unwitnessed / still here / escalate)."""

    answered = Signal(object)  # dict[uuid.UUID, SweepDecision]

    def __init__(
        self, overstays: Sequence[VisitRow], zone: tzinfo, now_minutes: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sweepDialog")
        self.setModal(True)
        self.setMinimumSize(640, 360)
        self._rows = list(overstays)
        self._zone = zone
        self._over = list(now_minutes)
        self.banner = Banner()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        grid = QGridLayout()
        self.choices: dict[uuid.UUID, QComboBox] = {}
        self._row_labels: list[QLabel] = []
        for line, row in enumerate(self._rows):
            label = QLabel()
            combo = QComboBox()
            grid.addWidget(label, line, 0)
            grid.addWidget(combo, line, 1)
            self.choices[row.id] = combo
            self._row_labels.append(label)
        host = QWidget()
        host.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self._cancel = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self._cancel.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Overstay sweep"))
        self._intro.setText(
            self.tr(
                "These visitors are past their leave-by time. Check each one and say what you found. "
                '"Left" checks the visitor out with the time marked as not witnessed.'
            )
        )
        for label, row, over in zip(self._row_labels, self._rows, self._over, strict=True):
            label.setText(
                self.tr("{name} · {unit} · overstay {time}").format(
                    name=row.name, unit=row.unit_label or row.company or "—", time=duration_text(over)
                )
            )
        for combo in self.choices.values():
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— choose —"), None)
            for decision in SweepDecision:
                combo.addItem(sweep_name(decision), decision.value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.save_button.setText(self.tr("&Save answers"))
        self._cancel.setText(self.tr("Cancel"))

    def _on_save_button_clicked(self) -> None:
        answers = {visit_id: combo.currentData() for visit_id, combo in self.choices.items()}
        if any(value is None for value in answers.values()):
            self.banner.error(self.tr("Choose an answer for every visitor."))
            return
        self.answered.emit({visit_id: SweepDecision(value) for visit_id, value in answers.items()})
        self.accept()
