"""``ExportService``: any registered list to an ``.xlsx`` file, with progress, cancel and an audit entry.

    exports.export(actor, ExportKind.VISITS, ExportFilter(start, end), Path("visits.xlsx"), words)

The file is written by ``app.exports.xlsx.write_xlsx`` (frozen header, autofilter, widths, real dates,
text never a formula, write-only mode, atomic rename). Exporting personal data is a fact worth
keeping: each finished export appends ``export.xlsx`` to the audit chain (kind, row count, period —
never a name). ``actor`` is None on the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from app.audit import AuditLog
from app.changes import changes
from app.clock import Clock
from app.errors import NotFound
from app.exports.registry import ExportColumn, ExportFilter, ExportKind, ExportSource
from app.exports.xlsx import XlsxColumn, write_xlsx
from app.permissions import SUPERVISOR_ROLES, Actor, Approval, Permission, Role, require
from app.reports.labels import CODE_WORDS
from app.reports.labels import fill as _fill
from app.storage import Sessions

EXPORT_LISTS = Permission("exports.xlsx", frozenset({Role.CLERK, *SUPERVISOR_ROLES}), approvable=True)
# The watchlist is a supervisors' list (guards meet it only as alerts): exporting it needs a supervisor.
EXPORT_WATCHLIST = Permission("exports.watchlist", SUPERVISOR_ROLES, approvable=True)
KIND_PERMISSIONS: dict[ExportKind, Permission] = {ExportKind.WATCHLIST: EXPORT_WATCHLIST}
STAMP_FORMAT = "%Y-%m-%d %H:%M"

Lookup = Callable[[str], "str | None"]
Progress = Callable[[int, int | None], None]

EXPORT_WORDS: dict[str, str] = {
    "export.title.visits": "Visits",
    "export.title.keys": "Key loans",
    "export.title.repairs": "Work orders",
    "export.title.log": "Duty log",
    "export.title.incidents": "Incidents",
    "export.title.handovers": "Handovers",
    "export.title.shifts": "Shifts",
    "export.title.watchlist": "Watchlist",
    "export.title.expected": "Expected visitors",
    "export.title.patrols": "Patrol rounds",
    "export.title.key_counts": "Key counts",
    "export.title.deposits": "Deposited keys",
    "export.title.kpis": "Repair KPIs",
    "code.watch_state.listed": "Listed",
    "code.watch_state.lifted": "Lifted or expired",
    "code.round_state.open": "Open",
    "code.round_state.finished": "Finished",
    "code.kpi_table.total": "Total",
    "code.kpi_table.category": "Category",
    "code.kpi_table.technician": "Technician",
    "code.kpi_table.day": "Day",
    "export.period": "Period: {start} – {end}",
    "export.all_time": "Period: all records",
    "export.by": "Exported by {name} at {time}",
    "export.filter": "Filter: {text}",
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    kind: ExportKind
    rows: int


class ExportService:
    def __init__(
        self, sessions: Sessions, clock: Clock, zone: tzinfo, audit: AuditLog, sources: Sequence[ExportSource] = ()
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._zone = zone
        self._audit = audit
        self._sources = {source.kind: source for source in sources}

    def kinds(self) -> list[ExportKind]:
        """The lists that can be exported at this site, in ``ExportKind`` order."""
        return [kind for kind in ExportKind if kind in self._sources]

    def source(self, kind: ExportKind) -> ExportSource:
        try:
            return self._sources[kind]
        except KeyError as error:
            raise NotFound("export", kind.value) from error

    def columns(self, kind: ExportKind) -> Sequence[ExportColumn]:
        return self.source(kind).columns()

    def count(self, kind: ExportKind, flt: ExportFilter) -> int | None:
        return self.source(kind).count(flt)

    @staticmethod
    def permission(kind: ExportKind | None = None) -> Permission:
        """What exporting ``kind`` needs (most lists: ``EXPORT_LISTS``)."""
        return KIND_PERMISSIONS.get(kind, EXPORT_LISTS) if kind is not None else EXPORT_LISTS

    def authorise(
        self, actor: Actor, approval: Approval | None = None, kind: ExportKind | None = None
    ) -> Approval | None:
        """Check before starting the (long) work; returns the approval to pass on."""
        require(actor, self.permission(kind), approval)
        return approval

    @changes()
    def export(
        self,
        actor: Actor | None,
        kind: ExportKind,
        flt: ExportFilter,
        path: Path,
        words: Lookup | None = None,
        *,
        exported_by: str = "",
        site_name: str = "",
        approval: Approval | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the list; ``ExportCancelled`` (nothing written) or ``StorageError`` on failure."""
        approver = require(actor, self.permission(kind), approval) if actor is not None else None
        source = self.source(kind)
        say = _sayer(words)
        columns = [XlsxColumn(say(f"export.{kind.value}.{c.key}", c.title), c.kind, c.width) for c in source.columns()]
        now = self._clock.now()
        lines = [
            " · ".join(p for p in (site_name, say(f"export.title.{kind.value}")) if p),
            self._period_line(flt, say),
            _fill(say("export.by"), name=exported_by or (actor.display_name if actor else ""), time=self._at(now)),
        ]
        chosen = [say(f"code.{key}.{value}", value) for key, value in flt.options.items() if value]
        if flt.text:
            chosen.append(flt.text)
        if chosen:
            lines.append(_fill(say("export.filter"), text=" · ".join(chosen)))
        coded = [n for n, c in enumerate(source.columns()) if c.coded]
        keys = [c.key for c in source.columns()]
        rows = source.rows(flt) if not coded else _worded(source.rows(flt), coded, keys, say)
        written = write_xlsx(
            path,
            say(f"export.title.{kind.value}"),
            columns,
            rows,
            zone=self._zone,
            total=source.count(flt),
            progress=progress,
            cancelled=cancelled,
            title_lines=lines,
        )
        with self._sessions.begin() as s:
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="export.xlsx",
                record_kind="export",
                record_id=kind.value,
                approver_id=approver,
                details={
                    "rows": written,
                    "from": flt.start.isoformat() if flt.start else None,
                    "to": flt.end.isoformat() if flt.end else None,
                },
            )
        return ExportResult(path, kind, written)

    def _at(self, instant: datetime) -> str:
        return instant.astimezone(self._zone).strftime(STAMP_FORMAT)

    def _period_line(self, flt: ExportFilter, say: Callable[..., str]) -> str:
        if flt.start is None and flt.end is None:
            return say("export.all_time")
        start = self._at(flt.start) if flt.start else "…"
        end = self._at(flt.end) if flt.end else "…"
        return _fill(say("export.period"), start=start, end=end)


def _worded(
    rows: Iterator[Sequence[Any]], coded: list[int], keys: list[str], say: Callable[..., str]
) -> Iterator[Sequence[Any]]:
    """Codes (``"ended"``) become words (``"已結束"``); a code without a word stays as it is."""
    cache: dict[tuple[int, Any], Any] = {}
    for row in rows:
        values = list(row)
        for n in coded:
            value = values[n]
            if value is None or value == "":
                continue
            word = cache.get((n, value))
            if word is None:
                word = cache[(n, value)] = say(f"code.{keys[n]}.{value}", str(value))
            values[n] = word
        yield values


def _sayer(words: Lookup | None) -> Callable[..., str]:
    def say(key: str, fallback: str | None = None) -> str:
        found = None
        if words is not None:
            try:
                found = words(key)
            except KeyError:
                found = None
        return found or EXPORT_WORDS.get(key) or CODE_WORDS.get(key) or fallback or key

    return say
