"""Patrol rounds as an export source (the Patrols page's Excel button, the Reports page,
``gatehouse export xlsx --what patrols``): one row per round started in the period (and desk), oldest
first — route, guard, start and finish, checkpoints reached of how many, the ones missed and any
anomaly written at a checkpoint. A round still open has no finish time and no missed checkpoints."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, select

from app.duty.patrols import PatrolService, RoundRow
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.sources.common import in_period, offset_pages
from app.exports.xlsx import CellKind
from app.storage import Sessions
from db.models.core import Desk
from db.models.duty import PatrolRound

PAGE_ROWS = 500
LIST_SEPARATOR = "、"
OPEN = "open"  # code of a round not finished yet ("round_state" column)
FINISHED = "finished"

COLUMNS = (
    ExportColumn("started", "Started", CellKind.DATETIME, 17),
    ExportColumn("finished", "Finished", CellKind.DATETIME, 17),
    ExportColumn("round_state", "State", width=10, coded=True),
    ExportColumn("route", "Route", width=16),
    ExportColumn("desk", "Desk", width=12),
    ExportColumn("guard", "Guard", width=12),
    ExportColumn("checkpoints", "Checkpoints", CellKind.NUMBER, 10),
    ExportColumn("reached", "Reached", CellKind.NUMBER, 9),
    ExportColumn("missed", "Missed checkpoints", width=30),
    ExportColumn("anomalies", "Anomalies noted", width=36),
)


class PatrolRoundExportSource:
    kind = ExportKind.PATROLS

    def __init__(self, sessions: Sessions, patrols: PatrolService) -> None:
        self._sessions = sessions
        self._patrols = patrols

    def columns(self) -> Sequence[ExportColumn]:
        return COLUMNS

    @staticmethod
    def _where(query: Any, flt: ExportFilter) -> Any:
        return in_period(query, flt, PatrolRound.started_at, PatrolRound.desk_id)

    def count(self, flt: ExportFilter) -> int | None:
        with self._sessions.read() as s:
            return int(s.execute(self._where(select(func.count(PatrolRound.id)), flt)).scalar_one())

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        query = self._where(select(PatrolRound.id, Desk.name), flt).join(Desk, Desk.id == PatrolRound.desk_id)
        query = query.order_by(PatrolRound.started_at, PatrolRound.id)
        ids = offset_pages(self._sessions, query, lambda _s, row: (row[0], row[1]), PAGE_ROWS)
        for round_id, desk in ids:
            yield _values(self._patrols.get_round(round_id), desk)


def _values(r: RoundRow, desk: str) -> list[Any]:
    missed = LIST_SEPARATOR.join(c.checkpoint.name for c in r.missed)
    anomalies = LIST_SEPARATOR.join(f"{c.checkpoint.name}: {c.anomaly}" for c in r.checkpoints if c.anomaly)
    return [
        r.started_at,
        r.finished_at,
        OPEN if r.open else FINISHED,
        r.route_name,
        desk,
        r.guard_name,
        len(r.checkpoints),
        r.reached_count,
        missed,
        anomalies,
    ]
