"""The common header and footer of sheet pages, and the reprint watermark.

Header (in the top margin):  site · desk ............................ [REPRINT · No. 2]
                             Document title (bold)
                             ─────────────────────────────────────────────────────────
Footer (in the bottom margin): ───────────────────────────────────────────────────────
                             Printed by: … · Printed at: …                Page 3 / 45
Text that does not fit is cut with an ellipsis; on narrow pages (A6) the footer stacks its facts.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.printing.flowables import fit_text
from app.printing.fonts import FontSet
from app.printing.meta import DocumentMeta
from app.printing.pages import PageSpec
from app.printing.styles import INK, RULE_GREY

WATERMARK_GREY = colors.Color(0.88, 0.88, 0.88)
SEPARATOR = " · "


class SheetDecoration:
    def __init__(self, meta: DocumentMeta, page: PageSpec, fonts: FontSet) -> None:
        self.meta, self.page, self.fonts = meta, page, fonts
        self.size = page.base_font_size * 0.82
        self.title_size = page.base_font_size * 0.95
        assert page.height is not None
        self.height = page.height

    def __call__(self, canv: Canvas, number: int, total: int) -> None:
        """Draw on a finished page once the page count is known."""
        self._watermark(canv)
        self._header(canv)
        self._footer(canv, number, total)

    def _watermark(self, canv: Canvas) -> None:
        """A big light-grey diagonal REPRINT, multiplied over the page: it darkens white paper and
        grey fills alike and leaves black text black (drawn under, table fills would hide it)."""
        if not self.meta.is_reprint:
            return
        text = self.meta.labels.reprint
        width, height = self.page.width, self.height
        diagonal = (width**2 + height**2) ** 0.5
        font = self.fonts.regular  # not the faux bold: its stroke would outline the letters
        size = min(diagonal * 0.6 / max(stringWidth(text, font, 1.0), 1.0), width * 0.3)
        canv.saveState()
        canv.setBlendMode("Multiply")
        canv.setFillColor(WATERMARK_GREY)
        canv.translate(width / 2, height / 2)
        canv.rotate(57 if height > width else 30)
        canv.setFont(font, size)
        canv.drawCentredString(0, -size * 0.35, text)
        canv.restoreState()

    def _header(self, canv: Canvas) -> None:
        meta, page, fonts = self.meta, self.page, self.fonts
        left, right = page.margin_left, page.width - page.margin_right
        width = right - left
        band = page.margin_top
        line1 = self.height - band * 0.36
        line2 = line1 - self.title_size * 1.35
        rule = line2 - self.title_size * 0.55
        canv.setFillColor(INK)
        mark_w = 0.0
        if meta.is_reprint:
            mark_w = self._reprint_box(canv, right, line1)
        canv.setFont(fonts.regular, self.size)
        site = SEPARATOR.join(p for p in (meta.site_name, meta.desk_name) if p)
        canv.drawString(left, line1, fit_text(site, fonts.regular, self.size, width - mark_w))
        canv.setFont(fonts.bold, self.title_size)
        canv.drawString(left, line2, fit_text(meta.title, fonts.bold, self.title_size, width))
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.8)
        canv.line(left, rule, right, rule)

    def _reprint_box(self, canv: Canvas, right: float, baseline: float) -> float:
        meta, font, size = self.meta, self.fonts.bold, self.size
        text = f"{meta.labels.reprint}{SEPARATOR}{meta.labels.reprint_text(meta.reprint_count)}"
        pad = size * 0.45
        box_w = stringWidth(text, font, size) + 2 * pad
        canv.setLineWidth(1.2)
        canv.setStrokeColor(INK)
        canv.rect(right - box_w, baseline - size * 0.4, box_w, size * 1.4, stroke=1, fill=0)
        canv.setFont(font, size)
        canv.drawString(right - box_w + pad, baseline, text)
        return box_w + size

    def _footer(self, canv: Canvas, number: int, total: int) -> None:
        meta, page, fonts, size = self.meta, self.page, self.fonts, self.size
        labels = meta.labels
        left, right = page.margin_left, page.width - page.margin_right
        rule = page.margin_bottom * 0.8
        baseline = rule - size * 1.45
        canv.setStrokeColor(RULE_GREY)
        canv.setLineWidth(0.5)
        canv.line(left, rule, right, rule)
        canv.setFillColor(INK)
        page_text = labels.page_text(number, total)
        canv.setFont(fonts.bold, size)
        canv.drawRightString(right, baseline, page_text)
        room = right - left - stringWidth(page_text, fonts.bold, size) - size
        facts = [
            f"{labels.printed_by}: {meta.printed_by}",
            f"{labels.printed_at}: {meta.printed_at_text}",
        ]
        canv.setFont(fonts.regular, size)
        joined = SEPARATOR.join(facts)
        if stringWidth(joined, fonts.regular, size) <= room:
            canv.drawString(left, baseline, joined)
            return
        for i, fact in enumerate(facts):  # narrow page: one fact per line
            canv.drawString(left, baseline - i * size * 1.2, fit_text(fact, fonts.regular, size, room))
