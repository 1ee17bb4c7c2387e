"""The key inventory and the loans to and from Excel.

Export: the inventory (with the current filter) and the loans of a date range, through the shared
writer (``app.exports.xlsx``: frozen header, autofilter, real dates, formula-safe text).

Import: the inventory in the export's own column order (so an exported file, edited, comes back in).
Every row is checked first; any bad row rejects the whole file with the row numbers and fields, and
nothing is written. A tag that exists already amends that key (its history names the changed fields);
a new tag adds a key. Deposited keys are not imported (they need the depositor's consent: use the
deposit form).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import GatehouseError, Rule, StorageError, StorageProblem, ValidationError, ValidationErrors
from app.exports.xlsx import CellKind, XlsxColumn, write_xlsx
from app.keys.inventory import KEY_COLUMNS, check_key
from app.keys.journal import Journal
from app.keys.policy import DEPOSITED, LIST_PAGE, MANAGE_KEYS
from app.keys.rows import KeyEventKind, KeyFields, KeyQuery, KeyRow, KeyState, LoanRow, OpensKind
from app.keys.service import KeyService
from app.permissions import Actor, Approval, require
from app.storage import Sessions
from db.models.directory import Building, Unit
from db.models.keys import KeyItem

MAX_IMPORT_ROWS = 20_000
RULE_NOT_A_SPREADSHEET = "not_a_spreadsheet"
RULE_NO_ROWS = "no_rows"
RULE_TOO_MANY_ROWS = "too_many_rows"
RULE_UNKNOWN_RING = "unknown_ring"
FILE_FIELD = "file"
INVENTORY_COLUMNS = (
    XlsxColumn("Tag", width=10),
    XlsxColumn("Label", width=26),
    XlsxColumn("Opens (kind)", width=12),
    XlsxColumn("Opens", width=24),
    XlsxColumn("Unit", width=12),
    XlsxColumn("Class", width=12),
    XlsxColumn("Position", width=10),
    XlsxColumn("Copies", CellKind.NUMBER, width=7),
    XlsxColumn("Ring", width=6),
    XlsxColumn("On ring", width=9),
    XlsxColumn("Notes", width=24),
    XlsxColumn("Status", width=10),
    XlsxColumn("Borrower", width=16),
    XlsxColumn("Due", CellKind.DATETIME, width=16),
)
IMPORTED_COLUMNS = 11  # the columns an import reads; the rest (status, borrower, due) are for reading
LOAN_COLUMNS = (
    XlsxColumn("Tag", width=10),
    XlsxColumn("Key", width=22),
    XlsxColumn("Borrower", width=16),
    XlsxColumn("Borrower is", width=10),
    XlsxColumn("Company / unit / pass", width=20),
    XlsxColumn("Purpose", width=22),
    XlsxColumn("Issued", CellKind.DATETIME, width=16),
    XlsxColumn("Issued by", width=10),
    XlsxColumn("Approved by", width=10),
    XlsxColumn("ID checked", width=8),
    XlsxColumn("Due", CellKind.DATETIME, width=16),
    XlsxColumn("Returned", CellKind.DATETIME, width=16),
    XlsxColumn("Returned by (someone else)", width=16),
    XlsxColumn("Received by", width=10),
    XlsxColumn("Late (min)", CellKind.DURATION_MIN, width=9),
    XlsxColumn("State", width=10),
)


@dataclass(frozen=True, slots=True)
class TransferWords:
    """Column titles and value names in the operator's language (the UI fills them in)."""

    inventory_sheet: str = "Keys"
    loans_sheet: str = "Key loans"
    inventory_titles: tuple[str, ...] = tuple(c.title for c in INVENTORY_COLUMNS)
    loan_titles: tuple[str, ...] = tuple(c.title for c in LOAN_COLUMNS)
    title_lines: tuple[str, ...] = ()
    yes: str = "yes"
    no: str = "no"
    statuses: Mapping[str, str] = field(default_factory=dict)
    loan_states: Mapping[str, str] = field(default_factory=dict)
    borrower_kinds: Mapping[str, str] = field(default_factory=dict)
    opens_kinds: Mapping[str, str] = field(default_factory=dict)
    classes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # the spreadsheet's row number, as Excel shows it
    error: ValidationError


