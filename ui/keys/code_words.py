"""Translated names of the key register's codes, and the words it prints and exports."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.keys.rows import (
    BorrowerKind,
    CountOutcome,
    KeyClass,
    KeyEventKind,
    KeyFilter,
    KeyStatus,
    LoanState,
    LostResolution,
    OpensKind,
)
from app.keys.slips import KeyPrintLabels
from app.keys.transfer import TransferWords


def status_names() -> dict[str, str]:
    return {
        KeyStatus.IN: QCoreApplication.translate("KeyNames", "In cabinet"),
        KeyStatus.OUT: QCoreApplication.translate("KeyNames", "Out"),
        KeyStatus.LOST: QCoreApplication.translate("KeyNames", "Lost"),
        KeyStatus.RETIRED: QCoreApplication.translate("KeyNames", "Retired"),
        "overdue": QCoreApplication.translate("KeyNames", "Overdue"),
    }


def filter_names() -> dict[KeyFilter, str]:
    return {
        KeyFilter.ALL: QCoreApplication.translate("KeyNames", "All keys"),
        KeyFilter.IN: QCoreApplication.translate("KeyNames", "In cabinet"),
        KeyFilter.OUT: QCoreApplication.translate("KeyNames", "Out now"),
        KeyFilter.OVERDUE: QCoreApplication.translate("KeyNames", "Overdue"),
        KeyFilter.LOST: QCoreApplication.translate("KeyNames", "Lost"),
        KeyFilter.RETIRED: QCoreApplication.translate("KeyNames", "Retired"),
    }


def borrower_kind_names() -> dict[str, str]:
    return {
        BorrowerKind.STAFF: QCoreApplication.translate("KeyNames", "Staff"),
        BorrowerKind.CONTRACTOR: QCoreApplication.translate("KeyNames", "Contractor"),
        BorrowerKind.RESIDENT: QCoreApplication.translate("KeyNames", "Resident"),
        BorrowerKind.VISITOR: QCoreApplication.translate("KeyNames", "Visitor"),
        BorrowerKind.OTHER: QCoreApplication.translate("KeyNames", "Other"),
    }


def opens_kind_names() -> dict[str, str]:
    return {
        OpensKind.UNIT: QCoreApplication.translate("KeyNames", "Unit"),
        OpensKind.PLANT_ROOM: QCoreApplication.translate("KeyNames", "Plant room"),
        OpensKind.GATE: QCoreApplication.translate("KeyNames", "Gate / door"),
        OpensKind.VEHICLE: QCoreApplication.translate("KeyNames", "Vehicle"),
        OpensKind.OTHER: QCoreApplication.translate("KeyNames", "Other"),
    }


def resident_role_names() -> dict[str, str]:
    return {
        "owner": QCoreApplication.translate("KeyNames", "Owner"),
        "tenant": QCoreApplication.translate("KeyNames", "Tenant"),
        "family": QCoreApplication.translate("KeyNames", "Family"),
    }


def builtin_class_names() -> dict[str, str]:
    return {
        "management": QCoreApplication.translate("KeyNames", "Management key"),
        "deposited": QCoreApplication.translate("KeyNames", "Resident-deposited"),
        "emergency": QCoreApplication.translate("KeyNames", "Emergency key"),
    }


def class_name(klass: KeyClass) -> str:
    """The site's own label, else the translated name of a built-in class."""
    return klass.label or builtin_class_names().get(klass.code, klass.code)


def class_names(classes: Iterable[KeyClass]) -> dict[str, str]:
    return {klass.code: class_name(klass) for klass in classes}


def loan_state_names() -> dict[str, str]:
    return {
        LoanState.OUT: QCoreApplication.translate("KeyNames", "Out"),
        LoanState.OVERDUE: QCoreApplication.translate("KeyNames", "Overdue"),
        LoanState.RETURNED: QCoreApplication.translate("KeyNames", "Returned"),
        LoanState.RETURNED_LATE: QCoreApplication.translate("KeyNames", "Returned late"),
        LoanState.LOST: QCoreApplication.translate("KeyNames", "Lost while out"),
    }


