"""Error sentences of the reports area (listed in ``ui/error_words.AREA_TEXT_MODULES``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.reports.service import RULE_FUTURE


def fields() -> dict[str, str]:
    return {
        "day": QCoreApplication.translate("ReportTexts", "Date"),
        "month": QCoreApplication.translate("ReportTexts", "Month"),
        "export_range": QCoreApplication.translate("ReportTexts", "Period"),
    }


def rules() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    return {
        RULE_FUTURE: lambda p: QCoreApplication.translate(
            "ReportTexts", "That is still in the future: there is nothing to report yet."
        ),
        "range_reversed": lambda p: QCoreApplication.translate("ReportTexts", "The end is before the start."),
    }
