"""The pages of the workspace, in navigation order. A module area adds its ``PageSpec`` here.

Pages are built the first time they are shown. A page may define ``activated()`` (called each time
it is shown) and ``focus_search()`` (Ctrl+F).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.permissions import MANAGE_OPERATORS, Permission
from app.visitors.model import MANAGE_WATCHLIST
from ui.context import UiContext

if TYPE_CHECKING:
    from ui.visitors.visitors_page import VisitorServices


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[UiContext], QWidget]
    permission: Permission | None = None


def _home(ctx: UiContext) -> QWidget:
    from ui.home.dashboard_page import DashboardPage
    from ui.home.panels import build_panels

    return DashboardPage(build_panels(ctx))


def _settings(ctx: UiContext) -> QWidget:
    from ui.settings.sections import build_sections
    from ui.settings.settings_page import SettingsPage

    return SettingsPage(build_sections(ctx))


def _operators(ctx: UiContext) -> QWidget:
    from ui.operators.operators_page import OperatorsPage

    s = ctx.services
    return OperatorsPage(s.operators, s.auth, ctx.session, ctx.events)


def _visitor_services(ctx: UiContext) -> VisitorServices:
    from ui.visitors.visitors_page import VisitorServices

    s = ctx.services
    return VisitorServices(
        s.visitors,
        s.expected_visits,
        s.visitor_lookup,
        s.visit_history,
        s.directory,
        s.auth,
        s.operators,
        s.settings,
        s.site,
    )


def _visitors(ctx: UiContext) -> QWidget:
    from ui.visitors.visitors_page import VisitorsPage

    return VisitorsPage(_visitor_services(ctx), ctx.session, ctx.events, ctx.clock, ctx.services.zone)


def _visit_history(ctx: UiContext) -> QWidget:
    from ui.visitors.history_page import VisitHistoryPage

    return VisitHistoryPage(_visitor_services(ctx), ctx.session, ctx.events, ctx.services.zone)


def _watchlist(ctx: UiContext) -> QWidget:
    from ui.visitors.watchlist_page import WatchlistPage

    s = ctx.services
    return WatchlistPage(s.watchlist, s.visitors, ctx.session, ctx.events, s.zone)


def _directory(ctx: UiContext) -> QWidget:
    from ui.visitors.directory_page import DirectoryPage

    return DirectoryPage(ctx.services.directory, ctx.session, ctx.events, ctx.services.zone)


HOME = "home"
VISITORS = "visitors"
VISIT_HISTORY = "visit_history"
WATCHLIST = "watchlist"
DIRECTORY = "directory"
SETTINGS = "settings"
OPERATORS = "operators"


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(HOME, lambda: QCoreApplication.translate("Navigation", "Home"), _home),
        PageSpec(VISITORS, lambda: QCoreApplication.translate("Navigation", "Visitors"), _visitors),
        PageSpec(VISIT_HISTORY, lambda: QCoreApplication.translate("Navigation", "Visit history"), _visit_history),
        PageSpec(
            WATCHLIST, lambda: QCoreApplication.translate("Navigation", "Watchlist"), _watchlist, MANAGE_WATCHLIST
        ),
        PageSpec(DIRECTORY, lambda: QCoreApplication.translate("Navigation", "Directory"), _directory),
        PageSpec(
            OPERATORS, lambda: QCoreApplication.translate("Navigation", "Operators"), _operators, MANAGE_OPERATORS
        ),
        PageSpec(SETTINGS, lambda: QCoreApplication.translate("Navigation", "Settings"), _settings),
    ]
