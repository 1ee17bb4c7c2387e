"""The pages of the workspace, in navigation order. A module area adds its ``PageSpec`` here.

Pages are built the first time they are shown. A page may define ``activated()`` (called each time
it is shown) and ``focus_search()`` (Ctrl+F).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.permissions import MANAGE_OPERATORS, Permission
from ui.context import UiContext


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


def _reports(ctx: UiContext) -> QWidget:
    from ui.reports.reports_page import ReportServices, ReportsPage

    s = ctx.services
    services = ReportServices(
        s.reports, s.exports, s.site, s.settings, s.auth, s.operators, ctx.clock, s.zone, s.site_row.name
    )
    return ReportsPage(services, ctx.session)


HOME = "home"
SETTINGS = "settings"
OPERATORS = "operators"
REPORTS = "reports"


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(HOME, lambda: QCoreApplication.translate("Navigation", "Home"), _home),
        PageSpec(
            OPERATORS, lambda: QCoreApplication.translate("Navigation", "Operators"), _operators, MANAGE_OPERATORS
        ),
        PageSpec(REPORTS, lambda: QCoreApplication.translate("Navigation", "Reports"), _reports),
        PageSpec(SETTINGS, lambda: QCoreApplication.translate("Navigation", "Settings"), _settings),
    ]
