"""``gatehouse demo`` for the visitor log: a consistent estate and history the real services can use."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from sqlalchemy import select

from app.bootstrap import Database, open_database
from app.clock import FixedClock
from app.demo.names import TRADITIONAL, traditional_name
from app.demo.run import run_demo
from app.directory import PersonKind
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.text import NAME_MAX_CHARS, clean_text
from app.visitors.model import CheckInFields, HistoryFilter, VisitStatus
from app.visitors.visits import visit_code
from db.models.directory import Person
from db.models.visitors import Visit, Visitor

VISITS = 600


def test_the_demo_site_is_consistent_and_usable(database: Database, clock: FixedClock) -> None:
    ctx = run_demo(database, clock, visits=VISITS, days=5, seed=11, progress=lambda _message: None)
    services = ctx.services
    assert len(services.directory.find_units("A1", 500)) >= 8
    assert services.directory.people(kinds=[PersonKind.RESIDENT], limit=5)
    history = services.visit_history
    assert history.count(HistoryFilter()) == VISITS
    on_site = services.visitors.on_site()
    assert 0 < len(on_site) <= 40
    assert 0 < len(services.visitors.overstays()) < len(on_site)
    assert history.count(HistoryFilter(statuses=(VisitStatus.REFUSED,))) > 0
    newest = history.page(HistoryFilter(), 0, 1)[0]
    assert newest.code == visit_code(VISITS)
    # Every visitor came at least once, and the search keys find them in either script.
    someone = history.page(HistoryFilter(), VISITS // 2, 1)[0]
    found = services.visitor_lookup.find(someone.name)
    assert someone.visitor_id in {m.visitor_id for m in found}
    assert all(m.visit_count >= 1 for m in found)
    # The demo continues where it stopped: the next check-in gets the next number.
    guard = services.auth.login(ctx.account("guard").username, ctx.account("guard").password, ctx.desks["booth"])
    row = services.visitors.check_in(guard, CheckInFields("陳大文", "guest", unit_id=newest.unit_id))
    assert row.code == visit_code(VISITS + 1)
    with database.sessions.read() as s:
        assert services.audit.verify(s).ok


def test_the_demo_is_the_same_for_the_same_seed(database: Database, clock: FixedClock, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "second")
    paths.ensure()
    second = open_database(paths.database, paths, clock, LocalConfig())
    try:
        runs = [
            run_demo(db, clock, visits=200, days=3, seed=5, progress=lambda _message: None) for db in (database, second)
        ]
        pages = [
            [
                (r.id, r.code, r.name, r.unit_label, r.checked_in_at, r.status)
                for r in ctx.services.visit_history.page(HistoryFilter(), 0, 200)
            ]
            for ctx in runs
        ]
    finally:
        second.dispose()
    assert len(pages[0]) == 200
    assert pages[0] == pages[1]


WRONG_CONVERSIONS = frozenset("樑囌硃髙")


def _is_compatibility_ideograph(ch: str) -> bool:
    return 0xF900 <= ord(ch) <= 0xFAFF or 0x2F800 <= ord(ch) <= 0x2FA1F


def test_demo_names_are_real_traditional_forms() -> None:
    assert traditional_name("王梁苏朱高张") == "王梁蘇朱高張"
    for simplified, traditional in TRADITIONAL.items():
        assert unicodedata.normalize("NFC", traditional) == traditional != simplified
        assert not _is_compatibility_ideograph(traditional) and traditional not in WRONG_CONVERSIONS


def test_demo_names_are_normalised_like_typed_input(database: Database, clock: FixedClock) -> None:
    run_demo(database, clock, visits=VISITS, days=5, seed=11, progress=lambda _message: None)
    with database.sessions.read() as s:
        found = [*s.execute(select(Visitor.name)).scalars(), *s.execute(select(Visit.name)).scalars()]
        found += s.execute(select(Person.name)).scalars()
    names = [n for n in found if n is not None]
    assert len(names) > VISITS
    for name in names:
        assert unicodedata.normalize("NFC", name) == name == clean_text(name, "name", max_chars=NAME_MAX_CHARS)
        assert not any(_is_compatibility_ideograph(ch) or ch in WRONG_CONVERSIONS for ch in name), name
    assert any(ch in "陳張黃劉" for name in names for ch in name)  # some names are Traditional
