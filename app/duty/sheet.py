"""Printed paper of the duty area: the handover sheet (A4, signed by 交班人 / 接班人 / 班長), the
checkpoint QR labels, and the emergency contacts and plans sheet.

app/ holds no prose: the words come in labels objects that ui/ (or the CLI, through ui/cli_words) fills
in the chosen language. The English defaults keep tests and a bare CLI working.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from app.duty.handover import HandoverItemRow, HandoverRow
from app.duty.incidents import ContactRow, PlanRow
from app.duty.patrols import RouteRow
from app.printing import A4, DocumentLabels, DocumentMeta
from app.severity import Severity

LABELS_PER_PAGE = 3


# The facts the areas attach to handover items, with their English labels (ui/duty/code_words.py
# translates them); a fact without a label is not printed.
FACT_NAMES: Mapping[str, str] = {
    "author": "By",
    "route": "Route",
    "missed": "Missed rounds",
    "late": "Late",
    "category": "Category",
    "severity": "Severity",
    "status": "Status",
    "pass": "Pass",
    "borrower": "Borrower",
    "expected": "Expected",
    "counted": "Counted",
    "code": "Slip No.",
    "late_minutes": "Minutes late",
    "outcome": "Result",
    "counted_by": "Counted by",
    "matched": "In place",
    "differences": "Differences",
    "state": "State",
    "priority": "Priority",
}


@dataclass(frozen=True, slots=True)
class HandoverSheetLabels:
    title: str = "Shift handover"
    desk: str = "Desk"
    shift: str = "Shift"
    outgoing: str = "Outgoing"
    incoming: str = "Incoming"
    compiled_at: str = "Compiled"
    signed_at: str = "Both PINs confirmed"
    status: str = "Status"
    items_heading: str = "Open matters ({count})"
    no_items: str = "Nothing open was handed over."
    col_number: str = "No."
    col_severity: str = "Severity"
    col_kind: str = "Matter"
    col_subject: str = "Details"
    col_time: str = "Since / due"
    col_decision: str = "Incoming decision"
    note_heading: str = "Outgoing guard's note"
    closed_heading: str = "Closed by a supervisor"
    closed_text: str = "{name} at {time}: {reason}"
    refused_text: str = "REFUSED: the shift stays open until a supervisor closes the handover."
    since: str = "since {time}"
    due: str = "due {time}"
    decided_at: str = "{decision} at {time}"
    snapshot: str = "As compiled at {time} and signed: the state of the desk at the moment of signing."
    sign_outgoing: str = "Outgoing (交班人)"
    sign_incoming: str = "Incoming (接班人)"
    sign_supervisor: str = "Supervisor (班長)"
    kind_names: Mapping[str, str] = field(default_factory=dict)
    ack_names: Mapping[str, str] = field(default_factory=dict)
    status_names: Mapping[str, str] = field(default_factory=dict)
    pattern_names: Mapping[str, str] = field(default_factory=dict)
    fact_names: Mapping[str, str] = field(default_factory=lambda: dict(FACT_NAMES))  # fact code → label
    value_names: Mapping[str, str] = field(  # a fact's code value → words
        default_factory=lambda: {
            "no_difference": "Key count done: no difference",
            "differences": "Key count done: differences listed below",
            "not_done": "Key count not done this shift",
        }
    )
    severity_names: Mapping[str, str] = field(  # app.severity.Severity value → word
        default_factory=lambda: {"urgent": "Urgent", "warning": "Warning", "info": "Info"}
    )


@dataclass(frozen=True, slots=True)
class CheckpointLabelWords:
    title: str = "Patrol checkpoint labels"
    route: str = "Route"
    hint: str = "Scan at each patrol round"


@dataclass(frozen=True, slots=True)
class EmergencySheetLabels:
    title: str = "Emergency contacts and plans"
    contacts: str = "Emergency contacts"
    col_name: str = "Who"
    col_phone: str = "Phone"
    col_notes: str = "Notes"
    plans: str = "Emergency plans (quick reference)"
    no_plan: str = "No plan written yet."
    category_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PrintContext:
    site_name: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    zone: tzinfo
    document_labels: DocumentLabels = field(default_factory=DocumentLabels)


def _meta(ctx: PrintContext, title: str) -> DocumentMeta:
    return DocumentMeta(
        ctx.site_name, ctx.desk_name, ctx.printed_by, ctx.printed_at, title, ctx.zone, ctx.document_labels
    )


def _fill(template: str, **values: str) -> str:
    """Substitute ``{name}`` literally (a translator's typo in a template cannot raise)."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


# Facts kept for the record but not printed: codes a reader cannot act on.
HIDDEN_FACTS = frozenset({"borrower_kind"})


def item_details(item: HandoverItemRow, labels: HandoverSheetLabels) -> str:
    """Subject, place and facts of one item in the labels' language (also used on screen). A fact
    with no words (an unknown code) and a zero "minutes late" are left out: no raw codes on paper."""
    parts = [item.subject] if item.subject else []
    if item.place:
        parts.append(item.place)
    for code, value in item.facts:
        if code in HIDDEN_FACTS or (code == "late_minutes" and value in ("", "0")):
            continue
        if code == "result":  # the key count's outcome reads as words of its own
            parts.append(labels.value_names.get(value, value))
            continue
        name = labels.fact_names.get(code)
        if name is None:
            continue
        parts.append(f"{name}: {labels.value_names.get(value, value)}")
    return " · ".join(parts)


def severity_word(severity: Severity, labels: HandoverSheetLabels) -> str:
    """``■ 緊急``: the mark makes the step readable without colour."""
    return f"{severity.mark} {labels.severity_names.get(severity.value, severity.value)}"


def printed_items(row: HandoverRow) -> list[HandoverItemRow]:
    """The items as the sheet prints them: most severe first, then in the handover's order."""
    return sorted(row.items, key=lambda i: (i.severity.rank, i.position))


def item_times(item: HandoverItemRow, labels: HandoverSheetLabels, zone: tzinfo, day: date | None = None) -> str:
    """ "since 09:00" / "due 03-01 18:00": the date only when it is not ``day`` (the handover's day)."""

    def local(instant: datetime) -> str:
        moment = instant.astimezone(zone)
        return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%m-%d %H:%M}"

    out = []
    if item.since is not None:
        out.append(_fill(labels.since, time=local(item.since)))
    if item.due is not None:
        out.append(_fill(labels.due, time=local(item.due)))
    return "\n".join(out)


