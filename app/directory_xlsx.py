"""The site directory as an Excel sheet: one row per person (with their building and unit), plus
rows for units and buildings nobody is listed in. The same sheet is the template (empty), the
export (the directory now) and the import (all or nothing, bad rows reported by row number).

Headers read "label [key]" so a template in any language imports; the words come from
``DirectoryLabels`` filled by the UI or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import tzinfo
from pathlib import Path

from app.directory import DIRECTORY_COLUMNS, DirectoryLine, DirectoryService, ImportSummary
from app.exports.xlsx import XlsxColumn, write_xlsx
from app.imports import EMPTY_FILE, ImportRejected, RowProblem, header_label, open_workbook, read_sheet
from app.permissions import Actor

SHEET = "Directory"
REQUIRED_COLUMNS = ("building_code", "unit_code", "kind", "name")
WIDTHS = {"building_name": 12, "name": 16, "phone": 16, "notes": 30}


@dataclass(frozen=True, slots=True)
class DirectoryLabels:
    """Column titles (by key) and the help lines written above the header."""

    building_code: str = "Building code"
    building_name: str = "Building"
    unit_code: str = "Unit"
    floor: str = "Floor"
    kind: str = "Kind"
    name: str = "Name"
    phone: str = "Phone"
    role: str = "Role / job"
    company: str = "Company"
    notes: str = "Notes"
    active: str = "Active (1/0)"
    title: str = "Site directory"
    help_lines: tuple[str, ...] = (
        "Kind: resident, staff or contractor. Residents need a building code and a unit.",
        "Resident role: owner, tenant or family. One row per person; a row without a name adds a unit.",
    )


def _columns(labels: DirectoryLabels) -> list[XlsxColumn]:
    return [XlsxColumn(header_label(getattr(labels, key), key), width=WIDTHS.get(key, 10)) for key in DIRECTORY_COLUMNS]


def write_directory(
    directory: DirectoryService, path: Path, labels: DirectoryLabels, zone: tzinfo, *, template: bool = False
) -> int:
    """Write the directory (or, with ``template``, only the headers); returns the rows written."""
    columns = _columns(labels)
    lines = [] if template else directory.lines()
    rows = ([getattr(line, key) for key in DIRECTORY_COLUMNS] for line in lines)
    title = [labels.title, *labels.help_lines]
    return write_xlsx(path, SHEET, columns, rows, zone=zone, total=len(lines), title_lines=title)


def read_directory(path: Path) -> list[tuple[int, DirectoryLine]]:
    """The lines of a directory workbook, with their Excel row numbers (``ImportRejected`` if the
    file or its header is unusable)."""
    workbook = open_workbook(path)
    try:
        rows, problems = read_sheet(workbook, SHEET, DIRECTORY_COLUMNS, REQUIRED_COLUMNS)
    finally:
        workbook.close()
    if problems:
        raise ImportRejected(tuple(problems))
    names = {f.name for f in fields(DirectoryLine)}
    return [(number, DirectoryLine(**{k: str(v) for k, v in record.items() if k in names})) for number, record in rows]


def import_directory_file(
    directory: DirectoryService, actor: Actor, path: Path, *, accept_warnings: bool = False
) -> ImportSummary:
    lines = read_directory(path)
    if not lines:
        raise ImportRejected((RowProblem(SHEET, 0, "file", EMPTY_FILE),))
    return directory.import_lines(actor, lines, sheet=SHEET, accept_warnings=accept_warnings)
