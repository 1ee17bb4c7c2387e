"""Who may do what with work orders (light: imported by the navigation before sign-in)."""

from __future__ import annotations

from app.permissions import STAFF_ROLES, SUPERVISOR_ROLES, Permission, Role

_DESK_ROLES = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
REPAIRS_WORK = Permission("repairs.work", STAFF_ROLES)  # intake, dispatch, start, hold, resume, done, notes
REPAIRS_END = Permission("repairs.end", _DESK_ROLES, approvable=True)  # reject, cancel
REPAIRS_RETURN_VISIT = Permission("repairs.return_visit", _DESK_ROLES, approvable=True)
REPAIRS_REOPEN = Permission("repairs.reopen", _DESK_ROLES, approvable=True)
REPAIRS_CLOSE_UNREACHED = Permission("repairs.close_unreached", SUPERVISOR_ROLES, approvable=True)
VIEW_KPIS = Permission("repairs.kpis", _DESK_ROLES)
