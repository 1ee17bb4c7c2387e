"""The repair settings section: targets, business hours, holidays and categories, saved together."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.repairs.calendar import CalendarKind
from app.repairs.sla_policy import Priority, WorkKind
from tests.ui.helpers import type_text
from tests.ui.repairs.conftest import Desk
from ui.repairs.settings_section import RepairSettingsSection


def _section(qtbot: QtBot, desk: Desk) -> RepairSettingsSection:
    desk.session.set_actor(desk.staff.admin)
    section = RepairSettingsSection(desk.services.repairs, desk.session, desk.events)
    qtbot.addWidget(section)
    section.show()
    return section


def test_changing_a_target_and_the_business_hours(qtbot: QtBot, desk: Desk) -> None:
    section = _section(qtbot, desk)
    assert section.categories.toPlainText().splitlines()[0] == "水務"
    _name, response, resolution, calendar = section.rows["by_priority.urgent"]
    assert (response.value(), resolution.value()) == (1.0, 8.0)
    response.setValue(2.0)
    calendar.setCurrentIndex(calendar.findData(CalendarKind.BUSINESS_HOURS.value))
    section.days[5].setChecked(True)  # Saturday too
    type_text(section.holidays, "2026-04-03")
    section.categories.appendPlainText("外牆")
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert not section.errors.message_for("holidays"), section.banner.text()
    policy = desk.services.repairs.config.policy()
    urgent = policy.target_for("plumbing", Priority.URGENT)
    assert urgent.response == timedelta(hours=2) and urgent.calendar_kind is CalendarKind.BUSINESS_HOURS
    assert policy.target_for("noise", Priority.NORMAL, WorkKind.COMPLAINT).response == timedelta(minutes=30)
    config = desk.services.repairs.config
    assert config.categories()[0] == "plumbing" and "外牆" in config.categories()
    assert config.current_settings().holidays == ("2026-04-03",)
    assert 5 in config.current_settings().workdays


def test_bad_settings_are_shown_at_their_rows_and_nothing_is_saved(qtbot: QtBot, desk: Desk) -> None:
    section = _section(qtbot, desk)
    _name, response, _resolution, _calendar = section.rows["by_priority.normal"]
    response.setValue(30.0)  # longer than the 24 h fix target
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert section.errors.message_for("by_priority.normal.response_s")
    response.setValue(4.0)
    type_text(section.holidays, "2026-02-30")
    for box in section.days:
        box.setChecked(False)
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert section.errors.message_for("holidays")  # not a real date
    assert section.holidays.toPlainText() == "2026-02-30"  # kept as typed
    section.holidays.setPlainText("2026-04-03")
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert section.errors.message_for("weekly")  # no working day at all
    assert desk.services.repairs.config.current_settings().holidays == ()
