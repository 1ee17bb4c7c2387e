"""The settings page and its sections; each area adds a section (``ui/settings/sections.py``)."""
