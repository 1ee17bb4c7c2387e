"""The visit history (with the history page's current filter) as an export source.

The one implementation of the visit export: the visit history page's Export button, the Reports page
and ``gatehouse export xlsx --what visits`` all go through ``ExportService`` with this source. Phones
and ID numbers arrive masked; codes (type, status, how they left) are worded by the export service in
the reader's language (``code.<column>.<value>``); a site's own visitor type keeps its own name.

A filter's period is the check-in time; its desk the desk that checked the visitor in; its text the
visitor (name, pinyin, phone digits); its ``options`` the history page's own choices: ``unit`` (the
unit's label as shown, "A座 12A"), ``visitor_type``, ``plate`` and ``visit_status`` — written and read
by ``export_filter`` / ``history_filter``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import tzinfo
from typing import Any

from app.clock import day_bounds
from app.directory import DirectoryService
from app.errors import GatehouseError, Rule, ValidationError
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.xlsx import CellKind
from app.visitors.history import VisitHistory
from app.visitors.model import HistoryFilter, VisitRow, VisitStatus
from app.visitors.types import VisitorType

SECONDS_PER_MINUTE = 60
UNIT_CANDIDATES = 50
NO_UNIT = uuid.UUID(int=0)  # a unit label that names no unit: nothing matches

COLUMNS = (
    ExportColumn("code", "No.", width=11),
    ExportColumn("checked_in_at", "In", CellKind.DATETIME, 17),
    ExportColumn("checked_out_at", "Left", CellKind.DATETIME, 17),
    ExportColumn("minutes", "Minutes on site", CellKind.DURATION_MIN, 9),
    ExportColumn("visit_status", "Status", width=10, coded=True),
    ExportColumn("visitor_type", "Type", width=12, coded=True),
    ExportColumn("name", "Visitor", width=14),
    ExportColumn("phone", "Phone (masked)", width=15),
    ExportColumn("id", "ID (masked)", width=20),
    ExportColumn("company", "Company", width=16),
    ExportColumn("unit", "Visiting", width=12),
    ExportColumn("resident", "Resident", width=10),
    ExportColumn("purpose", "Purpose", width=20),
    ExportColumn("plate", "Plate", width=11),
    ExportColumn("companions", "Companions", CellKind.NUMBER, 8),
    ExportColumn("pass_number", "Pass", width=9),
    ExportColumn("checkout_method", "How they left", width=14, coded=True),
    ExportColumn("checked_in_by", "Checked in by", width=10),
    ExportColumn("amended", "Amended", width=8, coded=True),
)
OPTIONS = frozenset({"unit", "visitor_type", "plate", "visit_status"})
AMENDED = "amended"  # the code of the "Amended" column (worded as code.amended.amended)


def export_filter(f: HistoryFilter, zone: tzinfo, unit_label: str = "") -> ExportFilter:
    """The history page's filter as an export filter; ``unit_label`` names ``f.unit_id``."""
    start = day_bounds(f.first_day, zone)[0] if f.first_day is not None else f.since
    end = day_bounds(f.last_day, zone)[1] if f.last_day is not None else f.until
    options = {
        "unit": unit_label if f.unit_id is not None else "",
        "visitor_type": f.visitor_type,
        "plate": f.plate.strip(),
        "visit_status": f.statuses[0].value if len(f.statuses) == 1 else "",
    }
    return ExportFilter(start, end, f.desk_id, f.visitor.strip(), {k: v for k, v in options.items() if v})


class VisitExportSource:
    """``ExportSource`` of the visit history (``ExportKind.VISITS``)."""

    kind = ExportKind.VISITS

    def __init__(
        self, history: VisitHistory, directory: DirectoryService, types: Callable[[], list[VisitorType]]
    ) -> None:
        self._history = history
        self._directory = directory
        self._types = types

    def columns(self) -> Sequence[ExportColumn]:
        return COLUMNS

    def history_filter(self, flt: ExportFilter) -> HistoryFilter:
        """An export filter as the history's filter; an option the history does not know is refused."""
        options = dict(flt.options)
        unknown = set(options) - OPTIONS
        if unknown:
            raise ValidationError("options", Rule.CHOICE, {"value": sorted(unknown)[0]})
        status = options.get("visit_status", "")
        try:
            statuses = (VisitStatus(status),) if status else ()
        except ValueError as error:
            raise ValidationError("visit_status", Rule.CHOICE, {"value": status}) from error
        return HistoryFilter(
            since=flt.start,
            until=flt.end,
            desk_id=flt.desk_id,
            unit_id=self._unit_id(options.get("unit", "")),
            visitor_type=options.get("visitor_type", ""),
            plate=options.get("plate", ""),
            visitor=flt.text,
            statuses=statuses,
        )

    def _unit_id(self, label: str) -> uuid.UUID | None:
        label = label.strip()
        if not label:
            return None
        try:
            candidates = self._directory.find_units(label, UNIT_CANDIDATES)
        except GatehouseError:
            candidates = []  # not a unit code at all
        for unit in candidates:
            if unit.label == label:
                return unit.id
        try:
            return uuid.UUID(label)
        except ValueError:
            return NO_UNIT

    def count(self, flt: ExportFilter) -> int | None:
        return self._history.count(self.history_filter(flt))

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        own_names = {t.code: t.label for t in self._types() if t.label}
        for row in self._history.iterate(self.history_filter(flt)):
            yield _values(row, own_names)


def _values(row: VisitRow, own_names: dict[str, str]) -> list[Any]:
    """One visit's cells: codes where the export words them, a site's own type name as it is."""
    minutes = (
        int(row.time_on_site(row.checked_out_at).total_seconds() // SECONDS_PER_MINUTE) if row.checked_out_at else None
    )
    return [
        row.code,
        row.checked_in_at,
        row.checked_out_at,
        minutes,
        row.status.value,
        own_names.get(row.visitor_type, row.visitor_type),
        row.name,
        row.phone_masked,
        row.id_masked or "",
        row.company,
        row.unit_label,
        row.resident_name,
        row.purpose,
        row.plate,
        row.companions,
        row.pass_number,
        row.checkout_method.value if row.checkout_method else "",
        row.checked_in_by,
        AMENDED if row.amended else "",
    ]
