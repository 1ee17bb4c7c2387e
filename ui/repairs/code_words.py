"""Translated names of the repair codes (kinds, states, categories…), for screens and paper."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from app.repairs.lifecycle import Action, Channel, EndReason, HoldReason, WorkOrderState
from app.repairs.sheet import WorkOrderSheetLabels
from app.repairs.sla import ClockState
from app.repairs.sla_policy import Priority, WorkKind


def kind_names() -> dict[str, str]:
    return {
        WorkKind.REPAIR: QCoreApplication.translate("RepairLabels", "Repair"),
        WorkKind.COMPLAINT: QCoreApplication.translate("RepairLabels", "Complaint"),
        WorkKind.SUGGESTION: QCoreApplication.translate("RepairLabels", "Suggestion"),
        WorkKind.PRAISE: QCoreApplication.translate("RepairLabels", "Praise"),
    }


def priority_names() -> dict[str, str]:
    return {
        Priority.URGENT: QCoreApplication.translate("RepairLabels", "Urgent"),
        Priority.NORMAL: QCoreApplication.translate("RepairLabels", "Normal"),
        Priority.LOW: QCoreApplication.translate("RepairLabels", "Low"),
    }


def channel_names() -> dict[str, str]:
    return {
        Channel.PHONE: QCoreApplication.translate("RepairLabels", "Phone"),
        Channel.WALK_IN: QCoreApplication.translate("RepairLabels", "Walk-in"),
        Channel.PATROL: QCoreApplication.translate("RepairLabels", "Patrol finding"),
        Channel.OWNER_APP: QCoreApplication.translate("RepairLabels", "Owner app"),
        Channel.DUTY_LOG: QCoreApplication.translate("RepairLabels", "Duty log"),
    }


def state_names() -> dict[str, str]:
    return {
        WorkOrderState.NEW: QCoreApplication.translate("RepairLabels", "New"),
        WorkOrderState.DISPATCHED: QCoreApplication.translate("RepairLabels", "Dispatched"),
        WorkOrderState.IN_PROGRESS: QCoreApplication.translate("RepairLabels", "In progress"),
        WorkOrderState.ON_HOLD: QCoreApplication.translate("RepairLabels", "On hold"),
        WorkOrderState.DONE: QCoreApplication.translate("RepairLabels", "Done, awaiting return visit"),
        WorkOrderState.RETURN_VISIT: QCoreApplication.translate("RepairLabels", "Return visit: not reached"),
        WorkOrderState.CLOSED: QCoreApplication.translate("RepairLabels", "Closed"),
        WorkOrderState.REJECTED: QCoreApplication.translate("RepairLabels", "Rejected"),
        WorkOrderState.CANCELLED: QCoreApplication.translate("RepairLabels", "Cancelled"),
    }


def category_names() -> dict[str, str]:
    """The built-in categories; a category a site added is shown as it was typed."""
    return {
        "plumbing": QCoreApplication.translate("RepairLabels", "Plumbing"),
        "electrical": QCoreApplication.translate("RepairLabels", "Electrical"),
        "lift": QCoreApplication.translate("RepairLabels", "Lift"),
        "door_access": QCoreApplication.translate("RepairLabels", "Door / access"),
        "public_area": QCoreApplication.translate("RepairLabels", "Public area"),
        "noise": QCoreApplication.translate("RepairLabels", "Noise / neighbour"),
        "cleaning": QCoreApplication.translate("RepairLabels", "Cleaning"),
        "security": QCoreApplication.translate("RepairLabels", "Security"),
        "other": QCoreApplication.translate("RepairLabels", "Other"),
    }


def action_names() -> dict[str, str]:
    return {
        Action.CREATE: QCoreApplication.translate("RepairLabels", "Reported"),
        Action.DISPATCH: QCoreApplication.translate("RepairLabels", "Dispatched to"),
        Action.START: QCoreApplication.translate("RepairLabels", "Work started"),
        Action.HOLD: QCoreApplication.translate("RepairLabels", "Put on hold"),
        Action.RESUME: QCoreApplication.translate("RepairLabels", "Resumed"),
        Action.COMPLETE: QCoreApplication.translate("RepairLabels", "Done"),
        Action.VISIT_UNREACHED: QCoreApplication.translate("RepairLabels", "Return visit: not reached"),
        Action.VISIT_ANSWERED: QCoreApplication.translate("RepairLabels", "Return visit answered"),
        Action.CLOSE_UNREACHED: QCoreApplication.translate("RepairLabels", "Closed without reaching the reporter"),
        Action.REJECT: QCoreApplication.translate("RepairLabels", "Rejected"),
        Action.CANCEL: QCoreApplication.translate("RepairLabels", "Cancelled"),
        Action.REOPEN: QCoreApplication.translate("RepairLabels", "Reopened as"),
        Action.NOTE: QCoreApplication.translate("RepairLabels", "Note"),
    }


def hold_reason_names() -> dict[str, str]:
    return {
        HoldReason.WAITING_RESIDENT: QCoreApplication.translate("RepairLabels", "Waiting for the resident"),
        HoldReason.WAITING_PARTS: QCoreApplication.translate("RepairLabels", "Waiting for parts"),
        HoldReason.WAITING_QUOTE: QCoreApplication.translate("RepairLabels", "Waiting for a paid-service quote"),
        HoldReason.OTHER: QCoreApplication.translate("RepairLabels", "Other (say why)"),
    }


def end_reason_names() -> dict[str, str]:
    return {
        EndReason.DUPLICATE: QCoreApplication.translate("RepairLabels", "Duplicate of another request"),
        EndReason.NOT_OUR_RESPONSIBILITY: QCoreApplication.translate("RepairLabels", "Not the management's job"),
        EndReason.WITHDRAWN: QCoreApplication.translate("RepairLabels", "Withdrawn by the reporter"),
        EndReason.MISTAKE: QCoreApplication.translate("RepairLabels", "Entered by mistake"),
        EndReason.OTHER: QCoreApplication.translate("RepairLabels", "Other (say why)"),
    }


def satisfaction_names() -> dict[int, str]:
    return {
        5: QCoreApplication.translate("RepairLabels", "Very satisfied"),
        4: QCoreApplication.translate("RepairLabels", "Satisfied"),
        3: QCoreApplication.translate("RepairLabels", "Neutral"),
        2: QCoreApplication.translate("RepairLabels", "Dissatisfied"),
        1: QCoreApplication.translate("RepairLabels", "Very dissatisfied"),
    }


def clock_state_names() -> dict[ClockState, str]:
    """Said in words next to the colour: the countdown must read in black and white."""
    return {
        ClockState.OK: QCoreApplication.translate("RepairLabels", "On time"),
        ClockState.AT_RISK: QCoreApplication.translate("RepairLabels", "At risk"),
        ClockState.BREACHED: QCoreApplication.translate("RepairLabels", "Overdue"),
        ClockState.PAUSED: QCoreApplication.translate("RepairLabels", "Paused"),
        ClockState.MET: QCoreApplication.translate("RepairLabels", "Met"),
    }


def all_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for table in (
        kind_names(),
        priority_names(),
        channel_names(),
        category_names(),
        action_names(),
        hold_reason_names(),
        end_reason_names(),
    ):
        names.update({str(k): v for k, v in table.items()})
    names.update({str(k): v for k, v in state_names().items()})  # states win over same-spelled actions
    return names


def name_of(code: str | None) -> str:
    return "" if code is None else all_names().get(str(code), str(code))


def duration_text(delta: timedelta) -> str:
    """Hours and minutes, e.g. "2:05" or "31:40" (days are written as hours at the desk)."""
    minutes = int(abs(delta).total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def sheet_labels() -> WorkOrderSheetLabels:
    return WorkOrderSheetLabels(
        title=QCoreApplication.translate("RepairSheet", "Work order"),
        number=QCoreApplication.translate("RepairSheet", "No."),
        created=QCoreApplication.translate("RepairSheet", "Reported at"),
        kind=QCoreApplication.translate("RepairSheet", "Type"),
        priority=QCoreApplication.translate("RepairSheet", "Priority"),
        category=QCoreApplication.translate("RepairSheet", "Category"),
        channel=QCoreApplication.translate("RepairSheet", "Channel"),
        where=QCoreApplication.translate("RepairSheet", "Unit / location"),
        reporter=QCoreApplication.translate("RepairSheet", "Reporter"),
        phone=QCoreApplication.translate("RepairSheet", "Phone"),
        state=QCoreApplication.translate("RepairSheet", "State"),
        technician=QCoreApplication.translate("RepairSheet", "Technician"),
        response_due=QCoreApplication.translate("RepairSheet", "Respond by"),
        resolution_due=QCoreApplication.translate("RepairSheet", "Fix by"),
        description=QCoreApplication.translate("RepairSheet", "Description"),
        history=QCoreApplication.translate("RepairSheet", "History"),
        time=QCoreApplication.translate("RepairSheet", "Time"),
        action=QCoreApplication.translate("RepairSheet", "Action"),
        by=QCoreApplication.translate("RepairSheet", "By"),
        note=QCoreApplication.translate("RepairSheet", "Note"),
        work_done=QCoreApplication.translate("RepairSheet", "Work done / parts used"),
        attachments=QCoreApplication.translate("RepairSheet", "Attachments"),
        reopens=QCoreApplication.translate("RepairSheet", "Reopens"),
        made_from=QCoreApplication.translate("RepairSheet", "Made from"),
        source_kinds={
            "incident": QCoreApplication.translate("RepairSheet", "Incident"),
            "log": QCoreApplication.translate("RepairSheet", "Duty-log entry"),
        },
        sign_technician=QCoreApplication.translate("RepairSheet", "Technician"),
        sign_resident=QCoreApplication.translate("RepairSheet", "Resident"),
        names=all_names(),
    )
