"""The site directory in Excel: template, export, import (all or nothing, bad rows by row number)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.bootstrap import Services
from app.directory import DirectoryLine, ImportSummary, PersonFields, PersonKind, ResidentRole
from app.directory_xlsx import SHEET, DirectoryLabels, import_directory_file, read_directory, write_directory
from app.errors import PermissionDenied, Rule
from app.imports import MISSING_COLUMN, NOT_XLSX, ImportRejected
from tests.conftest import Staff

ZH = DirectoryLabels(building_code="樓宇編號", building_name="樓宇", unit_code="單位", name="姓名", kind="類別")


def _fill(path: Path, rows: list[list[object]]) -> None:
    """Type rows under the template's header, as a clerk would in Excel."""
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def test_a_filled_template_imports_buildings_units_and_people(services: Services, staff: Staff, tmp_path: Path) -> None:
    template = tmp_path / "directory.xlsx"
    write_directory(services.directory, template, ZH, services.zone, template=True)
    header = [c.value for c in next(load_workbook(template)[SHEET].iter_rows(min_row=4, max_row=4))]
    assert header[:3] == ["樓宇編號 [building_code]", "樓宇 [building_name]", "單位 [unit_code]"]
    _fill(
        template,
        [
            ["a", "A座", "12a", "12", "resident", "黃美玲", "9876 5432", "owner", "", "", ""],
            ["A", "", "12B", "12", "", "", "", "", "", "", ""],
            ["B", "B座", "", "", "", "", "", "", "", "", ""],
            ["", "", "", "", "contractor", "李師傅", "61234567", "水電", "順達水電", "", "1"],
            ["", "", "", "", "staff", "何家樂", "", "保安", "", "", "0"],
        ],
    )
    summary = import_directory_file(services.directory, staff.clerk, template)
    assert summary == ImportSummary(buildings_added=2, units_added=2, people_added=3)
    assert [u.label for u in services.directory.find_units("a12")] == ["A座 12A", "A座 12B"]
    [owner] = services.directory.people(text="黃美玲")
    assert (owner.unit_label, owner.phone, owner.role) == ("A座 12A", "+85298765432", ResidentRole.OWNER)
    assert [p.name for p in services.directory.people(kinds=[PersonKind.STAFF], include_inactive=True)] == ["何家樂"]
    assert not services.directory.people(kinds=[PersonKind.STAFF], include_inactive=True)[0].active


def test_an_export_imports_back_without_changes(services: Services, staff: Staff, tmp_path: Path) -> None:
    building = services.directory.add_building(staff.clerk, "A", "A座")
    unit = services.directory.add_unit(staff.clerk, building.id, "12A", "12")
    services.directory.add_unit(staff.clerk, building.id, "12B", "12")
    services.directory.add_building(staff.clerk, "C", "會所")
    services.directory.add_person(
        staff.clerk, PersonFields(PersonKind.RESIDENT, "黃美玲", "98765432", unit.id, ResidentRole.OWNER, notes="=1+1")
    )
    path = tmp_path / "export.xlsx"
    assert write_directory(services.directory, path, DirectoryLabels(), services.zone) == 3
    lines = [line for _n, line in read_directory(path)]
    assert lines == [
        DirectoryLine("A", "A座", "12A", "12", "resident", "黃美玲", "+85298765432", "owner", "", "=1+1", "1"),
        DirectoryLine("A", "A座", "12B", "12"),
        DirectoryLine("C", "會所"),
    ]
    notes = next(c for c in load_workbook(path)[SHEET]["J"] if c.value == "=1+1")
    assert notes.data_type == "s" and notes.quotePrefix  # text, never a formula
    assert import_directory_file(services.directory, staff.clerk, path) == ImportSummary()


def test_bad_rows_are_reported_by_number_and_nothing_is_imported(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    path = tmp_path / "bad.xlsx"
    write_directory(services.directory, path, DirectoryLabels(), services.zone, template=True)
    _fill(
        path,
        [
            ["A", "A座", "1A", "", "resident", "黃美玲", "", "owner", "", "", ""],
            ["", "", "2A", "", "", "", "", "", "", "", ""],  # row 6: a unit without a building
            ["A", "A座", "", "", "resident", "陳大文", "123", "landlord", "", "", ""],  # row 7
            ["A", "另一座", "", "", "", "", "", "", "", "", "maybe"],  # row 8
            ["", "", "", "", "alien", "X\u200bY", "", "", "", "", ""],  # row 9
            ["", "", "", "", "staff", "何家樂", "9" * 30, "", "", "", ""],  # row 10: no phone is that long
        ],
    )
    with pytest.raises(ImportRejected) as raised:
        import_directory_file(services.directory, staff.clerk, path)
    assert {(p.row, p.field, p.rule) for p in raised.value.problems} == {
        (6, "building_code", Rule.REQUIRED),
        (7, "unit", Rule.REQUIRED),
        (7, "phone", Rule.BAD_FORMAT),
        (7, "role", Rule.CHOICE),
        (8, "building_name", "conflict"),
        (8, "active", Rule.CHOICE),
        (9, "kind", Rule.CHOICE),
        (10, "phone", Rule.TOO_LONG),
    }
    assert services.directory.buildings() == []
    assert services.directory.people(include_inactive=True) == []


def test_a_file_that_is_not_a_directory_is_refused(services: Services, staff: Staff, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(ImportRejected) as raised:
        import_directory_file(services.directory, staff.clerk, junk)
    assert [p.rule for p in raised.value.problems] == [NOT_XLSX]
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = SHEET  # type: ignore[union-attr]
    workbook.active.append(["building_code", "name"])  # type: ignore[union-attr]
    workbook.save(other)
    with pytest.raises(ImportRejected) as missing:
        import_directory_file(services.directory, staff.clerk, other)
    assert {(p.field, p.rule) for p in missing.value.problems} == {
        ("unit_code", MISSING_COLUMN),
        ("kind", MISSING_COLUMN),
    }


def test_guards_may_not_import(services: Services, staff: Staff, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        services.directory.import_lines(staff.guard, [(2, DirectoryLine("A", "A座"))])


def test_a_formula_cell_without_a_saved_value_is_refused_naming_the_cell(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    """A workbook written by a script keeps formulas without their values: read as empty, the row would
    lose its phone without a word."""
    from app.imports import FORMULA_WITHOUT_VALUE

    template = tmp_path / "directory.xlsx"
    write_directory(services.directory, template, ZH, services.zone, template=True)
    _fill(
        template,
        [
            ["A", "A座", "12A", "12", "resident", "黃美玲", "9876 5432", "owner", "", "", ""],
            ["A", "A座", "12B", "12", "resident", "陳大文", '=CONCAT("9876", " 0000")', "owner", "", "", ""],
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_directory_file(services.directory, staff.clerk, template)
    (problem,) = caught.value.problems
    assert (problem.row, problem.field, problem.rule) == (6, "phone", FORMULA_WITHOUT_VALUE)
    assert problem.params["cell"] == "G6"
    assert services.directory.lines() == []  # nothing imported
