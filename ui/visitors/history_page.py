"""Visit history: filter by dates, unit, type, plate, visitor and status; scroll through any number of
visits (the model fetches pages lazily); open a visit for its story and amendments; export the
current filter to Excel in the background, with progress and cancel. A visit asked for from another
page (a handover item, an alert) is chosen among the visits of its day, the other filters cleared."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bundles import ListExportServices, VisitorServices
from app.changes import ChangeKind, Changes
from app.errors import GatehouseError
from app.exports.registry import ExportKind
from app.exports.service import ExportResult
from app.exports.sources.visitors import export_filter
from app.visitors.model import HistoryFilter, VisitStatus
from app.visitors.types import VisitorType
from ui.app_events import AppEvents, RecordRef, read_record
from ui.reports.export_job import ListExport
from ui.session import OperatorSession
from ui.visitors.code_words import status_name, type_name
from ui.visitors.files import choose_file
from ui.visitors.models import VisitHistoryTableModel
from ui.visitors.visit_detail import VisitDetailDialog
from ui.visitors.widgets import UnitPicker, open_dialog
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner

DEFAULT_DAYS = 7
UNIT_LIMIT = 12


class VisitHistoryPage(TranslatableWidget):
    def __init__(
        self,
        services: VisitorServices,
        session: OperatorSession,
        events: AppEvents,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitHistoryPage")
        self._s = services
        self._session = session
        self._events = events
        self._zone = zone
        self._types: list[VisitorType] = []
        self._title = page_title()
        self.banner = Banner()
        today = services.expected.today()
        self.first_day = QDateEdit(QDate(*(today - timedelta(days=DEFAULT_DAYS - 1)).timetuple()[:3]))
        self.last_day = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.unit = UnitPicker(services.directory)
        self.visitor_type = QComboBox()
        self.plate = QLineEdit()
        self.visitor = QLineEdit()
        self.status = QComboBox()
        self.search_button = QPushButton()
        self.search_button.setProperty("role", "primary")
        self.export_button = QPushButton()
        self.detail_button = QPushButton()
        self.count_label = QLabel()
        self.model = VisitHistoryTableModel(services.history, zone, self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        c = VisitHistoryTableModel.Column
        widths = {
            c.IN: 132, c.NAME: 90, c.TYPE: 84, c.UNIT: 84, c.PLATE: 84, c.STATUS: 78, c.OUT: 70,
        }  # fmt: skip
        for section, width in widths.items():
            self.table.setColumnWidth(section, width)
        self.detail: VisitDetailDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.export = ListExport(
            ListExportServices(services.exports, services.auth, services.operators, services.site.site().name),
            session,
            self,
        )
        self._labels: list[QLabel] = [QLabel() for _ in range(7)]
        grid = QGridLayout()
        for grid_column, (label, widget) in enumerate(
            zip(
                self._labels,
                (self.first_day, self.last_day, self.unit, self.visitor_type, self.plate, self.visitor, self.status),
                strict=True,
            )
        ):
            label.setBuddy(widget)
            grid.addWidget(label, 0, grid_column)
            grid.addWidget(widget, 1, grid_column)
        actions = QHBoxLayout()
        actions.addWidget(self.search_button)
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.detail_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.search_button.clicked.connect(self._on_search_button_clicked)
        for edit in (self.plate, self.visitor):
            edit.returnPressed.connect(self._on_search_button_clicked)
        self.unit.chosen.connect(self._on_unit_chosen)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.detail_button.clicked.connect(self._on_detail_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export.exported.connect(self._on_export_exported)
        self.export.failed.connect(self._on_export_failed)
        self.export.cancelled.connect(self._on_export_cancelled)
        self._events.data_changed.connect(self._on_events_data_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Visit history"))
        texts = (
            self.tr("&From"), self.tr("&To"), self.tr("&Unit"), self.tr("T&ype"), self.tr("&Plate"),
            self.tr("&Visitor (name, pinyin, phone)"), self.tr("&Status"),
        )  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.search_button.setText(self.tr("&Search"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.detail_button.setText(self.tr("&Details / amend…"))
        status = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("All"), None)
        for choice in VisitStatus:
            self.status.addItem(status_name(choice), choice.value)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self._fill_types()
        self._update_count()
        self.model.retranslate_headers()

    def _fill_types(self) -> None:
        current = self.visitor_type.currentData()
        self.visitor_type.clear()
        self.visitor_type.addItem(self.tr("All"), "")
        for kind in self._types:
            self.visitor_type.addItem(type_name(kind), kind.code)
        self.visitor_type.setCurrentIndex(max(0, self.visitor_type.findData(current)))

    # -- searching ---------------------------------------------------------------------------------
    def activated(self) -> None:
        try:
            self._types = self._s.visitors.types()
        except GatehouseError as error:
            self.banner.show_error(error)
        self._fill_types()
        self.search()

    def focus_search(self) -> None:
        self.visitor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_filter(self) -> HistoryFilter:
        first, last = self.first_day.date(), self.last_day.date()
        status = self.status.currentData()
        return HistoryFilter(
            first_day=date(first.year(), first.month(), first.day()),
            last_day=date(last.year(), last.month(), last.day()),
            unit_id=self.unit.unit_id,
            visitor_type=str(self.visitor_type.currentData() or ""),
            plate=self.plate.text(),
            visitor=self.visitor.text(),
            statuses=(VisitStatus(status),) if status else (),
        )

    def search(self) -> None:
        self.banner.clear_message()
        try:
            self.model.set_filter(self.current_filter(), self._types)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def open_record(self, ref: RecordRef) -> bool:
        """The visit chosen among the visits of the day it began (every other filter cleared); False
        when there is no such visit."""
        try:
            visit = read_record(ref, self._s.visitors.visit)
        except GatehouseError as error:
            self.banner.show_error(error)
            return True
        if visit is None:
            return False
        day = visit.checked_in_at.astimezone(self._zone).date()
        for edit in (self.first_day, self.last_day):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.unit.set_unit(None, "")
        for combo in (self.visitor_type, self.status):
            combo.setCurrentIndex(0)
        self.plate.clear()
        self.visitor.clear()
        self.search()
        try:
            row = self._s.history.position(self.current_filter(), visit.id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return True
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()
        return True

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} visits").format(count=f"{self.model.rowCount():,}"))

    def _on_search_button_clicked(self) -> None:
        self.search()

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.VISIT) and self.isVisible():
            self.model.refresh()
            self._update_count()

    def _on_unit_chosen(self, _data: object) -> None:
        self.search()

    # -- one visit ---------------------------------------------------------------------------------
    def _open_detail(self, row: int) -> None:
        visit = self.model.row_at(row)
        if visit is None:
            return
        dialog = VisitDetailDialog(self._s, self._session, self._events, self._zone, visit.id, None, self)
        dialog.finished.connect(self._on_detail_finished)
        open_dialog(dialog, self._keep_detail)

    def _keep_detail(self, dialog: object) -> None:
        self.detail = dialog if isinstance(dialog, VisitDetailDialog) else None

    def _on_detail_finished(self, _result: int) -> None:
        self.model.refresh()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._open_detail(index.row())

    def _on_detail_button_clicked(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            self._open_detail(indexes[0].row())

    # -- export ------------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        f = self.current_filter()
        self.file_dialog = choose_file(
            self,
            self.tr("Export visits to Excel"),
            self.tr("Excel workbook (*.xlsx)"),
            self.export_to,
            save=True,
            suggested=f"visits-{f.first_day}-{f.last_day}.xlsx",
        )

    def export_to(self, path: str) -> None:
        """Export the current filter to ``path`` through the export registry (the same path as the
        Reports page and ``gatehouse export xlsx --what visits``): a guard asks a supervisor in place,
        the file is written in the background with a progress dialog and Cancel."""
        if self.export.is_busy():
            return
        self.banner.clear_message()
        f = self.current_filter()
        flt = export_filter(f, self._zone, self.unit.text() if f.unit_id is not None else "")
        self.export_button.setEnabled(False)
        self.export.start(ExportKind.VISITS, flt, Path(path))
        if not self.export.is_busy():  # refused or no supervisor came: the page is free again
            self.export_button.setEnabled(True)

    def _on_export_exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.banner.notice(
            self.tr("{count} visits exported to {path}.").format(count=f"{result.rows:,}", path=result.path)
        )

    def _on_export_failed(self, error: GatehouseError) -> None:
        self.export_button.setEnabled(True)
        self.banner.show_error(error)

    def _on_export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.banner.notice(self.tr("Export cancelled; no file was written."))
