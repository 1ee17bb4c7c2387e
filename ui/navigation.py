"""The pages of the workspace, in navigation order. A module area adds its ``PageSpec`` here.

Pages are built the first time they are shown. A page may define ``activated()`` (called each time
it is shown) and ``focus_search()`` (Ctrl+F). A page that opens records of other pages' links names
their kinds in ``PageSpec.opens`` and defines ``open_record(ref: RecordRef) -> bool``: called after the
page is shown, it chooses the record and returns True, or returns False when it does not have it
(the workspace then asks the next page that opens that kind, and says so when none has it). A refusal
from a service is the page's to show, as for any other call (and it returns True: it was said).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.permissions import MANAGE_OPERATORS, Permission
from app.repairs.permissions import VIEW_KPIS
from app.repairs.rows import WORK_ORDER_KIND
from app.visitors.model import MANAGE_WATCHLIST
from ui.context import UiContext
from ui.page_keys import (
    DIRECTORY as DIRECTORY,
)
from ui.page_keys import (
    DUTY as DUTY,
)
from ui.page_keys import (
    HANDOVER as HANDOVER,
)
from ui.page_keys import (
    HOME as HOME,
)
from ui.page_keys import (
    INCIDENTS as INCIDENTS,
)
from ui.page_keys import (
    KEYS as KEYS,
)
from ui.page_keys import (
    KPI as KPI,
)
from ui.page_keys import (
    OPERATORS as OPERATORS,
)
from ui.page_keys import (
    PATROLS as PATROLS,
)
from ui.page_keys import (
    REPAIRS as REPAIRS,
)
from ui.page_keys import (
    REPORTS as REPORTS,
)
from ui.page_keys import (
    SETTINGS as SETTINGS,
)
from ui.page_keys import (
    VISIT_HISTORY as VISIT_HISTORY,
)
from ui.page_keys import (
    VISITORS as VISITORS,
)
from ui.page_keys import (
    WATCHLIST as WATCHLIST,
)
from ui.page_keys import (
    open_emergency,
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[UiContext], QWidget]
    permission: Permission | None = None
    opens: tuple[str, ...] = ()  # record kinds its ``open_record`` opens (``RecordRef.kind``)


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

    s = ctx.bundles.desk
    return OperatorsPage(s.operators, s.auth, ctx.session, ctx.events)


def _visitors(ctx: UiContext) -> QWidget:
    from ui.visitors.visitors_page import VisitorsPage

    return VisitorsPage(ctx.bundles.visitors, ctx.session, ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _visit_history(ctx: UiContext) -> QWidget:
    from ui.visitors.history_page import VisitHistoryPage

    return VisitHistoryPage(ctx.bundles.visitors, ctx.session, ctx.events, ctx.bundles.desk.zone)


def _watchlist(ctx: UiContext) -> QWidget:
    from ui.visitors.watchlist_page import WatchlistPage

    s = ctx.bundles.visitors
    return WatchlistPage(
        s.watchlist, s.visitors, ctx.session, ctx.events, ctx.bundles.desk.zone, exports=ctx.bundles.list_export()
    )


def _directory(ctx: UiContext) -> QWidget:
    from ui.visitors.directory_page import DirectoryPage

    return DirectoryPage(ctx.bundles.desk.directory, ctx.session, ctx.events, ctx.bundles.desk.zone)


def _keys(ctx: UiContext) -> QWidget:
    from ui.keys.context import KeysContext
    from ui.keys.keys_page import KeysPage

    return KeysPage(KeysContext.from_context(ctx))


def _repairs(ctx: UiContext) -> QWidget:
    from ui.repairs.repairs_page import RepairsPage

    return RepairsPage(ctx.bundles.repairs, ctx.session, ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _kpi(ctx: UiContext) -> QWidget:
    from ui.repairs.kpi_page import KpiPage

    return KpiPage(
        ctx.bundles.repairs.kpis,
        ctx.clock,
        ctx.bundles.desk.zone,
        exports=ctx.bundles.list_export(),
        session=ctx.session,
    )


def _duty_log(ctx: UiContext) -> QWidget:
    from ui.duty.log_page import DutyLogPage

    s, zone = ctx.bundles.duty, ctx.bundles.desk.zone
    return DutyLogPage(
        s.duty_log, s.settings, s.shifts, ctx.session, ctx.events, ctx.clock, zone, s.attachments, s.to_work_order
    )


def _patrols(ctx: UiContext) -> QWidget:
    from ui.duty.patrol_page import PatrolsPage

    return PatrolsPage(ctx.bundles.duty, ctx.session, ctx.events, ctx.clock, ctx.bundles.desk.zone)


def _incidents(ctx: UiContext) -> QWidget:
    from ui.duty.incident_page import IncidentsPage

    s, zone = ctx.bundles.duty, ctx.bundles.desk.zone
    return IncidentsPage(s.incidents, ctx.session, ctx.events, ctx.clock, zone, s.attachments, s.to_work_order)


def _handover(ctx: UiContext) -> QWidget:
    from ui.duty.handover_page import HandoverPage

    return HandoverPage(ctx.bundles.duty, ctx.session, ctx.events, ctx.clock, ctx.bundles.desk.zone)


# Keys that work on every page of the workspace: (key sequence, action(ctx, workspace)).
GLOBAL_SHORTCUTS: list[tuple[str, Callable[[UiContext, QWidget], None]]] = [("F1", open_emergency)]


def _reports(ctx: UiContext) -> QWidget:
    from ui.reports.reports_page import ReportsPage

    return ReportsPage(ctx.bundles.reports, ctx.session)


def page_specs() -> list[PageSpec]:
    """In the order of the navigation list: a guard's daily work first, administration last."""
    return [
        PageSpec(HOME, lambda: QCoreApplication.translate("Navigation", "Home"), _home),
        # A visit on site is chosen in the visitors' list; one who has left, in the history.
        PageSpec(VISITORS, lambda: QCoreApplication.translate("Navigation", "Visitors"), _visitors, opens=("visit",)),
        PageSpec(
            VISIT_HISTORY,
            lambda: QCoreApplication.translate("Navigation", "Visit history"),
            _visit_history,
            opens=("visit",),
        ),
        PageSpec(KEYS, lambda: QCoreApplication.translate("Navigation", "Keys"), _keys, opens=("key_loan",)),
        PageSpec(DUTY, lambda: QCoreApplication.translate("Navigation", "Duty log"), _duty_log, opens=("log",)),
        PageSpec(
            PATROLS, lambda: QCoreApplication.translate("Navigation", "Patrols"), _patrols, opens=("patrol_checkpoint",)
        ),
        PageSpec(
            INCIDENTS, lambda: QCoreApplication.translate("Navigation", "Incidents"), _incidents, opens=("incident",)
        ),
        PageSpec(HANDOVER, lambda: QCoreApplication.translate("Navigation", "Handover"), _handover),
        PageSpec(
            REPAIRS, lambda: QCoreApplication.translate("Navigation", "Repairs"), _repairs, opens=(WORK_ORDER_KIND,)
        ),
        PageSpec(KPI, lambda: QCoreApplication.translate("Navigation", "Repair KPIs"), _kpi, VIEW_KPIS),
        PageSpec(DIRECTORY, lambda: QCoreApplication.translate("Navigation", "Directory"), _directory),
        PageSpec(
            WATCHLIST, lambda: QCoreApplication.translate("Navigation", "Watchlist"), _watchlist, MANAGE_WATCHLIST
        ),
        PageSpec(REPORTS, lambda: QCoreApplication.translate("Navigation", "Reports"), _reports),
        PageSpec(
            OPERATORS, lambda: QCoreApplication.translate("Navigation", "Operators"), _operators, MANAGE_OPERATORS
        ),
        PageSpec(SETTINGS, lambda: QCoreApplication.translate("Navigation", "Settings"), _settings),
    ]
