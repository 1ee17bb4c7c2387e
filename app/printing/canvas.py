"""The canvas every document is drawn on.

Two jobs:
* **Page x / y.** Pages are kept (not written) as they finish; at ``save()`` the total is known and
  ``decorate(canvas, page, pages)`` draws the header and footer on each before it is written. The
  layout pass and the stamping pass together give an exact total without building the story twice.
* **Faux bold.** Text in a font listed in ``faux_bold`` is drawn with text render mode 2 (fill and a
  thin stroke in the fill colour); the previous stroke colour and line width are restored afterwards
  so table rules and boxes are not affected. See ``fonts.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.printing.fonts import FAUX_BOLD_STROKE_RATIO

Decorator = Callable[[Canvas, int, int], None]

# reportlab's type stubs leave out the private state these subclasses extend (_code, _fontname,
# _canvas, _startPage…): the bases are typed as Any here rather than ignoring every line.
_TextObjectBase: Any = PDFTextObject
_CanvasBase: Any = Canvas


class _WeightedTextObject(_TextObjectBase):  # type: ignore[misc]
    def __init__(self, canvas: DocumentCanvas, x: float = 0, y: float = 0, direction: Any = None):
        self._faux_names = canvas.faux_bold
        self._faux_on = False
        super().__init__(canvas, x, y, direction)
        self._sync_weight()

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._sync_weight()

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._sync_weight()

    def setFillColor(self, *args: Any, **kwargs: Any) -> None:
        super().setFillColor(*args, **kwargs)
        if self._faux_on:
            super().setStrokeColor(self._fill())

    def getCode(self) -> str:
        if self._faux_on:
            self._bold_off()  # text render mode outlives ET: reset it inside the text object
        return str(super().getCode())

    def _fill(self) -> Any:
        return getattr(self, "_fillColorObj", None) or self._canvas._fillColorObj

    def _sync_weight(self) -> None:
        bold = self._fontname in self._faux_names
        if bold:
            width = fp_str(max(self._fontsize or 0, 1) * FAUX_BOLD_STROKE_RATIO)
            self._code.append(f"2 Tr {width} w")
            super().setStrokeColor(self._fill())
        elif self._faux_on:
            self._bold_off()
        self._faux_on = bold

    def _bold_off(self) -> None:
        canvas = self._canvas
        self._code.append(f"0 Tr {fp_str(canvas._lineWidth)} w")
        super().setStrokeColor(canvas._strokeColorObj)
        self._faux_on = False


class DocumentCanvas(_CanvasBase):  # type: ignore[misc]
    """A reportlab canvas with deferred page decoration and faux bold text."""

    def __init__(
        self,
        *args: Any,
        decorate: Decorator | None = None,
        faux_bold: frozenset[str] = frozenset(),
        **kwargs: Any,
    ) -> None:
        self.faux_bold = faux_bold
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []
        super().__init__(*args, **kwargs)

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return _WeightedTextObject(self, x, y, direction)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        held, self._held_pages = self._held_pages, []
        total = len(held)
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            if self._decorate is not None:
                self.saveState()
                self._decorate(self, number, total)
                self.restoreState()
            super().showPage()
        super().save()


def canvas_maker(decorate: Decorator | None, faux_bold: frozenset[str]) -> Callable[..., DocumentCanvas]:
    """A ``canvasmaker`` for ``BaseDocTemplate.build`` bound to one document's decoration."""

    def make(*args: Any, **kwargs: Any) -> DocumentCanvas:
        return DocumentCanvas(*args, decorate=decorate, faux_bold=faux_bold, **kwargs)

    return make
