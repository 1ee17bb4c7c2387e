"""The export service: registry, words, codes, masking of what sources give, permission, audit,
cancel; read back with openpyxl and opened by LibreOffice."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import NotFound, PermissionDenied
from app.exports.registry import ExportFilter, ExportKind
from app.exports.service import ExportService
from app.exports.sources.shifts import ShiftExportSource
from app.exports.xlsx import ExportCancelled
from app.operators import NewOperator
from app.permissions import Role
from db.models.core import AuditEntry
from tests.app.exports.libreoffice import as_csv
from tests.conftest import STAFF_PASSWORD, Staff

NASTY = '=HYPERLINK("http://x","click")'


def _shifts(services: Services, staff: Staff, clock: FixedClock, count: int = 3) -> None:
    nasty = services.operators.create(staff.admin, NewOperator("nasty", NASTY, Role.GUARD, STAFF_PASSWORD, "8642"))
    guard = services.auth.login(nasty.username, STAFF_PASSWORD, staff.desk_id)
    for _ in range(count):
        shift = services.shifts.start(guard, "early")
        clock.advance(timedelta(hours=8))
        services.shifts.end(guard, shift.id)
        clock.advance(timedelta(hours=16))


def test_shift_export_types_words_and_injection(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    _shifts(services, staff, clock)
    open_shift = services.shifts.start(staff.guard, "night")
    target = tmp_path / "shifts.xlsx"
    words = {"export.shifts.operator": "值班員", "code.status.ended": "已結束", "code.pattern.early": "早班"}
    result = services.exports.export(
        staff.clerk, ExportKind.SHIFTS, ExportFilter(), target, words.get, site_name="翠湖花園"
    )
    assert result.rows == 4
    sheet = load_workbook(target).active
    assert sheet.freeze_panes == "A5"  # three title lines, then the header
    assert sheet["A1"].value == "翠湖花園 · Shifts"
    assert sheet["A3"].value.startswith("Exported by 陳小美 at 2026-03-0")
    header = [c.value for c in sheet[4]]
    assert header == ["Desk", "值班員", "Shift", "Started", "Ended", "Minutes", "Status", "Ended by"]
    first = [c for c in sheet[5]]
    assert first[1].value == NASTY and first[1].data_type == "s" and first[1].quotePrefix
    assert first[2].value == "早班" and first[6].value == "已結束"
    assert isinstance(first[3].value, datetime) and first[3].value == datetime(2026, 3, 2, 9, 0)
    assert first[5].value == 480 and first[5].data_type == "n"
    last = [c.value for c in sheet[8]]
    assert last[1] == "黃大文" and last[2] == "Night shift" and last[4] is None and last[6] == "On duty"
    assert open_shift.status.value == "open"
    assert sheet.auto_filter.ref == "A4:H8"


def test_filter_by_period_and_desk(services: Services, staff: Staff, clock: FixedClock, tmp_path: Path) -> None:
    _shifts(services, staff, clock, count=3)
    second_day = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # 3 March 00:00 in Hong Kong
    flt = ExportFilter(start=second_day, end=second_day + timedelta(days=1), desk_id=staff.desk_id)
    assert services.exports.count(ExportKind.SHIFTS, flt) == 1
    result = services.exports.export(staff.supervisor, ExportKind.SHIFTS, flt, tmp_path / "one.xlsx")
    assert result.rows == 1
    sheet = load_workbook(tmp_path / "one.xlsx").active
    assert sheet["A2"].value == "Period: 2026-03-03 00:00 – 2026-03-04 00:00"


def test_each_export_is_audited_without_personal_data(services: Services, staff: Staff, tmp_path: Path) -> None:
    services.exports.export(staff.clerk, ExportKind.SHIFTS, ExportFilter(), tmp_path / "s.xlsx")
    with services.database.sessions.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "export.xlsx")).scalar_one()
    assert entry.record_id == "shifts" and entry.actor_id == staff.clerk.operator_id
    assert json.loads(entry.details_json) == {"rows": 0, "from": None, "to": None}


def test_guards_need_a_supervisor_and_unknown_lists_are_not_found(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied) as denied:
        services.exports.export(staff.guard, ExportKind.SHIFTS, ExportFilter(), tmp_path / "s.xlsx")
    assert denied.value.approvable
    assert not (tmp_path / "s.xlsx").exists()
    assert ExportKind.SHIFTS in services.exports.kinds()
    only_shifts = ExportService(
        services.database.sessions,
        services.clock,
        services.zone,
        services.audit,
        [ShiftExportSource(services.database.sessions)],
    )
    with pytest.raises(NotFound):  # a list whose area is not installed
        only_shifts.export(staff.admin, ExportKind.INCIDENTS, ExportFilter(), tmp_path / "i.xlsx")
    assert only_shifts.kinds() == [ExportKind.SHIFTS]


def test_cancel_writes_nothing(services: Services, staff: Staff, clock: FixedClock, tmp_path: Path) -> None:
    _shifts(services, staff, clock, count=2)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        services.exports.export(staff.admin, ExportKind.SHIFTS, ExportFilter(), out / "c.xlsx", cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_libreoffice_reads_the_export(services: Services, staff: Staff, clock: FixedClock, tmp_path: Path) -> None:
    _shifts(services, staff, clock, count=1)
    target = tmp_path / "shifts.xlsx"
    services.exports.export(staff.admin, ExportKind.SHIFTS, ExportFilter(), target)
    csv = as_csv(target, tmp_path)
    assert "Desk,Operator,Shift,Started" in csv
    assert "2026-03-02 09:00" in csv and ",480," in csv
    assert "HYPERLINK" in csv and "click" in csv  # the formula arrives as its text, not evaluated
