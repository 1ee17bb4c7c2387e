"""Error sentences of the repairs area (listed in ``ui/error_words.AREA_TEXT_MODULES``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.attachments import ATTACHMENT_KIND, FILE_CHANGED, FILE_MISSING, AttachmentRule


def conflicts() -> dict[tuple[str, str], str]:
    return {
        ("work_order", "illegal_transition"): QCoreApplication.translate(
            "RepairTexts", "This cannot be done to a job in this state (perhaps changed at another desk). Refresh."
        ),
        (ATTACHMENT_KIND, FILE_MISSING): QCoreApplication.translate(
            "RepairTexts",
            "{name} is not in the data folder of this PC (restored without its attachments, or saved at another "
            "desk). It cannot be opened here.",
        ),
        (ATTACHMENT_KIND, FILE_CHANGED): QCoreApplication.translate(
            "RepairTexts",
            "{name} was changed on disk after it was attached, so it is not opened. Tell the supervisor.",
        ),
    }


def fields() -> dict[str, str]:
    return {
        "kind": QCoreApplication.translate("RepairTexts", "Type"),
        "category": QCoreApplication.translate("RepairTexts", "Category"),
        "priority": QCoreApplication.translate("RepairTexts", "Priority"),
        "channel": QCoreApplication.translate("RepairTexts", "Channel"),
        "description": QCoreApplication.translate("RepairTexts", "Description"),
        "reporter_name": QCoreApplication.translate("RepairTexts", "Reporter"),
        "reporter_phone": QCoreApplication.translate("RepairTexts", "Reporter's phone"),
        "unit": QCoreApplication.translate("RepairTexts", "Unit"),
        "location": QCoreApplication.translate("RepairTexts", "Location"),
        "attachments": QCoreApplication.translate("RepairTexts", "Attachments"),
        "assignee": QCoreApplication.translate("RepairTexts", "Technician or contractor"),
        "note": QCoreApplication.translate("RepairTexts", "Note"),
        "comment": QCoreApplication.translate("RepairTexts", "Comment"),
        "satisfaction": QCoreApplication.translate("RepairTexts", "Satisfaction"),
        "visit_attempts": QCoreApplication.translate("RepairTexts", "Return-visit calls"),
        "repairs.categories": QCoreApplication.translate("RepairTexts", "Repair categories"),
        "repairs.business_hours": QCoreApplication.translate("RepairTexts", "Business hours"),
        "attachments.max_mb": QCoreApplication.translate("RepairTexts", "Largest attachment (MB)"),
        "holidays": QCoreApplication.translate("RepairTexts", "Holidays"),
        "weekly": QCoreApplication.translate("RepairTexts", "Working days"),
        "repairs.visit_attempts": QCoreApplication.translate("RepairTexts", "Return-visit calls before closing"),
    }


def rules() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    return {
        AttachmentRule.TOO_LARGE: lambda p: QCoreApplication.translate(
            "RepairTexts", "{name} is {size} MB; files up to {max} MB can be attached."
        ).format(name=p.get("name", "?"), size=p.get("size_mb", "?"), max=p.get("max_mb", "?")),
        AttachmentRule.EMPTY: lambda p: QCoreApplication.translate(
            "RepairTexts", "{name} is empty (0 bytes): it was probably not copied completely. Choose it again."
        ).format(name=p.get("name", "?")),
        AttachmentRule.UNREADABLE: lambda p: QCoreApplication.translate(
            "RepairTexts", "{name} cannot be read (moved, deleted or not allowed). Choose it again."
        ).format(name=p.get("name", "?")),
        AttachmentRule.TOO_MANY: lambda p: QCoreApplication.translate(
            "RepairTexts", "At most {max} files can be attached."
        ).format(max=p.get("max", "?")),
        "response_after_resolution": lambda p: QCoreApplication.translate(
            "RepairTexts", "The response target cannot be longer than the fix target."
        ),
        "bad_interval": lambda p: QCoreApplication.translate(
            "RepairTexts", "The opening time must be before the closing time."
        ),
        "overlapping_intervals": lambda p: QCoreApplication.translate("RepairTexts", "The opening hours overlap."),
        "no_working_time": lambda p: QCoreApplication.translate("RepairTexts", "Choose at least one working day."),
        "holiday_conflict": lambda p: QCoreApplication.translate(
            "RepairTexts", "{date} is both a holiday and a working day."
        ).format(date=p.get("date", "?")),
        "unit_or_location": lambda p: QCoreApplication.translate(
            "RepairTexts", "Choose a unit, or type where it is in Location."
        ),
        "too_few_attempts": lambda p: QCoreApplication.translate(
            "RepairTexts", "Call at least {min} times first ({now} so far)."
        ).format(min=p.get("min", "?"), now=p.get("now", "?")),
    }
