"""Every table model of the key register passes Qt's model tester, with real rows in it."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.modeltest import ModelTester

from app.keys.rows import Borrower, BorrowerKind
from tests.ui.keys.conftest import KeyWorld
from ui.keys.models import CountTableModel, KeyHistoryTableModel, KeyTableModel, LoanTableModel


def _lend(world: KeyWorld, count: int) -> None:
    staff = Borrower(BorrowerKind.STAFF, person_id=world.guard_person.id)
    for n in range(count):
        key = world.add_key(f"K-{n:03d}", f"鑰匙 {n}", position=f"甲-{n}")
        if n % 2:
            loan = world.services.key_register.issue(world.staff.guard, key.id, staff)
            if n % 4 == 1:
                world.clock.advance(timedelta(hours=5))
                world.services.key_register.return_key(world.staff.guard, loan.id)


def test_the_key_table(qtmodeltester: ModelTester, world: KeyWorld) -> None:
    _lend(world, 12)
    world.clock.advance(timedelta(hours=5))
    model = KeyTableModel(world.services.key_register, world.services.zone)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 12


def test_the_key_table_fetches_pages_as_it_scrolls(world: KeyWorld) -> None:
    _lend(world, 230)
    model = KeyTableModel(world.services.key_register, world.services.zone)
    model.reload()
    assert (model.rowCount(), model.total, model.canFetchMore()) == (200, 230, True)
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore()) == (230, False)


def test_the_loan_table(qtmodeltester: ModelTester, world: KeyWorld) -> None:
    _lend(world, 10)
    model = LoanTableModel(world.services.key_register, world.services.zone)
    now = world.clock.now()
    model.set_range(now - timedelta(days=2), now + timedelta(days=1))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_the_history_table(qtmodeltester: ModelTester, world: KeyWorld) -> None:
    _lend(world, 2)
    key = world.services.key_register.key_by_tag("K-001")
    model = KeyHistoryTableModel(world.services.zone)
    model.set_rows(world.services.key_register.history(key.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_the_count_table(qtmodeltester: ModelTester, world: KeyWorld) -> None:
    _lend(world, 6)
    model = CountTableModel()
    model.set_rows(world.services.key_counts.expected_in())
    qtmodeltester.check(model)
    model.tick(0, scanned=True)
    assert len(model.seen()) == 1
