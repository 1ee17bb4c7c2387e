"""Every paper against the database: generated sites (the seeded demo generator, several seeds), each
paper printed, read back with ``pdftotext`` and its numbers compared with counts made here with plain
SQL on the database file — not through the report code. A paper that disagrees with the database, or
with itself (a total that is not the sum of its rows, a counted kind of exception with fewer rows),
fails here."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.bootstrap import Database, Services, build_services
from app.clock import FixedClock, day_bounds
from app.demo.context import DemoContext
from app.demo.run import run_demo
from app.duty.sheet import HandoverSheetLabels, PrintContext, handover_sheet_pdf
from app.permissions import Role
from app.reports.labels import ReportLabels
from app.reports.paper import Paper
from tests.app.printing.pdftools import pdftotext_pages
from tests.conftest import LIGHT_HASHER

UNTIL = datetime(2026, 3, 20, 8, 30, tzinfo=UTC)  # 16:30 at the site: a shift is open at the booth
SEEDS = (5, 23)
SQL_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how the UTC instants are stored


@dataclass
class Site:
    database: Database
    services: Services
    demo: DemoContext
    zone: ZoneInfo
    sql: sqlite3.Connection

    def one(self, query: str, *args: object) -> int:
        return int(self.sql.execute(query, args).fetchone()[0] or 0)

    def paper(self) -> Paper:
        return Paper("翠湖花園", "test", UNTIL, self.zone, ReportLabels())


def _t(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime(SQL_TIME)


@pytest.fixture(params=SEEDS, ids=[f"seed{s}" for s in SEEDS])
def site(request: pytest.FixtureRequest, sqlite_database: Database) -> Iterator[Site]:
    clock = FixedClock(UNTIL)
    demo = run_demo(sqlite_database, clock, visits=700, days=14, seed=request.param, progress=lambda _m: None)
    services = build_services(sqlite_database, clock, hasher=LIGHT_HASHER)
    connection = sqlite3.connect(str(sqlite_database.paths.database))
    try:
        yield Site(sqlite_database, services, demo, ZoneInfo(str(services.zone)), connection)
    finally:
        connection.close()


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


def _number(text: str, label: str) -> int:
    found = re.search(re.escape(label) + r" (\d[\d,]*)", text)
    assert found is not None, label
    return int(found.group(1).replace(",", ""))


# ---- daily ---------------------------------------------------------------------------------------
def test_the_daily_report_agrees_with_the_database(site: Site, tmp_path: Path) -> None:
    today = UNTIL.astimezone(site.zone).date()
    for day in (today - timedelta(days=1), today - timedelta(days=4)):
        start, end = day_bounds(day, site.zone)
        a, b = _t(start), _t(end)
        pdf = site.services.reports.daily_pdf(None, day, None, site.paper())
        text = _flat(pdftotext_pages(pdf, tmp_path, f"daily-{day}.pdf", raw=True))
        came = "status != 'refused' AND checked_in_at >= ? AND checked_in_at < ?"
        assert _number(text, "Checked in") == site.one(f"SELECT count(*) FROM visit WHERE {came}", a, b)
        assert _number(text, "Checked out") == site.one(
            "SELECT count(*) FROM visit WHERE checked_out_at >= ? AND checked_out_at < ?", a, b
        )
        assert _number(text, "Refused entry") == site.one(
            "SELECT count(*) FROM visit WHERE status = 'refused' AND checked_in_at >= ? AND checked_in_at < ?", a, b
        )
        still = "checked_in_at < ? AND status != 'refused' AND (checked_out_at IS NULL OR checked_out_at > ?)"
        assert _number(text, "Still on site") == site.one(f"SELECT count(*) FROM visit WHERE {still}", b, b)
        overstays = site.one(
            f"""SELECT count(*) FROM (
                SELECT id FROM visit WHERE {came} AND expected_leave_at < ?
                    AND (checked_out_at IS NULL OR checked_out_at > expected_leave_at)
                UNION SELECT id FROM visit WHERE {still} AND expected_leave_at < ?
                UNION SELECT visit_id FROM visit_sweep WHERE at >= ? AND at < ? AND decision = 'escalate')""",
            a,
            b,
            b,
            b,
            b,
            b,
            a,
            b,
        )
        assert _number(text, "Overstays") == overstays
        assert text.count("Visitor overstay") == overstays  # every counted overstay is a row
        hits = site.one("SELECT count(*) FROM watchlist_hit WHERE at >= ? AND at < ?", a, b)
        assert _number(text, "Watchlist hits") == hits == text.count("Watchlist hit ")  # each hit a row
        incidents = site.one("SELECT count(*) FROM incident WHERE occurred_at >= ? AND occurred_at < ?", a, b)
        assert _number(text, "Incidents") == incidents
        assert text.count(" Incident ") == incidents
        missed = _number(text, "Checkpoints missed")
        assert text.count("Patrol checkpoint missed") == missed  # one row per missed round
        assert _number(text, "Keys issued") == site.one(
            "SELECT count(*) FROM key_loan WHERE issued_at >= ? AND issued_at < ?", a, b
        )
        assert _number(text, "New work orders") == site.one(
            "SELECT count(*) FROM work_order WHERE created_at >= ? AND created_at < ?", a, b
        )
        assert "0000 0000" not in text and "gatehouse audit" not in text


# ---- muster --------------------------------------------------------------------------------------
def test_the_muster_list_counts_every_head_once(site: Site, tmp_path: Path) -> None:
    pdf = site.services.reports.muster_pdf(None, site.paper())
    pages = pdftotext_pages(pdf, tmp_path, "muster.pdf", raw=True)
    text = _flat(pages)
    on_site = "status = 'on_site' AND checked_in_at <= ?"
    now = _t(UNTIL)
    people = site.sql.execute(
        f"SELECT visitor_id, max(companions), min(name) FROM visit WHERE {on_site} GROUP BY visitor_id", (now,)
    ).fetchall()
    visitor_heads = sum(1 + n for _v, n, _name in people)
    companions = sum(n for _v, n, _name in people)
    loans = site.sql.execute(
        """SELECT DISTINCT borrower_kind, borrower_person_id, borrower_visit_id, borrower_name FROM key_loan
           WHERE closed_at IS NULL AND issued_at <= ?
             AND (borrower_visit_id IS NULL
                  OR borrower_visit_id NOT IN (SELECT id FROM visit WHERE status = 'on_site'))""",
        (now,),
    ).fetchall()
    contractors = _number(text, "Contractor")
    lines = len(people) + len(loans) + contractors
    heads = visitor_heads + len(loans) + contractors
    total = (
        f"Total on site {heads} = {lines} named + {companions} with them" if companions else f"Total on site {heads}"
    )
    assert total in text
    assert _number(text, "Visitor") == visitor_heads
    assert _number(text, "Key holder") == len(loans)
    numbers = [int(n) for n in re.findall(r"^\s*(\d+) ", "\n".join(pages), flags=re.MULTILINE)]
    assert max(numbers, default=0) == lines  # numbered lines: each person once
    for _visitor, _n, name in people:
        if unicodedata.normalize("NFC", name) == name:  # compatibility code points: the glyph work's test
            assert name in text, name
    heads_per_line = re.findall(r" (1\+(\d+)|1) (?:Visitor|Contractor|Key holder) ", text)
    assert len(heads_per_line) == lines
    assert sum(1 + int(extra or 0) for _all, extra in heads_per_line) == heads  # the rows add up to the total


# ---- monthly -------------------------------------------------------------------------------------
def test_the_monthly_report_agrees_with_the_database(site: Site, tmp_path: Path) -> None:
    month = date(2026, 3, 1)
    start, _ = day_bounds(month, site.zone)
    end, _ = day_bounds(date(2026, 4, 1), site.zone)
    pdf = site.services.reports.monthly_pdf(None, month, site.paper())
    text = _flat(pdftotext_pages(pdf, tmp_path, "monthly.pdf", raw=True))
    visits = site.one(
        "SELECT count(*) FROM visit WHERE status != 'refused' AND checked_in_at >= ? AND checked_in_at < ?",
        _t(start),
        _t(min(end, UNTIL)),
    )
    assert _number(text, "Visitor volume") == visits
    assert _number(text, "Key loans") == site.one(
        "SELECT count(*) FROM key_loan WHERE issued_at >= ? AND issued_at < ?", _t(start), _t(end)
    )
    before, _ = day_bounds(date(2026, 2, 1), site.zone)
    earlier = site.one(
        "SELECT count(*) FROM visit WHERE checked_in_at >= ? AND checked_in_at < ?", _t(before), _t(start)
    )
    if earlier == 0:  # the demo site started this month: nothing to compare with
        assert "no data" in text and "(worse)" not in text and "(better)" not in text and "Previous month" in text
    assert text.count("Approved by (manager)") == 1


# ---- handover ------------------------------------------------------------------------------------
def test_the_signed_handover_lists_everything_open_at_signing(site: Site, tmp_path: Path) -> None:
    services, demo = site.services, site.demo
    booth = demo.desks["booth"]
    shift = services.shifts.current(booth)
    assert shift is not None
    outgoing = next(a for a in demo.accounts if a.operator_id == shift.operator_id)
    incoming = next(a for a in demo.accounts if a.role == Role.GUARD.value and a.operator_id != shift.operator_id)
    actor = services.auth.login(outgoing.username, outgoing.password, booth)
    handover = services.handovers.compile(actor)
    for item in handover.items:
        services.handovers.acknowledge(actor, item.id, incoming.operator_id, "accepted")
    signed = services.handovers.sign(actor, handover.id, outgoing.pin, incoming.operator_id, incoming.pin).handover
    ctx = PrintContext("翠湖花園", signed.desk_name, outgoing.display_name, UNTIL, site.zone)
    text = _flat(pdftotext_pages(handover_sheet_pdf(signed, HandoverSheetLabels(), ctx), tmp_path, "handover.pdf"))
    squeezed = "".join(text.split())
    now = _t(UNTIL)
    visits = [
        c for (c,) in site.sql.execute("SELECT code FROM visit WHERE status = 'on_site' AND checked_in_at <= ?", (now,))
    ]
    keys = [
        t
        for (t,) in site.sql.execute(
            "SELECT k.tag FROM key_loan l JOIN key_item k ON k.id = l.key_id WHERE l.closed_at IS NULL", ()
        )
    ]
    orders = [
        n
        for (n,) in site.sql.execute(
            "SELECT number FROM work_order WHERE state IN ('new', 'dispatched', 'in_progress', 'on_hold')"
        )
    ]
    incidents = [
        n
        for (n,) in site.sql.execute(
            "SELECT number FROM incident WHERE status != 'closed' AND desk_id = ?", (booth.hex,)
        )
    ]
    assert visits and keys and orders  # the generated site has something open of each
    for code in (*visits, *keys, *orders, *incidents):
        assert code.replace(" ", "") in squeezed, code
    assert f"Open matters ({len(signed.items)})" in text
    assert len(signed.items) >= len(visits) + len(keys) + len(orders) + len(incidents) + 1  # + the key count line
    assert len(re.findall(r"Key count (?:done|not done)", text)) == 1  # the shift's key count: always one line
