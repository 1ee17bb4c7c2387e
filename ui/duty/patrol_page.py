"""Patrol rounds: start a round of a route, tick checkpoints (Space) or scan their QR labels with the
handheld scanner, note anomalies (which can become incidents), finish; missed and late checkpoints of
the shift are listed in colour. Supervisors add routes and checkpoints and print the QR labels.
A checkpoint asked for from another page (a missed one handed over) is chosen in the shift's list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.bundles import ListExportServices
from app.changes import ChangeKind, Changes
from app.clock import Clock, day_bounds
from app.duty.common import MANAGE_ROUTES, CheckpointState
from app.duty.incidents import NewIncident
from app.duty.patrols import RoundRow, RouteRow
from app.duty.sheet import checkpoint_labels_pdf
from app.errors import GatehouseError
from app.exports.registry import ExportFilter, ExportKind
from app.permissions import Approval
from ui.app_events import AppEvents, RecordRef
from ui.duty.code_words import checkpoint_label_words
from ui.duty.common import preview, print_context, table_view
from ui.duty.models import RoundTableModel, WindowTableModel
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.export_button import ExportButton
from ui.widgets.form import Banner, FormErrors
from ui.widgets.scanner import ScanDetector

if TYPE_CHECKING:
    from app.bundles import DutyServices


EXPORT_DAYS = 31  # the Excel button exports this desk's rounds of the last month


class PatrolsPage(TranslatableWidget):
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
        self.setObjectName("patrolsPage")
        self._services = services
        self._patrols = services.patrols
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self.round: RoundRow | None = None
        self._routes: list[RouteRow] = []
        self._title = page_title()
        self.banner = Banner()
        self.route = QComboBox()
        self.start_button = QPushButton()
        self.start_button.setProperty("role", "primary")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = RoundTableModel(zone, self)
        self.table = table_view(self.model, stretch=RoundTableModel.Column.NAME)
        self.anomaly = QLineEdit()
        self.anomaly.setMaxLength(500)
        self.reach_button = QPushButton()
        self.incident_button = QPushButton()
        self.finish_button = QPushButton()
        self.windows = WindowTableModel(zone, self)
        self.windows_table = table_view(self.windows, stretch=WindowTableModel.Column.CHECKPOINT)
        self.scanner = ScanDetector(self)
        self.errors = FormErrors()

        top = QHBoxLayout()
        self._route_label = QLabel()
        self._route_label.setBuddy(self.route)
        top.addWidget(self._route_label)
        top.addWidget(self.route, 1)
        top.addWidget(self.start_button)
        self.export_button = ExportButton(
            ListExportServices(services.exports, services.auth, services.operators, services.site_name),
            session,
            ExportKind.PATROLS,
            self.export_filter,
            self.banner,
            hint=self._export_hint,
        )
        top.addWidget(self.export_button)
        tick = QFormLayout()
        self._anomaly_label = QLabel()
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.anomaly, 1)
        row_layout.addWidget(self.reach_button)
        row_layout.addWidget(self.incident_button)
        row_layout.addWidget(self.finish_button)
        self.errors.add_row(tick, self._anomaly_label, "anomaly", row)
        self.errors.alias("code", "anomaly")

        self.admin = QGroupBox()
        self.new_route_code = QLineEdit()
        self.new_route_name = QLineEdit()
        self.interval = QSpinBox()
        self.interval.setRange(15, 24 * 60)
        self.interval.setValue(120)
        self.round_minutes = QSpinBox()
        self.round_minutes.setRange(5, 24 * 60)
        self.round_minutes.setValue(30)
        self.add_route_button = QPushButton()
        self.point_code = QLineEdit()
        self.point_name = QLineEdit()
        self.point_place = QLineEdit()
        self.add_point_button = QPushButton()
        self.labels_button = QPushButton()
        admin = QFormLayout(self.admin)
        self._new_route_label, self._new_point_label = QLabel(), QLabel()
        route_row = QWidget()
        route_layout = QHBoxLayout(route_row)
        route_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.new_route_code, self.new_route_name, self.interval, self.round_minutes):
            route_layout.addWidget(widget)
        route_layout.addWidget(self.add_route_button)
        self.errors.add_row(admin, self._new_route_label, "route_code", route_row)
        for alias in ("route_name", "interval_minutes", "round_minutes"):
            self.errors.alias(alias, "route_code")
        point_row = QWidget()
        point_layout = QHBoxLayout(point_row)
        point_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.point_code, self.point_name, self.point_place):
            point_layout.addWidget(widget)
        point_layout.addWidget(self.add_point_button)
        point_layout.addWidget(self.labels_button)
        self.errors.add_row(admin, self._new_point_label, "checkpoint_code", point_row)
        for alias in ("checkpoint_name", "location"):
            self.errors.alias(alias, "checkpoint_code")

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addLayout(tick)
        self._windows_label = QLabel()
        layout.addWidget(self._windows_label)
        layout.addWidget(self.windows_table, 2)
        layout.addWidget(self.admin)
        self._install_shortcuts()
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def export_filter(self) -> ExportFilter:
        """This desk's rounds of the last ``EXPORT_DAYS`` days (other periods: the Reports page)."""
        today = self._clock.now().astimezone(self._zone).date()
        start = day_bounds(today - timedelta(days=EXPORT_DAYS - 1), self._zone)[0]
        return ExportFilter(start, day_bounds(today, self._zone)[1], self._session.actor.desk_id)

    def _export_hint(self) -> str:
        return self.tr("This desk's patrol rounds of the last 31 days to Excel (other periods: the Reports page)")

    def _install_shortcuts(self) -> None:
        tick = QShortcut(QKeySequence("Ctrl+Space"), self)
        tick.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tick.activated.connect(self.reach_selected)

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.reach_button.clicked.connect(self.reach_selected)
        self.anomaly.returnPressed.connect(self.reach_selected)
        self.table.activated.connect(self._on_table_activated)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.incident_button.clicked.connect(self._on_incident_button_clicked)
        self.scanner.scanned.connect(self._on_scanner_scanned)
        self.add_route_button.clicked.connect(self._on_add_route_button_clicked)
        self.add_point_button.clicked.connect(self._on_add_point_button_clicked)
        self.labels_button.clicked.connect(self._on_labels_button_clicked)
        self.route.currentIndexChanged.connect(self._on_route_current_index_changed)
        self._events.data_changed.connect(self._on_events_data_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Patrols"))
        self._route_label.setText(self.tr("&Route"))
        self.start_button.setText(self.tr("&Start a round"))
        self._anomaly_label.setText(self.tr("&Anomaly"))
        self.anomaly.setPlaceholderText(self.tr("Anything wrong at this checkpoint (optional)"))
        self.reach_button.setText(self.tr("Reached (Enter)"))
        self.incident_button.setText(self.tr("Report as &incident"))
        self.finish_button.setText(self.tr("&Finish round"))
        self._windows_label.setText(self.tr("This shift: checkpoints due, missed and late"))
        self.admin.setTitle(self.tr("Routes and checkpoints (supervisor)"))
        self._new_route_label.setText(self.tr("New route"))
        self.new_route_code.setPlaceholderText(self.tr("Code"))
        self.new_route_name.setPlaceholderText(self.tr("Name"))
        self.interval.setSuffix(self.tr(" min apart"))
        self.round_minutes.setSuffix(self.tr(" min on time"))
        self.add_route_button.setText(self.tr("Add route"))
        self._new_point_label.setText(self.tr("New checkpoint"))
        self.point_code.setPlaceholderText(self.tr("Code on the label"))
        self.point_name.setPlaceholderText(self.tr("Name"))
        self.point_place.setPlaceholderText(self.tr("Where"))
        self.add_point_button.setText(self.tr("Add to route"))
        self.labels_button.setText(self.tr("Print QR labels…"))
        self._render()

    # -- loading ------------------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        actor = self._session.actor
        try:
            self._routes = self._patrols.routes()
            self.round = self._patrols.open_round(actor.desk_id) if actor.desk_id else None
            shift = self._services.shifts.current(actor.desk_id) if actor.desk_id else None
            since = shift.started_at if shift else self._clock.now()
            windows = self._patrols.windows(actor.desk_id, since) if actor.desk_id else []
            self.windows.set_rows(sorted(windows, key=lambda w: w.window_start, reverse=True))  # latest first
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        current = self.round.route_id if self.round else self.route.currentData()
        self.route.blockSignals(True)
        self.route.clear()
        for route in self._routes:
            self.route.addItem(f"{route.code} {route.name} ({len(route.checkpoints)})", route.id)
        self.route.setCurrentIndex(max(0, self.route.findData(current)))
        self.route.blockSignals(False)
        self._render()

    def open_record(self, ref: RecordRef) -> bool:
        """A checkpoint: its latest missed visit (else its latest) in the shift's list, or its line in the
        round under way; said when it is not due this shift. False when there is no such checkpoint."""
        checkpoint_id = ref.as_uuid()
        windows = [w for w in self.windows.rows() if w.checkpoint.id == checkpoint_id]
        if windows:
            wanted = next((w for w in windows if w.state is CheckpointState.MISSED), windows[0])
            row = self.windows.rows().index(wanted)
            self.windows_table.selectRow(row)
            self.windows_table.scrollTo(self.windows.index(row, 0))
            self.windows_table.setFocus()
            return True
        in_round = next((n for n, c in enumerate(self.model.rows()) if c.checkpoint.id == checkpoint_id), None)
        if in_round is not None:
            self.table.selectRow(in_round)
            self.table.setFocus()
            return True
        point = next((c for route in self._routes for c in route.checkpoints if c.id == checkpoint_id), None)
        if point is None:
            return False
        name = f"{point.code} {point.name}"
        self.banner.notice(self.tr("{checkpoint} is not due this shift.").format(checkpoint=name))
        return True

    def _render(self) -> None:
        patrol = self.round
        self.model.set_rows(patrol.checkpoints if patrol else [])
        if patrol is None:
            self.status.setText(self.tr("No round under way. Choose a route and start a round."))
        else:
            self.status.setText(
                self.tr("{route}, started {time}: {done} of {total} reached. Scan a label or tick.").format(
                    route=patrol.route_name,
                    time=patrol.started_at.astimezone(self._zone).strftime("%H:%M"),
                    done=patrol.reached_count,
                    total=len(patrol.checkpoints),
                )
            )
            first = next((n for n, c in enumerate(patrol.checkpoints) if not c.reached), 0)
            self.table.selectRow(first)
        for widget in (self.reach_button, self.finish_button, self.anomaly):
            widget.setEnabled(patrol is not None)
        self.start_button.setEnabled(patrol is None and bool(self._routes))
        missed = sum(1 for w in self.windows.rows() if w.state is CheckpointState.MISSED)
        if missed:
            self.banner.warning(self.tr("{count} checkpoint visits missed this shift.").format(count=missed))

    # -- a round ------------------------------------------------------------------------------------
    def _on_start_button_clicked(self) -> None:
        route_id = self.route.currentData()
        if route_id is None:
            return
        try:
            self.round = self._patrols.start_round(self._session.actor, route_id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._patrols.start_round)
        self._render()
        self.table.setFocus()

    def reach_selected(self) -> None:
        item = self.model.row_at(self.table.currentIndex().row())
        if self.round is None or item is None:
            return
        self._reach(checkpoint_id=item.checkpoint.id)

    def _on_table_activated(self, _index: object) -> None:
        self.reach_selected()

    def _on_scanner_scanned(self, code: str) -> None:
        if self.round is None:
            self.banner.warning(self.tr("Start a round before scanning checkpoints."))
            return
        self._reach(scanned_code=code)

    def _reach(self, **target: object) -> None:
        assert self.round is not None
        self.errors.clear()
        try:
            self.round = self._patrols.reach(
                self._session.actor,
                self.round.id,
                anomaly=self.anomaly.text(),
                **target,  # type: ignore[arg-type]
            )
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self.anomaly.clear()
        self._events.ran(self._patrols.reach)
        self._render()

    def _on_finish_button_clicked(self) -> None:
        if self.round is None:
            return
        try:
            finished = self._patrols.finish_round(self._session.actor, self.round.id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.round = None
        missed = ", ".join(c.checkpoint.code for c in finished.missed)
        if missed:
            self.banner.warning(self.tr("Round finished. Not reached: {codes}").format(codes=missed))
        else:
            self.banner.notice(self.tr("Round finished: every checkpoint reached."))
        self._events.ran(self._patrols.finish_round)
        self.refresh()

    def _on_incident_button_clicked(self) -> None:
        """Turn the selected checkpoint's anomaly into an incident (completed on the incidents page)."""
        item = self.model.row_at(self.table.currentIndex().row())
        if item is None or not item.anomaly or item.visit_id is None:
            self.banner.warning(self.tr("Choose a reached checkpoint with an anomaly first."))
            return
        point = item.checkpoint
        try:
            detail = self._services.incidents.report(
                self._session.actor,
                NewIncident(
                    "other",
                    "medium",
                    point.location or point.name,
                    item.anomaly[:120],
                    "",
                    "",
                    item.reached_at,
                    item.visit_id,
                ),
            )
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._services.incidents.report)
        self.banner.notice(
            self.tr("Incident {number} reported; complete it on the Incidents page.").format(
                number=detail.incident.number
            )
        )

    # -- routes (supervisor) --------------------------------------------------------------------------
    def _on_add_route_button_clicked(self) -> None:
        def add(approval: Approval | None) -> RouteRow:
            return self._patrols.add_route(
                self._session.actor,
                self.new_route_code.text(),
                self.new_route_name.text(),
                self.interval.value(),
                self.round_minutes.value(),
                approval,
            )

        self._with_approval(self._patrols.add_route, add, (self.new_route_code, self.new_route_name))

    def _on_add_point_button_clicked(self) -> None:
        route_id = self.route.currentData()
        if route_id is None:
            return

        def add(approval: Approval | None) -> RouteRow:
            return self._patrols.add_checkpoint(
                self._session.actor,
                route_id,
                self.point_code.text(),
                self.point_name.text(),
                self.point_place.text(),
                approval,
            )

        self._with_approval(self._patrols.add_checkpoint, add, (self.point_code, self.point_name, self.point_place))

    def _with_approval(self, operation: Callable[..., object], action: object, fields: tuple[QLineEdit, ...]) -> None:
        self.errors.clear()

        def done(_row: RouteRow) -> None:
            for field in fields:
                field.clear()
            self._events.ran(operation)
            self.refresh()

        def failed(error: GatehouseError) -> None:
            if not self.errors.show(error):
                self.banner.show_error(error)

        s = self._services
        call_with_approval(self, s.auth, s.operators, self._session, MANAGE_ROUTES, action, done, failed)  # type: ignore[arg-type]

    def _on_labels_button_clicked(self) -> None:
        route = next((r for r in self._routes if r.id == self.route.currentData()), None)
        if route is None or not route.checkpoints:
            self.banner.warning(self.tr("This route has no checkpoints yet."))
            return
        ctx = print_context(self._services, self._session, self._clock, self._zone)
        words = checkpoint_label_words()
        preview(self, checkpoint_labels_pdf(route, words, ctx), words.title)

    def _on_route_current_index_changed(self, _index: int) -> None:
        self.start_button.setEnabled(self.round is None and self.route.currentData() is not None)

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.SHIFT) and self.isVisible():
            self.refresh()
