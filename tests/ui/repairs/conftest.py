"""The repairs page over real services (a fresh SQLite database, a fixed clock, a clerk at the desk)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from app.bootstrap import Database, Services
from app.bundles import build_bundles
from app.clock import FixedClock
from tests.app.repairs.site import Site, make_directory
from tests.conftest import Staff, make_site
from ui.app_events import AppEvents
from ui.repairs.repairs_page import RepairsPage
from ui.session import OperatorSession


@dataclass
class Desk:
    services: Services
    staff: Staff
    site: Site
    session: OperatorSession
    events: AppEvents
    page: RepairsPage


@pytest.fixture
def desk(qtbot: QtBot, sqlite_database: Database, clock: FixedClock) -> Iterator[Desk]:
    services = make_site(sqlite_database, clock)
    staff = Staff(services)
    site = make_directory(services, staff)
    session = OperatorSession(staff.clerk)
    events = AppEvents()
    s = services
    deps = build_bundles(s).repairs
    page = RepairsPage(deps, session, events, clock, s.zone)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    yield Desk(services, staff, site, session, events, page)
    page.close()
