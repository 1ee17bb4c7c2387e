"""Between the site's instants (aware ``datetime``) and what a ``QDateTimeEdit`` shows (the site's wall clock).

The PC's own time zone never enters: an instant is shown in the site's zone, and what the operator picks is
read back in that zone, to the minute.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdatetime(instant: datetime, zone: tzinfo) -> QDateTime:
    """The site's local wall-clock time of ``instant``, to the minute."""
    local = instant.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, zone: tzinfo) -> datetime:
    """The instant a picked wall-clock time means in ``zone``."""
    day, moment = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute(), tzinfo=zone)
