"""Incidents: report one (category, severity, where, what, who, what was done, photos), then record who
was notified and when, follow-up notes, more files and the status; amendments keep the value before.
F8 turns the selected incident into a work order (the repairs intake, filled in from it); the work
orders made from it are listed with it, as links that open them on the repairs page. F1 opens the
emergency contacts and the plan of the incident's category from anywhere. An incident asked for from
another page (a handover item, a work order's source) is searched by its number and chosen."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentService
from app.bundles import WorkOrderIntakeServices
from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.duty.common import IncidentSeverity, IncidentStatus, NotifiedParty, collect, parse_clock_time, raise_all
from app.duty.incidents import CategoryRow, IncidentDetail, IncidentEventRow, IncidentService, NewIncident
from app.duty.work_orders import SourceKind
from app.errors import GatehouseError, ValidationError
from app.repairs.rows import WORK_ORDER_KIND, WorkOrderDetail
from ui.app_events import AppEvents, RecordRef, read_record
from ui.duty.code_words import category_name, incident_status_name, party_name, severity_name
from ui.duty.common import table_view
from ui.duty.models import IncidentTableModel
from ui.repairs.code_words import state_names
from ui.repairs.source_dialog import WorkOrderDialogs
from ui.session import OperatorSession
from ui.widgets.attachments import AttachmentList, AttachmentPicker, choose_files
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner, FormErrors
from ui.widgets.record_links import RecordLinks

AMEND_FIELDS = ("summary", "location", "people", "actions")
WORK_ORDER_KEY = "F8"


class IncidentsPage(TranslatableWidget):
    def __init__(
        self,
        incidents: IncidentService,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        attachments: AttachmentService,
        to_work_order: WorkOrderIntakeServices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPage")
        self.work_orders = WorkOrderDialogs(to_work_order, session, zone, self, self._on_work_orders_saved)
        self.attach_dialog: QFileDialog | None = None
        self._incidents = incidents
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self.detail: IncidentDetail | None = None
        self._title = page_title()
        self.banner = Banner()
        self.search = QLineEdit()
        self.open_only = QCheckBox()
        self.open_only.setChecked(True)
        self.model = IncidentTableModel(zone, self)
        self.table = table_view(self.model, stretch=IncidentTableModel.Column.SUMMARY)
        self.errors = FormErrors()

        report = self._build_report_form()
        selected = self._build_detail(attachments)
        self._lay_out(report, selected)
        self._install_shortcuts()
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _build_report_form(self) -> QWidget:
        """The "report an incident" form (a tab): category and severity, time, place, what happened."""
        self.category = QComboBox()
        self.severity = QComboBox()
        self.time = QLineEdit()
        self.time.setMaxLength(5)
        self.location = QLineEdit()
        self.location.setMaxLength(120)
        self.summary = QLineEdit()
        self.summary.setMaxLength(120)
        self.people = QPlainTextEdit()
        self.people.setFixedHeight(64)
        self.actions_taken = QPlainTextEdit()
        self.actions_taken.setFixedHeight(64)
        self.files = AttachmentPicker(rows=3)
        self.report_button = QPushButton()
        self.report_button.setProperty("role", "primary")
        report = QWidget()
        report_layout = QVBoxLayout(report)
        form = QFormLayout()
        report_layout.addLayout(form)
        self._labels: dict[str, QLabel] = {
            name: QLabel()
            for name in (
                "category",
                "occurred_at",
                "location",
                "summary",
                "people",
                "actions",
                "attachments",
            )
        }
        first = QWidget()
        first_row = QHBoxLayout(first)
        first_row.setContentsMargins(0, 0, 0, 0)
        first_row.addWidget(self.category, 2)
        first_row.addWidget(self.severity, 1)
        self.errors.add_row(form, self._labels["category"], "category", first)
        self.errors.alias("severity", "category")
        self.errors.add_row(form, self._labels["occurred_at"], "occurred_at", self.time)
        self.errors.add_row(form, self._labels["location"], "location", self.location)
        self.errors.add_row(form, self._labels["summary"], "summary", self.summary)
        self.errors.add_row(form, self._labels["people"], "people", self.people)
        self.errors.add_row(form, self._labels["actions"], "actions", self.actions_taken)
        self.errors.add_row(form, self._labels["attachments"], "attachments", self.files)
        report_layout.addStretch(1)
        report_layout.addWidget(self.report_button)
        return report

    def _build_detail(self, attachments: AttachmentService) -> QWidget:
        """The selected incident (a tab): heading, work orders, files, its events, and the follow-up rows."""
        self.heading = QLabel()
        self.heading.setObjectName("incidentHeading")
        self.heading.setWordWrap(True)
        self.links = RecordLinks()  # "Work orders: [260302-001 (New) ›]"
        self.links.setObjectName("incidentWorkOrders")
        self.work_order_button = QPushButton()
        self.work_order_button.setObjectName("incidentToWorkOrder")
        self.attach_button = QPushButton()
        self.incident_files = AttachmentList(attachments.viewable_copy, rows=2)
        self.events_list = QListWidget()
        selected = QWidget()
        detail = QFormLayout(selected)
        detail.addRow(self.heading)
        detail.addRow(self.links)
        buttons = QHBoxLayout()
        buttons.addWidget(self.work_order_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        detail.addRow(buttons)
        detail.addRow(self.incident_files)
        detail.addRow(self.events_list)
        self._add_follow_up_rows(detail)
        return selected

    def _add_follow_up_rows(self, detail: QFormLayout) -> None:
        """Who was notified, a follow-up note or a new status, and an amendment: one row each."""
        self.party = QComboBox()
        self.party_who = QLineEdit()
        self.party_time = QLineEdit()
        self.party_time.setMaxLength(5)
        self.party_time.setMaximumWidth(80)
        self.notify_button = QPushButton()
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.follow_button = QPushButton()
        self.status = QComboBox()
        self.status_button = QPushButton()
        self.amend_field = QComboBox()
        self.amend_value = QLineEdit()
        self.amend_reason = QLineEdit()
        self.amend_button = QPushButton()
        self._notify_label, self._note_label, self._amend_label = QLabel(), QLabel(), QLabel()
        self.errors.add_row(
            detail, self._notify_label, "party", _row(self.party, self.party_who, self.party_time, self.notify_button)
        )
        self.errors.alias("party_name", "party")
        self.errors.alias("notified_at", "party")
        self.errors.add_row(
            detail, self._note_label, "follow_up", _row(self.note, self.follow_button, self.status, self.status_button)
        )
        self.errors.alias("status_note", "follow_up")
        self.amend_errors = FormErrors()  # the amended field's errors show here, not in the report form
        self.amend_errors.add_row(
            detail,
            self._amend_label,
            "reason",
            _row(self.amend_field, self.amend_value, self.amend_reason, self.amend_button),
        )
        for name in AMEND_FIELDS:
            self.amend_errors.alias(name, "reason")

    def _lay_out(self, report: QWidget, selected: QWidget) -> None:
        """The list with its search on the left, the two tabs on the right."""
        self.tabs = QTabWidget()
        self.tabs.addTab(report, "")
        self.tabs.addTab(selected, "")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_only)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([470, 470])
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _install_shortcuts(self) -> None:
        shortcut = QShortcut(QKeySequence(WORK_ORDER_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.turn_into_work_order)

    def _connect_signals(self) -> None:
        self.report_button.clicked.connect(self._on_report_button_clicked)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.open_only.toggled.connect(self._on_search_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.notify_button.clicked.connect(self._on_notify_button_clicked)
        self.follow_button.clicked.connect(self._on_follow_button_clicked)
        self.note.returnPressed.connect(self._on_follow_button_clicked)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.work_order_button.clicked.connect(self.turn_into_work_order)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.incident_files.open_failed.connect(self.banner.error)
        self.links.record_requested.connect(self._on_links_record_requested)
        self._events.data_changed.connect(self._on_events_data_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Incidents"))
        self.search.setPlaceholderText(self.tr("Search number, summary, location…"))
        self.open_only.setText(self.tr("Open only"))
        self.tabs.setTabText(0, self.tr("Report an incident"))
        self.tabs.setTabText(1, self.tr("Selected incident"))
        self._labels["category"].setText(self.tr("&Category / severity"))
        self._labels["occurred_at"].setText(self.tr("&Happened at"))
        self.time.setPlaceholderText(self.tr("now (HH:MM)"))
        self._labels["location"].setText(self.tr("&Location"))
        self._labels["summary"].setText(self.tr("&Summary"))
        self._labels["people"].setText(self.tr("&People involved"))
        self._labels["actions"].setText(self.tr("&Actions taken"))
        self._labels["attachments"].setText(self.tr("Photos / &files"))
        self.work_order_button.setText(self.tr("To work order… (F8)"))
        self.work_order_button.setToolTip(self.tr("Turn this incident into a repair request, with its text and files"))
        self.attach_button.setText(self.tr("Add files…"))
        self.report_button.setText(self.tr("&Report incident"))
        self._notify_label.setText(self.tr("&Notified"))
        self.party_who.setPlaceholderText(self.tr("Who exactly (name, station, unit)"))
        self.party_time.setPlaceholderText(self.tr("now"))
        self.notify_button.setText(self.tr("Record"))
        self._note_label.setText(self.tr("Follow-&up"))
        self.note.setPlaceholderText(self.tr("What was done since (needed to close)"))
        self.follow_button.setText(self.tr("Add note"))
        self.status_button.setText(self.tr("Set status"))
        self._amend_label.setText(self.tr("Correct"))
        self.amend_value.setPlaceholderText(self.tr("Corrected value"))
        self.amend_reason.setPlaceholderText(self.tr("Why"))
        self.amend_button.setText(self.tr("Amend"))
        _refill(self.category, [(category_name(c), c.code) for c in self._categories()])
        _refill(self.severity, [(severity_name(s), s.value) for s in IncidentSeverity])
        self.severity.setCurrentIndex(max(0, self.severity.findData(IncidentSeverity.MEDIUM.value)))
        _refill(self.party, [(party_name(p), p.value) for p in NotifiedParty])
        _refill(self.status, [(incident_status_name(s), s.value) for s in IncidentStatus])
        field_names = {
            "summary": self.tr("Summary"),
            "location": self.tr("Location"),
            "people": self.tr("People involved"),
            "actions": self.tr("Actions taken"),
        }
        _refill(self.amend_field, [(field_names[f], f) for f in AMEND_FIELDS])
        self._render_detail()

    def _categories(self) -> list[CategoryRow]:
        try:
            return self._incidents.categories()
        except GatehouseError as error:
            self.banner.show_error(error)
            return []

    # -- list -----------------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self._incidents.search(open_only=self.open_only.isChecked(), text=self.search.text())
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        selected = self.detail.incident.id if self.detail else None
        self.model.set_rows(rows)
        for n, row in enumerate(rows):
            if row.id == selected:
                self.table.selectRow(n)

    def _on_search_text_changed(self, *_args: object) -> None:
        self.refresh()

    def open_record(self, ref: RecordRef) -> bool:
        """An incident asked for from another page: its number searched (closed ones too when it is
        closed), chosen, its record shown. False when there is no such incident."""
        try:
            detail = read_record(ref, self._incidents.get)
        except GatehouseError as error:
            self.banner.show_error(error)
            return True
        if detail is None:
            return False
        self.detail = detail  # the list keeps it chosen when it is read again below
        self.open_only.setChecked(detail.incident.status is not IncidentStatus.CLOSED)
        self.search.setText(detail.incident.number)
        self.refresh()
        self.tabs.setCurrentIndex(1)
        self._render_detail()
        self.table.setFocus()
        return True

    def _on_links_record_requested(self, ref: RecordRef) -> None:
        self._events.open_record(ref)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            return
        try:
            self.detail = self._incidents.get(row.id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._render_detail()

    # -- report ----------------------------------------------------------------------------------------
    def _on_report_button_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        errors: list[ValidationError] = []
        at = collect(errors, lambda: parse_clock_time(self.time.text(), self._clock.now(), self._zone, "occurred_at"))
        try:
            raise_all(errors)
            detail = self._incidents.report(
                self._session.actor,
                NewIncident(
                    self.category.currentData() or "",
                    self.severity.currentData() or "",
                    self.location.text(),
                    self.summary.text(),
                    self.people.toPlainText(),
                    self.actions_taken.toPlainText(),
                    at,
                    attachment_paths=self.files.paths(),
                ),
            )
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        for widget in (self.time, self.location, self.summary):
            widget.clear()
        self.people.clear()
        self.actions_taken.clear()
        self.files.clear()
        self.detail = detail
        self.banner.notice(self.tr("Incident {number} reported.").format(number=detail.incident.number))
        self._events.ran(self._incidents.report)
        self.refresh()
        self.tabs.setCurrentIndex(1)
        self._render_detail()

    # -- the selected incident ------------------------------------------------------------------------
    def _render_detail(self) -> None:
        detail = self.detail
        self.events_list.clear()
        enabled = detail is not None
        for widget in (
            self.notify_button,
            self.follow_button,
            self.status_button,
            self.amend_button,
            self.work_order_button,
            self.attach_button,
        ):
            widget.setEnabled(enabled)
        self.incident_files.set_rows(detail.attachments if detail else ())
        self.incident_files.setVisible(bool(detail and detail.attachments))
        if detail is None:
            self.heading.setText(self.tr("Choose an incident in the list."))
            self.links.set_links("", [])
            return
        states = state_names()
        links = [
            (
                RecordRef(WORK_ORDER_KIND, str(w.id), w.number),
                self.tr("{number} ({state})").format(number=w.number, state=states.get(w.state, w.state)),
            )
            for w in detail.work_orders
        ]
        self.links.set_links(self.tr("Work orders:") if links else self.tr("No work order made from it yet."), links)
        i = detail.incident
        self.heading.setText(
            self.tr("{number} · {category} · {severity} · {status}\n{time} {location}: {summary}").format(
                number=i.number,
                category=category_name(i.category),
                severity=severity_name(i.severity),
                status=incident_status_name(i.status),
                time=i.occurred_at.astimezone(self._zone).strftime("%m-%d %H:%M"),
                location=i.location,
                summary=i.summary,
            )
        )
        for event in detail.events:
            self.events_list.addItem(self._event_text(event))
        self.status.setCurrentIndex(max(0, self.status.findData(i.status.value)))

    def _event_text(self, e: IncidentEventRow) -> str:
        when = e.at.astimezone(self._zone).strftime("%m-%d %H:%M")
        kind = e.kind.value
        if kind == "reported":
            text = self.tr("reported")
        elif kind == "notified":
            text = self.tr("notified {party} {who}").format(party=party_name(e.party), who=e.party_name)
        elif kind == "status":
            text = self.tr("status → {status} {note}").format(status=incident_status_name(e.field), note=e.text)
        elif kind == "amended":
            text = self.tr("corrected {field}: “{before}” → “{after}” ({reason})").format(
                field=e.field, before=e.previous, after=e.text, reason=e.reason
            )
        else:
            text = e.text
        return f"{when}  {e.author_name}: {text}"

    def _apply(
        self,
        operation: Callable[..., IncidentDetail],
        call: Callable[[], IncidentDetail],
        errors: FormErrors | None = None,
    ) -> None:
        """``call`` runs ``operation`` (the service method, whose declaration says what changed)."""
        shown = errors or self.errors
        shown.clear()
        try:
            self.detail = call()
        except GatehouseError as error:
            if not shown.show(error):
                self.banner.show_error(error)
            return
        self._events.ran(operation)
        self._render_detail()
        self.refresh()

    def _on_notify_button_clicked(self) -> None:
        if self.detail is None:
            return
        incident_id = self.detail.incident.id

        def notify() -> IncidentDetail:
            at = parse_clock_time(self.party_time.text(), self._clock.now(), self._zone, "notified_at")
            return self._incidents.notify(
                self._session.actor, incident_id, self.party.currentData(), self.party_who.text(), at
            )

        self._apply(self._incidents.notify, notify)
        if not self.errors.message_for("party"):
            self.party_who.clear()
            self.party_time.clear()

    def _on_follow_button_clicked(self) -> None:
        if self.detail is None:
            return
        incident_id = self.detail.incident.id
        self._apply(
            self._incidents.follow_up,
            lambda: self._incidents.follow_up(self._session.actor, incident_id, self.note.text()),
        )
        if not self.errors.message_for("follow_up"):
            self.note.clear()

    def _on_status_button_clicked(self) -> None:
        if self.detail is None:
            return
        incident_id = self.detail.incident.id
        self._apply(
            self._incidents.set_status,
            lambda: self._incidents.set_status(
                self._session.actor, incident_id, self.status.currentData(), self.note.text()
            ),
        )
        if not self.errors.message_for("follow_up"):
            self.note.clear()

    def _on_amend_button_clicked(self) -> None:
        if self.detail is None:
            return
        incident_id = self.detail.incident.id
        self._apply(
            self._incidents.amend,
            lambda: self._incidents.amend(
                self._session.actor,
                incident_id,
                self.amend_field.currentData(),
                self.amend_value.text(),
                self.amend_reason.text(),
            ),
            self.amend_errors,
        )
        if not self.amend_errors.message_for("reason"):
            self.amend_value.clear()
            self.amend_reason.clear()

    def _on_attach_button_clicked(self) -> None:
        """More photos or files for the selected incident, saved as soon as they are chosen."""
        if self.detail is None:
            return
        incident_id = self.detail.incident.id
        self.attach_dialog = choose_files(
            self, self.tr("Add photos or files to the incident"), lambda paths: self.attach_files(incident_id, paths)
        )

    def attach_files(self, incident_id: uuid.UUID, paths: list[str]) -> None:
        try:
            self.detail = self._incidents.attach_files(self._session.actor, incident_id, paths)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.banner.notice(self.tr("{count} file(s) added to the incident.").format(count=len(paths)))
        self._events.ran(self._incidents.attach_files)
        self._render_detail()

    # -- a work order from the incident -----------------------------------------------------------------
    def turn_into_work_order(self) -> None:
        """F8: the repairs intake filled in from the selected incident (what was typed before is kept)."""
        if self.detail is None:
            self.banner.warning(self.tr("Choose the incident to turn into a work order in the list first."))
            return
        try:
            self.work_orders.open(SourceKind.INCIDENT, self.detail.incident.id)
        except GatehouseError as error:
            self.banner.show_error(error)

    def _on_work_orders_saved(self, incident_id: uuid.UUID, detail: WorkOrderDetail) -> None:
        self.banner.notice(self.tr("Work order {number} saved from this incident.").format(number=detail.row.number))
        self._events.ran(self.work_orders.saves_with)
        if self.detail is not None and self.detail.incident.id == incident_id:
            try:
                self.detail = self._incidents.get(incident_id)
            except GatehouseError as error:
                self.banner.show_error(error)
                return
            self._render_detail()

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.INCIDENT, ChangeKind.SETTINGS) and self.isVisible():
            self.refresh()
        if changes.touches(ChangeKind.WORK_ORDER) and self.detail is not None and self.detail.work_orders:
            try:  # a job made from it moved on (dispatched, done…): its state beside the number follows
                self.detail = self._incidents.get(self.detail.incident.id)
            except GatehouseError as error:
                self.banner.show_error(error)
                return
            self._render_detail()


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return box


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
