"""The key register inside the real window: its page in the navigation, its panel on Home."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.bootstrap import Database
from app.clock import FixedClock
from app.directory import PersonFields, PersonKind
from app.keys.rows import Borrower, BorrowerKind, KeyFields, OpensKind
from app.paths import DataPaths
from tests.conftest import STAFF_PASSWORD, Staff, make_site
from tests.ui.helpers import press_enter, shell_signed_in, type_text
from ui.home.alerts_panel import AlertsPanel
from ui.home.dashboard_page import DashboardPage
from ui.keys.keys_page import KeysPage
from ui.keys.loan_dialogs import ReturnKeyDialog
from ui.keys.panel import KeysPanel
from ui.shell import ShellWindow


@pytest.fixture
def shell_with_keys(
    qtbot: QtBot, sqlite_database: Database, data_paths: DataPaths, clock: FixedClock
) -> Iterator[ShellWindow]:
    services = make_site(sqlite_database, clock)
    staff = Staff(services)
    person = services.directory.add_person(staff.clerk, PersonFields(PersonKind.STAFF, "何家樂", role="保安員"))
    inventory, keys = services.key_inventory, services.key_register
    roof = inventory.add_key(staff.supervisor, KeyFields("K-012", "A座天台門", OpensKind.GATE, position="甲-12"))
    inventory.add_key(staff.supervisor, KeyFields("K-013", "B2 水泵房", OpensKind.PLANT_ROOM, position="甲-13"))
    keys.issue(
        staff.guard, roof.id, Borrower(BorrowerKind.STAFF, person_id=person.id), due_at=clock.now() + timedelta(hours=1)
    )
    clock.advance(timedelta(hours=2))
    sqlite_database.dispose()
    window = shell_signed_in(qtbot, data_paths, clock, "wong", STAFF_PASSWORD)
    yield window
    window.close()


def test_home_shows_the_overdue_key_and_the_alert_leads_to_the_register(
    qtbot: QtBot, shell_with_keys: ShellWindow
) -> None:
    workspace = shell_with_keys.workspace
    assert workspace is not None
    home = workspace.page("home")
    assert isinstance(home, DashboardPage)
    panel = home.findChild(KeysPanel)
    assert panel is not None
    assert panel.summary.text() == "借出 1 條，逾期 1 條。"
    assert panel.overdue_texts() == ["K-012 A座天台門 · 何家樂 · 逾期 1 小時 00 分"]
    alerts = home.findChild(AlertsPanel)
    assert alerts is not None and [a.page for a in alerts.alerts()] == ["keys"]

    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert workspace.current_key() == "keys"
    page = workspace.page("keys")
    assert isinstance(page, KeysPage)
    assert "逾期 1 條" in page.register.summary.text()

    type_text(page.register.search, "k-012")
    press_enter(page.register.search)
    back = page.dialog
    assert isinstance(back, ReturnKeyDialog)
    with qtbot.waitSignal(back.returned):
        QTest.keyClick(back.return_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.text() == "所有鑰匙都在櫃內。")
    assert alerts.alerts() == []
