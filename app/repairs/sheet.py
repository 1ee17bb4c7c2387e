"""The work-order sheet (A4 / A5) and slip (58 / 80 mm receipt), with signature lines for the
technician and the resident. Pure reportlab through ``app.printing``; every word printed comes from
``WorkOrderSheetLabels`` (the UI fills it in the operator's language; the English defaults serve tests and
the CLI). The reporter's phone is masked on paper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.printing import BarcodeKind, Document, DocumentMeta, PageSpec, TableColumn
from app.repairs.rows import WorkOrderDetail

DESCRIPTION_ON_RECEIPT = 300  # characters: a slip is a reminder, the sheet has it all
HISTORY_COLUMN_WEIGHTS = (2.2, 1.6, 1.6, 4.6)
BARCODE_HEIGHT_MM = 12.0
WORK_LINES = 4  # ruled lines for the technician to write what was done (A4)
WORK_LINES_SMALL = 2  # A5 and smaller: the signatures must stay on the first page
SMALL_SHEET_HEIGHT = 600.0  # points: A5 portrait is 595
WORK_LINE_GAP_MM = 7.0


@dataclass(frozen=True, slots=True)
class WorkOrderSheetLabels:
    title: str = "Work order"
    number: str = "No."
    created: str = "Reported at"
    kind: str = "Type"
    priority: str = "Priority"
    category: str = "Category"
    channel: str = "Channel"
    where: str = "Unit / location"
    reporter: str = "Reporter"
    phone: str = "Phone"
    state: str = "State"
    technician: str = "Technician"
    response_due: str = "Respond by"
    resolution_due: str = "Fix by"
    description: str = "Description"
    history: str = "History"
    time: str = "Time"
    action: str = "Action"
    by: str = "By"
    note: str = "Note"
    work_done: str = "Work done / parts used"
    attachments: str = "Attachments"
    reopens: str = "Reopens"
    made_from: str = "Made from"
    sign_technician: str = "Technician"
    sign_resident: str = "Resident"
    names: Mapping[str, str] = field(default_factory=dict)  # code (state, kind, action…) → shown word
    source_kinds: Mapping[str, str] = field(default_factory=dict)  # "incident", "log" → shown word

    def name(self, code: str | None) -> str:
        return "" if code is None else self.names.get(code, code)


def _when(meta: DocumentMeta, instant: datetime | None) -> str:
    return "" if instant is None else meta.local(instant)


def work_order_pdf(detail: WorkOrderDetail, page: PageSpec, meta: DocumentMeta, labels: WorkOrderSheetLabels) -> bytes:
    """The PDF of one work order on ``page`` (a sheet size or a receipt roll)."""
    row = detail.row
    doc = Document(page, meta)
    doc.add_title(f"{labels.title} {row.number}")
    doc.add_barcode(row.number, BarcodeKind.CODE128, size_mm=BARCODE_HEIGHT_MM)
    facts: list[tuple[str, str]] = [
        (labels.created, _when(meta, row.created_at)),
        (labels.kind, labels.name(row.kind)),
        (labels.priority, labels.name(row.priority)),
        (labels.category, labels.name(row.category)),
        (labels.where, row.where),
        (labels.channel, labels.name(row.channel)),
        (labels.reporter, row.reporter_name),
        (labels.phone, row.reporter_phone_masked),
        (labels.state, labels.name(row.state)),
        (labels.technician, row.assignee_name),
    ]
    if detail.status is not None:
        if detail.status.response_due is not None:
            facts.append((labels.response_due, _when(meta, detail.status.response_due)))
        if detail.status.resolution_due is not None:
            facts.append((labels.resolution_due, _when(meta, detail.status.resolution_due)))
    if detail.reopened_from_number:
        facts.append((labels.reopens, detail.reopened_from_number))
    if detail.source is not None:
        source = detail.source
        words = (labels.source_kinds.get(source.kind, source.kind), source.reference, _when(meta, source.at))
        facts.append((labels.made_from, " ".join(w for w in words if w)))
    doc.add_key_values(facts, pairs_per_row=2)
    doc.add_heading(labels.description)
    description = row.description
    if page.is_receipt and len(description) > DESCRIPTION_ON_RECEIPT:
        description = description[:DESCRIPTION_ON_RECEIPT] + "…"
    doc.add_paragraph(description)
    if detail.attachments and not page.is_receipt:
        doc.add_paragraph(f"{labels.attachments}: " + ", ".join(a.file_name for a in detail.attachments), small=True)
    if not page.is_receipt:
        doc.add_heading(labels.history)
        doc.add_table(
            [TableColumn(labels.time), TableColumn(labels.action), TableColumn(labels.by), TableColumn(labels.note)],
            [
                (
                    _when(meta, e.at),
                    labels.name(e.action) + (f" → {labels.name(e.to_state)}" if e.from_state != e.to_state else ""),
                    e.actor_name,
                    " · ".join(p for p in (labels.name(e.reason) if e.reason else "", e.assignee_name, e.note) if p),
                )
                for e in detail.events
            ],
            col_widths=HISTORY_COLUMN_WEIGHTS,
            zebra=True,
        )
        doc.add_heading(labels.work_done)
        small = (page.height or 0.0) < SMALL_SHEET_HEIGHT
        for _ in range(WORK_LINES_SMALL if small else WORK_LINES):
            doc.add_spacer(WORK_LINE_GAP_MM)
            doc.add_rule()
    doc.add_signature_lines([labels.sign_technician, labels.sign_resident])
    return doc.render()
