"""The first day of a new site: what an administrator still has to set up, read from the real data.

After the setup screen the administrator's home screen shows this checklist until every step is done
(ui/home/first_day_panel.py). A step is ticked only by the state it produces — an operator who can
work the desk, a directory with units, keys in the register, a patrol route, an emergency contact,
printers saved for this desk, a backup folder — never by a click on the list itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from app.keys.rows import KeyState
from app.permissions import EDIT_SITE_SETTINGS, Actor, Role, allowed
from app.settings import BACKUP_DIR, PRINTER_A4, PRINTER_RECEIPT, RECEIPT_WIDTH_MM, SITE_SCOPE, SettingsService
from app.storage import Sessions
from db.models.core import Operator, Setting
from db.models.directory import Unit
from db.models.duty import EmergencyContact, PatrolRoute
from db.models.keys import KeyItem


class Step(StrEnum):
    """In the order the checklist shows them (people first: they need accounts to start working)."""

    STAFF = "staff"  # guards and reception clerks have their own accounts
    DIRECTORY = "directory"  # buildings, units and residents imported (the Excel template)
    KEYS = "keys"  # the key cabinet is in the register
    PATROL_ROUTES = "patrol_routes"
    EMERGENCY_CONTACTS = "emergency_contacts"
    PRINTERS = "printers"  # A4 and slip printers and the slip paper width chosen for this desk
    BACKUP_FOLDER = "backup_folder"


# The desk settings a printer choice saves (a saved empty printer means "the system default", a choice).
PRINTER_SETTINGS = (PRINTER_A4.key, PRINTER_RECEIPT.key, RECEIPT_WIDTH_MM.key)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    step: Step
    done: bool
    count: int  # how many there are (operators, units, keys…), 0 where a count means nothing


@dataclass(frozen=True, slots=True)
class FirstDayChecklist:
    items: tuple[ChecklistItem, ...]

    @property
    def done(self) -> bool:
        return all(item.done for item in self.items)

    @property
    def remaining(self) -> int:
        return sum(not item.done for item in self.items)

    def item(self, step: Step) -> ChecklistItem:
        return next(item for item in self.items if item.step == step)


class FirstDayService:
    def __init__(self, sessions: Sessions, settings: SettingsService) -> None:
        self._sessions = sessions
        self._settings = settings

    def shown_to(self, actor: Actor) -> bool:
        """Only those who can do every step (administrators) see the checklist."""
        return allowed(actor, EDIT_SITE_SETTINGS)

    def checklist(self, desk_id: uuid.UUID | None) -> FirstDayChecklist:
        """The steps and whether each is done; printers and the backup folder for ``desk_id``'s PC."""
        scopes = [SITE_SCOPE] if desk_id is None else [SITE_SCOPE, str(desk_id)]
        with self._sessions.read() as s:
            staff = s.scalar(
                select(func.count())
                .select_from(Operator)
                .where(Operator.active.is_(True), Operator.role.in_((Role.GUARD.value, Role.CLERK.value)))
            )
            units = s.scalar(select(func.count()).select_from(Unit).where(Unit.active.is_(True)))
            keys = s.scalar(select(func.count()).select_from(KeyItem).where(KeyItem.state != KeyState.RETIRED.value))
            routes = s.scalar(select(func.count()).select_from(PatrolRoute).where(PatrolRoute.active.is_(True)))
            contacts = s.scalar(
                select(func.count()).select_from(EmergencyContact).where(EmergencyContact.active.is_(True))
            )
            printers = s.scalar(
                select(func.count())
                .select_from(Setting)
                .where(Setting.key.in_(PRINTER_SETTINGS), Setting.scope_desk.in_(scopes))
            )
        backup_folder = self._settings.get(BACKUP_DIR, desk_id).strip()
        counts = {
            Step.STAFF: staff or 0,
            Step.DIRECTORY: units or 0,
            Step.KEYS: keys or 0,
            Step.PATROL_ROUTES: routes or 0,
            Step.EMERGENCY_CONTACTS: contacts or 0,
            Step.PRINTERS: printers or 0,
            Step.BACKUP_FOLDER: 1 if backup_folder else 0,
        }
        return FirstDayChecklist(
            tuple(ChecklistItem(step, counts[step] > 0, counts[step] if step != Step.PRINTERS else 0) for step in Step)
        )
