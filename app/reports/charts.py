"""Black-and-white charts for the reports (reportlab graphics).

Every string in a chart is drawn in the document's embedded CJK font (``font``): reportlab's default,
Helvetica, is neither embedded nor able to draw Chinese. Series are told apart by grey level and
outline, never by colour alone, so the charts survive a monochrome laser printer.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.printing.flowables import fit_text

# Fills from dark to light; the lightest keeps a black outline so it shows on white paper.
GREYS = (
    colors.Color(0.1, 0.1, 0.1),
    colors.Color(0.45, 0.45, 0.45),
    colors.Color(0.7, 0.7, 0.7),
    colors.Color(0.88, 0.88, 0.88),
    colors.white,
)
TITLE_SIZE = 9.0
LABEL_SIZE = 7.0
MAX_CATEGORY_LABEL = 46.0  # points: longer category names are cut with an ellipsis
EMPTY_SIZE = 8.5


def _title(drawing: Drawing, x: float, y: float, text: str, font: str) -> None:
    drawing.add(String(x, y, text, fontName=font, fontSize=TITLE_SIZE))


def _axis_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return max(1, top // 6)


def _bar_chart(
    x: float,
    y: float,
    width: float,
    height: float,
    data: Sequence[Sequence[float]],
    categories: Sequence[str],
    font: str,
    *,
    stacked: bool,
    angle: int = 0,
) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y = int(x), int(y)
    chart.width, chart.height = int(width), int(height)
    chart.data = [list(series) for series in data]
    top = max((sum(col) for col in zip(*data, strict=True)) if stacked else (max(s) for s in data), default=0)
    step = _axis_step(int(top) or 1)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-int(top) // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    if angle:
        chart.categoryAxis.labels.angle = angle
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 2
        chart.categoryAxis.labels.dy = -2
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 2
    for i in range(len(data)):
        chart.bars[i].fillColor = GREYS[i % len(GREYS)]
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.3
    return chart


def _angle(labels: Sequence[str], chart_width: float, font: str) -> int:
    """Category labels stay level (and extractable as text) when they fit under their bars."""
    if not labels:
        return 0
    room = chart_width / len(labels) - 4
    return 0 if max(stringWidth(t, font, LABEL_SIZE) for t in labels) <= room else 30


def _legend(x: float, y: float, names: Sequence[str], font: str) -> Legend:
    legend = Legend()
    legend.x, legend.y = int(x), int(y)
    legend.fontName = font
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"  # swatch left of the text
    legend.autoXPadding = 4
    legend.columnMaximum = 8
    legend.dx = legend.dy = 7
    legend.deltay = 9
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.3
    legend.colorNamePairs = [(GREYS[i % len(GREYS)], name) for i, name in enumerate(names)]
    return legend


def _empty(drawing: Drawing, x: float, y: float, text: str, font: str) -> None:
    drawing.add(String(x, y, text, fontName=font, fontSize=EMPTY_SIZE))


class ChartBox:
    """A rectangle of a drawing: a chart with its title above, or a line saying there is nothing."""

    def __init__(self, drawing: Drawing, x: float, y: float, width: float, height: float, font: str) -> None:
        self.drawing, self.x, self.y, self.width, self.height, self.font = drawing, x, y, width, height, font

    def title(self, text: str) -> None:
        _title(
            self.drawing,
            self.x,
            self.y + self.height - TITLE_SIZE,
            fit_text(text, self.font, TITLE_SIZE, self.width),
            self.font,
        )

    def empty(self, text: str) -> None:
        _empty(self.drawing, self.x + 4, self.y + self.height / 2, text, self.font)

    def hourly(self, counts: Sequence[int]) -> None:
        names = [f"{h:02d}" if h % 3 == 0 else "" for h in range(len(counts))]
        chart = _bar_chart(
            self.x + 22, self.y + 14, self.width - 26, self.height - 32, [counts], names, self.font, stacked=False
        )
        chart.groupSpacing = 1
        self.drawing.add(chart)

    def series_per_day(self, counts: Sequence[int]) -> None:
        names = [str(d + 1) if d % 5 == 0 or d == len(counts) - 1 else "" for d in range(len(counts))]
        chart = _bar_chart(
            self.x + 26, self.y + 14, self.width - 30, self.height - 32, [counts], names, self.font, stacked=False
        )
        self.drawing.add(chart)

    def stacked(self, categories: Sequence[str], series: Sequence[Sequence[int]], series_names: Sequence[str]) -> None:
        """Bars per category, stacked by series (e.g. status buckets), legend on the right."""
        legend_w = min(78.0, self.width * 0.32)
        short = [fit_text(c, self.font, LABEL_SIZE, MAX_CATEGORY_LABEL) for c in categories]
        chart = _bar_chart(
            self.x + 22,
            self.y + 34,
            self.width - 30 - legend_w,
            self.height - 52,
            series,
            short,
            self.font,
            stacked=True,
            angle=_angle(short, self.width - 30 - legend_w, self.font),
        )
        self.drawing.add(chart)
        self.drawing.add(
            _legend(self.x + self.width - legend_w + 6, self.y + self.height - 22, series_names, self.font)
        )

    def grouped(self, categories: Sequence[str], series: Sequence[Sequence[int]], series_names: Sequence[str]) -> None:
        legend_w = min(90.0, self.width * 0.25)
        short = [fit_text(c, self.font, LABEL_SIZE, MAX_CATEGORY_LABEL) for c in categories]
        chart = _bar_chart(
            self.x + 26,
            self.y + 34,
            self.width - 34 - legend_w,
            self.height - 52,
            series,
            short,
            self.font,
            stacked=False,
            angle=_angle(short, self.width - 34 - legend_w, self.font),
        )
        self.drawing.add(chart)
        self.drawing.add(
            _legend(self.x + self.width - legend_w + 6, self.y + self.height - 22, series_names, self.font)
        )
