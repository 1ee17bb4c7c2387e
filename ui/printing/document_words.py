"""The words the PDF engine prints (header, footer, reprint mark, signature lines), translated.

``app.printing`` holds no prose; reports and slips built from the UI pass ``document_labels()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.printing.meta import DocumentLabels


def document_labels() -> DocumentLabels:
    """``DocumentLabels`` in the UI's current language (English source text as the fallback)."""
    return DocumentLabels(
        printed_by=QCoreApplication.translate("Printing", "Printed by"),
        printed_at=QCoreApplication.translate("Printing", "Printed at"),
        desk=QCoreApplication.translate("Printing", "Desk"),
        page=QCoreApplication.translate("Printing", "Page {page} / {pages}"),
        reprint=QCoreApplication.translate("Printing", "REPRINT"),
        reprint_count=QCoreApplication.translate("Printing", "No. {count}"),
        signature_date=QCoreApplication.translate("Printing", "Date / time"),
        note=QCoreApplication.translate("Printing", "Note"),
    )
