"""The visitor log (docs/visitors.md): check-in and check-out, returning visitors, the watchlist, expected
visitors, the on-site list and overstay sweep, corrections by amendment, history, slips and exports.

Modules: ``model`` (states, permissions, input fields), ``rows`` (what the UI gets), ``types`` (site
settings), ``checks`` (validation), ``identity`` (ID numbers encrypted + blind index), ``search_keys`` /
``lookup`` (returning visitors), ``profiles`` (visitor cards), ``visits`` (the guard's service), ``amend``,
``watchlist`` / ``watchlist_xlsx``, ``expected``, ``history``, ``handover`` (its part of the shift handover),
``slips`` (PDF). The visit export lives with the other exports (``app/exports/sources/visitors.py``), the
report facts in ``app/reports/sources/visitors.py``.
"""
