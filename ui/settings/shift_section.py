"""Shift patterns (administrators): up to six named shifts with start and end times."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError
from app.settings import SettingsService
from app.shifts import MAX_PATTERNS, SHIFT_PATTERNS, ShiftService
from ui.app_events import AppEvents
from ui.code_words import pattern_name
from ui.session import OperatorSession
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner


class ShiftPatternSection(TranslatableWidget):
    def __init__(
        self,
        settings: SettingsService,
        shifts: ShiftService,
        session: OperatorSession,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftSettings")
        self._settings = settings
        self._shifts = shifts
        self._session = session
        self._events = events
        self._box = QGroupBox()
        self.banner = Banner()
        self._headers = [QLabel(), QLabel(), QLabel()]
        self.rows: list[tuple[QLineEdit, QTimeEdit, QTimeEdit, str]] = []
        grid = QGridLayout()
        for column, header in enumerate(self._headers):
            grid.addWidget(header, 0, column)
        for index in range(MAX_PATTERNS):
            label, start, end = QLineEdit(), QTimeEdit(), QTimeEdit()
            label.setMaxLength(20)
            start.setDisplayFormat("HH:mm")
            end.setDisplayFormat("HH:mm")
            grid.addWidget(label, index + 1, 0)
            grid.addWidget(start, index + 1, 1)
            grid.addWidget(end, index + 1, 2)
            self.rows.append((label, start, end, ""))
        self.save = QPushButton()
        self.save.clicked.connect(self._on_save_clicked)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        inner = QVBoxLayout(self._box)
        inner.addWidget(self._hint)
        inner.addWidget(self.banner)
        inner.addLayout(grid)
        inner.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("Shift patterns"))
        self._hint.setText(
            self.tr("Leave a name empty to remove that shift. A shift may run past midnight (e.g. 23:00 to 07:00).")
        )
        for header, text in zip(self._headers, (self.tr("Name"), self.tr("Starts"), self.tr("Ends")), strict=True):
            header.setText(text)
        self.save.setText(self.tr("Save shift patterns"))

    def load(self) -> None:
        try:
            patterns = self._shifts.patterns()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        for index, (label, start, end, _code) in enumerate(self.rows):
            if index < len(patterns):
                p = patterns[index]
                label.setText(pattern_name(p))
                start.setTime(QTime(p.start.hour, p.start.minute))
                end.setTime(QTime(p.end.hour, p.end.minute))
                self.rows[index] = (label, start, end, p.code)
            else:
                label.clear()
                self.rows[index] = (label, start, end, "")

    def _on_save_clicked(self) -> None:
        self.banner.clear_message()
        value = []
        for index, (label, start, end, code) in enumerate(self.rows):
            if not label.text().strip():
                continue
            value.append(
                {
                    "code": code or f"shift{index + 1}",
                    "label": label.text() if label.text() != pattern_name(code) else "",
                    "start": start.time().toString("HH:mm"),
                    "end": end.time().toString("HH:mm"),
                }
            )
        try:
            self._settings.set(self._session.actor, SHIFT_PATTERNS, value)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._settings.set)
        self.load()
        self.banner.notice(self.tr("Saved."))
