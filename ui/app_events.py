"""The one cross-page channel: "something changed" and non-modal alerts.

Pages never talk to each other. After a service call changes data, the page emits
``data_changed(Changes)`` naming the kinds of records touched; every page decides for itself whether
to refresh. Alerts (an overdue key, a watchlist hit at another desk…) are posted here and shown by the
dashboard's alert panel without stealing focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[str]

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        return cls(frozenset(kinds))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


class AlertLevel(StrEnum):
    INFO = "info"
    WARNING = "warning"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class Alert:
    key: str  # same key replaces an earlier alert (e.g. "key-overdue:K-12")
    level: AlertLevel
    text: str
    at: datetime
    page: str = ""  # navigation key of the page that deals with it
    extra: tuple[str, ...] = field(default_factory=tuple)


class AppEvents(QObject):
    data_changed = Signal(object)  # Changes
    alert_posted = Signal(object)  # Alert
    alert_cleared = Signal(str)  # alert key
    navigate_requested = Signal(str)  # page key

    def changed(self, *kinds: str) -> None:
        self.data_changed.emit(Changes.of(*kinds))

    def post_alert(self, alert: Alert) -> None:
        self.alert_posted.emit(alert)

    def clear_alert(self, key: str) -> None:
        self.alert_cleared.emit(key)
