"""The home page (dashboard): the shift panel, alerts, and one panel per area (``ui/home/panels.py``)."""
