"""Importing lists from Excel: all or nothing, every bad row reported with its sheet and row number.

``read_sheet`` turns a worksheet into ``(row number, {column key: value})`` pairs. A column is
recognised by its header cell: the key itself (``phone``) or any label ending with the key in
brackets (``電話 [phone]``), which is how our templates write them, so a translated template still
imports. Services check every row first and raise ``ImportRejected`` with all the problems found;
only a clean file is written, in one transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.errors import GatehouseError, StorageError, StorageProblem, ValidationError, ValidationErrors

MAX_ROWS = 100_000
MISSING_COLUMN = "missing_column"
MISSING_SHEET = "missing_sheet"
NOT_XLSX = "not_xlsx"
TOO_MANY_ROWS = "too_many_rows"
EMPTY_FILE = "empty"
# A formula cell the file keeps no computed value for (a workbook written by a script, never opened in
# Excel): reading it would silently give an empty cell, so the row is refused naming the cell.
FORMULA_WITHOUT_VALUE = "formula_without_value"
FORMULAS_ATTRIBUTE = "gatehouse_formulas_without_value"


@dataclass(frozen=True, slots=True)
class RowProblem:
    sheet: str
    row: int  # as Excel numbers it (the header is row 1); 0 for the file as a whole
    field: str
    rule: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    warning: bool = False  # a format check only: importing with "accept warnings" saves it

    def as_error(self) -> ValidationError:
        """The problem as the field error it came from (for the usual error sentences)."""
        return ValidationError(self.field, self.rule, dict(self.params), self.warning)


@dataclass(eq=False)
class ImportRejected(GatehouseError):
    """Nothing was imported; ``problems`` says where and why."""

    problems: tuple[RowProblem, ...]

    def __post_init__(self) -> None:
        super().__init__(f"import rejected: {len(self.problems)} problems")


def problems_of(error: GatehouseError, sheet: str, row: int) -> list[RowProblem]:
    """A service's typed error about one row as row problems (other errors are not row problems)."""
    if isinstance(error, ValidationErrors):
        return [RowProblem(sheet, row, e.field, e.rule, dict(e.params), e.warning) for e in error.errors]
    if isinstance(error, ValidationError):
        return [RowProblem(sheet, row, error.field, error.rule, dict(error.params), error.warning)]
    raise error


def header_key(cell: Any, keys: Sequence[str]) -> str | None:
    text = str(cell or "").strip()
    for key in keys:
        if text == key or text.endswith(f"[{key}]"):
            return key
    return None


def header_label(label: str, key: str) -> str:
    return f"{label} [{key}]"


def cell_text(value: Any) -> Any:
    """Cell values as the services expect them: text stripped, whole numbers without ``.0``, dates."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    if not path.exists():
        raise StorageError(StorageProblem.MISSING, where=str(path))
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        setattr(workbook, FORMULAS_ATTRIBUTE, _formulas_without_value(path))  # read by read_sheet
        return workbook
    except OSError as error:
        raise StorageError(StorageProblem.IO, where=str(path)) from error
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportRejected((RowProblem("", 0, "file", NOT_XLSX),)) from error


def _formulas_without_value(path: Path) -> dict[str, set[tuple[int, int]]]:
    """Per sheet, the (row, column index) of formula cells with no saved value. The second reading of
    the file happens only when one of its sheets holds a formula at all."""
    import zipfile

    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as archive:
        has_formula = any(
            b"<f>" in archive.read(name) or b"<f " in archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        )
    if not has_formula:
        return {}
    found: dict[str, set[tuple[int, int]]] = {}
    formulas = load_workbook(path, read_only=True, data_only=False)
    values = load_workbook(path, read_only=True, data_only=True)
    try:
        for name in formulas.sheetnames:
            pairs = zip(
                formulas[name].iter_rows(values_only=True), values[name].iter_rows(values_only=True), strict=False
            )
            for number, (written, saved) in enumerate(pairs, start=1):
                for index, cell in enumerate(written):
                    if isinstance(cell, str) and cell.startswith("=") and (index >= len(saved) or saved[index] is None):
                        found.setdefault(name, set()).add((number, index))
    finally:
        formulas.close()
        values.close()
    return found


def cell_name(row: int, index: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(index + 1)}{row}"


HEADER_SEARCH_ROWS = 10  # title lines may sit above the header (exports write site and filter there)


def read_sheet(
    workbook: Any, sheet: str, keys: Sequence[str], required: Sequence[str]
) -> tuple[list[tuple[int, dict[str, Any]]], list[RowProblem]]:
    """The data rows of ``sheet`` keyed by column key; blank rows are skipped.

    The header is the first of the top rows that names every required column.
    """
    if sheet not in workbook.sheetnames:
        return [], [RowProblem(sheet, 0, "sheet", MISSING_SHEET)]
    rows = workbook[sheet].iter_rows(values_only=True)
    columns: dict[int, str] = {}
    best: tuple[int, dict[int, str]] = (1, {})
    header_at = 0
    for number, values in enumerate(rows, start=1):
        found = {index: key for index, cell in enumerate(values) if (key := header_key(cell, keys)) is not None}
        if all(key in found.values() for key in required):
            columns, header_at = found, number
            break
        if len(found) > len(best[1]):
            best = (number, found)
        if number >= HEADER_SEARCH_ROWS:
            break
    if not header_at:
        row, found = best
        return [], [RowProblem(sheet, row, key, MISSING_COLUMN) for key in required if key not in found.values()]
    out: list[tuple[int, dict[str, Any]]] = []
    uncached = getattr(workbook, FORMULAS_ATTRIBUTE, {}).get(sheet, set())
    problems: list[RowProblem] = []
    for number, values in enumerate(rows, start=header_at + 1):
        for index, key in columns.items():
            if (number, index) in uncached:
                problems.append(
                    RowProblem(sheet, number, key, FORMULA_WITHOUT_VALUE, {"cell": cell_name(number, index)})
                )
        record = {key: cell_text(values[i]) if i < len(values) else "" for i, key in columns.items()}
        if not any(value not in ("", None) for value in record.values()):
            continue
        if len(out) >= MAX_ROWS:
            return [], [RowProblem(sheet, number, "file", TOO_MANY_ROWS, {"max": MAX_ROWS})]
        out.append((number, record))
    return (out, []) if not problems else ([], problems)
