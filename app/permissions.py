"""Who may do what. Checked inside services, not only by hiding buttons.

A ``Permission`` names an action and the roles that may do it. Module areas declare their own
permissions next to their services (``KEYS_ISSUE_UNAUTHORISED = Permission(...)``); this module holds
the roles, the foundation's permissions and the check itself.

An ``approvable`` permission may also be exercised by anyone whom a supervisor approves in place
(supervisor PIN at the same desk). The service then records the approver in the audit entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.errors import PermissionDenied


class Role(StrEnum):
    GUARD = "guard"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    # A narrow account for Task Scheduler / cron: backups, checks and reports without unmasked personal
    # data, from the command line only (it cannot sign in at a desk). docs/cli-roles.md
    SCHEDULER = "scheduler"


STAFF_ROLES = frozenset({Role.GUARD, Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
SCHEDULED_TASK_ROLES = frozenset({Role.SCHEDULER})
SUPERVISOR_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
ADMIN_ROLES = frozenset({Role.ADMIN})


@dataclass(frozen=True, slots=True)
class Permission:
    name: str
    roles: frozenset[Role]
    approvable: bool = False


@dataclass(frozen=True, slots=True)
class Actor:
    """The active operator: who is doing this, at which desk, in which shift."""

    operator_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    desk_id: uuid.UUID | None
    shift_id: uuid.UUID | None = None

    def with_shift(self, shift_id: uuid.UUID | None) -> Actor:
        return Actor(self.operator_id, self.username, self.display_name, self.role, self.desk_id, shift_id)


@dataclass(frozen=True, slots=True)
class Approval:
    """A supervisor's in-place approval of one permission, made with their PIN.

    Only ``AuthService.approve`` creates these, after checking the PIN and the supervisor's role; it
    names a stored ``ApprovalRecord`` that services redeem once (app/approvals.py). One made up in
    code names no record and is refused.
    """

    record_id: uuid.UUID
    approver_id: uuid.UUID
    approver_name: str
    permission: str
    reason: str
    at: datetime


# Foundation permissions.
MANAGE_OPERATORS = Permission("operators.manage", ADMIN_ROLES)
UNLOCK_OPERATOR = Permission("operators.unlock", SUPERVISOR_ROLES)
LOCK_OPERATOR = Permission("operators.lock", SUPERVISOR_ROLES)
EDIT_SITE_SETTINGS = Permission("settings.edit_site", ADMIN_ROLES, approvable=False)
EDIT_DESK_SETTINGS = Permission("settings.edit_desk", SUPERVISOR_ROLES, approvable=True)
EDIT_OWN_PREFERENCES = Permission("settings.edit_own", STAFF_ROLES)
APPROVE = Permission("approvals.give", SUPERVISOR_ROLES)
VIEW_AUDIT = Permission("audit.view", SUPERVISOR_ROLES)
BACKUP = Permission("database.backup", SUPERVISOR_ROLES | SCHEDULED_TASK_ROLES)
RESTORE = Permission("database.restore", ADMIN_ROLES)
EXPORT_SITE_KEY = Permission("site_key.export", ADMIN_ROLES)
EXPORT_DIRECTORY = Permission("directory.export", SUPERVISOR_ROLES)
WORK_SHIFT = Permission("shifts.work", STAFF_ROLES)
END_OTHERS_SHIFT = Permission("shifts.end_others", SUPERVISOR_ROLES, approvable=True)


def require(actor: Actor, permission: Permission, approval: Approval | None = None) -> uuid.UUID | None:
    """Allow or refuse ``actor``; return the approving supervisor's id when an approval was used."""
    if actor.role in permission.roles:
        return None
    if permission.approvable and approval is not None and approval.permission == permission.name:
        return approval.approver_id
    raise PermissionDenied(permission.name, actor.role.value, approvable=permission.approvable)


def allowed(actor: Actor, permission: Permission) -> bool:
    """For the UI to decide what to show; the service checks again."""
    return actor.role in permission.roles
