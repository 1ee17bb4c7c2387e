"""The guard's page driven like a guard: keystrokes, the watchlist alert, errors kept at the fields."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.visitors.model import CheckInFields, HistoryFilter, VisitStatus, WatchAction, WatchDecision
from app.visitors.watchlist import WatchlistFields
from tests.ui.helpers import type_text
from tests.ui.visitors.conftest import SUPERVISOR_PIN, Desk
from ui.app_events import Alert
from ui.visitors.visitors_page import VisitorsPage
from ui.widgets.approval import SupervisorApprovalDialog


class Keyboard:
    """Counts every key a guard presses."""

    def __init__(self) -> None:
        self.presses = 0

    def type(self, widget: QWidget, text: str) -> None:
        for ch in text:
            QTest.keyClicks(widget, ch)
            self.presses += 1

    def press(
        self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(widget, key, modifier)
        self.presses += 1


def _past_visit(desk: Desk, clock: FixedClock) -> None:
    """張三 came last week (and left)."""
    guard = desk.shell.session.actor  # type: ignore[union-attr]
    row = desk.services.visitors.check_in(
        guard, CheckInFields("張三", "guest", phone="6123 4567", unit_id=desk.unit_3b.id, purpose="探訪")
    )
    desk.services.visitors.check_out(guard, row.id)
    clock.advance(timedelta(days=7))


def _on_site_names(page: VisitorsPage) -> list[str]:
    return [row.name for row in page.on_site.model.rows()]


def test_a_returning_visitor_is_checked_in_in_at_most_eight_keystrokes(
    qtbot: QtBot, desk: Desk, clock: FixedClock
) -> None:
    _past_visit(desk, clock)
    page = desk.page
    page.refresh()
    keys = Keyboard()
    search = page.form.search
    search.setFocus()
    keys.type(search, "zs")  # pinyin initials of 張三
    qtbot.waitUntil(lambda: search.suggestions() != [])
    assert search.suggestions()[0].startswith("張三")
    keys.press(search, Qt.Key.Key_Return)  # take the first suggestion: the form fills in
    assert page.form.name.text() == "張三"
    assert page.form.unit.text() == "B座 3B"
    assert page.form.save_button.hasFocus()
    keys.press(page.form.save_button, Qt.Key.Key_Return)  # check in
    qtbot.waitUntil(lambda: _on_site_names(page) == ["張三"])
    assert keys.presses <= 8
    assert keys.presses == 4
    assert page.form.name.text() == ""  # ready for the next visitor
    [row] = desk.services.visitors.on_site()
    assert (row.phone, row.purpose, row.checked_in_at) == ("+85261234567", "探訪", clock.now())


def test_the_last_four_phone_digits_find_the_visitor_too(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    _past_visit(desk, clock)
    page = desk.page
    keys = Keyboard()
    keys.type(page.form.search, "4567")
    qtbot.waitUntil(lambda: page.form.search.suggestions() != [])
    keys.press(page.form.search, Qt.Key.Key_Return)
    keys.press(page.form.save_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _on_site_names(page) == ["張三"])
    assert keys.presses == 6


def test_errors_show_at_the_fields_and_everything_typed_stays(qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    form = page.form
    type_text(form.name, "陳大文")
    type_text(form.phone, "12")
    type_text(form.purpose, "探訪親友")
    type_text(form.plate, "粵B12345")
    type_text(form.items, "工具箱")
    type_text(form.notes, "稍後離開")
    form.companions.setValue(2)
    QTest.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    assert form.errors.message_for("unit") == "必須填寫。"  # a guest visits a unit
    assert form.errors.message_for("phone").startswith("請核對")
    assert not form.accept_button.isVisible()  # a missing unit is not a warning to wave through
    typed = (form.name.text(), form.phone.text(), form.purpose.text(), form.plate.text(), form.items.text())
    assert typed == ("陳大文", "12", "探訪親友", "粵B12345", "工具箱")
    assert (form.notes.text(), form.companions.value()) == ("稍後離開", 2)
    assert desk.services.visit_history.count(HistoryFilter()) == 0
    type_text(form.unit, "a12a")
    qtbot.waitUntil(lambda: form.unit.suggestions() == ["A座 12A"])
    QTest.keyClick(form.unit, Qt.Key.Key_Return)
    assert form.resident.findText("黃美玲") >= 0
    form.save_button.click()
    assert form.errors.message_for("unit") == ""
    assert form.accept_button.isVisible()  # only the phone's format is in doubt now
    assert form.name.text() == "陳大文"
    form.accept_button.click()
    qtbot.waitUntil(lambda: _on_site_names(page) == ["陳大文"])
    [row] = desk.services.visitors.on_site()
    assert (row.phone, row.plate, row.companions, row.unit_label) == ("12", "粤B12345", 2, "A座 12A")


def _fill_guest(page: VisitorsPage, desk: Desk, name: str) -> None:
    type_text(page.form.name, name)
    page.form.unit.set_unit(desk.unit_12a.id, desk.unit_12a.label)


def test_a_watchlist_hit_is_unmissable_and_the_refusal_is_recorded(qtbot: QtBot, desk: Desk) -> None:
    supervisor = desk.services.auth.login("lee", "super-pass-1", desk.shell.session.actor.desk_id)  # type: ignore[union-attr]
    desk.services.watchlist.add(
        supervisor, WatchlistFields(name="王五", aliases="王老五", reason="多次滋擾住戶", action=WatchAction.DENY.value)
    )
    page = desk.page
    alerts: list[Alert] = []
    desk.shell.events.alert_posted.connect(alerts.append)
    _fill_guest(page, desk, "王老五")
    page.form.submitted.emit()
    alert = page.flow.alert
    assert alert is not None and alert.isVisible()
    assert "王老五" in alert.headline.text()
    assert not alert.call_button.isVisible() and not alert.noted_button.isVisible()  # deny: refuse or a supervisor
    assert page.form.name.text() == "王老五"  # nothing saved, nothing lost while the guard decides
    qtbot.mouseClick(alert.refuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.flow.alert is None)
    [row] = desk.services.visit_history.page(HistoryFilter(), 0, 10)
    assert row.status is VisitStatus.REFUSED
    [hit] = desk.services.visit_history.detail(row.id).hits
    assert (hit.decision, hit.by) == (WatchDecision.REFUSED, "黃大文")
    assert "拒絕" in page.banner.text()
    assert alerts and "王老五" in alerts[0].text
    assert _on_site_names(page) == []


def test_a_supervisor_overrides_a_deny_in_place_with_a_pin_and_a_reason(qtbot: QtBot, desk: Desk) -> None:
    supervisor = desk.services.auth.login("lee", "super-pass-1", desk.shell.session.actor.desk_id)  # type: ignore[union-attr]
    desk.services.watchlist.add(
        supervisor, WatchlistFields(phone="96663333", reason="業主要求拒絕", action=WatchAction.DENY.value)
    )
    page = desk.page
    _fill_guest(page, desk, "路人甲")
    type_text(page.form.phone, "96663333")
    page.form.submitted.emit()
    alert = page.flow.alert
    assert alert is not None
    qtbot.mouseClick(alert.override_button, Qt.MouseButton.LeftButton)
    approval = page.findChild(SupervisorApprovalDialog)
    assert approval is not None and approval.isVisible()
    approval.supervisor.setCurrentIndex(approval.supervisor.findText("李班長"))
    type_text(approval.pin, SUPERVISOR_PIN)
    type_text(approval.reason, "住戶親自到崗亭接見")
    approval.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _on_site_names(page) == ["路人甲"])
    row = desk.services.visitors.on_site()[0]
    [hit] = desk.services.visit_history.detail(row.id).hits
    assert (hit.decision, hit.approved_by) == (WatchDecision.OVERRIDDEN, "李班長")


def test_a_scanned_slip_checks_the_visitor_out_wherever_the_focus_is(qtbot: QtBot, desk: Desk) -> None:
    guard = desk.shell.session.actor  # type: ignore[union-attr]
    row = desk.services.visitors.check_in(guard, CheckInFields("陳大文", "guest", unit_id=desk.unit_12a.id))
    page = desk.page
    page.refresh()
    assert _on_site_names(page) == ["陳大文"]
    notes = page.form.notes
    type_text(notes, "門口等")
    QTest.keyClick(notes, Qt.Key.Key_End)  # the guard's hand leaves the keys; then the scanner fires
    QTest.keyClicks(notes, row.code)  # a keyboard-wedge scanner: fast keys…
    QTest.keyClick(notes, Qt.Key.Key_Return)  # …ending in Enter
    qtbot.waitUntil(lambda: _on_site_names(page) == [])
    assert notes.text() == "門口等"  # the scan left no trace in the field
    assert "已登記離開" in page.banner.text()
    out = desk.services.visitors.visit(row.id)
    assert out.checkout_method is not None and out.checkout_method.value == "scan"


def test_the_overstay_sweep_records_each_answer(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    guard = desk.shell.session.actor  # type: ignore[union-attr]
    courier = desk.services.visitors.check_in(guard, CheckInFields("快遞員", "courier", unit_id=desk.unit_12a.id))
    stays = desk.services.visitors.check_in(guard, CheckInFields("李師傅", "courier", unit_id=desk.unit_3b.id))
    clock.advance(timedelta(minutes=45))
    page = desk.page
    page.refresh()
    assert page.on_site.model.overstays() == 2
    assert "（2）" in page.on_site.sweep_button.text()
    assert page.on_site.model.data(page.on_site.model.index(0, 4)).startswith("逾時")  # said, not only coloured
    qtbot.mouseClick(page.on_site.sweep_button, Qt.MouseButton.LeftButton)
    dialog = page.on_site.sweep_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.save_button.click()
    assert "請為每位訪客選擇結果" in dialog.banner.text()  # every overstay needs an answer
    left, still = dialog.choices[courier.id], dialog.choices[stays.id]
    left.setCurrentIndex(left.findData("left_unwitnessed"))
    still.setCurrentIndex(still.findData("still_here"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: _on_site_names(page) == ["李師傅"])
    gone = desk.services.visitors.visit(courier.id)
    assert (gone.status, gone.checkout_witnessed) == (VisitStatus.CHECKED_OUT, False)
    assert [s.decision.value for s in desk.services.visit_history.detail(stays.id).sweeps] == ["still_here"]


def test_an_expected_visitor_is_checked_in_with_one_action(qtbot: QtBot, desk: Desk) -> None:
    from app.visitors.model import ExpectedVisitFields

    services = desk.services
    services.expected_visits.register(
        desk.admin,
        ExpectedVisitFields(services.expected_visits.today(), "鄭家豪", "guest", unit_id=desk.unit_12a.id),
    )
    page = desk.page
    page.refresh()
    assert "（1）" in page.tabs.tabText(1)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.expected.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _on_site_names(page) == ["鄭家豪"])
    assert "（0）" in page.tabs.tabText(1)


def test_checking_in_someone_already_on_site_warns_at_the_name(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    guard = desk.shell.session.actor  # type: ignore[union-attr]
    first = desk.services.visitors.check_in(
        guard, CheckInFields("張三", "guest", phone="6123 4567", unit_id=desk.unit_3b.id, purpose="探訪")
    )
    clock.advance(timedelta(minutes=30))
    page = desk.page
    page.refresh()
    search = page.form.search
    search.setFocus()
    QTest.keyClicks(search, "zs")
    qtbot.waitUntil(lambda: search.suggestions() != [])
    QTest.keyClick(search, Qt.Key.Key_Return)  # the same 張三 from history: the form fills in
    page.form.save_button.click()
    message = page.form.errors.message_for("name")
    assert "已在場" in message and first.code in message  # said at the name, with the slip to look for
    assert page.form.accept_button.isVisible() and page.form.name.text() == "張三"  # everything typed stays
    assert _on_site_names(page) == ["張三"]  # nothing saved yet
    page.form.accept_button.click()  # a second visit after all: the guard confirms
    qtbot.waitUntil(lambda: _on_site_names(page) == ["張三", "張三"])
    assert page.form.name.text() == ""