def event_names() -> dict[KeyEventKind, str]:
    return {
        KeyEventKind.ISSUED: QCoreApplication.translate("KeyNames", "Issued"),
        KeyEventKind.RETURNED: QCoreApplication.translate("KeyNames", "Returned"),
        KeyEventKind.LOST_WHILE_OUT: QCoreApplication.translate("KeyNames", "Lost while out"),
        KeyEventKind.ADDED: QCoreApplication.translate("KeyNames", "Added to the register"),
        KeyEventKind.IMPORTED: QCoreApplication.translate("KeyNames", "Imported from Excel"),
        KeyEventKind.AMENDED: QCoreApplication.translate("KeyNames", "Details corrected"),
        KeyEventKind.RING_JOINED: QCoreApplication.translate("KeyNames", "Put on ring"),
        KeyEventKind.RING_LEFT: QCoreApplication.translate("KeyNames", "Taken off ring"),
        KeyEventKind.AUTHORISED: QCoreApplication.translate("KeyNames", "Borrower authorised"),
        KeyEventKind.AUTHORISATION_REVOKED: QCoreApplication.translate("KeyNames", "Authorisation withdrawn"),
        KeyEventKind.LOST_REPORTED: QCoreApplication.translate("KeyNames", "Reported lost"),
        KeyEventKind.LOST_ACKNOWLEDGED: QCoreApplication.translate("KeyNames", "Loss acknowledged"),
        KeyEventKind.REPLACED: QCoreApplication.translate("KeyNames", "Replaced (new copy)"),
        KeyEventKind.FOUND: QCoreApplication.translate("KeyNames", "Found"),
        KeyEventKind.RETIRED: QCoreApplication.translate("KeyNames", "Retired"),
        KeyEventKind.DEPOSITED: QCoreApplication.translate("KeyNames", "Deposited by the resident"),
        KeyEventKind.COLLECTORS_CHANGED: QCoreApplication.translate("KeyNames", "Collectors changed"),
        KeyEventKind.SLIP_PRINTED: QCoreApplication.translate("KeyNames", "Loan slip printed"),
        KeyEventKind.RECEIPT_PRINTED: QCoreApplication.translate("KeyNames", "Deposit receipt printed"),
        KeyEventKind.COUNTED_MISSING: QCoreApplication.translate("KeyNames", "Missing at a key count"),
        KeyEventKind.COUNTED_UNEXPECTED: QCoreApplication.translate("KeyNames", "Found at a count while out"),
    }


def outcome_names() -> dict[CountOutcome, str]:
    return {
        CountOutcome.MATCHED: QCoreApplication.translate("KeyNames", "In place"),
        CountOutcome.MISSING: QCoreApplication.translate("KeyNames", "Missing"),
        CountOutcome.UNEXPECTED: QCoreApplication.translate("KeyNames", "Not expected"),
    }


def resolution_names() -> dict[LostResolution, str]:
    return {
        LostResolution.REPLACED: QCoreApplication.translate("KeyNames", "Replaced (new copy)"),
        LostResolution.RETIRED: QCoreApplication.translate("KeyNames", "Retired"),
        LostResolution.FOUND: QCoreApplication.translate("KeyNames", "Found"),
    }


