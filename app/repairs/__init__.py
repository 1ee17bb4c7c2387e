"""Repairs and complaints (docs/repairs.md, docs/sla.md). No Qt.

``service`` (``RepairService``: intake, transitions, return visits, reopening; one action, one
transaction), ``reading`` (the queue, a job's detail and timeline, the call list), ``lifecycle`` (states and
allowed actions), ``rows`` (what the UI gets), ``config`` (categories, SLA table, business hours), ``calendar``
/ ``sla_policy`` / ``sla`` (the SLA clock: pure functions, no database), ``kpi``, ``sheet`` (the printed
work order), ``permissions``.
"""
