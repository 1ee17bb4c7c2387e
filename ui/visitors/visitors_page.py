"""The guard's main page: check-in on the left, who is on site (and who is expected) on the right.

Keys: F2 returning-visitor search, F3 on-site search, F9 check out the selected visitor, Ctrl+Enter
check in, Ctrl+P print the slip of the last check-in (or the selected visitor). A slip scanned
anywhere on the page checks its visitor out.
"""

from __future__ import annotations

import uuid
from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.bundles import ListExportServices, VisitorServices
from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.errors import GatehouseError, ValidationError, ValidationErrors
from app.visitors.model import CheckInFields, CheckoutMethod, VisitRow, VisitStatus
from ui.app_events import AppEvents, RecordRef
from ui.session import OperatorSession
from ui.visitors.checkin_flow import CheckInFlow
from ui.visitors.checkin_form import CheckInForm
from ui.visitors.expected_panel import ExpectedPanel
from ui.visitors.onsite_panel import OnSitePanel
from ui.visitors.slips import SlipPrinter
from ui.visitors.visit_detail import VisitDetailDialog
from ui.visitors.widgets import open_dialog
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner
from ui.widgets.scanner import ScanDetector

FORM_WIDTH = 410
TAB_ON_SITE, TAB_EXPECTED = 0, 1
CHANGE_KINDS = (
    ChangeKind.VISIT,
    ChangeKind.VISITOR,
    ChangeKind.EXPECTED_VISIT,
    ChangeKind.WATCHLIST,
    ChangeKind.SETTINGS,
    ChangeKind.DIRECTORY,
)


