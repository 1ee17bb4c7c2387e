"""GUI fixtures for the visitor log: the real shell, a site with an estate, a guard signed in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.directory import PersonFields, PersonKind, ResidentRole, UnitRow
from app.operators import NewOperator
from app.permissions import Actor, Role
from app.site import DeskKind, DeskSpec, SiteSetup
from tests.ui.test_first_run_flow import _sign_in
from ui.navigation import VISITORS
from ui.shell import ShellWindow
from ui.visitors.visitors_page import VisitorsPage

GUARD_PASSWORD = "guard-pass-1"
SUPERVISOR_PIN = "1357"


@dataclass
class Desk:
    shell: ShellWindow
    services: Services
    admin: Actor
    unit_12a: UnitRow
    unit_3b: UnitRow

    @property
    def page(self) -> VisitorsPage:
        workspace = self.shell.workspace
        assert workspace is not None
        page = workspace.page(VISITORS)
        assert isinstance(page, VisitorsPage)
        return page


def open_site(qtbot: QtBot, shell: ShellWindow) -> tuple[Services, Actor]:
    shell._on_setup_page_setup_requested(
        SiteSetup(
            "翠湖花園",
            "Asia/Hong_Kong",
            [DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
            NewOperator("admin", "陳主任", Role.ADMIN, "admin-pass-1", "2580"),
        )
    )
    services = shell.services
    assert services is not None
    admin = services.auth.login("admin", "admin-pass-1", services.site.desks()[0].id)
    services.operators.create(admin, NewOperator("lee", "李班長", Role.SUPERVISOR, "super-pass-1", SUPERVISOR_PIN))
    services.operators.create(admin, NewOperator("wong", "黃大文", Role.GUARD, GUARD_PASSWORD, "2468"))
    return services, admin


@pytest.fixture
def desk(qtbot: QtBot, shell: ShellWindow) -> Iterator[Desk]:
    services, admin = open_site(qtbot, shell)
    directory = services.directory
    a = directory.add_building(admin, "A", "A座")
    b = directory.add_building(admin, "B", "B座")
    unit_12a = directory.add_unit(admin, a.id, "12A", "12")
    unit_3b = directory.add_unit(admin, b.id, "3B", "3")
    directory.add_person(
        admin, PersonFields(PersonKind.RESIDENT, "黃美玲", "98765432", unit_12a.id, ResidentRole.OWNER)
    )
    _sign_in(qtbot, shell, "wong", GUARD_PASSWORD)
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page(VISITORS)
    yield Desk(shell, services, admin, unit_12a, unit_3b)
