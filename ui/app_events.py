"""The one cross-page channel: "something changed", non-modal alerts and "open this record".

Pages never talk to each other. After a service call changes data, the page announces the
operation it ran, ``events.ran(service.method)``: the operation's own declaration (``@changes`` in
app/, read by ``app.changes.changes_of``) says which kinds of records it touched, and
``data_changed(Changes)`` carries them to every page, which decides for itself whether to refresh
(``changes.touches(ChangeKind.VISIT)``). Pages never name kinds for an operation themselves.

Alerts (an overdue key, a watchlist hit at another desk…) are posted here and shown by the dashboard's
alert panel without stealing focus. A page showing a record another page owns (a work order's number on
a log entry, a handover item, an alert) asks for it with ``open_record(RecordRef)``: the workspace shows
the page that opens that kind of record, with the record chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import QObject, Signal

from app.changes import Changes, changes_of
from app.errors import NotFound
from app.severity import Severity

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RecordRef:
    """One record, as its area names it: ``kind`` ("work_order", "visit", "key_loan", "incident", "log",
    "patrol_checkpoint"… the ``ref_kind`` of handover items) and ``id`` (its id as text). ``label`` is
    what the operator saw ("260302-001", "K-012 天台門"), for a message when it cannot be found."""

    kind: str
    id: str
    label: str = ""

    def as_uuid(self) -> UUID | None:
        """The id as a UUID; None when it is not one (no record has it)."""
        try:
            return UUID(self.id)
        except ValueError:
            return None


def read_record(ref: RecordRef, read: Callable[[UUID], T]) -> T | None:
    """``read(id)`` of the record ``ref`` names, or None when there is no such record (the id is not
    one, or the service says ``NotFound``). Other errors (a refusal) are the caller's to show."""
    record_id = ref.as_uuid()
    if record_id is None:
        return None
    try:
        return read(record_id)
    except NotFound:
        return None


# The home screen's alerts use the one severity scale of the papers and the handover (app/severity.py).
AlertLevel = Severity


@dataclass(frozen=True, slots=True)
class Alert:
    key: str  # same key replaces an earlier alert (e.g. "key-overdue:K-12")
    level: AlertLevel
    text: str
    at: datetime
    page: str = ""  # navigation key of the page that deals with it
    extra: tuple[str, ...] = field(default_factory=tuple)
    record: RecordRef | None = None  # the record it is about: clicking the alert opens it (else the page)


class AppEvents(QObject):
    data_changed = Signal(Changes)
    alert_posted = Signal(object)  # Alert
    alert_cleared = Signal(str)  # alert key
    navigate_requested = Signal(str)  # page key
    open_record_requested = Signal(object)  # RecordRef

    def ran(self, *operations: Callable[..., object]) -> None:
        """The operations (bound service methods) ran and succeeded: tell every page what they changed."""
        self.changed(changes_of(*operations))

    def changed(self, changes: Changes) -> None:
        if changes:
            self.data_changed.emit(changes)

    def post_alert(self, alert: Alert) -> None:
        self.alert_posted.emit(alert)

    def clear_alert(self, key: str) -> None:
        self.alert_cleared.emit(key)

    def open_record(self, ref: RecordRef) -> None:
        self.open_record_requested.emit(ref)
