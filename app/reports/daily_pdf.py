"""The daily report (日報) as a PDF: exceptions first, then the summaries, the charts, the shifts,
approvals and refused sign-ins, and the day's audit chain head with a supervisor's signature line.

A quiet day fits one A4 page; a busy day breaks between blocks and inside long tables (the header row
repeats). The renderer only words facts: it reads nothing from the database.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.shapes import Drawing

from app.printing import Align, Document, TableColumn, mm
from app.reports.charts import ChartBox
from app.reports.facts import (
    DailyFacts,
    ExceptionFact,
    ExceptionKind,
    Module,
    WorkOrderBucket,
)
from app.reports.labels import ReportLabels
from app.reports.paper import DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT, Paper
from app.severity import Severity

SEPARATOR = " · "
OTHER_DAY_FORMAT = "%m-%d %H:%M"
OTHER_YEAR_FORMAT = DATETIME_FORMAT
CHART_GAP_MM = 2.0
CATEGORY_ROOM_PT = 50.0  # a category's bar with its name level under it (names are cut at 46 pt)
STACKED_FRAME_PT = 108.0  # the value axis and the legend beside a stacked chart
MIN_CHARTED = 5  # visitors + work orders of the day below which the charts are left out
CHART_HEIGHT_MM = 33.0
HASH_GROUP = 4  # hex digits per group of the short fingerprint
SHORT_HASH_GROUPS = 4  # the audit head as "1a2b 3c4d 5e6f 7a8b": short enough to compare by eye
ROWS_PER_KIND = 200  # exceptions of one kind listed in full; beyond that one line says how many more


def daily_title(facts: DailyFacts, labels: ReportLabels) -> str:
    return labels("daily.title", date=facts.day.strftime(DATE_FORMAT))


def render_daily(facts: DailyFacts, paper: Paper) -> bytes:
    labels = paper.labels
    doc = paper.document(daily_title(facts, labels))
    period = f"{paper.time(facts.day_start)} – {_end_time(facts, paper)}"
    doc.add_key_values(
        [
            (labels("daily.date"), f"{facts.day.strftime(DATE_FORMAT)} ({period})"),
            (labels("daily.desk"), facts.desk_name or labels("common.whole_site")),
        ],
        pairs_per_row=2,
    )
    if not facts.complete:
        doc.add_paragraph(labels("common.incomplete", time=paper.moment(facts.generated_at)), small=True)
    _exceptions(doc, facts, paper)
    _summary(doc, facts, labels)
    _charts(doc, facts, labels)
    _shifts(doc, facts, paper)
    _access(doc, facts, paper)
    with doc.kept_together():  # the supervisor signs under the chain head, never on a page of its own
        _audit(doc, facts, labels)
        doc.add_signature_lines([labels("daily.reviewed_by")])
    return doc.render()


def _end_time(facts: DailyFacts, paper: Paper) -> str:
    """``24:00`` for the end of the day (the next midnight), as people write it on paper."""
    local = facts.day_end.astimezone(paper.zone)
    return "24:00" if local.date() > facts.day and local.hour == 0 and local.minute == 0 else paper.time(facts.day_end)


def _when(instant: datetime | None, facts: DailyFacts, paper: Paper) -> str:
    """A time in the exceptions table: ``HH:MM`` on the day, ``24:00`` at its very end, and with the
    date (``MM-DD HH:MM``, the year too if it differs) on another day: short enough for its column."""
    if instant is None:
        return ""
    if instant == facts.day_end:
        return "24:00"
    local = instant.astimezone(paper.zone)
    if local.date() == facts.day:
        return local.strftime(TIME_FORMAT)
    return local.strftime(OTHER_DAY_FORMAT if local.year == facts.day.year else OTHER_YEAR_FORMAT)


def _exceptions(doc: Document, facts: DailyFacts, paper: Paper) -> None:
    labels = paper.labels
    doc.add_heading(labels("daily.exceptions"))
    if not facts.exceptions:
        doc.add_note_box(labels("daily.no_exceptions"), title=labels("daily.exceptions"))
        return
    columns = [
        TableColumn(labels("daily.col.severity"), 1.1),
        TableColumn(labels("daily.col.kind"), 1.7),
        TableColumn(labels("daily.col.time"), 1.0),
        TableColumn(labels("daily.col.subject"), 2.0),
        TableColumn(labels("daily.col.place"), 1.4),
        TableColumn(labels("daily.col.details"), 2.4),
    ]
    rows: list[tuple[str, str, str, str, str, str]] = []
    boxed: list[tuple[int, int]] = []
    for kind, listed, more in listed_exceptions(facts.exceptions):
        for e in listed:
            if e.severity is Severity.URGENT:
                boxed.append((0, len(rows)))
            rows.append(
                (
                    labels.severity(e.severity),
                    labels.exception(e.kind),
                    _when(e.at, facts, paper),
                    e.subject,
                    e.place,
                    _details(e, facts, paper),
                )
            )
        if more:
            rows.append(("", labels.exception(kind), "", labels("daily.more", count=more), "", ""))
    doc.add_table(columns, rows, zebra=True, boxed=boxed)


def listed_exceptions(
    exceptions: tuple[ExceptionFact, ...],
) -> list[tuple[ExceptionKind, list[ExceptionFact], int]]:
    """The exceptions as printed, in their order: at most ``ROWS_PER_KIND`` of a kind, then how many
    more of that kind were left out (placed right after the kind's last printed row)."""
    seen: dict[ExceptionKind, int] = {}
    out: list[tuple[ExceptionKind, list[ExceptionFact], int]] = []
    total = {kind: sum(1 for e in exceptions if e.kind is kind) for kind in {e.kind for e in exceptions}}
    for e in exceptions:
        n = seen.get(e.kind, 0) + 1
        seen[e.kind] = n
        if n <= ROWS_PER_KIND:
            out.append((e.kind, [e], total[e.kind] - ROWS_PER_KIND if n == ROWS_PER_KIND else 0))
    return out


def _details(fact: ExceptionFact, facts: DailyFacts, paper: Paper) -> str:
    labels = paper.labels
    parts = []
    if fact.outcome is not None:
        parts.append(labels.code(*fact.outcome))
    if fact.kind is ExceptionKind.PATROL_MISSED and fact.at is not None and fact.due is not None:
        parts.append(
            labels("daily.patrol_window", start=_when(fact.at, facts, paper), end=_when(fact.due, facts, paper))
        )
    elif fact.due is not None:
        parts.append(labels("daily.due", time=_when(fact.due, facts, paper)))
    if fact.count is not None:
        own = f"daily.count.{fact.kind.value}"
        parts.append(labels(own if labels.knows(own) else "daily.count", count=fact.count))
    if fact.note:
        parts.append(fact.note)
    return "; ".join(parts)


def _summary(doc: Document, facts: DailyFacts, labels: ReportLabels) -> None:
    """One row per module: its counts in one line ("Checked in 3 · Overstays 1"), compact enough
    that a quiet day still fits one page."""
    doc.add_heading(labels("daily.summary"))
    rows = []
    for module in facts.modules:
        counts = facts.counts_of(module)
        if counts and not any(c.value for c in counts):
            rows.append((labels.module(module), labels("daily.module_quiet")))  # one short line, not a row of zeros
        elif counts:
            rows.append((labels.module(module), SEPARATOR.join(f"{labels.metric(c.metric)} {c.value}" for c in counts)))
    doc.add_table([TableColumn(labels("daily.col.module"), 1.5), TableColumn(labels("daily.col.figures"), 5.0)], rows)
    missing = [m for m in Module if m not in facts.modules]
    if missing:
        doc.add_paragraph(
            labels("common.not_recorded", modules="、".join(labels.module(m) for m in missing)), small=True
        )


def _charts(doc: Document, facts: DailyFacts, labels: ReportLabels) -> None:
    """Visitors per hour on the left, work orders on the right. The work-order chart alone stands on
    the left, as wide as its categories need to be named level (up to the full width). A quiet day
    (fewer than ``MIN_CHARTED`` visitors and work orders together) has no charts: a bar or two say
    nothing the summary's figures do not, and the quiet day must stay on one page."""
    charted = sum(facts.visitors_per_hour or ()) + sum(w.count for w in facts.work_orders or ())
    if charted < MIN_CHARTED:
        return
    width = doc.content_width
    height = mm(CHART_HEIGHT_MM)
    drawing = Drawing(width, height)
    font = doc.fonts.regular
    left_w = width * 0.48
    visitors = ChartBox(drawing, 0, 0, left_w, height, font)
    right = ChartBox(drawing, left_w + width * 0.04, 0, width - left_w - width * 0.04, height, font)
    named = len({w.category for w in facts.work_orders or () if w.count})
    alone = min(width, max(right.width, named * CATEGORY_ROOM_PT + STACKED_FRAME_PT))
    orders = right if facts.visitors_per_hour is not None else ChartBox(drawing, 0, 0, alone, height, font)
    if facts.visitors_per_hour is not None:
        visitors.title(labels("daily.chart.visitors"))
        if sum(facts.visitors_per_hour):
            visitors.hourly(facts.visitors_per_hour)
        else:
            visitors.empty(labels("daily.chart.no_visitors"))
    if facts.work_orders is not None:
        orders.title(labels("daily.chart.work_orders"))
        totals: dict[str, int] = {}
        for w in facts.work_orders:
            totals[w.category] = totals.get(w.category, 0) + w.count
        categories = sorted((c for c, n in totals.items() if n), key=lambda c: (-totals[c], c))
        buckets = [b for b in WorkOrderBucket if any(w.bucket is b and w.count for w in facts.work_orders)]
        if categories:
            table: dict[tuple[str, WorkOrderBucket], int] = {}
            for w in facts.work_orders:
                table[(w.category, w.bucket)] = table.get((w.category, w.bucket), 0) + w.count
            series = [[table.get((c, b), 0) for c in categories] for b in buckets]
            orders.stacked(
                [labels.code("category", c) for c in categories], series, [labels.bucket(b) for b in buckets]
            )
        else:
            orders.empty(labels("daily.chart.no_work_orders"))
    doc.add_spacer(CHART_GAP_MM)  # the chart's title is drawn inside the picture: room above it
    doc.add_image(drawing)


def _shifts(doc: Document, facts: DailyFacts, paper: Paper) -> None:
    labels = paper.labels
    doc.add_heading(labels("daily.shifts"))
    if not facts.shifts:
        doc.add_paragraph(labels("daily.no_shifts"))
        return
    columns = [
        TableColumn(labels("daily.col.desk"), 1.4),
        TableColumn(labels("daily.col.shift"), 1.0),
        TableColumn(labels("daily.col.operator"), 1.4),
        TableColumn(labels("daily.col.started"), 1.4),
        TableColumn(labels("daily.col.ended"), 1.4),
        TableColumn(labels("daily.col.status"), 1.6),
    ]
    rows = []
    for s in facts.shifts:
        status = labels("daily.shift.ended_by", name=s.ended_by) if s.ended_by else labels.shift_status(s.status)
        rows.append(
            (
                s.desk_name,
                labels.shift_pattern(s.pattern),
                s.operator_name,
                paper.moment(s.started_at, facts.day_start),
                paper.moment(s.ended_at, facts.day_start),
                status,
            )
        )
    doc.add_table(columns, rows)


def _access(doc: Document, facts: DailyFacts, paper: Paper) -> None:
    labels = paper.labels
    if facts.approvals:
        doc.add_heading(labels("daily.approvals"))
        doc.add_table(
            [
                TableColumn(labels("daily.col.time"), 1.0),
                TableColumn(labels("daily.col.approver"), 1.4),
                TableColumn(labels("daily.col.requested_by"), 1.4),
                TableColumn(labels("daily.col.permission"), 2.2),
                TableColumn(labels("daily.col.desk"), 1.4),
            ],
            [
                (
                    paper.moment(a.at, facts.day_start),
                    a.approver_name,
                    a.requested_by,
                    labels.code("permission", a.permission),
                    a.desk_name,
                )
                for a in facts.approvals
            ],
        )
    if facts.refused_sign_ins:
        doc.add_heading(labels("daily.refused"))
        doc.add_table(
            [
                TableColumn(labels("daily.col.time"), 1.0),
                TableColumn(labels("daily.col.operator"), 1.4),
                TableColumn(labels("daily.col.check"), 1.4),
                TableColumn(labels("daily.col.desk"), 1.4),
                TableColumn(labels("daily.col.failures"), 0.9, Align.RIGHT),
                TableColumn(labels("daily.col.locked"), 0.9, Align.CENTER),
            ],
            [
                (
                    paper.moment(r.at, facts.day_start),
                    r.operator_name,
                    labels.sign_in(r.kind),
                    r.desk_name,
                    r.failures,
                    labels("common.yes") if r.locked else labels("common.no"),
                )
                for r in facts.refused_sign_ins
            ],
        )


def short_fingerprint(entry_hash: str) -> str:
    """The first digits of the chain head's hash in groups: ``1a2b 3c4d 5e6f 7a8b``."""
    digits = entry_hash[: HASH_GROUP * SHORT_HASH_GROUPS]
    return " ".join(digits[i : i + HASH_GROUP] for i in range(0, len(digits), HASH_GROUP))


def audit_line(facts: DailyFacts, labels: ReportLabels) -> str:
    """The chain head as one short line a supervisor can compare, or "no entry yet" (never zeros)."""
    head = facts.audit_head
    if head.seq <= 0 or not head.entry_hash.strip("0"):
        return labels("daily.audit.empty")
    return labels("daily.audit.line", seq=head.seq, short=short_fingerprint(head.entry_hash))


def _audit(doc: Document, facts: DailyFacts, labels: ReportLabels) -> None:
    head = facts.audit_head
    doc.add_heading(labels("daily.audit"))
    doc.add_key_values(
        [
            (labels("daily.audit.head"), audit_line(facts, labels)),
            (labels("daily.audit.entries"), head.entries_in_period),
        ],
        pairs_per_row=2,
    )
    if head.seq > 0:
        doc.add_paragraph(labels("daily.audit.check"), small=True)
