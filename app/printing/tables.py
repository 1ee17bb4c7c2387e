"""Tables: long ones break across pages with the header repeated; Chinese wraps only where it must.

A ``Paragraph`` with ``wordWrap='CJK'`` costs about 2.6× a plain cell (docs/traps.md, 3), so each
cell is measured first: text that fits its column on one line stays a plain string (drawn by the
table itself, the fast path); only longer text, or text with line breaks, becomes a wrapping
paragraph — CJK line breaking only when the text contains CJK characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, TableStyle

from app.printing.styles import HEADER_ROW_GREY, INK, RULE_GREY, ZEBRA_GREY, Styles
from app.printing.widths import auto_widths, sample_rows

CellValue = str | int | float | Decimal | None
CELL_PAD_X = 3.0
CELL_PAD_Y = 2.0


class Align(StrEnum):
    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"


TEXT_ALIGN: dict[Align, Literal[0, 1, 2]] = {
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
}


@dataclass(frozen=True, slots=True)
class TableColumn:
    """A column heading; ``weight`` is its relative width (None = sized from the content)."""

    title: str
    weight: float | None = None
    align: Align = Align.LEFT


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(ord(ch) >= 0x2E80 for ch in text)


def needs_cjk_wrap(text: str, font: str, size: float, width: float) -> bool:
    """CJK line breaking (any character may start a line) only when breaking at spaces cannot fit.

    ``送貨 Delivery`` wraps at the space; ``探訪親友，攜帶物品較多…`` has no spaces and needs CJK
    rules; CJK rules on mixed text would split ``Delivery`` in the middle.
    """
    if not has_cjk(text):
        return False
    return any(stringWidth(word, font, size) > width for word in text.split())


def cell_text(value: CellValue) -> str:
    return "" if value is None else str(value)


def paragraph_markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def normalise_columns(columns: Sequence[str | TableColumn]) -> list[TableColumn]:
    return [c if isinstance(c, TableColumn) else TableColumn(c) for c in columns]


def column_widths(
    columns: Sequence[TableColumn],
    rows: Sequence[Sequence[CellValue]],
    styles: Styles,
    avail: float,
    weights: Sequence[float] | None,
) -> list[float]:
    """Absolute widths (points) summing to ``avail``: from weights, else from the content."""
    if weights is None and all(c.weight is not None for c in columns):
        weights = [float(c.weight or 0) for c in columns]
    if weights is None:
        return auto_widths(
            [c.title for c in columns],
            [[cell_text(v) for v in row] for row in sample_rows(rows)],
            font=styles.fonts.regular,
            bold=styles.fonts.bold,
            size=styles.cell.fontSize,
            padding=2 * CELL_PAD_X,
            avail=avail,
        )
    if len(weights) != len(columns) or min(weights) <= 0:
        raise ValueError("need one positive width weight per column")
    total = sum(weights)
    return [avail * w / total for w in weights]


class _CellMaker:
    def __init__(self, styles: Styles, columns: Sequence[TableColumn], widths: Sequence[float]):
        self.font, self.size = styles.fonts.regular, styles.cell.fontSize
        self.inner = [w - 2 * CELL_PAD_X for w in widths]
        self.plain = [self._aligned(styles.cell, c.align) for c in columns]
        self.cjk = [self._aligned(styles.cell_cjk, c.align) for c in columns]

    @staticmethod
    def _aligned(base: ParagraphStyle, align: Align) -> ParagraphStyle:
        if align is Align.LEFT:  # every base style is left-aligned
            return base
        return ParagraphStyle(f"{base.name}_{align}", parent=base, alignment=TEXT_ALIGN[align])

    def __call__(self, value: CellValue, col: int) -> str | Paragraph:
        text = cell_text(value)
        if "\n" not in text and stringWidth(text, self.font, self.size) <= self.inner[col]:
            return text
        cjk = needs_cjk_wrap(text, self.font, self.size, self.inner[col])
        return Paragraph(paragraph_markup(text), self.cjk[col] if cjk else self.plain[col])


def build_table(
    columns: Sequence[TableColumn],
    rows: Sequence[Sequence[CellValue]],
    styles: Styles,
    avail: float,
    *,
    weights: Sequence[float] | None = None,
    repeat_header: bool = True,
    zebra: bool = False,
    receipt: bool = False,
    boxed: Sequence[tuple[int, int]] = (),
) -> LongTable:
    widths = column_widths(columns, rows, styles, avail, weights)
    make = _CellMaker(styles, columns, widths)
    head = [_heading(c, styles, make, w) for c, w in zip(columns, widths, strict=True)]
    body = [[make(value, i) for i, value in enumerate(row)] for row in rows]
    table = LongTable([head, *body], colWidths=widths, repeatRows=1 if repeat_header else 0, splitInRow=1)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 1),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
    ]
    for i, col in enumerate(columns):
        if col.align is not Align.LEFT:
            commands.append(("ALIGN", (i, 1), (i, -1), col.align.value))
    if receipt:  # thermal paper: rules only, no grey fills
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE_GREY))
    else:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_ROW_GREY),
            ("BOX", (0, 0), (-1, -1), 0.6, INK),
            ("INNERGRID", (0, 1), (-1, -1), 0.25, RULE_GREY),
            ("LINEAFTER", (0, 0), (-2, 0), 0.25, RULE_GREY),
        ]
        if zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA_GREY]))
    for at_col, at_row in boxed:  # (column, body row): bold in a black frame, to stand out without colour
        cell = (at_col, at_row + 1)
        commands += [("FONTNAME", cell, cell, styles.fonts.bold), ("BOX", cell, cell, 1.2, INK)]
    table.setStyle(TableStyle(commands))
    return table


def _heading(col: TableColumn, styles: Styles, make: _CellMaker, width: float) -> Paragraph:
    style = make._aligned(styles.cell_head, col.align)
    head = styles.cell_head
    if not needs_cjk_wrap(col.title, head.fontName, head.fontSize, width - 2 * CELL_PAD_X):
        style = ParagraphStyle(f"{style.name}_words", parent=style, wordWrap=None)
    return Paragraph(paragraph_markup(col.title), style)


def build_key_values(
    rows: Sequence[tuple[str, CellValue]], styles: Styles, avail: float, *, pairs_per_row: int = 1
) -> LongTable:
    """A label/value grid without rules: bold labels sized to the longest one (≤ 40 %)."""
    if pairs_per_row < 1:
        raise ValueError("pairs_per_row must be at least 1")
    bold, size = styles.fonts.bold, styles.label.fontSize
    pair_w = avail / pairs_per_row
    label_w = min(
        max((stringWidth(k, bold, size) for k, _ in rows), default=0) + 2 * CELL_PAD_X + 4,
        pair_w * 0.4,
    )
    widths = [label_w, pair_w - label_w] * pairs_per_row
    columns = [TableColumn("")] * (2 * pairs_per_row)
    make = _CellMaker(styles, columns, widths)
    grid: list[list[str | Paragraph]] = []
    for start in range(0, len(rows), pairs_per_row):
        line: list[str | Paragraph] = []
        for j, (label, value) in enumerate(rows[start : start + pairs_per_row]):
            line += [Paragraph(paragraph_markup(label), styles.label), make(value, 2 * j + 1)]
        grid.append(line + [""] * (2 * pairs_per_row - len(line)))
    table = LongTable(grid, colWidths=widths, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
                ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
