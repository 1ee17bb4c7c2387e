"""Incidents: report, notifications, follow-up, closing, amendments; emergency contacts and plans."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.common import IncidentEventKind, IncidentSeverity, IncidentStatus
from app.duty.incidents import IncidentSource, NewIncident
from app.errors import Conflict, PermissionDenied, ValidationError, ValidationErrors
from app.handover_sources import HandoverItemKind
from app.severity import Severity
from tests.conftest import Staff


def _report(services: Services, staff: Staff, **changes: object) -> object:
    values: dict[str, object] = {
        "category": "lift_entrapment",
        "severity": "high",
        "location": "A座2號電梯",
        "summary": "電梯困人",
        "people": "住戶一名(12B)",
        "actions": "已按警鐘並致電電梯公司",
    }
    values.update(changes)
    return services.incidents.report(staff.guard, NewIncident(**values))  # type: ignore[arg-type]


def test_report_notify_follow_up_and_close(services: Services, staff: Staff, clock: FixedClock) -> None:
    services.shifts.start(staff.guard)
    detail = _report(services, staff)
    incident = detail.incident  # type: ignore[attr-defined]
    assert incident.number == "INC-260302-001" and incident.status is IncidentStatus.OPEN
    assert incident.severity is IncidentSeverity.HIGH and incident.reporter_name == "黃大文"
    clock.advance(timedelta(minutes=2))
    services.incidents.notify(staff.guard, incident.id, "supervisor", "李班長", clock.now() - timedelta(minutes=1))
    services.incidents.notify(staff.guard, incident.id, "fire", "消防處")
    services.incidents.follow_up(staff.guard, incident.id, "消防員到場救出住戶")
    with pytest.raises(ValidationError) as note:
        services.incidents.set_status(staff.guard, incident.id, "closed", "")
    assert (note.value.field, note.value.rule) == ("status_note", "required")
    closed = services.incidents.set_status(staff.guard, incident.id, "closed", "住戶無受傷")
    assert closed.incident.status is IncidentStatus.CLOSED and closed.incident.closed_at == clock.now()
    assert [(e.party, e.party_name) for e in closed.notifications] == [("supervisor", "李班長"), ("fire", "消防處")]
    assert [e.kind for e in closed.events] == [
        IncidentEventKind.REPORTED,
        IncidentEventKind.NOTIFIED,
        IncidentEventKind.NOTIFIED,
        IncidentEventKind.FOLLOW_UP,
        IncidentEventKind.STATUS,
    ]
    with pytest.raises(Conflict):
        services.incidents.set_status(staff.guard, incident.id, "closed", "again")
    second = _report(services, staff, summary="第二宗").incident  # type: ignore[attr-defined]
    assert second.number == "INC-260302-002"


def test_bad_input_is_reported_per_field(services: Services, staff: Staff, clock: FixedClock) -> None:
    with pytest.raises(ValidationErrors) as caught:
        services.incidents.report(
            staff.guard, NewIncident("alien", "huge", "", "", occurred_at=clock.now() + timedelta(hours=2))
        )
    assert {(e.field, e.rule) for e in caught.value.errors} == {
        ("category", "choice"),
        ("severity", "choice"),
        ("location", "required"),
        ("summary", "required"),
        ("occurred_at", "in_future"),
    }
    incident = _report(services, staff).incident  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        services.incidents.notify(staff.guard, incident.id, "aliens")


def test_amendments_keep_the_value_before(services: Services, staff: Staff) -> None:
    incident = _report(services, staff).incident  # type: ignore[attr-defined]
    amended = services.incidents.amend(staff.supervisor, incident.id, "location", "A座1號電梯", "電梯編號錯")
    assert amended.incident.location == "A座1號電梯"
    event = amended.events[-1]
    assert (event.field, event.previous, event.text, event.reason, event.author_name) == (
        "location",
        "A座2號電梯",
        "A座1號電梯",
        "電梯編號錯",
        "李班長",
    )
    with pytest.raises(ValidationErrors):
        services.incidents.amend(staff.guard, incident.id, "location", "", "")
    with pytest.raises(ValidationError):
        services.incidents.amend(staff.guard, incident.id, "status", "closed", "x")


def test_open_incidents_are_handed_over(services: Services, staff: Staff, clock: FixedClock) -> None:
    _report(services, staff, severity="low", summary="可疑人物徘徊", category="suspicious_person")
    closed = _report(services, staff, summary="已處理").incident  # type: ignore[attr-defined]
    services.incidents.set_status(staff.guard, closed.id, "closed", "完")
    items = IncidentSource(services.incidents).handover_items(staff.desk_id, clock.now(), clock.now())
    assert [(i.kind, i.severity) for i in items] == [(HandoverItemKind.INCIDENT_OPEN, Severity.INFO)]
    assert "可疑人物徘徊" in items[0].subject
    assert [r.summary for r in services.incidents.search(text="可疑")] == ["可疑人物徘徊"]
    assert len(services.incidents.search(open_only=True)) == 1


def test_a_patrol_anomaly_becomes_an_incident(services: Services, staff: Staff) -> None:
    route = services.patrols.add_route(staff.supervisor, "R1", "外圍", 60, 20)
    route = services.patrols.add_checkpoint(staff.supervisor, route.id, "CP-1", "後門")
    patrol = services.patrols.start_round(staff.guard, route.id)
    patrol = services.patrols.reach(staff.guard, patrol.id, checkpoint_id=route.checkpoints[0].id, anomaly="門鎖被撬")
    visit = patrol.checkpoints[0].visit_id
    detail = _report(services, staff, category="theft", summary="後門門鎖被撬", source_visit_id=visit)
    assert detail.incident.summary == "後門門鎖被撬"  # type: ignore[attr-defined]


def test_emergency_contacts_and_plans(services: Services, staff: Staff) -> None:
    police = services.incidents.save_contact(staff.supervisor, None, "警察/消防/救護", "999", "緊急")
    services.incidents.save_contact(staff.supervisor, None, "電梯公司24小時", "+852 2345 6789", "")
    assert [c.name for c in services.incidents.contacts()] == ["警察/消防/救護", "電梯公司24小時"]
    with pytest.raises(ValidationErrors) as bad:
        services.incidents.save_contact(staff.supervisor, None, "", "call me")
    assert {(e.field, e.rule) for e in bad.value.errors} == {("contact_name", "required"), ("phone", "bad_format")}
    with pytest.raises(PermissionDenied) as denied:
        services.incidents.save_contact(staff.guard, None, "x", "999")
    assert denied.value.approvable
    services.incidents.save_contact(staff.supervisor, police.id, "報警", "999")
    services.incidents.retire_contact(staff.supervisor, police.id)
    assert [c.name for c in services.incidents.contacts()] == ["電梯公司24小時"]
    services.incidents.save_plan(staff.supervisor, "flooding", "1. 關總閥\n2. 通知工程部")
    assert services.incidents.plans()["flooding"].steps.startswith("1. 關總閥")
    with pytest.raises(ValidationError):
        services.incidents.save_plan(staff.supervisor, "volcano", "run")
