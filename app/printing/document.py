"""The builder every report, sheet and slip uses.

    doc = Document(A4, DocumentMeta(site_name=…, desk_name=…, printed_by=…, printed_at=…, title=…,
                                    zone=ZoneInfo("Asia/Hong_Kong"), labels=labels))
    doc.add_title().add_key_values([("班次", "07:00–15:00")]).add_table(columns, rows, zebra=True)
    doc.add_signature_lines(["交班人", "接班人", "班長"])
    pdf = doc.render()          # bytes; or doc.save(path) (atomic, StorageError on failure)

Blocks are stored as small factories, so ``render()`` can run twice (receipts lay out twice: once to
measure, once on a page exactly as tall as the content) and a document can be rendered again.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.flowables import Flowable, HRFlowable
from reportlab.platypus.tables import Table, TableStyle

from app.printing.canvas import canvas_maker
from app.printing.decor import SEPARATOR, SheetDecoration
from app.printing.flowables import (
    BarcodeFlowable,
    BarcodeKind,
    EndMarker,
    ReprintMark,
    SignatureBlock,
)
from app.printing.fonts import FontSet, faux_bold_fonts, register_cjk_fonts
from app.printing.meta import DocumentMeta
from app.printing.pages import PageSpec, mm
from app.printing.storage import write_atomic
from app.printing.styles import INK, NOTE_BOX_GREY, RULE_GREY, Styles, build_styles
from app.printing.tables import (
    TEXT_ALIGN,
    Align,
    CellValue,
    TableColumn,
    build_key_values,
    build_table,
    has_cjk,
    normalise_columns,
    paragraph_markup,
)

Block = Callable[[], list[Flowable]]
RECEIPT_MEASURE_HEIGHT = 200_000.0  # points: the tall page a receipt is measured on (70 m)
RECEIPT_HEIGHT_SLACK = 1.0  # points added so float rounding never pushes the last line over
HEADING_ROWS = 3  # a heading stays with a table's header row and its first two rows
MEASURE_HEIGHT = 1_000_000.0  # points: "as tall as it likes" when measuring a flowable
CREATOR = "Gatehouse"


class Document:
    def __init__(self, page: PageSpec, meta: DocumentMeta, *, fonts: FontSet | None = None) -> None:
        self.page = page
        self.meta = meta
        self.fonts = fonts or register_cjk_fonts()
        self.styles: Styles = build_styles(self.fonts, page)
        self._blocks: list[Block] = []
        self.last_page_height: float | None = None  # set by render(): a receipt's measured height

    @property
    def content_width(self) -> float:
        return self.page.content_width

    # ---- text -----------------------------------------------------------------------------------
    def add_title(self, text: str | None = None) -> Self:
        markup = paragraph_markup(self.meta.title if text is None else text)
        return self._add(lambda: [Paragraph(markup, self.styles.title)])

    def add_heading(self, text: str) -> Self:
        markup = paragraph_markup(text)
        return self._add(lambda: [Paragraph(markup, self.styles.heading)])

    def add_paragraph(self, text: str, *, small: bool = False, align: Align = Align.LEFT, markup: bool = False) -> Self:
        """Body text; ``markup=True`` keeps reportlab tags (``<b>``): never for typed input."""
        body = text if markup else paragraph_markup(text)
        base = self.styles.small if small else self.styles.body
        wrap = "CJK" if has_cjk(text) else None
        style = _variant(base, align=align, word_wrap=wrap)
        return self._add(lambda: [Paragraph(body, style)])

    def add_key_values(self, rows: Iterable[tuple[str, CellValue]], *, pairs_per_row: int = 1) -> Self:
        """Label/value grid; on receipts always one pair per line (the roll is too narrow)."""
        pairs = [(label, value) for label, value in rows]
        pairs_per_row = 1 if self.page.is_receipt else pairs_per_row
        if not pairs:
            return self
        return self._add(
            lambda: [
                build_key_values(pairs, self.styles, self.content_width, pairs_per_row=pairs_per_row),
                Spacer(0, self.styles.size * 0.4),
            ]
        )

    # ---- tables ---------------------------------------------------------------------------------
    def add_table(
        self,
        columns: Sequence[str | TableColumn],
        rows: Iterable[Sequence[CellValue]],
        col_widths: Sequence[float] | None = None,
        repeat_header: bool = True,
        zebra: bool = False,
        boxed: Sequence[tuple[int, int]] = (),
    ) -> Self:
        """A table; ``col_widths`` are relative weights (e.g. ``(1, 3, 2)``) scaled to the page;
        ``boxed`` cells (column, row of ``rows``) print bold in a black frame."""
        cols = normalise_columns(columns)
        body = [tuple(r) for r in rows]
        for n, row in enumerate(body):
            if len(row) != len(cols):
                raise ValueError(f"row {n} has {len(row)} cells, expected {len(cols)}")
        weights = None if col_widths is None else list(col_widths)
        return self._add(
            lambda: [
                build_table(
                    cols,
                    body,
                    self.styles,
                    self.content_width,
                    weights=weights,
                    repeat_header=repeat_header,
                    zebra=zebra,
                    receipt=self.page.is_receipt,
                    boxed=tuple(boxed),
                ),
                Spacer(0, self.styles.size * 0.6),
            ]
        )

    def add_note_box(self, lines: Sequence[str] | str, title: str | None = None) -> Self:
        """An emphasised box (thick black border, light grey on sheets) for exceptions."""
        texts = [lines] if isinstance(lines, str) else list(lines)
        heading = self.meta.labels.note if title is None else title

        def build() -> list[Flowable]:
            rows = [[Paragraph(paragraph_markup(heading), self.styles.label)]]
            rows += [[Paragraph(paragraph_markup(t), self.styles.body_cjk)] for t in texts]
            box = Table(rows, colWidths=[self.content_width], splitInRow=1)
            commands: list[Any] = [
                # every table needs FONTNAME: reportlab sets the cell font even around paragraphs,
                # and its default (Helvetica) would be a non-embedded font in the PDF
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                ("BOX", (0, 0), (-1, -1), 1.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ]
            if not self.page.is_receipt:
                commands.append(("BACKGROUND", (0, 0), (-1, -1), NOTE_BOX_GREY))
            box.setStyle(TableStyle(commands))
            return [Spacer(0, self.styles.size * 0.3), box, Spacer(0, self.styles.size * 0.6)]

        return self._add(build)

    # ---- marks, codes, pictures -----------------------------------------------------------------
    def add_signature_lines(self, labels: Sequence[str]) -> Self:
        names = list(labels)
        date_label = self.meta.labels.signature_date
        SignatureBlock(names, date_label, self.styles, self.page.is_receipt)  # validate now
        return self._add(
            lambda: [
                Spacer(0, self.styles.size * 0.8),
                SignatureBlock(names, date_label, self.styles, self.page.is_receipt),
                Spacer(0, self.styles.size * 0.6),
            ]
        )

    def add_barcode(
        self,
        value: str,
        kind: BarcodeKind = BarcodeKind.QR,
        *,
        size_mm: float | None = None,
        caption: str | None = None,
    ) -> Self:
        """A centred QR or Code 128; Code 128 prints ``value`` under the bars unless caption=''."""
        text = (value if kind is BarcodeKind.CODE128 else None) if caption is None else caption
        size = None if size_mm is None else mm(size_mm)

        def build() -> list[Flowable]:
            return [
                BarcodeFlowable(value, kind, self.styles, self.content_width, size=size, caption=text or None),
                Spacer(0, self.styles.size * 0.5),
            ]

        build()  # raises ValueError now if the value cannot be printed at this width
        return self._add(build)

    def add_image(self, drawing: Drawing) -> Self:
        """A reportlab graphics drawing (e.g. a chart), scaled down to the content width if wider.

        Give chart labels ``fontName=doc.fonts.regular``: reportlab's default is Helvetica, which is
        not embedded and has no Chinese glyphs. The drawing's own default font is set here.
        """
        if not hasattr(drawing, "initialFontName"):
            setattr(drawing, "initialFontName", self.fonts.regular)  # noqa: B010 (not in stubs)
        return self._add(lambda: [_FitDrawing(drawing), Spacer(0, self.styles.size * 0.5)])

    def add_spacer(self, height_mm: float) -> Self:
        return self._add(lambda: [Spacer(0, mm(height_mm))])

    def add_rule(self) -> Self:
        dash = (2, 2) if self.page.is_receipt else None
        return self._add(
            lambda: [
                HRFlowable(
                    width="100%",
                    thickness=0.6,
                    color=RULE_GREY,
                    dash=dash,
                    spaceBefore=3,
                    spaceAfter=3,
                )
            ]
        )

    @contextmanager
    def kept_together(self) -> Iterator[Self]:
        """Blocks added inside stay on one page: moved whole to the next page if they do not fit
        (e.g. the last section and the signature lines under it, so a signature never stands alone).

            with doc.kept_together():
                doc.add_heading(…).add_key_values(…)
                doc.add_signature_lines([…])
        """
        start = len(self._blocks)
        yield self
        blocks = self._blocks[start:]
        del self._blocks[start:]
        if blocks:
            self._add(lambda: [KeepTogether([flowable for block in blocks for flowable in block()])])

    def add_page_break(self) -> Self:
        if self.page.is_receipt:
            raise ValueError("a receipt is one page: page breaks are not allowed")
        return self._add(lambda: [PageBreak()])

    # ---- output ---------------------------------------------------------------------------------
    def render(self) -> bytes:
        if self.page.is_receipt:
            return self._render_receipt()
        return self._render_sheet()

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Render and write atomically; ``StorageError`` (READ_ONLY, DISK_FULL, IO…) on failure."""
        return write_atomic(path, self.render())

    # ---- internals ------------------------------------------------------------------------------
    def _add(self, block: Block) -> Self:
        self._blocks.append(block)
        return self

    def _story(self) -> list[Flowable]:
        story = [flowable for block in self._blocks for flowable in block()]
        while story and isinstance(story[-1], Spacer):  # trailing space is not content
            story.pop()
        return _anchor_headings(story, self.content_width)

    def _build(
        self,
        story: list[Flowable],
        height: float,
        decorate: Callable[[Canvas, int, int], None] | None,
    ) -> bytes:
        page, buf = self.page, io.BytesIO()
        template = BaseDocTemplate(
            buf,
            pagesize=(page.width, height),
            leftMargin=page.margin_left,
            rightMargin=page.margin_right,
            topMargin=page.margin_top,
            bottomMargin=page.margin_bottom,
            title=self.meta.title,
            author=self.meta.printed_by,
            subject=self.meta.site_name,
            creator=CREATOR,
            initialFontName=self.fonts.regular,
            pageCompression=1,
        )
        frame = Frame(
            page.margin_left,
            page.margin_bottom,
            page.content_width,
            height - page.margin_top - page.margin_bottom,
            id="content",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates([PageTemplate("page", [frame])])
        template.build(story, canvasmaker=canvas_maker(decorate, faux_bold_fonts()))
        return buf.getvalue()

    def _render_sheet(self) -> bytes:
        assert self.page.height is not None
        decoration = SheetDecoration(self.meta, self.page, self.fonts)
        self.last_page_height = self.page.height
        return self._build(self._story(), self.page.height, decoration)

    def _render_receipt(self) -> bytes:
        marker = EndMarker()
        self._build([*self._receipt_header(), *self._story(), marker], RECEIPT_MEASURE_HEIGHT, None)
        if marker.bottom_y is None or marker.page != 1:
            raise ValueError("receipt content is taller than the measuring page")
        frame_top = RECEIPT_MEASURE_HEIGHT - self.page.margin_top
        height = self.page.margin_top + (frame_top - marker.bottom_y) + self.page.margin_bottom + RECEIPT_HEIGHT_SLACK
        self.last_page_height = height
        return self._build([*self._receipt_header(), *self._story()], height, None)

    def _receipt_header(self) -> list[Flowable]:
        meta, st = self.meta, self.styles
        center_bold = _variant(st.label, align=Align.CENTER, word_wrap="CJK")
        small_center = _variant(st.small, align=Align.CENTER, word_wrap="CJK")
        labels = meta.labels
        facts = SEPARATOR.join(p for p in (meta.desk_name, meta.printed_at_text) if p)
        out: list[Flowable] = [
            Paragraph(paragraph_markup(meta.site_name), center_bold),
            Paragraph(paragraph_markup(facts), small_center),
            Paragraph(paragraph_markup(f"{labels.printed_by}: {meta.printed_by}"), small_center),
        ]
        if meta.is_reprint:
            text = f"{labels.reprint}{SEPARATOR}{labels.reprint_text(meta.reprint_count)}"
            out += [Spacer(0, 2), ReprintMark(text, st)]
        out.append(HRFlowable(width="100%", thickness=0.8, color=INK, dash=(2, 2), spaceBefore=3, spaceAfter=4))
        return out


def _anchor_headings(story: list[Flowable], width: float) -> list[Flowable]:
    """A heading keeps with the start of the table under it, not with the whole table.

    reportlab keeps a ``keepWithNext`` heading together with the next flowable; when that is a table
    taller than the space left, the pair jumps to the next page whole, leaving the rest of the page
    blank (a busy day's exceptions would start on page 2). Instead, a heading followed by a table
    moves to the next page only when the heading, the table's header row and its first rows do not
    fit (``CondPageBreak``); otherwise the table starts under it and splits where the page ends.
    """
    out: list[Flowable] = []
    for index, flowable in enumerate(story):
        following = story[index + 1] if index + 1 < len(story) else None
        if (
            isinstance(flowable, Paragraph)
            and getattr(flowable.style, "keepWithNext", False)
            and isinstance(following, Table)
        ):
            _w, heading = flowable.wrap(width, MEASURE_HEIGHT)
            following.wrap(width, MEASURE_HEIGHT)
            heights: list[float] = getattr(following, "_rowHeights", [])  # measured by wrap()
            rows = sum(heights[:HEADING_ROWS])
            style = flowable.style
            out.append(CondPageBreak(heading + style.spaceBefore + style.spaceAfter + rows))
            flowable.__dict__["keepWithNext"] = 0  # as reportlab's own handle_keepWithNext does
        out.append(flowable)
    return out


def _variant(base: ParagraphStyle, *, align: Align, word_wrap: str | None) -> ParagraphStyle:
    alignment = TEXT_ALIGN[align]
    if align is Align.LEFT and word_wrap == base.wordWrap:  # base styles are left-aligned
        return base
    return ParagraphStyle(f"{base.name}_{align}_{word_wrap}", parent=base, alignment=alignment, wordWrap=word_wrap)


class _FitDrawing(Flowable):
    """Draws a ``Drawing`` at its own size, or scaled down uniformly to the available width."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        d = self.drawing
        self._scale = min(1.0, avail_width / d.width) if d.width else 1.0
        self.width, self.height = d.width * self._scale, d.height * self._scale
        return self.width, self.height

    def draw(self) -> None:
        self.canv.scale(self._scale, self._scale)
        self.drawing.drawOn(self.canv, 0, 0)
