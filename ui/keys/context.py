"""What the key register's page, dialogs and panel use: the area's services and the desk they serve.

``KeysContext`` is the key pages' slice of ``UiContext``: the ``KeyServices`` bundle (app/bundles.py)
plus the operator's session, the change channel and the clock. It never holds ``Services``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clock import Clock
from ui.app_events import AppEvents
from ui.session import OperatorSession

if TYPE_CHECKING:
    from app.bundles import KeyServices
    from ui.context import UiContext


@dataclass(frozen=True)
class KeysContext:
    services: KeyServices
    session: OperatorSession
    events: AppEvents
    clock: Clock

    @classmethod
    def from_context(cls, ctx: UiContext) -> KeysContext:
        return cls(ctx.bundles.keys, ctx.session, ctx.events, ctx.clock)

    def ran(self, *operations: Callable[..., object]) -> None:
        """The operations ran: every page hears what they changed (``AppEvents.ran``)."""
        self.events.ran(*operations)
