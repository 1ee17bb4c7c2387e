"""Key counts and residents' deposited keys as export sources (the Keys page's Excel menu, the Reports
page, ``gatehouse export xlsx --what key_counts|deposits``).

* Key counts: one row per count at a shift change in the period (and desk), oldest first: how many
  keys were expected and matched, and the tags missing or found unexpectedly.
* Deposited keys: every deposit of a key that is not retired, by tag: the depositor, consent and who
  may collect the key — collectors' phones masked. A period does not apply (the list is "now").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.exports.sources.common import in_period, offset_pages
from app.exports.xlsx import CellKind
from app.keys import queries
from app.keys.deposits import DepositService
from app.keys.rows import CountLineRow, DepositRow, KeyCountRow, KeyState
from app.storage import Sessions
from db.models.keys import KeyCount, KeyDeposit, KeyItem

PAGE_ROWS = 500
LIST_SEPARATOR = "、"

COUNT_COLUMNS = (
    ExportColumn("counted_at", "Counted at", CellKind.DATETIME, 17),
    ExportColumn("desk", "Desk", width=12),
    ExportColumn("counted_by", "Counted by", width=12),
    ExportColumn("expected", "Expected in the cabinet", CellKind.NUMBER, 10),
    ExportColumn("matched", "Matched", CellKind.NUMBER, 9),
    ExportColumn("missing", "Missing", CellKind.NUMBER, 9),
    ExportColumn("unexpected", "Unexpected", CellKind.NUMBER, 9),
    ExportColumn("missing_keys", "Missing keys", width=28),
    ExportColumn("unexpected_keys", "Unexpected keys", width=28),
    ExportColumn("note", "Note", width=30),
)
DEPOSIT_COLUMNS = (
    ExportColumn("tag", "Tag", width=10),
    ExportColumn("key", "Key", width=18),
    ExportColumn("depositor", "Depositor", width=14),
    ExportColumn("unit", "Unit", width=12),
    ExportColumn("consent_at", "Consent given", CellKind.DATETIME, 17),
    ExportColumn("consent_note", "Consent record", width=18),
    ExportColumn("deposited_at", "Deposited at", CellKind.DATETIME, 17),
    ExportColumn("deposited_by", "Received by", width=12),
    ExportColumn("collectors", "May collect (phones masked)", width=40),
)


def _keys(lines: Sequence[CountLineRow]) -> str:
    return LIST_SEPARATOR.join(f"{line.tag} {line.label}".strip() for line in lines)


class KeyCountExportSource:
    kind = ExportKind.KEY_COUNTS

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def columns(self) -> Sequence[ExportColumn]:
        return COUNT_COLUMNS

    @staticmethod
    def _where(query: Any, flt: ExportFilter) -> Any:
        return in_period(query, flt, KeyCount.counted_at, KeyCount.desk_id)

    def count(self, flt: ExportFilter) -> int | None:
        with self._sessions.read() as s:
            return int(s.execute(self._where(select(func.count(KeyCount.id)), flt)).scalar_one())

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        query = self._where(select(KeyCount), flt).order_by(KeyCount.counted_at, KeyCount.id)
        return offset_pages(self._sessions, query, _count_cells, PAGE_ROWS)


def _count_cells(s: Session, row: Any) -> list[Any]:
    c: KeyCountRow = queries.count_row(s, row[0])
    return [
        c.counted_at,
        c.desk_name,
        c.counted_by,
        c.expected,
        c.matched,
        len(c.missing),
        len(c.unexpected),
        _keys(c.missing),
        _keys(c.unexpected),
        c.note,
    ]


class DepositExportSource:
    kind = ExportKind.DEPOSITS

    def __init__(self, sessions: Sessions, deposits: DepositService) -> None:
        self._sessions = sessions
        self._deposits = deposits

    def columns(self) -> Sequence[ExportColumn]:
        return DEPOSIT_COLUMNS

    def _key_ids(self) -> list[Any]:
        query = (
            select(KeyDeposit.key_id)
            .join(KeyItem, KeyItem.id == KeyDeposit.key_id)
            .where(KeyItem.state != KeyState.RETIRED.value)
            .order_by(KeyItem.tag)
        )
        with self._sessions.read() as s:
            return list(s.execute(query).scalars())

    def count(self, flt: ExportFilter) -> int | None:
        return len(self._key_ids())

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        for key_id in self._key_ids():
            deposit = self._deposits.deposit_for(key_id)
            if deposit is not None:
                yield _deposit_values(deposit)


def _deposit_values(d: DepositRow) -> list[Any]:
    collectors = LIST_SEPARATOR.join(
        " ".join(p for p in (c.name, c.relation and f"({c.relation})", c.phone_masked) if p) for c in d.collectors
    )
    return [
        d.key_tag,
        d.key_label,
        d.depositor_name,
        d.unit_label,
        d.consent_at,
        d.consent_note,
        d.deposited_at,
        d.deposited_by,
        collectors,
    ]
