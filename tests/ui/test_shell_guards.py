"""Idle lock, supervisor approval in place, crash reports, a broken database, one window per folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.local_config import LocalConfig
from app.operators import NewOperator
from app.paths import DataPaths
from app.permissions import Role
from tests.conftest import LIGHT_HASHER
from tests.ui.helpers import press_enter, type_text
from tests.ui.test_first_run_flow import _set_up_site, _sign_in
from ui.crash import CrashReporter
from ui.home.shift_panel import ShiftPanel
from ui.navigation import HOME
from ui.operators.models import OperatorTableModel
from ui.shell import ShellWindow
from ui.widgets.approval import SupervisorApprovalDialog

ROOT = Path(__file__).resolve().parents[2]


def _site_with_staff(qtbot: QtBot, shell: ShellWindow) -> None:
    _set_up_site(qtbot, shell)
    services = shell.services
    assert services is not None
    admin = services.auth.login("admin", "admin-pass-1", services.site.desks()[0].id)
    services.operators.create(admin, NewOperator("lee", "李班長", Role.SUPERVISOR, "super-pass-1", "1357"))
    services.operators.create(admin, NewOperator("wong", "黃大文", Role.GUARD, "guard-pass-1", "2468"))
    services.operators.create(admin, NewOperator("ho", "何家樂", Role.GUARD, "guard-pass-2", "8642"))


def test_idle_time_locks_the_screen_and_keeps_the_work(qtbot: QtBot, data_paths: DataPaths, clock: FixedClock) -> None:
    shell = ShellWindow(data_paths, LocalConfig(), None, clock, hasher=LIGHT_HASHER, idle_ms=300)
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitUntil(lambda: shell.database is not None, timeout=20_000)
    _site_with_staff(qtbot, shell)
    _sign_in(qtbot, shell, "wong", "guard-pass-1")
    with qtbot.waitSignal(shell.locked, timeout=5000):
        pass  # no keys, no mouse: the idle timer fires
    assert shell.current_page() is shell.lock_page
    assert shell.lock_page.selected_operator() == shell.session.actor.operator_id  # type: ignore[union-attr]
    type_text(shell.lock_page.pin, "2468")
    press_enter(shell.lock_page.pin)
    assert shell.current_page() is shell.workspace
    shell.close()


def test_a_guard_ends_anothers_shift_with_a_supervisor_pin(qtbot: QtBot, shell: ShellWindow) -> None:
    _site_with_staff(qtbot, shell)
    services = shell.services
    assert services is not None
    desk = services.site.desks()[0].id
    other = services.auth.login("ho", "guard-pass-2", desk)
    services.shifts.start(other)
    _sign_in(qtbot, shell, "wong", "guard-pass-1")
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page(HOME)
    panel = workspace.page(HOME).findChild(ShiftPanel)  # type: ignore[union-attr]
    assert panel is not None and panel.end_button.isVisible()
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(SupervisorApprovalDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.supervisor.currentText() in ("李班長", "陳主任")
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findText("李班長"))
    type_text(dialog.pin, "0000")
    type_text(dialog.reason, "何家樂身體不適提早離開")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible()  # wrong PIN: told why, reason kept
    assert dialog.reason.text() == "何家樂身體不適提早離開"
    type_text(dialog.pin, "1357")
    ok.click()
    qtbot.waitUntil(lambda: services.shifts.current(desk) is None)
    assert panel.start_button.isVisible()


def test_operator_table_model_passes_the_model_tester(qtmodeltester: object, shell: ShellWindow, qtbot: QtBot) -> None:
    _site_with_staff(qtbot, shell)
    services = shell.services
    assert services is not None
    admin = services.auth.login("admin", "admin-pass-1", services.site.desks()[0].id)
    model = OperatorTableModel()
    model.set_rows(services.operators.list_operators(admin))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 4


def test_a_crash_is_written_to_a_log_and_named_in_a_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    reporter = CrashReporter(tmp_path / "crash")
    try:
        raise RuntimeError("boom for 陳大文 13812345678")
    except RuntimeError as error:
        with qtbot.waitSignal(reporter.crashed) as signal:
            reporter._excepthook(type(error), error, error.__traceback__)
    path = Path(signal.args[0])
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "test_shell_guards.py" in text
    assert "陳大文" not in text and "13812345678" not in text  # no personal data in the log
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert str(path) in box.text()
    box.close()


def test_a_broken_database_is_explained_on_the_sign_in_screen(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock
) -> None:
    data_paths.database.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    shell = ShellWindow(data_paths, LocalConfig(), None, clock, hasher=LIGHT_HASHER)
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitUntil(lambda: shell.login_page.banner.isVisible(), timeout=20_000)
    assert str(data_paths.database) in shell.login_page.banner.text()
    assert not shell.login_page.sign_in.isEnabled()
    shell.close()


@pytest.mark.slow
def test_a_second_launch_says_so_and_leaves_the_first_running(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "data"), "--lang", "en"]
    first = subprocess.Popen(
        command,
        cwd=ROOT,
        env=dict(env, GATEHOUSE_STARTUP_PROBE="keep"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("probe first_screen")  # its window is up
        assert (tmp_path / "data" / "gatehouse.lock").exists()
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "already open on this PC" in second.stderr
        assert first.poll() is None  # the first one is untouched
    finally:
        first.terminate()
        first.wait(timeout=30)
        if first.stdout is not None:
            first.stdout.close()


def test_large_text_and_keyboard_navigation(qtbot: QtBot, shell: ShellWindow) -> None:
    from PySide6.QtTest import QTest

    from ui.navigation import SETTINGS
    from ui.settings.desk_section import DeskSection
    from ui.style import BASE_POINT_SIZE

    _site_with_staff(qtbot, shell)
    _sign_in(qtbot, shell, "admin", "admin-pass-1")
    workspace = shell.workspace
    assert workspace is not None
    for row in range(min(9, workspace.navigation.count())):  # Ctrl+1 … Ctrl+9: the first nine pages
        QTest.keyClick(workspace.navigation, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert workspace.current_key() == workspace.navigation.item(row).data(Qt.ItemDataRole.UserRole)
    workspace.show_page(SETTINGS)
    desk = workspace.page(SETTINGS).findChild(DeskSection)  # type: ignore[union-attr]
    assert desk is not None
    desk.font_scale.setCurrentIndex(desk.font_scale.findData("150"))
    qtbot.mouseClick(desk.save, Qt.MouseButton.LeftButton)
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.5)
    QTest.keyClick(workspace.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_key() == HOME
    shell.preferences.set_font_scale(100)
