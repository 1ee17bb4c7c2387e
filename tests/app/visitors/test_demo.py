"""``gatehouse demo`` for the visitor log: a consistent estate and history the real services can use."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import Database, open_database
from app.clock import FixedClock
from app.demo.run import run_demo
from app.directory import PersonKind
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.visitors.model import CheckInFields, HistoryFilter, VisitStatus
from app.visitors.visits import visit_code

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
