"""The home screen's warning about repeated failed sign-ins (someone guessing a password or a PIN).

Posted when an operator enters the workspace: one alert per account whose failures in the last day
reached the delay, with the count, the time and the desk of the last one.
"""

from __future__ import annotations

from datetime import timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from app.auth import AuthService
from app.clock import Clock
from ui.app_events import Alert, AlertLevel, AppEvents
from ui.navigation import OPERATORS

WATCHED_PERIOD = timedelta(hours=24)
ALERT_KEY = "sign-in-failures:"


def post_sign_in_alerts(events: AppEvents, auth: AuthService, clock: Clock, zone: tzinfo) -> int:
    """Post the warnings; returns how many accounts were named."""
    rows = auth.repeated_failures(clock.now() - WATCHED_PERIOD)
    for row in rows:
        text = QCoreApplication.translate(
            "SecurityWords",
            "{name}: {count} failed sign-ins since yesterday, the last at {time} ({desk}). "
            "Someone may be guessing this account's password or PIN.",
        ).format(
            name=row.display_name,
            count=row.failures,
            time=f"{row.last_at.astimezone(zone):%H:%M}",
            desk=row.desk_name or QCoreApplication.translate("SecurityWords", "command line"),
        )
        events.post_alert(Alert(ALERT_KEY + str(row.operator_id), AlertLevel.WARNING, text, row.last_at, OPERATORS))
    return len(rows)
