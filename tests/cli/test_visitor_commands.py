"""``gatehouse directory import|export|template`` and ``gatehouse watchlist import|template``."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Runner, demo_admin


def _fill(path: Path, sheet: str, rows: list[list[object]]) -> None:
    workbook = load_workbook(path)
    for row in rows:
        workbook[sheet].append(row)
    workbook.save(path)


def test_directory_template_import_and_export(initialised: Runner, password_file: Path, tmp_path: Path) -> None:
    template = tmp_path / "directory.xlsx"
    made = initialised("directory", "template", str(template), lang="zh_TW")
    assert made.code == 0, made.err
    header = [c.value for c in load_workbook(template)["Directory"][4]]
    assert header[0] == "樓宇編號 [building_code]"
    _fill(
        template,
        "Directory",
        [
            ["A", "A座", "12A", "12", "resident", "黃美玲", "98765432", "owner", "", "", ""],
            ["A", "A座", "12B", "12", "", "", "", "", "", "", ""],
        ],
    )
    login = ("--user", "admin", "--password-file", str(password_file))
    imported = initialised("directory", "import", str(template), *login)
    assert imported.code == 0, imported.err
    assert "added 1 buildings, 2 units, 1 people" in imported.out
    exported = tmp_path / "export.xlsx"
    result = initialised("directory", "export", str(exported), *login)
    assert result.code == 0 and "2 rows written" in result.out
    values = [[c.value for c in row] for row in load_workbook(exported)["Directory"].iter_rows(min_row=5)]
    assert [v[:6] for v in values] == [
        ["A", "A座", "12A", "12", "resident", "黃美玲"],
        ["A", "A座", "12B", "12", None, None],
    ]


def test_a_bad_directory_file_names_its_rows_and_imports_nothing(
    initialised: Runner, password_file: Path, tmp_path: Path
) -> None:
    template = tmp_path / "directory.xlsx"
    initialised("directory", "template", str(template))
    _fill(
        template,
        "Directory",
        [
            ["A", "A座", "12A", "12", "resident", "黃美玲", "98765432", "owner", "", "", ""],
            ["", "", "12B", "", "resident", "", "12", "", "", "", ""],
        ],
    )
    result = initialised("directory", "import", str(template), "--user", "admin", "--password-file", str(password_file))
    assert result.code == 1
    assert result.err.strip() == "Nothing was imported: 3 problem(s), rows 6."
    assert "Row 6: Name: Required." in result.out
    assert "Row 6: Building code: Required." in result.out
    assert "Row 6: Phone: Please check: The format is not valid." in result.out
    exported = tmp_path / "after.xlsx"
    assert (
        "0 rows written"
        in initialised(
            "directory", "export", str(exported), "--user", "admin", "--password-file", str(password_file)
        ).out
    )


def test_an_import_needs_the_operators_password(initialised: Runner, tmp_path: Path) -> None:
    template = tmp_path / "directory.xlsx"
    initialised("directory", "template", str(template))
    wrong = tmp_path / "wrong.pw"
    wrong.write_text("nope-nope-1\n", encoding="utf-8")
    result = initialised("directory", "import", str(template), "--user", "admin", "--password-file", str(wrong))
    assert result.code == 1
    assert result.err.strip() == "User name, password or PIN is wrong."


def test_watchlist_import(initialised: Runner, password_file: Path, tmp_path: Path) -> None:
    template = tmp_path / "watchlist.xlsx"
    assert initialised("watchlist", "template", str(template)).code == 0
    _fill(template, "Watchlist", [["王五", "王老五", "91234567", "", "", "", "滋擾住戶", "deny", "2099-12-31"]])
    result = initialised("watchlist", "import", str(template), "--user", "admin", "--password-file", str(password_file))
    assert result.code == 0, result.err
    assert result.out.strip() == "1 watchlist entries imported."
    _fill(template, "Watchlist", [["", "", "", "", "", "", "", "ban", "someday"]])
    again = initialised("watchlist", "import", str(template), "--user", "admin", "--password-file", str(password_file))
    assert again.code == 1
    assert again.err.strip() == "Nothing was imported: 4 problem(s), rows 5."
    assert "Row 5: Until: The date in it is not a real date." in again.out
    assert "Row 5: Action: Choose one of the listed values." in again.out
    assert "Row 5: Reason: Required." in again.out


@pytest.mark.slow  # a demo site or a real process: several seconds
def test_visits_are_exported_with_the_shared_export_command(initialised: Runner, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    made = initialised("demo", "--visits", "300", "--days", "3", "--until", "2026-03-02", data=demo)
    assert made.code == 0, made.err
    out = tmp_path / "visits.xlsx"
    args = ("export", "xlsx", "--what", "visits", "--from", "2026-03-01", "--to", "2026-03-02", "--out", str(out))
    args += demo_admin(made.out, tmp_path)
    done = initialised(*args, data=demo)
    assert done.code == 0, done.err
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(n for n, row in enumerate(rows) if row and row[0] == "No.")
    data = [row for row in rows[header + 1 :] if row[0]]
    assert len(data) > 50
    phone_column = rows[header].index("Phone (masked)")
    assert all(not value or "*" in value for value in (row[phone_column] for row in data))
