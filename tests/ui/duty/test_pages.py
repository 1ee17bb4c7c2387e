"""The duty log, patrol and incident pages and the F1 emergency window, driven as a guard does."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.duty.common import IncidentStatus
from app.permissions import Role
from tests.conftest import PINS
from tests.ui.duty.conftest import Desk
from tests.ui.helpers import type_text
from ui.duty.emergency_window import EmergencyWindow
from ui.duty.incident_page import IncidentsPage
from ui.duty.log_page import AmendDialog, DutyLogPage
from ui.duty.patrol_page import PatrolsPage
from ui.navigation import DUTY, INCIDENTS, PATROLS
from ui.widgets.approval import SupervisorApprovalDialog


def test_log_quick_entry_template_bad_time_and_amendment(qtbot: QtBot, desk: Desk) -> None:
    desk.services.shifts.start(desk.actor)
    desk.workspace.show_page(DUTY)
    page = desk.workspace.page(DUTY)
    assert isinstance(page, DutyLogPage)
    page.apply_template(0)  # F2: "gate checked, all normal"
    type_text(page.text, "東門閘機正常")
    type_text(page.time, "25:99")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.message_for("at")  # shown at the field; nothing typed is lost
    assert page.text.toPlainText().endswith("東門閘機正常") and page.model.rowCount() == 0
    page.time.clear()
    type_text(page.location, "東門")
    QTest.keyClick(page.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.text.toPlainText() == "" and page.model.row_at(0).location == "東門"  # type: ignore[union-attr]

    page.table.selectRow(0)
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AmendDialog)
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors.message_for("reason")  # a reason is required
    dialog.text.setPlainText("東門閘機正常，已測試兩次")
    type_text(dialog.reason, "補充")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.model.row_at(0).amended)  # type: ignore[union-attr]
    shown = page.model.data(page.model.index(0, page.model.Column.TEXT))
    assert "已測試兩次" in shown and "補充" in shown and "東門閘機正常" in shown


def _approve(qtbot: QtBot, parent: object) -> None:
    dialogs = [d for d in parent.findChildren(SupervisorApprovalDialog) if d.isVisible()]  # type: ignore[attr-defined]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    type_text(dialog.pin, PINS[Role.SUPERVISOR])
    type_text(dialog.reason, "設定巡邏路線")
    dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_patrol_route_set_up_round_by_scan_and_tick(qtbot: QtBot, desk: Desk) -> None:
    desk.services.shifts.start(desk.actor)
    desk.workspace.show_page(PATROLS)
    page = desk.workspace.page(PATROLS)
    assert isinstance(page, PatrolsPage)
    type_text(page.new_route_code, "R1")
    type_text(page.new_route_name, "外圍巡邏")
    page.interval.setValue(60)
    page.round_minutes.setValue(20)
    qtbot.mouseClick(page.add_route_button, Qt.MouseButton.LeftButton)
    _approve(qtbot, page)  # a guard asks; the supervisor approves in place
    qtbot.waitUntil(lambda: page.route.count() == 1)
    for code, name in (("CP-01", "東門"), ("CP-02", "停車場")):
        type_text(page.point_code, code)
        type_text(page.point_name, name)
        qtbot.mouseClick(page.add_point_button, Qt.MouseButton.LeftButton)
        _approve(qtbot, page)
    qtbot.waitUntil(lambda: "(2)" in page.route.currentText())

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.round is not None and page.model.rowCount() == 2
    page.scanner.scanned.emit("NOPE-9")  # an unknown label: said at the field, round unchanged
    assert "NOPE-9" in page.errors.message_for("code")
    type_text(page.anomaly, "閘門未鎖")
    page.scanner.scanned.emit("CP-01")
    assert page.round.reached_count == 1 and page.round.checkpoints[0].anomaly == "閘門未鎖"
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert page.round is None and "CP-02" in page.banner.text()

    desk.services.clock.advance(timedelta(hours=1))  # type: ignore[attr-defined]
    page.refresh()
    states = [page.windows.data(page.windows.index(r, page.windows.Column.STATE)) for r in range(2)]
    assert len(states) == 2 and states[0] != states[1]  # CP-01 on time, CP-02 missed


def test_incident_report_keeps_input_on_errors_then_notifies(qtbot: QtBot, desk: Desk) -> None:
    desk.workspace.show_page(INCIDENTS)
    page = desk.workspace.page(INCIDENTS)
    assert isinstance(page, IncidentsPage)
    page.category.setCurrentIndex(page.category.findData("lift_entrapment"))
    type_text(page.people, "住戶一名")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.errors.message_for("location") and page.errors.message_for("summary")
    assert page.people.toPlainText() == "住戶一名"
    type_text(page.location, "A座2號電梯")
    type_text(page.summary, "電梯困人")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.model.rowCount() == 1 and "電梯困人" in page.heading.text()
    page.party.setCurrentIndex(page.party.findData("fire"))
    type_text(page.party_who, "消防處")
    qtbot.mouseClick(page.notify_button, Qt.MouseButton.LeftButton)
    assert page.events_list.count() == 2 and "消防處" in page.events_list.item(1).text()
    page.status.setCurrentIndex(page.status.findData("closed"))
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    assert page.errors.message_for("follow_up")  # closing needs a note
    type_text(page.note, "住戶已救出")
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    assert page.detail is not None and page.detail.incident.status is IncidentStatus.CLOSED


def test_f1_opens_the_emergency_window_from_any_page(qtbot: QtBot, desk: Desk) -> None:
    desk.services.incidents.save_contact(desk.supervisor, None, "報警", "999", "警察 消防 救護")
    desk.services.incidents.save_plan(desk.supervisor, "fire_alarm", "1. 到火警平面圖位置\n2. 致電999")
    desk.workspace.show_page(INCIDENTS)
    QTest.keyClick(desk.workspace.page(INCIDENTS), Qt.Key.Key_F1)  # type: ignore[arg-type]
    window = desk.workspace.findChild(EmergencyWindow)
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    assert window.contacts.rowCount() == 1
    window.show_category("fire_alarm")
    assert "致電999" in window.plan.toPlainText()
    window.close()
