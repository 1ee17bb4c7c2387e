"""The one Excel writer every list export uses (docs/reports.md).

- frozen header row, autofilter over the data, column widths from the column definitions;
- dates and times are real Excel dates (in the site's local time, without a zone: Excel has none);
- numbers stay numbers; every text cell is written as a string (never a formula), and text starting
  with ``= + - @``, tab or carriage return also gets Excel's quote prefix (the invisible apostrophe),
  so the value reads exactly as typed and re-editing the cell cannot turn it into a formula;
- streamed straight into the zip, in constant memory, progress and cooperative cancellation;
- written to a temporary file next to the target, then renamed: a failed or cancelled export
  leaves nothing half-written.

Why not openpyxl's writer: its write-only mode builds a cell object per value and took 16–22 s for
100,000 rows × 12 columns on the 2-core target machine (docs/targets.md asks ≤ 15 s). The SpreadsheetML
this module writes is small and fixed (one sheet, inline strings, six cell styles); openpyxl remains
the reader (imports, tests) and LibreOffice opens the result in a test.

Masking is the caller's job (rows arrive already masked from the services); this module writes what
it is given.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from app.errors import StorageError, StorageProblem
from app.files import PRIVATE_FILE_MODE

# Characters that make a spreadsheet treat a cell as a formula (or DDE payload).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's limit per cell
PROGRESS_EVERY = 1000
WRITE_CHUNK_ROWS = 500
EXCEL_EPOCH = datetime(1899, 12, 30)
SECONDS_PER_DAY = 86_400.0
# Code points XML 1.0 cannot carry at all (they are dropped from cell text).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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


# Cell style indexes (cellXfs in styles.xml below).
_STYLE_TEXT, _STYLE_HEADER, _STYLE_DATETIME, _STYLE_DATE, _STYLE_TIME, _STYLE_QUOTED, _STYLE_TITLE = range(7)

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>\
<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/><numFmt numFmtId="166" formatCode="hh:mm"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFDDDDDD"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">\
<alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""

_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/></Relationships>"""


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _attribute(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _string_cell(ref: str, value: Any, style: int = _STYLE_TEXT) -> str:
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    if looks_like_formula(text) and style == _STYLE_TEXT:
        style = _STYLE_QUOTED
    text = escape(_XML_ILLEGAL.sub("", text))
    space = ' xml:space="preserve"' if text != text.strip() else ""
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{styled}><is><t{space}>{text}</t></is></c>'


def _serial(moment: datetime) -> float:
    return (moment - EXCEL_EPOCH).total_seconds() / SECONDS_PER_DAY


def _cell(ref: str, value: Any, kind: CellKind, zone: tzinfo) -> str:
    if value is None or value == "":
        return ""
    if kind == CellKind.TEXT:
        return _string_cell(ref, value)
    if kind in (CellKind.NUMBER, CellKind.DURATION_MIN):
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return _string_cell(ref, value)
    if kind == CellKind.DATETIME and isinstance(value, datetime):
        local = value.astimezone(zone).replace(tzinfo=None) if value.tzinfo else value
        return f'<c r="{ref}" s="{_STYLE_DATETIME}"><v>{_serial(local)!r}</v></c>'
    if kind == CellKind.DATE and isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        return f'<c r="{ref}" s="{_STYLE_DATE}"><v>{(day - EXCEL_EPOCH.date()).days}</v></c>'
    if kind == CellKind.TIME and isinstance(value, time | datetime):
        moment = value.astimezone(zone).time() if isinstance(value, datetime) and value.tzinfo else value
        if isinstance(moment, datetime):
            moment = moment.time()
        seconds = timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second).total_seconds()
        return f'<c r="{ref}" s="{_STYLE_TIME}"><v>{seconds / SECONDS_PER_DAY!r}</v></c>'
    return _string_cell(ref, value)


def _safe_sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    return cleaned[:31]


def _check_folder(folder: Path) -> None:
    """Fail before any work when the export cannot be written there."""
    if not folder.is_dir():
        raise StorageError(StorageProblem.MISSING, where=str(folder))
    if not os.access(folder, os.W_OK):
        raise StorageError(StorageProblem.READ_ONLY, where=str(folder))


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
    target = path.expanduser()
    _check_folder(target.parent)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
            count = _write_parts(archive, sheet_title, columns, rows, zone, total, progress, cancelled, title_lines)
        fd = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(temporary, PRIVATE_FILE_MODE)  # exports hold personal data: owner-only
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if isinstance(error, PermissionError):
            raise StorageError(StorageProblem.READ_ONLY, where=str(target.parent)) from error
        if isinstance(error, FileNotFoundError):
            raise StorageError(StorageProblem.MISSING, where=str(target.parent)) from error
        if isinstance(error, OSError):
            problem = StorageProblem.DISK_FULL if error.errno == 28 else StorageProblem.IO
            raise StorageError(problem, where=str(target)) from error
        raise
    if progress is not None:
        progress(count, total)
    return count


def _write_parts(
    archive: zipfile.ZipFile,
    sheet_title: str,
    columns: Sequence[XlsxColumn],
    rows: Iterable[Sequence[Any]],
    zone: tzinfo,
    total: int | None,
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
    title_lines: Sequence[str],
) -> int:
    header_row = len(title_lines) + 1
    last = column_letter(max(1, len(columns)))
    letters = [column_letter(i) for i in range(1, len(columns) + 1)]
    kinds = [c.kind for c in columns]
    count = 0
    with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:

        def put(text: str) -> None:
            raw.write(text.encode("utf-8"))

        put(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        put(
            f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="{header_row}" topLeftCell="A{header_row + 1}" '
            f'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A{header_row + 1}" '
            f'sqref="A{header_row + 1}"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>'
        )
        for index, column in enumerate(columns, start=1):
            put(f'<col min="{index}" max="{index}" width="{column.width}" customWidth="1"/>')
        put("</cols><sheetData>")
        for number, line in enumerate(title_lines, start=1):
            put(f'<row r="{number}">{_string_cell(f"A{number}", line, _STYLE_TITLE)}</row>')
        put(f'<row r="{header_row}">')
        put("".join(_string_cell(f"{letters[i]}{header_row}", c.title, _STYLE_HEADER) for i, c in enumerate(columns)))
        put("</row>")
        chunk: list[str] = []
        row_number = header_row
        for row in rows:
            if cancelled is not None and count % PROGRESS_EVERY == 0 and cancelled():
                raise ExportCancelled()
            row_number += 1
            cells = [_cell(f"{letters[i]}{row_number}", value, kinds[i], zone) for i, value in enumerate(row)]
            if len(cells) != len(columns):
                raise ValueError(f"row {count + 1} has {len(cells)} values for {len(columns)} columns")
            chunk.append(f'<row r="{row_number}">{"".join(cells)}</row>')
            count += 1
            if len(chunk) >= WRITE_CHUNK_ROWS:
                put("".join(chunk))
                chunk = []
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, total)
        put("".join(chunk))
        filter_ref = f"A{header_row}:{last}{header_row + max(count, 1)}"
        put(
            f'</sheetData><autoFilter ref="{filter_ref}"/>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
        )
    title = _attribute(_safe_sheet_title(sheet_title))
    archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
    archive.writestr("_rels/.rels", _ROOT_RELS)
    archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
    archive.writestr("xl/styles.xml", _STYLES)
    archive.writestr(
        "xl/workbook.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets>'
        f'<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"'{title.replace(chr(39), chr(39) * 2)}'!$A${header_row}:${last}${header_row + max(count, 1)}"
        "</definedName></definedNames></workbook>",
    )
    return count
