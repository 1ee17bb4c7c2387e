"""The lists that had no export — watchlist, expected visitors, patrol rounds, key counts, deposited
keys, repair KPIs — through the one export registry: each read back with openpyxl (headers, masked
IDs and phones, a formula typed as text) and its row count checked against plain SQL."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.bootstrap import Services
from app.clock import FixedClock, day_bounds, local_day
from app.errors import PermissionDenied
from app.exports.registry import ExportFilter, ExportKind, filter_days
from app.exports.service import EXPORT_LISTS, EXPORT_WATCHLIST, ExportResult
from app.keys.rows import CollectorFields, DepositFields
from app.visitors.model import ExpectedVisitFields
from app.visitors.watchlist import WatchlistFields
from tests.app.keys.conftest import make_estate
from tests.app.reports.areadata import DAY, area_day
from tests.app.visitors.conftest import record_ids
from tests.conftest import Staff

FORMULA = '=HYPERLINK("http://x","按此")'
NEW_KINDS = (
    ExportKind.WATCHLIST,
    ExportKind.EXPECTED,
    ExportKind.PATROLS,
    ExportKind.KEY_COUNTS,
    ExportKind.DEPOSITS,
    ExportKind.KPIS,
)


def _export(services: Services, staff: Staff, kind: ExportKind, flt: ExportFilter, target: Path) -> ExportResult:
    return services.exports.export(staff.supervisor, kind, flt, target, site_name="翠湖花園")


def _sheet(path: Path, first_title: str) -> tuple[list[Any], list[list[Any]]]:
    """Header titles and the data rows (cells) under them (title lines above are skipped)."""
    rows = list(load_workbook(path).active.iter_rows())
    at = next(n for n, row in enumerate(rows) if row[0].value == first_title)
    return [c.value for c in rows[at] if c.value is not None], [list(r) for r in rows[at + 1 :]]


def _sql(services: Services, query: str, **params: Any) -> int:
    with services.database.sessions.read() as s:
        return int(s.execute(text(query), params).scalar_one())


def _assert_text_cell(cell: Any, value: str) -> None:
    assert cell.value == value and cell.data_type == "s" and cell.quotePrefix


def _values(rows: list[list[Any]]) -> str:
    return " ".join(str(c.value) for row in rows for c in row if c.value is not None)


def test_every_new_list_is_registered_and_worded(services: Services) -> None:
    assert set(NEW_KINDS) <= set(services.exports.kinds())
    for kind in NEW_KINDS:
        assert services.exports.columns(kind)
    assert services.exports.permission(ExportKind.WATCHLIST) is EXPORT_WATCHLIST
    assert services.exports.permission(ExportKind.KPIS) is EXPORT_LISTS


def test_filter_days_are_the_local_days_of_the_period(services: Services) -> None:
    start, _ = day_bounds(date(2026, 3, 2), services.zone)
    _, end = day_bounds(date(2026, 3, 4), services.zone)
    assert filter_days(ExportFilter(start, end), services.zone) == (date(2026, 3, 2), date(2026, 3, 4))
    assert filter_days(ExportFilter(), services.zone) is None


def test_the_watchlist_masks_phones_and_ids_and_needs_a_supervisor(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    record_ids(services, staff)
    watchlist = services.watchlist
    watchlist.add(
        staff.supervisor,
        WatchlistFields(
            name="王五", phone="9123 4567", id_type="hk_id", id_number="Z683365(A)", reason=FORMULA, action="deny"
        ),
    )
    watchlist.add(staff.supervisor, WatchlistFields(name="李四", reason="滋擾住戶"))
    lifted = watchlist.add(staff.supervisor, WatchlistFields(plate="AB1234", reason="違規泊車"))
    watchlist.lift(staff.supervisor, lifted.id, "已解決")
    target = tmp_path / "watchlist.xlsx"
    with pytest.raises(PermissionDenied):
        services.exports.export(staff.clerk, ExportKind.WATCHLIST, ExportFilter(), target)
    with pytest.raises(PermissionDenied):
        services.exports.authorise(staff.guard, kind=ExportKind.WATCHLIST)

    result = _export(services, staff, ExportKind.WATCHLIST, ExportFilter(), target)
    assert result.rows == _sql(services, "SELECT count(*) FROM watchlist_entry WHERE active = :yes", yes=True) == 2
    header, rows = _sheet(target, "Name")
    assert header[:5] == ["Name", "Other names", "Phone (masked)", "ID type", "ID (masked)"]
    wang = next(r for r in rows if r[0].value == "王五")
    assert "***" in wang[2].value
    assert "9123" not in _values(rows).replace(" ", "") and "683365" not in _values(rows)
    assert wang[4].value and "*" in wang[4].value
    _assert_text_cell(wang[7], FORMULA)

    everything = _export(services, staff, ExportKind.WATCHLIST, ExportFilter(options={"lifted": "shown"}), target)
    assert everything.rows == _sql(services, "SELECT count(*) FROM watchlist_entry") == 3


def test_expected_visitors_of_the_period_with_masked_phones(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    estate = make_estate(services, staff, clock)
    today = local_day(clock.now(), services.zone)
    for day, name, phone in (
        (today, "陳大文", "6123 4567"),
        (today, "𠮷野", ""),
        (today + timedelta(days=1), "林堃", "9876 5432"),
        (today + timedelta(days=3), "王喆", ""),
    ):
        fields = ExpectedVisitFields(day, name, "guest", phone=phone, unit_id=estate.unit.id, notes=FORMULA)
        services.expected_visits.register(staff.clerk, fields)
    start, _ = day_bounds(today, services.zone)
    _, end = day_bounds(today + timedelta(days=1), services.zone)
    target = tmp_path / "expected.xlsx"
    result = _export(services, staff, ExportKind.EXPECTED, ExportFilter(start, end), target)
    sql = "SELECT count(*) FROM expected_visit WHERE expected_on >= :first AND expected_on <= :last"
    assert result.rows == _sql(services, sql, first=today, last=today + timedelta(days=1)) == 3
    header, rows = _sheet(target, "Day")
    assert header[:4] == ["Day", "Visitor", "Phone (masked)", "Company"]
    assert [r[1].value for r in rows] == ["陳大文", "𠮷野", "林堃"]
    assert rows[0][0].is_date and rows[0][0].value.date() == today
    assert rows[0][2].value and "***" in rows[0][2].value
    phones = "".join(str(r[2].value or "") for r in rows).replace(" ", "")
    assert "61234567" not in phones and "123" not in phones and "***" in phones
    _assert_text_cell(rows[0][10], FORMULA)
    only_today = _export(services, staff, ExportKind.EXPECTED, ExportFilter(), target)  # default: today
    assert only_today.rows == _sql(services, "SELECT count(*) FROM expected_visit WHERE expected_on = :d", d=today)


def test_patrol_rounds_and_repair_kpis_of_the_area_day(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    area_day(services, staff, clock)
    start, end = day_bounds(DAY, services.zone)
    day = ExportFilter(start, end)

    rounds = tmp_path / "patrols.xlsx"
    result = _export(services, staff, ExportKind.PATROLS, day, rounds)
    sql = "SELECT count(*) FROM patrol_round WHERE started_at >= :start AND started_at < :end"
    assert result.rows == _sql(services, sql, start=start, end=end) == 2
    header, rows = _sheet(rounds, "Started")
    assert header[:4] == ["Started", "Finished", "State", "Route"]
    assert [(r[6].value, r[7].value) for r in rows] == [(2, 1), (2, 2)]
    assert rows[0][8].value == "會所" and rows[1][8].value is None
    assert rows[0][0].is_date

    kpis = tmp_path / "kpis.xlsx"
    result = _export(services, staff, ExportKind.KPIS, day, kpis)
    orders = "SELECT count(*) FROM work_order WHERE created_at >= :start AND created_at < :end"
    categories = orders.replace("count(*)", "count(DISTINCT category)")
    technicians = orders.replace("count(*)", "count(DISTINCT coalesce(CAST(assignee_id AS VARCHAR(40)), ''))")
    expected_rows = 1 + _sql(services, categories, start=start, end=end)
    expected_rows += _sql(services, technicians, start=start, end=end) + 1  # one day
    assert result.rows == expected_rows
    header, rows = _sheet(kpis, "Table")
    assert header[:4] == ["Table", "Category", "Technician / day", "Requests"]
    total = rows[0]
    assert total[0].value == "Total" and total[3].value == _sql(services, orders, start=start, end=end) == 7
    assert sum(r[3].value for r in rows if r[0].value == "Category") == 7
    assert [r[2].value for r in rows if r[0].value == "Day"] == [DAY.isoformat()]


def test_key_counts_and_deposited_keys_with_masked_collector_phones(
    services: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    estate = make_estate(services, staff, clock)
    present, missing = estate.add_key("K-701", "天台門"), estate.add_key("K-702", "B2水泵房")
    shift = services.shifts.start(staff.guard)
    guard = staff.guard.with_shift(shift.id)
    services.key_counts.record(guard, [present.id], note="@SUM(A1) 已通知班長")
    clock.advance(timedelta(hours=8))
    services.key_counts.record(guard, [present.id, missing.id])
    collectors = (CollectorFields("黃美玲", "61234567", "女兒"), CollectorFields("Maria Santos", "+852 9876 5432"))
    deposit = DepositFields(
        "D-12A", "A座 12A 寄存鑰匙", estate.unit.id, estate.owner.id, True, "=1+1 同意書 0012", "寄存櫃 1", collectors
    )
    services.key_deposits.deposit(staff.clerk, deposit)

    counts = tmp_path / "counts.xlsx"
    result = _export(services, staff, ExportKind.KEY_COUNTS, ExportFilter(), counts)
    assert result.rows == _sql(services, "SELECT count(*) FROM key_count") == 2
    header, rows = _sheet(counts, "Counted at")
    assert header[:3] == ["Counted at", "Desk", "Counted by"]
    first = rows[0]
    assert (first[3].value, first[4].value, first[5].value) == (2, 1, 1)
    assert first[7].value == "K-702 B2水泵房"
    _assert_text_cell(first[9], "@SUM(A1) 已通知班長")

    deposits = tmp_path / "deposits.xlsx"
    result = _export(services, staff, ExportKind.DEPOSITS, ExportFilter(), deposits)
    assert result.rows == _sql(services, "SELECT count(*) FROM key_deposit") == 1
    header, rows = _sheet(deposits, "Tag")
    assert header[:3] == ["Tag", "Key", "Depositor"]
    row = rows[0]
    assert (row[0].value, row[2].value) == ("D-12A", "陳大文")
    _assert_text_cell(row[5], "=1+1 同意書 0012")
    people = row[8].value
    assert "黃美玲" in people and "Maria Santos" in people and "***" in people
    assert "61234567" not in people and "1234567" not in people and "9876 5432" not in people
