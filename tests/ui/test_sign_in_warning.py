"""Someone tried PINs for the administrator at the lock screen: whoever signs in next sees it on Home,
and the administrator still signs in with the password at once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.audit_seal import load_anchor
from app.bootstrap import Database
from app.clock import FixedClock
from app.errors import AuthenticationError
from app.paths import DataPaths
from tests.conftest import ADMIN_PASSWORD, Staff, make_site
from tests.ui.helpers import shell_signed_in
from ui.home.alerts_panel import AlertsPanel
from ui.home.dashboard_page import DashboardPage
from ui.operators.operators_page import OperatorsPage
from ui.shell import ShellWindow

WRONG_PINS = 12


@pytest.fixture
def shell_after_guessing(
    qtbot: QtBot, sqlite_database: Database, data_paths: DataPaths, clock: FixedClock
) -> Iterator[ShellWindow]:
    services = make_site(sqlite_database, clock)
    staff = Staff(services)
    for _ in range(WRONG_PINS):
        try:
            services.auth.switch_by_pin(staff.admin.operator_id, "0000", staff.desk_id)
        except AuthenticationError as error:
            clock.advance(timedelta(seconds=max(1.0, error.retry_after_s)))  # as fast as the delay lets them
    sqlite_database.dispose()
    window = shell_signed_in(qtbot, data_paths, clock, "admin", ADMIN_PASSWORD)
    yield window
    window.close()


def test_home_warns_of_repeated_failed_sign_ins_and_the_admin_is_not_kept_out(
    shell_after_guessing: ShellWindow,
) -> None:
    workspace = shell_after_guessing.workspace
    assert workspace is not None  # the admin signed in with the password right after the guessing
    home = workspace.page("home")
    assert isinstance(home, DashboardPage)
    alerts = home.findChild(AlertsPanel)
    assert alerts is not None
    warnings = [a for a in alerts.alerts() if a.key.startswith("sign-in-failures:")]
    assert len(warnings) == 1
    assert "陳主任" in warnings[0].text and f"{WRONG_PINS}" in warnings[0].text and "東門崗" in warnings[0].text
    assert warnings[0].page == "operators"
    folder = os.environ.get("GATEHOUSE_SHOTS")
    if folder:
        shell_after_guessing.grab().save(str(Path(folder) / "home-sign-in-warning.png"))


def test_a_clean_exit_writes_the_audit_anchor_beside_the_database(
    shell_after_guessing: ShellWindow, data_paths: DataPaths
) -> None:
    services = shell_after_guessing.services
    assert services is not None
    expected = services.audit_keeper.anchor()
    shell_after_guessing.close()
    written = load_anchor(services.audit_keeper.anchor_path)
    assert written is not None and written.entry_count == expected.entry_count
    assert written.head_hash == expected.head_hash
    assert services.audit_keeper.anchor_path.parent.parent == data_paths.root  # beside, not inside, the database


def test_the_warning_leads_to_the_operators_page_where_an_account_is_locked_on_purpose(
    qtbot: QtBot, shell_after_guessing: ShellWindow
) -> None:
    workspace = shell_after_guessing.workspace
    assert workspace is not None
    home = workspace.page("home")
    alerts = home.findChild(AlertsPanel)
    assert alerts is not None
    line = next(line for line in alerts.lines() if line.alert.key.startswith("sign-in-failures:"))
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert workspace.current_key() == "operators"
    page = workspace.page("operators")
    assert isinstance(page, OperatorsPage)
    wong = next(n for n in range(page.model.rowCount()) if (r := page.model.row_at(n)) and r.username == "wong")
    page.table.selectRow(wong)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "帳戶已鎖定：須由主管解鎖後才能登入。"
    locked = page.model.row_at(wong)
    assert locked is not None and locked.locked
    admin = next(n for n in range(page.model.rowCount()) if (r := page.model.row_at(n)) and r.username == "admin")
    page.table.selectRow(admin)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert "至少" in page.banner.text()  # the last administrator is never locked
    folder = os.environ.get("GATEHOUSE_SHOTS")
    if folder:
        shell_after_guessing.grab().save(str(Path(folder) / "operators-lock.png"))
