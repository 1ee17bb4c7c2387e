"""Translated names of the duty area's codes, and the words its printed documents use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.duty.common import (
    Acknowledgement,
    CheckpointState,
    HandoverStatus,
    IncidentSeverity,
    IncidentStatus,
    LogKind,
    NotifiedParty,
)
from app.duty.incidents import CategoryRow
from app.duty.sheet import CheckpointLabelWords, EmergencySheetLabels, HandoverSheetLabels
from app.handover_sources import HandoverItemKind, KeyCountResult
from app.severity import Severity
from ui.code_words import pattern_name


def log_kind_name(kind: str) -> str:
    names: dict[str, str] = {
        LogKind.NOTE: QCoreApplication.translate("DutyLabels", "Note"),
        LogKind.PATROL: QCoreApplication.translate("DutyLabels", "Patrol"),
        LogKind.INCIDENT: QCoreApplication.translate("DutyLabels", "Incident"),
        LogKind.INSTRUCTION: QCoreApplication.translate("DutyLabels", "Instruction"),
        LogKind.EQUIPMENT_FAULT: QCoreApplication.translate("DutyLabels", "Equipment fault"),
        LogKind.DRILL: QCoreApplication.translate("DutyLabels", "Drill"),
    }
    return names.get(kind, kind)


def template_text(code: str, own_text: str) -> str:
    """A quick-entry template's text: the site's own, or the translated default."""
    if own_text:
        return own_text
    names = {
        "gate_check": QCoreApplication.translate("DutyLabels", "Gate checked, all normal"),
        "car_park_check": QCoreApplication.translate("DutyLabels", "Car park patrolled, all normal"),
        "delivery": QCoreApplication.translate("DutyLabels", "Delivery received for a resident"),
        "lights_fault": QCoreApplication.translate("DutyLabels", "Lights not working"),
        "fire_drill": QCoreApplication.translate("DutyLabels", "Fire drill held"),
        "noise_complaint": QCoreApplication.translate("DutyLabels", "Noise complaint received"),
    }
    return names.get(code, code)


def category_name(category: CategoryRow | str) -> str:
    if isinstance(category, CategoryRow) and category.label:
        return category.label
    code = category.code if isinstance(category, CategoryRow) else category
    names = {
        "fire_alarm": QCoreApplication.translate("DutyLabels", "Fire alarm"),
        "theft": QCoreApplication.translate("DutyLabels", "Theft"),
        "dispute": QCoreApplication.translate("DutyLabels", "Dispute"),
        "injury": QCoreApplication.translate("DutyLabels", "Injury"),
        "suspicious_person": QCoreApplication.translate("DutyLabels", "Suspicious person"),
        "flooding": QCoreApplication.translate("DutyLabels", "Flooding"),
        "lift_entrapment": QCoreApplication.translate("DutyLabels", "Lift entrapment"),
        "power_failure": QCoreApplication.translate("DutyLabels", "Power failure"),
        "other": QCoreApplication.translate("DutyLabels", "Other"),
    }
    return names.get(code, code)


def severity_name(severity: str) -> str:
    names: dict[str, str] = {
        IncidentSeverity.LOW: QCoreApplication.translate("DutyLabels", "Low"),
        IncidentSeverity.MEDIUM: QCoreApplication.translate("DutyLabels", "Medium"),
        IncidentSeverity.HIGH: QCoreApplication.translate("DutyLabels", "High"),
        IncidentSeverity.CRITICAL: QCoreApplication.translate("DutyLabels", "Critical"),
    }
    return names.get(severity, severity)


def incident_status_name(status: str) -> str:
    names: dict[str, str] = {
        IncidentStatus.OPEN: QCoreApplication.translate("DutyLabels", "Open"),
        IncidentStatus.FOLLOW_UP: QCoreApplication.translate("DutyLabels", "Following up"),
        IncidentStatus.CLOSED: QCoreApplication.translate("DutyLabels", "Closed"),
    }
    return names.get(status, status)


def party_name(party: str) -> str:
    names: dict[str, str] = {
        NotifiedParty.POLICE: QCoreApplication.translate("DutyLabels", "Police"),
        NotifiedParty.FIRE: QCoreApplication.translate("DutyLabels", "Fire services"),
        NotifiedParty.AMBULANCE: QCoreApplication.translate("DutyLabels", "Ambulance"),
        NotifiedParty.SUPERVISOR: QCoreApplication.translate("DutyLabels", "Supervisor"),
        NotifiedParty.RESIDENT: QCoreApplication.translate("DutyLabels", "Resident"),
        NotifiedParty.MANAGEMENT: QCoreApplication.translate("DutyLabels", "Management office"),
        NotifiedParty.OTHER: QCoreApplication.translate("DutyLabels", "Other"),
    }
    return names.get(party, party)


def checkpoint_state_name(state: CheckpointState) -> str:
    names = {
        CheckpointState.REACHED: QCoreApplication.translate("DutyLabels", "On time"),
        CheckpointState.LATE: QCoreApplication.translate("DutyLabels", "Late"),
        CheckpointState.MISSED: QCoreApplication.translate("DutyLabels", "Missed"),
        CheckpointState.PENDING: QCoreApplication.translate("DutyLabels", "Due"),
    }
    return names[state]


def item_kind_name(kind: str) -> str:
    names: dict[str, str] = {
        HandoverItemKind.VISITOR_ON_SITE: QCoreApplication.translate("DutyLabels", "Visitor on site"),
        HandoverItemKind.VISITOR_OVERSTAY: QCoreApplication.translate("DutyLabels", "Visitor overstaying"),
        HandoverItemKind.KEY_OUT: QCoreApplication.translate("DutyLabels", "Key out"),
        HandoverItemKind.KEY_OVERDUE: QCoreApplication.translate("DutyLabels", "Key overdue"),
        HandoverItemKind.KEY_COUNT: QCoreApplication.translate("DutyLabels", "Key count of the shift"),
        HandoverItemKind.KEY_COUNT_DIFFERENCE: QCoreApplication.translate("DutyLabels", "Key count difference"),
        HandoverItemKind.WORK_ORDER_OPEN: QCoreApplication.translate("DutyLabels", "Open work order"),
        HandoverItemKind.WORK_ORDER_AT_RISK: QCoreApplication.translate("DutyLabels", "Work order at risk"),
        HandoverItemKind.WORK_ORDER_BREACHED: QCoreApplication.translate("DutyLabels", "Work order overdue"),
        HandoverItemKind.INCIDENT_OPEN: QCoreApplication.translate("DutyLabels", "Open incident"),
        HandoverItemKind.PATROL_MISSED: QCoreApplication.translate("DutyLabels", "Missed checkpoint"),
        HandoverItemKind.INSTRUCTION: QCoreApplication.translate("DutyLabels", "Instruction"),
    }
    return names.get(kind, kind)


def ack_name(ack: str) -> str:
    names: dict[str, str] = {
        Acknowledgement.PENDING: QCoreApplication.translate("DutyLabels", "Not yet"),
        Acknowledgement.ACCEPTED: QCoreApplication.translate("DutyLabels", "Accepted"),
        Acknowledgement.QUERIED: QCoreApplication.translate("DutyLabels", "Queried"),
        Acknowledgement.REFUSED: QCoreApplication.translate("DutyLabels", "Refused"),
    }
    return names.get(ack, ack)


def handover_status_name(status: str) -> str:
    names: dict[str, str] = {
        HandoverStatus.PENDING: QCoreApplication.translate("DutyLabels", "Being handed over"),
        HandoverStatus.REFUSED: QCoreApplication.translate("DutyLabels", "Refused"),
        HandoverStatus.SIGNED: QCoreApplication.translate("DutyLabels", "Signed"),
        HandoverStatus.CLOSED: QCoreApplication.translate("DutyLabels", "Closed by supervisor"),
    }
    return names.get(status, status)


def fact_names() -> dict[str, str]:
    """Labels of the facts the areas attach to handover items (by code)."""
    return {
        "author": QCoreApplication.translate("DutyLabels", "By"),
        "route": QCoreApplication.translate("DutyLabels", "Route"),
        "missed": QCoreApplication.translate("DutyLabels", "Missed rounds"),
        "late": QCoreApplication.translate("DutyLabels", "Late"),
        "category": QCoreApplication.translate("DutyLabels", "Category"),
        "severity": QCoreApplication.translate("DutyLabels", "Severity"),
        "status": QCoreApplication.translate("DutyLabels", "Status"),
        "pass": QCoreApplication.translate("DutyLabels", "Pass"),
        "borrower": QCoreApplication.translate("DutyLabels", "Borrower"),
        "expected": QCoreApplication.translate("DutyLabels", "Expected"),
        "counted": QCoreApplication.translate("DutyLabels", "Counted"),
        "code": QCoreApplication.translate("DutyLabels", "Slip No."),
        "late_minutes": QCoreApplication.translate("DutyLabels", "Minutes late"),
        "outcome": QCoreApplication.translate("DutyLabels", "Result"),
        "counted_by": QCoreApplication.translate("DutyLabels", "Counted by"),
        "matched": QCoreApplication.translate("DutyLabels", "In place"),
        "differences": QCoreApplication.translate("DutyLabels", "Differences"),
        "state": QCoreApplication.translate("DutyLabels", "State"),
        "priority": QCoreApplication.translate("DutyLabels", "Priority"),
    }


def value_names() -> dict[str, str]:
    """Code values that appear in facts (incident category, severity, status) put into words."""
    values: dict[str, str] = {}
    for code in (
        "fire_alarm",
        "theft",
        "dispute",
        "injury",
        "suspicious_person",
        "flooding",
        "lift_entrapment",
        "power_failure",
    ):
        values[code] = category_name(code)
    for severity in IncidentSeverity:
        values[severity.value] = severity_name(severity)
    values[KeyCountResult.NO_DIFFERENCE.value] = QCoreApplication.translate(
        "DutyLabels", "Key count done: no difference"
    )
    values[KeyCountResult.DIFFERENCES.value] = QCoreApplication.translate(
        "DutyLabels", "Key count done: differences listed below"
    )
    values[KeyCountResult.NOT_DONE.value] = QCoreApplication.translate("DutyLabels", "Key count not done this shift")
    values["normal"] = QCoreApplication.translate("DutyLabels", "Normal")  # a work order's priority
    values["urgent"] = QCoreApplication.translate("DutyLabels", "Urgent")
    values["missing"] = QCoreApplication.translate("DutyLabels", "missing from the cabinet")
    values["unexpected"] = QCoreApplication.translate("DutyLabels", "in the cabinet but not expected")
    values[IncidentStatus.OPEN.value] = incident_status_name(IncidentStatus.OPEN)
    values[IncidentStatus.FOLLOW_UP.value] = incident_status_name(IncidentStatus.FOLLOW_UP)
    return values


def severity_names() -> dict[str, str]:
    """The one severity scale (app/severity.py) in words: the papers, the handover and the home screen."""
    return {
        Severity.URGENT.value: QCoreApplication.translate("Severity", "Urgent"),
        Severity.WARNING.value: QCoreApplication.translate("Severity", "Warning"),
        Severity.INFO.value: QCoreApplication.translate("Severity", "Info"),
    }


def handover_sheet_labels() -> HandoverSheetLabels:
    return HandoverSheetLabels(
        title=QCoreApplication.translate("HandoverSheet", "Shift handover"),
        desk=QCoreApplication.translate("HandoverSheet", "Desk"),
        shift=QCoreApplication.translate("HandoverSheet", "Shift"),
        outgoing=QCoreApplication.translate("HandoverSheet", "Outgoing"),
        incoming=QCoreApplication.translate("HandoverSheet", "Incoming"),
        compiled_at=QCoreApplication.translate("HandoverSheet", "Compiled"),
        signed_at=QCoreApplication.translate("HandoverSheet", "Both PINs confirmed"),
        status=QCoreApplication.translate("HandoverSheet", "Status"),
        items_heading=QCoreApplication.translate("HandoverSheet", "Open matters ({count})"),
        no_items=QCoreApplication.translate("HandoverSheet", "Nothing open was handed over."),
        col_number=QCoreApplication.translate("HandoverSheet", "No."),
        col_severity=QCoreApplication.translate("HandoverSheet", "Severity"),
        decided_at=QCoreApplication.translate("HandoverSheet", "{decision} at {time}"),
        snapshot=QCoreApplication.translate(
            "HandoverSheet", "As compiled at {time} and signed: the state of the desk at the moment of signing."
        ),
        severity_names=severity_names(),
        col_kind=QCoreApplication.translate("HandoverSheet", "Matter"),
        col_subject=QCoreApplication.translate("HandoverSheet", "Details"),
        col_time=QCoreApplication.translate("HandoverSheet", "Since / due"),
        col_decision=QCoreApplication.translate("HandoverSheet", "Incoming decision"),
        note_heading=QCoreApplication.translate("HandoverSheet", "Outgoing guard's note"),
        closed_heading=QCoreApplication.translate("HandoverSheet", "Closed by a supervisor"),
        closed_text=QCoreApplication.translate("HandoverSheet", "{name} at {time}: {reason}"),
        refused_text=QCoreApplication.translate(
            "HandoverSheet", "REFUSED: the shift stays open until a supervisor closes the handover."
        ),
        since=QCoreApplication.translate("HandoverSheet", "since {time}"),
        due=QCoreApplication.translate("HandoverSheet", "due {time}"),
        sign_outgoing=QCoreApplication.translate("HandoverSheet", "Outgoing"),
        sign_incoming=QCoreApplication.translate("HandoverSheet", "Incoming"),
        sign_supervisor=QCoreApplication.translate("HandoverSheet", "Supervisor"),
        kind_names={kind.value: item_kind_name(kind) for kind in HandoverItemKind},
        ack_names={ack.value: ack_name(ack) for ack in Acknowledgement},
        status_names={status.value: handover_status_name(status) for status in HandoverStatus},
        pattern_names={code: pattern_name(code) for code in ("early", "middle", "night")},
        fact_names=fact_names(),
        value_names=value_names(),
    )


def checkpoint_label_words() -> CheckpointLabelWords:
    return CheckpointLabelWords(
        title=QCoreApplication.translate("HandoverSheet", "Patrol checkpoint labels"),
        route=QCoreApplication.translate("HandoverSheet", "Route"),
        hint=QCoreApplication.translate("HandoverSheet", "Scan at each patrol round"),
    )


def emergency_sheet_labels(categories: list[CategoryRow]) -> EmergencySheetLabels:
    return EmergencySheetLabels(
        title=QCoreApplication.translate("HandoverSheet", "Emergency contacts and plans"),
        contacts=QCoreApplication.translate("HandoverSheet", "Emergency contacts"),
        col_name=QCoreApplication.translate("HandoverSheet", "Who"),
        col_phone=QCoreApplication.translate("HandoverSheet", "Phone"),
        col_notes=QCoreApplication.translate("HandoverSheet", "Notes"),
        plans=QCoreApplication.translate("HandoverSheet", "Emergency plans (quick reference)"),
        no_plan=QCoreApplication.translate("HandoverSheet", "No plan written yet."),
        category_names={c.code: category_name(c) for c in categories},
    )
