"""The repairs and duty lists through the export registry, over the area fixture day: read back with
openpyxl (types, words, masking, a formula typed as text) and one opened by LibreOffice."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.bootstrap import Services
from app.clock import FixedClock, day_bounds
from app.errors import ValidationError
from app.exports.registry import ExportFilter, ExportKind
from app.exports.service import ExportResult
from app.exports.sources import duty as duty_source
from app.exports.sources import repairs as repairs_source
from app.exports.sources.repairs import export_filter, queue_filter
from app.repairs.rows import QueueFilter, QueueScope
from app.repairs.sla_policy import WorkKind
from tests.app.exports.libreoffice import as_csv
from tests.app.repairs.site import intake
from tests.app.reports.areadata import DAY, area_day
from tests.conftest import Staff

HEADER_ROW = 4  # three title lines (site · list, period, exported by), then the header
WORDS = {
    "code.kind.repair": "報修",
    "code.state.in_progress": "處理中",
    "code.log_kind.equipment_fault": "設備故障",
    "code.incident_severity.high": "高",
    "code.handover_status.closed": "班長已結束",
}


def _export(services: Services, staff: Staff, kind: ExportKind, flt: ExportFilter, target: Path) -> ExportResult:
    return services.exports.export(staff.supervisor, kind, flt, target, WORDS.get, site_name="翠湖花園")


def _sheet(path: Path, header_row: int = HEADER_ROW) -> tuple[list[Any], list[list[Any]], Any]:
    sheet = load_workbook(path).active
    rows = [[c for c in row] for row in sheet.iter_rows(min_row=header_row)]
    return [c.value for c in rows[0]], rows[1:], sheet


def _the_day(services: Services) -> ExportFilter:
    start, end = day_bounds(DAY, services.zone)
    return ExportFilter(start, end)


def test_work_orders_with_masked_phones_real_dates_and_a_formula_kept_as_text(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    day = area_day(services, staff, clock)
    target = tmp_path / "repairs.xlsx"
    result = _export(services, staff, ExportKind.REPAIRS, _the_day(services), target)
    assert result.rows == 7
    header, rows, sheet = _sheet(target)
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}" and sheet.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    assert header[:3] == ["No.", "Reported at", "Type"]
    by_number = {r[0].value: r for r in rows}
    assert sorted(by_number) == sorted(day.numbers)
    lift = by_number[day.numbers[1]]
    assert lift[2].value == "報修" and lift[6].value == "處理中" and lift[10].value == "張工程"
    assert lift[1].is_date and lift[1].value == datetime(2026, 3, 2, 9, 10)  # local time, no zone
    assert lift[11].is_date and lift[11].value == datetime(2026, 3, 2, 9, 20)  # responded (dispatched)
    walk_in = by_number[day.numbers[3]]
    assert walk_in[8].value == "路人甲"
    assert walk_in[9].value == "+852 6***9876" and "6123" not in str(walk_in[9].value)
    assert walk_in[16].value == "=1+1 會所冷氣不凍" and walk_in[16].data_type == "s" and walk_in[16].quotePrefix
    assert all(r[9].value is None or "***" in str(r[9].value) for r in rows)  # residents' phones too
    assert sheet["A2"].value == "Period: 2026-03-02 00:00 – 2026-03-03 00:00"
    csv = as_csv(target, tmp_path)  # a real spreadsheet program reads the same
    assert day.numbers[3] in csv and "+852 6***9876" in csv and "=1+1 會所冷氣不凍" in csv
    assert "2026-03-02 09:10" in csv


def test_work_orders_follow_the_queue_filter_and_refuse_an_unknown_choice(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    day = area_day(services, staff, clock)
    complaints = export_filter(QueueFilter(scope=QueueScope.OPEN, kind=WorkKind.COMPLAINT))
    assert queue_filter(complaints) == QueueFilter(scope=QueueScope.OPEN, kind=WorkKind.COMPLAINT)
    result = _export(services, staff, ExportKind.REPAIRS, complaints, tmp_path / "c.xlsx")
    assert result.rows == 1
    _header, rows, sheet = _sheet(tmp_path / "c.xlsx", HEADER_ROW + 1)  # a filter line above the header
    assert sheet["A4"].value == "Filter: open · complaint" and rows[0][0].value == day.numbers[2]
    searched = _export(services, staff, ExportKind.REPAIRS, ExportFilter(text="路人"), tmp_path / "s.xlsx")
    assert searched.rows == 1
    for bad in ({"scope": "everything"}, {"colour": "red"}):
        with pytest.raises(ValidationError):
            _export(services, staff, ExportKind.REPAIRS, ExportFilter(options=bad), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_duty_log_shows_the_current_text_and_the_original_of_an_amended_entry(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    area_day(services, staff, clock)
    target = tmp_path / "log.xlsx"
    assert _export(services, staff, ExportKind.LOG, _the_day(services), target).rows == 3  # not the amendment
    header, rows, _ = _sheet(target)
    assert header[:5] == ["Time", "Desk", "Kind", "Location", "Entry"]
    fault = next(r for r in rows if r[2].value == "設備故障")
    assert fault[4].value == "B座大堂燈光閃爍，已報工程部" and fault[11].value == "B座大堂燈光閃爍"
    assert fault[9].value == "黃大文" and fault[10].value == "補充資料"
    assert fault[0].value == datetime(2026, 3, 2, 11, 0) and fault[8].value == datetime(2026, 3, 2, 11, 10)
    plain = [r for r in rows if r is not fault]
    assert all(r[8].value is None and r[11].value is None for r in plain)
    assert [r[0].value for r in rows] == sorted(r[0].value for r in rows)  # in time order
    found = _export(services, staff, ExportKind.LOG, ExportFilter(text="工程部"), tmp_path / "f.xlsx")
    assert found.rows == 1  # the amended text is searched too
    kinds = _export(services, staff, ExportKind.LOG, ExportFilter(options={"kind": "note"}), tmp_path / "k.xlsx")
    assert kinds.rows == 2
    reception = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    elsewhere = ExportFilter(desk_id=reception)
    assert _export(services, staff, ExportKind.LOG, elsewhere, tmp_path / "r.xlsx").rows == 0


def test_incidents_with_who_was_told_and_when(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    day = area_day(services, staff, clock)
    flood = services.incidents.search(text=day.incidents[0])[0]
    told = clock.now() - timedelta(minutes=5)
    services.incidents.notify(staff.guard, flood.id, "police", "灣仔警署", at=told)
    target = tmp_path / "incidents.xlsx"
    assert _export(services, staff, ExportKind.INCIDENTS, ExportFilter(), target).rows == 2
    header, rows, _ = _sheet(target)
    assert header[0] == "No." and header[12] == "Police told at"
    first = rows[0]
    assert first[0].value == day.incidents[0] and first[5].value == "高" and first[4].value == "flooding"
    assert first[9].value == "已關總閥" and first[12].value == datetime(2026, 3, 3, 8, 25)
    assert rows[1][12].value is None
    still_open = ExportFilter(options={"status": "open"})
    assert _export(services, staff, ExportKind.INCIDENTS, still_open, tmp_path / "o.xlsx").rows == 2
    with pytest.raises(ValidationError):
        _export(services, staff, ExportKind.INCIDENTS, ExportFilter(options={"status": "x"}), tmp_path / "b.xlsx")


def test_handovers_with_their_item_counts(services: Services, staff: Staff, clock: FixedClock, tmp_path: Path) -> None:
    area_day(services, staff, clock)
    target = tmp_path / "handovers.xlsx"
    assert _export(services, staff, ExportKind.HANDOVERS, _the_day(services), target).rows == 1
    header, rows, _ = _sheet(target)
    assert header[:2] == ["Compiled at", "Desk"]
    row = [c.value for c in rows[0]]
    assert row[4:7] == ["黃大文", "何志強", "班長已結束"]
    items, accepted, queried, refused = row[8:12]
    assert (queried, refused) == (1, 1) and items == accepted + 2 and items >= 5
    assert row[13] == "李班長" and row[15] == "班長到場確認巡邏紀錄"
    assert rows[0][8].data_type == "n"
    by_name = _export(services, staff, ExportKind.HANDOVERS, ExportFilter(text="何志強"), tmp_path / "n.xlsx")
    assert by_name.rows == 1


def test_long_lists_come_in_pages_without_a_row_lost_or_repeated(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = area_day(services, staff, clock)
    for _ in range(3):  # three jobs taken in the same second: the page key must tell them apart
        services.repairs.create(staff.clerk, intake(day.site))
    monkeypatch.setattr(repairs_source, "PAGE_ROWS", 2)
    monkeypatch.setattr(duty_source, "PAGE_ROWS", 2)
    assert _export(services, staff, ExportKind.REPAIRS, ExportFilter(), tmp_path / "r.xlsx").rows == 10
    _header, rows, _ = _sheet(tmp_path / "r.xlsx")
    keys = [(r[1].value, r[0].value) for r in rows]
    assert len(set(keys)) == 10 and keys == sorted(keys, reverse=True)  # newest first, by number in a tie
    queue = export_filter(QueueFilter(scope=QueueScope.OPEN))
    assert _export(services, staff, ExportKind.REPAIRS, queue, tmp_path / "q.xlsx").rows == 8
    assert _export(services, staff, ExportKind.LOG, ExportFilter(), tmp_path / "l.xlsx").rows == 3
    _header, rows, _ = _sheet(tmp_path / "l.xlsx")
    assert [r[0].value for r in rows] == sorted(r[0].value for r in rows)
