"""Key loans (issued or taken back in the period) as an export source, for ``export xlsx --what keys``
and the Reports page. Borrower kinds, loan states and "ID checked" are codes the export words."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select

from app.clock import Clock
from app.exports.registry import ExportColumn, ExportFilter, ExportKind
from app.keys import queries
from app.keys.transfer import LOAN_COLUMNS, TransferWords, loan_row_values
from app.storage import Sessions
from db.models.keys import KeyLoan

PAGE_ROWS = 2000
KEYS = (
    "tag",
    "key",
    "borrower",
    "borrower_kind",
    "borrower_detail",
    "purpose",
    "issued",
    "issued_by",
    "approved_by",
    "id_checked",
    "due",
    "returned",
    "returned_by",
    "received_by",
    "late_minutes",
    "loan_state",
)
CODED = frozenset({"borrower_kind", "id_checked", "loan_state"})
COLUMNS = tuple(
    ExportColumn(key, column.title, column.kind, column.width, coded=key in CODED)
    for key, column in zip(KEYS, LOAN_COLUMNS, strict=True)
)
CODES = TransferWords(yes="yes", no="no")  # values stay codes; the export words them


class KeyLoanExportSource:
    kind = ExportKind.KEYS

    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def columns(self) -> Sequence[ExportColumn]:
        return COLUMNS

    @staticmethod
    def _where(query: Any, flt: ExportFilter) -> Any:
        issued, closed = [], []
        if flt.start is not None:
            issued.append(KeyLoan.issued_at >= flt.start)
            closed.append(KeyLoan.closed_at >= flt.start)
        if flt.end is not None:
            issued.append(KeyLoan.issued_at < flt.end)
            closed.append(KeyLoan.closed_at < flt.end)
        if issued:
            query = query.where(or_(and_(*issued), and_(*closed)))
        if flt.desk_id is not None:
            query = query.where(or_(KeyLoan.issue_desk_id == flt.desk_id, KeyLoan.close_desk_id == flt.desk_id))
        return query

    def count(self, flt: ExportFilter) -> int | None:
        with self._sessions.read() as s:
            return int(s.execute(self._where(select(func.count(KeyLoan.id)), flt)).scalar_one())

    def rows(self, flt: ExportFilter) -> Iterator[Sequence[Any]]:
        """Oldest issue first, fetched a page at a time by (issued_at, id)."""
        base = self._where(queries.loan_select(), flt).order_by(KeyLoan.issued_at, KeyLoan.id).limit(PAGE_ROWS)
        after: tuple[Any, Any] | None = None
        while True:
            query = base
            if after is not None:
                query = query.where(
                    or_(KeyLoan.issued_at > after[0], and_(KeyLoan.issued_at == after[0], KeyLoan.id > after[1]))
                )
            with self._sessions.read() as s:
                page = queries.loan_rows(s, query, self._clock.now())
            for loan in page:
                yield loan_row_values(loan, CODES)
            if len(page) < PAGE_ROWS:
                return
            after = (page[-1].issued_at, page[-1].id)
