"""The shift handover at the desk: the incoming guard goes through each open matter (A accept,
Q query, R refuse — a query or a refusal needs a comment), both guards type their PINs, and the sheet
prints. A refused or stuck handover is closed by a supervisor in place. History is searchable.

Every decision is saved the moment it is given; the note is saved with each decision and on signing.
Enter or a double-click on an item opens its record on its own page (the visitor, the key, the work
order, the incident…), to check it before deciding.
"""

from __future__ import annotations

import uuid
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthService
from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.duty.common import Acknowledgement, HandoverStatus
from app.duty.handover import CLOSE_HANDOVER, HandoverItemRow, HandoverRow, HandoverService, SignOff
from app.duty.sheet import handover_sheet_pdf
from app.errors import Conflict, GatehouseError
from app.operators import OperatorService
from app.permissions import Approval
from app.shifts import ShiftService
from ui.app_events import Alert, AlertLevel, AppEvents, RecordRef
from ui.code_words import pattern_name
from ui.duty.code_words import handover_sheet_labels, handover_status_name
from ui.duty.common import preview, print_context, table_view
from ui.duty.handover_panel import REFUSED_ALERT
from ui.duty.models import HandoverHistoryTableModel, HandoverItemTableModel
from ui.printing.job import PdfPrintJob
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner, FieldError, FormErrors

if TYPE_CHECKING:
    from app.bundles import DutyServices

_KEY_DECISIONS = {
    Qt.Key.Key_A: Acknowledgement.ACCEPTED,
    Qt.Key.Key_Q: Acknowledgement.QUERIED,
    Qt.Key.Key_R: Acknowledgement.REFUSED,
}


