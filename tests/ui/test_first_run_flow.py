"""First run → sign in → lock → PIN switch → language switch, as an operator would do it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.operators import NewOperator
from app.permissions import Role
from tests.ui.helpers import press_enter, type_text
from ui.navigation import HOME, OPERATORS, SETTINGS
from ui.operators.operators_page import OperatorDialog, OperatorsPage
from ui.settings.desk_section import DeskSection
from ui.settings.settings_page import SettingsPage
from ui.shell import ShellWindow


def _set_up_site(qtbot: QtBot, shell: ShellWindow) -> None:
    page = shell.setup_page
    assert shell.current_page() is page
    type_text(page.site_name, "翠湖花園")
    type_text(page.username, "admin")
    type_text(page.display_name, "陳主任")
    type_text(page.password, "admin-pass-1")
    type_text(page.password_again, "admin-pass-1")
    type_text(page.pin, "2580")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_page() is shell.login_page)


def _sign_in(qtbot: QtBot, shell: ShellWindow, username: str, password: str) -> None:
    page = shell.login_page
    page.username.clear()
    type_text(page.username, username)
    type_text(page.password, password)
    press_enter(page.password)
    qtbot.waitUntil(lambda: shell.workspace is not None and shell.current_page() is shell.workspace)


def _add_guard(qtbot: QtBot, shell: ShellWindow) -> OperatorsPage:
    """The signed-in administrator adds the guard wong (黃大文, PIN 2468) on the operators page."""
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page(OPERATORS)
    operators_page = workspace.page(OPERATORS)
    assert isinstance(operators_page, OperatorsPage)
    qtbot.mouseClick(operators_page.add_button, Qt.MouseButton.LeftButton)
    dialog = operators_page.findChild(OperatorDialog)
    assert dialog is not None
    type_text(dialog.fields["username"], "wong")
    type_text(dialog.fields["display_name"], "黃大文")
    role = dialog.fields["role"]
    role.setCurrentIndex(role.findData(Role.GUARD.value))  # type: ignore[union-attr]
    type_text(dialog.fields["password"], "guard-pass-1")
    type_text(dialog.fields["pin"], "2468")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    return operators_page


def test_setup_keeps_everything_typed_when_a_field_is_wrong(qtbot: QtBot, shell: ShellWindow) -> None:
    page = shell.setup_page
    type_text(page.site_name, "翠湖花園")
    type_text(page.username, "admin")
    type_text(page.display_name, "陳主任")
    type_text(page.password, "short")
    type_text(page.password_again, "short")
    type_text(page.pin, "1111")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert shell.current_page() is page
    assert page.errors.message_for("password")  # too weak
    assert page.errors.message_for("pin")  # too simple
    assert page.site_name.text() == "翠湖花園"
    assert page.display_name.text() == "陳主任"
    assert page.password.text() == "short"


def test_first_run_sign_in_lock_switch_and_language(qtbot: QtBot, shell: ShellWindow) -> None:
    _set_up_site(qtbot, shell)
    assert shell.login_page.username.text() == "admin"
    _sign_in(qtbot, shell, "admin", "admin-pass-1")
    workspace = shell.workspace
    assert workspace is not None
    assert "陳主任" in workspace.status.findChild(type(workspace._operator), "statusOperator").text()

    # The administrator adds a guard through the operators page.
    operators_page = _add_guard(qtbot, shell)
    qtbot.waitUntil(lambda: operators_page.model.rowCount() == 2)

    # Something half-typed on the settings page survives the lock.
    workspace.show_page(SETTINGS)
    settings_page = workspace.page(SETTINGS)
    assert isinstance(settings_page, SettingsPage)

    # Ctrl+L locks; the guard unlocks with their PIN and becomes the active operator.
    QTest.keyClick(workspace.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_page() is shell.lock_page
    lock = shell.lock_page
    guard_row = next(i for i in range(lock.operators.count()) if lock.operators.item(i).text() == "黃大文")
    lock.operators.setCurrentRow(guard_row)
    type_text(lock.pin, "9999")
    press_enter(lock.pin)
    assert shell.current_page() is lock  # wrong PIN: still locked, told why
    assert lock.banner.isVisible()
    type_text(lock.pin, "２４６８")  # full-width digits from an IME count
    press_enter(lock.pin)
    assert shell.current_page() is workspace
    assert shell.session is not None and shell.session.actor.display_name == "黃大文"
    assert shell.session.actor.role == Role.GUARD
    # A guard does not see operator management; the page they were on was hidden, so home is shown.
    operators_row = next(
        i
        for i in range(workspace.navigation.count())
        if workspace.navigation.item(i).data(Qt.ItemDataRole.UserRole) == OPERATORS
    )
    assert workspace.navigation.item(operators_row).isHidden()

    # Language switch from the desk settings: texts change, nothing typed is lost.
    workspace.show_page(SETTINGS)
    desk = settings_page.findChild(DeskSection)
    assert desk is not None
    before = workspace.navigation.item(0).text()
    desk.language.setCurrentIndex(desk.language.findData("en"))
    qtbot.mouseClick(desk.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.navigation.item(0).text() == "Home")
    assert before != "Home"
    assert shell.preferences.language == "en"
    desk.language.setCurrentIndex(desk.language.findData("zh_CN"))
    qtbot.mouseClick(desk.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.navigation.item(0).text() == "首页")
    assert workspace.current_key() == SETTINGS
    workspace.show_page(HOME)
    QApplication.processEvents()


def test_services_created_accounts_can_sign_in(qtbot: QtBot, shell: ShellWindow) -> None:
    _set_up_site(qtbot, shell)
    services = shell.services
    assert services is not None
    admin = services.auth.login("admin", "admin-pass-1", services.site.desks()[0].id)
    services.operators.create(admin, NewOperator("lee", "李班長", Role.SUPERVISOR, "super-pass-1", "1357"))
    _sign_in(qtbot, shell, "lee", "super-pass-1")
    assert shell.session is not None and shell.session.actor.role == Role.SUPERVISOR
