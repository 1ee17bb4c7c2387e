"""The visitor log's words in reports and exports (``ui/reports/words.AREA_WORDS``): its codes
(visit status, visitor type, how they left, amended) by ``code.<column>.<value>`` — the screens' own
translations — the column titles of the visit export by ``export.visits.<column>``, and its approvable
actions by ``code.permission.<name>`` (the daily report lists supervisor approvals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.visitors.model import (
    OVERRIDE_ID_CHECK,
    OVERRIDE_WATCHLIST,
    REVEAL_ID,
    CheckoutMethod,
    VisitStatus,
    WatchDecision,
)
from app.visitors.types import BuiltinType
from ui.visitors.code_words import builtin_type_name, checkout_name, decision_name, status_name


def _codes() -> dict[str, str]:
    words = {f"code.visit_status.{s.value}": status_name(s) for s in VisitStatus}
    words.update({f"code.visitor_type.{t.value}": builtin_type_name(t.value) for t in BuiltinType})
    words.update({f"code.checkout_method.{m.value}": checkout_name(m) for m in CheckoutMethod})
    words.update({f"code.watch_decision.{d.value}": decision_name(d) for d in WatchDecision})
    words["code.amended.amended"] = QCoreApplication.translate("VisitExport", "amended")
    words[f"code.permission.{REVEAL_ID.name}"] = QCoreApplication.translate(
        "VisitExport", "Show a visitor's full ID number"
    )
    words[f"code.permission.{OVERRIDE_ID_CHECK.name}"] = QCoreApplication.translate(
        "VisitExport", "Let a visitor in without the ID check"
    )
    words[f"code.permission.{OVERRIDE_WATCHLIST.name}"] = QCoreApplication.translate(
        "VisitExport", "Let in a visitor on the watchlist"
    )
    return words


def _columns() -> dict[str, str]:
    return {
        "export.visits.code": QCoreApplication.translate("VisitExport", "No."),
        "export.visits.checked_in_at": QCoreApplication.translate("VisitExport", "In"),
        "export.visits.checked_out_at": QCoreApplication.translate("VisitExport", "Left"),
        "export.visits.minutes": QCoreApplication.translate("VisitExport", "Minutes on site"),
        "export.visits.visit_status": QCoreApplication.translate("VisitExport", "Status"),
        "export.visits.visitor_type": QCoreApplication.translate("VisitExport", "Type"),
        "export.visits.name": QCoreApplication.translate("VisitExport", "Visitor"),
        "export.visits.phone": QCoreApplication.translate("VisitExport", "Phone (masked)"),
        "export.visits.id": QCoreApplication.translate("VisitExport", "ID (masked)"),
        "export.visits.company": QCoreApplication.translate("VisitExport", "Company"),
        "export.visits.unit": QCoreApplication.translate("VisitExport", "Visiting"),
        "export.visits.resident": QCoreApplication.translate("VisitExport", "Resident"),
        "export.visits.purpose": QCoreApplication.translate("VisitExport", "Purpose"),
        "export.visits.plate": QCoreApplication.translate("VisitExport", "Plate"),
        "export.visits.companions": QCoreApplication.translate("VisitExport", "Companions"),
        "export.visits.pass_number": QCoreApplication.translate("VisitExport", "Pass"),
        "export.visits.checkout_method": QCoreApplication.translate("VisitExport", "How they left"),
        "export.visits.checked_in_by": QCoreApplication.translate("VisitExport", "Checked in by"),
        "export.visits.amended": QCoreApplication.translate("VisitExport", "Amended"),
    }


def words() -> dict[str, str]:
    return {**_codes(), **_columns()}
