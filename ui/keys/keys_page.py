"""The key register page: where every key is (tab 1), loans by date (tab 2), one key's history (tab 3).

Keyboard first. A tag scanned anywhere on the page — or typed into the search box and Enter — opens
what that key needs: the lending dialog if it is in the cabinet, the return dialog if it is out.
F2 lend, F3 take back, F4 history, F6 key count, Ctrl+F search, Ctrl+P print the register.
Overdue keys are red in every list. A key loan asked for from another page (a handover item, an
overdue alert) chooses its key in the register, with its history ready on the third tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bundles import ListExportServices
from app.changes import ChangeKind, Changes
from app.clock import day_bounds
from app.errors import GatehouseError, NotFound
from app.exports.registry import ExportFilter, ExportKind
from app.keys.policy import MANAGE_KEYS
from app.keys.rows import KeyFilter, KeyQuery, KeyRow, KeyState, KeyStatus
from app.permissions import allowed
from ui.app_events import RecordRef, read_record
from ui.keys import code_words
from ui.keys.context import KeysContext
from ui.keys.count_dialog import KeyCountDialog
from ui.keys.loan_dialogs import IssueKeyDialog, ReturnKeyDialog
from ui.keys.models import KeyHistoryTableModel, KeyTableModel, LoanTableModel, key_status_text
from ui.keys.printing import KeyPrinter
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.export_button import ExportButton
from ui.widgets.form import Banner
from ui.widgets.scanner import ScanDetector

KEY_KINDS = (ChangeKind.KEY, ChangeKind.KEY_LOAN, ChangeKind.KEY_COUNT, ChangeKind.SETTINGS)
COUNT_EXPORT_DAYS = 31  # the "Key counts to Excel" button: this desk's counts of the last month


def _table(model: Any, name: str, stretch: int) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class KeysPage(TranslatableWidget):
    def __init__(
        self, desk: KeysContext, parent: QWidget | None = None, *, now_ms: Callable[[], float] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keysPage")
        self._desk = desk
        self.printer = KeyPrinter(desk, self)
        self.dialog: QDialog | None = None  # the dialog opened last (tests look at it)
        self._title = page_title()
        self.banner = Banner()
        self.tabs = QTabWidget()
        self.register = RegisterTab(desk, self)
        self.transactions = TransactionsTab(desk, self)
        self.history = HistoryTab(desk, self)
        for tab in (self.register, self.transactions, self.history):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.scanner = ScanDetector(self, now_ms) if now_ms is not None else ScanDetector(self)
        self._connect_signals()
        self._install_shortcuts()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.scanner.scanned.connect(self._on_scanner_scanned)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._desk.events.data_changed.connect(self._on_events_data_changed)
        self.printer.failed.connect(self.banner.show_error)

    def _install_shortcuts(self) -> None:
        for keys, action in (
            ("F2", self.lend_selected),
            ("F3", self.take_back_selected),
            ("F4", self.show_history_of_selected),
            ("F6", self.start_count),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+P", self.register.print_register),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Key register"))
        self.tabs.setTabText(0, self.tr("Keys (&K)"))
        self.tabs.setTabText(1, self.tr("Loans by date (&D)"))
        self.tabs.setTabText(2, self.tr("History of a key (&H)"))

    # -- page protocol -----------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.search.setFocus()
        self.register.search.selectAll()

    def refresh(self) -> None:
        self.register.refresh()

    def open_record(self, ref: RecordRef) -> bool:
        """A key loan: its key chosen in the register (who has it, when it is due back), the key's
        history ready on the third tab (F4). False when there is no such loan."""
        keys = self._desk.services.keys
        try:
            key = read_record(ref, lambda loan_id: keys.key(keys.loan(loan_id).key_id))
        except GatehouseError as error:
            self.banner.show_error(error)
            return True
        if key is None:
            return False
        self.tabs.setCurrentWidget(self.register)
        self.history.show_key(key)
        shown = self.register.show_key(key)
        self.register.table.setFocus()
        return shown

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(*KEY_KINDS):
            self.register.refresh()
            self.history.refresh()

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.transactions:
            self.transactions.show_loans()

    # -- one tag, the right dialog -----------------------------------------------------------------
    def _on_scanner_scanned(self, code: str) -> None:
        self.act_on_tag(code)

    def act_on_tag(self, tag: str) -> None:
        """Lend the key if it is in, take it back if it is out; say why not otherwise."""
        self.banner.clear_message()
        try:
            key = self._desk.services.keys.key_by_tag(tag)
        except NotFound:
            self.banner.error(self.tr("No key has the tag {tag}.").format(tag=tag.strip().upper()))
            return
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.register.select_key(key)
        self.act_on_key(key)

    def act_on_key(self, key: KeyRow) -> None:
        if key.status is KeyStatus.OUT and key.loan is not None:
            self.take_back(key)
        elif key.status is KeyStatus.IN:
            self.lend(key)
        else:
            state = code_words.status_names()[key.status]
            self.banner.error(self.tr("{tag} is {state}: it cannot be lent.").format(tag=key.tag, state=state))

    def lend(self, key: KeyRow) -> None:
        if key.ring is not None:
            self.banner.error(
                self.tr("{tag} hangs on ring {ring}: lend the whole ring.").format(tag=key.tag, ring=key.ring.tag)
            )
            return
        self.open_dialog(IssueKeyDialog(self._desk, key, self.printer, self))

    def take_back(self, key: KeyRow) -> None:
        if key.loan is None:
            self.banner.error(self.tr("{tag} is not out.").format(tag=key.tag))
            return
        self.open_dialog(ReturnKeyDialog(self._desk, key, key.loan, self))

    def open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.register.table.setFocus()

    def lend_selected(self) -> None:
        key = self.register.selected()
        if key is not None:
            self.lend(key)

    def take_back_selected(self) -> None:
        key = self.register.selected()
        if key is not None:
            self.take_back(key)

    def show_history_of_selected(self) -> None:
        key = self.register.selected()
        if key is not None:
            self.history.show_key(key)
        self.tabs.setCurrentWidget(self.history)

    def start_count(self) -> None:
        self.open_dialog(KeyCountDialog(self._desk, self))


class RegisterTab(TranslatableWidget):
    """Every key with where it is now; search, filters, and the actions on the selected key."""

    def __init__(self, desk: KeysContext, page: KeysPage) -> None:
        super().__init__(page)
        self._desk = desk
        self._page = page
        self.search = QLineEdit()
        self.search.setObjectName("keySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(60)
        self.status = QComboBox()
        self.key_class = QComboBox()
        self.summary = QLabel()
        self.summary.setObjectName("keySummary")
        self.model = KeyTableModel(desk.services.keys, desk.services.zone, self)
        self.table = _table(self.model, "keyTable", KeyTableModel.Column.LABEL)
        self.lend_button = QPushButton()
        self.lend_button.setProperty("role", "primary")
        self.return_button = QPushButton()
        self.return_button.setProperty("role", "primary")
        self.count_button = QPushButton()
        self.history_button = QPushButton()
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self.manage_button = QPushButton()
        self.manage_menu = QMenu(self)
        self.manage_button.setMenu(self.manage_menu)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.key_class, 1)
        actions = QHBoxLayout()
        for button in (self.lend_button, self.return_button, self.count_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for widget in (self.print_button, self.export_button, self.manage_button):
            actions.addWidget(widget)
        # deposited keys and key counts to Excel: one menu button beside the summary line (the
        # button row has no room left at 1024 px)
        self.list_exports = _list_export_buttons(desk, page, self)
        self.lists_button = QPushButton()
        self.lists_menu = QMenu(self)
        self.lists_button.setMenu(self.lists_menu)
        self.list_actions = []
        for button in self.list_exports:
            button.hide()
            self.list_actions.append(self.lists_menu.addAction("", button.click))
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        if self.list_exports:
            summary.addWidget(self.lists_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.search.textEdited.connect(self._on_search_text_edited)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.status.activated.connect(self._on_filter_activated)
        self.key_class.activated.connect(self._on_filter_activated)
        self.table.activated.connect(self._on_table_activated)
        self.lend_button.clicked.connect(self._page.lend_selected)
        self.return_button.clicked.connect(self._page.take_back_selected)
        self.count_button.clicked.connect(self._page.start_count)
        self.history_button.clicked.connect(self._page.show_history_of_selected)
        self.print_button.clicked.connect(self.print_register)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.manage_menu.aboutToShow.connect(self._on_manage_menu_about_to_show)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Scan a tag, or type a tag, key name or borrower (Ctrl+F)"))
        current = self.status.currentData()
        self.status.clear()
        for choice, text in code_words.filter_names().items():
            self.status.addItem(text, choice)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self._fill_classes()
        self.lend_button.setText(self.tr("Lend (F2)"))
        self.return_button.setText(self.tr("Take back (F3)"))
        self.count_button.setText(self.tr("Key count (F6)"))
        self.history_button.setText(self.tr("History (F4)"))
        self.print_button.setText(self.tr("Print list (Ctrl+P)"))
        self.export_button.setText(self.tr("Excel…"))
        self.manage_button.setText(self.tr("Manage keys"))
        self.lists_button.setText(self.tr("More to Excel"))
        for action, label in zip(self.list_actions, (self.deposits_label, self.counts_label), strict=False):
            action.setText(label())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._render_summary()

    def deposits_label(self) -> str:
        return self.tr("Deposited keys to Excel…")

    def counts_label(self) -> str:
        return self.tr("Key counts to Excel…")

    def counts_hint(self) -> str:
        return self.tr("This desk's key counts of the last 31 days (other periods: the Reports page)")

    def counts_filter(self) -> ExportFilter:
        """This desk's key counts of the last ``COUNT_EXPORT_DAYS`` days."""
        zone = self._desk.services.zone
        today = self._desk.clock.now().astimezone(zone).date()
        start = day_bounds(today - timedelta(days=COUNT_EXPORT_DAYS - 1), zone)[0]
        return ExportFilter(start, day_bounds(today, zone)[1], self._desk.session.actor.desk_id)

    def _fill_classes(self) -> None:
        current = self.key_class.currentData()
        self.key_class.clear()
        self.key_class.addItem(self.tr("Every class"), "")
        try:
            for klass in self._desk.services.keys.classes():
                self.key_class.addItem(code_words.class_name(klass), klass.code)
        except GatehouseError as error:
            self._page.banner.show_error(error)
        self.key_class.setCurrentIndex(max(0, self.key_class.findData(current)))

    # -- data --------------------------------------------------------------------------------------
    def query(self) -> KeyQuery:
        return KeyQuery(
            self.search.text(),
            KeyFilter(self.status.currentData() or KeyFilter.ALL),
            self.key_class.currentData() or "",
        )

    def refresh(self) -> None:
        selected = self.selected()
        try:
            self.model.set_query(self.query())
            self._counts = (
                self._desk.services.keys.count_keys(KeyQuery(status=KeyFilter.OUT)),
                self._desk.services.keys.count_keys(KeyQuery(status=KeyFilter.OVERDUE)),
            )
        except GatehouseError as error:
            self._page.banner.show_error(error)
            return
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.table.selectRow(row)
        self._render_summary()

    def _render_summary(self) -> None:
        out, overdue = getattr(self, "_counts", (0, 0))
        self.summary.setText(
            self.tr("{shown} keys shown · {out} out now · {overdue} overdue").format(
                shown=self.model.total, out=out, overdue=overdue
            )
        )

    def selected(self) -> KeyRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def show_key(self, key: KeyRow) -> bool:
        """Only this key listed (its tag searched in every class and status) and chosen."""
        wanted = KeyFilter.RETIRED if key.state is KeyState.RETIRED else KeyFilter.ALL
        self.status.setCurrentIndex(max(0, self.status.findData(wanted)))
        self.key_class.setCurrentIndex(0)
        self.search.setText(key.tag)
        self.refresh()
        row = self.model.row_of(key.id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_key(self, key: KeyRow) -> None:
        row = self.model.row_of(key.id)
        if row < 0 and self.search.text():
            self.search.clear()
            self.refresh()
            row = self.model.row_of(key.id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- slots -------------------------------------------------------------------------------------
    def _on_search_text_edited(self, _text: str) -> None:
        self.refresh()

    def _on_filter_activated(self, _index: int) -> None:
        self.refresh()

    def _on_search_return_pressed(self) -> None:
        """Enter: a whole tag acts on that key (like a scan); otherwise the first match is chosen."""
        text = self.search.text().strip()
        if not text:
            return
        exact = next((k for k in self.model.rows() if k.tag == text.upper().replace(" ", "")), None)
        if exact is None and self.model.rowCount() == 1:
            exact = self.model.row_at(0)
        if exact is not None:
            self.search.clear()
            self.refresh()
            self.select_key(exact)
            self._page.act_on_key(exact)
            return
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _on_table_activated(self, index: Any) -> None:
        key = self.model.row_at(index.row())
        if key is not None:
            self._page.act_on_key(key)

    def print_register(self) -> None:
        keys: list[KeyRow] = []
        while self.model.canFetchMore():
            self.model.fetchMore()
        keys = self.model.rows()
        shown = " · ".join(
            p for p in (self.status.currentText(), self.key_class.currentText(), self.search.text()) if p
        )
        self._page.printer.register(keys, shown, self._page)

    def _on_export_button_clicked(self) -> None:
        from ui.keys.transfer_actions import export_inventory

        export_inventory(self._desk, self._page, self.query())

    def _on_manage_menu_about_to_show(self) -> None:
        from ui.keys.manage_menu import fill_manage_menu

        fill_manage_menu(self.manage_menu, self._desk, self._page, self.selected())

    def may_manage(self) -> bool:
        return allowed(self._desk.session.actor, MANAGE_KEYS)


def _list_export_buttons(desk: KeysContext, page: KeysPage, tab: RegisterTab) -> list[ExportButton]:
    """ "Deposited keys" and "Key counts" to Excel, through the export registry."""
    if desk.services.exports is None:
        return []
    s = desk.services
    deps = ListExportServices(s.exports, s.auth, s.operators, s.site_name)
    return [
        ExportButton(deps, desk.session, ExportKind.DEPOSITS, ExportFilter, page.banner, tab, label=tab.deposits_label),
        ExportButton(
            deps,
            desk.session,
            ExportKind.KEY_COUNTS,
            tab.counts_filter,
            page.banner,
            label=tab.counts_label,
            hint=tab.counts_hint,
        ),
    ]


class TransactionsTab(TranslatableWidget):
    """Loans issued or closed between two dates; export to Excel."""

    def __init__(self, desk: KeysContext, page: KeysPage) -> None:
        super().__init__(page)
        self._desk = desk
        self._page = page
        today = desk.clock.now().astimezone(desk.services.zone).date()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton()
        self.export_button = QPushButton()
        self.summary = QLabel()
        self._from_label, self._to_label = QLabel(), QLabel()
        self._from_label.setBuddy(self.start)
        self._to_label.setBuddy(self.end)
        self.model = LoanTableModel(desk.services.keys, desk.services.zone, self)
        self.table = _table(self.model, "loanTable", 1)
        row = QHBoxLayout()
        for widget in (self._from_label, self.start, self._to_label, self.end, self.show_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self._from_label.setText(self.tr("&From"))
        self._to_label.setText(self.tr("&to"))
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Excel…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.summary.setText(self.tr("{count} loans").format(count=self.model.total))

    def bounds(self) -> tuple[datetime, datetime]:
        first, last = _day(self.start.date()), _day(self.end.date())
        if last < first:
            first, last = last, first
        return day_bounds(first, self._desk.services.zone)[0], day_bounds(last, self._desk.services.zone)[1]

    def _on_show_button_clicked(self) -> None:
        self.show_loans()

    def show_loans(self) -> None:
        try:
            self.model.set_range(*self.bounds())
        except GatehouseError as error:
            self._page.banner.show_error(error)
            return
        self.summary.setText(self.tr("{count} loans").format(count=self.model.total))

    def _on_export_button_clicked(self) -> None:
        from ui.keys.transfer_actions import export_loans

        export_loans(self._desk, self._page, *self.bounds())


class HistoryTab(TranslatableWidget):
    """Everything that happened to one key, newest first."""

    def __init__(self, desk: KeysContext, page: KeysPage) -> None:
        super().__init__(page)
        self._desk = desk
        self._page = page
        self.key: KeyRow | None = None
        self.tag = QLineEdit()
        self.tag.setObjectName("historyTag")
        self.tag.setMaxLength(40)
        self.about = QLabel()
        self.about.setObjectName("historyAbout")
        self.about.setWordWrap(True)
        self.model = KeyHistoryTableModel(desk.services.zone, self)
        self.table = _table(self.model, "historyTable", 4)
        self._tag_label = QLabel()
        self._tag_label.setBuddy(self.tag)
        row = QHBoxLayout()
        row.addWidget(self._tag_label)
        row.addWidget(self.tag)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        self.tag.returnPressed.connect(self._on_tag_return_pressed)
        self.retranslate()

    def retranslate(self) -> None:
        self._tag_label.setText(self.tr("&Tag"))
        self.tag.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self._render_about()

    def show_key(self, key: KeyRow) -> None:
        self.key = key
        self.tag.setText(key.tag)
        self.refresh()

    def refresh(self) -> None:
        if self.key is None:
            return
        try:
            self.key = self._desk.services.keys.key(self.key.id)
            self.model.set_rows(self._desk.services.keys.history(self.key.id))
        except GatehouseError as error:
            self._page.banner.show_error(error)
            return
        self._render_about()

    def _render_about(self) -> None:
        key = self.key
        if key is None:
            self.about.setText(self.tr("Choose a key on the first tab and press F4, or type its tag here."))
            return
        parts = [f"{key.tag} {key.label}", key_status_text(key)]
        if key.loan is not None:
            parts.append(self.tr("with {name}").format(name=key.loan.borrower.name))
        if key.position:
            parts.append(self.tr("hook {position}").format(position=key.position))
        if key.members:
            parts.append("、".join(m.label for m in key.members))
        self.about.setText(" · ".join(parts))

    def _on_tag_return_pressed(self) -> None:
        try:
            key = self._desk.services.keys.key_by_tag(self.tag.text())
        except NotFound:
            self._page.banner.error(self.tr("No key has the tag {tag}.").format(tag=self.tag.text().strip()))
            return
        except GatehouseError as error:
            self._page.banner.show_error(error)
            return
        self._page.banner.clear_message()
        self.show_key(key)
