"""The watchlist as an Excel sheet: template and import (``gatehouse watchlist import F.xlsx``).

All or nothing: every bad row is reported with its row number. ID numbers in the file are encrypted
on import like those typed at the desk; the file itself is the supervisor's to keep safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from app.exports.xlsx import CellKind, XlsxColumn, write_xlsx
from app.imports import EMPTY_FILE, ImportRejected, RowProblem, header_label, open_workbook, read_sheet
from app.permissions import Actor
from app.visitors.watchlist import WatchlistFields, WatchlistService

SHEET = "Watchlist"
COLUMNS = ("name", "aliases", "phone", "id_type", "id_number", "plate", "reason", "action", "expires_on")
REQUIRED = ("name", "reason", "action")
BAD_DATE = "bad_date"


@dataclass(frozen=True, slots=True)
class WatchlistLabels:
    name: str = "Name"
    aliases: str = "Other names"
    phone: str = "Phone"
    id_type: str = "ID type"
    id_number: str = "ID number"
    plate: str = "Plate"
    reason: str = "Reason"
    action: str = "Action"
    expires_on: str = "Until (date)"
    title: str = "Watchlist"
    help_lines: tuple[str, ...] = (
        "Action: deny, call_first or alert_only. ID type: mainland_id, hk_id, macau_id, taiwan_id, "
        "home_return_permit, taiwan_compatriot_permit, passport, other.",
    )


def write_template(path: Path, labels: WatchlistLabels, zone: tzinfo) -> int:
    columns = [
        XlsxColumn(header_label(getattr(labels, key), key), CellKind.DATE if key == "expires_on" else CellKind.TEXT)
        for key in COLUMNS
    ]
    return write_xlsx(path, SHEET, columns, [], zone=zone, title_lines=[labels.title, *labels.help_lines])


def _date(value: Any) -> date | None:
    if isinstance(value, date) or value in ("", None):
        return value or None
    return date.fromisoformat(str(value).strip())


def read_watchlist(path: Path) -> tuple[list[tuple[int, WatchlistFields]], list[RowProblem]]:
    """The rows of a watchlist workbook and the problems found in reading them (unreadable dates)."""
    workbook = open_workbook(path)
    try:
        rows, problems = read_sheet(workbook, SHEET, COLUMNS, REQUIRED)
    finally:
        workbook.close()
    if problems:
        raise ImportRejected(tuple(problems))
    out: list[tuple[int, WatchlistFields]] = []
    for number, record in rows:
        try:
            expires = _date(record.get("expires_on", ""))
        except ValueError:
            problems.append(RowProblem(SHEET, number, "expires_on", BAD_DATE))
            expires = None
        text = {key: str(record.get(key, "")) for key in COLUMNS if key != "expires_on"}
        out.append((number, WatchlistFields(**text, expires_on=expires)))
    if not out:
        raise ImportRejected((RowProblem(SHEET, 0, "file", EMPTY_FILE),))
    return out, problems


def import_watchlist_file(
    watchlist: WatchlistService, actor: Actor, path: Path, *, accept_warnings: bool = False
) -> int:
    """Import every row or none; all problems (reading and checking) are reported together."""
    rows, problems = read_watchlist(path)
    if not problems:
        return watchlist.import_entries(actor, rows, sheet=SHEET, accept_warnings=accept_warnings)
    try:
        watchlist.import_entries(actor, rows, sheet=SHEET, accept_warnings=accept_warnings, check_only=True)
    except ImportRejected as rejected:
        problems.extend(rejected.problems)
    raise ImportRejected(tuple(sorted(problems, key=lambda p: p.row)))
