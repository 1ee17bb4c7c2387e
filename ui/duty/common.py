"""Small helpers the duty pages share: printing a generated PDF, a keyboard-friendly table."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.clock import Clock
from app.duty.sheet import PrintContext
from app.errors import GatehouseError
from ui.printing.document_words import document_labels
from ui.printing.job import PdfPrintJob
from ui.session import OperatorSession

if TYPE_CHECKING:
    from app.bundles import DutyServices


def print_context(services: DutyServices, session: OperatorSession, clock: Clock, zone: tzinfo) -> PrintContext:
    actor = session.actor
    desk = ""
    if actor.desk_id is not None:
        try:
            desk = services.site.desk(actor.desk_id).name
        except GatehouseError:
            desk = ""
    return PrintContext(services.site_name, desk, actor.display_name, clock.now(), zone, document_labels())


def preview(parent: QWidget, pdf: bytes, title: str) -> PdfPrintJob:
    """Open the non-modal print preview of ``pdf``; its Print… button opens the print dialog."""
    job = PdfPrintJob(pdf, title, parent=parent)
    job.preview(parent)
    return job


def table_view(model: object, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
