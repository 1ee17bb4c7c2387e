"""What the key register's page, dialogs and panel use: its own services and the desk they serve.

A page receives the services it uses, never the whole ``Services``; the key register uses several of
its own plus a few shared ones, so they travel together in this one frozen record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from app.clock import Clock
from ui.app_events import AppEvents
from ui.session import OperatorSession

if TYPE_CHECKING:
    from app.auth import AuthService
    from app.directory import DirectoryService
    from app.exports.service import ExportService
    from app.keys import (
        DepositService,
        KeyCountService,
        KeyInventoryService,
        KeyService,
        KeyTransferService,
    )
    from app.operators import OperatorService
    from app.settings import SettingsService
    from app.site import SiteService
    from ui.context import UiContext


@dataclass(frozen=True)
class KeyDesk:
    keys: KeyService
    inventory: KeyInventoryService
    counts: KeyCountService
    deposits: DepositService
    transfer: KeyTransferService
    directory: DirectoryService
    auth: AuthService
    operators: OperatorService
    settings: SettingsService
    site: SiteService
    session: OperatorSession
    events: AppEvents
    clock: Clock
    zone: tzinfo
    site_name: str
    exports: ExportService | None = None  # the Excel buttons of the lists (deposits, key counts)

    @classmethod
    def from_context(cls, ctx: UiContext) -> KeyDesk:
        s = ctx.services
        return cls(
            s.key_register,
            s.key_inventory,
            s.key_counts,
            s.key_deposits,
            s.key_transfer,
            s.directory,
            s.auth,
            s.operators,
            s.settings,
            s.site,
            ctx.session,
            ctx.events,
            ctx.clock,
            s.zone,
            s.site_row.name,
            s.exports,
        )

    def changed(self, *kinds: str) -> None:
        self.events.changed(*kinds)
