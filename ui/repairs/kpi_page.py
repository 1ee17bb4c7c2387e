"""The KPI page: one month's figures (the guide's indicators), a bar chart of requests per day
(overdue ones in a darker, hatched part: readable in black and white), and tables per category and
per technician."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bundles import ListExportServices
from app.clock import Clock, day_bounds
from app.errors import GatehouseError
from app.exports.registry import ExportFilter, ExportKind
from app.repairs.kpi import KpiService, PeriodKpis, month_bounds
from ui.repairs.code_words import category_names
from ui.repairs.models import KpiTableModel, hours, percent, score
from ui.session import OperatorSession
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.export_button import ExportButton
from ui.widgets.form import Banner

MONTHS_OFFERED = 13
CHART_HEIGHT = 160
BAR_COLOUR = QColor("#5b8def")
BREACH_COLOUR = QColor("#b3261e")
Index = QModelIndex | QPersistentModelIndex


class DayBars(QWidget):
    """Requests per day as bars; the overdue share of each bar hatched in dark red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDayBars")
        self.setMinimumHeight(CHART_HEIGHT)
        self.days: list[tuple[date, int, int]] = []  # day, requests, breached

    def set_days(self, days: list[tuple[date, int, int]]) -> None:
        self.days = days
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(28, 8, -8, -20)
        painter.setPen(QPen(QColor("#444")))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        top = max((n for _, n, _ in self.days), default=0)
        if not self.days or top == 0:
            painter.end()
            return
        painter.drawText(QRectF(0, area.top() - 6, 26, 14), Qt.AlignmentFlag.AlignRight, str(top))
        slot = area.width() / len(self.days)
        for i, (day, requests, breached) in enumerate(self.days):
            height = area.height() * requests / top
            x = area.left() + i * slot + slot * 0.15
            bar = QRectF(x, area.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, BAR_COLOUR)
            if breached:
                part = area.height() * breached / top
                late = QRectF(x, area.bottom() - part, slot * 0.7, part)
                painter.fillRect(late, QBrush(BREACH_COLOUR, Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(BREACH_COLOUR))
                painter.drawRect(late)
                painter.setPen(QPen(QColor("#444")))
            if day.day == 1 or day.day % 5 == 0:
                painter.drawText(
                    QRectF(x - 6, area.bottom() + 2, slot + 12, 16), Qt.AlignmentFlag.AlignHCenter, str(day.day)
                )
        painter.end()


class KpiPage(TranslatableWidget):
    def __init__(
        self,
        kpis: KpiService,
        clock: Clock,
        zone: Any,
        parent: QWidget | None = None,
        *,
        exports: ListExportServices | None = None,
        session: OperatorSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiPage")
        self._kpis = kpis
        self._clock = clock
        self._zone = zone
        self.period: PeriodKpis | None = None
        self._title = page_title()
        self.banner = Banner()
        self.month = QComboBox()
        self.month.setObjectName("kpiMonth")
        self._month_label = QLabel()
        self._month_label.setBuddy(self.month)
        today = clock.now().astimezone(zone).date()
        year, month = today.year, today.month
        for _ in range(MONTHS_OFFERED):
            self.month.addItem(f"{year}-{month:02d}", (year, month))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        self.tiles: dict[str, QLabel] = {}
        self._tile_names: dict[str, QLabel] = {}
        grid = QGridLayout()
        for position, key in enumerate(
            ("requests", "first_response", "mttr", "sla", "reopen", "complaints", "satisfaction")
        ):
            name, value = QLabel(), QLabel()
            value.setObjectName("kpiValue")
            value.setStyleSheet("font-size: 18pt; font-weight: bold;")
            self._tile_names[key], self.tiles[key] = name, value
            box = QVBoxLayout()
            box.addWidget(name)
            box.addWidget(value)
            grid.addLayout(box, position // 4, position % 4)
        self.chart = DayBars()
        self._chart_label = QLabel()
        self.categories = KpiTableModel(self)
        self.technicians = KpiTableModel(self)
        tables = QHBoxLayout()
        self._category_label, self._technician_label = QLabel(), QLabel()
        for label, model in ((self._category_label, self.categories), (self._technician_label, self.technicians)):
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(view)
            tables.addLayout(column)
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._month_label)
        top.addWidget(self.month)
        self.export_button: ExportButton | None = None
        if exports is not None and session is not None:
            self.export_button = ExportButton(exports, session, ExportKind.KPIS, self.export_filter, self.banner)
            top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self._chart_label)
        layout.addWidget(self.chart)
        layout.addLayout(tables, 1)
        self.month.activated.connect(self._on_month_activated)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Repair KPIs"))
        self._month_label.setText(self.tr("&Month"))
        names = {
            "requests": self.tr("Requests"),
            "first_response": self.tr("First response (mean)"),
            "mttr": self.tr("MTTR (without on-hold time)"),
            "sla": self.tr("SLA met"),
            "reopen": self.tr("Reopen rate"),
            "complaints": self.tr("Complaint rate"),
            "satisfaction": self.tr("Satisfaction (5 = very satisfied)"),
        }
        for key, label in self._tile_names.items():
            label.setText(names[key])
        self._chart_label.setText(self.tr("Requests per day (hatched: overdue)"))
        self._category_label.setText(self.tr("By category"))
        self._technician_label.setText(self.tr("By technician"))
        for model in (self.categories, self.technicians):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._show()

    def activated(self) -> None:
        self.refresh()

    def export_filter(self) -> ExportFilter:
        """The chosen month's days, as the page shows them."""
        first, last = month_bounds(*self.month.currentData())
        return ExportFilter(day_bounds(first, self._zone)[0], day_bounds(last, self._zone)[1])

    def _on_month_activated(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        year, month = self.month.currentData()
        try:
            self.period = self._kpis.month(year, month)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._show()

    def _show(self) -> None:
        period = self.period
        if period is None:
            return
        total = period.total
        self.tiles["requests"].setText(str(total.requests))
        self.tiles["first_response"].setText(hours(total.first_response_s))
        self.tiles["mttr"].setText(hours(total.mttr_s))
        self.tiles["sla"].setText(percent(total.sla_compliance))
        self.tiles["reopen"].setText(percent(total.reopen_rate))
        self.tiles["complaints"].setText(percent(total.complaint_rate))
        self.tiles["satisfaction"].setText(score(total.satisfaction))
        self.chart.set_days([(day, f.requests, f.sla_judged - f.sla_met) for day, f in period.by_day])
        names = category_names()
        self.categories.set_rows([(names.get(c, c), f) for c, f in period.by_category])
        self.technicians.set_rows(list(period.by_technician))
