"""Who is on site now: time on site, overstays marked, check-out from the list, by search or by
scanning the slip (the page's scanner feeds ``scan``), a slip reprint and the overstay sweep."""

from __future__ import annotations

import uuid
from datetime import tzinfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.changes import Changes, changes_of
from app.clock import Clock
from app.errors import Conflict, GatehouseError
from app.visitors.model import CheckoutMethod, SweepDecision, VisitRow
from app.visitors.types import VisitorType
from app.visitors.visits import HOLDS_ITEMS, VisitService
from ui.session import OperatorSession
from ui.visitors.dialogs import HeldItemsDialog, SweepDialog
from ui.visitors.models import OnSiteTableModel
from ui.visitors.widgets import open_dialog, read_only_table, selected_row
from ui.widgets.base import TranslatableWidget

TICK_MS = 30_000
SECONDS_PER_MINUTE = 60


class OnSitePanel(TranslatableWidget):
    notice = Signal(str)
    failed = Signal(object)  # GatehouseError
    changed = Signal(Changes)  # what an operation here changed: the page tells the other pages
    slip_requested = Signal(object)  # visit id
    detail_requested = Signal(object)  # visit id

    def __init__(
        self,
        visitors: VisitService,
        session: OperatorSession,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onSitePanel")
        self._visitors = visitors
        self._session = session
        self._clock = clock
        self._zone = zone
        self.search = QLineEdit()
        self.search.setObjectName("onSiteSearch")
        self.search.setClearButtonEnabled(True)
        self.model = OnSiteTableModel(clock.now, zone, self)
        self.table = read_only_table(self.model, "onSiteTable", stretch=OnSiteTableModel.Column.NAME)
        self.check_out_button = QPushButton()
        self.check_out_button.setProperty("role", "primary")
        self.slip_button = QPushButton()
        self.detail_button = QPushButton()
        self.sweep_button = QPushButton()
        self.sweep_button.setObjectName("sweepButton")
        self.held_dialog: HeldItemsDialog | None = None
        self.sweep_dialog: SweepDialog | None = None
        buttons = QHBoxLayout()
        for button in (self.check_out_button, self.slip_button, self.detail_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sweep_button)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._rows: list[VisitRow] = []
        self._connect_signals()
        self.retranslate()
        self._timer.start()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.check_out_button.clicked.connect(self._on_check_out_button_clicked)
        self.slip_button.clicked.connect(self._on_slip_button_clicked)
        self.detail_button.clicked.connect(self._on_detail_button_clicked)
        self.sweep_button.clicked.connect(self._on_sweep_button_clicked)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search on-site visitors, or scan a slip to check out (F3)"))
        self.check_out_button.setText(self.tr("Check &out (F9)"))
        self.slip_button.setText(self.tr("Print &slip"))
        self.detail_button.setText(self.tr("&Details"))
        self._update_sweep_button()
        self.model.retranslate_headers()

    def _update_sweep_button(self) -> None:
        count = self.model.overstays()
        self.sweep_button.setText(self.tr("Overstay s&weep ({count})").format(count=count))
        self.sweep_button.setProperty("role", "danger" if count else "")
        self.sweep_button.style().unpolish(self.sweep_button)
        self.sweep_button.style().polish(self.sweep_button)

    # -- the list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self._rows = self._visitors.on_site()
            types = self._visitors.types()
        except GatehouseError as error:
            self.failed.emit(error)
            return
        self._show(types)

    def _show(self, types: list[VisitorType] | None = None) -> None:
        if types is not None:
            self.model.types = types
        text = self.search.text().strip()
        rows = self._rows
        if text:
            try:
                found = {row.id for row in self._visitors.find_on_site(text)}
            except GatehouseError:
                found = set()
            rows = [row for row in rows if row.id in found]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_sweep_button()

    def count(self) -> int:
        return len(self._rows)

    def _on_timer_timeout(self) -> None:
        self.model.tick()
        self._update_sweep_button()

    def _on_search_text_changed(self, _text: str) -> None:
        self._show()

    def selected(self) -> VisitRow | None:
        return selected_row(self.table, self.model)

    def select(self, visit_id: uuid.UUID) -> bool:
        """Choose the visitor of ``visit_id`` in the whole list (the search is cleared); False if not on site."""
        self.search.clear()
        row = next((n for n, r in enumerate(self.model.rows()) if r.id == visit_id), None)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box checks out the one visitor it found."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.model.rowCount() == 1:
                row = self.model.row_at(0)
                if row is not None:
                    self.check_out(row, CheckoutMethod.SEARCH)
            elif self.model.rowCount() > 1:
                self.table.setFocus()
            return True
        return False

    # -- check-out ---------------------------------------------------------------------------------
    def check_out(self, row: VisitRow, method: CheckoutMethod, *, confirm_held: bool = False) -> None:
        try:
            self._visitors.check_out(self._session.actor, row.id, method, confirm_held=confirm_held)
        except Conflict as conflict:
            if conflict.reason == HOLDS_ITEMS:
                self._ask_about_items(row, method, conflict)
                return
            self.failed.emit(conflict)
            return
        except GatehouseError as error:
            self.failed.emit(error)
            return
        self.search.clear()
        self.notice.emit(self.tr("{name} checked out ({code}).").format(name=row.name, code=row.code))
        self.changed.emit(changes_of(self._visitors.check_out))
        self.refresh()

    def _ask_about_items(self, row: VisitRow, method: CheckoutMethod, conflict: Conflict) -> None:
        dialog = HeldItemsDialog(row.name, conflict.params.get("items", ()), self._zone, self)
        dialog.confirmed.connect(lambda: self.check_out(row, method, confirm_held=True))
        open_dialog(dialog, self._keep_held)

    def _keep_held(self, dialog: object) -> None:
        self.held_dialog = dialog if isinstance(dialog, HeldItemsDialog) else None

    def scan(self, code: str) -> None:
        """A slip or pass was scanned anywhere on the page."""
        found = self._visitors.find_by_code(code)
        if found is None or not found.on_site:
            self.failed.emit(Conflict("visit", "not_on_site" if found else "unknown_code"))
            return
        self.check_out(found, CheckoutMethod.SCAN)

    def _on_check_out_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.check_out(row, CheckoutMethod.SEARCH if self.search.text().strip() else CheckoutMethod.LIST)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.detail_requested.emit(row.id)

    def _on_slip_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.slip_requested.emit(row.id)

    def _on_detail_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.detail_requested.emit(row.id)

    # -- the sweep ---------------------------------------------------------------------------------
    def _on_sweep_button_clicked(self) -> None:
        now = self._clock.now()
        late = [row for row in self._rows if row.overstayed(now)]
        if not late:
            self.notice.emit(self.tr("No visitor is past their leave-by time."))
            return
        minutes = [
            int((now - row.expected_leave_at).total_seconds() // SECONDS_PER_MINUTE)
            for row in late
            if row.expected_leave_at is not None
        ]
        dialog = SweepDialog(late, self._zone, minutes, self)
        dialog.answered.connect(self._on_sweep_dialog_answered)
        open_dialog(dialog, self._keep_sweep)

    def _keep_sweep(self, dialog: object) -> None:
        self.sweep_dialog = dialog if isinstance(dialog, SweepDialog) else None

    def _on_sweep_dialog_answered(self, answers: dict[object, SweepDecision]) -> None:
        try:
            count = self._visitors.sweep(self._session.actor, answers)  # type: ignore[arg-type]
        except GatehouseError as error:
            self.failed.emit(error)
            return
        self.notice.emit(self.tr("Sweep recorded for {count} visitor(s).").format(count=count))
        self.changed.emit(changes_of(self._visitors.sweep))
        self.refresh()
