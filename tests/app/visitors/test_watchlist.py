"""The watchlist: entries, screening of every check-in, the guard's decision recorded with the visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Conflict, PermissionDenied, Rule, ValidationErrors
from app.imports import ImportRejected
from app.visitors.model import (
    OVERRIDE_WATCHLIST,
    HistoryFilter,
    VisitStatus,
    WatchAction,
    WatchDecision,
    WatchRuling,
)
from app.visitors.watchlist import ONE_KEY_REQUIRED, WatchlistFields
from tests.app.visitors.conftest import Estate, approval, check_in, guest, record_ids
from tests.conftest import Staff


def _hits(raised: pytest.ExceptionInfo[Conflict]) -> list[tuple[str, tuple[str, ...]]]:
    assert (raised.value.kind, raised.value.reason) == ("visit", "watchlist_hit")
    return [(hit.action.value, hit.matched_on) for hit in raised.value.params["hits"]]


def test_only_supervisors_keep_the_list_and_an_entry_needs_something_to_match(services: Services, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        services.watchlist.add(staff.guard, WatchlistFields(name="王五", reason="滋擾住戶"))
    with pytest.raises(ValidationErrors) as raised:
        services.watchlist.add(staff.supervisor, WatchlistFields(reason="", action="bogus"))
    assert {(e.field, e.rule) for e in raised.value.errors} == {
        ("reason", Rule.REQUIRED),
        ("action", Rule.CHOICE),
        ("name", ONE_KEY_REQUIRED),
    }


@pytest.mark.parametrize(
    ("entry", "visit", "matched"),
    [
        (WatchlistFields(name="王五"), {"name": "王五"}, ("name",)),
        (WatchlistFields(name="陳大文"), {"name": "陈大文"}, ("name",)),  # the other script
        (WatchlistFields(name="阿五", aliases="王老五、王五"), {"name": "王老五"}, ("name",)),
        (WatchlistFields(phone="9123 4567"), {"phone": "+852 91234567"}, ("phone",)),
        (WatchlistFields(plate="粵B·12345"), {"plate": "粤b12345"}, ("plate",)),
        (WatchlistFields(name="王五", plate="AB1234"), {"name": "王五", "plate": "AB 1234"}, ("name", "plate")),
    ],
)
def test_a_check_in_is_screened_by_name_alias_phone_and_plate(
    services: Services,
    staff: Staff,
    estate: Estate,
    entry: WatchlistFields,
    visit: dict[str, str],
    matched: tuple[str, ...],
) -> None:
    services.watchlist.add(staff.supervisor, replace(entry, reason="曾滋擾住戶"))
    fields = guest(estate, **{"name": "路人甲", **visit})
    with pytest.raises(Conflict) as raised:
        check_in(services, staff.guard, fields)
    assert _hits(raised) == [("alert_only", matched)]
    assert services.visitors.on_site() == []  # nothing saved before the decision


def test_an_id_number_is_matched_through_the_blind_index(services: Services, staff: Staff, estate: Estate) -> None:
    record_ids(services, staff)
    services.watchlist.add(
        staff.supervisor,
        WatchlistFields(id_type="hk_id", id_number="A123456(3)", reason="假冒維修人員", action=WatchAction.DENY),
    )
    [row] = services.watchlist.entries(staff.supervisor)
    assert (row.id_masked, row.action) == ("A****56(3)", WatchAction.DENY)
    with pytest.raises(Conflict) as raised:
        check_in(services, staff.guard, guest(estate, "張三", id_type="hk_id", id_number="a1234563"))
    assert _hits(raised) == [("deny", ("id",))]


def test_expired_and_lifted_entries_no_longer_match(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    today = clock.now().date()
    expiring = services.watchlist.add(
        staff.supervisor, WatchlistFields(name="王五", reason="暫時禁止", expires_on=today + timedelta(days=1))
    )
    lifted = services.watchlist.add(staff.supervisor, WatchlistFields(name="趙六", reason="誤會"))
    services.watchlist.lift(staff.supervisor, lifted.id, "住戶已澄清")
    with pytest.raises(Conflict):
        services.watchlist.lift(staff.supervisor, lifted.id, "again")
    assert [e.name for e in services.watchlist.entries(staff.supervisor)] == ["王五"]
    assert {e.name for e in services.watchlist.entries(staff.supervisor, include_lifted=True)} == {"王五", "趙六"}
    assert check_in(services, staff.guard, guest(estate, "趙六")).status is VisitStatus.ON_SITE
    with pytest.raises(Conflict):
        check_in(services, staff.guard, guest(estate, "王五"))
    clock.advance(timedelta(days=2))
    assert expiring.expires_on is not None
    assert check_in(services, staff.guard, guest(estate, "王五")).status is VisitStatus.ON_SITE


def test_a_refusal_is_recorded_as_a_refused_visit_with_the_decision(
    services: Services, staff: Staff, estate: Estate
) -> None:
    services.watchlist.add(staff.supervisor, WatchlistFields(name="王五", reason="滋擾住戶", action=WatchAction.DENY))
    row = check_in(services, staff.guard, guest(estate, "王五"), ruling=WatchRuling(WatchDecision.REFUSED))
    assert row.status is VisitStatus.REFUSED
    assert services.visitors.on_site() == []
    detail = services.visit_history.detail(row.id)
    [hit] = detail.hits
    assert (hit.decision, hit.action, hit.matched_on, hit.by) == (
        WatchDecision.REFUSED,
        WatchAction.DENY,
        ("name",),
        "黃大文",
    )
    assert services.visit_history.count(HistoryFilter(statuses=(VisitStatus.REFUSED,))) == 1
    assert services.watchlist.entries(staff.supervisor)[0].hits == 1


def test_deny_needs_a_supervisor_to_let_someone_in(services: Services, staff: Staff, estate: Estate) -> None:
    services.watchlist.add(staff.supervisor, WatchlistFields(name="王五", reason="滋擾住戶", action=WatchAction.DENY))
    fields = guest(estate, "王五")
    for decision in (WatchDecision.ALLOWED_AFTER_CALL, WatchDecision.ALLOWED_ALERT_ONLY):
        with pytest.raises(Conflict) as raised:
            check_in(services, staff.guard, fields, ruling=WatchRuling(decision))
        assert raised.value.reason == "decision_not_allowed"
    with pytest.raises(PermissionDenied) as denied:
        check_in(services, staff.guard, fields, ruling=WatchRuling(WatchDecision.OVERRIDDEN))
    assert denied.value.approvable
    given = approval(services, staff, OVERRIDE_WATCHLIST, "住戶親自到崗亭接見")
    row = check_in(services, staff.guard, fields, ruling=WatchRuling(WatchDecision.OVERRIDDEN, given))
    assert row.status is VisitStatus.ON_SITE
    [hit] = services.visit_history.detail(row.id).hits
    assert (hit.decision, hit.approved_by) == (WatchDecision.OVERRIDDEN, "李班長")
    with services.database.sessions.read() as s:
        actions = [(e.action, e.approver_id) for e in services.audit.entries_for_record(s, row.id)]
    assert ("watchlist.overridden", staff.supervisor.operator_id) in actions


def test_call_first_lets_the_guard_allow_after_calling(services: Services, staff: Staff, estate: Estate) -> None:
    services.watchlist.add(
        staff.supervisor, WatchlistFields(phone="91234567", reason="業主要求先致電", action=WatchAction.CALL_FIRST)
    )
    fields = guest(estate, "路人甲", phone="91234567")
    with pytest.raises(Conflict):
        check_in(services, staff.guard, fields, ruling=WatchRuling(WatchDecision.ALLOWED_ALERT_ONLY))
    row = check_in(services, staff.guard, fields, ruling=WatchRuling(WatchDecision.ALLOWED_AFTER_CALL))
    assert [h.decision for h in services.visit_history.detail(row.id).hits] == [WatchDecision.ALLOWED_AFTER_CALL]


def test_an_import_is_all_or_nothing_with_row_numbers(services: Services, staff: Staff) -> None:
    rows = [
        (2, WatchlistFields(name="王五", reason="滋擾", action="deny")),
        (3, WatchlistFields(name="", reason="", action="deny")),
        (4, WatchlistFields(phone="12", reason="騷擾電話", action="alert_only", expires_on=date(2020, 1, 1))),
    ]
    with pytest.raises(ImportRejected) as raised:
        services.watchlist.import_entries(staff.supervisor, rows, sheet="Watchlist")
    problems = {(p.row, p.field, p.rule) for p in raised.value.problems}
    assert problems == {
        (3, "reason", Rule.REQUIRED),
        (3, "name", ONE_KEY_REQUIRED),
        (4, "phone", Rule.BAD_FORMAT),
        (4, "expires_on", Rule.OUT_OF_RANGE),
    }
    assert services.watchlist.entries(staff.supervisor) == []
    assert services.watchlist.import_entries(staff.supervisor, rows[:1]) == 1
    assert [e.name for e in services.watchlist.entries(staff.supervisor)] == ["王五"]
