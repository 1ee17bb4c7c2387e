"""The visitor slip / pass: receipt (58 or 80 mm) or A6, with the visit code as QR and Code 128 for
check-out by scanner, the visited unit, time in, masked ID and phone. A reprint carries 補印 and its
count (the print engine draws the mark from ``DocumentMeta.reprint_count``).

The words come in a ``VisitorSlipLabels`` filled by the UI or the CLI in the operator's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.permissions import EDIT_DESK_SETTINGS
from app.printing import A6, RECEIPT_58, RECEIPT_80, DocumentMeta, PageSpec
from app.settings import RECEIPT_WIDTH_MM, Scope, SettingSpec, SettingsService, one_of, yes_no
from app.visitors.model import VisitRow

if TYPE_CHECKING:
    import uuid

    from app.printing import Document


class SlipPaper:
    RECEIPT = "receipt"
    A6 = "A6"


SLIP_PAPER: SettingSpec[str] = SettingSpec(
    "visitors.slip_paper",
    SlipPaper.RECEIPT,
    one_of("visitors.slip_paper", (SlipPaper.RECEIPT, SlipPaper.A6)),
    Scope.DESK,
    EDIT_DESK_SETTINGS,
)
SLIP_AT_CHECK_IN: SettingSpec[bool] = SettingSpec(
    "visitors.slip_at_check_in",
    True,
    yes_no("visitors.slip_at_check_in"),
    Scope.DESK,
    EDIT_DESK_SETTINGS,
)
SLIP_SPECS = (SLIP_PAPER, SLIP_AT_CHECK_IN)
QR_MM_RECEIPT = 26.0
QR_MM_SHEET = 24.0


@dataclass(frozen=True, slots=True)
class VisitorSlipLabels:
    title: str = "Visitor slip"
    code: str = "Visit no."
    pass_number: str = "Pass"
    name: str = "Visitor"
    visitor_type: str = "Type"
    unit: str = "Visiting"
    resident: str = "Resident"
    time_in: str = "Time in"
    leave_by: str = "Leave by"
    id_document: str = "ID"
    phone: str = "Phone"
    plate: str = "Plate"
    companions: str = "Companions"
    items: str = "Items carried"
    footer: str = "Show this slip when you leave; scan the code to check out."
    signature: str = "Visitor"


def slip_page(settings: SettingsService, desk_id: uuid.UUID | None) -> PageSpec:
    """The paper this desk prints slips on."""
    if settings.get(SLIP_PAPER, desk_id) == SlipPaper.A6:
        return A6
    return RECEIPT_58 if settings.get(RECEIPT_WIDTH_MM, desk_id) == "58" else RECEIPT_80


def visit_slip(
    visit: VisitRow, type_label: str, page: PageSpec, meta: DocumentMeta, labels: VisitorSlipLabels
) -> Document:
    """The slip of ``visit`` (``meta.reprint_count`` > 0 prints the reprint mark)."""
    from app.printing import BarcodeKind, Document

    local = meta.local
    doc = Document(page, meta)
    doc.add_title(labels.title)
    rows: list[tuple[str, str]] = [
        (labels.code, visit.code),
        (labels.name, visit.name),
        (labels.visitor_type, type_label),
    ]
    if visit.pass_number:
        rows.insert(1, (labels.pass_number, visit.pass_number))
    if visit.unit_label:
        rows.append((labels.unit, visit.unit_label))
    if visit.resident_name:
        rows.append((labels.resident, visit.resident_name))
    rows.append((labels.time_in, local(visit.checked_in_at)))
    if visit.expected_leave_at is not None:
        rows.append((labels.leave_by, local(visit.expected_leave_at)))
    if visit.id_masked:
        rows.append((labels.id_document, visit.id_masked))
    if visit.phone:
        rows.append((labels.phone, visit.phone_masked))
    if visit.plate:
        rows.append((labels.plate, visit.plate))
    if visit.companions:
        rows.append((labels.companions, str(visit.companions)))
    if visit.items:
        rows.append((labels.items, visit.items))
    doc.add_key_values(rows, pairs_per_row=1)
    size = QR_MM_RECEIPT if page.is_receipt else QR_MM_SHEET
    doc.add_barcode(visit.code, BarcodeKind.QR, size_mm=size, caption="")
    doc.add_barcode(visit.code, BarcodeKind.CODE128)
    doc.add_paragraph(labels.footer, small=True)
    if page.is_receipt:
        doc.add_signature_lines([labels.signature])
    return doc
