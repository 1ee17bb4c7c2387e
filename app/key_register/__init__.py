"""The key register (SPEC §4): where every key is, who has it, since when.

* ``KeyService`` — look-ups, issue and return, keys out and overdue, history; ``held_by_visit``
  (``app.holdings.HoldingsSource``) and ``latest_count`` for the other areas.
* ``KeyInventoryService`` — keys and rings, authorised borrowers, lost keys, retiring.
* ``KeyCountService`` — the key count at a shift change.
* ``DepositService`` — resident-deposited keys, their consent and collectors.

(``app/keys.py`` is the site's secret key file, not this register.)
"""

from app.key_register.counts import KeyCountService
from app.key_register.deposits import DepositService
from app.key_register.inventory import KeyInventoryService
from app.key_register.service import KeyService

__all__ = ["DepositService", "KeyCountService", "KeyInventoryService", "KeyService"]
