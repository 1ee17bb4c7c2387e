"""Printed paper of the key register: the key-loan slip (receipt roll or A5), the deposit receipt for a
resident's key, and the key register sheet (A4 landscape), all through ``app.printing.Document``.

Words come from ``KeyPrintLabels`` (filled by the UI or the CLI in the chosen language; the English
defaults keep tests and a fallback working). Phones are masked on paper; ID numbers never appear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.keys.rows import DepositRow, KeyRow, KeyStatus, LoanRow
from app.printing import BarcodeKind, Document, DocumentMeta, PageSpec, TableColumn
from app.printing.tables import Align

EMPTY = "—"
OVERDUE_MARK = "※ "


@dataclass(frozen=True, slots=True)
class KeyPrintLabels:
    """Every word the key register prints. Templates use ``{hours}``/``{minutes}``/``{count}``."""

    loan_title: str = "Key loan slip"
    deposit_title: str = "Key deposit receipt"
    register_title: str = "Key register"
    key: str = "Key"
    opens: str = "Opens"
    position: str = "Position"
    borrower: str = "Borrower"
    borrower_kind: str = "Borrower is"
    purpose: str = "Purpose"
    issued_at: str = "Issued"
    due_at: str = "Due back"
    id_checked: str = "ID checked"
    issued_by: str = "Issued by"
    approved_by: str = "Approved by"
    depositor_confirmation: str = "Depositor's confirmation"
    yes: str = "Yes"
    no: str = "No"
    sign_borrower: str = "Borrower"
    sign_issuer: str = "Issued by"
    sign_returner: str = "Returned by"
    sign_receiver: str = "Received by"
    returned_heading: str = "On return"
    unit: str = "Unit"
    depositor: str = "Depositor"
    deposited_at: str = "Deposited"
    consent: str = "Consent"
    received_by: str = "Received by"
    collectors_heading: str = "May collect this key"
    collector_name: str = "Name"
    collector_relation: str = "Relation"
    collector_phone: str = "Phone"
    no_collectors: str = "Only the depositor."
    collection_rule: str = (
        "Only the depositor and the people listed may collect this key. Anyone else is given the key "
        "only after the depositor confirms it to the desk."
    )
    sign_depositor: str = "Depositor"
    sign_desk: str = "For the management"
    col_tag: str = "Tag"
    col_label: str = "Key"
    col_class: str = "Class"
    col_position: str = "Position"
    col_status: str = "Status"
    col_borrower: str = "Borrower"
    col_since: str = "Since"
    col_due: str = "Due"
    summary_total: str = "Keys"
    summary_out: str = "Out"
    summary_overdue: str = "Overdue"
    summary_lost: str = "Lost"
    filter_label: str = "Shown"
    overdue_by: str = "Overdue {late}"
    late_hours: str = "{hours} h {minutes} min"
    late_minutes: str = "{minutes} min"
    on_ring: str = "on ring {ring}"
    ring_members: str = "Keys on the ring"
    statuses: Mapping[str, str] = field(default_factory=dict)
    borrower_kinds: Mapping[str, str] = field(default_factory=dict)
    classes: Mapping[str, str] = field(default_factory=dict)

    def late(self, minutes: int) -> str:
        hours, rest = divmod(max(0, minutes), 60)
        if hours:
            return self.late_hours.replace("{hours}", str(hours)).replace("{minutes}", f"{rest:02d}")
        return self.late_minutes.replace("{minutes}", str(rest))

    def status_text(self, key: KeyRow) -> str:
        if key.overdue and key.loan is not None:  # marked so it stands out in black and white
            return OVERDUE_MARK + self.overdue_by.replace("{late}", self.late(key.loan.late_minutes))
        if key.ring is not None and key.status is KeyStatus.IN:
            return self.on_ring.replace("{ring}", key.ring.tag)
        return self.statuses.get(key.status.value, key.status.value)

    def class_name(self, code: str) -> str:
        return self.classes.get(code, code)


def _opens(key: KeyRow) -> str:
    return key.opens_text or key.unit_label or EMPTY


def _borrower(loan: LoanRow) -> str:
    detail = f" ({loan.borrower.detail})" if loan.borrower.detail else ""
    return f"{loan.borrower.name}{detail}"


def loan_slip(loan: LoanRow, key: KeyRow, page: PageSpec, meta: DocumentMeta, labels: KeyPrintLabels) -> Document:
    """The slip a borrower signs: what was taken, by whom, until when; the tag's barcode for the return."""
    doc = Document(page, meta)
    doc.add_title(labels.loan_title)
    rows: list[tuple[str, str]] = [
        (labels.key, f"{key.tag} {key.label}"),
        (labels.opens, _opens(key)),
        (labels.borrower, _borrower(loan)),
        (labels.borrower_kind, labels.borrower_kinds.get(loan.borrower.kind.value, loan.borrower.kind.value)),
        (labels.issued_at, meta.local(loan.issued_at)),
        (labels.due_at, meta.local(loan.due_at)),
        (labels.purpose, loan.purpose or EMPTY),
        (labels.id_checked, labels.yes if loan.id_checked else labels.no),
        (labels.issued_by, loan.issued_by),
    ]
    if key.members:
        rows.insert(2, (labels.ring_members, "、".join(m.label for m in key.members)))
    if loan.approver:
        rows.append((labels.approved_by, loan.approver))
    if loan.depositor_confirmation:
        rows.append((labels.depositor_confirmation, loan.depositor_confirmation))
    doc.add_key_values(rows, pairs_per_row=2)
    doc.add_barcode(key.tag, BarcodeKind.CODE128)
    doc.add_signature_lines([labels.sign_borrower, labels.sign_issuer])
    doc.add_heading(labels.returned_heading)
    doc.add_signature_lines([labels.sign_returner, labels.sign_receiver])
    return doc


