"""Repairs and complaints: queue, intake, detail timeline, return visits, KPI page."""
