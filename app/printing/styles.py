"""Paragraph styles derived from a page's base font size (A4 10 pt … receipts 9 pt).

Black and white only: emphasis is weight, size, rules and boxes; greys are used for backgrounds that
carry no meaning of their own (zebra rows, header row), never for text that must be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.printing.fonts import FontSet
from app.printing.pages import PageSpec

LEADING_RATIO = 1.3
HEADER_ROW_GREY = colors.Color(0.85, 0.85, 0.85)
ZEBRA_GREY = colors.Color(0.93, 0.93, 0.93)
NOTE_BOX_GREY = colors.Color(0.92, 0.92, 0.92)
RULE_GREY = colors.Color(0.45, 0.45, 0.45)
INK = colors.black


@dataclass(frozen=True, slots=True)
class Styles:
    fonts: FontSet
    size: float
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_cjk: ParagraphStyle  # body with CJK line breaking (slower: only where needed)
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_cjk: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle


def build_styles(fonts: FontSet, page: PageSpec) -> Styles:
    size = page.base_font_size
    receipt = page.is_receipt

    def style(name: str, *, font: str = fonts.regular, scale: float = 1.0, **kw: Any) -> ParagraphStyle:
        font_size = round(size * scale, 1)
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=font_size,
            leading=round(font_size * LEADING_RATIO, 1),
            textColor=INK,
            **kw,
        )

    body = style("body", spaceAfter=size * 0.3)
    cell = style("cell", scale=0.95 if not receipt else 0.9)
    return Styles(
        fonts=fonts,
        size=size,
        title=style(
            "title",
            font=fonts.bold,
            scale=1.6 if not receipt else 1.3,
            alignment=TA_CENTER if receipt else TA_LEFT,
            spaceAfter=size * 0.6,
            wordWrap="CJK",
        ),
        heading=style(
            "heading",
            font=fonts.bold,
            scale=1.2,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.3,
            wordWrap="CJK",
            keepWithNext=1,
        ),
        body=body,
        body_cjk=ParagraphStyle("body_cjk", parent=body, wordWrap="CJK"),
        small=style("small", scale=0.85),
        cell=cell,
        cell_cjk=ParagraphStyle("cell_cjk", parent=cell, wordWrap="CJK"),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.bold, wordWrap="CJK"),
        label=style("label", font=fonts.bold, wordWrap="CJK"),
        center=style("center", alignment=TA_CENTER, wordWrap="CJK"),
        right=style("right", alignment=TA_RIGHT),
    )