def deposit_receipt(deposit: DepositRow, page: PageSpec, meta: DocumentMeta, labels: KeyPrintLabels) -> Document:
    """The resident's receipt for a deposited key: who may collect it (phones masked), signed by both."""
    doc = Document(page, meta)
    doc.add_title(labels.deposit_title)
    doc.add_key_values(
        [
            (labels.key, f"{deposit.key_tag} {deposit.key_label}"),
            (labels.unit, deposit.unit_label or EMPTY),
            (labels.depositor, deposit.depositor_name),
            (labels.deposited_at, meta.local(deposit.deposited_at)),
            (labels.consent, deposit.consent_note or labels.yes),
            (labels.received_by, deposit.deposited_by),
        ],
        pairs_per_row=2,
    )
    doc.add_heading(labels.collectors_heading)
    if deposit.collectors:
        doc.add_table(
            [labels.collector_name, labels.collector_relation, labels.collector_phone],
            [(c.name, c.relation or EMPTY, c.phone_masked or EMPTY) for c in deposit.collectors],
        )
    else:
        doc.add_paragraph(labels.no_collectors)
    doc.add_note_box(labels.collection_rule)
    doc.add_barcode(deposit.key_tag, BarcodeKind.CODE128)
    doc.add_signature_lines([labels.sign_depositor, labels.sign_desk])
    return doc


def register_sheet(
    keys: Sequence[KeyRow],
    page: PageSpec,
    meta: DocumentMeta,
    labels: KeyPrintLabels,
    *,
    shown: str = "",
    totals: Mapping[str, int] | None = None,
) -> Document:
    """The key register on paper: every key shown, where it is, who has it, overdue marked in words."""
    doc = Document(page, meta)
    doc.add_title(labels.register_title)
    summary: list[tuple[str, str]] = []
    if shown:
        summary.append((labels.filter_label, shown))
    counted = totals or {
        "total": len(keys),
        "out": sum(1 for k in keys if k.status is KeyStatus.OUT),
        "overdue": sum(1 for k in keys if k.overdue),
        "lost": sum(1 for k in keys if k.status is KeyStatus.LOST),
    }
    summary += [
        (labels.summary_total, str(counted["total"])),
        (labels.summary_out, str(counted["out"])),
        (labels.summary_overdue, str(counted["overdue"])),
        (labels.summary_lost, str(counted["lost"])),
    ]
    doc.add_key_values(summary, pairs_per_row=len(summary))
    columns = [
        TableColumn(labels.col_tag),
        TableColumn(labels.col_label, weight=3),
        TableColumn(labels.col_class),
        TableColumn(labels.col_position),
        TableColumn(labels.col_status, weight=1.6),
        TableColumn(labels.col_borrower, weight=2),
        TableColumn(labels.col_since, align=Align.CENTER),
        TableColumn(labels.col_due, align=Align.CENTER),
    ]
    doc.add_table(columns, [_register_row(key, meta, labels) for key in keys], zebra=True)
    return doc


def _register_row(key: KeyRow, meta: DocumentMeta, labels: KeyPrintLabels) -> tuple[str, ...]:
    loan = key.loan
    label = key.label if not key.members else f"{key.label}（{'、'.join(m.label for m in key.members)}）"
    return (
        key.tag,
        label,
        labels.class_name(key.key_class),
        key.position or EMPTY,
        labels.status_text(key),
        _borrower(loan) if loan else "",
        _short(loan.issued_at, meta) if loan else "",
        _short(loan.due_at, meta) if loan else "",
    )


def _short(instant: datetime, meta: DocumentMeta) -> str:
    return instant.astimezone(meta.zone).strftime("%m-%d %H:%M")
