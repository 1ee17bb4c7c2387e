"""The pages' navigation keys and the F1 emergency window: what ``ui/navigation.py`` and the home panels
both need, kept apart so that a home panel can name a page without importing the navigation (which
builds the home page)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import UiContext

HOME = "home"
VISITORS = "visitors"
VISIT_HISTORY = "visit_history"
WATCHLIST = "watchlist"
DIRECTORY = "directory"
KEYS = "keys"
DUTY = "duty"
PATROLS = "patrols"
INCIDENTS = "incidents"
HANDOVER = "handover"
SETTINGS = "settings"
OPERATORS = "operators"
REPAIRS = "repairs"
KPI = "kpi"
REPORTS = "reports"


def open_emergency(ctx: UiContext, parent: QWidget) -> None:
    """F1 from any page: the emergency contacts and plans, in a window beside the work."""
    from ui.duty.emergency_window import EmergencyWindow

    window = parent.findChild(EmergencyWindow)
    if window is None:
        window = EmergencyWindow(ctx.bundles.duty, ctx.session, ctx.clock, ctx.bundles.desk.zone, parent)
    window.refresh()
    if window.isVisible():
        window.raise_()  # already open behind the main window: bring it to the front
    window.show()
    window.activateWindow()
