"""The Excel buttons of the watchlist, expected visitors, patrols, key and KPI pages: each writes the
page's list through the export registry, in the operator's language, and says so at the banner; a
guard is asked for a supervisor first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Database, Services
from app.bundles import build_bundles
from app.clock import FixedClock
from app.directory import PersonFields, PersonKind, ResidentRole
from app.exports.service import EXPORT_WATCHLIST
from app.keys.rows import CollectorFields, DepositFields
from app.validation import IdType
from app.visitors.model import ExpectedStatus, ExpectedVisitFields, WatchAction
from app.visitors.watchlist import WatchlistFields
from tests.conftest import Staff, make_site
from ui.app_events import AppEvents
from ui.duty.patrol_page import PatrolsPage
from ui.i18n import install_language
from ui.keys.context import KeysContext
from ui.keys.keys_page import KeysPage
from ui.repairs.kpi_page import KpiPage
from ui.reports.report_words import report_words
from ui.session import OperatorSession
from ui.visitors.expected_panel import ExpectedPanel
from ui.visitors.watchlist_page import WatchlistPage
from ui.widgets.approval import SupervisorApprovalDialog
from ui.widgets.export_button import ExportButton

SHOTS = Path("/tmp/paper-glyphs")


@dataclass
class World:
    services: Services
    staff: Staff
    clock: FixedClock
    session: OperatorSession
    events: AppEvents


@pytest.fixture
def world(sqlite_database: Database, clock: FixedClock, qapp: object) -> World:
    services = make_site(sqlite_database, clock)
    staff = Staff(services)
    return World(services, staff, clock, OperatorSession(staff.supervisor), AppEvents())


def _show(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitExposed(page)


def _export(qtbot: QtBot, button: ExportButton, target: Path) -> list[list[object]]:
    with qtbot.waitSignal(button.job.exported, timeout=20_000):
        button.export_to(target)
    qtbot.waitUntil(lambda: not button.job.is_busy(), timeout=20_000)
    return [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]


def _data(rows: list[list[object]], first_title: str) -> tuple[list[object], list[list[object]]]:
    at = next(n for n, row in enumerate(rows) if row[0] == first_title)
    return rows[at], rows[at + 1 :]


def test_the_watchlist_page_exports_what_it_shows(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    services, staff = world.services, world.staff
    services.watchlist.add(staff.supervisor, WatchlistFields(name="王五", phone="9123 4567", reason="滋擾住戶"))
    lifted = services.watchlist.add(staff.supervisor, WatchlistFields(name="李四", reason="已搬走"))
    services.watchlist.lift(staff.supervisor, lifted.id, "已解決")
    page = WatchlistPage(
        services.watchlist,
        services.visitors,
        world.session,
        world.events,
        services.zone,
        exports=build_bundles(services).list_export(),
    )
    _show(qtbot, page)
    assert page.export_button is not None and page.export_button.text() == "匯出 Excel(&E)…"
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "watchlist-export-button.png"))
    rows = _export(qtbot, page.export_button, tmp_path / "watchlist.xlsx")
    assert rows[0][0] == f"{services.site_row.name} · 關注名單"
    header, data = _data(rows, "姓名")
    assert header[:3] == ["姓名", "其他名稱", "電話（已遮蔽）"]
    assert [r[0] for r in data] == ["王五"] and "***" in str(data[0][2]) and "9123" not in str(data[0][2])
    assert "已匯出 1 行" in page.banner.text()
    page.show_lifted.setChecked(True)
    rows = _export(qtbot, page.export_button, tmp_path / "all.xlsx")
    assert any("包括已解除及過期項目" in str(r[0]) for r in rows[:5])
    assert len(_data(rows, "姓名")[1]) == page.model.rowCount() == 2


def test_a_guard_is_asked_for_a_supervisor_before_the_patrols_export(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    world.session.set_actor(world.staff.guard)
    page = PatrolsPage(
        build_bundles(world.services).duty, world.session, world.events, world.clock, world.services.zone
    )
    _show(qtbot, page)
    target = tmp_path / "patrols.xlsx"
    page.export_button.export_to(target)
    dialogs = page.findChildren(SupervisorApprovalDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible() and not page.export_button.job.is_busy()
    dialogs[0].reject()
    assert not target.exists()
    assert "31" in page.export_button.toolTip()
    flt = page.export_filter()
    assert flt.desk_id == world.staff.guard.desk_id and flt.start is not None and flt.end is not None
    assert flt.end - flt.start >= timedelta(days=30)


def test_the_kpi_page_exports_the_chosen_month(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    services = world.services
    page = KpiPage(
        services.kpis, world.clock, services.zone, exports=build_bundles(services).list_export(), session=world.session
    )
    _show(qtbot, page)
    assert page.export_button is not None
    rows = _export(qtbot, page.export_button, tmp_path / "kpis.xlsx")
    header, data = _data(rows, "表")
    assert header[:4] == ["表", "類別", "維修人員／日期", "報修數"]
    assert data[0][0] == "合計" and len([r for r in data if r[0] == "日期"]) == 31  # March 2026


def test_the_expected_panel_exports_today(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    services, staff = world.services, world.staff
    today = services.expected_visits.today()
    for day, name in ((today, "𠮷野"), (today, "林堃"), (today + timedelta(days=1), "王喆")):
        services.expected_visits.register(staff.clerk, ExpectedVisitFields(day, name, "guest", phone="6123 4567"))
    panel = ExpectedPanel(
        services.expected_visits,
        services.visitors,
        services.directory,
        world.session,
        services.zone,
        exports=build_bundles(services).list_export(),
    )
    notices: list[str] = []
    panel.notice.connect(notices.append)
    _show(qtbot, panel)
    assert panel.export_button is not None
    rows = _export(qtbot, panel.export_button, tmp_path / "expected.xlsx")
    _header, data = _data(rows, "日期")
    assert sorted(str(r[1]) for r in data) == sorted(["𠮷野", "林堃"])
    assert all("***" in str(r[2]) for r in data)
    assert notices and "2" in notices[-1]


def test_the_keys_page_exports_deposits_and_counts(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    services, staff = world.services, world.staff
    building = services.directory.add_building(staff.clerk, "A", "A座")
    unit = services.directory.add_unit(staff.clerk, building.id, "12A", "12")
    owner = services.directory.add_person(
        staff.clerk, PersonFields(PersonKind.RESIDENT, "陳大文", "98765432", unit.id, ResidentRole.OWNER)
    )
    collectors = (CollectorFields("黃美玲", "61234567"),)
    deposit = DepositFields("D-12A", "A座 12A 寄存鑰匙", unit.id, owner.id, True, "同意書 0012", collectors=collectors)
    services.key_deposits.deposit(staff.clerk, deposit)
    s = services
    desk = KeysContext(build_bundles(s).keys, world.session, world.events, world.clock)
    page = KeysPage(desk)
    _show(qtbot, page)
    deposits, counts = page.register.list_exports
    assert deposits.text() == "寄存鑰匙匯出至 Excel…" and counts.text() == "鑰匙點算匯出至 Excel…"
    rows = _export(qtbot, deposits, tmp_path / "deposits.xlsx")
    _header, data = _data(rows, "鑰匙牌")
    assert data[0][0] == "D-12A" and "61234567" not in str(data[0][8]) and "***" in str(data[0][8])
    rows = _export(qtbot, counts, tmp_path / "counts.xlsx")
    assert _data(rows, "點算時間")[1] == []


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_the_new_lists_codes_are_worded(qapp: object, language: str) -> None:
    codes = {
        "watch_action": list(WatchAction),
        "id_type": list(IdType),
        "expected_status": list(ExpectedStatus),
        "watch_state": ["listed", "lifted"],
        "round_state": ["open", "finished"],
        "kpi_table": ["total", "category", "technician", "day"],
        "permission": [EXPORT_WATCHLIST.name],
    }
    install_language(language)
    try:
        words = report_words()
        for column, values in codes.items():
            assert [v for v in values if not words.get(f"code.{column}.{v}")] == [], column
        assert words["export.title.watchlist"] == ("關注名單" if language == "zh_TW" else "关注名单")
    finally:
        install_language("zh_TW")