@dataclass(eq=False)
class ImportRejected(GatehouseError):
    """The file was not imported: every problem, by row; nothing was written."""

    problems: tuple[RowProblem, ...]

    def __post_init__(self) -> None:
        super().__init__(f"{len(self.problems)} problems, first at row {self.problems[0].row}")


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    amended: int
    unchanged: int


def _titled(columns: Sequence[XlsxColumn], titles: Sequence[str]) -> list[XlsxColumn]:
    if len(titles) != len(columns):
        return list(columns)
    return [dataclasses.replace(column, title=title) for column, title in zip(columns, titles, strict=True)]


def _reverse(names: Mapping[str, str]) -> dict[str, str]:
    return {name.strip().casefold(): code for code, name in names.items() if name}


class KeyTransferService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog, keys: KeyService, zone: tzinfo) -> None:
        self._sessions = sessions
        self._clock = clock
        self._journal = Journal(audit)
        self._keys = keys
        self._zone = zone

    # -- export ------------------------------------------------------------------------------------
    def export_inventory(
        self,
        path: Path,
        query: KeyQuery = KeyQuery(),  # noqa: B008
        words: TransferWords = TransferWords(),
        *,
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        return self._write(
            path,
            words,
            words.inventory_sheet,
            _titled(INVENTORY_COLUMNS, words.inventory_titles),
            self._keys.count_keys(query),
            lambda offset: [self._inventory_row(k, words) for k in self._keys.find_keys(query, offset, LIST_PAGE)],
            progress,
            cancelled,
        )

    def _write(
        self,
        path: Path,
        words: TransferWords,
        sheet: str,
        columns: Sequence[XlsxColumn],
        total: int,
        page: Callable[[int], list[tuple[Any, ...]]],
        progress: Callable[[int, int | None], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> int:
        """Stream ``total`` rows, fetched a page at a time, into ``path``."""
        rows = (row for offset in range(0, total, LIST_PAGE) for row in page(offset))
        return write_xlsx(
            path,
            sheet,
            columns,
            rows,
            zone=self._zone,
            total=total,
            progress=progress,
            cancelled=cancelled,
            title_lines=words.title_lines,
        )

    @staticmethod
    def _inventory_row(key: KeyRow, words: TransferWords) -> tuple[Any, ...]:
        status = words.statuses.get(key.status.value, key.status.value)
        if key.overdue:
            status = words.statuses.get("overdue", "overdue")
        return (
            key.tag,
            key.label,
            words.opens_kinds.get(key.opens_kind.value, key.opens_kind.value),
            key.opens_text,
            key.unit_label,
            words.classes.get(key.key_class, key.key_class),
            key.position,
            key.copies,
            words.yes if key.is_ring else "",
            key.ring.tag if key.ring else "",
            key.notes,
            status,
            key.loan.borrower.name if key.loan else "",
            key.loan.due_at if key.loan else None,
        )

    def export_loans(
        self,
        path: Path,
        start: datetime,
        end: datetime,
        words: TransferWords = TransferWords(),
        *,
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        return self._write(
            path,
            words,
            words.loans_sheet,
            _titled(LOAN_COLUMNS, words.loan_titles),
            self._keys.count_transactions(start, end),
            lambda offset: [loan_row_values(t, words) for t in self._keys.transactions(start, end, offset, LIST_PAGE)],
            progress,
            cancelled,
        )

    # -- import ------------------------------------------------------------------------------------
    @changes(ChangeKind.KEY)
    def import_inventory(
        self,
        actor: Actor,
        path: Path,
        words: TransferWords = TransferWords(),
        approval: Approval | None = None,
    ) -> ImportResult:
        """All rows or none: ``ImportRejected`` lists every bad row (Excel's row numbers)."""
        approver = require(actor, MANAGE_KEYS, approval)
        rows = read_rows(path)
        class_codes = [c.code for c in self._keys.classes()]
        now = self._clock.now()
        with self._sessions.begin() as s:
            parsed = _Parser(s, words, class_codes).parse(rows)
            added = amended = unchanged = 0
            by_tag: dict[str, KeyItem] = {}
            for _number, values, _ring in parsed:
                key = s.execute(select(KeyItem).where(KeyItem.tag == values["tag"])).scalar_one_or_none()
                if key is None:
                    key = KeyItem(state=KeyState.ACTIVE.value, **values)
                    s.add(key)
                    s.flush()
                    self._journal.event(s, at=now, actor=actor, key_id=key.id, kind=KeyEventKind.IMPORTED)
                    added += 1
                else:
                    changed = [name for name in KEY_COLUMNS if getattr(key, name) != values[name]]
                    for name, value in values.items():
                        setattr(key, name, value)
                    if changed:
                        self._journal.event(
                            s, at=now, actor=actor, key_id=key.id, kind=KeyEventKind.AMENDED, detail=",".join(changed)
                        )
                        amended += 1
                    else:
                        unchanged += 1
                by_tag[values["tag"]] = key
            for _number, values, ring_tag in parsed:
                key = by_tag[values["tag"]]
                ring = by_tag.get(ring_tag) if ring_tag else None
                if ring is None and ring_tag:
                    ring = s.execute(select(KeyItem).where(KeyItem.tag == ring_tag)).scalar_one()
                key.ring_id = ring.id if ring is not None else None
            s.flush()
            self._journal.audit(
                s,
                at=now,
                actor=actor,
                action="key.inventory_imported",
                record_kind="key",
                record_id="import",
                approver_id=approver,
                details={"added": added, "amended": amended, "rows": len(parsed)},
            )
            return ImportResult(added, amended, unchanged)


def loan_row_values(loan: LoanRow, words: TransferWords) -> tuple[Any, ...]:
    """One loan as the cells of ``LOAN_COLUMNS`` (codes worded by ``words``)."""
    return (
        loan.key_tag,
        loan.key_label,
        loan.borrower.name,
        words.borrower_kinds.get(loan.borrower.kind.value, loan.borrower.kind.value),
        loan.borrower.detail,
        loan.purpose,
        loan.issued_at,
        loan.issued_by,
        loan.approver,
        words.yes if loan.id_checked else words.no,
        loan.due_at,
        loan.closed_at,
        loan.returned_by.name if loan.returned_by else "",
        loan.closed_by,
        loan.late_minutes,
        words.loan_states.get(loan.state.value, loan.state.value),
    )


def read_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """(row number, cells) of the first sheet below its header row; blank rows skipped."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as error:
        raise StorageError(StorageProblem.MISSING, where=str(path)) from error
    except PermissionError as error:
        raise StorageError(StorageProblem.IO, where=str(path)) from error
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as error:
        raise ValidationError(FILE_FIELD, RULE_NOT_A_SPREADSHEET) from error
    try:
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, list[Any]]] = []
        header_seen = False
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = list(cells)[:IMPORTED_COLUMNS]
            if not any(v not in (None, "") for v in values):
                continue
            if not header_seen:  # the header (and any title lines above it): up to the first "tag" cell
                header_seen = _is_header(values)
                continue
            rows.append((number, values + [None] * (IMPORTED_COLUMNS - len(values))))
            if len(rows) > MAX_IMPORT_ROWS:
                raise ValidationError(FILE_FIELD, RULE_TOO_MANY_ROWS, {"max": MAX_IMPORT_ROWS})
    finally:
        workbook.close()
    if not rows:
        raise ValidationError(FILE_FIELD, RULE_NO_ROWS)
    return rows


def _is_header(values: Sequence[Any]) -> bool:
    """The header row fills (at least) the first two and the last imported columns."""
    filled = [v not in (None, "") for v in values]
    return len(filled) >= IMPORTED_COLUMNS and filled[0] and filled[1] and filled[IMPORTED_COLUMNS - 1]


class _Parser:
    def __init__(self, s: Session, words: TransferWords, class_codes: Sequence[str]) -> None:
        self._s = s
        self._class_codes = list(class_codes)
        self._classes = _reverse(words.classes) | {code.casefold(): code for code in class_codes}
        self._opens = _reverse(words.opens_kinds) | {kind.value: kind.value for kind in OpensKind}
        self._yes = {words.yes.strip().casefold(), "yes", "y", "1", "true", "是", "✓"}
        self._units: dict[str, uuid.UUID] | None = None

    def _unit(self, text: str) -> uuid.UUID | None:
        if self._units is None:
            self._units = {}
            for unit_id, key, building, code in self._s.execute(
                select(Unit.id, Unit.search_key, Building.name, Unit.code).join(Building)
            ):
                self._units[key.upper()] = unit_id
                self._units[f"{building} {code}".upper()] = unit_id
        compact = text.strip().upper()
        return self._units.get(compact) or self._units.get(compact.replace(" ", "").replace("-", ""))

    def parse(self, rows: Sequence[tuple[int, list[Any]]]) -> list[tuple[int, dict[str, Any], str]]:
        problems: list[RowProblem] = []
        parsed: list[tuple[int, dict[str, Any], str]] = []
        seen: dict[str, int] = {}
        for number, cells in rows:
            try:
                values, ring_tag = self._row(cells)
            except ValidationErrors as errors:
                problems += [RowProblem(number, e) for e in errors.errors]
                continue
            if values["tag"] in seen:
                problems.append(RowProblem(number, ValidationError("tag", Rule.DUPLICATE)))
                continue
            seen[values["tag"]] = number
            parsed.append((number, values, ring_tag))
        problems += self._check_against_register(parsed, seen)
        if problems:
            raise ImportRejected(tuple(sorted(problems, key=lambda p: p.row)))
        return parsed

    def _row(self, cells: list[Any]) -> tuple[dict[str, Any], str]:
        text = ["" if v is None else str(v).strip() for v in cells]
        tag, label, opens_kind, opens, unit, klass, position, copies, ring, on_ring, notes = text
        errors: list[ValidationError] = []
        unit_id = self._unit(unit) if unit else None
        if unit and unit_id is None:
            errors.append(ValidationError("unit", Rule.NOT_FOUND))
        copies_value = copies[:-2] if copies.endswith(".0") else copies  # Excel numbers come back as floats
        fields = KeyFields(
            tag,
            label,
            self._opens.get(opens_kind.casefold(), opens_kind or OpensKind.OTHER.value),
            opens,
            unit_id,
            self._classes.get(klass.casefold(), klass),
            position,
            copies_value or 1,
            ring.casefold() in self._yes,
            notes,
        )
        try:
            values = check_key(fields, self._class_codes)
        except ValidationErrors as invalid:
            errors += [e for e in invalid.errors if not (e.field == "unit" and unit)]
            values = {}
        if errors:
            raise ValidationErrors(tuple(errors))
        return values, on_ring.upper().replace(" ", "")

    def _check_against_register(
        self, parsed: Sequence[tuple[int, dict[str, Any], str]], in_file: Mapping[str, int]
    ) -> list[RowProblem]:
        problems: list[RowProblem] = []
        tags = list(in_file)
        existing = {
            tag: (key_class,)
            for tag, key_class in self._s.execute(select(KeyItem.tag, KeyItem.key_class).where(KeyItem.tag.in_(tags)))
        }
        ring_tags = {ring for _n, _v, ring in parsed if ring}
        rings_in_register = set(
            self._s.execute(select(KeyItem.tag).where(KeyItem.tag.in_(ring_tags), KeyItem.is_ring)).scalars()
        )
        ring_in_file = {values["tag"]: values["is_ring"] for _n, values, _r in parsed}
        for number, values, ring_tag in parsed:
            old = existing.get(values["tag"])
            if old is not None and old[0] == DEPOSITED:
                problems.append(RowProblem(number, ValidationError("key_class", "use_deposit_form")))
            if not ring_tag:
                continue
            is_ring = ring_in_file.get(ring_tag, ring_tag in rings_in_register)
            if values["is_ring"] or not is_ring:
                problems.append(RowProblem(number, ValidationError("on_ring", RULE_UNKNOWN_RING)))
        return problems
