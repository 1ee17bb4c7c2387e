"""The audit chain cannot be cut short or re-forged unnoticed: day seals with a forward-evolving key
and anchors outside the database (app/audit_seal.py, docs/audit-sealing.md).

Each tamper case is what someone holding the data folder today could do with the sqlite3 shell and
the files beside the database: the site key file and today's seal seed.
"""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.audit import GENESIS_HASH, AuditProblem, AuditVerification
from app.audit_seal import (
    AuditSealer,
    SealSeed,
    _signed_seal,
    load_anchor,
)
from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import StorageError
from db.models.core import AuditEntry, AuditSeal
from tests.conftest import PINS, Staff

DAYS = 3
PER_DAY = 12
TODAY = 40


@pytest.fixture
def chain(services: Services, staff: Staff, clock: FixedClock) -> Services:
    """Three sealed days of entries, then 40 more today, then a clean exit (the anchor file)."""
    if services.database.sessions.dialect != "sqlite":
        pytest.skip("tampering is shown with SQLite's shell")
    keeper = services.audit_keeper
    keeper.seal_due()  # the first day: the seed file is made
    for _day in range(DAYS):
        _entries(services, staff, PER_DAY)
        clock.advance(timedelta(days=1))
        assert keeper.seal_due() == 1
    _entries(services, staff, TODAY)
    keeper.close()
    return services


def _entries(services: Services, staff: Staff, count: int) -> None:
    for _ in range(count):
        services.operators.set_pin(staff.admin, staff.admin.operator_id, PINS[staff.admin.role])


def _verify(services: Services, *, anchors: bool = True) -> AuditVerification:
    found = services.audit_keeper.known_anchors() if anchors else []
    with services.database.sessions.read() as s:
        return services.audit.verify(s, found)


def _sql(services: Services, *statements: str) -> None:
    """Tamper as a person with the sqlite3 shell would (dropping the guard triggers first)."""
    with services.database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        for statement in statements:
            connection.execute(text(statement))


def _count(services: Services) -> int:
    with services.database.sessions.read() as s:
        return int(s.execute(text("SELECT count(*) FROM audit_entry")).scalar_one())


def _cut(services: Services, n: int, *, move_head: bool) -> None:
    last = _count(services) - n
    statements = [f"DELETE FROM audit_entry WHERE seq > {last}"]
    if move_head:
        new_hash = GENESIS_HASH
        if last:
            with services.database.sessions.read() as s:
                new_hash = s.execute(select(AuditEntry.entry_hash).where(AuditEntry.seq == last)).scalar_one()
        statements.append(f"UPDATE audit_head SET last_seq = {last}, last_hash = '{new_hash}'")
    _sql(services, *statements)


def test_an_untouched_chain_verifies_with_its_seals_and_anchor(chain: Services) -> None:
    result = _verify(chain)
    assert result.ok, result
    assert result.seals_checked == DAYS
    assert result.anchor_count == _count(chain)


@pytest.mark.parametrize("n", [1, 30, "all"])
@pytest.mark.parametrize("move_head", [False, True], ids=["head-left", "head-moved"])
def test_cutting_the_tail_is_named_with_how_many_are_missing(chain: Services, n: int | str, move_head: bool) -> None:
    total = _count(chain)
    cut = total if n == "all" else int(n)
    _cut(chain, cut, move_head=move_head)
    result = _verify(chain)
    assert not result.ok
    assert result.problem == AuditProblem.TRUNCATED
    assert result.missing_entries == cut
    assert result.entries_checked == total - cut


def test_without_the_anchor_file_the_seals_still_catch_a_cut_into_a_sealed_day(chain: Services) -> None:
    chain.audit_keeper.anchor_path.unlink()
    _cut(chain, TODAY + 5, move_head=True)  # all of today and 5 entries of the last sealed day
    result = _verify(chain, anchors=False)
    assert result.problem == AuditProblem.TRUNCATED
    assert result.missing_entries == 5


