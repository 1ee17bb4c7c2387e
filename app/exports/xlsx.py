"""The one Excel writer every list export uses (SPEC §7).

- frozen header row, autofilter over the data, column widths from the column definitions;
- dates and times are real Excel dates (in the site's local time, without a zone: Excel has none);
- numbers stay numbers; every text cell is written as a string (never a formula), and text starting
  with ``= + - @``, tab or carriage return also gets Excel's quote prefix (the invisible apostrophe),
  so the value reads exactly as typed and re-editing the cell cannot turn it into a formula;
- write-only (streaming) mode, so 100,000 rows export in seconds in constant memory;
- progress callback and cooperative cancellation for long exports;
- written to a temporary file next to the target, then renamed: a failed or cancelled export
  leaves nothing half-written.

Masking is the caller's job (rows arrive already masked from the services); this module writes what
it is given.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.errors import StorageError, StorageProblem

# Characters that make a spreadsheet treat a cell as a formula (or DDE payload).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's limit per cell
PROGRESS_EVERY = 1000
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"


class CellKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATETIME = "datetime"
    DATE = "date"
    TIME = "time"
    DURATION_MIN = "duration_min"  # a number of minutes


@dataclass(frozen=True, slots=True)
class XlsxColumn:
    title: str
    kind: CellKind = CellKind.TEXT
    width: float = 14.0  # in Excel character widths


class ExportCancelled(Exception):
    """The operator cancelled; the target file was not written."""


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def _text(value: Any) -> str:
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _text_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    text = _text(value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # a string, never parsed as a formula
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


def _local(value: datetime, zone: tzinfo) -> datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(zone).replace(tzinfo=None)


def _cell(value: Any, column: XlsxColumn, zone: tzinfo, styles: dict[CellKind, Any], sheet: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None
    if column.kind == CellKind.TEXT:
        return _text_cell(sheet, value)
    if column.kind in (CellKind.NUMBER, CellKind.DURATION_MIN):
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return value
        return _text_cell(sheet, value)
    if column.kind == CellKind.DATETIME and isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=_local(value, zone))
    elif column.kind == CellKind.DATE and isinstance(value, date | datetime):
        day = value.date() if isinstance(value, datetime) else value
        cell = WriteOnlyCell(sheet, value=day)  # type: ignore[arg-type]  # openpyxl writes dates too
    elif column.kind == CellKind.TIME and isinstance(value, time | datetime):
        moment = _local(value, zone).time() if isinstance(value, datetime) else value
        cell = WriteOnlyCell(sheet, value=moment)  # type: ignore[arg-type]  # and times
    else:
        return _text_cell(sheet, value)
    cell.number_format = styles[column.kind]
    return cell


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def write_xlsx(
    path: Path,
    sheet_title: str,
    columns: Sequence[XlsxColumn],
    rows: Iterable[Sequence[Any]],
    *,
    zone: tzinfo,
    total: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    title_lines: Sequence[str] = (),
) -> int:
    """Write ``rows`` (sequences matching ``columns``) to ``path``; return the number of data rows.

    ``title_lines`` are written above the header (e.g. site, filter, printed by); the header row is
    then frozen below them. Raises ``StorageError`` for disk problems, ``ExportCancelled`` on cancel.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    _check_folder(path.expanduser().parent)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_safe_sheet_title(sheet_title))
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[_column_letter(index)].width = column.width
    header_row = len(title_lines) + 1
    last_column = _column_letter(max(1, len(columns)))
    sheet.freeze_panes = f"A{header_row + 1}"
    styles = {CellKind.DATETIME: DATETIME_FORMAT, CellKind.DATE: DATE_FORMAT, CellKind.TIME: TIME_FORMAT}
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDDDDD")
    for line in title_lines:
        cell = _text_cell(sheet, line)
        cell.font = bold
        sheet.append([cell])
    header = []
    for column in columns:
        cell = _text_cell(sheet, column.title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for row in rows:
            if cancelled is not None and count % PROGRESS_EVERY == 0 and cancelled():
                raise ExportCancelled()
            cells = [_cell(value, column, zone, styles, sheet) for value, column in zip(row, columns, strict=True)]
            sheet.append(cells)
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, total)
    except BaseException:
        with contextlib.suppress(Exception):  # release openpyxl's temporary stream; the error goes on
            sheet.close()
        raise
    sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + max(count, 1)}"
    _save(workbook, path)
    if progress is not None:
        progress(count, total)
    return count


def _safe_sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    return cleaned[:31]


def _check_folder(folder: Path) -> None:
    """Fail before any work when the export cannot be written there."""
    if not folder.is_dir():
        raise StorageError(StorageProblem.MISSING, where=str(folder))
    if not os.access(folder, os.W_OK):
        raise StorageError(StorageProblem.READ_ONLY, where=str(folder))


def _save(workbook: Any, path: Path) -> None:
    target = path.expanduser()
    temporary = target.with_name(f".{target.name}.partial")
    try:
        try:
            workbook.save(str(temporary))
        except BaseException:
            for sheet in workbook.worksheets:  # release openpyxl's streams before the error goes on
                with contextlib.suppress(Exception):
                    sheet.close()
            raise
        fd = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except PermissionError as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(StorageProblem.READ_ONLY, where=str(target.parent)) from error
    except FileNotFoundError as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(StorageProblem.MISSING, where=str(target.parent)) from error
    except OSError as error:
        temporary.unlink(missing_ok=True)
        problem = StorageProblem.DISK_FULL if error.errno == 28 else StorageProblem.IO
        raise StorageError(problem, where=str(target)) from error
