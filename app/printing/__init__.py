"""The PDF engine every printed document uses (reportlab, embedded CJK font, no Qt).

Light names (page sizes, labels, meta) import without reportlab; ``Document``,
``register_cjk_fonts`` and the rest load reportlab on first use (≈ 60–170 ms), so importing this
package at start-up is free.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.printing.meta import DocumentLabels, DocumentMeta
from app.printing.pages import (
    A4,
    A4_LANDSCAPE,
    A5,
    A5_LANDSCAPE,
    A6,
    A6_LANDSCAPE,
    ALL_PAGES,
    RECEIPT_58,
    RECEIPT_80,
    PageKind,
    PageSpec,
    mm,
    page_by_name,
)

if TYPE_CHECKING:
    from app.printing.document import Document
    from app.printing.flowables import BarcodeKind
    from app.printing.fonts import FontSet, register_cjk_fonts
    from app.printing.storage import write_atomic
    from app.printing.tables import Align, CellValue, TableColumn

_LAZY = {
    "Document": "app.printing.document",
    "BarcodeKind": "app.printing.flowables",
    "FontSet": "app.printing.fonts",
    "register_cjk_fonts": "app.printing.fonts",
    "write_atomic": "app.printing.storage",
    "Align": "app.printing.tables",
    "CellValue": "app.printing.tables",
    "TableColumn": "app.printing.tables",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'app.printing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "A4",
    "A4_LANDSCAPE",
    "A5",
    "A5_LANDSCAPE",
    "A6",
    "A6_LANDSCAPE",
    "ALL_PAGES",
    "RECEIPT_58",
    "RECEIPT_80",
    "Align",
    "BarcodeKind",
    "CellValue",
    "Document",
    "DocumentLabels",
    "DocumentMeta",
    "FontSet",
    "PageKind",
    "PageSpec",
    "TableColumn",
    "mm",
    "page_by_name",
    "register_cjk_fonts",
    "write_atomic",
]
