"""The visitor log (SPEC §3): check-in and check-out, returning visitors, the watchlist, expected
visitors, the on-site list and overstay sweep, corrections by amendment, history, slips and exports.

Modules: ``model`` (states, rows, permissions), ``types`` (site settings), ``checks`` (validation),
``identity`` (ID numbers encrypted + blind index), ``search_keys`` / ``lookup`` (returning
visitors), ``profiles`` (visitor cards), ``visits`` (the guard's service), ``amend``, ``watchlist``,
``expected``, ``history``, ``handover`` (its part of the shift handover), ``slips`` (PDF),
``watchlist_xlsx`` (Excel).
"""
