"""The PDF engine every printed document uses (reportlab, embedded CJK font, no Qt).

Light names (page sizes, labels, meta) import without reportlab; ``Document``,
``register_cjk_fonts`` and the rest load reportlab on first use (≈ 60–170 ms), so importing this
package at start-up is free.

What printed things are called
------------------------------
- A **sheet** is A4 or A5 paper that is filed or signed: the handover sheet, the work-order sheet,
  the emergency contacts sheet, the key register sheet.
- A **slip** is receipt-roll paper (58 / 80 mm) or A6 that is handed to a person: the visitor slip,
  the key-loan slip, the work-order slip. A **receipt** is a slip that acknowledges something handed
  in (a resident's key deposit); **labels** are stuck on things (checkpoint QR labels). The paper
  size is the desk's setting, so the same builder may print a sheet or a slip (``PageSpec``).
- Each area keeps its printed paper in one module named for what it mostly prints:
  ``app/duty/sheet.py``, ``app/repairs/sheet.py``, ``app/keys/slips.py``, ``app/visitors/slips.py``.
  Its words come in one frozen labels class per document, named for it (``HandoverSheetLabels``,
  ``WorkOrderSheetLabels``, ``VisitorSlipLabels``, ``KeyPrintLabels`` for the key register's three),
  filled in ui/ in the operator's language.
- A builder named for the paper (``loan_slip``, ``visit_slip``, ``register_sheet``) returns a
  ``Document`` the caller renders or prints; one ending in ``_pdf`` (``handover_sheet_pdf``,
  ``work_order_pdf``, ``checkpoint_labels_pdf``) returns the finished PDF bytes.
- Reports are not paper of one area: ``app/reports/<report>_pdf.py`` holds ``render_<report>(facts,
  paper) -> bytes`` (daily, monthly, muster), which only words the facts a report source gathered.
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
