"""Small flowables the builder needs and reportlab lacks: signature blocks, barcodes with a CJK
caption, the receipt reprint mark and the end marker used to measure a receipt's height."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from app.printing.pages import mm
from app.printing.styles import INK, Styles

ELLIPSIS = "…"


def fit_text(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` cut with an ellipsis so that it is at most ``max_width`` wide (never wider)."""
    if stringWidth(text, font, size) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + ELLIPSIS, font, size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + ELLIPSIS if lo else ""


class BarcodeKind(StrEnum):
    QR = "qr"
    CODE128 = "code128"


QR_SIZE_SHEET_MM = 30.0
QR_SIZE_RECEIPT_MAX_MM = 30.0
CODE128_HEIGHT_MM = 11.0
CODE128_MODULE_MAX_MM = 0.33  # wider bars scan from further away
CODE128_MODULE_MIN_MM = 0.19  # below this, 203 dpi thermal heads smear bars together
CODE128_QUIET_MODULES = 10


class BarcodeFlowable(Flowable):
    """A centred QR code or Code 128 symbol with an optional caption in the document font."""

    def __init__(
        self,
        value: str,
        kind: BarcodeKind,
        styles: Styles,
        avail_width: float,
        *,
        size: float | None = None,
        caption: str | None = None,
    ) -> None:
        super().__init__()
        if not value:
            raise ValueError("a barcode needs a value")
        self.value, self.kind, self.caption = value, kind, caption
        self._font, self._caption_size = styles.fonts.regular, styles.size * 0.9
        if kind is BarcodeKind.QR:
            side = size or min(mm(QR_SIZE_SHEET_MM), avail_width * 0.7, mm(QR_SIZE_RECEIPT_MAX_MM))
            self._symbol_w = self._symbol_h = side
            self._module = 0.0
        else:
            probe = Code128Auto(value, barWidth=1, humanReadable=0, quiet=0)
            modules = probe.wrap(1e6, 1e6)[0] + 2 * CODE128_QUIET_MODULES
            module = min(mm(CODE128_MODULE_MAX_MM), avail_width / modules)
            if module < mm(CODE128_MODULE_MIN_MM):
                raise ValueError(f"Code 128 value too long for {avail_width:.0f} pt: {value!r}")
            self._module = module
            self._symbol_w = modules * module
            self._symbol_h = size or mm(CODE128_HEIGHT_MM)
        self._avail = avail_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        caption_h = self._caption_size * 1.4 if self.caption else 0.0
        self.width, self.height = avail_width, self._symbol_h + caption_h
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        x = (self.width - self._symbol_w) / 2
        y = self.height - self._symbol_h
        if self.kind is BarcodeKind.QR:
            widget = QrCodeWidget(self.value, barLevel="M", barBorder=4)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                self._symbol_w,
                self._symbol_h,
                transform=[self._symbol_w / (x1 - x0), 0, 0, self._symbol_h / (y1 - y0), 0, 0],
            )
            # else renderPDF selects Helvetica, a font that is not embedded (attribute not in stubs)
            setattr(drawing, "initialFontName", self._font)  # noqa: B010
            drawing.add(widget)
            drawing.drawOn(canv, x, y)
        else:
            symbol = Code128Auto(
                self.value,
                barWidth=self._module,
                barHeight=self._symbol_h,
                humanReadable=0,
                quiet=1,
                lquiet=CODE128_QUIET_MODULES * self._module,
                rquiet=CODE128_QUIET_MODULES * self._module,
            )
            symbol.drawOn(canv, x, y)
        if self.caption:
            canv.setFillColor(INK)
            canv.setFont(self._font, self._caption_size)
            text = fit_text(self.caption, self._font, self._caption_size, self.width)
            canv.drawCentredString(self.width / 2, self._caption_size * 0.35, text)


SIGNATURE_SPACE_MM = 13.0
SIGNATURE_MIN_COLUMN_MM = 45.0
SIGNATURE_GAP_MM = 6.0


class SignatureBlock(Flowable):
    """One box per signer: the role in bold, room to sign, a line, and a "date / time" line."""

    def __init__(self, labels: Sequence[str], date_label: str, styles: Styles, receipt: bool) -> None:
        super().__init__()
        if not labels:
            raise ValueError("signature lines need at least one label")
        self.labels = list(labels)
        self.date_label = date_label
        self._bold, self._regular = styles.fonts.bold, styles.fonts.regular
        self._size, self._small = styles.size, styles.size * 0.85
        self._space = mm(SIGNATURE_SPACE_MM * (0.8 if receipt else 1.0))
        self._receipt = receipt
        self._cols = 1

    def _row_height(self) -> float:
        return self._size * 1.4 + self._space + self._small * 2.2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fit = int((avail_width + mm(SIGNATURE_GAP_MM)) // mm(SIGNATURE_MIN_COLUMN_MM + SIGNATURE_GAP_MM))
        self._cols = 1 if self._receipt else max(1, min(len(self.labels), fit))
        rows = -(-len(self.labels) // self._cols)
        self.width = avail_width
        self.height = rows * self._row_height() + (rows - 1) * self._small
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        gap = mm(SIGNATURE_GAP_MM)
        col_w = (self.width - gap * (self._cols - 1)) / self._cols
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        canv.setLineWidth(0.8)
        for i, label in enumerate(self.labels):
            row, col = divmod(i, self._cols)
            x = col * (col_w + gap)
            top = self.height - row * (self._row_height() + self._small)
            canv.setFont(self._bold, self._size)
            canv.drawString(x, top - self._size, fit_text(label, self._bold, self._size, col_w))
            line_y = top - self._size * 1.4 - self._space
            canv.line(x, line_y, x + col_w, line_y)
            canv.setFont(self._regular, self._small)
            date_y = line_y - self._small * 1.9
            text = fit_text(self.date_label, self._regular, self._small, col_w * 0.45)
            canv.drawString(x, date_y, text)
            start = x + stringWidth(text, self._regular, self._small) + self._small * 0.5
            canv.setLineWidth(0.5)
            canv.line(start, date_y - 1.5, x + col_w, date_y - 1.5)
            canv.setLineWidth(0.8)


class ReprintMark(Flowable):
    """A bold boxed "補印 · 第 2 次" line for receipts (sheets carry it in the page header)."""

    def __init__(self, text: str, styles: Styles) -> None:
        super().__init__()
        self.text = text
        self._font, self._size = styles.fonts.bold, styles.size * 1.2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self._size * 2.0
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        canv.setStrokeColor(INK)
        canv.setLineWidth(1.6)
        canv.rect(0.8, 0.8, self.width - 1.6, self.height - 1.6, stroke=1, fill=0)
        canv.setFillColor(INK)
        canv.setFont(self._font, self._size)
        text = fit_text(self.text, self._font, self._size, self.width - self._size)
        canv.drawCentredString(self.width / 2, self.height / 2 - self._size * 0.35, text)


class EndMarker(Flowable):
    """Zero-size flowable that remembers where the content ended (to size a receipt)."""

    def __init__(self) -> None:
        super().__init__()
        self.bottom_y: float | None = None
        self.page: int | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.bottom_y = y
        self.page = canvas.getPageNumber()
