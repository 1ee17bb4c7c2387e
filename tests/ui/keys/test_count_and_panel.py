"""The key count at a shift change, and overdue keys on the dashboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.clock import Clock
from app.keys.rows import Borrower, BorrowerKind, CountOutcome
from tests.ui.helpers import press_enter, type_text
from tests.ui.keys.conftest import KeyWorld, ScanClock
from tests.ui.keys.helpers import scan
from ui.app_events import Alert, AlertLevel
from ui.keys.count_dialog import KeyCountDialog
from ui.keys.keys_page import KeysPage
from ui.keys.models import CountTableModel
from ui.keys.panel import KeysPanel


def test_a_count_with_one_key_missing(qtbot: QtBot, page: KeysPage, world: KeyWorld, scan_clock: ScanClock) -> None:
    for tag, label, position in (
        ("K-101", "水泵房", "甲-1"),
        ("K-102", "發電機房", "甲-2"),
        ("K-103", "天台門", "甲-3"),
    ):
        world.add_key(tag, label, position=position)
    shift = world.services.shifts.start(world.staff.guard)
    world.session.set_shift(shift.id)
    QTest.keyClick(page.register.table, Qt.Key.Key_F6)
    count = page.dialog
    assert isinstance(count, KeyCountDialog)
    qtbot.waitUntil(count.isVisible)
    assert count.model.expected() == 3
    scan(count.scan, "K-101", scan_clock)  # the scanner, wherever the cursor is
    type_text(count.scan, "k-102")  # typed by hand
    press_enter(count.scan)
    type_text(count.scan, "X-999")  # a tag that does not belong in the cabinet
    press_enter(count.scan)
    assert count.isVisible()  # Enter never closes the count by accident
    assert "未點 1" in count.summary.text() and "X-999" in count.extra.text()
    assert count.model.index(0, CountTableModel.Column.SEEN).data() == "已掃描"

    with qtbot.waitSignal(count.counted) as counted:
        qtbot.mouseClick(count.save_button, Qt.MouseButton.LeftButton)
    result = counted.args[0]
    assert (result.expected, result.matched) == (3, 2)
    assert [(m.tag, m.outcome) for m in result.missing] == [("K-103", CountOutcome.MISSING)]
    assert [u.tag for u in result.unexpected] == ["X-999"]
    assert "缺失：K-103 天台門" in count.outcome.text() and "X-999" in count.outcome.text()
    assert world.services.key_register.latest_count(world.staff.desk_id) == result
    assert result.shift_id == shift.id
    qtbot.mouseClick(count.save_button, Qt.MouseButton.LeftButton)  # now "Close"
    qtbot.waitUntil(lambda: not count.isVisible())


def test_a_count_ticked_with_space(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    world.add_key("K-201", "會所")
    page.start_count()
    count = page.dialog
    assert isinstance(count, KeyCountDialog)
    count.table.setFocus()
    count.table.setCurrentIndex(count.model.index(0, CountTableModel.Column.SEEN))
    QTest.keyClick(count.table, Qt.Key.Key_Space)
    assert count.model.seen() and "未點 0" in count.summary.text()


def _panel(qtbot: QtBot, world: KeyWorld, clock: Clock) -> KeysPanel:
    panel = KeysPanel(world.services.key_register, world.events, clock, world.services.zone)
    qtbot.addWidget(panel)
    return panel


def test_overdue_keys_are_red_on_the_dashboard_and_posted_as_alerts(qtbot: QtBot, world: KeyWorld) -> None:
    alerts: dict[str, Alert] = {}
    world.events.alert_posted.connect(lambda alert: alerts.__setitem__(alert.key, alert))
    world.events.alert_cleared.connect(lambda key: alerts.pop(key, None))
    roof = world.add_key("K-301", "天台門")
    now = world.clock.now()
    borrower = world.services.key_register
    staff = Borrower(BorrowerKind.STAFF, person_id=world.guard_person.id)
    loan = borrower.issue(world.staff.guard, roof.id, staff, due_at=now + timedelta(minutes=30))
    panel = _panel(qtbot, world, world.clock)
    assert panel.summary.text() == "借出 1 條，逾期 0 條。" and alerts == {}

    world.clock.advance(timedelta(minutes=95))  # past midnight or not, it is a matter of instants
    panel.refresh()
    assert panel.overdue_texts() == ["K-301 天台門 · 何家樂 · 逾期 1 小時 05 分"]
    (alert,) = alerts.values()
    assert (alert.level, alert.page, alert.text) == (AlertLevel.URGENT, "keys", panel.overdue_texts()[0])

    borrower.return_key(world.staff.guard, loan.id)
    world.events.ran(borrower.return_key)
    assert alerts == {} and panel.summary.text() == "所有鑰匙都在櫃內。"
