"""Intake, the lifecycle, SLA fields stored on every transition, and the audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Conflict, PermissionDenied, Rule, ValidationError, ValidationErrors
from app.repairs.lifecycle import Action, EndReason, HoldReason, IllegalTransition, WorkOrderState
from app.repairs.permissions import REPAIRS_END
from app.repairs.rows import WORK_ORDER_KIND, QueueFilter, QueueScope
from app.repairs.sla import ClockState
from app.repairs.sla_policy import Priority, WorkKind
from db.models.repairs import WorkOrderEvent
from tests.app.repairs.site import Site, intake
from tests.conftest import Staff

HOUR = timedelta(hours=1)


def test_intake_of_a_resident_fills_reporter_and_unit_and_starts_the_clocks(
    services: Services, staff: Staff, site: Site, clock: FixedClock
) -> None:
    job = services.repairs.create(staff.clerk, intake(site, location=""))
    row = job.row
    assert row.number == "260302-001"
    assert row.state is WorkOrderState.NEW
    assert (row.reporter_name, row.reporter_phone, row.unit_label) == ("陳大文", "+85291234567", "A座 12A")
    assert row.reporter_phone_masked != row.reporter_phone and row.reporter_phone_masked.endswith("67")
    assert job.status is not None
    assert job.status.response_due == clock.now() + 4 * HOUR
    assert job.status.resolution_due == clock.now() + 24 * HOUR
    assert row.next_due_at == clock.now() + 4 * HOUR
    assert [e.action for e in job.events] == [Action.CREATE]
    assert job.events[0].actor_name == "陳小美"
    assert services.repairs.create(staff.guard, intake(site)).row.number == "260302-002"


def test_every_intake_error_is_reported_at_once(services: Services, staff: Staff, site: Site) -> None:
    bad = intake(
        site,
        description="  ",
        reporter_id=None,
        reporter_name="",
        reporter_phone="12",
        unit_id=None,
        location="",
        category="spaceship",
    )
    with pytest.raises(ValidationErrors) as caught:
        services.repairs.create(staff.clerk, bad)
    fields = {e.field: e.rule for e in caught.value.errors}
    assert fields == {
        "description": Rule.REQUIRED,
        "reporter_name": Rule.REQUIRED,
        "reporter_phone": fields["reporter_phone"],
        "unit": "unit_or_location",
        "category": Rule.CHOICE,
    }
    assert services.repairs.reader.count(QueueFilter(scope=QueueScope.ALL)) == 0


def test_a_walk_in_with_an_unusual_phone_is_saved_once_the_clerk_accepts_it(
    services: Services, staff: Staff, site: Site
) -> None:
    walk_in = intake(site, reporter_id=None, reporter_name="路人甲", reporter_phone="12345")
    with pytest.raises(ValidationErrors) as caught:
        services.repairs.create(staff.clerk, walk_in)
    warning = caught.value.for_field("reporter_phone")
    assert warning is not None and warning.warning
    job = services.repairs.create(staff.clerk, walk_in, accepted={"reporter_phone"})
    assert job.row.reporter_name == "路人甲" and job.row.reporter_phone == "12345"


def test_dispatch_hold_resume_done_visit_and_close(
    services: Services, staff: Staff, site: Site, clock: FixedClock
) -> None:
    repairs = services.repairs
    job = repairs.create(staff.clerk, intake(site))
    created = clock.now()
    clock.advance(HOUR)
    repairs.dispatch(staff.guard, job.id, site.technician_id, "請帶扳手")
    clock.advance(HOUR)
    repairs.start(staff.guard, job.id)
    clock.advance(HOUR)
    repairs.hold(staff.guard, job.id, HoldReason.WAITING_PARTS)
    held = repairs.detail(job.id)
    assert held.row.state is WorkOrderState.ON_HOLD
    assert held.status is not None and held.status.paused
    clock.advance(5 * HOUR)
    repairs.resume(staff.guard, job.id)
    resumed = repairs.detail(job.id)
    assert resumed.row.state is WorkOrderState.IN_PROGRESS  # back to where it was
    assert resumed.status is not None
    assert resumed.status.resolution_due == created + 24 * HOUR + 5 * HOUR  # the pause moved it
    clock.advance(HOUR)
    repairs.complete(staff.guard, job.id, "已更換水龍頭")
    done = repairs.detail(job.id)
    assert done.row.state is WorkOrderState.DONE
    assert done.row.responded_at == created + HOUR
    assert done.row.sla_state is ClockState.MET
    assert [e.to_state for e in done.events] == [
        WorkOrderState.NEW,
        WorkOrderState.DISPATCHED,
        WorkOrderState.IN_PROGRESS,
        WorkOrderState.ON_HOLD,
        WorkOrderState.IN_PROGRESS,
        WorkOrderState.DONE,
    ]
    assert done.events[1].assignee_name == "李師傅" and done.events[1].note == "請帶扳手"
    assert done.events[3].reason == HoldReason.WAITING_PARTS
    assert done.row.assignee_name == "李師傅"

    repairs.record_visit(staff.clerk, job.id, None, "無人接聽")
    assert repairs.detail(job.id).row.state is WorkOrderState.RETURN_VISIT
    repairs.record_visit(staff.clerk, job.id, 5, "")
    closed = repairs.detail(job.id)
    assert closed.row.state is WorkOrderState.CLOSED
    assert (closed.row.satisfaction, closed.row.visit_attempts) == (5, 2)
    assert closed.allowed == (Action.REOPEN, Action.NOTE)


def test_holding_from_dispatched_resumes_to_dispatched(services: Services, staff: Staff, site: Site) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    services.repairs.dispatch(staff.clerk, job.id, site.contractor_id)
    services.repairs.hold(staff.clerk, job.id, HoldReason.WAITING_QUOTE)
    services.repairs.resume(staff.clerk, job.id)
    assert services.repairs.detail(job.id).row.state is WorkOrderState.DISPATCHED


@pytest.mark.parametrize(
    ("action", "state"),
    [(Action.RESUME, WorkOrderState.NEW), (Action.COMPLETE, WorkOrderState.DONE), (Action.START, WorkOrderState.DONE)],
)
def test_illegal_transitions_are_refused_and_change_nothing(
    services: Services, staff: Staff, site: Site, action: Action, state: WorkOrderState
) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    if state is WorkOrderState.DONE:
        services.repairs.complete(staff.clerk, job.id)
    calls = {
        Action.RESUME: lambda: services.repairs.resume(staff.clerk, job.id),
        Action.COMPLETE: lambda: services.repairs.complete(staff.clerk, job.id),
        Action.START: lambda: services.repairs.start(staff.clerk, job.id),
    }
    before = services.repairs.detail(job.id)
    with pytest.raises(IllegalTransition) as caught:
        calls[action]()
    assert isinstance(caught.value, Conflict)
    assert caught.value.params == {"state": state.value, "action": action.value}
    assert services.repairs.detail(job.id).events == before.events


def test_reasons_and_notes_are_checked(services: Services, staff: Staff, site: Site) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    with pytest.raises(ValidationError) as caught:
        services.repairs.hold(staff.clerk, job.id, HoldReason.OTHER, "  ")
    assert (caught.value.field, caught.value.rule) == ("note", Rule.REQUIRED)
    with pytest.raises(ValidationError) as caught:
        services.repairs.dispatch(staff.clerk, job.id, site.resident_id)  # a resident is no technician
    assert (caught.value.field, caught.value.rule) == ("assignee", Rule.CHOICE)
    with pytest.raises(ValidationError):
        services.repairs.dispatch(staff.clerk, job.id, None)
    with pytest.raises(ValidationError) as caught:
        services.repairs.reject(staff.clerk, job.id, "bored", "")  # type: ignore[arg-type]
    assert caught.value.field == "reason"
    services.repairs.reject(staff.clerk, job.id, EndReason.DUPLICATE, "同 260302-002")
    rejected = services.repairs.detail(job.id)
    assert rejected.row.state is WorkOrderState.REJECTED and rejected.row.closed_at is not None
    assert rejected.allowed == (Action.NOTE,)


def test_a_dissatisfied_answer_needs_a_comment_and_scores_stay_in_range(
    services: Services, staff: Staff, site: Site
) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    services.repairs.complete(staff.clerk, job.id)
    with pytest.raises(ValidationError) as caught:
        services.repairs.record_visit(staff.clerk, job.id, 1, "")
    assert caught.value.field == "comment"
    with pytest.raises(ValidationError) as caught:
        services.repairs.record_visit(staff.clerk, job.id, 6, "")
    assert caught.value.rule == Rule.OUT_OF_RANGE
    services.repairs.record_visit(staff.clerk, job.id, 2, "師傅遲到")
    assert services.repairs.detail(job.id).row.satisfaction == 2


def test_guards_need_a_supervisor_to_cancel_and_the_approver_is_recorded(
    services: Services, staff: Staff, site: Site
) -> None:
    job = services.repairs.create(staff.guard, intake(site))
    with pytest.raises(PermissionDenied) as caught:
        services.repairs.cancel(staff.guard, job.id, EndReason.WITHDRAWN)
    assert caught.value.approvable
    approval = services.auth.approve(staff.supervisor.operator_id, "1357", REPAIRS_END, "住戶撤回", staff.guard)
    services.repairs.cancel(staff.guard, job.id, EndReason.WITHDRAWN, approval=approval)
    cancelled = services.repairs.detail(job.id)
    assert cancelled.row.state is WorkOrderState.CANCELLED
    assert cancelled.events[-1].approver_id == staff.supervisor.operator_id


def test_closing_unreached_needs_the_allowed_attempts(services: Services, staff: Staff, site: Site) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    services.repairs.complete(staff.clerk, job.id)
    services.repairs.record_visit(staff.clerk, job.id, None)
    with pytest.raises(ValidationError) as caught:
        services.repairs.close_unreached(staff.supervisor, job.id)
    assert caught.value.rule == "too_few_attempts"
    services.repairs.record_visit(staff.clerk, job.id, None)
    services.repairs.record_visit(staff.clerk, job.id, None)
    services.repairs.close_unreached(staff.supervisor, job.id, "三次未接")
    assert services.repairs.detail(job.id).row.state is WorkOrderState.CLOSED


def test_reopen_creates_a_linked_work_order(services: Services, staff: Staff, site: Site) -> None:
    old = services.repairs.create(staff.clerk, intake(site))
    services.repairs.complete(staff.clerk, old.id)
    with pytest.raises(ValidationError):
        services.repairs.reopen(staff.clerk, old.id, " ")
    new = services.repairs.reopen(staff.clerk, old.id, "仍然漏水")
    assert new.row.number == "260302-002" and new.row.state is WorkOrderState.NEW
    assert new.reopened_from_number == old.row.number
    assert (new.row.unit_label, new.row.category, new.row.reporter_name) == ("A座 12A", "plumbing", "陳大文")
    closed = services.repairs.detail(old.id)
    assert closed.row.state is WorkOrderState.CLOSED
    assert closed.reopened_to_numbers == (new.row.number,)
    assert closed.events[-1].action is Action.REOPEN and closed.events[-1].related_number == new.row.number
    with pytest.raises(IllegalTransition):
        services.repairs.reopen(staff.clerk, new.id, "again")  # a new job is not done yet


def test_a_complaint_has_thirty_minutes_and_breaches_after_that(
    services: Services, staff: Staff, site: Site, clock: FixedClock
) -> None:
    job = services.repairs.create(staff.clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise"))
    assert job.status is not None and job.status.response_due == clock.now() + timedelta(minutes=30)
    clock.advance(timedelta(minutes=30))
    assert services.repairs.detail(job.id).status.response.state is not ClockState.BREACHED  # type: ignore[union-attr]
    clock.advance(timedelta(seconds=1))
    assert services.repairs.detail(job.id).status.response.state is ClockState.BREACHED  # type: ignore[union-attr]
    services.repairs.dispatch(staff.clerk, job.id, site.technician_id)
    assert services.repairs.detail(job.id).status.response.state is ClockState.BREACHED  # type: ignore[union-attr]


def test_every_action_is_audited_without_personal_data(services: Services, staff: Staff, site: Site) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    services.repairs.dispatch(staff.clerk, job.id, site.technician_id, "陳大文家中有狗")
    with services.database.sessions.read() as s:
        entries = services.audit.entries_for_record(s, job.id)
    assert [e.action for e in entries] == ["work_order.created", "work_order.dispatch"]
    assert all(e.record_kind == WORK_ORDER_KIND for e in entries)
    dumped = repr([e.details for e in entries])
    assert "陳大文" not in dumped and "9123" not in dumped and "狗" not in dumped


def test_events_are_append_only_in_the_database(services: Services, staff: Staff, site: Site) -> None:
    job = services.repairs.create(staff.clerk, intake(site))
    with pytest.raises(DBAPIError, match="append-only"), services.database.sessions.begin() as s:
        s.execute(update(WorkOrderEvent).where(WorkOrderEvent.work_order_id == job.id).values(note="x"))
    with services.database.sessions.read() as s:
        notes = s.execute(select(WorkOrderEvent.note).where(WorkOrderEvent.work_order_id == job.id)).scalars().all()
        assert notes == [""]
        assert s.execute(text("SELECT count(*) FROM work_order_event")).scalar_one() == 1


def test_priorities_pick_their_targets(services: Services, staff: Staff, site: Site, clock: FixedClock) -> None:
    urgent = services.repairs.create(staff.clerk, intake(site, priority=Priority.URGENT))
    praise = services.repairs.create(staff.clerk, intake(site, kind=WorkKind.PRAISE, category="other"))
    assert urgent.status is not None and urgent.status.response_due == clock.now() + HOUR
    assert praise.status is not None and praise.status.resolution is None
