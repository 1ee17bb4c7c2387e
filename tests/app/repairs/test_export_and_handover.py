"""The Excel export of the current filter, and what repairs hand over at the end of a shift."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.bootstrap import Services
from app.clock import FixedClock
from app.exports.registry import ExportKind
from app.exports.sources.repairs import export_filter
from app.handover_sources import HandoverItemKind, HandoverSource
from app.repairs.handover import WorkOrderHandoverSource
from app.repairs.lifecycle import HoldReason
from app.repairs.rows import QueueFilter, QueueScope
from app.repairs.sla_policy import Priority, WorkKind
from app.severity import Severity
from tests.app.repairs.site import Site, intake
from tests.conftest import Staff


def test_export_writes_the_filtered_jobs_with_masked_phones_and_real_dates(
    services: Services, staff: Staff, site: Site, clock: FixedClock, tmp_path: Path
) -> None:
    repairs = services.repairs
    repairs.create(staff.clerk, intake(site, description='=HYPERLINK("x")'))
    repairs.create(staff.clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise"))
    clock.advance(timedelta(hours=5))  # the repair's 4 h response is now overdue
    target = tmp_path / "jobs.xlsx"
    words = {"code.kind.repair": "報修", "code.sla.breached": "逾時"}
    wanted = export_filter(QueueFilter(scope=QueueScope.ALL, kind=WorkKind.REPAIR))
    result = services.exports.export(staff.clerk, ExportKind.REPAIRS, wanted, target, words.get)
    assert result.rows == 1
    sheet = load_workbook(target).active
    header, row = [c.value for c in sheet[5]], [c.value for c in sheet[6]]
    assert sheet["A4"].value == "Filter: all · 報修"  # what was chosen, in words where the caller has words
    assert header[0] == "No." and sheet.freeze_panes == "A6"
    assert row[0] == "260302-001" and row[2] == "報修"
    assert isinstance(row[1], datetime) and row[1] == datetime(2026, 3, 2, 9, 0)  # local time
    assert row[9] != "+85291234567" and "9123" not in str(row[9])
    assert row[14] == "逾時"
    assert row[16] == '=HYPERLINK("x")' and sheet.cell(6, 17).data_type == "s"


def test_handover_lists_open_jobs_most_urgent_first(
    services: Services, staff: Staff, site: Site, clock: FixedClock
) -> None:
    repairs = services.repairs
    late = repairs.create(staff.clerk, intake(site, kind=WorkKind.COMPLAINT, category="noise"))  # 30 min
    soon = repairs.create(staff.clerk, intake(site, priority=Priority.URGENT))  # 1 h
    calm = repairs.create(staff.clerk, intake(site, priority=Priority.LOW))  # 8 h
    held = repairs.create(staff.clerk, intake(site))
    repairs.hold(staff.clerk, held.id, HoldReason.WAITING_PARTS)
    done = repairs.create(staff.clerk, intake(site))
    repairs.complete(staff.clerk, done.id)
    clock.advance(timedelta(minutes=40))
    source: HandoverSource = WorkOrderHandoverSource(repairs.reader)
    items = source.handover_items(staff.desk_id, clock.now() - timedelta(hours=8), clock.now())
    assert [i.subject for i in items] == [late.row.number, soon.row.number, calm.row.number, held.row.number]
    assert [i.kind for i in items[:3]] == [
        HandoverItemKind.WORK_ORDER_BREACHED,
        HandoverItemKind.WORK_ORDER_AT_RISK,
        HandoverItemKind.WORK_ORDER_OPEN,
    ]
    assert items[0].severity is Severity.URGENT and items[0].place == "A座 12A · 廚房"
