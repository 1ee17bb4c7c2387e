"""Repairs and complaints: SLA calendars, targets and clocks (pure code, no DB, no Qt)."""
