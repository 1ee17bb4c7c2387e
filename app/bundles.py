"""What each area's pages get: one frozen ``<Area>Services`` bundle per area, picked from ``Services``.

The composition root (``app/bootstrap.py``) builds every service once; ``build_bundles`` sorts them into
the bundles below, and the UI's composition code hands each page factory the bundle of its area (and a
small shared one, ``DeskServices``). No page holds ``Services`` itself, and nothing here is a database,
an engine or a session: a page reaches data only through the services' methods.

One name scheme: a bundle is ``<Area>Services`` and holds services (plus the few plain facts of the site
the area's printouts need: its name and time zone). A narrower bundle for one job across areas follows
the same scheme (``WorkOrderIntakeServices``: a duty record turned into a work order;
``ListExportServices``: a list saved as Excel with a supervisor's approval).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from app.attachments import AttachmentService
from app.auth import AuthService
from app.backups import BackupService
from app.clock import Clock
from app.directory import DirectoryService
from app.duty.handover import HandoverService
from app.duty.incidents import IncidentService
from app.duty.log import DutyLogService
from app.duty.patrols import PatrolService
from app.duty.work_orders import DutyWorkOrders
from app.exports.service import ExportService
from app.first_day import FirstDayService
from app.keys import DepositService, KeyCountService, KeyInventoryService, KeyService
from app.keys.transfer import KeyTransferService
from app.operators import OperatorService
from app.repairs.kpi import KpiService
from app.repairs.service import RepairService
from app.reports.service import ReportService
from app.settings import SettingsService
from app.shifts import ShiftService
from app.site import SiteService
from app.visitors.expected import ExpectedVisitService
from app.visitors.history import VisitHistory
from app.visitors.lookup import VisitorLookup
from app.visitors.visits import VisitService
from app.visitors.watchlist import WatchlistService

if TYPE_CHECKING:
    from app.bootstrap import Services


@dataclass(frozen=True)
class DeskServices:
    """What every page of the desk may use: who is signed in, the site and its desks, settings, shifts."""

    auth: AuthService
    operators: OperatorService
    settings: SettingsService
    site: SiteService
    shifts: ShiftService
    directory: DirectoryService
    backups: BackupService
    first_day: FirstDayService
    site_name: str
    zone: tzinfo


@dataclass(frozen=True)
class ListExportServices:
    """A list saved as an Excel file (a supervisor approves the export of personal data)."""

    exports: ExportService
    auth: AuthService
    operators: OperatorService
    site_name: str


@dataclass(frozen=True)
class VisitorServices:
    """The visitor log: check-in/out, expected visitors, the returning-visitor search, history, watchlist."""

    visitors: VisitService
    expected: ExpectedVisitService
    lookup: VisitorLookup
    history: VisitHistory
    directory: DirectoryService
    auth: AuthService
    operators: OperatorService
    settings: SettingsService
    site: SiteService
    exports: ExportService
    watchlist: WatchlistService


@dataclass(frozen=True)
class KeyServices:
    """The key register: look-ups and loans, inventory, counts, deposits, Excel transfer."""

    keys: KeyService
    inventory: KeyInventoryService
    counts: KeyCountService
    deposits: DepositService
    transfer: KeyTransferService
    directory: DirectoryService
    auth: AuthService
    operators: OperatorService
    settings: SettingsService
    site: SiteService
    zone: tzinfo
    site_name: str
    exports: ExportService  # the Excel buttons of the lists (deposits, key counts)


@dataclass(frozen=True)
class RepairServices:
    """Work orders: intake, the queue and its actions, return visits, settings, KPIs."""

    repairs: RepairService
    kpis: KpiService
    directory: DirectoryService
    settings: SettingsService
    site: SiteService
    auth: AuthService
    operators: OperatorService
    site_name: str
    exports: ExportService


@dataclass(frozen=True)
class WorkOrderIntakeServices:
    """What a duty page needs to turn one of its records into a work order."""

    work_orders: DutyWorkOrders
    repairs: RepairService
    directory: DirectoryService


@dataclass(frozen=True)
class DutyServices:
    """The duty log, patrols, incidents and emergency contacts, the handover, and their printouts."""

    duty_log: DutyLogService
    patrols: PatrolService
    incidents: IncidentService
    handovers: HandoverService
    shifts: ShiftService
    attachments: AttachmentService
    settings: SettingsService
    site: SiteService
    auth: AuthService
    operators: OperatorService
    to_work_order: WorkOrderIntakeServices
    site_name: str
    exports: ExportService  # the patrol rounds' Excel button


@dataclass(frozen=True)
class ReportServices:
    """The printed reports (daily, monthly, muster) and the Excel lists."""

    reports: ReportService
    exports: ExportService
    site: SiteService
    settings: SettingsService
    auth: AuthService
    operators: OperatorService
    clock: Clock
    zone: tzinfo
    site_name: str


@dataclass(frozen=True)
class Bundles:
    """Every area's bundle; what the UI's composition code holds instead of ``Services``."""

    desk: DeskServices
    visitors: VisitorServices
    keys: KeyServices
    repairs: RepairServices
    duty: DutyServices
    reports: ReportServices

    def list_export(self) -> ListExportServices:
        d = self.desk
        return ListExportServices(self.reports.exports, d.auth, d.operators, d.site_name)


def build_bundles(s: Services) -> Bundles:
    name = s.site_row.name
    desk = DeskServices(
        s.auth, s.operators, s.settings, s.site, s.shifts, s.directory, s.backups, s.first_day, name, s.zone
    )
    visitors = VisitorServices(
        s.visitors,
        s.expected_visits,
        s.visitor_lookup,
        s.visit_history,
        s.directory,
        s.auth,
        s.operators,
        s.settings,
        s.site,
        s.exports,
        s.watchlist,
    )
    keys = KeyServices(
        s.key_register,
        s.key_inventory,
        s.key_counts,
        s.key_deposits,
        s.key_transfer,
        s.directory,
        s.auth,
        s.operators,
        s.settings,
        s.site,
        s.zone,
        name,
        s.exports,
    )
    repairs = RepairServices(s.repairs, s.kpis, s.directory, s.settings, s.site, s.auth, s.operators, name, s.exports)
    intake = WorkOrderIntakeServices(s.duty_work_orders, s.repairs, s.directory)
    duty = DutyServices(
        s.duty_log,
        s.patrols,
        s.incidents,
        s.handovers,
        s.shifts,
        s.attachments,
        s.settings,
        s.site,
        s.auth,
        s.operators,
        intake,
        name,
        s.exports,
    )
    reports = ReportServices(s.reports, s.exports, s.site, s.settings, s.auth, s.operators, s.clock, s.zone, name)
    return Bundles(desk, visitors, keys, repairs, duty, reports)
