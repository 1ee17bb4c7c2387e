"""Issue and return: who may borrow, one key out once, due-back times, returns by someone else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.errors import Conflict, PermissionDenied, Rule, ValidationError, ValidationErrors
from app.keys import KeyService
from app.keys.policy import ISSUE_UNAUTHORISED
from app.keys.rows import Borrower, BorrowerKind, KeyEventKind, KeyStatus, LoanState
from db.models.core import AuditEntry
from db.models.keys import KeyLoan
from tests.app.keys.conftest import Estate
from tests.conftest import PINS


def test_staff_borrow_a_management_key_for_its_class_period(estate: Estate) -> None:
    key = estate.add_key("K-001", "B2 水泵房")
    now = estate.clock.now()
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower(), purpose="巡查", id_checked=True)
    assert loan.borrower == Borrower(BorrowerKind.STAFF, "何家樂", estate.guard_person.id, detail="保安員")
    assert (loan.issued_at, loan.due_at) == (now, now + timedelta(hours=4))
    assert loan.authorised and loan.approver == "" and loan.issued_by == "黃大文"
    assert loan.state is LoanState.OUT and loan.id_checked and loan.purpose == "巡查"
    row = estate.keys.key(key.id)
    assert row.status is KeyStatus.OUT and row.loan is not None and row.loan.id == loan.id


def test_one_key_cannot_be_out_twice(estate: Estate) -> None:
    key = estate.add_key("K-002")
    estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())
    with pytest.raises(Conflict) as raised:
        estate.keys.issue(estate.staff.supervisor, key.id, estate.contractor_borrower())
    assert (raised.value.kind, raised.value.reason, raised.value.params["tag"]) == ("key", "already_out", "K-002")
    assert len(estate.keys.out_now()) == 1


def test_the_database_itself_refuses_a_second_open_loan(estate: Estate) -> None:
    """What stops two desks on one PostgreSQL server from issuing the same key at the same moment."""
    key = estate.add_key("K-003")
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())
    sessions = estate.services.database.sessions
    with pytest.raises(IntegrityError), sessions.begin() as s:
        first = s.get(KeyLoan, loan.id)
        assert first is not None
        twin = KeyLoan(
            **{c.key: getattr(first, c.key) for c in KeyLoan.__table__.columns if c.key not in ("id", "hlc")}
        )
        s.add(twin)
        s.flush()
    estate.keys.return_key(estate.staff.guard, loan.id)
    again = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())  # closed loans do not count
    assert again.state is LoanState.OUT


def test_an_unauthorised_borrower_needs_a_supervisor(estate: Estate) -> None:
    key = estate.add_key("K-004", "天台門")
    with pytest.raises(PermissionDenied) as raised:
        estate.keys.issue(estate.staff.guard, key.id, estate.contractor_borrower(), purpose="維修天線")
    assert raised.value.approvable and raised.value.action == ISSUE_UNAUTHORISED.name
    assert estate.keys.out_now() == []  # nothing half-saved

    supervisor = estate.services.operators.supervisors()[0]
    approval = estate.services.auth.approve(
        supervisor.id, PINS[supervisor.role], ISSUE_UNAUTHORISED, "天線維修，已核對工作單", estate.staff.guard
    )
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.contractor_borrower(), approval=approval)
    assert not loan.authorised and loan.approver == "李班長" and loan.borrower.detail == "順達水電"
    with estate.services.database.sessions.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.record_id == str(loan.id))).scalar_one()
    assert (entry.action, entry.approver_id, entry.actor_id) == (
        "key.issued",
        supervisor.id,
        estate.staff.guard.operator_id,
    )
    assert "李師傅" not in entry.details_json and "authorised" in entry.details_json


def test_a_supervisor_lends_to_anyone_and_is_recorded_as_approver(estate: Estate) -> None:
    key = estate.add_key("K-005")
    police = Borrower(BorrowerKind.OTHER, "  警員 ３２１ ", detail="灣仔警署")
    loan = estate.keys.issue(estate.staff.supervisor, key.id, police)
    assert (loan.borrower.name, loan.borrower.detail) == ("警員 321", "灣仔警署")
    assert not loan.authorised and loan.approver == "李班長"


def test_named_authorisations_per_key_and_per_class(estate: Estate) -> None:
    roof = estate.add_key("K-006", "天台門")
    pump = estate.add_key("K-007", "水泵房")
    inventory = estate.services.key_inventory
    assert not estate.keys.may_borrow(roof.id, estate.contractor_borrower())
    assert estate.keys.may_borrow(roof.id, estate.staff_borrower())
    grant = inventory.authorise(estate.staff.supervisor, estate.contractor.id, key_id=roof.id)
    assert estate.keys.may_borrow(roof.id, estate.contractor_borrower())
    loan = estate.keys.issue(estate.staff.guard, roof.id, estate.contractor_borrower())
    assert loan.authorised
    with pytest.raises(PermissionDenied):
        estate.keys.issue(estate.staff.guard, pump.id, estate.contractor_borrower())
    inventory.authorise(estate.staff.supervisor, estate.contractor.id, key_class="management")
    assert estate.keys.issue(estate.staff.guard, pump.id, estate.contractor_borrower()).authorised
    assert [a.person_name for a in inventory.authorisations(key_id=roof.id)] == ["李師傅", "李師傅"]

    estate.keys.return_key(estate.staff.guard, loan.id)
    inventory.revoke(estate.staff.supervisor, grant.id)
    assert estate.keys.issue(estate.staff.guard, roof.id, estate.contractor_borrower()).authorised  # class grant
    with pytest.raises(ValidationError) as raised:
        inventory.authorise(estate.staff.supervisor, estate.contractor.id, key_class="management")
    assert (raised.value.field, raised.value.rule) == ("person", Rule.DUPLICATE)
    with pytest.raises(PermissionDenied):
        inventory.authorise(estate.staff.guard, estate.contractor.id, key_id=pump.id)


def test_a_visitor_from_the_on_site_list_borrows_with_approval(estate: Estate) -> None:
    key = estate.add_key("K-008", "會所")
    visitor = estate.on_site.check_in("張偉傑", pass_number="P-0427")
    borrower = Borrower(BorrowerKind.VISITOR, visit_id=visitor.visit_id)
    with pytest.raises(PermissionDenied):
        estate.keys.issue(estate.staff.guard, key.id, borrower)
    loan = estate.keys.issue(estate.staff.supervisor, key.id, borrower)
    assert (loan.borrower.name, loan.borrower.detail) == ("張偉傑", "P-0427 A座 12A")
    held = estate.keys.held_by_visit(visitor.visit_id)
    assert [(h.kind, h.label, h.due) for h in held] == [("key", "K-008 會所", loan.due_at)]
    estate.keys.return_key(estate.staff.guard, loan.id)
    assert estate.keys.held_by_visit(visitor.visit_id) == []


def test_a_visitor_who_left_or_an_unknown_list_cannot_borrow(estate: Estate) -> None:
    key = estate.add_key("K-009")
    visitor = estate.on_site.check_in("張偉傑")
    estate.on_site.check_out(visitor.visit_id)
    with pytest.raises(Conflict) as raised:
        estate.keys.issue(estate.staff.supervisor, key.id, Borrower(BorrowerKind.VISITOR, visit_id=visitor.visit_id))
    assert raised.value.reason == "visitor_not_on_site"
    services = estate.services
    without_list = KeyService(services.database.sessions, estate.clock, services.audit, services.settings)  # no list
    with pytest.raises(ValidationError) as error:
        without_list.issue(estate.staff.supervisor, key.id, Borrower(BorrowerKind.VISITOR, visit_id=visitor.visit_id))
    assert (error.value.field, error.value.rule) == ("borrower", "visitor_list_unavailable")
    assert not without_list.lends_to_visitors and estate.keys.lends_to_visitors


def test_bad_borrowers_are_refused_at_the_borrower_field(estate: Estate) -> None:
    key = estate.add_key("K-010")
    cases = [
        Borrower(BorrowerKind.STAFF),  # nobody chosen
        Borrower(BorrowerKind.STAFF, person_id=estate.contractor.id),  # a contractor passed off as staff
        Borrower(BorrowerKind.OTHER, "   "),
        Borrower(BorrowerKind.OTHER, "王\u200b五"),  # pasted with a zero-width space
    ]
    for borrower in cases:
        with pytest.raises(ValidationError) as raised:
            estate.keys.issue(estate.staff.supervisor, key.id, borrower)
        assert raised.value.field == "borrower", borrower
    assert estate.keys.out_now() == []


def test_every_form_error_is_reported_at_once_and_nothing_is_saved(estate: Estate) -> None:
    key = estate.add_key("K-011")
    now = estate.clock.now()
    with pytest.raises(ValidationErrors) as raised:
        estate.keys.issue(
            estate.staff.guard, key.id, estate.staff_borrower(), purpose="修" * 121, due_at=now - timedelta(minutes=1)
        )
    assert {(e.field, e.rule) for e in raised.value.errors} == {
        ("purpose", Rule.TOO_LONG),
        ("due_at", "due_not_after_now"),
    }
    with pytest.raises(ValidationErrors) as too_far:
        estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower(), due_at=now + timedelta(days=32))
    assert (too_far.value.errors[0].rule, too_far.value.errors[0].params) == ("due_too_far", {"days": 31})
    assert estate.keys.key(key.id).status is KeyStatus.IN


def test_return_by_the_borrower_on_time(estate: Estate) -> None:
    key = estate.add_key("K-012")
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())
    estate.clock.advance(timedelta(minutes=50))
    back = estate.keys.return_key(estate.staff.clerk, loan.id, returned_by=estate.staff_borrower())
    assert back.state is LoanState.RETURNED and back.late_minutes == 0
    assert back.returned_by is None and back.closed_by == "陳小美"
    assert back.closed_at == estate.clock.now()
    with pytest.raises(Conflict) as raised:
        estate.keys.return_key(estate.staff.guard, loan.id)
    assert (raised.value.kind, raised.value.reason) == ("key_loan", "already_closed")


def test_return_by_someone_else_is_recorded_as_such(estate: Estate) -> None:
    key = estate.add_key("K-013")
    estate.services.key_inventory.authorise(estate.staff.supervisor, estate.contractor.id, key_id=key.id)
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.contractor_borrower())
    colleague = Borrower(BorrowerKind.OTHER, "李師傅的同事 阿強", detail="順達水電")
    back = estate.keys.return_key(estate.staff.guard, loan.id, returned_by=colleague, note="李師傅已離開")
    assert back.returned_by == Borrower(BorrowerKind.OTHER, "李師傅的同事 阿強")
    assert back.close_note == "李師傅已離開" and back.borrower.name == "李師傅"
    returned = next(h for h in estate.keys.history(key.id) if h.kind is KeyEventKind.RETURNED)
    assert (returned.borrower, returned.detail) == ("李師傅的同事 阿強", "other")


def test_overdue_is_computed_with_the_clock_across_midnight(estate: Estate) -> None:
    key = estate.add_key("K-014", "停車場閘口")
    zone = estate.services.zone
    evening = estate.clock.now().astimezone(zone).replace(hour=23, minute=30)
    estate.clock.set(evening)
    due = evening + timedelta(hours=1)  # 00:30 on Tuesday
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower(), due_at=due)
    estate.clock.set(due - timedelta(minutes=1))
    assert estate.keys.overdue() == [] and estate.keys.loan(loan.id).state is LoanState.OUT
    estate.clock.set(due + timedelta(seconds=1))
    (late,) = estate.keys.overdue()
    assert (late.id, late.state, late.late_minutes) == (loan.id, LoanState.OVERDUE, 1)
    assert estate.keys.key(key.id).overdue
    estate.clock.set(due + timedelta(minutes=30))
    back = estate.keys.return_key(estate.staff.guard, loan.id)
    assert (back.state, back.late_minutes) == (LoanState.RETURNED_LATE, 30)
    assert estate.keys.overdue() == []
    tuesday = due.astimezone(zone).replace(hour=0, minute=0)
    assert [t.id for t in estate.keys.transactions(tuesday, tuesday + timedelta(days=1))] == [loan.id]
    assert estate.keys.count_transactions(evening - timedelta(hours=1), tuesday) == 1


def test_overdue_and_out_lists_are_ordered_by_due_time(estate: Estate) -> None:
    early, late, fine = (estate.add_key(tag) for tag in ("K-020", "K-021", "K-022"))
    now = estate.clock.now()
    for key, hours in ((late, 2), (early, 1), (fine, 5)):
        estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower(), due_at=now + timedelta(hours=hours))
    estate.clock.advance(timedelta(hours=3))
    assert [loan.key_tag for loan in estate.keys.overdue()] == ["K-020", "K-021"]
    assert [loan.key_tag for loan in estate.keys.out_now()] == ["K-020", "K-021", "K-022"]
    assert [loan.late_minutes for loan in estate.keys.overdue()] == [120, 60]


def test_slip_prints_are_counted(estate: Estate) -> None:
    key = estate.add_key("K-015")
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.staff_borrower())
    assert [estate.keys.record_slip_print(estate.staff.guard, loan.id) for _ in range(3)] == [0, 1, 2]
    kinds = [h.kind for h in estate.keys.history(key.id)]
    assert kinds.count(KeyEventKind.SLIP_PRINTED) == 3


def test_a_key_is_found_by_its_tag_as_typed_or_scanned(estate: Estate) -> None:
    key = estate.add_key("K-016", "東閘控制箱")
    assert estate.keys.key_by_tag(" ｋ-016 ").id == key.id  # full width from an IME, spaces
    with pytest.raises(ValidationError):
        estate.keys.key_by_tag("")
