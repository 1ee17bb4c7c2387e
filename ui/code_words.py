"""Translated names of the foundation's enumerations (roles, desk kinds, shift patterns)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.permissions import Role
from app.shifts import ShiftPattern, ShiftStatus
from app.site import DeskKind


def role_name(role: Role | str) -> str:
    names = {
        Role.GUARD: QCoreApplication.translate("Labels", "Guard"),
        Role.CLERK: QCoreApplication.translate("Labels", "Clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
        Role.SCHEDULER: QCoreApplication.translate("SecurityWords", "Scheduled tasks"),
    }
    return names.get(Role(role), str(role))


def desk_kind_name(kind: DeskKind | str) -> str:
    names = {
        DeskKind.BOOTH: QCoreApplication.translate("Labels", "Gate booth"),
        DeskKind.RECEPTION: QCoreApplication.translate("Labels", "Reception desk"),
    }
    return names.get(DeskKind(kind), str(kind))


def pattern_name(pattern: ShiftPattern | str) -> str:
    """A pattern's own label if the site gave one, else the translated name of a default code."""
    if isinstance(pattern, ShiftPattern) and pattern.label:
        return pattern.label
    code = pattern.code if isinstance(pattern, ShiftPattern) else pattern
    names = {
        "early": QCoreApplication.translate("Labels", "Day shift"),
        "middle": QCoreApplication.translate("Labels", "Evening shift"),
        "night": QCoreApplication.translate("Labels", "Night shift"),
    }
    return names.get(code, code)


def shift_status_name(status: ShiftStatus) -> str:
    names = {
        ShiftStatus.OPEN: QCoreApplication.translate("Labels", "On duty"),
        ShiftStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
        ShiftStatus.HANDED_OVER: QCoreApplication.translate("Labels", "Handed over"),
    }
    return names[status]
