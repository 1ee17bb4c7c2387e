"""The on-site list, check-out (list, search, scan), held keys, overstays and the end-of-shift sweep."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Conflict, NotFound, ValidationError
from app.handover_sources import HandoverItemKind, HandoverSource
from app.holdings import HeldItem, OnSiteSource
from app.severity import Severity
from app.visitors.handover import VisitorHandoverSource
from app.visitors.identity import IdVault
from app.visitors.model import CheckoutMethod, SweepDecision, VisitStatus
from app.visitors.types import home_region
from app.visitors.visits import ALREADY_ON_SITE, ON_SITE_FIELD, VisitService
from tests.app.visitors.conftest import Estate, check_in, guest
from tests.conftest import Staff


class KeysOut:
    """The keys area, as seen through ``HoldingsSource``: keys lent to visits (an edge fake)."""

    def __init__(self) -> None:
        self.lent: dict[uuid.UUID, list[HeldItem]] = {}

    def held_by_visit(self, visit_id: uuid.UUID) -> list[HeldItem]:
        return self.lent.get(visit_id, [])


def test_check_out_from_the_list_records_who_and_when(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    row = check_in(services, staff.guard, guest(estate))
    clock.advance(timedelta(minutes=42))
    out = services.visitors.check_out(staff.guard, row.id)
    assert (out.status, out.checkout_method, out.checkout_witnessed) == (
        VisitStatus.CHECKED_OUT,
        CheckoutMethod.LIST,
        True,
    )
    assert out.time_on_site(clock.now()) == timedelta(minutes=42)
    assert services.visitors.on_site() == []
    with pytest.raises(Conflict) as raised:
        services.visitors.check_out(staff.guard, row.id)  # nobody leaves twice
    assert raised.value.reason == "not_on_site"


def test_scanning_the_slip_code_or_the_pass_checks_out(services: Services, staff: Staff, estate: Estate) -> None:
    first = check_in(services, staff.guard, guest(estate))
    second = check_in(services, staff.guard, guest(estate, "李小明", pass_number="b-07"))
    assert services.visitors.scan_out(staff.guard, f"{first.code}\n").checkout_method is CheckoutMethod.SCAN
    assert services.visitors.scan_out(staff.guard, "Ｂ07").id == second.id  # full-width from the keyboard
    with pytest.raises(Conflict):
        services.visitors.scan_out(staff.guard, first.code)
    with pytest.raises(NotFound):
        services.visitors.scan_out(staff.guard, "V-999999")
    with pytest.raises(NotFound):
        services.visitors.scan_out(staff.guard, "\x00")


def test_on_site_search_finds_by_name_phone_tail_plate_and_code(
    services: Services, staff: Staff, estate: Estate
) -> None:
    a = check_in(services, staff.guard, guest(estate, "陳大文", phone="91234567"))
    b = check_in(services, staff.guard, guest(estate, "張三", plate="粤B12345"))
    assert [r.id for r in services.visitors.find_on_site("陈")] == [a.id]
    assert [r.id for r in services.visitors.find_on_site("4567")] == [a.id]
    assert [r.id for r in services.visitors.find_on_site("B123")] == [b.id]
    assert [r.id for r in services.visitors.find_on_site(b.code.lower())] == [b.id]
    assert services.visitors.find_on_site("王") == []


def test_a_visitor_holding_a_key_is_warned_about_then_confirmed(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    keys = KeysOut()
    visits = VisitService(
        services.database.sessions,
        clock,
        services.audit,
        services.settings,
        services.watchlist,
        IdVault(services.keys),
        services.zone,
        home_region(services.site_row.timezone),
        holdings=[KeysOut()],
    )
    visits.attach_holdings(keys)
    row = visits.check_in(staff.guard, guest(estate))
    keys.lent[row.id] = [HeldItem("key", "K-012 A座天台", clock.now())]
    with pytest.raises(Conflict) as raised:
        visits.check_out(staff.guard, row.id)
    assert (raised.value.reason, [i.label for i in raised.value.params["items"]]) == ("holds_items", ["K-012 A座天台"])
    assert visits.on_site()[0].id == row.id
    assert visits.check_out(staff.guard, row.id, confirm_held=True).status is VisitStatus.CHECKED_OUT
    with services.database.sessions.read() as s:
        [_, out] = services.audit.entries_for_record(s, row.id)
    assert out.details["held_items"] == 1


def test_the_on_site_list_is_the_keys_areas_on_site_source(services: Services, staff: Staff, estate: Estate) -> None:
    source: OnSiteSource = services.visitors
    row = check_in(services, staff.guard, guest(estate, pass_number="B07"))
    [visitor] = source.on_site_now()
    assert (visitor.visit_id, visitor.name, visitor.unit_label, visitor.pass_number) == (
        row.id,
        "陳大文",
        "A座 12A",
        "B07",
    )


def test_the_sweep_records_each_answer_and_left_is_not_witnessed(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    courier = check_in(services, staff.guard, guest(estate, "快遞員", visitor_type="courier"))  # 20 minutes
    stays = check_in(services, staff.guard, guest(estate, "李小明", visitor_type="courier"))
    odd = check_in(services, staff.guard, guest(estate, "王五", visitor_type="courier"))
    fine = check_in(services, staff.guard, guest(estate, "張三"))  # 3 hours
    clock.advance(timedelta(minutes=30))
    assert {r.id for r in services.visitors.overstays()} == {courier.id, stays.id, odd.id}
    assert fine.id not in {r.id for r in services.visitors.overstays()}
    services.visitors.sweep(
        staff.guard,
        {
            courier.id: SweepDecision.LEFT_UNWITNESSED,
            stays.id: SweepDecision.STILL_HERE,
            odd.id: SweepDecision.ESCALATE,
        },
    )
    left = services.visitors.visit(courier.id)
    assert (left.status, left.checkout_method, left.checkout_witnessed) == (
        VisitStatus.CHECKED_OUT,
        CheckoutMethod.SWEEP,
        False,
    )
    assert {r.id for r in services.visitors.on_site()} == {stays.id, odd.id, fine.id}
    assert [s.decision for s in services.visit_history.detail(odd.id).sweeps] == [SweepDecision.ESCALATE]
    assert [s.decision for s in services.visit_history.detail(stays.id).sweeps] == [SweepDecision.STILL_HERE]
    with pytest.raises(Conflict):  # the whole sweep is one action: nothing is recorded if one answer fails
        services.visitors.sweep(staff.guard, {stays.id: SweepDecision.STILL_HERE, courier.id: SweepDecision.ESCALATE})
    assert len(services.visit_history.detail(stays.id).sweeps) == 1


def test_visitors_on_site_are_handed_over_with_overstays_flagged(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    source: HandoverSource = VisitorHandoverSource(services.visitors)
    courier = check_in(services, staff.guard, guest(estate, "快遞員", visitor_type="courier", pass_number="B07"))
    check_in(services, staff.guard, guest(estate, "陳大文"))
    clock.advance(timedelta(minutes=30))
    items = {item.subject: item for item in source.handover_items(staff.desk_id, clock.now(), clock.now())}
    late, fine = items["快遞員"], items["陳大文"]
    assert (late.kind, late.severity, late.ref_id, late.place) == (
        HandoverItemKind.VISITOR_OVERSTAY,
        Severity.WARNING,
        str(courier.id),
        "A座 12A",
    )
    assert dict(late.facts) == {"code": courier.code, "pass": "B07"}
    assert (fine.kind, fine.severity) == (HandoverItemKind.VISITOR_ON_SITE, Severity.INFO)


def test_a_check_in_of_someone_already_on_site_warns_until_the_guard_confirms(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    first = check_in(services, staff.guard, guest(estate, phone="6123 4567"))
    clock.advance(timedelta(minutes=20))
    with pytest.raises(ValidationError) as raised:  # same name, same phone, still on site
        check_in(services, staff.guard, guest(estate, phone="6123 4567"))
    warning = raised.value
    assert (warning.field, warning.rule, warning.warning) == (ON_SITE_FIELD, ALREADY_ON_SITE, True)
    assert warning.params["code"] == first.code and warning.params["count"] == 1
    assert [v.id for v in services.visitors.on_site()] == [first.id]  # nothing saved
    with pytest.raises(ValidationError):  # the same visitor card chosen from history
        check_in(services, staff.guard, guest(estate, "陳大文", visitor_id=first.visitor_id))
    second = check_in(services, staff.guard, guest(estate, phone="6123 4567"), accepted={ON_SITE_FIELD})
    assert {v.id for v in services.visitors.on_site()} == {first.id, second.id}
    other = check_in(services, staff.guard, guest(estate, phone="9876 5432"))  # another 陳大文: no warning
    services.visitors.check_out(staff.guard, first.id)
    services.visitors.check_out(staff.guard, second.id)
    again = check_in(services, staff.guard, guest(estate, phone="6123 4567"))  # left: no warning
    assert {v.id for v in services.visitors.on_site()} == {other.id, again.id}