class HandoverPage(TranslatableWidget):
    def __init__(
        self,
        services: DutyServices,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPage")
        self._services = services
        self._handovers: HandoverService = services.handovers
        self._shifts: ShiftService = services.shifts
        self._auth: AuthService = services.auth
        self._operators: OperatorService = services.operators
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self.handover: HandoverRow | None = None
        self._finished: HandoverRow | None = None  # just signed or closed: still shown, to print it
        self.last_job: PdfPrintJob | None = None

        self._title = page_title()
        self.banner = Banner()
        self.errors = FormErrors()
        current = self._build_current(zone)
        past = self._build_history(zone)
        self._lay_out(current, past)
        self._install_shortcuts()
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _build_current(self, zone: tzinfo) -> QWidget:
        """The open handover (a tab): its summary, its items, and the sign-off form."""
        self.summary = QLabel()
        self.summary.setObjectName("handoverSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.print_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        self.items = HandoverItemTableModel(zone, self)
        self.table = table_view(self.items, stretch=HandoverItemTableModel.Column.DETAILS)
        self.table.setObjectName("handoverItems")
        form = self._build_sign_off_form()
        current = QWidget()
        current_layout = QVBoxLayout(current)
        current_layout.addLayout(top)
        current_layout.addWidget(self.table, 1)
        current_layout.addLayout(form)
        return current

    def _build_sign_off_form(self) -> QFormLayout:
        """Who takes over, the decision on each item, a note, both PINs, and a supervisor's close."""
        self.incoming = QComboBox()
        self.comment = QLineEdit()
        self.comment.setMaxLength(500)
        self.accept_button = QPushButton()
        self.query_button = QPushButton()
        self.refuse_button = QPushButton()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.outgoing_pin = QLineEdit()
        self.incoming_pin = QLineEdit()
        for pin in (self.outgoing_pin, self.incoming_pin):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(6)
        self.sign_button = QPushButton()
        self.sign_button.setProperty("role", "primary")
        self.close_reason = QLineEdit()
        self.close_reason.setMaxLength(300)
        self.close_button = QPushButton()
        form = QFormLayout()
        self._incoming_label, self._comment_label, self._note_label = QLabel(), QLabel(), QLabel()
        self._out_pin_label, self._in_pin_label, self._close_label = QLabel(), QLabel(), QLabel()
        self.errors.add_row(form, self._incoming_label, "incoming", self.incoming)
        decide = QWidget()
        decide_row = QHBoxLayout(decide)
        decide_row.setContentsMargins(0, 0, 0, 0)
        decide_row.addWidget(self.comment, 1)
        for button in (self.accept_button, self.query_button, self.refuse_button):
            decide_row.addWidget(button)
        self.errors.add_row(form, self._comment_label, "handover_comment", decide)
        self.errors.alias("decision", "handover_comment")
        self.errors.add_row(form, self._note_label, "handover_note", self.note)
        pins = QWidget()
        pin_box = QVBoxLayout(pins)
        pin_box.setContentsMargins(0, 0, 0, 0)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self._out_pin_label)
        pin_row.addWidget(self.outgoing_pin)
        pin_row.addWidget(self._in_pin_label)
        pin_row.addWidget(self.incoming_pin)
        pin_row.addWidget(self.sign_button)
        pin_row.addStretch(1)
        pin_box.addLayout(pin_row)
        for field, widget in (("outgoing_pin", self.outgoing_pin), ("incoming_pin", self.incoming_pin)):
            error = FieldError()
            pin_box.addWidget(error)
            self.errors.register(field, widget, error)
        self._out_pin_label.setBuddy(self.outgoing_pin)
        self._in_pin_label.setBuddy(self.incoming_pin)
        self._pins_label = QLabel()
        form.addRow(self._pins_label, pins)
        close = QWidget()
        close_row = QHBoxLayout(close)
        close_row.setContentsMargins(0, 0, 0, 0)
        close_row.addWidget(self.close_reason, 1)
        close_row.addWidget(self.close_button)
        self.errors.add_row(form, self._close_label, "reason", close)
        return form

    def _build_history(self, zone: tzinfo) -> QWidget:
        """Past handovers (a tab): search, the list, the chosen one's items, print."""
        self.search = QLineEdit()
        self.history = HandoverHistoryTableModel(zone, self)
        self.history_table = table_view(self.history, stretch=HandoverHistoryTableModel.Column.NOTE)
        self.history_items = HandoverItemTableModel(zone, self)
        self.history_items_table = table_view(self.history_items, stretch=HandoverItemTableModel.Column.DETAILS)
        self.history_print = QPushButton()
        past = QWidget()
        past_layout = QVBoxLayout(past)
        past_layout.addWidget(self.search)
        past_layout.addWidget(self.history_table, 1)
        past_layout.addWidget(self.history_items_table, 1)
        past_layout.addWidget(self.history_print, 0, Qt.AlignmentFlag.AlignRight)
        return past

    def _lay_out(self, current: QWidget, past: QWidget) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(current, "")
        self.tabs.addTab(past, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _install_shortcuts(self) -> None:
        # In the list, A / Q / R decide on the selected item; the buttons also have Alt+A / Alt+Q / Alt+R.
        self.table.installEventFilter(self)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self._on_refresh_button_clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            decision = _KEY_DECISIONS.get(Qt.Key(event.key()))
            if decision is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.decide(decision)
                return True
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.accept_button.clicked.connect(lambda: self.decide(Acknowledgement.ACCEPTED))
        self.query_button.clicked.connect(lambda: self.decide(Acknowledgement.QUERIED))
        self.refuse_button.clicked.connect(lambda: self.decide(Acknowledgement.REFUSED))
        self.comment.returnPressed.connect(self._on_comment_return_pressed)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.incoming_pin.returnPressed.connect(self._on_sign_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.history_table.selectionModel().currentRowChanged.connect(self._on_history_current_row_changed)
        self.history_print.clicked.connect(self._on_history_print_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.history_items_table.activated.connect(self._on_history_items_table_activated)
        self._events.data_changed.connect(self._on_events_data_changed)
        self._session.actor_changed.connect(self._on_session_actor_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Shift handover"))
        self.tabs.setTabText(0, self.tr("This shift"))
        self.tabs.setTabText(1, self.tr("History"))
        self.refresh_button.setText(self.tr("Compile again (F5)"))
        self.print_button.setText(self.tr("&Print sheet…"))
        self._incoming_label.setText(self.tr("&Incoming guard"))
        self._comment_label.setText(self.tr("Co&mment"))
        self.comment.setPlaceholderText(self.tr("Needed to query or refuse an item"))
        self.accept_button.setText(self.tr("&Accept"))
        self.query_button.setText(self.tr("&Query"))
        self.refuse_button.setText(self.tr("&Refuse"))
        self._note_label.setText(self.tr("Outgoing guard's &note"))
        self._pins_label.setText(self.tr("Both confirm"))
        self._out_pin_label.setText(self.tr("&Outgoing PIN"))
        self._in_pin_label.setText(self.tr("Incoming P&IN"))
        self.sign_button.setText(self.tr("&Sign and hand over"))
        self._close_label.setText(self.tr("Supervisor"))
        self.close_reason.setPlaceholderText(self.tr("Why the supervisor closes this handover"))
        self.close_button.setText(self.tr("Close handover…"))
        self.search.setPlaceholderText(self.tr("Search notes, items, comments, names…"))
        self.history_print.setText(self.tr("Print this sheet…"))
        self._render()

    # -- loading ------------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        actor = self._session.actor
        try:
            shift = self._shifts.current(actor.desk_id) if actor.desk_id else None
            self.handover = (self._handovers.for_shift(shift.id) if shift else None) or self._finished
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._fill_incoming()
        self._load_history()
        self._render()

    def _fill_incoming(self) -> None:
        current = self.incoming.currentData()
        outgoing = self.handover.outgoing_id if self.handover else None
        self.incoming.clear()
        try:
            operators = [o for o in self._operators.switchable() if o.id != outgoing]
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        for row in operators:
            self.incoming.addItem(row.display_name, row.id)
        wanted = current or next((i.ack_by_name for i in (self.handover.items if self.handover else ())), None)
        index = self.incoming.findData(current) if current else self.incoming.findText(wanted or "")
        self.incoming.setCurrentIndex(max(0, index))

    def _render(self) -> None:
        handover = self.handover
        if handover is None:
            self.summary.setText(self.tr("No handover in progress. End your shift from the home page to compile one."))
            self.items.set_rows([])
        else:
            started = handover.shift_started_at.astimezone(self._zone)
            counts = {ack: handover.count(ack) for ack in Acknowledgement}
            self.summary.setText(
                self.tr(
                    "{desk} · {pattern} from {start} · outgoing {name} · {status}\n"
                    "{total} items: {pending} not yet, {accepted} accepted, {queried} queried, {refused} refused"
                ).format(
                    desk=handover.desk_name,
                    pattern=pattern_name(handover.shift_pattern),
                    start=started.strftime("%H:%M"),
                    name=handover.outgoing_name,
                    status=handover_status_name(handover.status),
                    total=len(handover.items),
                    pending=counts[Acknowledgement.PENDING],
                    accepted=counts[Acknowledgement.ACCEPTED],
                    queried=counts[Acknowledgement.QUERIED],
                    refused=counts[Acknowledgement.REFUSED],
                )
            )
            selected = self.table.currentIndex().row()
            self.items.set_rows(handover.items)
            self.table.resizeRowsToContents()
            if handover.items:
                self.table.selectRow(max(0, min(selected, len(handover.items) - 1)))
            if self.note.toPlainText() == "" and handover.note:
                self.note.setPlainText(handover.note)
        editable = handover is not None and handover.is_open
        for widget in (
            self.accept_button,
            self.query_button,
            self.refuse_button,
            self.comment,
            self.sign_button,
            self.outgoing_pin,
            self.incoming_pin,
            self.incoming,
            self.note,
            self.close_button,
            self.close_reason,
        ):
            widget.setEnabled(editable)
        self.refresh_button.setEnabled(self._session.actor.desk_id is not None)
        self.print_button.setEnabled(handover is not None)

    # -- acknowledging ------------------------------------------------------------------------------
    def select_item(self, row: int) -> None:
        self.table.selectRow(row)

    def decide(self, decision: Acknowledgement) -> None:
        """The incoming guard's decision on the selected item; moves on to the next pending one."""
        handover = self.handover
        item = self.items.row_at(self.table.currentIndex().row())
        if handover is None or item is None:
            return
        incoming = self.incoming.currentData()
        self.errors.clear()
        if incoming is None:
            self.banner.error(self.tr("Choose the incoming guard first."))
            return
        try:
            self._save_note(handover)
            updated = self._handovers.acknowledge(
                self._session.actor, item.id, incoming, decision.value, self.comment.text()
            )
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            elif self.errors.message_for("handover_comment"):
                self.comment.setFocus()
            return
        self.comment.clear()
        self.handover = updated
        self._render()
        pending = [i.position for i in updated.items if i.ack is Acknowledgement.PENDING]
        after = [p for p in pending if p > item.position] or pending
        if after:
            self.table.selectRow(after[0] - 1)
            self.table.setFocus()
        else:
            self.outgoing_pin.setFocus()

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._open(self.items.row_at(index.row()))

    def _on_history_items_table_activated(self, index: QModelIndex) -> None:
        self._open(self.history_items.row_at(index.row()))

    def _open(self, item: HandoverItemRow | None) -> None:
        """The item's record on its own page (Enter or a double-click on the row)."""
        if item is not None:
            self._events.open_record(RecordRef(item.ref_kind, item.ref_id, item.subject))

    def _on_comment_return_pressed(self) -> None:
        self.decide(Acknowledgement.QUERIED if self.comment.text().strip() else Acknowledgement.ACCEPTED)

    def _save_note(self, handover: HandoverRow) -> None:
        if self.note.toPlainText().strip() != handover.note:
            self.handover = self._handovers.set_note(self._session.actor, handover.id, self.note.toPlainText())

    # -- signing and closing -------------------------------------------------------------------------
    def _on_sign_button_clicked(self) -> None:
        handover = self.handover
        incoming = self.incoming.currentData()
        if handover is None:
            return
        self.errors.clear()
        self.banner.clear_message()
        try:
            self._save_note(handover)
            signed = self._handovers.sign(
                self._session.actor, handover.id, self.outgoing_pin.text(), incoming, self.incoming_pin.text()
            )
        except GatehouseError as error:
            for pin in (self.outgoing_pin, self.incoming_pin):
                pin.clear()
            if isinstance(error, Conflict):  # compiled again at signing: show the matters as they are now
                self._reload(handover.id)
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self.outgoing_pin.clear()
        self.incoming_pin.clear()
        self._on_signed(signed)

    def _reload(self, handover_id: uuid.UUID) -> None:
        try:
            self.handover = self._handovers.get(handover_id)
        except GatehouseError:
            return  # the sign error itself is shown
        self._render()

    def _on_signed(self, signed: SignOff) -> None:
        row = signed.handover
        self.handover = row
        self._finished = None if row.is_open else row
        if row.status is HandoverStatus.REFUSED:
            self._events.post_alert(
                Alert(
                    REFUSED_ALERT + str(row.id),
                    AlertLevel.URGENT,
                    self.tr("Handover refused by {incoming}: a supervisor must close it.").format(
                        incoming=row.incoming_name
                    ),
                    self._clock.now(),
                    "handover",
                )
            )
            self.banner.error(
                self.tr("The handover was refused and stays open. The supervisor has been alerted on the dashboard.")
            )
            self._events.ran(self._handovers.sign)
            self._render()
            return
        # The incoming guard takes over the desk and starts their shift.
        self._session.set_actor(signed.incoming)
        try:
            shift = self._shifts.start(signed.incoming)
            self._session.set_shift(shift.id)
        except GatehouseError as error:
            self.banner.show_error(error)
        self._events.ran(self._handovers.sign, self._shifts.start)
        self.banner.notice(
            self.tr("Handed over to {name}. Print the sheet for both signatures.").format(name=row.incoming_name)
        )
        self._render()
        self.print_button.setFocus()

    def _on_close_button_clicked(self) -> None:
        handover = self.handover
        if handover is None:
            return
        self.errors.clear()
        reason = self.close_reason.text()

        def close(approval: Approval | None) -> HandoverRow:
            return self._handovers.close(self._session.actor, handover.id, reason, approval)

        call_with_approval(
            self,
            self._auth,
            self._operators,
            self._session,
            CLOSE_HANDOVER,
            close,
            self._on_closed,
            self._on_close_failed,
        )

    def _on_closed(self, row: HandoverRow) -> None:
        self.handover = self._finished = row
        self.close_reason.clear()
        self._events.clear_alert(REFUSED_ALERT + str(row.id))
        self._session.set_shift(None)
        self._events.ran(self._handovers.close)
        self.banner.notice(self.tr("The supervisor closed the handover; the shift has ended."))
        self._render()

    def _on_close_failed(self, error: GatehouseError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error)

    # -- printing --------------------------------------------------------------------------------------
    def sheet_pdf(self, row: HandoverRow | None = None) -> bytes | None:
        handover = row or self.handover
        if handover is None:
            return None
        try:
            handover = self._handovers.get(handover.id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return None
        ctx = print_context(self._services, self._session, self._clock, self._zone)
        return handover_sheet_pdf(handover, handover_sheet_labels(), ctx)

    def print_sheet(self, row: HandoverRow | None = None) -> PdfPrintJob | None:
        pdf = self.sheet_pdf(row)
        if pdf is None:
            return None
        self.last_job = preview(self, pdf, handover_sheet_labels().title)
        self.last_job.print_failed.connect(self.banner.show_error)
        return self.last_job

    def _on_print_button_clicked(self) -> None:
        self.print_sheet()

    def _on_refresh_button_clicked(self) -> None:
        self.banner.clear_message()
        try:
            self.handover = self._handovers.compile(self._session.actor)
            self._finished = None
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._fill_incoming()
        self._render()

    # -- history --------------------------------------------------------------------------------------
    def _load_history(self) -> None:
        try:
            self.history.set_rows(self._handovers.history(self.search.text()))
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.history_items.set_rows([])

    def _on_search_text_changed(self, _text: str) -> None:
        self._load_history()

    def _on_history_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.history.row_at(current.row())
        if row is None:
            self.history_items.set_rows([])
            return
        try:
            self.history_items.set_rows(self._handovers.get(row.id).items)
            self.history_items_table.resizeRowsToContents()
        except GatehouseError as error:
            self.banner.show_error(error)

    def _on_history_print_clicked(self) -> None:
        row = self.history.row_at(self.history_table.currentIndex().row())
        if row is not None:
            self.print_sheet(row)

    # -- changes elsewhere ------------------------------------------------------------------------------
    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.HANDOVER, ChangeKind.SHIFT) and self.isVisible():
            self.refresh()

    def _on_session_actor_changed(self, _actor: object) -> None:
        self._render()
