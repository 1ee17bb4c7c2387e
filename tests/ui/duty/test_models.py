"""Every duty table model passes Qt's model tester with real rows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.modeltest import ModelTester

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.log import NewLogEntry
from tests.app.duty.fixtures import INCOMING_PIN, fixture_shift
from tests.conftest import Staff
from ui.duty.models import (
    ContactTableModel,
    HandoverHistoryTableModel,
    HandoverItemTableModel,
    IncidentTableModel,
    LogTableModel,
    RoundTableModel,
    WindowTableModel,
)


def test_models_hold_real_rows(
    qtmodeltester: ModelTester, qapp: object, services: Services, staff: Staff, clock: FixedClock
) -> None:
    zone = services.zone
    f = fixture_shift(services, staff, clock)
    entry = services.duty_log.add(staff.guard, NewLogEntry("note", "原文"))
    services.duty_log.amend(staff.guard, entry.id, "更正", "錯字")
    handover = f.handovers.compile(f.outgoing)
    for item in handover.items:
        f.handovers.acknowledge(f.outgoing, item.id, f.incoming_id, "queried", "問")
    f.handovers.sign(f.outgoing, handover.id, f.outgoing_pin, f.incoming_id, INCOMING_PIN)
    services.incidents.save_contact(staff.supervisor, None, "報警", "999")
    start = clock.now() - timedelta(hours=4)
    cases = [
        (LogTableModel(zone), services.duty_log.timeline(staff.desk_id, start)),
        (RoundTableModel(zone), services.patrols.rounds(staff.desk_id, start)[0].checkpoints),
        (WindowTableModel(zone), services.patrols.windows(staff.desk_id, start)),
        (IncidentTableModel(zone), services.incidents.search()),
        (HandoverItemTableModel(zone), f.handovers.get(handover.id).items),
        (HandoverHistoryTableModel(zone), f.handovers.history()),
        (ContactTableModel(zone), services.incidents.contacts()),
    ]
    for model, rows in cases:
        model.set_rows(rows)  # type: ignore[attr-defined]
        assert model.rowCount() == len(rows) > 0, type(model).__name__
        qtmodeltester.check(model)


def test_log_model_shows_files_and_work_orders(
    qtmodeltester: ModelTester, qapp: object, services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    photo = tmp_path / "閘桿.jpg"
    photo.write_bytes(b"g" * 100)
    entry = services.duty_log.add(
        staff.guard, NewLogEntry("patrol", "北門閘桿損壞", "北門", attachment_paths=[str(photo)])
    )
    draft = services.duty_work_orders.draft(staff.guard, "log", entry.id)
    job = services.duty_work_orders.create(staff.guard, "log", entry.id, draft.fields, [draft.attachments[0].id])
    model = LogTableModel(services.zone)
    model.set_rows(services.duty_log.timeline(staff.desk_id, clock.now() - timedelta(hours=1)))
    qtmodeltester.check(model)
    text = model.data(model.index(0, LogTableModel.Column.TEXT))
    assert text.splitlines() == ["北門閘桿損壞", "檔案：閘桿.jpg", f"工單：{job.row.number}"]
