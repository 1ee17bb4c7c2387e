"""The watchlist and the expected visitors as export sources (the watchlist page's and the expected
panel's Excel buttons, the Reports page, ``gatehouse export xlsx --what watchlist|expected``).

Phones and ID numbers arrive masked (``phone_masked``, ``id_masked``: the full number is never read
here); actions, ID types and states are codes the export service words.

* Watchlist: the entries listed now; option ``lifted=shown`` adds lifted and expired entries (the
  page's "Show lifted entries"). A period does not apply. Exporting it needs the right to manage it.
* Expected visitors: the days of the period (default: today), each day as the panel lists it;
  option ``expected_status`` keeps one state.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta, tzinfo
from typing import Any

from app.clock import Clock, local_day
from app.errors import Rule, ValidationError
from app.exports.registry import ExportColumn, ExportFilter, ExportKind, filter_days
from app.exports.xlsx import CellKind
from app.visitors.expected import ExpectedVisitService
from app.visitors.model import ExpectedStatus, WatchlistRow
from app.visitors.watchlist import WatchlistService

LIFTED = "lifted"
SHOWN = "shown"
LISTED = "listed"  # code of a current entry in the "state" column
MAX_DAYS = 366  # expected visitors: at most a year of days per export

WATCHLIST_COLUMNS = (
    ExportColumn("name", "Name", width=14),
    ExportColumn("aliases", "Other names", width=16),
    ExportColumn("phone", "Phone (masked)", width=15),
    ExportColumn("id_type", "ID type", width=12, coded=True),
    ExportColumn("id", "ID (masked)", width=18),
    ExportColumn("plate", "Plate", width=11),
    ExportColumn("watch_action", "Action", width=14, coded=True),
    ExportColumn("reason", "Reason", width=30),
    ExportColumn("expires_on", "Until", CellKind.DATE, 11),
    ExportColumn("watch_state", "State", width=10, coded=True),
    ExportColumn("added_by", "Added by", width=12),
    ExportColumn("added_at", "Added at", CellKind.DATETIME, 17),
    ExportColumn("hits", "Alerts", CellKind.NUMBER, 8),
)
EXPECTED_COLUMNS = (
    ExportColumn("expected_on", "Day", CellKind.DATE, 11),
    ExportColumn("name", "Visitor", width=14),
    ExportColumn("phone", "Phone (masked)", width=15),
    ExportColumn("company", "Company", width=16),
    ExportColumn("visitor_type", "Type", width=12, coded=True),
    ExportColumn("unit", "Visiting", width=12),
    ExportColumn("resident", "Resident", width=10),
    ExportColumn("purpose", "Purpose", width=20),
    ExportColumn("plate", "Plate", width=11),
    ExportColumn("companions", "Companions", CellKind.NUMBER, 8),
    ExportColumn("notes", "Notes", width=24),
    ExportColumn("expected_status", "State", width=10, coded=True),
    ExportColumn("registered_by", "Registered by", width=12),
)


def _refuse_unknown(flt: ExportFilter, known: frozenset[str]) -> None:
    unknown = set(flt.options) - known
    if unknown:
        raise ValidationError("options", Rule.CHOICE, {"value": sorted(unknown)[0]})


class WatchlistExportSource:
    kind = ExportKind.WATCHLIST

    def __init__(self, watchlist: WatchlistService) -> None:
        self._watchlist = watchlist

    def columns(self) -> Sequence[ExportColumn]:
        return WATCHLIST_COLUMNS

    def _entries(self, flt: ExportFilter) -> list[WatchlistRow]:
        _refuse_unknown(flt, frozenset({LIFTED}))
        lifted = flt.options.get(LIFTED, "")
        if lifted not in ("", SHOWN):
            raise ValidationError(LIFTED, Rule.CHOICE, {"value": lifted})
        return self._watchlist.listed(include_lifted=lifted == SHOWN)

    def count(self, flt: ExportFilter) -> int | None:
        return len(self._entries(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        for e in self._entries(flt):
            yield [
                e.name,
                e.aliases,
                e.phone_masked,
                e.id_type or "",
                e.id_masked,
                e.plate,
                e.action.value,
                e.reason,
                e.expires_on,
                LISTED if e.active else LIFTED,
                e.added_by,
                e.added_at,
                e.hits,
            ]


class ExpectedVisitExportSource:
    kind = ExportKind.EXPECTED

    def __init__(self, expected: ExpectedVisitService, clock: Clock, zone: tzinfo) -> None:
        self._expected = expected
        self._clock = clock
        self._zone = zone

    def columns(self) -> Sequence[ExportColumn]:
        return EXPECTED_COLUMNS

    def _days(self, flt: ExportFilter) -> list[date]:
        _refuse_unknown(flt, frozenset({"expected_status"}))
        today = local_day(self._clock.now(), self._zone)
        first, last = filter_days(flt, self._zone) or (today, today)
        span = min((last - first).days + 1, MAX_DAYS)
        return [first + timedelta(days=n) for n in range(span)]

    def _status(self, flt: ExportFilter) -> ExpectedStatus | None:
        value = flt.options.get("expected_status", "")
        try:
            return ExpectedStatus(value) if value else None
        except ValueError as error:
            raise ValidationError("expected_status", Rule.CHOICE, {"value": value}) from error

    def count(self, flt: ExportFilter) -> int | None:
        return sum(1 for _ in self.rows(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        status = self._status(flt)
        for day in self._days(flt):
            for e in self._expected.for_day(day):
                if status is not None and e.status is not status:
                    continue
                yield [
                    e.expected_on,
                    e.name,
                    e.phone_masked,
                    e.company,
                    e.visitor_type,
                    e.unit_label,
                    e.resident_name,
                    e.purpose,
                    e.plate,
                    e.companions,
                    e.notes,
                    e.status.value,
                    e.registered_by,
                ]
