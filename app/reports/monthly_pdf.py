"""The monthly KPI report: the guide's evaluation indicators for a month beside the previous month,
with the change and whether it is for the better, then the other figures and two charts."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from app.printing import Align, Document, TableColumn, mm
from app.reports.charts import ChartBox
from app.reports.facts import GUIDE_INDICATORS, INDICATOR_PARTS, IndicatorFact, MonthlyFacts, Unit
from app.reports.labels import ReportLabels
from app.reports.paper import Paper

MONTH_FORMAT = "%Y-%m"
CHART_GAP_MM = 2.0
CATEGORY_ROOM_PT = 50.0  # a category's two bars with its name level under them (names are cut at 46 pt)
GROUPED_FRAME_PT = 124.0  # the value axis and the legend beside a grouped chart
CHART_HEIGHT_MM = 58.0


def monthly_title(facts: MonthlyFacts, labels: ReportLabels) -> str:
    return labels("monthly.title", month=facts.month.strftime(MONTH_FORMAT))


def render_monthly(facts: MonthlyFacts, paper: Paper) -> bytes:
    labels = paper.labels
    doc = paper.document(monthly_title(facts, labels))
    doc.add_key_values(
        [
            (labels("monthly.month"), facts.month.strftime(MONTH_FORMAT)),
            (labels("monthly.compared_with"), facts.previous_month.strftime(MONTH_FORMAT)),
        ],
        pairs_per_row=2,
    )
    if not facts.complete:
        doc.add_paragraph(labels("common.incomplete", time=paper.moment(facts.generated_at)), small=True)
    guide_order = [part for ind in GUIDE_INDICATORS for part in (ind, *INDICATOR_PARTS.get(ind, ()))]
    guide = [f for ind in guide_order for f in facts.indicators if f.indicator is ind]
    other = [f for f in facts.indicators if f.indicator not in guide_order]
    empty = facts.previous_empty
    if empty:
        doc.add_paragraph(labels("monthly.previous_empty"), small=True)
    doc.add_heading(labels("monthly.indicators"))
    _table(doc, guide, labels, empty)
    missing_guide = [ind for ind in GUIDE_INDICATORS if facts.indicator(ind) is None]
    if missing_guide:
        doc.add_paragraph(
            labels("common.not_recorded", modules="、".join(labels.indicator(i) for i in missing_guide)), small=True
        )
    _charts(doc, facts, labels)
    with doc.kept_together():  # the manager signs under the figures, never on a page of their own
        if other:
            doc.add_heading(labels("monthly.other"))
            _table(doc, other, labels, empty)
        doc.add_paragraph(labels("monthly.definitions"), small=True)
        doc.add_signature_lines([labels("monthly.approved_by")])
    return doc.render()


def _table(doc: Document, facts: list[IndicatorFact], labels: ReportLabels, previous_empty: bool = False) -> None:
    if not facts:
        doc.add_paragraph(labels("common.none"))
        return
    columns = [
        TableColumn(labels("monthly.col.indicator"), 2.6),
        TableColumn(labels("monthly.col.this"), 1.3, Align.RIGHT),
        TableColumn(labels("monthly.col.previous"), 1.3, Align.RIGHT),
        TableColumn(labels("monthly.col.change"), 1.7, Align.RIGHT),
    ]
    doc.add_table(columns, [_row(f, labels, previous_empty) for f in facts], zebra=True)


def _row(fact: IndicatorFact, labels: ReportLabels, previous_empty: bool = False) -> tuple[str, str, str, str]:
    unit = fact.unit
    change = None if previous_empty else fact.change
    if previous_empty:
        return (
            labels.indicator(fact.indicator),
            labels.unit_value(unit, fact.value),
            labels("monthly.no_data"),
            labels("common.not_measured"),
        )
    if change is None:
        text = labels("common.not_measured")
    else:
        sign = "+" if change > 0 else ("±" if change == 0 else "−")
        magnitude = labels.unit_value(unit if unit is not Unit.SCORE else Unit.COUNT, abs(change))
        if unit is Unit.SCORE:
            magnitude = f"{abs(change):.2f}"
        text = f"{sign}{magnitude}"
        if fact.improved is not None:
            text += f" ({labels('monthly.better') if fact.improved else labels('monthly.worse')})"
    return (
        labels.indicator(fact.indicator),
        labels.unit_value(unit, fact.value),
        labels.unit_value(unit, fact.previous),
        text,
    )


def _charts(doc: Document, facts: MonthlyFacts, labels: ReportLabels) -> None:
    if facts.visits_per_day is None and facts.work_orders_by_category is None:
        return
    width, height, font = doc.content_width, mm(CHART_HEIGHT_MM), doc.fonts.regular
    drawing = Drawing(width, height)
    left_w = width * 0.5
    gap = width * 0.04
    if facts.visits_per_day is not None:
        box = ChartBox(drawing, 0, 0, left_w, height, font)
        box.title(labels("monthly.chart.visits"))
        box.series_per_day(facts.visits_per_day)
    if facts.work_orders_by_category is not None:
        now = {c.category: c.count for c in facts.work_orders_by_category}
        before = {c.category: c.count for c in facts.previous_work_orders_by_category or ()}
        compare = any(before.values())  # no bars of the previous month: no legend entry for them
        categories = sorted(set(now) | set(before), key=lambda c: (-now.get(c, 0), -before.get(c, 0), c))
        # on the right of the visitors; alone, on the left and as wide as its categories need
        right_w = width - left_w - gap
        if facts.visits_per_day is not None:
            box = ChartBox(drawing, left_w + gap, 0, right_w, height, font)
        else:
            alone = min(width, max(right_w, len(categories) * CATEGORY_ROOM_PT + GROUPED_FRAME_PT))
            box = ChartBox(drawing, 0, 0, alone, height, font)
        box.title(labels("monthly.chart.work_orders"))
        if categories and (sum(now.values()) or sum(before.values())):
            series = [[now.get(c, 0) for c in categories]]
            names = [labels("monthly.series.this")]
            if compare:
                series.append([before.get(c, 0) for c in categories])
                names.append(labels("monthly.series.previous"))
            box.grouped([labels.code("category", c) for c in categories], series, names)
        else:
            box.empty(labels("daily.chart.no_work_orders"))
    doc.add_spacer(CHART_GAP_MM)  # the chart's title is drawn inside the picture: room above it
    doc.add_image(drawing)
