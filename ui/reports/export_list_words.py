"""Words of the lists exported from the watchlist, expected visitors, patrols, key counts, deposited
keys and repair KPI pages: list titles, column titles (``export.<kind>.<column>``) and the codes their
columns carry (``code.<column>.<value>``), in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.exports.service import EXPORT_WATCHLIST
from app.validation import IdType
from app.visitors.model import ExpectedStatus, WatchAction
from ui.visitors.code_words import action_name, expected_status_name, id_type_name


def _titles() -> dict[str, str]:
    return {
        "export.title.watchlist": QCoreApplication.translate("ListExport", "Watchlist"),
        "export.title.expected": QCoreApplication.translate("ListExport", "Expected visitors"),
        "export.title.patrols": QCoreApplication.translate("ListExport", "Patrol rounds"),
        "export.title.key_counts": QCoreApplication.translate("ListExport", "Key counts"),
        "export.title.deposits": QCoreApplication.translate("ListExport", "Deposited keys"),
        "export.title.kpis": QCoreApplication.translate("ListExport", "Repair KPIs"),
    }


def _codes() -> dict[str, str]:
    words = {f"code.watch_action.{a.value}": action_name(a) for a in WatchAction}
    words.update({f"code.id_type.{t.value}": id_type_name(t) for t in IdType})
    words.update({f"code.expected_status.{s.value}": expected_status_name(s) for s in ExpectedStatus})
    words.update(
        {
            "code.watch_state.listed": QCoreApplication.translate("ListExport", "Listed"),
            "code.watch_state.lifted": QCoreApplication.translate("ListExport", "Lifted or expired"),
            "code.lifted.shown": QCoreApplication.translate("ListExport", "lifted and expired entries included"),
            "code.round_state.open": QCoreApplication.translate("ListExport", "Open"),
            "code.round_state.finished": QCoreApplication.translate("ListExport", "Finished"),
            "code.kpi_table.total": QCoreApplication.translate("ListExport", "Total"),
            "code.kpi_table.category": QCoreApplication.translate("ListExport", "Category"),
            "code.kpi_table.technician": QCoreApplication.translate("ListExport", "Technician"),
            "code.kpi_table.day": QCoreApplication.translate("ListExport", "Day"),
            f"code.permission.{EXPORT_WATCHLIST.name}": QCoreApplication.translate(
                "ListExport", "Export the watchlist to Excel"
            ),
        }
    )
    return words


def _columns() -> dict[str, str]:
    return {
        "export.watchlist.name": QCoreApplication.translate("ListExport", "Name"),
        "export.watchlist.aliases": QCoreApplication.translate("ListExport", "Other names"),
        "export.watchlist.phone": QCoreApplication.translate("ListExport", "Phone (masked)"),
        "export.watchlist.id_type": QCoreApplication.translate("ListExport", "ID type"),
        "export.watchlist.id": QCoreApplication.translate("ListExport", "ID (masked)"),
        "export.watchlist.plate": QCoreApplication.translate("ListExport", "Plate"),
        "export.watchlist.watch_action": QCoreApplication.translate("ListExport", "Action"),
        "export.watchlist.reason": QCoreApplication.translate("ListExport", "Reason"),
        "export.watchlist.expires_on": QCoreApplication.translate("ListExport", "Until"),
        "export.watchlist.watch_state": QCoreApplication.translate("ListExport", "State"),
        "export.watchlist.added_by": QCoreApplication.translate("ListExport", "Added by"),
        "export.watchlist.added_at": QCoreApplication.translate("ListExport", "Added at"),
        "export.watchlist.hits": QCoreApplication.translate("ListExport", "Alerts"),
        "export.expected.expected_on": QCoreApplication.translate("ListExport", "Day"),
        "export.expected.name": QCoreApplication.translate("ListExport", "Visitor"),
        "export.expected.phone": QCoreApplication.translate("ListExport", "Phone (masked)"),
        "export.expected.company": QCoreApplication.translate("ListExport", "Company"),
        "export.expected.visitor_type": QCoreApplication.translate("ListExport", "Type"),
        "export.expected.unit": QCoreApplication.translate("ListExport", "Visiting"),
        "export.expected.resident": QCoreApplication.translate("ListExport", "Resident"),
        "export.expected.purpose": QCoreApplication.translate("ListExport", "Purpose"),
        "export.expected.plate": QCoreApplication.translate("ListExport", "Plate"),
        "export.expected.companions": QCoreApplication.translate("ListExport", "Companions"),
        "export.expected.notes": QCoreApplication.translate("ListExport", "Notes"),
        "export.expected.expected_status": QCoreApplication.translate("ListExport", "State"),
        "export.expected.registered_by": QCoreApplication.translate("ListExport", "Registered by"),
        "export.patrols.started": QCoreApplication.translate("ListExport", "Started"),
        "export.patrols.finished": QCoreApplication.translate("ListExport", "Finished"),
        "export.patrols.round_state": QCoreApplication.translate("ListExport", "State"),
        "export.patrols.route": QCoreApplication.translate("ListExport", "Route"),
        "export.patrols.desk": QCoreApplication.translate("ListExport", "Desk"),
        "export.patrols.guard": QCoreApplication.translate("ListExport", "Guard"),
        "export.patrols.checkpoints": QCoreApplication.translate("ListExport", "Checkpoints"),
        "export.patrols.reached": QCoreApplication.translate("ListExport", "Reached"),
        "export.patrols.missed": QCoreApplication.translate("ListExport", "Missed checkpoints"),
        "export.patrols.anomalies": QCoreApplication.translate("ListExport", "Anomalies noted"),
        "export.key_counts.counted_at": QCoreApplication.translate("ListExport", "Counted at"),
        "export.key_counts.desk": QCoreApplication.translate("ListExport", "Desk"),
        "export.key_counts.counted_by": QCoreApplication.translate("ListExport", "Counted by"),
        "export.key_counts.expected": QCoreApplication.translate("ListExport", "Expected in the cabinet"),
        "export.key_counts.matched": QCoreApplication.translate("ListExport", "Matched"),
        "export.key_counts.missing": QCoreApplication.translate("ListExport", "Missing"),
        "export.key_counts.unexpected": QCoreApplication.translate("ListExport", "Unexpected"),
        "export.key_counts.missing_keys": QCoreApplication.translate("ListExport", "Missing keys"),
        "export.key_counts.unexpected_keys": QCoreApplication.translate("ListExport", "Unexpected keys"),
        "export.key_counts.note": QCoreApplication.translate("ListExport", "Note"),
        "export.deposits.tag": QCoreApplication.translate("ListExport", "Tag"),
        "export.deposits.key": QCoreApplication.translate("ListExport", "Key"),
        "export.deposits.depositor": QCoreApplication.translate("ListExport", "Depositor"),
        "export.deposits.unit": QCoreApplication.translate("ListExport", "Unit"),
        "export.deposits.consent_at": QCoreApplication.translate("ListExport", "Consent given"),
        "export.deposits.consent_note": QCoreApplication.translate("ListExport", "Consent record"),
        "export.deposits.deposited_at": QCoreApplication.translate("ListExport", "Deposited at"),
        "export.deposits.deposited_by": QCoreApplication.translate("ListExport", "Received by"),
        "export.deposits.collectors": QCoreApplication.translate("ListExport", "May collect (phones masked)"),
        "export.kpis.kpi_table": QCoreApplication.translate("ListExport", "Table"),
        "export.kpis.category": QCoreApplication.translate("ListExport", "Category"),
        "export.kpis.name": QCoreApplication.translate("ListExport", "Technician / day"),
        "export.kpis.requests": QCoreApplication.translate("ListExport", "Requests"),
        "export.kpis.complaints": QCoreApplication.translate("ListExport", "Complaints"),
        "export.kpis.first_response_h": QCoreApplication.translate("ListExport", "First response (mean, h)"),
        "export.kpis.mttr_h": QCoreApplication.translate("ListExport", "MTTR without on-hold time (h)"),
        "export.kpis.sla_percent": QCoreApplication.translate("ListExport", "SLA met (%)"),
        "export.kpis.reopen_percent": QCoreApplication.translate("ListExport", "Reopen rate (%)"),
        "export.kpis.complaint_percent": QCoreApplication.translate("ListExport", "Complaint rate (%)"),
        "export.kpis.satisfaction": QCoreApplication.translate("ListExport", "Satisfaction (1–5)"),
        "export.kpis.answers": QCoreApplication.translate("ListExport", "Answers"),
    }


def words() -> dict[str, str]:
    return {**_titles(), **_codes(), **_columns()}
