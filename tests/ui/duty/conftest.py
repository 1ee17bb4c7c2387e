"""A signed-in shell at the booth with staff, for the duty pages' GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.operators import NewOperator
from app.permissions import Actor, Role
from app.site import DeskKind, DeskSpec, SiteSetup
from tests.app.duty.fixtures import INCOMING_PIN
from tests.conftest import ADMIN_PASSWORD, PINS, STAFF_PASSWORD
from tests.ui.helpers import press_enter, type_text
from ui.home.shift_panel import ShiftPanel
from ui.navigation import HOME
from ui.shell import ShellWindow
from ui.workspace import Workspace


@dataclass
class Desk:
    shell: ShellWindow
    services: Services
    workspace: Workspace
    supervisor: Actor

    @property
    def actor(self) -> Actor:
        assert self.shell.session is not None
        return self.shell.session.actor


def start_shift(qtbot: QtBot, desk: Desk) -> ShiftPanel:
    """Start a shift from the home page's shift panel, as the guard does; the panel, to end it."""
    desk.workspace.show_page(HOME)
    panel = desk.workspace.page(HOME).findChild(ShiftPanel)  # type: ignore[union-attr]
    assert panel is not None
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.end_button.isVisible())
    return panel


def sign_in(qtbot: QtBot, shell: ShellWindow, username: str, password: str) -> None:
    page = shell.login_page
    page.username.clear()
    type_text(page.username, username)
    type_text(page.password, password)
    press_enter(page.password)
    qtbot.waitUntil(lambda: shell.workspace is not None and shell.current_page() is shell.workspace)


@pytest.fixture
def desk(qtbot: QtBot, shell: ShellWindow) -> Iterator[Desk]:
    shell._on_setup_page_setup_requested(
        SiteSetup(
            "翠湖花園",
            "Asia/Hong_Kong",
            [DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
            NewOperator("admin", "陳主任", Role.ADMIN, ADMIN_PASSWORD, PINS[Role.ADMIN]),
        )
    )
    services = shell.services
    assert services is not None
    admin = services.auth.login("admin", ADMIN_PASSWORD, None)
    for username, name, role, pin in (
        ("wong", "黃大文", Role.GUARD, PINS[Role.GUARD]),
        ("cheung", "張國強", Role.GUARD, INCOMING_PIN),
        ("lee", "李班長", Role.SUPERVISOR, PINS[Role.SUPERVISOR]),
    ):
        services.operators.create(admin, NewOperator(username, name, role, STAFF_PASSWORD, pin))
    booth = shell.login_page.desk.findText("東門崗")  # the guard works at the gate booth (patrols start there)
    shell.login_page.desk.setCurrentIndex(booth)
    sign_in(qtbot, shell, "wong", STAFF_PASSWORD)
    assert shell.workspace is not None and shell.session is not None
    supervisor = services.auth.login("lee", STAFF_PASSWORD, shell.session.actor.desk_id)
    yield Desk(shell, services, shell.workspace, supervisor)
