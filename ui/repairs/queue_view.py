"""A work-order list (the open queue, or the return-visit call list) with filters, search, live
countdowns and the detail of the selected job beside it. Actions and printing are the page's."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentRow
from app.clock import Clock
from app.errors import GatehouseError
from app.repairs.lifecycle import WorkOrderState
from app.repairs.reading import QUEUE_PAGE, RepairReader
from app.repairs.rows import QueueFilter, QueueScope
from app.repairs.sla_policy import Priority, WorkKind
from ui.repairs.code_words import category_names, kind_names, priority_names, state_names
from ui.repairs.detail_panel import WorkOrderDetailPanel
from ui.repairs.models import WorkOrderQueueTableModel
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner

TICK_MS = 1000
SEARCH_DELAY_MS = 250
COUNTDOWN_WIDTH = 140
NUMBER_WIDTH = 100
COLUMN_WIDTH = 64
SPLIT_LIST, SPLIT_DETAIL = 470, 330  # at 1024 px: the list keeps its main columns in view
SCOPES = (QueueScope.OPEN, QueueScope.CALL_LIST, QueueScope.ENDED, QueueScope.ALL)


class QueueView(TranslatableWidget):
    selection_changed = Signal(object)  # uuid.UUID | None
    export_requested = Signal()

    def __init__(
        self,
        reader: RepairReader,
        categories: list[str],
        clock: Clock,
        zone: tzinfo,
        scope: QueueScope,
        open_attachment: Callable[[AttachmentRow], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._categories = categories
        self._initial_scope = scope
        self.banner = Banner()
        self.scope = QComboBox()
        self.kind = QComboBox()
        self.category = QComboBox()
        self.priority = QComboBox()
        self.state = QComboBox()
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportWorkOrders")
        self.model = WorkOrderQueueTableModel(clock, zone, self)
        self.table = QTableView()
        self.table.setObjectName("workOrderQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        self.table.setColumnWidth(WorkOrderQueueTableModel.Column.COUNTDOWN, COUNTDOWN_WIDTH)
        self.table.setColumnWidth(WorkOrderQueueTableModel.Column.NUMBER, NUMBER_WIDTH)
        if scope is QueueScope.CALL_LIST:  # done jobs have no running clock: show who to call instead
            self.table.setColumnHidden(WorkOrderQueueTableModel.Column.COUNTDOWN, True)
        self.detail = WorkOrderDetailPanel(clock, zone, open_attachment)
        self._labels = {name: QLabel() for name in ("search", "scope", "kind", "category", "priority", "state")}
        search_row, filter_row = QHBoxLayout(), QHBoxLayout()
        for row, name, widget in (
            (search_row, "search", self.search),
            (search_row, "scope", self.scope),
            (filter_row, "kind", self.kind),
            (filter_row, "category", self.category),
            (filter_row, "priority", self.priority),
            (filter_row, "state", self.state),
        ):
            self._labels[name].setBuddy(widget)
            row.addWidget(self._labels[name])
            row.addWidget(widget, 3 if name == "search" else 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        left_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(DetailScrollArea(self.detail))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([SPLIT_LIST, SPLIT_DETAIL])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.retranslate()
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope.value)))
        self._connect_signals()
        self._timer.start()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.export_button.clicked.connect(self.export_requested)
        self.detail.attachments.open_failed.connect(self.banner.error)
        self.search.returnPressed.connect(self.refresh)
        for combo in (self.scope, self.kind, self.category, self.priority, self.state):
            combo.activated.connect(self._on_filter_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    def retranslate(self) -> None:
        texts = {
            "search": self.tr("&Search"),
            "scope": self.tr("Sho&w"),
            "kind": self.tr("Type"),
            "category": self.tr("Category"),
            "priority": self.tr("Priority"),
            "state": self.tr("State"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.search.setPlaceholderText(self.tr("No., unit, reporter or phone"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        scopes = {
            QueueScope.OPEN: self.tr("Open jobs"),
            QueueScope.CALL_LIST: self.tr("Return visits due"),
            QueueScope.ENDED: self.tr("Closed / ended"),
            QueueScope.ALL: self.tr("All"),
        }
        everything = self.tr("All")
        _refill(self.scope, [(s.value, scopes[s]) for s in SCOPES], None)
        _refill(self.kind, [(k.value, kind_names()[k]) for k in WorkKind], everything)
        names = category_names()
        _refill(self.category, [(c, names.get(c, c)) for c in self._categories], everything)
        _refill(self.priority, [(p.value, priority_names()[p]) for p in Priority], everything)
        _refill(self.state, [(s.value, state_names()[s]) for s in WorkOrderState], everything)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_count()

    def current_filter(self) -> QueueFilter:
        def pick(combo: QComboBox) -> str | None:
            data = combo.currentData()
            return None if data is None else str(data)

        kind, priority, state = pick(self.kind), pick(self.priority), pick(self.state)
        return QueueFilter(
            scope=QueueScope(pick(self.scope) or self._initial_scope.value),
            kind=None if kind is None else WorkKind(kind),
            category=pick(self.category),
            priority=None if priority is None else Priority(priority),
            state=None if state is None else WorkOrderState(state),
            text=self.search.text(),
        )

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        """Read the first page again (selection kept on the same job when it is still listed)."""
        selected = keep or self.selected_id()
        wanted = self.current_filter()
        try:
            items = self._reader.page(wanted)
            total = self._reader.count(wanted)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.banner.clear_message()
        self.model.set_pages(items, total, lambda offset: self._reader.page(wanted, offset, QUEUE_PAGE))
        self._show_count()
        self.select(selected)

    def show_job(self, work_order_id: uuid.UUID, number: str) -> bool:
        """Just this job listed and chosen, wherever it is in its life: every filter cleared, its number
        searched among all jobs. False if it is not listed (the list could not be read)."""
        for combo in (self.kind, self.category, self.priority, self.state):
            combo.setCurrentIndex(0)
        self.scope.setCurrentIndex(max(0, self.scope.findData(QueueScope.ALL.value)))
        self.search.setText(number)
        self._search_timer.stop()  # read now, not after the typing pause
        self.refresh(work_order_id)
        return self.selected_id() == work_order_id

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{count} jobs").format(count=self.model.total))

    def select(self, work_order_id: uuid.UUID | None) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.row.id == work_order_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self.selection_changed.emit(None)

    def selected_id(self) -> uuid.UUID | None:
        indexes = self.table.selectionModel().selectedRows()
        item = self.model.row_at(indexes[0].row()) if indexes else None
        return None if item is None else item.row.id

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_changed.emit(self.selected_id())

    def _on_filter_activated(self, _index: int) -> None:
        self.refresh()

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_timer_timeout(self) -> None:
        self.model.tick()
        self.detail.tick()


def _refill(combo: QComboBox, items: list[tuple[str, str]], everything: str | None) -> None:
    current = combo.currentData()
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for code, name in items:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class DetailScrollArea(QScrollArea):
    """The detail panel scrolls up and down when a job does not fit beside the list (a long
    description, many buttons, files) instead of squeezing its widgets over each other; it stays as
    wide as the panel needs, as the panel itself did."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        panel = self.widget()
        inner = panel.minimumSizeHint() if panel is not None else QSize()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the panel's buttons changed: the splitter reads our width again
        return super().eventFilter(watched, event)
