"""Opening a record from another page, in the real window: a handover item of every area (Enter on
its row), a log entry's work-order link and back from the work order's source line, an incident's,
an alert on the home page, and records that cannot be found (said in words, nothing breaks)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.directory import PersonFields, PersonKind
from app.duty.incidents import NewIncident
from app.duty.log import NewLogEntry
from app.keys.rows import Borrower, BorrowerKind, KeyFields, OpensKind
from app.repairs.lifecycle import Channel
from app.repairs.rows import IntakeFields
from app.repairs.sla_policy import Priority, WorkKind
from app.visitors.model import CheckInFields
from tests.conftest import ADMIN_PASSWORD
from tests.ui.duty.conftest import Desk
from ui.app_events import Alert, AlertLevel, RecordRef
from ui.duty.handover_page import HandoverPage
from ui.duty.incident_page import IncidentsPage
from ui.duty.log_page import DutyLogPage
from ui.duty.patrol_page import PatrolsPage
from ui.home.alerts_panel import AlertsPanel
from ui.keys.keys_page import KeysPage
from ui.navigation import (
    DUTY,
    HANDOVER,
    HOME,
    INCIDENTS,
    KEYS,
    PATROLS,
    REPAIRS,
    VISIT_HISTORY,
    VISITORS,
)
from ui.repairs.repairs_page import RepairsPage
from ui.visitors.history_page import VisitHistoryPage
from ui.visitors.visitors_page import VisitorsPage


@dataclass
class Matters:
    """One open matter of every area at the booth, two hours into the shift."""

    visit: uuid.UUID
    key: uuid.UUID
    work_order: uuid.UUID
    incident: uuid.UUID
    instruction: uuid.UUID
    checkpoint: uuid.UUID


@pytest.fixture
def matters(desk: Desk) -> Matters:
    services, guard, supervisor = desk.services, desk.actor, desk.supervisor
    admin = services.auth.login("admin", ADMIN_PASSWORD, guard.desk_id)
    services.shifts.start(guard)
    building = services.directory.add_building(admin, "a", "A座")
    unit = services.directory.add_unit(admin, building.id, "12b", "12")
    visit = services.visitors.check_in(guard, CheckInFields("陳大明", "guest", unit_id=unit.id))
    person = services.directory.add_person(admin, PersonFields(PersonKind.STAFF, "何家樂", role="保安員"))
    roof = services.key_inventory.add_key(supervisor, KeyFields("K-012", "A座天台門", OpensKind.GATE, position="甲-12"))
    services.key_inventory.add_key(supervisor, KeyFields("K-013", "B2 水泵房", OpensKind.PLANT_ROOM))
    borrower = Borrower(BorrowerKind.STAFF, person_id=person.id)
    services.key_register.issue(guard, roof.id, borrower, due_at=services.clock.now() + timedelta(hours=1))  # type: ignore[attr-defined]
    job = services.repairs.create(
        guard,
        IntakeFields(
            WorkKind.REPAIR,
            "plumbing",
            Priority.NORMAL,
            Channel.PHONE,
            "廚房水龍頭漏水",
            reporter_name="陳大明",
            reporter_phone="91234567",
            unit_id=unit.id,
        ),
    )
    incident = services.incidents.report(guard, NewIncident("flooding", "high", "地庫B1", "地庫水浸"))
    instruction = services.duty_log.add(supervisor, NewLogEntry("instruction", "今晚十時前巡查B座後樓梯", "B座"))
    route = services.patrols.add_route(supervisor, "R1", "外圍巡邏", 60, 20)
    route = services.patrols.add_checkpoint(supervisor, route.id, "CP-01", "東門")
    services.clock.advance(timedelta(hours=2))  # type: ignore[attr-defined]
    return Matters(visit.id, roof.id, job.id, incident.incident.id, instruction.id, route.checkpoints[0].id)


def _press_enter_on_item(qtbot: QtBot, desk: Desk, ref_kind: str) -> None:
    desk.workspace.show_page(HANDOVER)
    page = desk.workspace.page(HANDOVER)
    assert isinstance(page, HandoverPage) and page.handover is not None
    row = next(n for n, item in enumerate(page.items.rows()) if item.ref_kind == ref_kind)
    page.select_item(row)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)


def test_enter_on_a_handover_item_shows_its_record_on_its_own_page(qtbot: QtBot, desk: Desk, matters: Matters) -> None:
    desk.workspace.show_page(HANDOVER)
    page = desk.workspace.page(HANDOVER)
    assert isinstance(page, HandoverPage)
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)  # the outgoing guard compiles it
    assert page.handover is not None
    kinds = {item.ref_kind for item in page.items.rows()}
    assert kinds == {"visit", "key_loan", "key_count", "work_order", "incident", "log", "patrol_checkpoint"}
    tip = page.items.data(page.items.index(0, page.items.Column.DETAILS), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("按 Enter 或按兩下：在相關頁面開啟")

    _press_enter_on_item(qtbot, desk, "visit")
    visitors = desk.workspace.page(VISITORS)
    assert desk.workspace.current_key() == VISITORS and isinstance(visitors, VisitorsPage)
    chosen = visitors.on_site.selected()
    assert chosen is not None and chosen.id == matters.visit and visitors.on_site.table.hasFocus()

    _press_enter_on_item(qtbot, desk, "key_loan")
    keys = desk.workspace.page(KEYS)
    assert desk.workspace.current_key() == KEYS and isinstance(keys, KeysPage)
    key = keys.register.selected()
    assert key is not None and key.id == matters.key and key.loan is not None and key.loan.borrower.name == "何家樂"
    assert keys.register.search.text() == "K-012" and keys.history.key is not None
    assert keys.history.key.id == matters.key and keys.history.model.rowCount() >= 1

    _press_enter_on_item(qtbot, desk, "work_order")
    repairs = desk.workspace.page(REPAIRS)
    assert desk.workspace.current_key() == REPAIRS and isinstance(repairs, RepairsPage)
    assert repairs.tabs.currentWidget() is repairs.queue and repairs.queue.selected_id() == matters.work_order
    detail = repairs.queue.detail.detail
    assert detail is not None and detail.id == matters.work_order
    assert repairs.queue.search.text() == detail.row.number and repairs.queue.detail.timeline.count() == 1

    _press_enter_on_item(qtbot, desk, "incident")
    incidents = desk.workspace.page(INCIDENTS)
    assert desk.workspace.current_key() == INCIDENTS and isinstance(incidents, IncidentsPage)
    assert incidents.detail is not None and incidents.detail.incident.id == matters.incident
    assert incidents.tabs.currentIndex() == 1 and "地庫水浸" in incidents.heading.text()
    listed = incidents.model.row_at(incidents.table.currentIndex().row())
    assert listed is not None and listed.id == matters.incident

    _press_enter_on_item(qtbot, desk, "log")
    log = desk.workspace.page(DUTY)
    assert desk.workspace.current_key() == DUTY and isinstance(log, DutyLogPage)
    entry = log.model.row_at(log.table.currentIndex().row())
    assert entry is not None and entry.id == matters.instruction and not log.back_button.isVisible()

    _press_enter_on_item(qtbot, desk, "patrol_checkpoint")
    patrols = desk.workspace.page(PATROLS)
    assert desk.workspace.current_key() == PATROLS and isinstance(patrols, PatrolsPage)
    window = patrols.windows.row_at(patrols.windows_table.currentIndex().row())
    assert window is not None and window.checkpoint.id == matters.checkpoint and window.state.value == "missed"
    assert patrols.windows_table.hasFocus()


def test_a_visitor_who_left_is_chosen_in_the_history_of_that_day(qtbot: QtBot, desk: Desk, matters: Matters) -> None:
    desk.services.visitors.check_out(desk.actor, matters.visit)
    desk.services.clock.advance(timedelta(days=2))  # type: ignore[attr-defined]
    desk.workspace.show_page(VISIT_HISTORY)
    history = desk.workspace.page(VISIT_HISTORY)
    assert isinstance(history, VisitHistoryPage)
    history.visitor.setText("nobody")  # a filter of the guard's own that would hide it
    desk.shell.events.open_record(RecordRef("visit", str(matters.visit), "陳大明"))
    assert desk.workspace.current_key() == VISIT_HISTORY
    days = {edit.date().toString("yyyy-MM-dd") for edit in (history.first_day, history.last_day)}
    assert days == {"2026-03-02"} and history.visitor.text() == ""
    shown = history.model.row_at(history.table.currentIndex().row())
    assert shown is not None and shown.id == matters.visit and shown.name == "陳大明"


def test_from_a_log_entry_to_its_work_order_and_back_from_the_source_line(qtbot: QtBot, desk: Desk) -> None:
    services, guard = desk.services, desk.actor
    clock = services.clock
    yesterday = services.duty_log.add(guard, NewLogEntry("equipment_fault", "停車場B1消防喉箱門損壞", "停車場B1"))
    draft = services.duty_work_orders.draft(guard, "log", yesterday.id)
    older = services.duty_work_orders.create(guard, "log", yesterday.id, draft.fields)
    clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    services.shifts.start(guard)
    entry = services.duty_log.add(guard, NewLogEntry("equipment_fault", "B座大堂燈光閃爍", "B座大堂"))
    draft = services.duty_work_orders.draft(guard, "log", entry.id)
    job = services.duty_work_orders.create(guard, "log", entry.id, draft.fields)

    desk.workspace.show_page(DUTY)
    log = desk.workspace.page(DUTY)
    assert isinstance(log, DutyLogPage) and log.model.rowCount() == 1  # this shift's entries only
    assert not log.entry_work_orders.isVisible()
    log.table.selectRow(0)
    links = log.entry_work_orders
    assert links.isVisible() and links.caption.text() == "工單："
    assert [b.text() for b in links.buttons] == [f"{job.row.number} ›"]
    assert links.buttons[0].toolTip() == f"在相關頁面開啟 {job.row.number}（Enter）"
    links.buttons[0].setFocus()
    QTest.keyClick(links.buttons[0], Qt.Key.Key_Return)  # the link is a button: Tab reaches it, Enter opens

    repairs = desk.workspace.page(REPAIRS)
    assert desk.workspace.current_key() == REPAIRS and isinstance(repairs, RepairsPage)
    panel = repairs.queue.detail
    assert repairs.queue.selected_id() == job.id and panel.detail is not None and panel.detail.id == job.id
    assert panel.title.text().startswith(job.row.number) and panel.timeline.count() == 1
    assert panel.source.isVisible() and panel.source.caption.text() == "<b>來源</b>:"
    assert [b.text() for b in panel.source.buttons] == ["值班記錄 · 03-03 09:00 ›"]
    qtbot.mouseClick(panel.source.buttons[0], Qt.MouseButton.LeftButton)

    assert desk.workspace.current_key() == DUTY
    chosen = log.model.row_at(log.table.currentIndex().row())
    assert chosen is not None and chosen.id == entry.id and log.table.hasFocus()

    # The work order of yesterday's entry: its source is shown among the entries of that day.
    desk.shell.events.open_record(RecordRef("work_order", str(older.id), older.row.number))
    assert repairs.queue.selected_id() == older.id
    qtbot.mouseClick(panel.source.buttons[0], Qt.MouseButton.LeftButton)
    assert desk.workspace.current_key() == DUTY
    chosen = log.model.row_at(log.table.currentIndex().row())
    assert chosen is not None and chosen.id == yesterday.id
    assert log.shift_label.text() == "2026-03-02：共 1 項記錄（非本班）" and log.back_button.isVisible()
    qtbot.mouseClick(log.back_button, Qt.MouseButton.LeftButton)
    assert log.shift_label.text() == "本班：共 1 項記錄" and not log.back_button.isVisible()
    assert [e.id for e in log.model.rows()] == [entry.id]


def test_from_an_incident_to_its_work_order_and_back(qtbot: QtBot, desk: Desk) -> None:
    services, guard = desk.services, desk.actor
    services.shifts.start(guard)
    incident = services.incidents.report(guard, NewIncident("flooding", "high", "地庫B2 水泵房", "地庫水管爆裂漏水"))
    draft = services.duty_work_orders.draft(guard, "incident", incident.incident.id)
    job = services.duty_work_orders.create(guard, "incident", incident.incident.id, draft.fields)
    services.incidents.follow_up(guard, incident.incident.id, "已關上總閥，水已清理")
    services.incidents.set_status(guard, incident.incident.id, "closed", "已完成")

    desk.workspace.show_page(INCIDENTS)
    page = desk.workspace.page(INCIDENTS)
    assert isinstance(page, IncidentsPage) and page.model.rowCount() == 0  # open ones only: it is closed
    desk.shell.events.open_record(RecordRef("incident", str(incident.incident.id), incident.incident.number))
    assert not page.open_only.isChecked() and page.search.text() == incident.incident.number
    assert page.detail is not None and page.detail.incident.id == incident.incident.id
    assert [b.text() for b in page.links.buttons] == [f"{job.row.number}（新報修） ›"]
    qtbot.mouseClick(page.links.buttons[0], Qt.MouseButton.LeftButton)

    repairs = desk.workspace.page(REPAIRS)
    assert desk.workspace.current_key() == REPAIRS and isinstance(repairs, RepairsPage)
    assert repairs.queue.selected_id() == job.id
    source = repairs.queue.detail.source
    assert [b.text() for b in source.buttons] == [f"事件 {incident.incident.number} · 03-02 09:00 ›"]
    qtbot.mouseClick(source.buttons[0], Qt.MouseButton.LeftButton)
    assert desk.workspace.current_key() == INCIDENTS
    assert page.detail is not None and page.detail.incident.id == incident.incident.id


def test_an_alert_about_a_record_opens_it_and_one_about_a_page_goes_there(
    qtbot: QtBot, desk: Desk, matters: Matters
) -> None:
    desk.workspace.show_page(DUTY)
    desk.workspace.show_page(HOME)  # the panels read again: the key is overdue now
    home = desk.workspace.page(HOME)
    assert home is not None
    alerts = home.findChild(AlertsPanel)
    assert alerts is not None
    (line,) = [line for line in alerts.lines() if line.alert.record is not None]
    assert line.alert.record == RecordRef("key_loan", line.alert.record.id, "K-012 A座天台門")
    assert line.toolTip() == "按一下或按 Enter 開啟"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    keys = desk.workspace.page(KEYS)
    assert desk.workspace.current_key() == KEYS and isinstance(keys, KeysPage)
    key = keys.register.selected()
    assert key is not None and key.id == matters.key

    now = desk.services.clock.now()  # type: ignore[attr-defined]
    desk.shell.events.post_alert(Alert("test:page", AlertLevel.WARNING, "交接班被拒", now, HANDOVER))
    desk.workspace.show_page(HOME)
    (line,) = [line for line in alerts.lines() if line.alert.key == "test:page"]
    assert line.toolTip() == "按一下或按 Enter 前往相關頁面"
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert desk.workspace.current_key() == HANDOVER


def test_a_record_that_cannot_be_found_is_said_in_words(qtbot: QtBot, desk: Desk) -> None:
    workspace, events = desk.workspace, desk.shell.events
    events.open_record(RecordRef("work_order", str(uuid.uuid4()), "260399-999"))
    assert workspace.current_key() == REPAIRS and workspace.message.text() == "找不到 260399-999。"
    repairs = workspace.page(REPAIRS)
    assert isinstance(repairs, RepairsPage) and repairs.queue.detail.detail is None

    # An id from elsewhere (not one of ours): both visitor pages are asked, the first stays shown.
    events.open_record(RecordRef("visit", "v-1", "陳大明"))
    assert workspace.current_key() == VISITORS and workspace.message.text() == "找不到 陳大明。"
    events.open_record(RecordRef("incident", str(uuid.uuid4())))
    assert workspace.current_key() == INCIDENTS and workspace.message.text() == "找不到該記錄。"
    for kind in ("log", "key_loan", "patrol_checkpoint"):
        events.open_record(RecordRef(kind, str(uuid.uuid4()), "X-1"))
        assert workspace.message.text() == "找不到 X-1。", kind

    # A key count difference is a count, not a record a page shows: nothing to open, said so.
    workspace.show_page(HOME)
    events.open_record(RecordRef("key_count", str(uuid.uuid4()), "K-044 會所"))
    assert workspace.current_key() == HOME and workspace.message.text() == "此項目沒有可開啟的記錄。"
    assert workspace.message.isVisible()
    workspace.show_page(DUTY)  # the line was about the page left: it goes
    assert not workspace.message.isVisible()