def late_text(minutes: int) -> str:
    """ "1 h 05 min" / "25 min", in the operator's language."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours:
        return QCoreApplication.translate("KeyNames", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{rest:02d}"
        )
    return QCoreApplication.translate("KeyNames", "{minutes} min").format(minutes=rest)


def print_labels(classes: Iterable[KeyClass]) -> KeyPrintLabels:
    """Every word of the key register's printouts, in the operator's language."""
    return KeyPrintLabels(
        loan_title=QCoreApplication.translate("KeyPrint", "Key loan slip"),
        deposit_title=QCoreApplication.translate("KeyPrint", "Key deposit receipt"),
        register_title=QCoreApplication.translate("KeyPrint", "Key register"),
        key=QCoreApplication.translate("KeyPrint", "Key"),
        opens=QCoreApplication.translate("KeyPrint", "Opens"),
        position=QCoreApplication.translate("KeyPrint", "Position"),
        borrower=QCoreApplication.translate("KeyPrint", "Borrower"),
        borrower_kind=QCoreApplication.translate("KeyPrint", "Borrower is"),
        purpose=QCoreApplication.translate("KeyPrint", "Purpose"),
        issued_at=QCoreApplication.translate("KeyPrint", "Issued"),
        due_at=QCoreApplication.translate("KeyPrint", "Due back"),
        id_checked=QCoreApplication.translate("KeyPrint", "ID checked"),
        issued_by=QCoreApplication.translate("KeyPrint", "Issued by"),
        approved_by=QCoreApplication.translate("KeyPrint", "Approved by"),
        depositor_confirmation=QCoreApplication.translate("KeyPrint", "Depositor's confirmation"),
        yes=QCoreApplication.translate("KeyPrint", "Yes"),
        no=QCoreApplication.translate("KeyPrint", "No"),
        sign_borrower=QCoreApplication.translate("KeyPrint", "Borrower"),
        sign_issuer=QCoreApplication.translate("KeyPrint", "Issued by"),
        sign_returner=QCoreApplication.translate("KeyPrint", "Returned by"),
        sign_receiver=QCoreApplication.translate("KeyPrint", "Received by"),
        returned_heading=QCoreApplication.translate("KeyPrint", "On return"),
        unit=QCoreApplication.translate("KeyPrint", "Unit"),
        depositor=QCoreApplication.translate("KeyPrint", "Depositor"),
        deposited_at=QCoreApplication.translate("KeyPrint", "Deposited"),
        consent=QCoreApplication.translate("KeyPrint", "Consent"),
        received_by=QCoreApplication.translate("KeyPrint", "Received by"),
        collectors_heading=QCoreApplication.translate("KeyPrint", "May collect this key"),
        collector_name=QCoreApplication.translate("KeyPrint", "Name"),
        collector_relation=QCoreApplication.translate("KeyPrint", "Relation"),
        collector_phone=QCoreApplication.translate("KeyPrint", "Phone"),
        no_collectors=QCoreApplication.translate("KeyPrint", "Only the depositor."),
        collection_rule=QCoreApplication.translate(
            "KeyPrint",
            "Only the depositor and the people listed may collect this key. Anyone else is given the key "
            "only after the depositor confirms it to the desk.",
        ),
        sign_depositor=QCoreApplication.translate("KeyPrint", "Depositor"),
        sign_desk=QCoreApplication.translate("KeyPrint", "For the management"),
        col_tag=QCoreApplication.translate("KeyPrint", "Tag"),
        col_label=QCoreApplication.translate("KeyPrint", "Key"),
        col_class=QCoreApplication.translate("KeyPrint", "Class"),
        col_position=QCoreApplication.translate("KeyPrint", "Position"),
        col_status=QCoreApplication.translate("KeyPrint", "Status"),
        col_borrower=QCoreApplication.translate("KeyPrint", "Borrower"),
        col_since=QCoreApplication.translate("KeyPrint", "Since"),
        col_due=QCoreApplication.translate("KeyPrint", "Due"),
        summary_total=QCoreApplication.translate("KeyPrint", "Keys"),
        summary_out=QCoreApplication.translate("KeyPrint", "Out"),
        summary_overdue=QCoreApplication.translate("KeyPrint", "Overdue"),
        summary_lost=QCoreApplication.translate("KeyPrint", "Lost"),
        filter_label=QCoreApplication.translate("KeyPrint", "Shown"),
        overdue_by=QCoreApplication.translate("KeyPrint", "Overdue {late}"),
        late_hours=QCoreApplication.translate("KeyNames", "{hours} h {minutes} min"),
        late_minutes=QCoreApplication.translate("KeyNames", "{minutes} min"),
        on_ring=QCoreApplication.translate("KeyPrint", "on ring {ring}"),
        ring_members=QCoreApplication.translate("KeyPrint", "Keys on the ring"),
        statuses=status_names(),
        borrower_kinds=borrower_kind_names(),
        classes=class_names(classes),
    )


def transfer_words(classes: Iterable[KeyClass], title_lines: tuple[str, ...] = ()) -> TransferWords:
    """Column titles and value names of the Excel files, in the operator's language."""
    return TransferWords(
        inventory_sheet=QCoreApplication.translate("KeyExport", "Keys"),
        loans_sheet=QCoreApplication.translate("KeyExport", "Key loans"),
        inventory_titles=(
            QCoreApplication.translate("KeyExport", "Tag"),
            QCoreApplication.translate("KeyExport", "Key"),
            QCoreApplication.translate("KeyExport", "Opens (kind)"),
            QCoreApplication.translate("KeyExport", "Opens"),
            QCoreApplication.translate("KeyExport", "Unit"),
            QCoreApplication.translate("KeyExport", "Class"),
            QCoreApplication.translate("KeyExport", "Position"),
            QCoreApplication.translate("KeyExport", "Copies"),
            QCoreApplication.translate("KeyExport", "Ring"),
            QCoreApplication.translate("KeyExport", "On ring"),
            QCoreApplication.translate("KeyExport", "Notes"),
            QCoreApplication.translate("KeyExport", "Status"),
            QCoreApplication.translate("KeyExport", "Borrower"),
            QCoreApplication.translate("KeyExport", "Due"),
        ),
        loan_titles=(
            QCoreApplication.translate("KeyExport", "Tag"),
            QCoreApplication.translate("KeyExport", "Key"),
            QCoreApplication.translate("KeyExport", "Borrower"),
            QCoreApplication.translate("KeyExport", "Borrower is"),
            QCoreApplication.translate("KeyExport", "Company / unit / pass"),
            QCoreApplication.translate("KeyExport", "Purpose"),
            QCoreApplication.translate("KeyExport", "Issued"),
            QCoreApplication.translate("KeyExport", "Issued by"),
            QCoreApplication.translate("KeyExport", "Approved by"),
            QCoreApplication.translate("KeyExport", "ID checked"),
            QCoreApplication.translate("KeyExport", "Due"),
            QCoreApplication.translate("KeyExport", "Returned"),
            QCoreApplication.translate("KeyExport", "Returned by (someone else)"),
            QCoreApplication.translate("KeyExport", "Received by"),
            QCoreApplication.translate("KeyExport", "Late (min)"),
            QCoreApplication.translate("KeyExport", "State"),
        ),
        title_lines=title_lines,
        yes=QCoreApplication.translate("KeyPrint", "Yes"),
        no=QCoreApplication.translate("KeyPrint", "No"),
        statuses=status_names(),
        loan_states=loan_state_names(),
        borrower_kinds=borrower_kind_names(),
        opens_kinds=opens_kind_names(),
        classes=class_names(classes),
    )
