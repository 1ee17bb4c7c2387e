"""The visit export through the shared export service: the history page's filter survives the trip
through ``ExportFilter``; phones and ID numbers leave masked; codes are worded by the reader's words
and a site's own visitor type keeps its name; an option the history does not know is refused."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import ValidationError
from app.exports.registry import ExportFilter, ExportKind
from app.exports.sources.visitors import VisitExportSource, export_filter
from app.visitors.model import HistoryFilter, VisitStatus
from app.visitors.types import VISITOR_TYPES
from tests.app.visitors.conftest import Estate, check_in, guest, record_ids
from tests.conftest import Staff


def _sheet(path: Path) -> tuple[list[Any], list[list[Any]]]:
    rows = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    header = next(n for n, row in enumerate(rows) if row and row[0] in ("No.", "編號"))
    return rows[header], [row for row in rows[header + 1 :] if row[0]]


def _source(services: Services) -> VisitExportSource:
    source = services.exports.source(ExportKind.VISITS)
    assert isinstance(source, VisitExportSource)
    return source


def test_the_history_filter_goes_through_the_export_filter_unchanged(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    for n in range(6):
        unit = estate.unit_12a if n % 2 else estate.unit_3b
        plate = "AB1234" if n < 3 else ""
        row = check_in(services, staff.guard, guest(estate, f"訪客{n}", unit_id=unit.id, plate=plate))
        if n % 3 == 0:
            services.visitors.check_out(staff.guard, row.id)
        clock.advance(timedelta(hours=5))
    zone = services.visit_history.zone
    today = clock.now().astimezone(zone).date()
    source = _source(services)
    for f in (
        HistoryFilter(),
        HistoryFilter(first_day=today - timedelta(days=1), last_day=today),
        HistoryFilter(unit_id=estate.unit_12a.id),
        HistoryFilter(plate="ab12", statuses=(VisitStatus.ON_SITE,)),
        HistoryFilter(visitor="訪客4", visitor_type="guest"),
    ):
        label = services.directory.unit(f.unit_id).label if f.unit_id else ""
        flt = export_filter(f, zone, label)
        expected = services.visit_history.count(f)
        assert source.count(flt) == expected, f
        assert [r[0] for r in source.rows(flt)] == [r.code for r in services.visit_history.iterate(f)]
    assert export_filter(HistoryFilter(unit_id=estate.unit_12a.id), zone, "A座 12A").options == {"unit": "A座 12A"}
    assert source.count(ExportFilter(options={"unit": "Z座 99Z"})) == 0  # a unit that is not there: nothing


def test_an_export_is_masked_worded_and_keeps_a_sites_own_type_name(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock, tmp_path: Path
) -> None:
    types = services.settings.get(VISITOR_TYPES)
    own = {"code": "cleaning", "label": "清潔公司", "required": [], "minutes": 60, "active": True}
    services.settings.set(staff.admin, VISITOR_TYPES, [*types, own])
    record_ids(services, staff)
    check_in(services, staff.guard, guest(estate, phone="91234567", id_type="hk_id", id_number="Z683365(A)"))
    clock.advance(timedelta(minutes=5))
    row = check_in(services, staff.guard, guest(estate, "李小明", visitor_type="cleaning"))
    services.visitors.amend(staff.supervisor, row.id, {"companions": 1}, "漏記同行人數")
    words = {
        "export.visits.name": "訪客",
        "code.visitor_type.guest": "訪客類別",
        "code.visit_status.on_site": "在場",
        "code.amended.amended": "已更正",
    }
    target = tmp_path / "visits.xlsx"
    result = services.exports.export(staff.supervisor, ExportKind.VISITS, ExportFilter(), target, words.get)
    assert result.rows == 2
    header, rows = _sheet(target)
    column = {title: n for n, title in enumerate(header)}
    cleaner, chan = rows  # newest first
    assert header[6] == "訪客" and "Phone (masked)" in column
    assert (cleaner[column["Type"]], cleaner[column["Amended"]]) == ("清潔公司", "已更正")
    assert (chan[column["Type"]], chan[column["Status"]]) == ("訪客類別", "在場")
    assert chan[column["Phone (masked)"]] == "+852 9***4567"
    assert chan[column["ID (masked)"]] == "Z****65(A)"


def test_an_option_the_history_does_not_know_is_refused(services: Services) -> None:
    source = _source(services)
    with pytest.raises(ValidationError) as raised:
        source.count(ExportFilter(options={"colour": "red"}))
    assert raised.value.field == "options"
    with pytest.raises(ValidationError) as raised:
        source.count(ExportFilter(options={"visit_status": "gone"}))
    assert raised.value.field == "visit_status"


def test_the_period_and_desk_of_an_export_filter_are_check_in_time_and_desk(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    first = check_in(services, staff.guard, guest(estate))
    clock.advance(timedelta(hours=2))
    check_in(services, staff.guard, guest(estate, "李小明"))
    source = _source(services)
    assert source.count(ExportFilter(start=first.checked_in_at + timedelta(seconds=1))) == 1
    assert source.count(ExportFilter(end=first.checked_in_at + timedelta(seconds=1))) == 1
    assert source.count(ExportFilter(desk_id=staff.desk_id)) == 2
    reception = next(d.id for d in services.site.desks() if d.id != staff.desk_id)
    assert source.count(ExportFilter(desk_id=reception)) == 0
