"""The duty log of the shift: a timeline, a quick-entry form and one-key templates (F2…F7).

Entries are never edited: "Amend…" adds a correction with a reason (and, if need be, the photo
forgotten the first time); the timeline shows the current text with the original, every amendment,
the files and the work orders made from the entry under it. F8 turns the chosen entry into a work
order (the repairs intake, filled in from the entry); the work orders made from the chosen entry are
links beside it (and in the list's context menu) that open them on the repairs page. A failed save
keeps everything typed.

An entry asked for from another page (a work order's source, a handover instruction) is chosen in
this shift's timeline; an older one (or another desk's) is shown among the entries of its day, until
"Back to this shift".
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentService
from app.bundles import WorkOrderIntakeServices
from app.changes import ChangeKind, Changes
from app.clock import Clock, day_bounds
from app.duty.common import LOG_TEMPLATES, LogKind, collect, parse_clock_time, raise_all
from app.duty.log import DutyLogService, LogEntryRow, NewLogEntry
from app.duty.work_orders import SourceKind
from app.errors import GatehouseError, ValidationError
from app.repairs.rows import WORK_ORDER_KIND, WorkOrderDetail
from app.settings import SettingsService
from app.shifts import ShiftService
from ui.app_events import AppEvents, RecordRef, read_record
from ui.duty.code_words import log_kind_name, template_text
from ui.duty.common import table_view
from ui.duty.models import LogTableModel
from ui.repairs.source_dialog import WorkOrderDialogs
from ui.session import OperatorSession
from ui.widgets.attachments import AttachmentList, AttachmentPicker
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.datetime_edit import from_qdatetime, to_qdatetime
from ui.widgets.form import Banner, FormErrors
from ui.widgets.record_links import RecordLinks

TEMPLATE_KEYS = ("F2", "F3", "F4", "F5", "F6", "F7")
WORK_ORDER_KEY = "F8"
NO_SHIFT_LOOKBACK = timedelta(hours=12)
TEMPLATES_PER_ROW = 3


class AmendDialog(QDialog):
    """Correct one entry: the corrected text and why. Opened with ``open()``."""

    amended = Signal(object)  # LogEntryRow

    def __init__(self, log: DutyLogService, session: OperatorSession, entry: LogEntryRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self._log = log
        self._session = session
        self._entry = entry
        self.banner = Banner()
        self.original = QLabel(entry.text)
        self.original.setWordWrap(True)
        self.text = QPlainTextEdit(entry.text)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.kept = QLabel()
        self.kept.setWordWrap(True)
        self.files = AttachmentPicker(rows=1)
        self.errors = FormErrors()
        form = QFormLayout()
        self._original_label, self._text_label, self._reason_label = QLabel(), QLabel(), QLabel()
        self._files_label, self._kept_label = QLabel(), QLabel()
        form.addRow(self._original_label, self.original)
        if entry.attachments:  # an amendment never hides the entry's files
            form.addRow(self._kept_label, self.kept)
        self.errors.add_row(form, self._text_label, "text", self.text)
        self.errors.add_row(form, self._reason_label, "reason", self.reason)
        self.errors.add_row(form, self._files_label, "attachments", self.files)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.retranslate()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Amend a log entry"))
        self._original_label.setText(self.tr("Now reads"))
        self._text_label.setText(self.tr("&Corrected text"))
        self._reason_label.setText(self.tr("&Why"))
        self._files_label.setText(self.tr("Add photos / &files"))
        self._kept_label.setText(self.tr("Files (kept)"))
        self.kept.setText(", ".join(a.file_name for a in self._entry.attachments))

    def _on_buttons_accepted(self) -> None:
        try:
            row = self._log.amend(
                self._session.actor, self._entry.id, self.text.toPlainText(), self.reason.text(), self.files.paths()
            )
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self.amended.emit(row)
        self.accept()


class DutyLogPage(TranslatableWidget):
    def __init__(
        self,
        log: DutyLogService,
        settings: SettingsService,
        shifts: ShiftService,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        attachments: AttachmentService,
        to_work_order: WorkOrderIntakeServices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dutyLogPage")
        self.work_orders = WorkOrderDialogs(to_work_order, session, zone, self, self._on_work_orders_saved)
        self._log = log
        self._settings = settings
        self._shifts = shifts
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self._templates: list[dict[str, str]] = []
        self._day: tuple[uuid.UUID, datetime, datetime] | None = None  # (desk, since, until) of an older entry
        self._title = page_title()
        self.banner = Banner()
        self.shift_label = QLabel()
        self.model = LogTableModel(zone, self)
        self.table = table_view(self.model, stretch=LogTableModel.Column.TEXT)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.menu = QMenu(self)  # right-click (or the menu key) on an entry: open the work orders made from it
        self.back_button = QPushButton()
        self.back_button.hide()
        self.entry_work_orders = RecordLinks()  # "Work orders: [260302-001 ›]" of the chosen entry
        self.entry_work_orders.setObjectName("entryWorkOrders")
        self.amend_button = QPushButton()
        self.work_order_button = QPushButton()
        self.work_order_button.setObjectName("logToWorkOrder")
        self._entry_files_label = QLabel()
        self.entry_files = AttachmentList(attachments.viewable_copy, rows=1)
        self._entry_files_label.setBuddy(self.entry_files.list)
        self.files = AttachmentPicker(rows=1, accelerator=True)
        self.kind = QComboBox()
        self.time = QLineEdit()
        self.time.setMaxLength(5)
        self.time.setMaximumWidth(90)
        self.location = QLineEdit()
        self.location.setMaxLength(120)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(90)
        self.pass_on = QCheckBox()
        self.until = QDateTimeEdit()
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until.setCalendarPopup(True)
        self.until.setDateTime(to_qdatetime(clock.now().astimezone(zone) + timedelta(days=1), zone))
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.template_row = QGridLayout()
        self.template_buttons: list[QPushButton] = []
        self.errors = FormErrors()
        form = QFormLayout()
        self._kind_label, self._time_label, self._location_label = QLabel(), QLabel(), QLabel()
        self._text_label, self._until_label = QLabel(), QLabel()
        first = QWidget()
        first_row = QHBoxLayout(first)
        first_row.setContentsMargins(0, 0, 0, 0)
        first_row.addWidget(self.kind)
        first_row.addWidget(self._time_label)
        first_row.addWidget(self.time)
        first_row.addWidget(self._location_label)
        first_row.addWidget(self.location, 1)
        self._time_label.setBuddy(self.time)
        self._location_label.setBuddy(self.location)
        self.errors.add_row(form, self._kind_label, "kind", first)
        self.errors.alias("at", "kind")
        self.errors.alias("location", "kind")
        self.errors.add_row(form, self._text_label, "text", self.text)
        self._files_label = QLabel()
        self.errors.add_row(form, self._files_label, "attachments", self.files)
        until = QWidget()
        until_row = QHBoxLayout(until)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.pass_on)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        until_row.addWidget(self.save_button)
        self.errors.add_row(form, self._until_label, "valid_until", until)
        header = QHBoxLayout()
        header.addWidget(self.shift_label, 1)
        header.addWidget(self.back_button)
        header.addWidget(self.entry_work_orders)
        header.addWidget(self.work_order_button)
        header.addWidget(self.amend_button)
        entry_files = QHBoxLayout()
        entry_files.addWidget(self._entry_files_label)
        entry_files.addWidget(self.entry_files, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry_files)
        layout.addLayout(self.template_row)
        layout.addLayout(form)
        self._install_shortcuts()
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _install_shortcuts(self) -> None:
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        for index, key in enumerate(TEMPLATE_KEYS):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=index: self.apply_template(n))
        to_work_order = QShortcut(QKeySequence(WORK_ORDER_KEY), self)
        to_work_order.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_work_order.activated.connect(self.turn_into_work_order)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.work_order_button.clicked.connect(self.turn_into_work_order)
        self.table.doubleClicked.connect(self._on_amend_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self.entry_work_orders.record_requested.connect(self._on_entry_work_orders_record_requested)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.entry_files.open_failed.connect(self.banner.error)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.pass_on.toggled.connect(self.until.setEnabled)
        self._events.data_changed.connect(self._on_events_data_changed)
        self._session.actor_changed.connect(self._on_session_actor_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Duty log"))
        self.amend_button.setText(self.tr("A&mend…"))
        self.work_order_button.setText(self.tr("To work order… (F8)"))
        self.work_order_button.setToolTip(
            self.tr("Turn the chosen entry into a repair request, with its text and files")
        )
        self._entry_files_label.setText(self.tr("Files of the chosen entry"))
        self.back_button.setText(self.tr("Back to this shift"))
        self._files_label.setText(self.tr("Photos / &files"))
        self._kind_label.setText(self.tr("&Kind"))
        self._time_label.setText(self.tr("&Time"))
        self.time.setPlaceholderText(self.tr("now"))
        self._location_label.setText(self.tr("&Location"))
        self._text_label.setText(self.tr("&What happened"))
        self._until_label.setText(self.tr("Instruction"))
        self.pass_on.setText(self.tr("Pass on to later shifts until"))
        self.save_button.setText(self.tr("&Save (Ctrl+Enter)"))
        current = self.kind.currentData()
        self.kind.clear()
        for kind in LogKind:
            self.kind.addItem(log_kind_name(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self._fill_templates()
        self._render_shift()
        self._show_chosen()

    # -- loading -----------------------------------------------------------------------------------
    def activated(self) -> None:
        self._day = None
        self.refresh()
        self.text.setFocus()

    def _since(self) -> datetime:
        actor = self._session.actor
        shift = self._shifts.current(actor.desk_id) if actor.desk_id else None
        return shift.started_at if shift else self._clock.now() - NO_SHIFT_LOOKBACK

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        """Read the shift's timeline (or the older day shown) again; the chosen entry stays chosen (else
        the newest is shown)."""
        actor = self._session.actor
        chosen = keep or self._chosen_id()
        try:
            if self._day is not None:
                self.model.set_rows(self._log.timeline(*self._day))
            elif actor.desk_id is not None:
                self.model.set_rows(self._log.timeline(actor.desk_id, self._since()))
            else:
                self.model.set_rows([])
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.table.resizeRowsToContents()  # amended entries show the original and each correction
        row = self._row_of(chosen)
        if row is None:
            self.table.scrollToBottom()
        else:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_chosen()
        self._render_shift()

    def _row_of(self, entry_id: uuid.UUID | None) -> int | None:
        return next((n for n, e in enumerate(self.model.rows()) if e.id == entry_id), None)

    def open_record(self, ref: RecordRef) -> bool:
        """An entry asked for from another page, chosen in the timeline: this shift's, else its day's."""
        try:
            entry = read_record(ref, self._log.get)
        except GatehouseError as error:
            self.banner.show_error(error)
            return True
        if entry is None:
            return False
        if self._row_of(entry.id) is None:
            since, until = day_bounds(entry.at.astimezone(self._zone).date(), self._zone)
            self._day = (entry.desk_id, since, until)
            self.refresh(entry.id)
            if self._row_of(entry.id) is None:  # a day with more entries than one page: up to this one
                self._day = (entry.desk_id, since, entry.at)
                self.refresh(entry.id)
        else:
            self.refresh(entry.id)
        self.table.setFocus()
        return True

    def _on_back_button_clicked(self) -> None:
        self._day = None
        self.refresh()
        self.text.setFocus()

    def _chosen_id(self) -> uuid.UUID | None:
        entry = self.model.row_at(self.table.currentIndex().row())
        return None if entry is None else entry.id

    def _show_chosen(self) -> None:
        """The chosen entry's files below the list and its work orders as links beside it."""
        entry = self.model.row_at(self.table.currentIndex().row())
        files = entry.attachments if entry is not None else ()
        self.entry_files.set_rows(files)
        self.entry_files.setVisible(bool(files))
        self._entry_files_label.setVisible(bool(files))
        made = entry.work_orders if entry is not None else ()
        links = [(RecordRef(WORK_ORDER_KIND, str(w.id), w.number), w.number) for w in made]
        self.entry_work_orders.set_links(self.tr("Work order:") if links else "", links)

    def _render_shift(self) -> None:
        count = self.model.rowCount()
        day = self._day
        if day is None:
            self.shift_label.setText(self.tr("This shift: {count} entries").format(count=count))
        else:
            date = day[1].astimezone(self._zone).strftime("%Y-%m-%d")
            if day[0] == self._session.actor.desk_id:
                text = self.tr("{date}: {count} entries (not this shift)")
            else:
                text = self.tr("{date} at another desk: {count} entries")
            self.shift_label.setText(text.format(date=date, count=count))
        self.back_button.setVisible(day is not None)
        self._on_kind_current_index_changed(self.kind.currentIndex())

    def _fill_templates(self) -> None:
        while self.template_row.count():
            item = self.template_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.template_buttons = []
        try:
            templates = self._settings.get(LOG_TEMPLATES)
            self._templates = templates[: len(TEMPLATE_KEYS)]
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        for index, template in enumerate(self._templates):
            button = QPushButton(f"{TEMPLATE_KEYS[index]} {template_text(template['code'], template['text'])}")
            button.setObjectName(f"template_{template['code']}")
            button.clicked.connect(lambda _checked=False, n=index: self.apply_template(n))
            self.template_buttons.append(button)
            self.template_row.addWidget(button, index // TEMPLATES_PER_ROW, index % TEMPLATES_PER_ROW)

    # -- writing ------------------------------------------------------------------------------------
    def apply_template(self, index: int) -> None:
        """Fill kind and text from a template; what was already typed is kept after it."""
        if not 0 <= index < len(self._templates):
            return
        template = self._templates[index]
        self.kind.setCurrentIndex(max(0, self.kind.findData(template["kind"])))
        words = template_text(template["code"], template["text"])
        typed = self.text.toPlainText().strip()
        self.text.setPlainText(f"{words} {typed}".strip())
        self.text.setFocus()
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)

    def save(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        now = self._clock.now()
        errors: list[ValidationError] = []
        at = collect(errors, lambda: parse_clock_time(self.time.text(), now, self._zone, "at"))
        until = None
        if self.pass_on.isChecked() and self.pass_on.isEnabled():
            until = from_qdatetime(self.until.dateTime(), self._zone)
        try:
            raise_all(errors)
            added = self._log.add(
                self._session.actor,
                NewLogEntry(
                    self.kind.currentData(),
                    self.text.toPlainText(),
                    self.location.text(),
                    at,
                    until,
                    self.files.paths(),
                ),
            )
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self.text.clear()
        self.time.clear()
        self.files.clear()
        self.pass_on.setChecked(False)
        self.banner.notice(self.tr("Saved to the duty log."))
        self._day = None  # the new entry is this shift's
        self._events.ran(self._log.add)
        self.refresh(added.id)
        self.text.setFocus()

    def _on_kind_current_index_changed(self, _index: int) -> None:
        instruction = self.kind.currentData() == LogKind.INSTRUCTION.value
        self.pass_on.setEnabled(instruction)
        self.until.setEnabled(instruction and self.pass_on.isChecked())
        now = self._clock.now()
        if instruction and from_qdatetime(self.until.dateTime(), self._zone) < now:
            self.until.setDateTime(to_qdatetime(now + timedelta(days=1), self._zone))

    def _on_amend_button_clicked(self) -> None:
        entry = self.model.row_at(self.table.currentIndex().row())
        if entry is None:
            self.banner.warning(self.tr("Choose the entry to amend in the list first."))
            return
        dialog = AmendDialog(self._log, self._session, entry, self)
        dialog.amended.connect(self._on_dialog_amended)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_dialog_amended(self, row: LogEntryRow) -> None:
        self._events.ran(self._log.amend)
        self.refresh(row.id)

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_chosen()

    # -- the work orders made from an entry --------------------------------------------------------
    def _on_entry_work_orders_record_requested(self, ref: RecordRef) -> None:
        self._events.open_record(ref)

    def _on_table_custom_context_menu_requested(self, position: QPoint) -> None:
        entry = self.model.row_at(self.table.indexAt(position).row())
        if entry is None or not entry.work_orders:
            return
        self.table.selectRow(self.table.indexAt(position).row())
        self.menu.clear()
        for link in entry.work_orders:
            ref = RecordRef(WORK_ORDER_KIND, str(link.id), link.number)
            action = self.menu.addAction(self.tr("Open work order {number}").format(number=link.number))
            action.triggered.connect(lambda _checked=False, r=ref: self._events.open_record(r))
        self.menu.popup(self.table.viewport().mapToGlobal(position))

    # -- a work order from an entry ----------------------------------------------------------------
    def turn_into_work_order(self) -> None:
        """F8: the repairs intake filled in from the chosen entry (what was typed there before is kept)."""
        entry = self.model.row_at(self.table.currentIndex().row())
        if entry is None:
            self.banner.warning(self.tr("Choose the entry to turn into a work order in the list first."))
            return
        try:
            self.work_orders.open(SourceKind.LOG, entry.id)
        except GatehouseError as error:
            self.banner.show_error(error)

    def _on_work_orders_saved(self, entry_id: uuid.UUID, detail: WorkOrderDetail) -> None:
        self.banner.notice(self.tr("Work order {number} saved from this entry.").format(number=detail.row.number))
        self._events.ran(self.work_orders.saves_with)
        self.refresh(entry_id)

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.DUTY_LOG, ChangeKind.SHIFT):
            self.refresh()

    def _on_session_actor_changed(self, _actor: object) -> None:
        self.refresh()
