"""The duty area: duty log, patrols, incidents, emergency references and the shift handover.

Services: ``DutyLogService`` (``log``), ``PatrolService`` (``patrols``), ``IncidentService``
(``incidents``), ``HandoverService`` (``handover``). Its handover sources (instructions to pass on,
missed patrol checkpoints, open incidents) live next to the services they read.
"""
