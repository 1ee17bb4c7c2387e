"""Two parts of the check-in form that keep their own state: whom the visitor comes to see (a unit,
then one of its residents) and when the visitor should leave (the type's usual stay until the guard
changes it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit

from app.clock import Clock
from app.directory import DirectoryService, PersonKind
from app.errors import GatehouseError, ValidationError
from app.visitors.types import VisitorType
from ui.visitors.widgets import UnitPicker

DEFAULT_STAY_MINUTES = 60


def local_qdatetime(instant: datetime, zone: tzinfo) -> QDateTime:
    local = instant.astimezone(zone)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


class UnitAndResident:
    """The unit picker and the resident list it fills: choosing a unit lists its residents."""

    def __init__(self, directory: DirectoryService, show_error: Callable[[GatehouseError], None]) -> None:
        self._directory = directory
        self._show_error = show_error
        self.unit = UnitPicker(directory)
        self.unit.setObjectName("unitPicker")
        self.resident = QComboBox()
        self.unit.chosen.connect(self._on_unit_chosen)
        self.unit.textEdited.connect(self._on_unit_text_edited)

    def _on_unit_chosen(self, _data: object) -> None:
        self.load_residents()
        self.resident.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_unit_text_edited(self, _text: str) -> None:
        if self.resident.count() > 1:
            self.load_residents()

    def set_unit(self, unit_id: uuid.UUID | None, label: str) -> None:
        self.unit.set_unit(unit_id, label)
        self.load_residents()

    def load_residents(self) -> None:
        self.resident.clear()
        self.resident.addItem("—", None)
        if self.unit.unit_id is None:
            return
        try:
            people = self._directory.people(kinds=[PersonKind.RESIDENT], unit_id=self.unit.unit_id)
        except GatehouseError as error:
            self._show_error(error)
            return
        for person in people:
            self.resident.addItem(person.name, person.id)

    def select_resident(self, resident_id: uuid.UUID | None) -> None:
        self.resident.setCurrentIndex(max(0, self.resident.findData(resident_id)) if resident_id else 0)

    def resolve(self) -> ValidationError | None:
        """A unit typed but not picked from the list: take it if exactly one unit matches."""
        error = self.unit.resolve()
        if error is None and self.unit.unit_id is not None and self.resident.count() <= 1:
            self.load_residents()
        return error


class LeaveByTime:
    """The leave-by field: shows the visitor type's usual stay from now until the guard edits it."""

    def __init__(self, clock: Clock, zone: tzinfo) -> None:
        self._clock = clock
        self._zone = zone
        self.edited = False
        self.edit = QDateTimeEdit()
        self.edit.setDisplayFormat("MM-dd HH:mm")
        self.edit.setCalendarPopup(False)
        self.edit.dateTimeChanged.connect(self._on_edit_date_time_changed)

    def _on_edit_date_time_changed(self, _value: QDateTime) -> None:
        self.edited = True

    def show_default(self, kind: VisitorType | None) -> None:
        """The type's usual stay from now (unless the guard set a time), without counting as an edit."""
        if self.edited:
            return
        minutes = kind.minutes if kind is not None else DEFAULT_STAY_MINUTES
        self.edit.blockSignals(True)
        self.edit.setDateTime(local_qdatetime(self._clock.now() + timedelta(minutes=minutes), self._zone))
        self.edit.blockSignals(False)

    def reset(self, kind: VisitorType | None) -> None:
        self.edited = False
        self.show_default(kind)

    def value(self) -> datetime | None:
        if not self.edited:
            return None  # the type's usual stay, counted from the moment of saving
        value = self.edit.dateTime()
        date, time = value.date(), value.time()
        local = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=self._zone)
        return local.astimezone(UTC)
