"""The duty area's words in reports and exports (``ui/reports/words.AREA_WORDS``): its codes (log
kind, incident category, severity and status, handover status) by ``code.<column>.<value>`` — the
screens' own translations — and the column titles of the duty log, incident and handover exports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.duty.common import DEFAULT_INCIDENT_CATEGORIES, HandoverStatus, IncidentSeverity, IncidentStatus, LogKind
from ui.duty.code_words import category_name, handover_status_name, incident_status_name, log_kind_name, severity_name


def _codes() -> dict[str, str]:
    words = {f"code.log_kind.{kind.value}": log_kind_name(kind) for kind in LogKind}
    words.update({f"code.incident_category.{c}": category_name(c) for c in DEFAULT_INCIDENT_CATEGORIES})
    words.update({f"code.incident_severity.{s.value}": severity_name(s) for s in IncidentSeverity})
    words.update({f"code.incident_status.{s.value}": incident_status_name(s) for s in IncidentStatus})
    words.update({f"code.handover_status.{s.value}": handover_status_name(s) for s in HandoverStatus})
    return words


def _log_columns() -> dict[str, str]:
    return {
        "export.log.at": QCoreApplication.translate("DutyExport", "Time"),
        "export.log.desk": QCoreApplication.translate("DutyExport", "Desk"),
        "export.log.log_kind": QCoreApplication.translate("DutyExport", "Kind"),
        "export.log.location": QCoreApplication.translate("DutyExport", "Location"),
        "export.log.text": QCoreApplication.translate("DutyExport", "Entry"),
        "export.log.author": QCoreApplication.translate("DutyExport", "Written by"),
        "export.log.written": QCoreApplication.translate("DutyExport", "Written at"),
        "export.log.until": QCoreApplication.translate("DutyExport", "Pass on until"),
        "export.log.amended": QCoreApplication.translate("DutyExport", "Amended at"),
        "export.log.amended_by": QCoreApplication.translate("DutyExport", "Amended by"),
        "export.log.reason": QCoreApplication.translate("DutyExport", "Reason for the amendment"),
        "export.log.original": QCoreApplication.translate("DutyExport", "Original text"),
    }


def _incident_columns() -> dict[str, str]:
    return {
        "export.incidents.number": QCoreApplication.translate("DutyExport", "No."),
        "export.incidents.occurred": QCoreApplication.translate("DutyExport", "Occurred at"),
        "export.incidents.desk": QCoreApplication.translate("DutyExport", "Desk"),
        "export.incidents.reporter": QCoreApplication.translate("DutyExport", "Reported by"),
        "export.incidents.incident_category": QCoreApplication.translate("DutyExport", "Category"),
        "export.incidents.incident_severity": QCoreApplication.translate("DutyExport", "Severity"),
        "export.incidents.location": QCoreApplication.translate("DutyExport", "Location"),
        "export.incidents.summary": QCoreApplication.translate("DutyExport", "What happened"),
        "export.incidents.people": QCoreApplication.translate("DutyExport", "People involved"),
        "export.incidents.actions": QCoreApplication.translate("DutyExport", "Actions taken"),
        "export.incidents.incident_status": QCoreApplication.translate("DutyExport", "Status"),
        "export.incidents.closed": QCoreApplication.translate("DutyExport", "Closed at"),
        "export.incidents.told_police": QCoreApplication.translate("DutyExport", "Police told at"),
        "export.incidents.told_fire": QCoreApplication.translate("DutyExport", "Fire services told at"),
        "export.incidents.told_ambulance": QCoreApplication.translate("DutyExport", "Ambulance called at"),
        "export.incidents.told_supervisor": QCoreApplication.translate("DutyExport", "Supervisor told at"),
        "export.incidents.told_resident": QCoreApplication.translate("DutyExport", "Resident told at"),
        "export.incidents.told_management": QCoreApplication.translate("DutyExport", "Management told at"),
        "export.incidents.told_other": QCoreApplication.translate("DutyExport", "Others told at"),
    }


def _handover_columns() -> dict[str, str]:
    return {
        "export.handovers.compiled": QCoreApplication.translate("DutyExport", "Compiled at"),
        "export.handovers.desk": QCoreApplication.translate("DutyExport", "Desk"),
        "export.handovers.pattern": QCoreApplication.translate("DutyExport", "Shift"),
        "export.handovers.shift_started": QCoreApplication.translate("DutyExport", "Shift started"),
        "export.handovers.outgoing": QCoreApplication.translate("DutyExport", "Handed over by"),
        "export.handovers.incoming": QCoreApplication.translate("DutyExport", "Taken over by"),
        "export.handovers.handover_status": QCoreApplication.translate("DutyExport", "Status"),
        "export.handovers.signed": QCoreApplication.translate("DutyExport", "Signed at"),
        "export.handovers.items": QCoreApplication.translate("DutyExport", "Items"),
        "export.handovers.accepted": QCoreApplication.translate("DutyExport", "Accepted"),
        "export.handovers.queried": QCoreApplication.translate("DutyExport", "Queried"),
        "export.handovers.refused": QCoreApplication.translate("DutyExport", "Refused"),
        "export.handovers.note": QCoreApplication.translate("DutyExport", "Note"),
        "export.handovers.closed_by": QCoreApplication.translate("DutyExport", "Closed by"),
        "export.handovers.closed": QCoreApplication.translate("DutyExport", "Closed at"),
        "export.handovers.close_reason": QCoreApplication.translate("DutyExport", "Reason for closing"),
    }


def words() -> dict[str, str]:
    return {**_codes(), **_log_columns(), **_incident_columns(), **_handover_columns()}
