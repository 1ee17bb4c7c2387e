"""The signed-in workspace: navigation on the left, the current page, a status line at the bottom."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeKind, Changes
from app.errors import GatehouseError
from app.permissions import Actor, allowed
from app.shifts import ShiftRow
from ui.app_events import RecordRef
from ui.code_words import pattern_name, role_name
from ui.context import UiContext
from ui.navigation import GLOBAL_SHORTCUTS, HOME, PageSpec, page_specs
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner

NAV_WIDTH = 190
STATUS_TICK_MS = 20_000


class Workspace(TranslatableWidget):
    lock_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._ctx = ctx
        self._specs = page_specs()
        self._pages: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAV_WIDTH)
        self.stack = QStackedWidget()
        self.message = Banner()  # above the page: a record asked for that could not be shown
        self.message.setProperty("place", "workspace")  # margins like a page's own banner
        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        self._site = QLabel()
        self._desk = QLabel()
        self._operator = QLabel()
        self._operator.setObjectName("statusOperator")
        self._shift = QLabel()
        self._shift.setObjectName("statusShift")
        self._time = QLabel()
        self._backup = QLabel()  # when the last good backup was made; a warning when it is old or has no folder
        self._backup.setObjectName("statusBackup")
        for label in (self._site, self._desk, self._operator, self._shift):
            self.status.addWidget(label)
        self.muster_button = QPushButton()  # the evacuation list, one click (or F12) from every page
        self.muster_button.setObjectName("musterButton")
        self.muster_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status.addPermanentWidget(self._backup)
        self.status.addPermanentWidget(self.muster_button)
        self.status.addPermanentWidget(self._time)
        self._muster: object | None = None

        for spec in self._specs:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.navigation)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message)
        column.addWidget(self.stack, 1)
        body.addLayout(column, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(body, 1)
        outer.addWidget(self.status)

        self._desk_name = ""
        self._shift_row: ShiftRow | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_TICK_MS)
        self._timer.timeout.connect(self._update_time)
        self._timer.start()
        self._connect_signals()
        self._install_shortcuts()
        self.retranslate()
        self._on_session_actor_changed(ctx.session.actor)
        self.show_page(HOME)

    def _connect_signals(self) -> None:
        self.navigation.currentItemChanged.connect(self._on_navigation_current_item_changed)
        self._ctx.session.actor_changed.connect(self._on_session_actor_changed)
        self._ctx.events.data_changed.connect(self._on_events_data_changed)
        self._ctx.events.navigate_requested.connect(self.show_page)
        self._ctx.events.open_record_requested.connect(self.open_record)
        self.muster_button.clicked.connect(self.print_muster)

    def _install_shortcuts(self) -> None:
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        lock.activated.connect(self.lock_requested)
        for key, action in GLOBAL_SHORTCUTS:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda act=action: act(self._ctx, self))
        muster = QShortcut(QKeySequence("F12"), self)
        muster.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        muster.activated.connect(self.print_muster)
        for index in range(min(9, len(self._specs))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda row=index: self._select_row(row))

    def retranslate(self) -> None:
        self.muster_button.setText(self.tr("Muster list (F12)"))
        self.muster_button.setToolTip(self.tr("Print everyone on site now, for an evacuation"))
        for row, spec in enumerate(self._specs):
            item = self.navigation.item(row)
            shortcut = f"  Ctrl+{row + 1}" if row < 9 else ""
            item.setText(spec.title())
            item.setToolTip(spec.title() + shortcut)
        self._refresh_status()

    def muster_action(self) -> object:
        """Built on first use (the reports area loads only then)."""
        if self._muster is None:
            from ui.reports.muster import MusterAction

            action = MusterAction(self._ctx, self)
            action.failed.connect(self._on_muster_failed)
            self._muster = action
        return self._muster

    def print_muster(self) -> None:
        self.muster_action().trigger()  # type: ignore[attr-defined]

    def _on_muster_failed(self, error: object) -> None:
        from ui.error_words import describe

        if isinstance(error, GatehouseError):
            self.status.showMessage(describe(error), 15_000)

    # -- navigation -------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is not None and not item.isHidden():
            self.navigation.setCurrentItem(item)

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and not item.isHidden():
                self.navigation.setCurrentItem(item)
                return

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def open_record(self, ref: RecordRef) -> bool:
        """Show the page that opens ``ref.kind`` with the record chosen. Pages that open the same kind
        are asked in navigation order (a visit on site, then the history); when none has the record,
        the first of them stays shown and a line above it says so (until the next page is chosen)."""
        self.message.clear_message()
        owners = [spec.key for row, spec in enumerate(self._specs) if ref.kind in spec.opens and self._offered(row)]
        if not owners:
            self.message.warning(self.tr("There is no record to open for this item."))
            return False
        for key in owners:
            self.show_page(key)
            opener = getattr(self._pages.get(key), "open_record", None)
            if callable(opener) and opener(ref):
                return True
        self.show_page(owners[0])
        if ref.label:
            self.message.warning(self.tr("{record} could not be found.").format(record=ref.label))
        else:
            self.message.warning(self.tr("That record could not be found."))
        return False

    def _offered(self, row: int) -> bool:
        item = self.navigation.item(row)
        return item is not None and not item.isHidden()

    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _spec(self, key: str) -> PageSpec:
        return next(s for s in self._specs if s.key == key)

    def _on_navigation_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        key = str(current.data(Qt.ItemDataRole.UserRole))
        self.message.clear_message()  # it was about the page left
        page = self._pages.get(key)
        if page is None:
            page = self._spec(key).factory(self._ctx)
            page.setObjectName(page.objectName() or f"page_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        activated = getattr(page, "activated", None)
        if callable(activated):
            activated()

    # -- status line ------------------------------------------------------------------------------
    def _on_session_actor_changed(self, actor: Actor) -> None:
        for row, spec in enumerate(self._specs):
            self.navigation.item(row).setHidden(spec.permission is not None and not allowed(actor, spec.permission))
        current = self.navigation.currentItem()
        if current is not None and current.isHidden():
            self.show_page(HOME)
        self._load_status()

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.SHIFT, ChangeKind.SITE, ChangeKind.DESK, ChangeKind.OPERATOR):
            self._load_status()
        if changes.touches(ChangeKind.BACKUP, ChangeKind.SETTINGS):
            self._update_backup()

    def _load_status(self) -> None:
        actor = self._ctx.session.actor
        desk = self._ctx.bundles.desk
        try:
            self._desk_name = desk.site.desk(actor.desk_id).name if actor.desk_id else ""
            self._shift_row = desk.shifts.current(actor.desk_id) if actor.desk_id else None
        except GatehouseError:
            self._shift_row = None
        self._refresh_status()

    def _refresh_status(self) -> None:
        actor = self._ctx.session.actor
        self._site.setText(self._ctx.bundles.desk.site_name)
        self._desk.setText(self.tr("Desk: {desk}").format(desk=self._desk_name))
        self._operator.setText(
            self.tr("Operator: {name} ({role})").format(name=actor.display_name, role=role_name(actor.role))
        )
        if self._shift_row is None:
            self._shift.setText(self.tr("No shift open"))
        else:
            started = self._shift_row.started_at.astimezone(self._ctx.bundles.desk.zone)
            self._shift.setText(
                self.tr("{pattern} since {time}, {name}").format(
                    pattern=pattern_name(self._shift_row.pattern),
                    time=started.strftime("%H:%M"),
                    name=self._shift_row.operator_name,
                )
            )
        self._update_time()

    def _update_time(self) -> None:
        now: datetime = self._ctx.clock.now().astimezone(self._ctx.bundles.desk.zone)
        self._time.setText(now.strftime("%Y-%m-%d %H:%M"))
        self._update_backup()

    def _update_backup(self) -> None:
        from ui.backups.status_words import status_bar_line

        desk = self._ctx.bundles.desk
        text, tip, warning = status_bar_line(desk.backups.status(), self._ctx.clock.now(), desk.zone)
        self._backup.setText(text)
        self._backup.setToolTip(tip)
        self._backup.setProperty("kind", "warning" if warning else "ok")
        self._backup.style().unpolish(self._backup)
        self._backup.style().polish(self._backup)
