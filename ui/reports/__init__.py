"""Report screens, the muster action and Excel exports in the GUI (docs/reports.md)."""