def test_re_forging_with_todays_key_fails_on_the_earlier_days(chain: Services) -> None:
    """The attacker has the site key and today's seed: rewrites an entry of the first day, rebuilds
    the HMAC chain and the head, and signs the days again with the only seed left."""
    services = chain
    with services.database.sessions.read() as s:
        entries = list(s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())
        seals = list(s.execute(select(AuditSeal).order_by(AuditSeal.day)).scalars())
    victim = 5
    statements = []
    prev = GENESIS_HASH
    hashes: dict[int, str] = {0: GENESIS_HASH}
    for entry in entries:
        details = '{"forged": true}' if entry.seq == victim else entry.details_json
        new_hash = services.audit.hash_of(entry, prev, details)
        statements.append(
            f"UPDATE audit_entry SET details_json = '{details}', prev_hash = '{prev}', entry_hash = '{new_hash}' "
            f"WHERE seq = {entry.seq}"
        )
        prev = hashes[entry.seq] = new_hash
    statements.append(f"UPDATE audit_head SET last_hash = '{prev}'")
    # Re-sign every day with today's seed (the only one the folder still holds).
    seed_file = next(services.database.paths.root.glob("keys/*.seal"))
    seed = SealSeed.from_json(seed_file.read_text(encoding="utf-8"), str(seed_file))
    statements.append("DELETE FROM audit_seal")
    _sql(services, *statements)
    with services.database.sessions.begin() as s:
        for old in seals:
            forged = _signed_seal(seed, old.sealed_at, old.entry_count, hashes[old.entry_count])
            forged.day = old.day
            s.add(forged)
    for anchors in (True, False):  # even without the anchor file the re-signed days do not chain
        result = _verify(services, anchors=anchors)
        assert result.problem == AuditProblem.SEAL_BROKEN, result
        assert result.bad_day == seals[0].day


def test_a_whole_new_seal_chain_differs_from_the_anchored_root(chain: Services, clock: FixedClock) -> None:
    services = chain
    _sql(services, "DELETE FROM audit_seal")
    fresh = services.database.paths.root / "forged.seal"
    first = SealSeed(clock.now().date() - timedelta(days=DAYS), os.urandom(32))
    fresh.write_text(first.to_json(), encoding="utf-8")
    AuditSealer(services.database.sessions, clock, fresh).seal_due()
    result = _verify(services)
    assert result.problem == AuditProblem.SEAL_BROKEN


def test_a_missing_head_row_is_named_not_a_traceback(chain: Services, staff: Staff) -> None:
    _sql(chain, "DELETE FROM audit_head")
    result = _verify(chain)
    assert result.problem == AuditProblem.HEAD_MISSING
    with pytest.raises(StorageError) as refused:
        chain.audit_keeper.anchor()
    assert refused.value.where == "audit_head"
    with pytest.raises(StorageError):
        _entries(chain, staff, 1)


def test_the_anchor_names_count_head_and_sealed_day_and_the_file_is_owner_only(chain: Services) -> None:
    anchor = chain.audit_keeper.anchor()
    assert anchor.entry_count == _count(chain)
    assert anchor.sealed_day is not None and anchor.root_key
    assert anchor.short.startswith(f"#{anchor.entry_count} · ")
    path = chain.audit_keeper.anchor_path
    assert load_anchor(path) == anchor
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    seed_file = next(chain.database.paths.root.glob("keys/*.seal"))
    assert stat.S_IMODE(seed_file.stat().st_mode) == 0o600


def test_the_seed_only_moves_forward(chain: Services, clock: FixedClock) -> None:
    seed_file = next(chain.database.paths.root.glob("keys/*.seal"))
    seed = SealSeed.from_json(seed_file.read_text(encoding="utf-8"), str(seed_file))
    assert seed.day == clock.now().date()  # the sealed days' seeds are gone from the folder
    clock.advance(timedelta(days=2))
    assert chain.audit_keeper.seal_due() == 2  # days with no entries are sealed too, the chain of keys unbroken
    assert _verify(chain).ok
