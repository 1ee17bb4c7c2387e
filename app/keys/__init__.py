"""The key register (docs/keys.md): where every key is, who has it, since when.

* ``KeyService`` — look-ups, issue and return, keys out and overdue, history; ``held_by_visit``
  (``app.holdings.HoldingsSource``) and ``latest_count`` for the other areas.
* ``KeyHandoverSource`` (``app.keys.handover``) — keys out and count differences for the handover.
* ``KeyInventoryService`` — keys and rings, authorised borrowers, lost keys, retiring.
* ``KeyCountService`` — the key count at a shift change.
* ``DepositService`` — resident-deposited keys, their consent and collectors.
* ``KeyTransferService`` — the inventory and the loans to and from Excel.

(``app/site_key.py`` is the site's secret key file, not this register.) The services load SQLAlchemy, so
they are imported on first use: ``rows`` and ``policy`` stay cheap for the UI's start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.keys.counts import KeyCountService
    from app.keys.deposits import DepositService
    from app.keys.inventory import KeyInventoryService
    from app.keys.service import KeyService
    from app.keys.transfer import KeyTransferService

_LAZY = {
    "KeyService": "app.keys.service",
    "KeyInventoryService": "app.keys.inventory",
    "KeyCountService": "app.keys.counts",
    "DepositService": "app.keys.deposits",
    "KeyTransferService": "app.keys.transfer",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'app.keys' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = ["DepositService", "KeyCountService", "KeyInventoryService", "KeyService", "KeyTransferService"]
