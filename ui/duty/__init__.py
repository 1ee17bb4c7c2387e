"""The duty area's pages: duty log, patrols, incidents, shift handover and the emergency window."""
