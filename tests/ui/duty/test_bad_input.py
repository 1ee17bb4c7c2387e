"""Bad input in the duty area's forms that have no other bad-input test: the sentence sits at the
field, everything typed stays, nothing is saved (every case field by field:
``tests/app/duty/test_bad_input.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.duty.common import Acknowledgement
from app.duty.incidents import NewIncident
from app.permissions import Role
from tests.conftest import PINS
from tests.ui.duty.conftest import Desk, start_shift
from tests.ui.helpers import paste, type_text
from ui.duty.emergency_window import EmergencyWindow
from ui.duty.handover_page import HandoverPage
from ui.duty.incident_page import IncidentsPage
from ui.navigation import HANDOVER, INCIDENTS
from ui.widgets.approval import SupervisorApprovalDialog

INVISIBLE = "含有看不見的字元（通常來自貼上的文字），請重新輸入。"


def test_an_emergency_phone_of_two_numbers_run_together_is_refused_at_the_contact(qtbot: QtBot, desk: Desk) -> None:
    desk.workspace.show_page(INCIDENTS)
    QTest.keyClick(desk.workspace.page(INCIDENTS), Qt.Key.Key_F1)  # type: ignore[arg-type]
    window = desk.workspace.findChild(EmergencyWindow)
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    type_text(window.name, "物業經理 陳先生")
    type_text(window.phone, "9123 4567 9123 4567 9123 4567")  # pasted twice over
    type_text(window.notes, "夜間")
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    approval = next(d for d in window.findChildren(SupervisorApprovalDialog) if d.isVisible())
    type_text(approval.pin, PINS[Role.SUPERVISOR])
    type_text(approval.reason, "更新緊急聯絡人")
    approval._buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.errors.message_for("contact_name") != "")
    assert window.errors.message_for("contact_name") == "格式不正確。"
    typed = (window.name.text(), window.phone.text(), window.notes.text())
    assert typed == ("物業經理 陳先生", "9123 4567 9123 4567 9123 4567", "夜間")
    assert desk.services.incidents.contacts() == []
    window.close()


def test_who_was_notified_pasted_with_a_direction_mark_is_refused_at_the_notification(qtbot: QtBot, desk: Desk) -> None:
    incident = desk.services.incidents.report(desk.actor, NewIncident("theft", "medium", "會所", "單車被盜"))
    desk.workspace.show_page(INCIDENTS)
    page = desk.workspace.page(INCIDENTS)
    assert isinstance(page, IncidentsPage)
    page.refresh()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    page.tabs.setCurrentIndex(1)  # the chosen incident
    page.party.setCurrentIndex(page.party.findData("police"))
    paste(page.party_who, "\u202e署警龍九西")  # right-to-left override from a chat app
    type_text(page.party_time, "08:55")
    qtbot.mouseClick(page.notify_button, Qt.MouseButton.LeftButton)
    assert page.errors.message_for("party") == INVISIBLE
    assert (page.party_who.text(), page.party_time.text()) == ("\u202e署警龍九西", "08:55")
    assert desk.services.incidents.get(incident.incident.id).notifications == ()


def test_a_handover_note_with_an_invisible_character_is_refused_at_the_note(qtbot: QtBot, desk: Desk) -> None:
    panel = start_shift(qtbot, desk)
    desk.services.incidents.report(desk.actor, NewIncident("flooding", "high", "地庫B1", "地庫水浸"))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.workspace.current_key() == HANDOVER)
    page = desk.workspace.page(HANDOVER)
    assert isinstance(page, HandoverPage) and page.handover is not None
    type_text(page.note, "B座後樓梯門鎖鬆，")
    paste(page.note, "已\u200b報工程部")
    page.incoming.setCurrentIndex(page.incoming.findText("張國強"))
    page.select_item(0)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_A)  # accepting an item saves the note first
    assert page.errors.message_for("handover_note") == INVISIBLE
    assert page.note.toPlainText() == "B座後樓梯門鎖鬆，已\u200b報工程部"
    handover = desk.services.handovers.get(page.handover.id)
    assert handover.note == "" and {i.ack for i in handover.items} == {Acknowledgement.PENDING}