class VisitorsPage(TranslatableWidget):
    def __init__(
        self,
        services: VisitorServices,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitorsPage")
        self._s = services
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self._last_visit: uuid.UUID | None = None
        self._title = page_title()
        self.banner = Banner()
        self.form = CheckInForm(services.visitors, services.lookup, services.directory, clock, zone)
        self.flow = CheckInFlow(
            self.form, services.visitors, services.auth, services.operators, session, events, clock, zone, self
        )
        self.on_site = OnSitePanel(services.visitors, session, clock, zone)
        deps = ListExportServices(services.exports, services.auth, services.operators, services.site.site().name)
        self.expected = ExpectedPanel(
            services.expected, services.visitors, services.directory, session, zone, exports=deps
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.on_site, "")
        self.tabs.addTab(self.expected, "")
        self.slips = SlipPrinter(services.visitors, services.settings, services.site, clock, zone, self)
        self.scanner = ScanDetector(self)
        self.detail: VisitDetailDialog | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(FORM_WIDTH)
        scroll.setMaximumWidth(FORM_WIDTH + 120)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([FORM_WIDTH, 1000])
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addWidget(self.banner, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self._install_shortcuts()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.flow.checked_in.connect(self._on_flow_checked_in)
        self.scanner.scanned.connect(self._on_scanner_scanned)
        for panel in (self.on_site, self.expected):
            panel.notice.connect(self.banner.notice)
            panel.failed.connect(self.banner.show_error)
            panel.changed.connect(self._on_panel_changed)
        self.on_site.slip_requested.connect(self._on_on_site_slip_requested)
        self.on_site.detail_requested.connect(self._on_on_site_detail_requested)
        self.expected.complete_requested.connect(self._on_expected_complete_requested)
        self.slips.printed.connect(self._on_slips_printed)
        self.slips.failed.connect(self.banner.show_error)
        self._events.data_changed.connect(self._on_events_data_changed)

    def _install_shortcuts(self) -> None:
        for keys, slot in (
            ("F2", self._on_search_shortcut),
            ("F3", self._on_on_site_shortcut),
            ("F9", self._on_check_out_shortcut),
            ("Ctrl+Return", self.form.submitted.emit),
            ("Ctrl+Enter", self.form.submitted.emit),
            ("Ctrl+P", self._on_print_shortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Visitors"))
        self._update_tabs()

    def _update_tabs(self) -> None:
        self.tabs.setTabText(TAB_ON_SITE, self.tr("On site ({count})").format(count=self.on_site.count()))
        self.tabs.setTabText(TAB_EXPECTED, self.tr("Expected today ({count})").format(count=self.expected.waiting()))

    # -- refreshing --------------------------------------------------------------------------------
    def activated(self) -> None:
        self.form.reload_settings()
        self.refresh()
        self.form.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.form.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        self.on_site.refresh()
        self.expected.refresh()
        self._update_tabs()

    def open_record(self, ref: RecordRef) -> bool:
        """A visit asked for from another page, chosen in the on-site list; False when the visitor is
        not on site (the visit history then shows it)."""
        visit_id = ref.as_uuid()
        if visit_id is None or not self.on_site.select(visit_id):
            return False
        self.tabs.setCurrentIndex(TAB_ON_SITE)
        self.on_site.table.setFocus()
        return True

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(*CHANGE_KINDS):
            if changes.touches(ChangeKind.SETTINGS):
                self.form.reload_settings()
            self.refresh()

    def _on_panel_changed(self, changes: Changes) -> None:
        self._events.changed(changes)

    # -- results -----------------------------------------------------------------------------------
    def _on_flow_checked_in(self, row: VisitRow) -> None:
        if row.status is VisitStatus.REFUSED:
            self.banner.warning(self.tr("{name} was refused entry; the decision is recorded.").format(name=row.name))
        else:
            self._last_visit = row.id
            self.banner.notice(
                self.tr("{name} checked in ({code}). Ctrl+P prints the slip.").format(name=row.name, code=row.code)
            )
            try:
                self.slips.after_check_in(self._session.actor, row.id)
            except GatehouseError as error:
                self.banner.show_error(error)
        self._events.ran(self._s.visitors.check_in)

    def _on_scanner_scanned(self, code: str) -> None:
        self.tabs.setCurrentIndex(TAB_ON_SITE)
        self.on_site.scan(code)

    def _on_expected_complete_requested(self, fields: CheckInFields, unit_label: str, error: object) -> None:
        self.form.fill_fields(fields, unit_label)
        if isinstance(error, ValidationError | ValidationErrors):
            self.form.errors.show(error)
            self.banner.warning(self.tr("Complete the marked fields, then check in."))
        else:
            self.form.submitted.emit()

    # -- slips and details -------------------------------------------------------------------------
    def _on_print_shortcut(self) -> None:
        selected = self.on_site.selected() if self.tabs.currentIndex() == TAB_ON_SITE else None
        visit_id = self._last_visit or (selected.id if selected else None)
        if visit_id is not None:
            self.slips.print_slip(self._session.actor, visit_id, self)

    def _on_on_site_slip_requested(self, visit_id: uuid.UUID) -> None:
        self.slips.print_slip(self._session.actor, visit_id, self)

    def _on_slips_printed(self, code: str) -> None:
        self.banner.notice(self.tr("Slip {code} printed.").format(code=code))

    def _on_on_site_detail_requested(self, visit_id: uuid.UUID) -> None:
        dialog = VisitDetailDialog(self._s, self._session, self._events, self._zone, visit_id, self.slips, self)
        open_dialog(dialog, self._keep_detail)

    def _keep_detail(self, dialog: object) -> None:
        self.detail = dialog if isinstance(dialog, VisitDetailDialog) else None

    # -- shortcuts ---------------------------------------------------------------------------------
    def _on_search_shortcut(self) -> None:
        self.focus_search()

    def _on_on_site_shortcut(self) -> None:
        self.tabs.setCurrentIndex(TAB_ON_SITE)
        self.on_site.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_check_out_shortcut(self) -> None:
        row = self.on_site.selected()
        if row is not None:
            self.on_site.check_out(row, CheckoutMethod.LIST)
