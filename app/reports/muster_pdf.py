"""The muster / evacuation list (緊急疏散名單): everyone on site now, grouped by building, with a tick
column for the roll call at the assembly point. Large type, black and white, one table per building."""

from __future__ import annotations

from app.printing import Align, Document, TableColumn
from app.reports.facts import MusterFacts, MusterGroup, MusterKind
from app.reports.paper import Paper

TICK_BOX = ""  # the table grid draws the box to tick


def render_muster(facts: MusterFacts, paper: Paper) -> bytes:
    labels = paper.labels
    doc = paper.document(labels("muster.title"))
    totals: list[tuple[str, str | int]] = [
        (labels("muster.at"), paper.moment(facts.at)),
        (labels("muster.total"), people_text(facts.total, facts.lines, facts.companions, paper)),
    ]
    totals += [(labels.muster_kind(kind), count) for kind, count in facts.by_kind]
    doc.add_key_values(totals, pairs_per_row=3)
    doc.add_paragraph(labels("muster.instructions"), small=True)
    _absent_kinds(doc, facts, paper)
    if not facts.groups:
        doc.add_note_box(labels("muster.nobody"), title=labels("muster.title"))
    number = 0
    for group in facts.groups:
        number = _group(doc, group, paper, number, facts)
    doc.add_signature_lines([labels("muster.roll_call_by")])
    return doc.render()


def _absent_kinds(doc: Document, facts: MusterFacts, paper: Paper) -> None:
    labels = paper.labels
    missing = [k for k in MusterKind if k not in facts.kinds_present]
    if missing:
        doc.add_paragraph(
            labels("common.not_recorded", modules="、".join(labels.muster_kind(k) for k in missing)), small=True
        )
    for kind, count in facts.by_kind:
        if count == 0 and facts.total:
            doc.add_paragraph(labels("muster.kind_none", kind=labels.muster_kind(kind)), small=True)


def people_text(people: int, named: int, companions: int, paper: Paper) -> str:
    """``54 (38 + 16 companions)``: the head count and what it is made of; just ``38`` without companions."""
    if not companions:
        return str(people)
    return paper.labels("muster.people_split", people=people, named=named, companions=companions)


def _group(doc: Document, group: MusterGroup, paper: Paper, number: int, facts: MusterFacts) -> int:
    labels = paper.labels
    title = labels("muster.building", name=group.building) if group.building else labels("muster.no_building")
    doc.add_heading(f"{title} ({people_text(group.people, len(group.entries), group.companions, paper)})")
    columns = [
        TableColumn(labels("muster.col.number"), 0.6, Align.RIGHT),
        TableColumn(labels("muster.col.name"), 1.7),
        TableColumn(labels("muster.col.people"), 0.8, Align.RIGHT),
        TableColumn(labels("muster.col.kind"), 1.1),
        TableColumn(labels("muster.col.place"), 1.5),
        TableColumn(labels("muster.col.arrived"), 1.1),
        TableColumn(labels("muster.col.details"), 2.2),
        TableColumn(labels("muster.col.present"), 0.8, Align.CENTER),
    ]
    rows = []
    for entry in group.entries:
        number += 1
        parts = [entry.pass_number, entry.detail]
        if entry.companion_names:
            parts.append(labels("muster.companions_named", names="、".join(entry.companion_names)))
        if entry.check_ins > 1:
            parts.append(labels("muster.check_ins", count=entry.check_ins))
        details = " · ".join(p for p in parts if p)
        people = f"1+{entry.companions}" if entry.companions else "1"
        rows.append(
            (
                number,
                entry.name,
                people,
                labels.muster_kind(entry.kind),
                entry.place,
                paper.moment(entry.since, facts.at),
                details,
                TICK_BOX,
            )
        )
    doc.add_table(columns, rows)
    return number
