"""The main window: first-run setup → sign-in → workspace ⇄ lock screen.

The one module of ui/ that holds ``Services`` and the open ``Database`` (tests/test_architecture.py
names it): it builds the area bundles (app/bundles.py) the pages get, and asks the database only
through its methods (the site, setting one up, the desk this PC works as, closing), never its
engine or sessions.

The workspace stays alive behind the lock screen, so a half-typed form survives a lock and a PIN
switch. Signing out closes the workspace.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from app.changes import ChangeKind, Changes
from app.clock import Clock, local_zone, machine_zone_name
from app.errors import GatehouseError
from app.local_config import LocalConfig
from app.paths import DataPaths
from ui.app_events import AppEvents
from ui.context import Preferences
from ui.idle import IdleWatcher
from ui.start.login_page import LoginPage
from ui.startup import DatabaseOpener

if TYPE_CHECKING:
    # Imported lazily below: the sign-in screen is shown before SQLAlchemy, argon2 and the
    # workspace pages have loaded (the start-up target in docs/targets.md); the database opens in a thread.
    from app.bootstrap import Database, Services
    from app.credentials import SecretHasher
    from app.permissions import Actor
    from app.site import SiteSetup
    from ui.backups.scheduler import BackupScheduler
    from ui.session import OperatorSession
    from ui.start.lock_page import LockPage
    from ui.start.setup_page import SetupPage
    from ui.workspace import Workspace

log = logging.getLogger(__name__)

MIN_WIDTH, MIN_HEIGHT = 1000, 700
ABOUT_SHORTCUT = "Ctrl+F1"


class ShellWindow(QMainWindow):
    database_opened = Signal()
    signed_in = Signal(object)  # Actor
    locked = Signal()

    def __init__(
        self,
        paths: DataPaths,
        local: LocalConfig,
        target: str | Path | None,
        clock: Clock,
        *,
        hasher: SecretHasher | None = None,
        idle_ms: int | None = None,
        auto_backup: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("shell")
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._paths = paths
        self._clock = clock
        self._target = target
        self._hasher_given = hasher
        self._idle_override_ms = idle_ms
        self._auto_backup = auto_backup
        self.backup_scheduler: BackupScheduler | None = None
        self.preferences = Preferences(paths, local, self)
        self.events = AppEvents(self)
        self.database: Database | None = None
        self.services: Services | None = None
        self.workspace: Workspace | None = None
        self.session: OperatorSession | None = None
        self._pending_setup: SiteSetup | None = None
        self._setup_page: SetupPage | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login_page = LoginPage(local.language, local.last_username)
        self._lock_page: LockPage | None = None
        self.stack.addWidget(self.login_page)
        self.idle = IdleWatcher(idle_ms or 5 * 60_000, self)
        self.about_shortcut = QShortcut(QKeySequence(ABOUT_SHORTCUT), self)  # on every screen, signed in or not
        self.about_shortcut.activated.connect(self.show_about)
        self._connect_signals()
        self.retranslate()
        self.stack.setCurrentWidget(self.setup_page if self._is_first_run() else self.login_page)
        self.opener = DatabaseOpener(self)
        self.opener.opened.connect(self._on_opener_opened)
        self.opener.failed.connect(self._on_opener_failed)
        # Opened once the first screen is painted: importing SQLAlchemy in a thread still competes
        # for the interpreter, and the operator should see the screen first.
        QTimer.singleShot(0, lambda: self.opener.start(target, paths, clock, local))

    def _is_first_run(self) -> bool:
        if self._target and "://" in str(self._target):
            return False
        database_file = Path(self._target) if self._target else self._paths.database
        return not database_file.exists()

    @property
    def setup_page(self) -> SetupPage:
        """The first-run page, built only when a new site is set up."""
        if self._setup_page is None:
            from ui.start.setup_page import SetupPage

            self._setup_page = SetupPage(self.preferences.language, machine_zone_name())
            self._setup_page.setup_requested.connect(self._on_setup_page_setup_requested)
            self._setup_page.language_requested.connect(self._on_language_requested)
            self.stack.addWidget(self._setup_page)
        return self._setup_page

    @property
    def lock_page(self) -> LockPage:
        """The lock screen, built the first time the workspace locks."""
        if self._lock_page is None:
            from ui.start.lock_page import LockPage

            zone = self.services.zone if self.services is not None else local_zone(None)
            self._lock_page = LockPage(self._clock, zone)
            self._lock_page.unlock_requested.connect(self._on_lock_page_unlock_requested)
            self._lock_page.sign_out_requested.connect(self.sign_out)
            self.stack.addWidget(self._lock_page)
        return self._lock_page

    @property
    def hasher(self) -> SecretHasher:
        if self._hasher_given is None:
            from app.credentials import SecretHasher

            self._hasher_given = SecretHasher()
        return self._hasher_given

    def _connect_signals(self) -> None:
        self.login_page.login_requested.connect(self._on_login_page_login_requested)
        self.login_page.language_requested.connect(self._on_language_requested)
        self.idle.idle.connect(self.lock)
        self.events.data_changed.connect(self._on_events_data_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def retranslate(self) -> None:
        site = self.services.site_row.name if self.services else ""
        title = self.tr("Gatehouse")
        self.setWindowTitle(f"{title} — {site}" if site else title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- database ----------------------------------------------------------------------------------
    def _on_opener_opened(self, database: Database) -> None:
        from app.bootstrap import build_services

        self.database = database
        try:
            if database.site() is not None:
                self._services_ready(build_services(database, self._clock, hasher=self.hasher))
            elif self.stack.currentWidget() is not self.setup_page:
                self.stack.setCurrentWidget(self.setup_page)
        except GatehouseError as error:
            self._on_opener_failed(error)
            return
        self.database_opened.emit()
        if self._pending_setup is not None:
            setup, self._pending_setup = self._pending_setup, None
            self._on_setup_page_setup_requested(setup)

    def _on_opener_failed(self, error: GatehouseError) -> None:
        page = self.stack.currentWidget()
        if self._setup_page is not None and page is self._setup_page:
            self.setup_page.show_error(error)
            self.setup_page.set_busy(True)
        else:
            self.login_page.set_failed(error)

    def _services_ready(self, services: Services) -> None:
        self.services = services
        try:
            services.audit_keeper.seal_due()  # days closed while the program was not running
        except GatehouseError as error:
            log.warning("sealing the audit days failed: %s", type(error).__name__)
        desk = self.preferences.local.desk_for(services.site_row.id)
        self.login_page.set_ready(services.site_row.name, services.site.desks(), desk)
        self.retranslate()
        if self._auto_backup and services.backups.database_file is not None and self.backup_scheduler is None:
            from ui.backups.scheduler import BackupScheduler

            self.backup_scheduler = BackupScheduler(services.backups, self._clock, self._paths.root, self)
            self.backup_scheduler.backup_done.connect(lambda _r: self.events.ran(services.backups.make))
            self.backup_scheduler.health_checked.connect(self._on_backup_scheduler_health_checked)
            self.backup_scheduler.start()

    def _on_backup_scheduler_health_checked(self, health: object) -> None:
        """Damage or a risky drive found by the background check: an alert on the home page."""
        from app.backups import DatabaseHealth
        from ui.app_events import Alert, AlertLevel
        from ui.backups.status_words import health_lines

        if not isinstance(health, DatabaseHealth) or self.database is None:
            return
        for index, (text, damage) in enumerate(health_lines(health, self.database.where)):
            level = AlertLevel.URGENT if damage else AlertLevel.WARNING
            self.events.post_alert(Alert(f"database-health:{index}", level, text, self._clock.now(), page="home"))

    # -- first run ---------------------------------------------------------------------------------
    def _on_setup_page_setup_requested(self, setup: SiteSetup) -> None:
        from app.bootstrap import build_services

        if self.database is None:
            self._pending_setup = setup
            self.setup_page.set_busy(True)
            self.setup_page.banner.notice(self.tr("Preparing the database… the site is created in a moment."))
            return
        self.setup_page.set_busy(False)
        try:
            self.database.set_up_site(setup, self._clock, self.hasher)
            services = build_services(self.database, self._clock, hasher=self.hasher)
        except GatehouseError as error:
            self.setup_page.show_error(error)
            return
        self._services_ready(services)
        self.login_page.reset(setup.admin.username.strip())
        self.login_page.banner.notice(self.tr("The site is ready. Sign in as the administrator."))
        self.stack.setCurrentWidget(self.login_page)

    def _on_language_requested(self, language: str) -> None:
        self.preferences.set_language(language)

    # -- signing in --------------------------------------------------------------------------------
    def _on_login_page_login_requested(self, username: str, password: str, desk_id: object) -> None:
        services = self.services
        if services is None or self.database is None:
            return
        try:
            actor = services.auth.login(username, password, desk_id)  # type: ignore[arg-type]
        except GatehouseError as error:
            self.login_page.show_error(error)
            return
        self.database.work_at(actor.desk_id)
        local = self.preferences.local.with_last_username(username.strip())
        if actor.desk_id is not None:
            local = local.with_desk(services.site_row.id, actor.desk_id)
        self.preferences.update_local(local)
        if services.operators.own(actor).must_change_password:
            from ui.start.password_dialog import ForcedPasswordDialog

            dialog = ForcedPasswordDialog(
                lambda old, new: services.operators.change_own_password(actor, old, new), self
            )
            dialog.accepted.connect(lambda: self._enter_workspace(actor))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return
        self._enter_workspace(actor)

    def _enter_workspace(self, actor: Actor) -> None:
        from app.bundles import build_bundles
        from app.settings import FONT_SCALE
        from ui.context import UiContext
        from ui.session import OperatorSession
        from ui.workspace import Workspace

        services = self.services
        assert services is not None
        self.login_page.reset()
        self.session = OperatorSession(actor, self)
        context = UiContext(
            build_bundles(services), self.session, self.events, self._paths, self.preferences, self._clock
        )
        self.preferences.set_font_scale(int(services.settings.get(FONT_SCALE, actor.desk_id)))
        self.workspace = Workspace(context)
        self.workspace.lock_requested.connect(self.lock)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        from ui.security.sign_in_alerts import post_sign_in_alerts

        post_sign_in_alerts(self.events, services.auth, self._clock, services.zone)
        self._apply_idle_setting()
        self.idle.start()
        self.signed_in.emit(actor)

    def _apply_idle_setting(self) -> None:
        from app.settings import IDLE_LOCK_MINUTES

        if self._idle_override_ms is not None or self.services is None or self.session is None:
            return
        self.idle.set_minutes(self.services.settings.get(IDLE_LOCK_MINUTES, self.session.actor.desk_id))

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.SETTINGS):
            self._apply_idle_setting()

    # -- lock and sign-out -------------------------------------------------------------------------
    def lock(self) -> None:
        if self.workspace is None or self.services is None or self.session is None:
            return
        self.idle.stop()
        try:
            operators = self.services.operators.switchable()
        except GatehouseError:
            operators = []
        self.lock_page.lock(self.services.site_row.name, operators, self.session.actor.operator_id)
        self.stack.setCurrentWidget(self.lock_page)
        self.locked.emit()

    def _on_lock_page_unlock_requested(self, operator_id: object, pin: str) -> None:
        if self.services is None or self.session is None or self.workspace is None:
            return
        try:
            actor = self.services.auth.switch_by_pin(operator_id, pin, self.session.actor.desk_id)  # type: ignore[arg-type]
        except GatehouseError as error:
            self.lock_page.show_error(error)
            return
        self.lock_page.stop()
        self.session.set_actor(actor)
        self.stack.setCurrentWidget(self.workspace)
        self.idle.start()

    def sign_out(self) -> None:
        self.idle.stop()
        if self._lock_page is not None:
            self._lock_page.stop()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.session = None
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.reset()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.opener.wait()
        if self.services is not None:
            try:
                self.services.audit_keeper.close()  # seal due days, write the anchor file
            except GatehouseError as error:
                log.warning("writing the audit anchor failed: %s", type(error).__name__)
        if self.backup_scheduler is not None:
            self.backup_scheduler.backup_on_exit()
        if self.database is not None:
            self.database.dispose()
        super().closeEvent(event)

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(self._paths.root, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
