"""Test configuration shared by every test package.

Qt must run offscreen and in a predictable locale; both are set before anything imports PySide6.

Domain tests ask for ``services`` (or ``database``) and get a fresh, migrated database with an
initialised site, a fixed clock and real services. They run on SQLite always, and also on PostgreSQL
when ``GATEHOUSE_TEST_PG_URL`` names a server (``.ci/run`` starts one): the URL of a maintenance
database the tests may create databases from.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# No test touches the OS key store of the PC running it; tests of that path configure their own.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.bootstrap import Database, Services, build_services, open_database
from app.clock import FixedClock
from app.credentials import LIGHT_COST, SecretHasher
from app.local_config import LocalConfig
from app.operators import NewOperator
from app.paths import DataPaths
from app.permissions import Actor, Role
from app.site import DeskKind, DeskSpec, SiteSetup, initialize_site
from app.site_key import KeyStore

PG_URL_ENV = "GATEHOUSE_TEST_PG_URL"
# Monday 2 March 2026, 09:00 in Hong Kong.
START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
SITE_TZ = "Asia/Hong_Kong"
ADMIN_PASSWORD = "admin-pass-1"
STAFF_PASSWORD = "staff-pass-1"
PINS = {Role.ADMIN: "2580", Role.SUPERVISOR: "1357", Role.GUARD: "2468", Role.CLERK: "9753"}

LIGHT_HASHER = SecretHasher(LIGHT_COST)


def backends() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get(PG_URL_ENV) else ["sqlite"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    return paths


@pytest.fixture(scope="session")
def _pg_admin_url() -> str | None:
    return os.environ.get(PG_URL_ENV)


def _pg_database(admin_url: str, template: str | None = None) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (a copy of ``template`` when given); dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"gh_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        copy_of = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{copy_of}'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def _pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """One migrated, empty PostgreSQL database; each test's database is created as a copy of it
    (``CREATE DATABASE … TEMPLATE``) instead of migrating again, as ``_sqlite_template`` does for SQLite."""
    admin_url = os.environ.get(PG_URL_ENV)
    if not admin_url:
        yield None
        return
    paths = DataPaths(tmp_path_factory.mktemp("pg-template"))
    paths.ensure()
    for url in _pg_database(admin_url):
        database = open_database(url, paths, FixedClock(START), LocalConfig())
        database.dispose()  # no connection may stay open on a template
        from sqlalchemy.engine import make_url

        yield make_url(url).database


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty SQLite file; each test copies it instead of migrating again."""
    folder = tmp_path_factory.mktemp("template")
    paths = DataPaths(folder)
    paths.ensure()
    database = open_database(paths.database, paths, FixedClock(START), LocalConfig())
    database.dispose()
    return paths.database


@pytest.fixture(params=backends())
def database(
    request: pytest.FixtureRequest,
    data_paths: DataPaths,
    clock: FixedClock,
    _sqlite_template: Path,
    _pg_template: str | None,
) -> Iterator[Database]:
    local = LocalConfig()
    if request.param == "sqlite":
        shutil.copyfile(_sqlite_template, data_paths.database)
        db = open_database(data_paths.database, data_paths, clock, local)
        yield db
        db.dispose()
        return
    admin_url = os.environ[PG_URL_ENV]
    for url in _pg_database(admin_url, _pg_template):
        db = open_database(url, data_paths, clock, local)
        yield db
        db.dispose()


@pytest.fixture
def sqlite_database(data_paths: DataPaths, clock: FixedClock, _sqlite_template: Path) -> Iterator[Database]:
    """For tests about SQLite itself (PRAGMAs, files, backups) and for GUI tests."""
    shutil.copyfile(_sqlite_template, data_paths.database)
    db = open_database(data_paths.database, data_paths, clock, LocalConfig())
    yield db
    db.dispose()


def make_site(database: Database, clock: FixedClock) -> Services:
    initialize_site(
        database.sessions,
        KeyStore(database.paths.root),
        clock,
        LIGHT_HASHER,
        SiteSetup(
            site_name="翠湖花園",
            timezone=SITE_TZ,
            desks=[DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
            admin=NewOperator("admin", "陳主任", Role.ADMIN, ADMIN_PASSWORD, PINS[Role.ADMIN]),
        ),
    )
    services = build_services(database, clock, hasher=LIGHT_HASHER)
    database.desk.desk_id = _booth(services)
    return services


def _booth(services: Services) -> uuid.UUID:
    return next(d.id for d in services.site.desks() if d.kind == DeskKind.BOOTH)


@pytest.fixture
def services(database: Database, clock: FixedClock) -> Services:
    return make_site(database, clock)


class Staff:
    """Signed-in actors of every role at the booth desk, created through the real services."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.desk_id = _booth(services)
        self.admin = services.auth.login("admin", ADMIN_PASSWORD, self.desk_id)
        names = {Role.SUPERVISOR: ("lee", "李班長"), Role.GUARD: ("wong", "黃大文"), Role.CLERK: ("chan", "陳小美")}
        self._actors: dict[Role, Actor] = {Role.ADMIN: self.admin}
        for role, (username, display) in names.items():
            services.operators.create(self.admin, NewOperator(username, display, role, STAFF_PASSWORD, PINS[role]))
            self._actors[role] = services.auth.login(username, STAFF_PASSWORD, self.desk_id)

    @property
    def supervisor(self) -> Actor:
        return self._actors[Role.SUPERVISOR]

    @property
    def guard(self) -> Actor:
        return self._actors[Role.GUARD]

    @property
    def clerk(self) -> Actor:
        return self._actors[Role.CLERK]


@pytest.fixture
def staff(services: Services) -> Staff:
    return Staff(services)