def handover_sheet_pdf(row: HandoverRow, labels: HandoverSheetLabels, ctx: PrintContext) -> bytes:
    from app.printing import Document, TableColumn

    doc = Document(A4, _meta(ctx, labels.title))
    local = _meta(ctx, labels.title).local
    doc.add_title()
    shift = f"{labels.pattern_names.get(row.shift_pattern, row.shift_pattern)} {local(row.shift_started_at)}"
    doc.add_key_values(
        [
            (labels.desk, row.desk_name),
            (labels.shift, shift),
            (labels.outgoing, row.outgoing_name),
            (labels.incoming, row.incoming_name or "—"),
            (labels.compiled_at, local(row.compiled_at)),
            (labels.signed_at, local(row.signed_at) if row.signed_at else "—"),
            (labels.status, labels.status_names.get(row.status.value, row.status.value)),
        ],
        pairs_per_row=2,
    )
    if row.status.value == "refused":
        doc.add_note_box(labels.refused_text)
    if row.closed_at is not None:
        text = _fill(labels.closed_text, name=row.closed_by_name, time=local(row.closed_at), reason=row.close_reason)
        doc.add_note_box(text, labels.closed_heading)
    doc.add_paragraph(_fill(labels.snapshot, time=local(row.compiled_at)), small=True)
    doc.add_heading(_fill(labels.items_heading, count=str(len(row.items))))
    day = (row.signed_at or row.compiled_at).astimezone(ctx.zone).date()
    if row.items:
        columns = [
            TableColumn(labels.col_number, 0.5),
            TableColumn(labels.col_severity, 1.1),
            TableColumn(labels.col_kind, 1.3),
            TableColumn(labels.col_subject, 3.6),
            TableColumn(labels.col_time, 1.4),
            TableColumn(labels.col_decision, 2.2),
        ]
        rows = []
        boxed = []
        for n, item in enumerate(printed_items(row), start=1):
            decision = labels.ack_names.get(item.ack.value, item.ack.value)
            if item.ack_at is not None:
                moment = item.ack_at.astimezone(ctx.zone)
                when = f"{moment:%H:%M}" if moment.date() == day else f"{moment:%m-%d %H:%M}"
                decision = _fill(labels.decided_at, decision=decision, time=when)
            if item.ack_comment:
                decision = f"{decision}: {item.ack_comment}"
            if item.severity is Severity.URGENT:
                boxed.append((1, n - 1))
            rows.append(
                (
                    n,
                    severity_word(item.severity, labels),
                    labels.kind_names.get(item.kind.value, item.kind.value),
                    item_details(item, labels),
                    item_times(item, labels, ctx.zone, day),
                    decision,
                )
            )
        doc.add_table(columns, rows, zebra=True, boxed=boxed)
    else:
        doc.add_paragraph(labels.no_items)
    with doc.kept_together():  # the signatures stay with the note (or the last rows), never alone
        if row.note:
            doc.add_note_box(row.note.splitlines(), labels.note_heading)
        doc.add_signature_lines(
            [
                f"{labels.sign_outgoing} {row.outgoing_name}",
                f"{labels.sign_incoming} {row.incoming_name}".strip(),
                labels.sign_supervisor,
            ]
        )
    return doc.render()


def checkpoint_labels_pdf(route: RouteRow, words: CheckpointLabelWords, ctx: PrintContext) -> bytes:
    """One QR label per active checkpoint (its code), with the name and place, several to a page."""
    from app.printing import Document

    doc = Document(A4, _meta(ctx, words.title))
    doc.add_title()
    doc.add_key_values([(words.route, f"{route.code} {route.name}")])
    for n, point in enumerate(c for c in route.checkpoints if c.active):
        if n and n % LABELS_PER_PAGE == 0:
            doc.add_page_break()
        doc.add_rule()
        doc.add_heading(f"{point.code}  {point.name}")
        if point.location:
            doc.add_paragraph(point.location)
        doc.add_barcode(point.code, size_mm=38, caption=f"{point.code} · {words.hint}")
    return doc.render()


def emergency_sheet_pdf(
    contacts: Sequence[ContactRow],
    plans: Mapping[str, PlanRow],
    categories: Sequence[str],
    labels: EmergencySheetLabels,
    ctx: PrintContext,
) -> bytes:
    from app.printing import Document, TableColumn

    doc = Document(A4, _meta(ctx, labels.title))
    doc.add_title()
    doc.add_heading(labels.contacts)
    doc.add_table(
        [TableColumn(labels.col_name, 3), TableColumn(labels.col_phone, 2), TableColumn(labels.col_notes, 3)],
        [(c.name, c.phone, c.notes) for c in contacts],
        zebra=True,
    )
    doc.add_heading(labels.plans)
    for code in categories:
        plan = plans.get(code)
        steps = plan.steps.splitlines() if plan and plan.steps else [labels.no_plan]
        doc.add_note_box(steps, labels.category_names.get(code, code))
    return doc.render()
