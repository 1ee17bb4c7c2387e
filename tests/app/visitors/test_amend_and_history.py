"""Corrections by amendment (never silent edits) and the history: filters, counts, pages, detail."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Conflict, Rule, ValidationErrors
from app.visitors.model import HistoryFilter, VisitStatus
from tests.app.visitors.conftest import Estate, check_in, guest
from tests.conftest import Staff


def test_an_amendment_keeps_old_and_new_values_author_and_reason(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    row = check_in(services, staff.guard, guest(estate, "陳大民", plate="AB1234", companions=1))
    clock.advance(timedelta(minutes=3))
    amended = services.visitors.amend(
        staff.supervisor,
        row.id,
        {"name": "陳大文", "unit_id": estate.unit_3b.id, "companions": 2, "plate": "ab 1234"},
        "訪客出示證件後更正姓名及單位",
    )
    assert (amended.name, amended.unit_label, amended.companions, amended.amended) == ("陳大文", "B座 3B", 2, True)
    [amendment] = services.visit_history.detail(row.id).amendments
    assert amendment.author == "李班長"
    assert amendment.reason == "訪客出示證件後更正姓名及單位"
    assert amendment.at == clock.now()
    assert amendment.fields == ("name", "unit_id", "companions")  # the plate was already AB1234
    assert amendment.changes == (
        ("name", "陳大民", "陳大文"),
        ("unit_id", "A座 12A", "B座 3B"),
        ("companions", "1", "2"),
    )
    # The card follows the corrected name: the returning-visitor search finds the right person.
    assert [m.name for m in services.visitor_lookup.find("大文")] == ["陳大文"]
    assert services.visitor_lookup.find("大民") == []


def test_an_amendment_needs_a_reason_valid_values_and_a_change(
    services: Services, staff: Staff, estate: Estate
) -> None:
    row = check_in(services, staff.guard, guest(estate))
    with pytest.raises(ValidationErrors) as raised:
        services.visitors.amend(staff.guard, row.id, {"name": "", "checked_in_at": row.checked_in_at, "phone": "x"}, "")
    assert {(e.field, e.rule) for e in raised.value.errors} == {
        ("reason", Rule.REQUIRED),
        ("name", Rule.REQUIRED),
        ("checked_in_at", "not_amendable"),
        ("phone", Rule.BAD_FORMAT),
    }
    with pytest.raises(Conflict) as conflict:
        services.visitors.amend(staff.guard, row.id, {"name": "陳大文"}, "沒有改變")
    assert conflict.value.reason == "no_change"
    assert services.visit_history.detail(row.id).amendments == ()
    assert not services.visitors.visit(row.id).amended


def test_a_swept_visits_leaving_time_can_be_corrected(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    from app.visitors.model import SweepDecision

    row = check_in(services, staff.guard, guest(estate, visitor_type="courier"))
    left_at = clock.now() + timedelta(minutes=15)
    clock.advance(timedelta(hours=2))
    services.visitors.sweep(staff.guard, {row.id: SweepDecision.LEFT_UNWITNESSED})
    with pytest.raises(ValidationErrors):
        services.visitors.amend(staff.guard, row.id, {"checked_out_at": clock.now() + timedelta(hours=1)}, "錄影")
    fixed = services.visitors.amend(staff.guard, row.id, {"checked_out_at": left_at}, "翻看閘口錄影確認離開時間")
    assert fixed.checked_out_at == left_at
    assert fixed.checkout_witnessed is False  # still the sweep's answer, now with a corrected time


@pytest.fixture
def month(services: Services, staff: Staff, estate: Estate, clock: FixedClock) -> list[str]:
    """Nine visits over three days; some checked out; two with plates; one courier."""
    codes = []
    for day in range(3):
        for n, name in enumerate(("陳大文", "張三", "歐陽娜娜")):
            fields = guest(
                estate,
                name,
                unit_id=estate.unit_12a.id if n else estate.unit_3b.id,
                plate="粤B12345" if name == "張三" else "",
                visitor_type="courier" if (day, n) == (2, 2) else "guest",
            )
            row = check_in(services, staff.guard, fields)
            codes.append(row.code)
            if day < 2:
                services.visitors.check_out(staff.guard, row.id)
            clock.advance(timedelta(hours=1))
        clock.advance(timedelta(hours=21))
    return codes


@pytest.mark.parametrize(
    ("filter_", "count"),
    [
        (HistoryFilter(), 9),
        (HistoryFilter(visitor="陈"), 3),
        (HistoryFilter(visitor="zs"), 3),
        (HistoryFilter(plate="B123"), 3),
        (HistoryFilter(plate="粵b"), 3),
        (HistoryFilter(visitor_type="courier"), 1),
        (HistoryFilter(statuses=(VisitStatus.ON_SITE,)), 3),
        (HistoryFilter(visitor="nobody"), 0),
    ],
)
def test_history_filters(services: Services, month: list[str], filter_: HistoryFilter, count: int) -> None:
    assert services.visit_history.count(filter_) == count
    assert len(services.visit_history.page(filter_, 0, 100)) == count


def test_history_by_day_and_unit(services: Services, estate: Estate, month: list[str]) -> None:
    first_day = services.visit_history.page(HistoryFilter(), 8, 1)[0].checked_in_at.astimezone(services.zone).date()
    assert services.visit_history.count(HistoryFilter(first_day=first_day, last_day=first_day)) == 3
    assert services.visit_history.count(HistoryFilter(first_day=first_day + timedelta(days=1))) == 6
    assert services.visit_history.count(HistoryFilter(unit_id=estate.unit_3b.id)) == 3


def test_history_pages_newest_first_by_offset_or_after_the_last_row(services: Services, month: list[str]) -> None:
    everything = services.visit_history.page(HistoryFilter(), 0, 100)
    assert [r.code for r in everything] == list(reversed(month))
    first = services.visit_history.page(HistoryFilter(), 0, 4)
    by_offset = services.visit_history.page(HistoryFilter(), 4, 4)
    last = first[-1]
    by_keyset = services.visit_history.page(HistoryFilter(), 0, 4, after=(last.checked_in_at, last.id))
    assert by_offset == by_keyset == everything[4:8]


def test_a_visits_position_is_its_row_in_the_filtered_pages(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock, month: list[str]
) -> None:
    history = services.visit_history
    twin = check_in(services, staff.guard, guest(estate, "李四"))  # two visits at the same instant: by id
    other = check_in(services, staff.guard, guest(estate, "王五", unit_id=estate.unit_3b.id))
    for wanted in (HistoryFilter(), HistoryFilter(unit_id=estate.unit_3b.id), HistoryFilter(visitor="陈")):
        rows = history.page(wanted, 0, 100)
        assert [history.position(wanted, row.id) for row in rows] == list(range(len(rows)))
    assert {history.position(HistoryFilter(), twin.id), history.position(HistoryFilter(), other.id)} == {0, 1}
    assert history.position(HistoryFilter(unit_id=estate.unit_3b.id), twin.id) is None  # the filter leaves it out
    assert history.position(HistoryFilter(), uuid.uuid4()) is None


def test_a_visitor_who_changed_car_is_found_by_the_old_plate_too(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    old = check_in(services, staff.guard, guest(estate, "陳大文", phone="91234567", plate="粤B12345"))
    services.visitors.check_out(staff.guard, old.id)
    clock.advance(timedelta(days=1))
    new = check_in(services, staff.guard, guest(estate, "陳大文", visitor_id=old.visitor_id, plate="AB1234"))
    assert [r.id for r in services.visit_history.page(HistoryFilter(plate="B123"), 0, 10)] == [new.id, old.id]
    assert [r.id for r in services.visit_history.page(HistoryFilter(plate="粵B1"), 0, 10)] == [old.id]
    assert services.visit_history.count(HistoryFilter(plate="B12345")) == 1
    [match] = services.visitor_lookup.find("B12345")
    assert (match.visitor_id, match.plate) == (old.visitor_id, "AB1234")
