"""The inventory and the loans to Excel, and the inventory back: all rows or none, errors by row."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import PermissionDenied, StorageError, StorageProblem, ValidationError
from app.keys.rows import KeyEventKind, KeyQuery, OpensKind
from app.keys.transfer import ImportRejected, TransferWords
from tests.app.keys.conftest import Estate

WORDS = TransferWords(
    classes={"management": "管理鑰匙", "deposited": "業主寄存", "emergency": "緊急鑰匙"},
    opens_kinds={"plant_room": "機房", "unit": "單位", "gate": "閘門", "vehicle": "車輛", "other": "其他"},
    statuses={"in": "在櫃", "out": "借出", "overdue": "逾期"},
    yes="是",
    no="否",
)


def test_the_inventory_goes_to_excel_with_status_and_borrower(estate: Estate, tmp_path: Path) -> None:
    pump = estate.add_key("K-001", "=B2 水泵房", position="甲-1")  # a label that looks like a formula
    estate.add_key("K-002", "A座 12A", opens_kind=OpensKind.UNIT, unit_id=estate.unit.id)
    estate.keys.issue(estate.staff.guard, pump.id, estate.staff_borrower())
    path = tmp_path / "keys.xlsx"
    assert estate.services.key_transfer.export_inventory(path, KeyQuery(), WORDS) == 2
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0][:3] == ["K-001", "=B2 水泵房", "機房"] and rows[0][11:13] == ["借出", "何家樂"]
    assert sheet["B2"].data_type == "s"  # text, never a formula
    assert rows[1][4:6] == ["A座 12A", "管理鑰匙"] and rows[1][11] == "在櫃"


def test_loans_of_a_date_range_go_to_excel(estate: Estate, tmp_path: Path) -> None:
    key = estate.add_key("K-010", "天台門")
    loan = estate.keys.issue(estate.staff.guard, key.id, estate.contractor_borrower_authorised())
    estate.clock.advance(timedelta(hours=5))
    estate.keys.return_key(estate.staff.guard, loan.id)
    start = estate.clock.now() - timedelta(days=1)
    path = tmp_path / "loans.xlsx"
    assert estate.services.key_transfer.export_loans(path, start, estate.clock.now() + timedelta(hours=1), WORDS) == 1
    row = [c.value for c in next(load_workbook(path).active.iter_rows(min_row=2))]
    assert row[:3] == ["K-010", "天台門", "李師傅"] and row[14] == 60  # four hours allowed, five taken
    assert row[6].hour == 9  # local time, a real Excel date


def _write(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["編號", "鑰匙", "開啟類別", "開啟", "單位", "類別", "位置", "數量", "鑰匙串", "所在鑰匙串", "備註"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_exported_and_edited_inventory_comes_back_in(estate: Estate, tmp_path: Path) -> None:
    estate.add_key("K-001", "水泵房")
    path = tmp_path / "keys.xlsx"
    estate.services.key_transfer.export_inventory(path, KeyQuery(), WORDS)
    book = load_workbook(path)
    sheet = book.active
    sheet["B2"] = "B2 水泵房"
    sheet.append(["R-1", "機房鑰匙串", "機房", "", "", "管理鑰匙", "甲-9", 1, "是", "", ""])
    sheet.append(["K-003", "發電機房", "機房", "", "", "緊急鑰匙", "甲-9", 1.0, "", "r-1", "後備"])
    sheet.append(["K-004", "A座 12A 後門", "單位", "", "A12A", "管理鑰匙", "", 2, "", "", ""])
    book.save(path)
    result = estate.services.key_transfer.import_inventory(estate.staff.supervisor, path, WORDS)
    assert (result.added, result.amended, result.unchanged) == (3, 1, 0)
    keys = {k.tag: k for k in estate.keys.find_keys(KeyQuery())}
    assert keys["K-001"].label == "B2 水泵房" and keys["K-003"].ring is not None
    assert keys["K-003"].key_class == "emergency" and keys["R-1"].members[0].tag == "K-003"
    assert keys["K-004"].unit_label == "A座 12A" and keys["K-004"].copies == 2
    kinds = [h.kind for h in estate.keys.history(keys["K-001"].id)]
    assert KeyEventKind.AMENDED in kinds


def test_a_file_with_bad_rows_is_rejected_whole_with_row_numbers(estate: Estate, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bad.xlsx",
        [
            ["K-1", "好的鑰匙", "機房", "", "", "管理鑰匙", "", 1, "", "", ""],
            ["", "沒有編號", "機房", "", "", "管理鑰匙", "", 1, "", "", ""],
            ["K-3", "類別錯", "機房", "", "", "秘密", "", "兩把", "", "", ""],
            ["k-1", "重複", "機房", "", "", "管理鑰匙", "", 1, "", "", ""],
            ["K-5", "單位不存在", "單位", "", "Z99", "管理鑰匙", "", 1, "", "", ""],
            ["K-6", "掛在不存在的串", "機房", "", "", "管理鑰匙", "", 1, "", "R-404", ""],
        ],
    )
    with pytest.raises(ImportRejected) as raised:
        estate.services.key_transfer.import_inventory(estate.staff.supervisor, path, WORDS)
    problems = [(p.row, p.error.field, p.error.rule) for p in raised.value.problems]
    assert problems == [
        (3, "tag", "required"),
        (4, "copies", "not_a_number"),
        (4, "key_class", "choice"),
        (5, "tag", "duplicate"),
        (6, "unit", "not_found"),
        (7, "on_ring", "unknown_ring"),
    ]
    assert estate.keys.count_keys() == 0  # not even the good first row


def test_what_is_not_an_inventory_is_refused(estate: Estate, tmp_path: Path) -> None:
    text = tmp_path / "keys.xlsx"
    text.write_text("tag,label\nK-1,門\n", encoding="utf-8")
    empty = _write(tmp_path / "empty.xlsx", [])
    for path, rule in ((text, "not_a_spreadsheet"), (empty, "no_rows")):
        with pytest.raises(ValidationError) as raised:
            estate.services.key_transfer.import_inventory(estate.staff.supervisor, path, WORDS)
        assert (raised.value.field, raised.value.rule) == ("file", rule)
    with pytest.raises(StorageError) as missing:
        estate.services.key_transfer.import_inventory(estate.staff.supervisor, tmp_path / "gone.xlsx", WORDS)
    assert missing.value.problem is StorageProblem.MISSING
    with pytest.raises(PermissionDenied):
        estate.services.key_transfer.import_inventory(estate.staff.guard, empty, WORDS)
