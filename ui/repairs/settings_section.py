"""Repair settings (administrators): categories, SLA targets per priority and per kind, business
hours and holidays, return-visit calls. Saved together; every error shown at its row."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError
from app.repairs.calendar import CalendarKind
from app.repairs.config import SLA_ROWS, RepairSettings, row_key, target_row
from app.repairs.service import RepairService
from ui.app_events import AppEvents
from ui.repairs.code_words import category_names, kind_names, priority_names
from ui.session import OperatorSession
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner, FieldError, FormErrors

MAX_HOURS = 8760.0
HOURS_STEP = 0.5
HOURS_PER_SECOND = 1 / 3600


def _hours(value: timedelta | None) -> float:
    return 0.0 if value is None else value.total_seconds() * HOURS_PER_SECOND


def _duration(hours: float) -> timedelta | None:
    return None if hours <= 0 else timedelta(seconds=round(hours * 3600))


class RepairSettingsSection(TranslatableWidget):
    def __init__(
        self, repairs: RepairService, session: OperatorSession, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repairSettings")
        self._repairs = repairs
        self._session = session
        self._events = events
        self._box = QGroupBox()
        self.banner = Banner()
        self.errors = FormErrors()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        grid = QGridLayout()
        self._headers = [QLabel() for _ in range(4)]
        for column, header in enumerate(self._headers):
            grid.addWidget(header, 0, column)
        self.rows: dict[str, tuple[QLabel, QDoubleSpinBox, QDoubleSpinBox, QComboBox]] = {}
        for index, (section, code) in enumerate(SLA_ROWS, start=1):
            key = row_key(section, code)
            name, response, resolution, calendar = QLabel(), QDoubleSpinBox(), QDoubleSpinBox(), QComboBox()
            for spin in (response, resolution):
                spin.setRange(0.0, MAX_HOURS)
                spin.setSingleStep(HOURS_STEP)
                spin.setDecimals(1)
            error = FieldError()
            grid.addWidget(name, 2 * index - 1, 0)
            grid.addWidget(response, 2 * index - 1, 1)
            grid.addWidget(resolution, 2 * index - 1, 2)
            grid.addWidget(calendar, 2 * index - 1, 3)
            grid.addWidget(error, 2 * index, 0, 1, 4)
            for field, widget in ((f"{key}.response_s", response), (f"{key}.resolution_s", resolution)):
                self.errors.register(field, widget, error)
            self.rows[key] = (name, response, resolution, calendar)
        form = QFormLayout()
        self.categories = QPlainTextEdit()
        self.categories.setTabChangesFocus(True)
        self.categories.setFixedHeight(110)
        self.days = [QCheckBox() for _ in range(7)]
        days = QWidget()
        days_layout = QHBoxLayout(days)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.days:
            days_layout.addWidget(box)
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        hours = QWidget()
        hours_layout = QHBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        hours_layout.addWidget(self.opens)
        hours_layout.addWidget(QLabel("–"))
        hours_layout.addWidget(self.closes)
        hours_layout.addStretch(1)
        self.holidays = QPlainTextEdit()
        self.holidays.setTabChangesFocus(True)
        self.holidays.setFixedHeight(70)
        self.visit_attempts = QSpinBox()
        self.visit_attempts.setRange(1, 10)
        self._labels = {name: QLabel() for name in ("categories", "days", "hours", "holidays", "attempts")}
        self.errors.add_row(form, self._labels["categories"], "repairs.categories", self.categories)
        self.errors.add_row(form, self._labels["days"], "weekly", days)
        self.errors.add_row(form, self._labels["hours"], "weekly.hours", hours)
        self.errors.add_row(form, self._labels["holidays"], "holidays", self.holidays)
        self.errors.add_row(form, self._labels["attempts"], "repairs.visit_attempts", self.visit_attempts)
        for day in range(7):
            self.errors.alias(f"weekly.{day}", "weekly.hours")
        self.errors.alias("repairs.business_hours", "weekly")
        self.save = QPushButton()
        self.save.clicked.connect(self._on_save_clicked)
        inner = QVBoxLayout(self._box)
        inner.addWidget(self._hint)
        inner.addWidget(self.banner)
        inner.addLayout(grid)
        inner.addLayout(form)
        inner.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("Repairs: SLA and categories"))
        self._hint.setText(
            self.tr(
                "Targets in hours (0 = no target). New targets apply to requests taken from now on; "
                "jobs already taken keep theirs."
            )
        )
        for header, text in zip(
            self._headers,
            (self.tr("Applies to"), self.tr("Respond within (h)"), self.tr("Fix within (h)"), self.tr("Clock")),
            strict=True,
        ):
            header.setText(text)
        names = {**priority_names(), **kind_names()}
        for key, (name, _response, _resolution, calendar) in self.rows.items():
            section, code = key.split(".")
            prefix = self.tr("Repair, priority") if section == "by_priority" else self.tr("Every")
            name.setText(f"{prefix}: {names[code]}")
            current = calendar.currentData()
            calendar.clear()
            calendar.addItem(self.tr("24 hours, every day"), CalendarKind.ALWAYS_OPEN.value)
            calendar.addItem(self.tr("Business hours"), CalendarKind.BUSINESS_HOURS.value)
            calendar.setCurrentIndex(max(0, calendar.findData(current)))
            for spin in (_response, _resolution):
                spin.setSpecialValueText(self.tr("No target"))
        texts = {
            "categories": self.tr("Categories (one per line)"),
            "days": self.tr("Working days"),
            "hours": self.tr("Business hours"),
            "holidays": self.tr("Holidays (YYYY-MM-DD, one per line)"),
            "attempts": self.tr("Return-visit calls before closing unreached"),
        }
        for field, label in self._labels.items():
            label.setText(texts[field])
        weekdays = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for box, text in zip(self.days, weekdays, strict=True):
            box.setText(text)
        self.save.setText(self.tr("Save repair settings"))

    def load(self) -> None:
        try:
            current = self._repairs.config.current_settings()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        for key, (_name, response, resolution, calendar) in self.rows.items():
            target = current.targets[key]
            response.setValue(_hours(target.response))
            resolution.setValue(_hours(target.resolution))
            calendar.setCurrentIndex(max(0, calendar.findData(target.calendar_kind.value)))
        names = category_names()
        self.categories.setPlainText("\n".join(names.get(c, c) for c in current.categories))
        for day, box in enumerate(self.days):
            box.setChecked(day in current.workdays)
        self.opens.setTime(QTime(current.opens.hour, current.opens.minute))
        self.closes.setTime(QTime(current.closes.hour, current.closes.minute))
        self.holidays.setPlainText("\n".join(current.holidays))
        self.visit_attempts.setValue(current.visit_attempts)

    def value(self) -> RepairSettings:
        codes = {name: code for code, name in category_names().items()}  # a shown name back to its code
        lines = [line.strip() for line in self.categories.toPlainText().splitlines()]
        targets = {
            key: target_row(
                key, _duration(response.value()), _duration(resolution.value()), CalendarKind(calendar.currentData())
            )
            for key, (_name, response, resolution, calendar) in self.rows.items()
        }
        opens, closes = self.opens.time(), self.closes.time()
        return RepairSettings(
            categories=tuple(codes.get(line, line) for line in lines if line),
            targets=targets,
            workdays=frozenset(day for day, box in enumerate(self.days) if box.isChecked()),
            opens=time(opens.hour(), opens.minute()),
            closes=time(closes.hour(), closes.minute()),
            holidays=tuple(line for line in self.holidays.toPlainText().splitlines() if line.strip()),
            visit_attempts=self.visit_attempts.value(),
        )

    def _on_save_clicked(self) -> None:
        self.banner.clear_message()
        self.errors.clear()
        try:
            self._repairs.config.save_settings(self._session.actor, self.value())  # value(): a row may be refused
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self._events.ran(self._repairs.config.save_settings)
        self.load()
        self.banner.notice(self.tr("Saved."))
