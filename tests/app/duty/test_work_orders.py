"""An incident or a duty-log entry turned into a work order, keeping its text and attachments: the
proposal the intake form shows, the save (one transaction, audited on both records), and the
links both ways."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.incidents import IncidentDetail, NewIncident
from app.duty.log import NewLogEntry
from app.duty.work_orders import SourceKind, WorkOrderLink, guess_category
from app.errors import NotFound, ValidationError, ValidationErrors
from app.printing import A4, DocumentMeta
from app.repairs.config import CATEGORIES
from app.repairs.lifecycle import Channel, WorkOrderState
from app.repairs.rows import WORK_ORDER_KIND
from app.repairs.sheet import WorkOrderSheetLabels, work_order_pdf
from app.repairs.sla_policy import Priority, WorkKind
from db.models.core import AuditEntry
from db.models.repairs import WorkOrder
from tests.app.printing.pdftools import pdftotext_pages
from tests.conftest import Staff


def _file(folder: Path, name: str, byte: bytes = b"p") -> str:
    path = folder / name
    path.write_bytes(byte * 2000)
    return str(path)


def _flooding(services: Services, staff: Staff, tmp_path: Path) -> IncidentDetail:
    return services.incidents.report(
        staff.guard,
        NewIncident(
            "flooding",
            "high",
            "地庫B2 水泵房",
            "地庫水管爆裂漏水",
            people="住戶陳先生 (12B)",
            actions="已關閉總水閥，放置防滑牌",
            attachment_paths=(_file(tmp_path, "漏水.jpg"), _file(tmp_path, "水閥.jpg", b"v")),
        ),
    )


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.database.sessions.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)).scalars())


def _work_orders(services: Services) -> int:
    with services.database.sessions.read() as s:
        return int(s.execute(select(func.count()).select_from(WorkOrder)).scalar_one())


def test_an_incident_proposes_its_text_place_category_priority_and_files(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    incident = _flooding(services, staff, tmp_path)
    draft = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    fields = draft.fields
    assert draft.source_kind is SourceKind.INCIDENT and draft.reference == "INC-260302-001"
    assert fields.description == "INC-260302-001 地庫水管爆裂漏水\n已關閉總水閥，放置防滑牌"
    assert "陳先生" not in fields.description  # people involved stay with the incident
    assert (fields.location, fields.unit_id) == ("地庫B2 水泵房", None)
    assert (fields.kind, fields.category, fields.priority) == (WorkKind.REPAIR, "plumbing", Priority.URGENT)
    assert (fields.channel, fields.reporter_id, fields.reporter_name) == (Channel.DUTY_LOG, None, "黃大文")
    assert [a.file_name for a in draft.attachments] == ["漏水.jpg", "水閥.jpg"] and draft.existing == ()


def test_saving_links_the_work_order_and_its_files_to_the_incident(
    services: Services, staff: Staff, tmp_path: Path, clock: FixedClock
) -> None:
    incident = _flooding(services, staff, tmp_path)
    draft = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    clock.advance(timedelta(minutes=3))
    carried = [draft.attachments[0].id]  # the guard unticked the second photo
    job = services.duty_work_orders.create(staff.guard, "incident", incident.incident.id, draft.fields, carried)
    assert (job.source_kind, job.source_id) == ("incident", str(incident.incident.id))
    assert job.source is not None and job.source.reference == "INC-260302-001"
    assert job.source.at == incident.incident.occurred_at and job.source.place == "地庫B2 水泵房"
    assert job.row.channel is Channel.DUTY_LOG and job.row.state is WorkOrderState.NEW
    assert [a.file_name for a in job.attachments] == ["漏水.jpg"]
    assert job.attachments[0].sha256 == draft.attachments[0].sha256 and job.attachments[0].id != carried[0]
    after = services.incidents.get(incident.incident.id)
    assert after.work_orders == (WorkOrderLink(job.id, job.row.number, WorkOrderState.NEW),)
    assert [a.file_name for a in after.attachments] == ["漏水.jpg", "水閥.jpg"]  # still the incident's too
    (made,) = _audit(services, "work_order.made_from")
    assert (made.record_kind, made.record_id) == ("incident", str(incident.incident.id))
    assert json.loads(made.details_json) == {"work_order": str(job.id), "number": job.row.number, "attachments": 1}
    created = _audit(services, "work_order.created")[-1]
    assert created.seq < made.seq and json.loads(created.details_json)["source_kind"] == "incident"
    again = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    assert [link.number for link in again.existing] == [job.row.number]  # a second one is allowed, but shown


def test_a_refused_save_writes_nothing(services: Services, staff: Staff, tmp_path: Path) -> None:
    incident = _flooding(services, staff, tmp_path)
    draft = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    bad = replace(draft.fields, description="x", location="", reporter_name="")
    with pytest.raises(ValidationErrors) as caught:
        services.duty_work_orders.create(staff.guard, "incident", incident.incident.id, bad, [draft.attachments[0].id])
    assert {e.field for e in caught.value.errors} == {"description", "unit", "reporter_name"}
    other = services.duty_log.add(
        staff.guard, NewLogEntry("note", "另一記錄", attachment_paths=(_file(tmp_path, "別的.jpg", b"o"),))
    )
    with pytest.raises(ValidationError) as foreign:  # only the incident's own files can be carried
        services.duty_work_orders.create(
            staff.guard, "incident", incident.incident.id, draft.fields, [other.attachments[0].id]
        )
    assert (foreign.value.field, foreign.value.rule) == ("attachments", "not_found")
    with pytest.raises(NotFound):
        services.duty_work_orders.create(staff.guard, "incident", uuid.uuid4(), draft.fields)
    with pytest.raises(ValidationError) as kind:
        services.duty_work_orders.draft(staff.guard, "visit", incident.incident.id)
    assert kind.value.field == "source_kind"
    assert _work_orders(services) == 0 and _audit(services, "work_order.made_from") == []
    assert services.incidents.get(incident.incident.id).work_orders == ()


def test_a_log_entry_proposes_its_corrected_text_and_every_file(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    entry = services.duty_log.add(
        staff.guard,
        NewLogEntry("equipment_fault", "B座大堂燈光閃爍", "B座大堂", attachment_paths=(_file(tmp_path, "燈.jpg"),)),
    )
    amended = services.duty_log.amend(
        staff.guard, entry.id, "B座大堂兩支光管閃爍", "補充", (_file(tmp_path, "光管.jpg", b"t"),)
    )
    draft = services.duty_work_orders.draft(staff.guard, "log", amended.amendments[0].id)  # an amendment's id
    assert draft.source_id == entry.id and draft.reference == "" and draft.at == entry.at
    assert draft.fields.description == "B座大堂兩支光管閃爍" and draft.fields.location == "B座大堂"
    assert (draft.fields.category, draft.fields.priority, draft.fields.channel) == (
        "other",
        Priority.NORMAL,
        Channel.DUTY_LOG,
    )
    assert [a.file_name for a in draft.attachments] == ["燈.jpg", "光管.jpg"]
    fields = replace(draft.fields, category="electrical")
    job = services.duty_work_orders.create(staff.guard, "log", entry.id, fields, [a.id for a in draft.attachments])
    assert job.row.category == "electrical" and len(job.attachments) == 2
    assert job.source is not None and (job.source.kind, job.source.reference) == ("log", "")
    assert job.source.place == "B座大堂" and job.source.at == entry.at
    (row,) = services.duty_log.timeline(staff.desk_id, entry.at)
    assert [link.number for link in row.work_orders] == [job.row.number]


def test_a_patrol_finding_keeps_its_channel(services: Services, staff: Staff) -> None:
    entry = services.duty_log.add(staff.guard, NewLogEntry("patrol", "停車場B2 消防喉箱門損壞", "地庫B2"))
    draft = services.duty_work_orders.draft(staff.guard, "log", entry.id)
    assert draft.fields.channel is Channel.PATROL
    route = services.patrols.add_route(staff.supervisor, "R1", "外圍巡邏", 60, 20)
    route = services.patrols.add_checkpoint(staff.supervisor, route.id, "CP-01", "北門", "北門")
    patrol = services.patrols.start_round(staff.guard, route.id)
    reached = services.patrols.reach(staff.guard, patrol.id, scanned_code="CP-01", anomaly="北門閘門鎖壞")
    visit = reached.checkpoints[0].visit_id
    incident = services.incidents.report(
        staff.guard, NewIncident("other", "low", "北門", "北門閘門鎖壞", source_visit_id=visit)
    )  # a patrol anomaly becomes an incident (patrol page), then a work order the same way
    from_patrol = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    assert (from_patrol.fields.channel, from_patrol.fields.category, from_patrol.fields.priority) == (
        Channel.PATROL,
        "other",
        Priority.LOW,
    )


def test_the_category_guess_only_offers_the_sites_categories(services: Services, staff: Staff) -> None:
    site = services.repairs.config.categories()
    assert guess_category("lift_entrapment", site) == "lift"
    assert guess_category("fire_alarm", site) == "other"  # nothing sure to repair
    assert guess_category("flooding", ["水電", "雜項"]) == "水電"  # no "plumbing", no "other": the first
    services.settings.set(staff.admin, CATEGORIES, ["水電", "電梯"])
    incident = services.incidents.report(staff.guard, NewIncident("lift_entrapment", "critical", "A座", "困人"))
    draft = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    assert draft.fields.category == "水電" and draft.fields.priority is Priority.URGENT


def test_a_work_order_made_at_the_desk_names_no_source(services: Services, staff: Staff, tmp_path: Path) -> None:
    incident = _flooding(services, staff, tmp_path)
    draft = services.duty_work_orders.draft(staff.clerk, "incident", incident.incident.id)
    plain = services.repairs.create(staff.clerk, draft.fields)
    assert plain.source is None and plain.source_kind is None
    assert services.attachments.for_record(WORK_ORDER_KIND, plain.id) == []
    assert services.incidents.get(incident.incident.id).work_orders == ()


def test_the_sheet_says_which_incident_the_job_came_from(
    services: Services, staff: Staff, tmp_path: Path, clock: FixedClock
) -> None:
    incident = _flooding(services, staff, tmp_path)
    draft = services.duty_work_orders.draft(staff.guard, "incident", incident.incident.id)
    job = services.duty_work_orders.create(staff.guard, "incident", incident.incident.id, draft.fields)
    meta = DocumentMeta("翠湖花園", "東門崗", "黃大文", clock.now(), "工單", services.zone)
    labels = WorkOrderSheetLabels(title="工單", made_from="來源", source_kinds={"incident": "事件"})
    text = "\n".join(pdftotext_pages(work_order_pdf(job, A4, meta, labels), tmp_path, raw=True))
    assert "來源" in text and "事件 INC-260302-001 2026-03-02 09:00" in text
    assert "陳先生" not in text  # the people involved stay with the incident
