"""Sentences for the visitor log's typed errors (listed in ``ui/error_words.AREA_TEXT_MODULES``), the
words of its Excel sheets, and the command line's messages (``ui/cli_text.AREA_MESSAGES``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # imported when used: error sentences must stay cheap to load
    from app.directory_xlsx import DirectoryLabels
    from app.visitors.watchlist_xlsx import WatchlistLabels

TextFn = Callable[[Mapping[str, Any]], str]


def conflicts() -> dict[tuple[str, str], str]:
    return {
        ("visit", "watchlist_hit"): QCoreApplication.translate(
            "VisitorTexts", "This visitor matches the watchlist: decide before checking in."
        ),
        ("visit", "decision_not_allowed"): QCoreApplication.translate(
            "VisitorTexts", "The watchlist says to deny entry: only a supervisor can let this visitor in."
        ),
        ("visit", "holds_items"): QCoreApplication.translate(
            "VisitorTexts", "The visitor still holds {count} item(s). Take them back or confirm the check-out."
        ),
        ("visit", "not_on_site"): QCoreApplication.translate(
            "VisitorTexts", "This visitor is no longer on site (perhaps checked out at another desk)."
        ),
        ("visit", "unknown_code"): QCoreApplication.translate(
            "VisitorTexts", "No visit matches the scanned code. Is it a slip of this site?"
        ),
        ("visit", "no_id_number"): QCoreApplication.translate(
            "VisitorTexts", "No ID number was recorded for this visit."
        ),
        ("visit", "no_change"): QCoreApplication.translate("VisitorTexts", "Nothing was changed."),
        ("expected_visit", "not_expected"): QCoreApplication.translate(
            "VisitorTexts", "This expected visitor has already arrived or was cancelled."
        ),
        ("watchlist", "already_lifted"): QCoreApplication.translate(
            "VisitorTexts", "This watchlist entry was already lifted."
        ),
    }


def fields() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("VisitorTexts", "Name"),
        "visitor_type": QCoreApplication.translate("VisitorTexts", "Visitor type"),
        "phone": QCoreApplication.translate("VisitorTexts", "Phone"),
        "company": QCoreApplication.translate("VisitorTexts", "Company"),
        "id_type": QCoreApplication.translate("VisitorTexts", "ID type"),
        "id_number": QCoreApplication.translate("VisitorTexts", "ID number"),
        "id_checked": QCoreApplication.translate("VisitorTexts", "ID check"),
        "unit": QCoreApplication.translate("VisitorTexts", "Unit"),
        "unit_id": QCoreApplication.translate("VisitorTexts", "Unit"),
        "resident": QCoreApplication.translate("VisitorTexts", "Resident"),
        "resident_id": QCoreApplication.translate("VisitorTexts", "Resident"),
        "purpose": QCoreApplication.translate("VisitorTexts", "Purpose"),
        "plate": QCoreApplication.translate("VisitorTexts", "Plate"),
        "companions": QCoreApplication.translate("VisitorTexts", "Companions"),
        "items": QCoreApplication.translate("VisitorTexts", "Items carried"),
        "pass_number": QCoreApplication.translate("VisitorTexts", "Pass number"),
        "expected_leave_at": QCoreApplication.translate("VisitorTexts", "Leave by"),
        "checked_out_at": QCoreApplication.translate("VisitorTexts", "Time left"),
        "notes": QCoreApplication.translate("VisitorTexts", "Notes"),
        "aliases": QCoreApplication.translate("VisitorTexts", "Other names"),
        "action": QCoreApplication.translate("VisitorTexts", "Action"),
        "expires_on": QCoreApplication.translate("VisitorTexts", "Until"),
        "expected_on": QCoreApplication.translate("VisitorTexts", "Expected on"),
        "justification": QCoreApplication.translate("VisitorTexts", "Justification"),
        "id_policy": QCoreApplication.translate("VisitorTexts", "ID policy"),
        "visitors.types": QCoreApplication.translate("VisitorTexts", "Visitor types"),
        "visitors.id_policy": QCoreApplication.translate("VisitorTexts", "ID policy"),
        "visitors.slip_paper": QCoreApplication.translate("VisitorTexts", "Slip paper"),
        "visitors.slip_at_check_in": QCoreApplication.translate("VisitorTexts", "Print a slip at check-in"),
        "type_label": QCoreApplication.translate("VisitorTexts", "Type name"),
        "type_minutes": QCoreApplication.translate("VisitorTexts", "Usual stay (minutes)"),
        "building_code": QCoreApplication.translate("VisitorTexts", "Building code"),
        "building_name": QCoreApplication.translate("VisitorTexts", "Building"),
        "unit_code": QCoreApplication.translate("VisitorTexts", "Unit code"),
        "floor": QCoreApplication.translate("VisitorTexts", "Floor"),
        "kind": QCoreApplication.translate("VisitorTexts", "Kind"),
        "active": QCoreApplication.translate("VisitorTexts", "Active"),
        "file": QCoreApplication.translate("VisitorTexts", "File"),
        "sheet": QCoreApplication.translate("VisitorTexts", "Sheet"),
        "search": QCoreApplication.translate("VisitorTexts", "Search"),
        "on_site": QCoreApplication.translate("VisitorTexts", "Already on site"),
    }


def rules() -> dict[str, TextFn]:
    return {
        "not_allowed": lambda p: QCoreApplication.translate(
            "VisitorTexts", "This site does not record ID numbers (see the ID policy)."
        ),
        "one_key_required": lambda p: QCoreApplication.translate(
            "VisitorTexts", "Give at least a name, a phone, an ID number or a plate."
        ),
        "not_amendable": lambda p: QCoreApplication.translate("VisitorTexts", "This cannot be amended."),
        "missing_column": lambda p: QCoreApplication.translate(
            "VisitorTexts", "This column is missing from the sheet."
        ),
        "missing_sheet": lambda p: QCoreApplication.translate("VisitorTexts", "The sheet is missing from the file."),
        "not_xlsx": lambda p: QCoreApplication.translate("VisitorTexts", "This is not an Excel (.xlsx) workbook."),
        "too_many_rows": lambda p: QCoreApplication.translate(
            "VisitorTexts", "Too many rows: at most {max} in one file."
        ).format(max=p.get("max", "?")),
        "empty": lambda p: QCoreApplication.translate("VisitorTexts", "The sheet has no rows to import."),
        "conflict": lambda p: QCoreApplication.translate(
            "VisitorTexts", "Differs from another row with the same code."
        ),
        "builtin_missing": lambda p: QCoreApplication.translate(
            "VisitorTexts", "Built-in visitor types cannot be removed; switch them off instead."
        ),
        "none_active": lambda p: QCoreApplication.translate("VisitorTexts", "At least one visitor type must stay on."),
        "already_on_site": lambda p: QCoreApplication.translate(
            "VisitorTexts", "Already on site: checked in at {time} (slip {code}) and not checked out."
        ).format(time=p.get("time", "?"), code=p.get("code", "?")),
    }


def directory_labels() -> DirectoryLabels:
    from app.directory_xlsx import DirectoryLabels

    return DirectoryLabels(
        building_code=QCoreApplication.translate("VisitorTexts", "Building code"),
        building_name=QCoreApplication.translate("VisitorTexts", "Building"),
        unit_code=QCoreApplication.translate("VisitorTexts", "Unit code"),
        floor=QCoreApplication.translate("VisitorTexts", "Floor"),
        kind=QCoreApplication.translate("VisitorTexts", "Kind"),
        name=QCoreApplication.translate("VisitorTexts", "Name"),
        phone=QCoreApplication.translate("VisitorTexts", "Phone"),
        role=QCoreApplication.translate("VisitorTexts", "Role / job"),
        company=QCoreApplication.translate("VisitorTexts", "Company"),
        notes=QCoreApplication.translate("VisitorTexts", "Notes"),
        active=QCoreApplication.translate("VisitorTexts", "Active (1/0)"),
        title=QCoreApplication.translate("VisitorTexts", "Site directory"),
        help_lines=(
            QCoreApplication.translate(
                "VisitorTexts",
                "Kind: resident, staff or contractor. Residents need a building code and a unit code.",
            ),
            QCoreApplication.translate(
                "VisitorTexts",
                "Resident role: owner, tenant or family. One row per person; a row without a name adds a unit.",
            ),
        ),
    )


def watchlist_labels() -> WatchlistLabels:
    from app.visitors.watchlist_xlsx import WatchlistLabels

    return WatchlistLabels(
        name=QCoreApplication.translate("VisitorTexts", "Name"),
        aliases=QCoreApplication.translate("VisitorTexts", "Other names"),
        phone=QCoreApplication.translate("VisitorTexts", "Phone"),
        id_type=QCoreApplication.translate("VisitorTexts", "ID type"),
        id_number=QCoreApplication.translate("VisitorTexts", "ID number"),
        plate=QCoreApplication.translate("VisitorTexts", "Plate"),
        reason=QCoreApplication.translate("VisitorTexts", "Reason"),
        action=QCoreApplication.translate("VisitorTexts", "Action"),
        expires_on=QCoreApplication.translate("VisitorTexts", "Until (date)"),
        title=QCoreApplication.translate("VisitorTexts", "Watchlist"),
        help_lines=(
            QCoreApplication.translate(
                "VisitorTexts",
                "Action: deny, call_first or alert_only. ID type: mainland_id, hk_id, macau_id, taiwan_id, "
                "home_return_permit, taiwan_compatriot_permit, passport, other.",
            ),
        ),
    )


def cli_messages() -> dict[str, str]:
    """Messages of ``gatehouse directory …`` and ``gatehouse watchlist …``."""
    directory, watchlist = directory_labels(), watchlist_labels()
    messages = {
        "import.problem": QCoreApplication.translate("VisitorTexts", "Row {row}: {text}"),
        "import.rejected": QCoreApplication.translate(
            "VisitorTexts", "Nothing was imported: {count} problem(s), rows {rows}."
        ),
        "directory.imported": QCoreApplication.translate(
            "VisitorTexts",
            "Directory imported: added {buildings_added} buildings, {units_added} units, {people_added} people; "
            "updated {buildings_updated} buildings, {units_updated} units, {people_updated} people.",
        ),
        "watchlist.imported": QCoreApplication.translate("VisitorTexts", "{count} watchlist entries imported."),
        "export.done": QCoreApplication.translate("VisitorTexts", "{count} rows written to {path}."),
        "template.done": QCoreApplication.translate("VisitorTexts", "Template written to {path}."),
        "directory.sheet_title": directory.title,
        "directory.help_kinds": directory.help_lines[0],
        "directory.help_rows": directory.help_lines[1],
        "watchlist.sheet_title": watchlist.title,
        "watchlist.help_values": watchlist.help_lines[0],
    }
    from app.directory import DIRECTORY_COLUMNS
    from app.visitors.watchlist_xlsx import COLUMNS

    messages.update({f"directory.column.{key}": getattr(directory, key) for key in DIRECTORY_COLUMNS})
    messages.update({f"watchlist.column.{key}": getattr(watchlist, key) for key in COLUMNS})
    return messages
