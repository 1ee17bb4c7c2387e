"""History (lazy pages, amendments shown, export), the held-keys warning, the ID override in the form,
and every table model of the area through Qt's model tester."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.holdings import HeldItem
from app.visitors.model import CheckInFields, HistoryFilter, IdPolicy
from app.visitors.types import ID_POLICY
from app.visitors.watchlist import WatchlistFields
from tests.ui.helpers import type_text
from tests.ui.visitors.conftest import SUPERVISOR_PIN, Desk
from ui.navigation import VISIT_HISTORY
from ui.visitors.history_page import VisitHistoryPage
from ui.visitors.models import (
    ExpectedTableModel,
    OnSiteTableModel,
    PersonTableModel,
    VisitHistoryTableModel,
    WatchlistTableModel,
)
from ui.widgets.approval import SupervisorApprovalDialog


def _visits(desk: Desk, clock: FixedClock, count: int) -> list[uuid.UUID]:
    guard = desk.shell.session.actor  # type: ignore[union-attr]
    ids = []
    for n in range(count):
        fields = CheckInFields(f"訪客{n:03d}", "guest", unit_id=desk.unit_12a.id, plate="AB1234" if n % 3 else "")
        ids.append(desk.services.visitors.check_in(guard, fields).id)
        clock.advance(timedelta(minutes=1))
    return ids


def _history(desk: Desk) -> VisitHistoryPage:
    workspace = desk.shell.workspace
    assert workspace is not None
    workspace.show_page(VISIT_HISTORY)
    page = workspace.page(VISIT_HISTORY)
    assert isinstance(page, VisitHistoryPage)
    return page


def test_history_fetches_pages_only_as_the_view_needs_them(
    qtbot: QtBot, desk: Desk, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(VisitHistoryTableModel, "page_rows", 10)
    monkeypatch.setattr(VisitHistoryTableModel, "max_pages", 3)
    _visits(desk, clock, 45)
    page = _history(desk)
    model = page.model
    assert model.rowCount() == 45
    assert "45" in page.count_label.text()
    assert model.cached_rows() <= 30  # never the whole history
    assert model.data(model.index(44, 1)) == "訪客000"  # the oldest, at the bottom
    assert model.data(model.index(0, 1)) == "訪客044"
    assert model.cached_rows() <= 30
    fetched = model.fetches
    for row in range(10, 20):
        model.row_at(row)  # the page after a cached one is fetched by keyset
    assert model.fetches <= fetched + 1
    type_text(page.plate, "ab12")
    page.search_button.click()
    assert model.rowCount() == 30


def test_an_amendment_is_made_with_a_reason_and_shown_in_the_history(
    qtbot: QtBot, desk: Desk, clock: FixedClock
) -> None:
    [visit_id] = _visits(desk, clock, 1)
    page = _history(desk)
    page.table.selectRow(0)
    page.detail_button.click()
    detail = page.detail
    assert detail is not None and detail.isVisible()
    assert detail.story.item(0).text() == "入場後沒有其他記錄。"
    detail.amend_button.click()
    amend = detail.amend_dialog
    assert amend is not None
    amend.name.clear()
    type_text(amend.name, "陳大文")
    amend.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert amend.errors.message_for("reason") == "必須填寫。"  # no reason, no amendment
    assert amend.name.text() == "陳大文"
    type_text(amend.reason, "訪客出示證件後更正姓名")
    amend.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: detail.amend_dialog is None)
    story = [detail.story.item(i).text() for i in range(detail.story.count())]
    assert any("訪客000 → 陳大文" in line and "訪客出示證件後更正姓名" in line and "黃大文" in line for line in story)
    detail.close_button.click()
    qtbot.waitUntil(lambda: page.detail is None)
    assert page.model.data(page.model.index(0, 1)) == "陳大文"
    assert "已更正" in page.model.data(page.model.index(0, 5))
    assert desk.services.visit_history.detail(visit_id).amendments[0].author == "黃大文"


def test_the_current_filter_is_exported_through_the_export_registry(
    qtbot: QtBot, desk: Desk, clock: FixedClock, tmp_path: Path
) -> None:
    _visits(desk, clock, 12)
    page = _history(desk)
    type_text(page.plate, "AB")
    page.search()
    target = tmp_path / "visits.xlsx"
    page.export_to(str(target))  # a guard: a supervisor approves in place first
    dialogs = page.findChildren(SupervisorApprovalDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible() and not page.export.is_busy()
    dialogs[0].reject()
    assert not target.exists() and page.export_button.isEnabled()
    desk.shell.session.set_actor(  # type: ignore[union-attr]
        desk.services.auth.login("lee", "super-pass-1", desk.shell.session.actor.desk_id)  # type: ignore[union-attr]
    )
    with qtbot.waitSignal(page.export.exported, timeout=20_000):
        page.export_to(str(target))
    assert "8" in page.banner.text() and str(target) in page.banner.text()
    assert page.export_button.isEnabled()
    rows = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[0][0] == "翠湖花園 · 訪客記錄"  # the registry's title lines, in the operator's language
    assert any("AB" in str(cell) for row in rows[:5] for cell in row if cell)  # the plate filter, named
    header = next(n for n, row in enumerate(rows) if row[0] == "編號")
    data = rows[header + 1 :]
    assert len(data) == 8  # the 8 visits with a plate
    assert (rows[header][6], rows[header][8]) == ("訪客", "證件（已遮蔽）")
    assert (data[0][0], data[0][4], data[0][6], data[0][13]) == ("V-000012", "在場", "訪客011", "AB1234")


def test_checking_out_a_visitor_who_holds_a_key_warns_with_the_key(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    [visit_id] = _visits(desk, clock, 1)

    class KeysOut:  # the keys area, seen through HoldingsSource (an edge fake)
        def held_by_visit(self, visit: uuid.UUID) -> list[HeldItem]:
            return [HeldItem("key", "K-012 A座天台門", clock.now())] if visit == visit_id else []

    desk.services.visitors.attach_holdings(KeysOut())
    page = desk.page
    page.refresh()
    page.on_site.table.selectRow(0)
    page.on_site.check_out_button.click()
    dialog = page.on_site.held_dialog
    assert dialog is not None and dialog.isVisible()
    assert "K-012 A座天台門" in dialog._list.text()
    assert page.on_site.model.rowCount() == 1  # not checked out yet
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: page.on_site.model.rowCount() == 0)


def test_a_wrong_check_digit_needs_a_supervisor_at_the_desk(qtbot: QtBot, desk: Desk) -> None:
    desk.services.settings.set(
        desk.admin, ID_POLICY, {"policy": IdPolicy.RECORD_NUMBER.value, "justification": "承建商須按保險要求登記證件"}
    )
    page = desk.page
    page.activated()
    form = page.form
    assert form.id_number.isVisible() and not form.id_checked.isVisible()
    type_text(form.name, "李師傅")
    form.unit.set_unit(desk.unit_12a.id, desk.unit_12a.label)
    form.id_type.setCurrentIndex(form.id_type.findData("mainland_id"))
    type_text(form.id_number, "440305199003071235")
    form.save_button.click()
    assert form.errors.message_for("id_number") == "校驗碼不符：可能打錯了某一位。"
    assert form.override_button.isVisible() and not form.accept_button.isVisible()
    form.override_button.click()
    approval = page.findChild(SupervisorApprovalDialog)
    assert approval is not None and approval.isVisible()
    approval.supervisor.setCurrentIndex(approval.supervisor.findText("李班長"))
    type_text(approval.pin, SUPERVISOR_PIN)
    type_text(approval.reason, "已核對身份證原件")
    approval.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.on_site.model.rowCount() == 1)
    [row] = desk.services.visitors.on_site()
    assert row.id_masked == "440***********1235"


def test_every_table_model_passes_the_model_tester(qtmodeltester: ModelTester, desk: Desk, clock: FixedClock) -> None:
    _visits(desk, clock, 5)
    services = desk.services
    on_site = OnSiteTableModel(clock.now, services.zone)
    on_site.set_rows(services.visitors.on_site())
    qtmodeltester.check(on_site)
    expected = ExpectedTableModel()
    expected.set_rows(services.expected_visits.for_day())
    qtmodeltester.check(expected)
    history = VisitHistoryTableModel(services.visit_history, services.zone)
    history.set_filter(HistoryFilter(), services.visitors.types())
    qtmodeltester.check(history)
    supervisor = services.auth.login("lee", "super-pass-1", None)
    services.watchlist.add(supervisor, WatchlistFields(name="王五", reason="滋擾"))
    watchlist = WatchlistTableModel()
    watchlist.set_rows(services.watchlist.entries(supervisor))
    qtmodeltester.check(watchlist)
    people = PersonTableModel()
    people.set_rows(services.directory.people())
    qtmodeltester.check(people)
    assert on_site.rowCount() == 5 and history.rowCount() == 5 and people.rowCount() == 1
